"""assessor: which legacy parts of a hospital estate block which AI use case, and what first."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("assessor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
