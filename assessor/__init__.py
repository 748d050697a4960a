"""assessor: which legacy parts of a hospital estate block which AI use case, and what first."""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "healthcare-estate-assessor"
"""The name to ``pip install``: ``assessor`` on PyPI is an unrelated project."""

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
