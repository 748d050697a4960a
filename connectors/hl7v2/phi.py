"""Which HL7 v2 field paths carry which HIPAA identifier class.

The table is applied to what the profiler saw filled: a message carries a PHI class when one of
the class's paths was filled in it. Only paths about the patient, their relatives, guarantor or
insured are listed; a provider's name in PV1-7 is not the patient's PHI. Paths with a component
(``PID-13.4``) match that component; paths without match the whole field.
"""

from __future__ import annotations

from assessor.model import PhiClass

__all__ = ["PHI_FIELDS", "phi_class_of"]

_TABLE: dict[PhiClass, tuple[str, ...]] = {
    PhiClass.NAME: (
        "PID-5",
        "PID-6",
        "PID-9",
        "NK1-2",
        "NK1-30",
        "GT1-3",
        "GT1-4",
        "IN1-16",
        "IN2-7",
        "MRG-7",
    ),
    PhiClass.ADDRESS: ("PID-11", "PID-12", "NK1-4", "NK1-32", "GT1-5", "IN1-19"),
    PhiClass.DATE: (
        "PID-7",
        "PID-29",
        "NK1-16",
        "GT1-8",
        "IN1-18",
        "PV1-44",
        "PV1-45",
        "EVN-6",
        "OBR-7",
        "OBR-8",
        "OBX-14",
        "SPM-17",
        "RXA-3",
        "DG1-5",
        "PR1-5",
        "TXA-4",
    ),
    PhiClass.PHONE: ("PID-13", "PID-14", "NK1-5", "NK1-6", "NK1-31", "GT1-6", "GT1-7"),
    PhiClass.EMAIL: ("PID-13.4", "NK1-5.4", "GT1-6.4"),
    PhiClass.SSN: ("PID-19", "GT1-12", "IN2-2", "NK1-37"),
    PhiClass.MRN: ("PID-2", "PID-3", "PID-4", "MRG-1", "MRG-2"),
    PhiClass.HEALTH_PLAN: ("IN1-36", "IN1-49", "IN2-6", "IN2-8", "IN2-61"),
    PhiClass.ACCOUNT: ("PID-18", "MRG-3", "GT1-2", "FT1-2"),
    PhiClass.LICENCE: ("PID-20",),
    PhiClass.DEVICE_ID: ("PRT-10", "PRT-16"),
    PhiClass.OTHER_ID: ("PV1-19", "PID-21", "MRG-5", "MRG-6", "NK1-33", "PV1-50"),
    PhiClass.FREE_TEXT: ("NTE-3",),
}

PHI_FIELDS: dict[str, PhiClass] = {
    path: phi_class for phi_class, paths in _TABLE.items() for path in paths
}
"""Field path -> the PHI class it carries. OBX-5 counts as free text when OBX-2 is TX or FT."""


def phi_class_of(path: str) -> PhiClass | None:
    """The PHI class a filled ``path`` carries, None when it carries none."""
    return PHI_FIELDS.get(path)
