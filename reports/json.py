"""``assessment.json``: the whole Assessment, valid against the shipped JSON Schema.

Keys sorted, two-space indent, UTF-8 kept as is, one newline at the end: the same assessment
always gives the same bytes, and ``Assessment.from_dict(json.loads(...))`` gives it back.
"""

from __future__ import annotations

import json

from assessor.model import Assessment
from assessor.reports.interface import ReportFormat


class JsonReport(ReportFormat):
    """The machine-readable assessment, for other tools and for ``assessor report``."""

    name = "json"
    filename = "assessment.json"

    def render(self, assessment: Assessment) -> bytes:
        """``assessment.to_dict()`` as indented JSON with sorted keys."""
        text = json.dumps(assessment.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        return (text + "\n").encode("utf-8")
