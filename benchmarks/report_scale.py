"""How long the whole ``assess`` takes on a large estate, and how big its HTML report is.

``python benchmarks/report_scale.py [--systems 1000] [--flows 5000] [--keep DIR]``

Writes a seeded estate file for a large trust (two interface engines, a warehouse, an AI
platform, the rest spread over kinds with support dates, owners and external partners; 60 % of
the interfaces through an engine; four catalog use cases), runs every stage of ``assessor
assess`` on it in process (the estate scan, rules, graph metrics, scores, readiness, the roadmap
scheduler, every report format), and
prints the seconds of each stage and the size of the HTML. Targets (issue 18): the whole
``assess`` of 1,000 systems and 5,000 flows in under 60 s on a shared machine (4.8 s measured at a
load of 1 on two cores, 16 to 33 s at a load of 7), its HTML in under 10 s (400 systems took 180 s
before the scheduler, the graph metrics and the rules' flow lookups were made near-linear).
:func:`generate` builds a made-up assessment for the renderer alone; the size target of the HTML
(under 5 MB for 500 systems) is asserted on it by ``tests/reports/test_scale.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessor.config import default_config
from assessor.connectors.estate.estate_file import EstateConnector
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
from assessor.reports.formats import FORMATS
from assessor.scoring import assess

KINDS = (
    "pas", "ehr", "lis", "ris", "pacs", "pharmacy", "billing", "scheduling", "document",
    "registry", "device", "theatre", "maternity", "oncology",
)  # fmt: skip
ESTATE_KINDS = KINDS[:10]  # the kinds an estate file accepts
TRANSPORTS = ("mllp", "file", "database", "http")
USE_CASES = ("sepsis-early-warning", "readmission-risk", "medication-safety", "imaging-triage")
TODAY = date(2026, 11, 25)
TARGET_ASSESS_SECONDS, TARGET_HTML_SECONDS = 60.0, 10.0


def estate_toml(n_systems: int, n_flows: int, seed: int = 2026) -> str:
    """A seeded estate file of ``n_systems`` systems and ``n_flows`` interfaces."""
    rng = random.Random(seed)
    # A trust this size has a team to match: ten people on the roadmap.
    lines = ['[estate]\nname = "Generated large trust"\ncapacity = 200\n']
    fixed = [
        ("engine-a", "Integration engine A", "interface-engine"),
        ("engine-b", "Integration engine B", "interface-engine"),
        ("dw", "Enterprise data warehouse", "warehouse"),
        ("ai", "AI platform", "ai-platform"),
    ]
    for sid, name, kind in fixed:
        lines.append(
            f'[[systems]]\nid = "{sid}"\nname = "{name}"\nkind = "{kind}"\nowner = "Integration"\n'
            f"support_end = {rng.randint(2025, 2031)}-{rng.randint(1, 12):02d}-01\n"
        )
    leaves = []
    for i in range(n_systems - len(fixed)):
        kind = ESTATE_KINDS[i % len(ESTATE_KINDS)]
        sid = f"sys-{i:04d}"
        leaves.append(sid)
        lines.append(
            f'[[systems]]\nid = "{sid}"\nname = "{kind.upper()} system {i}"\nkind = "{kind}"\n'
            f'version = "{rng.randint(1, 12)}.{rng.randint(0, 9)}"\n'
            f"support_end = {rng.randint(2018, 2031)}-{rng.randint(1, 12):02d}-01\n"
            + (f'owner = "Team {i % 17}"\n' if rng.random() > 0.1 else "")
            + ("external = true\n" if rng.random() < 0.05 else "")
        )
    pairs = [("engine-a", "dw"), ("engine-b", "dw"), ("dw", "ai")]
    seen = set(pairs)
    while len(pairs) < n_flows:
        a = rng.choice(leaves)
        b = rng.choice(("engine-a", "engine-b")) if rng.random() < 0.6 else rng.choice(leaves)
        if rng.random() < 0.4:
            a, b = b, a
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            pairs.append((a, b))
    for n, (a, b) in enumerate(pairs):
        transport = "database" if n < 3 else rng.choice(TRANSPORTS)
        tls = "true" if n < 3 or rng.random() < 0.5 else "false"
        phi = '["name", "mrn"]' if rng.random() < 0.7 else "[]"
        types = rng.choice(('["ADT^A01", "ADT^A08"]', '["ORU^R01"]', '["ORM^O01"]', "[]"))
        lines.append(
            f'[[interfaces]]\nfrom = "{a}"\nto = "{b}"\ntransport = "{transport}"\n'
            f"tls = {tls}\nphi = {phi}\nmessage_types = {types}\n"
        )
    lines.append('[ai_platform]\nsystem = "ai"\n')
    lines += [f'[[use_cases]]\nid = "{u}"\n' for u in USE_CASES]
    return "\n".join(lines)


def generate(n_systems: int, n_flows: int, seed: int = 2026) -> Assessment:
    """A seeded, made-up assessment for the renderer alone (tests/reports/test_scale.py): two
    engines, a warehouse, an AI platform, the rest spread over kinds, four waves."""
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
    """Generate, assess end to end, print the figures; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=1000)
    parser.add_argument("--flows", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="write the estate and reports here")
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest calls")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        estate = folder / "estate.toml"
        estate.write_text(estate_toml(args.systems, args.flows), encoding="utf-8")
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        total = time.perf_counter()
        started = time.perf_counter()
        inventory = EstateConnector().scan(str(estate))
        scan_seconds = time.perf_counter() - started
        started = time.perf_counter()
        assessment = assess(inventory, default_config(TODAY), generated_at="benchmark")
        assess_seconds = time.perf_counter() - started
        print(
            f"estate: {len(inventory.systems)} systems, {len(inventory.flows)} flows; "
            f"{len(assessment.findings)} findings, {len(assessment.waves)} waves, "
            f"{sum(len(w.actions) for w in assessment.waves)} actions"
        )
        print(f"scan      {scan_seconds:6.2f} s")
        print(f"score     {assess_seconds:6.2f} s  (rules, graph, readiness, roadmap)")
        html_seconds, html_bytes = 0.0, 0
        for name, fmt in FORMATS.items():
            started = time.perf_counter()
            data = fmt.render(assessment)
            seconds = time.perf_counter() - started
            print(f"{name:9s} {seconds:6.2f} s  {len(data) / 1e6:6.2f} MB")
            if name == "html":
                html_seconds, html_bytes = seconds, len(data)
            if args.keep:
                (folder / f"report.{name}").write_bytes(data)
        total_seconds = time.perf_counter() - total
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    ok = total_seconds < TARGET_ASSESS_SECONDS and html_seconds < TARGET_HTML_SECONDS
    print(
        f"whole assess {total_seconds:.2f} s ({html_bytes / 1e6:.1f} MB of HTML); targets: "
        f"assess < {TARGET_ASSESS_SECONDS:.0f} s, HTML < {TARGET_HTML_SECONDS:.0f} s: "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
