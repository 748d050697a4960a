"""Small known-answer estates built from files: an estate TOML and a few generated HL7 messages.

Each estate is a folder written by :func:`write_estate` from a :class:`Spec`: the systems and the
interfaces an architect would declare, and the feeds captured at the receiver (MLLP framing, so
their transport is observed) or as plain files. The messages are made here, from invented
patients, so each test states one fact that differs from a clean baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from assessor.config import default_config
from assessor.connectors.scan import ScanOptions, run_scan
from assessor.model import Assessment
from assessor.scoring import assess

TODAY = date(2026, 11, 25)

MLLP_START, MLLP_END = b"\x0b", b"\x1c\x0d"


@dataclass(frozen=True)
class System:
    """A declared system: its id is also its MSH-3 name, upper-cased."""

    id: str
    kind: str
    owner: str | None = "Clinical IT"


@dataclass(frozen=True)
class Interface:
    """A declared interface."""

    source: str
    target: str
    transport: str
    message_types: tuple[str, ...] = ()
    tls: bool | None = True
    phi: tuple[str, ...] = ("name", "mrn", "date")
    cadence: str | None = None


@dataclass(frozen=True)
class Feed:
    """Messages captured from ``source`` to ``target`` (MSH-3 / MSH-5)."""

    source: str
    target: str
    messages: tuple[str, ...]
    framing: str = "mllp"  # mllp | plain | batch (an FHS/BHS file, as file drops write)


@dataclass(frozen=True)
class Spec:
    """An estate: declared systems and interfaces, captured feeds, wanted use cases."""

    systems: tuple[System, ...]
    interfaces: tuple[Interface, ...] = ()
    feeds: tuple[Feed, ...] = ()
    use_cases: tuple[str, ...] = ("sepsis-early-warning",)
    ai_platform: str | None = "ai"
    extra_toml: str = ""
    files: dict[str, bytes] = field(default_factory=dict)

    def with_feed(self, feed: Feed) -> Spec:
        """The same estate with ``feed`` instead of the feed between the same two systems."""
        others = tuple(f for f in self.feeds if (f.source, f.target) != (feed.source, feed.target))
        return replace(self, feeds=(*others, feed))

    def without(self, system_id: str) -> Spec:
        """The same estate without a system, its interfaces and its feeds."""
        return replace(
            self,
            systems=tuple(s for s in self.systems if s.id != system_id),
            interfaces=tuple(i for i in self.interfaces if system_id not in (i.source, i.target)),
            feeds=tuple(f for f in self.feeds if system_id not in (f.source, f.target)),
        )


# --- messages -----------------------------------------------------------------------------


def _msh(source: str, target: str, kind: str, n: int, minute: int) -> str:
    stamp = f"202603{1 + n // 40:02d}{(n // 4) % 24:02d}{minute % 60:02d}05+0000"
    return (
        f"MSH|^~\\&|{source.upper()}|SITE|{target.upper()}|SITE|{stamp}||{kind}|"
        f"{source.upper()}{n:05d}|P|2.5.1|||AL|NE||UNICODE UTF-8"
    )


def _pid(n: int) -> str:
    return f"PID|1||{100000 + n}^^^SITE^MR||Testperson^Alex{n}||19700101|U"


def adt(source: str, target: str, n: int, event: str, discharge: bool | None = None) -> str:
    """One ADT message; PV1-45 (discharge date) is filled on A03 unless ``discharge`` says."""
    fill_discharge = event == "A03" if discharge is None else discharge
    pv1 = ["PV1", "1", "I", "WARD1^1^A^SITE"] + [""] * 41  # pv1[k] is PV1-k
    pv1[44] = "202603010800+0000"  # PV1-44 admit date
    if fill_discharge:
        pv1.append("202603020900+0000")  # PV1-45 discharge date
    structure = {"A01": "ADT_A01", "A02": "ADT_A02", "A03": "ADT_A03"}.get(event, "ADT_A01")
    return "\r".join(
        (
            _msh(source, target, f"ADT^{event}^{structure}", n, n),
            f"EVN|{event}|202603010800+0000",
            _pid(n),
            "|".join(pv1),
        )
    )


def oru(source: str, target: str, n: int, codes: tuple[str, ...]) -> str:
    """One ORU^R01 with one OBX per coded identifier (``CODE^Text^SYSTEM[^ALT^Text^SYS]``)."""
    obx = [
        f"OBX|{i + 1}|NM|{code}||{5 + i}.1|mmol/L^^UCUM|||||F|||202603010805+0000"
        for i, code in enumerate(codes)
    ]
    return "\r".join(
        (
            _msh(source, target, "ORU^R01^ORU_R01", n, n),
            _pid(n),
            "PV1|1|I|WARD1^1^A^SITE",
            f"OBR|1|ORD{n}||LABPANEL^Panel^L|||202603010800+0000",
            *obx,
        )
    )


LOINC = ("2823-3^Potassium^LN", "2951-2^Sodium^LN")
LOCAL = ("K^Potassium^L", "NA^Sodium^L")
LOCAL_WITH_LOINC = ("K^Potassium^L^2823-3^Potassium^LN", "NA^Sodium^L^2951-2^Sodium^LN")
VITALS = ("8867-4^Heart rate^LN", "9279-1^Respiratory rate^LN")


def adt_feed(source: str, target: str, count: int = 20, **kwargs: bool | None) -> Feed:
    """Admissions, transfers and discharges in the ratio 2:1:1."""
    events = ("A01", "A02", "A01", "A03")
    return Feed(
        source,
        target,
        tuple(adt(source, target, n, events[n % 4], **kwargs) for n in range(count)),
    )


def lab_feed(
    source: str, target: str, count: int = 20, codes: tuple[str, ...] = LOINC, **feed: str
) -> Feed:
    """Lab results, every OBX coded as ``codes``."""
    return Feed(source, target, tuple(oru(source, target, n, codes) for n in range(count)), **feed)


def share_feed(source: str, target: str, local: int, standard: int) -> Feed:
    """Lab results: ``local`` messages with local codes, ``standard`` with LOINC."""
    messages = [oru(source, target, n, LOCAL) for n in range(local)]
    messages += [oru(source, target, local + n, LOINC) for n in range(standard)]
    return Feed(source, target, tuple(messages))


# --- writing and assessing -------------------------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


def estate_toml(spec: Spec) -> str:
    """The estate file of ``spec``."""
    lines = ["[estate]", 'name = "Known-answer estate"', ""]
    for s in spec.systems:
        lines += [
            "[[systems]]",
            f'id = "{s.id}"',
            f'name = "{s.id.upper()} system"',
            f'aliases = ["{s.id.upper()}"]',
            f'kind = "{s.kind}"',
            *([f'owner = "{s.owner}"'] if s.owner else []),
            "",
        ]
    for i in spec.interfaces:
        lines += ["[[interfaces]]", f'from = "{i.source}"', f'to = "{i.target}"']
        lines.append(f'transport = "{i.transport}"')
        if i.message_types:
            lines.append(f"message_types = {_toml_value(i.message_types)}")
        lines.append(f"phi = {_toml_value(i.phi)}")
        if i.tls is not None:
            lines.append(f"tls = {_toml_value(i.tls)}")
        if i.cadence:
            lines.append(f'cadence = "{i.cadence}"')
        lines.append("")
    if spec.ai_platform:
        lines += ["[ai_platform]", f'system = "{spec.ai_platform}"', ""]
    for n, use_case in enumerate(spec.use_cases, start=1):
        lines += ["[[use_cases]]", f'id = "{use_case}"', f"priority = {n}", ""]
    return "\n".join(lines) + spec.extra_toml


def write_estate(spec: Spec, folder: Path) -> Path:
    """Write the estate file and its feeds into ``folder``; returns the estate file."""
    folder.mkdir(parents=True, exist_ok=True)
    feeds = folder / "feeds"
    feeds.mkdir(exist_ok=True)
    for n, feed in enumerate(spec.feeds):
        name = f"{n:02d}_{feed.source}_to_{feed.target}"
        if feed.framing == "mllp":
            data = b"".join(MLLP_START + m.encode() + MLLP_END for m in feed.messages)
            (feeds / f"{name}.mllp").write_bytes(data)
        elif feed.framing == "batch":
            head = (f"FHS|^~\\&|{feed.source.upper()}", f"BHS|^~\\&|{feed.source.upper()}")
            tail = (f"BTS|{len(feed.messages)}", "FTS|1")
            lines = (*head, *feed.messages, *tail)
            (feeds / f"{name}.hl7").write_bytes(("\r".join(lines) + "\r").encode())
        else:
            (feeds / f"{name}.hl7").write_bytes(("\r".join(feed.messages) + "\r").encode())
    for relative, data in spec.files.items():
        (folder / relative).write_bytes(data)
    estate = folder / "estate.toml"
    estate.write_text(estate_toml(spec), encoding="utf-8")
    return estate


def assess_spec(spec: Spec, folder: Path) -> Assessment:
    """Scan the estate's folder with its estate file and assess it."""
    estate = write_estate(spec, folder)
    options = ScanOptions(paths=(str(folder / "feeds"),), estate_files=(str(estate),))
    return assess(run_scan(options), default_config(TODAY))
