"""How long the HTML report takes, and how big it is, for a large estate.

``python benchmarks/report_scale.py [--systems 500] [--flows 3000] [--out roadmap.html]``

Generates an assessment of a large trust (500 systems, 3,000 flows, findings, scores, use cases
and four waves; seeded, so every run is the same estate), renders every report format, and
prints seconds and bytes for each, with how the flow map coped (grouped by kind above 60
systems). Targets from issue 7: HTML in under 10 s and under 5 MB.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessor.model import (
    Assessment,
    ComponentScore,
    Dimension,
    Evidence,
    Finding,
    Flow,
    Inventory,
    PhiClass,
    RoadmapAction,
    ScanMetadata,
    ScannedSource,
    ScoreTerm,
    Severity,
    System,
    Transport,
    UseCase,
    UseCaseBlocker,
    UseCaseReadiness,
    Wave,
)
from reports._facts import build_facts
from reports._flowmap import build_flow_map
from reports.formats import FORMATS

KINDS = (
    "pas", "ehr", "lis", "ris", "pacs", "pharmacy", "billing", "scheduling", "document",
    "registry", "device", "theatre", "maternity", "oncology",
)  # fmt: skip
TARGET_SECONDS, TARGET_BYTES = 10.0, 5_000_000


def generate(n_systems: int, n_flows: int, seed: int = 2026) -> Assessment:
    """A seeded estate: two engines, a warehouse, an AI platform, the rest spread over kinds."""
    rng = random.Random(seed)
    systems = [
        System("engine-a", "Integration engine A", kind="interface engine", declared=True),
        System("engine-b", "Integration engine B", kind="interface engine", declared=True),
        System("dw", "Enterprise data warehouse", kind="warehouse", declared=True),
        System("ai", "AI platform", kind="ai platform", declared=True),
    ]
    for i in range(n_systems - len(systems)):
        systems.append(
            System(
                f"sys-{i:04d}",
                f"{KINDS[i % len(KINDS)].upper()} system {i}",
                kind=KINDS[i % len(KINDS)],
                version=f"{rng.randint(1, 12)}.{rng.randint(0, 9)}",
                support_end=f"{rng.randint(2018, 2031)}-{rng.randint(1, 12):02d}-01",
                declared=rng.random() > 0.1,
            )
        )
    leaves = [s.id for s in systems[4:]]
    flows = [
        Flow("engine-a->dw", "engine-a", "dw", Transport.DATABASE, tls=True),
        Flow("engine-b->dw", "engine-b", "dw", Transport.DATABASE, tls=True),
        Flow("dw->ai", "dw", "ai", Transport.FHIR, tls=True),
    ]
    for i in range(n_flows - len(flows)):
        a = rng.choice(leaves)
        b = rng.choice(("engine-a", "engine-b")) if rng.random() < 0.6 else rng.choice(leaves)
        if rng.random() < 0.4:
            a, b = b, a
        if a == b:
            b = "engine-a"
        flows.append(
            Flow(
                f"flow-{i:05d}",
                a,
                b,
                rng.choice((Transport.MLLP, Transport.FILE, Transport.DATABASE, Transport.HTTP)),
                message_types={"ADT^A01": rng.randint(1, 5000)},
                phi_classes=(PhiClass.MRN, PhiClass.NAME) if rng.random() < 0.7 else (),
                tls=rng.choice((True, False, None)),
                message_count=rng.randint(0, 50_000),
                channel=f"Channel {i}" if rng.random() < 0.5 else None,
                observed=True,
            )
        )
    use_cases = tuple(UseCase(f"uc-{i:02d}", f"AI use case {i}") for i in range(12))
    dims = tuple(Dimension)
    findings, scores = [], []
    for rank, system in enumerate(systems):
        for j in range(rng.randint(1, 4)):
            findings.append(
                Finding(
                    f"RULE-{j:02d}",
                    dims[j % len(dims)],
                    rng.choice(tuple(Severity)),
                    system.id,
                    f"Finding {j} on {system.name}",
                    (Evidence(f"feeds/{system.id}.hl7", f"message {rng.randint(1, 999)}", 12),),
                    "Do the documented remediation.",
                )
            )
        scores.append(
            ComponentScore(
                system.id,
                "system",
                system.name,
                round(rng.uniform(0, 10), 2),
                {d.value: (None if rng.random() < 0.15 else round(rng.random(), 2)) for d in dims},
                confidence=round(rng.random(), 2),
                criticality=round(rng.random(), 2),
                use_cases_blocked=tuple(
                    sorted({u.id for u in rng.sample(use_cases, rng.randint(0, 3))})
                ),
                disposition=rng.choice(("retain", "rehost", "replatform", "refactor", "replace")),
                effort=rng.choice(("S", "M", "L", "XL")),
                breakdown=(ScoreTerm("findings", 1.0, Dimension.SECURITY, "RULE-00"),),
            )
        )
        del rank
    readiness = tuple(
        UseCaseReadiness(
            u.id,
            rng.choice(("ready", "blocked", "unknown")),
            tuple(UseCaseBlocker(s.id, ("RULE-00",)) for s in rng.sample(systems, 3)),
        )
        for u in use_cases
    )
    waves = tuple(
        Wave(
            n,
            f"Wave {n}",
            tuple(
                RoadmapAction(s.id, "refactor", "M", skills=("FHIR",))
                for s in rng.sample(systems, 40)
            ),
            effort_points=40 * (n + 1),
            unlocks=tuple(u.id for u in use_cases[n * 3 : n * 3 + 3]),
            on_critical_path=n % 2 == 1,
        )
        for n in range(4)
    )
    inventory = Inventory(
        estate_name="Generated large trust",
        systems=tuple(systems),
        flows=tuple(flows),
        use_cases=use_cases,
        ai_platform="ai",
        scan=ScanMetadata(sources=(ScannedSource("generated", "benchmark"),)),
    ).sorted()
    return Assessment(
        inventory=inventory,
        generated_at="2026-11-25T00:00:00+00:00",
        tool_version="benchmark",
        findings=tuple(findings),
        scores=tuple(scores),
        use_cases=use_cases,
        readiness=readiness,
        waves=waves,
        overall_readiness=0.41,
        overall_band="partly ready",
        overall_confidence=0.6,
    )


def main() -> int:
    """Generate, render every format, print the figures; exit 1 if the HTML misses a target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=500)
    parser.add_argument("--flows", type=int, default=3000)
    parser.add_argument("--out", type=Path, help="also write the HTML report here")
    args = parser.parse_args()

    started = time.perf_counter()
    assessment = generate(args.systems, args.flows)
    print(
        f"estate: {len(assessment.inventory.systems)} systems, "
        f"{len(assessment.inventory.flows)} flows, {len(assessment.findings)} findings "
        f"(generated in {time.perf_counter() - started:.2f} s)"
    )
    html_seconds, html_bytes = 0.0, 0
    for name, fmt in FORMATS.items():
        started = time.perf_counter()
        data = fmt.render(assessment)
        seconds = time.perf_counter() - started
        print(f"{name:9s} {seconds:6.2f} s  {len(data) / 1e6:6.2f} MB")
        if name == "html":
            html_seconds, html_bytes = seconds, len(data)
            if args.out:
                args.out.write_bytes(data)
    facts = build_facts(assessment)
    ranks = {b.score.component: b.rank for b in facts.blockers}
    fmap = build_flow_map(assessment.inventory, ranks, facts.as_of)
    print(
        f"flow map: {'grouped by kind' if fmap.grouped else 'one box per system'}, "
        f"{len(fmap.nodes)} boxes, {len(fmap.edges)} arrows, {fmap.columns} columns, "
        f"{fmap.width}x{fmap.height} px; the flow table lists all "
        f"{len(assessment.inventory.flows)} flows, filterable by kind"
    )
    ok = html_seconds < TARGET_SECONDS and html_bytes < TARGET_BYTES
    print(
        f"targets: HTML < {TARGET_SECONDS:.0f} s and < {TARGET_BYTES / 1e6:.0f} MB: "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
