"""The database connector: one SQLAlchemy URL in, one read-only DataStore inventory out."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

from sqlalchemy import inspect
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import SQLAlchemyError

from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.errors import SourceError
from assessor.gc_pause import collector_paused
from assessor.model import (
    DataStore,
    ForeignKey,
    Inventory,
    ScanError,
    ScanMetadata,
    ScannedSource,
    TableProfile,
)

from .catalog import (
    ServerInfo,
    TableStorage,
    exact_count,
    refused_schemas,
    routine_and_trigger_counts,
    server_info,
    table_storage,
)
from .context import linkage, table_roles
from .failures import classify, describe
from .grants import partially_granted
from .phi import ValueEvidence, mark_table
from .phi_calendar import calendars
from .reflection import Failure, SchemaReflection, list_schemas, reflect_schema
from .relationships import infer_relationships
from .sampling import sample_table
from .session import open_engine
from .smells import StoreFacts, detect_smells
from .table_learned import lift
from .urls import check_driver, expand_env, masked, parse_url, store_slug

__all__ = ["DEFAULT_DEADLINE", "DatabaseConnector"]

T = TypeVar("T")
V = TypeVar("V")

DEFAULT_DEADLINE = 600.0
"""Seconds a database scan may spend counting and sampling tables before it stops and says so."""

# Failure kinds whose driver messages name objects only, never a row's value.
_VALUE_FREE_KINDS = frozenset({"permission-denied", "timeout", "auth-failed", "not-found"})
_CONNECT_ADVICE = {
    "auth-failed": "check the user name and password (keep the password in an environment "
    "variable: --db '{dialect}://user:${{DB_PASSWORD}}@host/db')",
    "connection-failed": "check the host and port, and that the server is running and "
    "reachable from this machine",
    "permission-denied": "grant the scan's user CONNECT and read access to this database",
    "not-found": "check the database name in the URL",
    "timeout": "the server did not answer in time; check the network or raise the timeout",
    "not-a-database": "check that the file is an SQLite database and is not damaged",
}


@dataclass(frozen=True)
class _Read:
    """Everything read from one connection, before it is turned into the model."""

    server: ServerInfo
    schemas: tuple[str, ...]
    tables: tuple[TableProfile, ...]
    storage: dict[tuple[str | None, str], TableStorage]
    exact: dict[tuple[str | None, str], int]
    samples: dict[str, dict[str, ValueEvidence]]
    routines: int | None
    triggers: int | None
    failures: tuple[Failure, ...]


class DatabaseConnector(Connector):
    """Inventories one database read-only: schema, implied keys, PHI columns, smells, version.

    ``schemas`` limits the scan (default: the URL's database on MySQL/MariaDB, every
    non-system schema elsewhere); ``infer_relationships`` reports keys implied by names;
    ``sample_rows`` > 0 reads that many rows per table to check value shapes, in memory only;
    ``exact_counts`` counts rows instead of reading catalog estimates; ``statement_timeout`` (s)
    bounds every statement; ``deadline`` (s) bounds the whole scan's per-table work (counting
    and sampling): tables not reached by then are each listed as not sampled (kind
    ``deadline``). On MySQL/MariaDB a user granted only some tables of a database cannot even
    see the others; that is said as a ``limited-grants`` error on the database.

    What could not be read is a ScanError naming the object (``schema lab``, ``table
    lab.result``) with a stable kind (``permission-denied``, ``timeout``, ``broken-view``...),
    and the rest of the scan goes on. PostgreSQL shows every table's structure to any role, so
    a table the role may not SELECT is refused only when sampling or exact counts need its rows;
    a schema without USAGE is refused outright.
    """

    kind: ClassVar[SourceKind] = SourceKind.DATABASE

    def __init__(
        self,
        *,
        schemas: tuple[str, ...] = (),
        infer_relationships: bool = True,
        sample_rows: int = 0,
        exact_counts: bool = False,
        statement_timeout: float = 30.0,
        deadline: float = DEFAULT_DEADLINE,
        store_id: str | None = None,
        system_id: str | None = None,
    ) -> None:
        self.schemas = tuple(schemas)
        self.infer_relationships = infer_relationships
        self.sample_rows = max(0, int(sample_rows))
        self.exact_counts = exact_counts
        self.statement_timeout = float(statement_timeout)
        self.deadline = float(deadline)
        self.store_id = store_id
        self.system_id = system_id

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """Scan the database at ``target``: a SQLAlchemy URL (``${VAR}`` allowed) or a path to
        an SQLite file.

        Raises :class:`SourceError` only when nothing could be read: a bad URL, a missing
        driver, an unreachable server, refused credentials.
        """
        with collector_paused():  # a large schema is a million live objects: see gc_pause
            return self._scan(target, progress)

    def _scan(self, target: str, progress: Progress) -> Inventory:
        url = parse_url(_as_url(expand_env(target)))
        check_driver(url)
        shown = masked(url)
        secrets = tuple(s for s in (url.password,) if s)
        engine = open_engine(url, self.statement_timeout)
        try:
            try:
                connection = engine.connect()
            except SQLAlchemyError as error:
                kind = classify(error)
                advice = _advice(kind, url)
                raise SourceError(
                    f"cannot read {shown}: {describe(error, secrets)}; {advice}",
                    kind=kind if kind in _CONNECT_ADVICE else "connection-failed",
                ) from None
            with connection:
                try:
                    read = self._read(connection, url, secrets, progress)
                except SQLAlchemyError as error:  # not even the server's version was readable
                    kind = classify(error)
                    advice = _advice(kind, url)
                    raise SourceError(
                        f"cannot read {shown}: {describe(error, secrets)}; {advice}", kind=kind
                    ) from None
        finally:
            engine.dispose()
        return self._inventory(url, shown, read)

    # --- reading (I/O) -----------------------------------------------------------------

    def _read(
        self, connection: Connection, url: URL, secrets: tuple[str, ...], progress: Progress
    ) -> _Read:
        failures: list[Failure] = []
        started = time.monotonic()

        def late(table: str, work: str) -> bool:
            """Past the deadline: the table is listed as not reached, and True."""
            if time.monotonic() - started <= self.deadline:
                return False
            failures.append(
                Failure(
                    f"table {table}",
                    "deadline",
                    f"not {work}: the scan's deadline of {self.deadline:g} s passed first "
                    "(raise --db-deadline to include it)",
                )
            )
            return True

        def attempt(location: str, call: Callable[[], T], default: T) -> T:
            try:
                return call()
            except SQLAlchemyError as error:
                failures.append(Failure(location, classify(error), describe(error, secrets)))
                return default

        server = server_info(connection)
        schemas, missing = list_schemas(connection, self.schemas, url.database)
        failures += [_explain_missing(connection, f, secrets) for f in missing]
        refused = set(refused_schemas(connection, schemas))
        failures += [
            Failure(
                f"schema {schema}",
                "permission-denied",
                f"the scan's role lacks USAGE on schema {schema}; its tables were not scanned",
            )
            for schema in sorted(refused)
        ]
        schemas = tuple(s for s in schemas if s not in refused)
        if connection.dialect.name in ("mysql", "mariadb"):
            failures += [
                Failure(
                    f"schema {schema}",
                    "limited-grants",
                    f"the scan's user may read {schema} only table by table (or column by "
                    "column); MySQL/MariaDB hide the tables it has no grant on, so this "
                    f"inventory may miss some; grant SELECT ON `{schema}`.* to see them all",
                )
                for schema in attempt("grants", lambda: partially_granted(connection, schemas), [])
            ]
        tables: list[TableProfile] = []
        # Read with the names or columns (MySQL/MariaDB's legacy columns, PostgreSQL's row
        # estimates and triggered relations): None as soon as one schema's were not, and then
        # the catalog is asked for them all.
        legacy: dict[tuple[str | None, str], int] | None = {}
        estimates: dict[tuple[str | None, str], int | None] | None = {}
        triggered: dict[tuple[str | None, str], int] | None = {}
        targets: tuple[str | None, ...] = (
            (None,) if connection.dialect.name == "sqlite" else schemas
        )
        for schema in targets:
            reflection = attempt(
                f"schema {schema}", lambda s=schema: reflect_schema(connection, s, secrets), None
            )
            if reflection is not None:
                tables += reflection.tables
                failures += reflection.failures
                progress(len(reflection.tables))
            reflected = reflection or SchemaReflection(())
            legacy = _gathered(legacy, schema, reflected.legacy_charset_columns)
            estimates = _gathered(estimates, schema, reflected.row_estimates)
            triggered = _gathered(triggered, schema, reflected.triggered_relations)
        keys = [(t.schema, t.name) for t in tables if t.kind == "table"]
        storage = attempt(
            "row counts",
            lambda: table_storage(connection, schemas, keys, self.exact_counts, legacy, estimates),
            {},
        )
        exact: dict[tuple[str | None, str], int] = {}
        if self.exact_counts and connection.dialect.name != "sqlite":
            for schema, name in keys:
                if late(f"{schema}.{name}", "counted"):
                    continue
                count = attempt(
                    f"table {schema}.{name}",
                    lambda s=schema, n=name: exact_count(connection, s, n),
                    None,
                )
                if count is not None:
                    exact[(schema, name)] = count
        samples: dict[str, dict[str, ValueEvidence]] = {}
        if self.sample_rows:
            # Staff and code-list rows hold no patient PHI: they are not read at all.
            roles = table_roles(tables, infer_relationships(tables))
            for table in tables:
                if table.kind != "table" or roles[table.qualified_name] in ("staff", "reference"):
                    continue
                if late(table.qualified_name, "sampled"):
                    continue
                found = self._sample(connection, table, secrets, failures)
                if found:
                    samples[table.qualified_name] = found
        routines, triggers = attempt(
            "routines and triggers",
            lambda: routine_and_trigger_counts(
                connection, schemas, None if triggered is None else triggered.values()
            ),
            (None, None),
        )
        return _Read(
            server=server,
            schemas=schemas,
            tables=tuple(tables),
            storage=storage,
            exact=exact,
            samples=samples,
            routines=routines,
            triggers=triggers,
            failures=tuple(failures),
        )

    def _sample(
        self,
        connection: Connection,
        table: TableProfile,
        secrets: tuple[str, ...],
        failures: list[Failure],
    ) -> dict[str, ValueEvidence] | None:
        """Value evidence of one table, or None with a failure that quotes no value.

        A driver may quote the value it choked on ("could not decode ... with text 'José'"),
        so only refusals and timeouts, which name objects and never values, keep its words.
        """
        location = f"table {table.qualified_name}"
        try:
            return sample_table(connection, table, self.sample_rows)
        except SQLAlchemyError as error:
            kind = classify(error)
            if kind in _VALUE_FREE_KINDS:
                failures.append(Failure(location, kind, describe(error, secrets)))
                return None
        except (UnicodeError, ValueError):
            kind = "unreadable-values"
        failures.append(
            Failure(
                location,
                "unreadable-values" if kind == "reflection-failed" else kind,
                "its sample rows could not be read (the driver's message may quote a value, "
                "so it is not shown; often text that is not in the database's declared "
                "encoding); its PHI is judged from names and keys only",
            )
        )
        return None

    # --- building the model (pure) -----------------------------------------------------

    def _inventory(self, url: URL, shown: str, read: _Read) -> Inventory:
        dialect = url.get_backend_name()
        # Keys, roles and PHI read the reflected structure only; rows and storage join it below.
        implied = infer_relationships(read.tables)
        days = calendars(read.tables)
        roles, paths = lift(read.tables, *linkage(read.tables, implied, days), implied)
        facts = StoreFacts(dialect=dialect, charset=read.server.charset)
        profiles = []
        for table in read.tables:
            key = table.qualified_name
            marked = mark_table(
                table,
                roles[key],
                read.samples.get(key),
                paths.get(key, ()),
                implied=implied.get(key, ()),
                days=days,
            )
            stored = _with_storage(marked, read.storage, read.exact)
            odd = read.storage.get((table.schema, table.name), TableStorage()).non_utf8_columns
            smells = detect_smells(stored, facts, implied.get(key, ()), odd, roles[key])
            reported: tuple[ForeignKey, ...] = implied.get(key, ())
            keys = stored.foreign_keys + (reported if self.infer_relationships else ())
            profiles.append(
                stored.evolve(
                    smells=smells,
                    foreign_keys=tuple(
                        sorted(keys, key=lambda fk: (fk.implied, fk.columns, fk.referred_table))
                    ),
                )
            )
        store = DataStore(
            id=self.store_id or store_slug(url),
            url=shown,
            dialect=dialect,
            server_version=read.server.version,
            product=read.server.product,
            system_id=self.system_id,
            schemas=read.schemas,
            tables=tuple(sorted(profiles, key=lambda t: (t.schema or "", t.name))),
            routines=read.routines,
            triggers=read.triggers,
            charset=read.server.charset,
            sources=(shown,),
        )
        # A refused table is refused once for its count and once for its sample: one error.
        errors = tuple(
            dict.fromkeys(
                ScanError(source=shown, kind=f.kind, message=f.message, location=f.location)
                for f in read.failures
            )
        )
        status = "ok" if not errors else ("partial" if profiles else "failed")
        source = ScannedSource(
            source=shown,
            kind=SourceKind.DATABASE.value,
            tables=len(profiles),
            errors=len(errors),
            status=status,
        )
        return Inventory(
            stores=(store,), scan=ScanMetadata(sources=(source,), errors=errors)
        ).sorted()


def _advice(kind: str, url: URL) -> str:
    """What to do about a connection that failed this way, in the URL's own dialect."""
    advice = _CONNECT_ADVICE.get(kind, "check the URL and the server")
    return advice.format(dialect=url.drivername) if "{dialect}" in advice else advice


def _as_url(target: str) -> str:
    """A bare path to an SQLite file, as the file sniffer finds them, becomes its URL."""
    if "://" not in target and Path(target).is_file():
        return f"sqlite:///{Path(target).resolve()}"
    return target


def _with_storage(
    table: TableProfile,
    storage: dict[tuple[str | None, str], TableStorage],
    exact: dict[tuple[str | None, str], int],
) -> TableProfile:
    key = (table.schema, table.name)
    found = storage.get(key, TableStorage())
    if key in exact:
        return table.evolve(
            estimated_rows=exact[key], rows_exact=True, engine=found.engine, charset=found.charset
        )
    return table.evolve(
        estimated_rows=found.rows,
        rows_exact=found.exact,
        engine=found.engine,
        charset=found.charset,
    )


def _gathered(
    into: dict[tuple[str | None, str], V] | None, schema: str | None, found: Mapping[str, V] | None
) -> dict[tuple[str | None, str], V] | None:
    """``into`` with one schema's ``found`` (by table name) added under ``(schema, name)``;
    None as soon as one schema's was not read with its reflection."""
    if into is None or found is None:
        return None
    into.update({(schema, name): value for name, value in found.items()})
    return into


def _explain_missing(connection: Connection, failure: Failure, secrets: tuple[str, ...]) -> Failure:
    """Ask the server why a requested schema is not visible: refused, or absent."""
    schema = failure.location.removeprefix("schema ")
    try:
        inspect(connection).get_table_names(schema)
    except SQLAlchemyError as error:
        kind = classify(error)
        if kind == "permission-denied":
            return Failure(failure.location, kind, describe(error, secrets))
    return failure
