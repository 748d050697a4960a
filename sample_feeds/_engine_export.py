"""Mirth Connect 3.9.1 channel exports for the hospital's interface engine.

Open-source Mirth's TCP connectors have no TLS setting (TLS needs the commercial SSL Manager
extension), so every MLLP hop here is plain TCP; the channel descriptions say so.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

VERSION = "3.9.1"
TCP_DISPATCHER = "com.mirth.connect.connectors.tcp.TcpDispatcherProperties"
FILE_DISPATCHER = "com.mirth.connect.connectors.file.FileDispatcherProperties"

ADT_TRANSFORMER = """// ADT normalisation - written 2017 by a contractor, not in source control
// Meditrak sends v2.3 with Z-segments; downstream systems want something close to 2.4.
var pid = msg['PID'];
var mrn = pid['PID.3']['PID.3.1'].toString();
if (mrn.length == 0) {
    // Some A31s arrive without an MRN: fall back on the account number
    mrn = pid['PID.18']['PID.18.1'].toString();
    pid['PID.3']['PID.3.1'] = mrn;
}
// Add the assigning authority the PAS never sends
pid['PID.3']['PID.3.4']['PID.3.4.1'] = 'SAGH';
pid['PID.3']['PID.3.5'] = 'MR';
channelMap.put('mrn', mrn);

// Map the PAS ward codes to the EHR's location ids (table copied from a spreadsheet in 2019)
var wardMap = {'AMU': 'L100', 'WARD4': 'L204', 'WARD7': 'L207', 'ICU': 'L300',
               'CCU': 'L301', 'SURG2': 'L402', 'MATY': 'L500', 'PAEDS': 'L600'};
var ward = msg['PV1']['PV1.3']['PV1.3.1'].toString();
if (wardMap[ward] != undefined) {
    msg['PV1']['PV1.3']['PV1.3.1'] = wardMap[ward];
} else if (ward.length > 0) {
    logger.warn('Unmapped ward ' + ward + ' for control id ' + msg['MSH']['MSH.10'].toString());
}

// Insurance: ZIN-2 carries the payer; billing wants it in IN1
if (msg['ZIN'].length() > 0) {
    var payer = msg['ZIN']['ZIN.2']['ZIN.2.1'].toString();
    channelMap.put('payer', payer);
    if (payer == 'SELF') {
        channelMap.put('selfPay', 'Y');
    }
}

// A40 merges: remember the retired MRN so the LIS destination can be filtered
if (msg['MSH']['MSH.9']['MSH.9.2'].toString() == 'A40') {
    channelMap.put('mergedMrn', msg['MRG']['MRG.1']['MRG.1.1'].toString());
}

// NOTE: PID-19 (SSN) is passed through on purpose: billing matches on it.
// TODO remove the Z-segments for the EHR once Cerulean confirms they are ignored.
msg['MSH']['MSH.5']['MSH.5.1'] = 'SAGH-ENGINE';
"""

ADT_FILTER = "ADT"


def _datatype(tag: str) -> str:
    props = [
        f'<{tag} class="com.mirth.connect.plugins.datatypes.hl7v2.HL7v2DataTypeProperties" '
        f'version="{VERSION}">',
        f'  <serializationProperties class="com.mirth.connect.plugins.datatypes.hl7v2.'
        f'HL7v2SerializationProperties" version="{VERSION}">',
        "    <handleRepetitions>true</handleRepetitions>",
        "    <handleSubcomponents>true</handleSubcomponents>",
        "    <useStrictParser>false</useStrictParser>",
        "    <useStrictValidation>false</useStrictValidation>",
        "    <stripNamespaces>true</stripNamespaces>",
        "    <segmentDelimiter>\\r</segmentDelimiter>",
        "    <convertLineBreaks>true</convertLineBreaks>",
        "  </serializationProperties>",
        '  <batchProperties class="com.mirth.connect.plugins.datatypes.hl7v2.'
        f'HL7v2BatchProperties" version="{VERSION}">',
        "    <splitType>MSH_Segment</splitType>",
        "    <batchScript></batchScript>",
        "  </batchProperties>",
        f"</{tag}>",
    ]
    return "\n".join(props)


def _transformer(tag: str, steps: list[tuple[str, str]]) -> str:
    elements = "".join(
        f"""
    <com.mirth.connect.plugins.javascriptstep.JavaScriptStep version="{VERSION}">
      <name>{escape(name)}</name>
      <sequenceNumber>{i}</sequenceNumber>
      <enabled>true</enabled>
      <script>{escape(script)}</script>
    </com.mirth.connect.plugins.javascriptstep.JavaScriptStep>"""
        for i, (name, script) in enumerate(steps)
    )
    body = f"<elements>{elements}\n    </elements>" if steps else "<elements/>"
    return f"""<{tag} version="{VERSION}">
    {body}
    <inboundDataType>HL7V2</inboundDataType>
    <outboundDataType>HL7V2</outboundDataType>
{_datatype("inboundProperties")}
{_datatype("outboundProperties")}
  </{tag}>"""


def _filter(message_type: str | None) -> str:
    if message_type is None:
        return f'<filter version="{VERSION}">\n    <elements/>\n  </filter>'
    return f"""<filter version="{VERSION}">
    <elements>
      <com.mirth.connect.plugins.rulebuilder.RuleBuilderRule version="{VERSION}">
        <name>Accept {message_type} only</name>
        <sequenceNumber>0</sequenceNumber>
        <enabled>true</enabled>
        <field>msg['MSH']['MSH.9']['MSH.9.1'].toString()</field>
        <condition>EQUALS</condition>
        <values>
          <string>'{message_type}'</string>
        </values>
      </com.mirth.connect.plugins.rulebuilder.RuleBuilderRule>
    </elements>
  </filter>"""


MLLP = """<transmissionModeProperties class="com.mirth.connect.plugins.mllpmode.MLLPModeProperties">
        <pluginPointName>MLLP</pluginPointName>
        <startOfMessageBytes>0B</startOfMessageBytes>
        <endOfMessageBytes>1C0D</endOfMessageBytes>
        <useMLLPv2>false</useMLLPv2>
        <ackBytes>06</ackBytes>
        <nackBytes>15</nackBytes>
        <maxRetries>2</maxRetries>
      </transmissionModeProperties>"""

DEST_PROPS = f"""<destinationConnectorProperties version="{VERSION}">
        <queueEnabled>true</queueEnabled>
        <sendFirst>false</sendFirst>
        <retryIntervalMillis>10000</retryIntervalMillis>
        <regenerateTemplate>false</regenerateTemplate>
        <retryCount>0</retryCount>
        <rotate>false</rotate>
        <includeFilterTransformer>false</includeFilterTransformer>
        <threadCount>1</threadCount>
        <threadAssignmentVariable></threadAssignmentVariable>
        <validateResponse>true</validateResponse>
        <queueBufferSize>1000</queueBufferSize>
        <reattachAttachments>true</reattachAttachments>
      </destinationConnectorProperties>"""


def _source(port: int, steps: list[tuple[str, str]], message_type: str | None) -> str:
    return f"""<sourceConnector version="{VERSION}">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="{VERSION}">
      <pluginProperties/>
      <listenerConnectorProperties version="{VERSION}">
        <host>0.0.0.0</host>
        <port>{port}</port>
      </listenerConnectorProperties>
      <sourceConnectorProperties version="{VERSION}">
        <responseVariable>Auto-generate (After source transformer)</responseVariable>
        <respondAfterProcessing>true</respondAfterProcessing>
        <processBatch>false</processBatch>
        <firstResponse>false</firstResponse>
        <processingThreads>1</processingThreads>
        <queueBufferSize>1000</queueBufferSize>
      </sourceConnectorProperties>
      {MLLP}
      <serverMode>true</serverMode>
      <remoteAddress></remoteAddress>
      <remotePort></remotePort>
      <overrideLocalBinding>false</overrideLocalBinding>
      <reconnectInterval>5000</reconnectInterval>
      <receiveTimeout>0</receiveTimeout>
      <bufferSize>65536</bufferSize>
      <maxConnections>10</maxConnections>
      <keepConnectionOpen>true</keepConnectionOpen>
      <dataTypeBinary>false</dataTypeBinary>
      <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
      <respondOnNewConnection>0</respondOnNewConnection>
      <responseAddress></responseAddress>
      <responsePort></responsePort>
    </properties>
    {_transformer("transformer", steps)}
    {_filter(message_type)}
    <transportName>TCP Listener</transportName>
    <mode>SOURCE</mode>
    <enabled>true</enabled>
    <waitForPrevious>true</waitForPrevious>
  </sourceConnector>"""


def _tcp_destination(meta_id: int, name: str, host: str, port: int) -> str:
    return f"""<connector version="{VERSION}">
      <metaDataId>{meta_id}</metaDataId>
      <name>{escape(name)}</name>
      <properties class="{TCP_DISPATCHER}" version="{VERSION}">
      <pluginProperties/>
      {DEST_PROPS}
      {MLLP}
      <serverMode>false</serverMode>
      <remoteAddress>{host}</remoteAddress>
      <remotePort>{port}</remotePort>
      <overrideLocalBinding>false</overrideLocalBinding>
      <localAddress>0.0.0.0</localAddress>
      <localPort>0</localPort>
      <sendTimeout>5000</sendTimeout>
      <bufferSize>65536</bufferSize>
      <maxConnections>10</maxConnections>
      <keepConnectionOpen>true</keepConnectionOpen>
      <checkRemoteHost>false</checkRemoteHost>
      <responseTimeout>5000</responseTimeout>
      <ignoreResponse>false</ignoreResponse>
      <queueOnResponseTimeout>true</queueOnResponseTimeout>
      <dataTypeBinary>false</dataTypeBinary>
      <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
      <template>${{message.encodedData}}</template>
      </properties>
      {_transformer("transformer", [])}
      {_transformer("responseTransformer", [])}
      {_filter(None)}
      <transportName>TCP Sender</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
      <waitForPrevious>true</waitForPrevious>
    </connector>"""


def _file_destination(meta_id: int, name: str, host: str, pattern: str) -> str:
    return f"""<connector version="{VERSION}">
      <metaDataId>{meta_id}</metaDataId>
      <name>{escape(name)}</name>
      <properties class="{FILE_DISPATCHER}" version="{VERSION}">
      <pluginProperties/>
      {DEST_PROPS}
      <scheme>SMB</scheme>
      <host>{host}</host>
      <outputPattern>{pattern}</outputPattern>
      <anonymous>false</anonymous>
      <username>svc_mirth_dwh</username>
      <password>********</password>
      <timeout>10000</timeout>
      <keepConnectionOpen>true</keepConnectionOpen>
      <maxIdleTime>0</maxIdleTime>
      <secure>false</secure>
      <passive>true</passive>
      <validateConnection>true</validateConnection>
      <outputAppend>true</outputAppend>
      <errorOnExists>false</errorOnExists>
      <temporary>false</temporary>
      <binary>false</binary>
      <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
      <template>${{message.encodedData}}</template>
      </properties>
      {_transformer("transformer", [])}
      {_transformer("responseTransformer", [])}
      {_filter(None)}
      <transportName>File Writer</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
      <waitForPrevious>true</waitForPrevious>
    </connector>"""


def _channel(
    channel_id: str,
    name: str,
    description: str,
    source: str,
    destinations: list[str],
    enabled: bool,
    modified_ms: int,
) -> str:
    state = "true" if enabled else "false"
    return f"""<channel version="{VERSION}">
  <id>{channel_id}</id>
  <nextMetaDataId>{len(destinations) + 1}</nextMetaDataId>
  <name>{escape(name)}</name>
  <description>{escape(description)}</description>
  <revision>{len(destinations) * 3 + 4}</revision>
  {source}
  <destinationConnectors>
    {chr(10).join("    " + d for d in destinations).lstrip()}
  </destinationConnectors>
  <preprocessingScript>return message;</preprocessingScript>
  <postprocessingScript>return;</postprocessingScript>
  <deployScript>return;</deployScript>
  <undeployScript>return;</undeployScript>
  <properties version="{VERSION}">
    <clearGlobalChannelMap>true</clearGlobalChannelMap>
    <messageStorageMode>DEVELOPMENT</messageStorageMode>
    <encryptData>false</encryptData>
    <removeContentOnCompletion>false</removeContentOnCompletion>
    <initialState>{"STARTED" if enabled else "STOPPED"}</initialState>
    <storeAttachments>false</storeAttachments>
  </properties>
  <exportData>
    <metadata>
      <enabled>{state}</enabled>
      <lastModified>
        <time>{modified_ms}</time>
        <timezone>Europe/London</timezone>
      </lastModified>
      <pruningSettings>
        <pruneMetaDataDays>30</pruneMetaDataDays>
        <archiveEnabled>true</archiveEnabled>
      </pruningSettings>
    </metadata>
  </exportData>
</channel>
"""


def write_engine(out: Path) -> list[str]:
    """Write the three channel exports under `out/engine`; return their file names."""
    folder = out / "engine"
    folder.mkdir(parents=True, exist_ok=True)
    channels = {
        "ADT_Router.xml": _channel(
            "3f0c6a52-8d1e-4b7a-9a43-0d5be1a7c001",
            "ADT Router",
            "Receives Meditrak PAS ADT (MLLP, port 6661) and fans it out to the EHR, LIS, pharmacy "
            "and billing over plain MLLP/TCP (no TLS: open-source Mirth has none) and to the data "
            "warehouse landing share. PID-19 (SSN) is passed through unchanged.",
            _source(6661, [("Normalise PAS ADT", ADT_TRANSFORMER)], ADT_FILTER),
            [
                _tcp_destination(1, "To Cerulean EHR", "ehr-prod.aldhelm.local", 6700),
                _tcp_destination(2, "To LabWorks LIS", "lis-prod.aldhelm.local", 5100),
                _tcp_destination(3, "To RxPro Pharmacy", "rx-prod.aldhelm.local", 5200),
                _tcp_destination(4, "To BillPro", "billing-prod.aldhelm.local", 5300),
                _file_destination(
                    5,
                    "To DWH landing",
                    "dwh-etl.aldhelm.local/landing/adt",
                    "adt_${date.get('yyyyMMdd')}.hl7",
                ),
            ],
            True,
            1762000000000,
        ),
        "LIS_Results_to_EHR.xml": _channel(
            "3f0c6a52-8d1e-4b7a-9a43-0d5be1a7c002",
            "LIS Results to EHR",
            "LabWorks ORU^R01 (local test codes, ZLB) from port 6662 to the EHR results interface "
            "and a copy to the warehouse landing share. Plain TCP.",
            _source(6662, [("Drop ZLB", "msg['ZLB'] = undefined;\ndelete msg['ZLB'];")], "ORU"),
            [
                _tcp_destination(1, "To Cerulean EHR results", "ehr-prod.aldhelm.local", 6701),
                _file_destination(
                    2,
                    "To DWH landing",
                    "dwh-etl.aldhelm.local/landing/lab",
                    "oru_${date.get('yyyyMMdd')}.hl7",
                ),
            ],
            True,
            1762000500000,
        ),
        "RIS_Results_to_EHR_OLD.xml": _channel(
            "3f0c6a52-8d1e-4b7a-9a43-0d5be1a7c003",
            "RIS Results to EHR (OLD)",
            "Disabled since the RadSuite upgrade: the RIS now sends reports point-to-point to the "
            "EHR. Kept 'just in case'.",
            _source(6663, [], "ORU"),
            [_tcp_destination(1, "To Cerulean EHR radiology", "ehr-prod.aldhelm.local", 6702)],
            False,
            1700000000000,
        ),
    }
    for name in sorted(channels):
        (folder / name).write_text(channels[name], encoding="utf-8")
    return sorted(channels)
