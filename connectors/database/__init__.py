"""Database connector: inventory any SQLAlchemy database read-only.

Schema (tables, views, columns, keys, indexes), keys implied by naming conventions, row
estimates from the catalog, PHI column classes, schema smells and the server's version, from
one read-only, time-bounded connection. See :class:`DatabaseConnector`.
"""

from .connector import DatabaseConnector

__all__ = ["DatabaseConnector"]
