"""Interface-engine exports: Mirth Connect / NextGen Connect channels become flows."""

from assessor.connectors.engine.mirth import MirthConnector, looks_like_mirth

__all__ = ["MirthConnector", "looks_like_mirth"]
