"""Data-readiness rule on freshness: does data reach the AI platform as fast as a use case needs?

The latency of a hop comes from its transport (:mod:`assessor.data_paths`): MLLP, HTTP, FHIR,
DICOM and engine channels are real time; a file drop or a database extract is a batch at its
declared cadence, or at an unknown one, which is still slower than real time.
"""

from __future__ import annotations

import math

from assessor.data_paths import latency, latency_words, slow_hops
from assessor.graph import sources_of
from assessor.model import Dimension, Evidence, Flow, Severity
from assessor.rules.base import CLEAN, NOT_APPLICABLE, RuleContext, Verdict, fires, rule
from assessor.rules.evidence import flow_observed
from assessor.use_cases import domains_of

_LAST: list[tuple[RuleContext, dict[str, list[tuple[str, str, str]]]]] = []


def _too_slow(ctx: RuleContext) -> dict[str, list[tuple[str, str, str]]]:
    """Flow id -> (use case, domain, freshness needed) for every domain it is too slow for.

    Computed once per context: every flow asks the same question of the same estate.
    """
    if _LAST and _LAST[0][0] is ctx:
        return _LAST[0][1]
    result: dict[str, list[tuple[str, str, str]]] = {}
    ai = ctx.inventory.ai_platform
    for use_case in ctx.use_cases if ai else ():
        for domain in domains_of(use_case):
            freshness = domain.freshness or use_case.freshness
            ends = sources_of(ctx.graph, domain)
            for hop in slow_hops(ctx.graph, domain, freshness, ai, ends, set(ctx.facts.hubs)):
                if hop.flow:
                    result.setdefault(hop.flow, []).append((use_case.id, domain.name, freshness))
    _LAST[:] = [(ctx, result)]
    return result


@rule(
    "DATA-L01",
    "path-slower-than-needed",
    Dimension.DATA_READINESS,
    Severity.HIGH,
    "flow",
    remediation="Feed the AI platform in real time: an MLLP or FHIR subscription from the "
    "source or the engine instead of the batch file or extract.",
    skills=("HL7 v2", "integration architecture"),
    # The latency is the flow's transport and cadence, scanned or declared: not its messages.
    evidence="component",
)
def path_slower_than_needed(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """A batch hop makes every route of a use case's data slower than the use case tolerates.

    Why it matters for AI: a sepsis alert computed on last night's lab file fires hours after the
    patient deteriorated; a model is only as timely as the slowest hop of its data path.

    Anti-pattern: lab results reach the AI platform only through a nightly file into the
    warehouse and a database extract from it.

    Best practice: each data domain reaches the platform at least as fast as its use case needs
    (real time for early warning and medication safety, hourly for capacity, daily for risk
    scores). The rule fires on the hops known to be slower when *no* route of the domain is fast
    enough; a batch feed beside a real-time route to the platform is not a blocker. It blocks
    exactly the use cases it names. A batch of undeclared cadence is known to be slower than real
    time but not whether it is hourly or daily. A declared slow hop fires (the declaration is the
    fact); a hop is judged clean only once its messages were seen.
    """
    slow = _too_slow(ctx).get(flow.id)
    if slow:
        words = latency_words(latency({"transport": str(flow.transport), "cadence": flow.cadence}))
        return fires(
            f"{words} hop slower than {len(slow)} use-case data domain(s) tolerate",
            *(
                Evidence(f"flow {flow.id}", f"{u}: {d} needs {need}, this hop is {words}")
                for u, d, need in sorted(slow)
            ),
        )
    if not flow_observed(flow) or not any(flow.id in p for p in ctx.facts.paths.values()):
        # Fast enough on paper says nothing of the data: only a seen flow is judged clean.
        return NOT_APPLICABLE
    if latency({"transport": str(flow.transport), "cadence": flow.cadence}) == (0, math.inf):
        return None  # the transport was not observed or declared: its latency is unknown
    return CLEAN
