"""Errors a user can cause. The CLI prints their message, never a traceback."""


class AssessorError(Exception):
    """A problem the user can fix; the message says how."""


class UsageError(AssessorError):
    """The command was called wrongly (exit code 2)."""


class SourceError(AssessorError):
    """A whole source could not be read at all (recorded as a scan error; the scan goes on)."""

    def __init__(self, message: str, kind: str = "unreadable-source") -> None:
        super().__init__(message)
        self.kind = kind
