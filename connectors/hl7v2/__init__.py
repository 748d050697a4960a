"""HL7 v2 feeds: files, folders, .gz archives and live MLLP capture, profiled without PHI."""

from assessor.connectors.hl7v2.connector import Hl7v2Connector
from assessor.connectors.hl7v2.listener import listen

__all__ = ["Hl7v2Connector", "listen"]
