"""What a Mirth connector's filter and transformer say: message types routed, lines of JavaScript.

Filters are where a channel decides which messages it takes, so a rule on MSH-9 tells the message
types a flow carries. Transformer and filter JavaScript is custom logic that only the interface
team can read; its size is what the operability rules weigh.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from xml.etree.ElementTree import Element

_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_MSH_FIELD = re.compile(r"MSH\.(?P<field>\d+)(?:['\"]\]\s*\[\s*['\"]MSH\.\d+\.(?P<component>\d+))?")
_JS_MSH_TEST = re.compile(
    r"MSH\.(?P<field>\d+)(?:['\"]\]\s*\[\s*['\"]MSH\.\d+\.(?P<component>\d+))?['\"]\]\s*"
    r"(?:\.toString\(\)|\.text\(\))?\s*={2,3}\s*['\"](?P<value>[^'\"]+)['\"]"
)
_POSITIVE_CONDITIONS = frozenset({"EQUALS", "CONTAINS"})

ScriptReader = Callable[[Element], str | None]
"""Returns the JavaScript of a ``<script>`` element (which mirthsync may store in a file)."""


def javascript_lines(script: str) -> int:
    """Lines of JavaScript that hold code: blank lines and comments do not count.

    >>> javascript_lines("// mapping\\nvar a = 1;\\n\\n/* note\\n more */ return a;")
    2
    """
    code = _BLOCK_COMMENT.sub(" ", script)
    return sum(
        1 for line in code.splitlines() if line.strip() and not line.strip().startswith("//")
    )


def _enabled(element: Element) -> bool:
    return (element.findtext("enabled") or "true").strip().lower() != "false"


def _step_scripts(container: Element | None, read: ScriptReader) -> Iterable[str]:
    if container is None:
        return
    for step in container.findall("elements/*"):
        tag = step.tag.rsplit(".", 1)[-1]
        if tag not in ("JavaScriptStep", "JavaScriptRule") or not _enabled(step):
            continue
        script = step.find("script")
        if script is not None:
            yield read(script) or ""


def script_lines(connector: Element, read: ScriptReader) -> int:
    """Lines of filter, transformer and response-transformer JavaScript of one connector."""
    total = 0
    for part in ("filter", "transformer", "responseTransformer"):
        total += sum(javascript_lines(s) for s in _step_scripts(connector.find(part), read))
    return total


def _rule_values(rule: Element) -> list[str]:
    return [_unquote(v.text or "") for v in rule.findall("values/string") if (v.text or "").strip()]


def _unquote(value: str) -> str:
    return value.strip().strip("'\"").strip()


def _filter_tests(connector: Element, read: ScriptReader) -> dict[tuple[str, str], set[str]]:
    """Values the filter requires of MSH fields: {(field, component or ""): values}."""
    tests: dict[tuple[str, str], set[str]] = {}
    for rule in connector.findall("filter/elements/*"):
        if not _enabled(rule):
            continue
        tag = rule.tag.rsplit(".", 1)[-1]
        if tag == "RuleBuilderRule":
            match = _MSH_FIELD.search(rule.findtext("field") or "")
            condition = (rule.findtext("condition") or "").strip().upper()
            if match and condition in _POSITIVE_CONDITIONS:
                key = (match.group("field"), match.group("component") or "")
                tests.setdefault(key, set()).update(_rule_values(rule))
        elif tag == "JavaScriptRule" and (script := rule.find("script")) is not None:
            for match in _JS_MSH_TEST.finditer(read(script) or ""):
                key = (match.group("field"), match.group("component") or "")
                tests.setdefault(key, set()).add(match.group("value").strip())
    return tests


def message_types(connector: Element, read: ScriptReader) -> tuple[str, ...]:
    """The message types the connector's filter lets through, when its rules make them knowable.

    Rule-builder rules on MSH-9 (whole, MSH-9.1 code or MSH-9.2 trigger) with EQUALS or
    CONTAINS, and ``MSH.9... == 'ADT'`` tests in JavaScript rules. Codes and triggers found
    together combine (``ADT`` and ``A01`` give ``ADT^A01``). Empty when nothing says.
    """
    tests = _filter_tests(connector, read)
    codes, triggers = tests.get(("9", "1"), set()), tests.get(("9", "2"), set())
    found = set(tests.get(("9", ""), set()))
    if codes and triggers:
        found |= {f"{code}^{trigger}" for code in codes for trigger in triggers}
    else:
        found |= codes
    return tuple(sorted(found))


def application_names(connector: Element, read: ScriptReader, field: str) -> tuple[str, ...]:
    """Application names the filter requires in MSH-3 (sender) or MSH-5 (receiver), sorted.

    A channel that only takes messages whose MSH-3 is ``MEDITRAK`` receives from the system
    known on the wire as ``MEDITRAK``: a name identity resolution can use.
    """
    tests = _filter_tests(connector, read)
    return tuple(sorted(tests.get((field, ""), set()) | tests.get((field, "1"), set())))
