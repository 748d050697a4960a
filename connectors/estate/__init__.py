"""The declared estate: the architect's TOML estate file and a CMDB application-portfolio CSV."""

from assessor.connectors.estate.cmdb_csv import EstateCsvConnector
from assessor.connectors.estate.estate_file import (
    DatabaseTarget,
    EstateConnector,
    database_targets,
    looks_like_estate,
)

__all__ = [
    "DatabaseTarget",
    "EstateConnector",
    "EstateCsvConnector",
    "database_targets",
    "looks_like_estate",
]
