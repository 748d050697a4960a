"""How long the whole ``assess`` takes on a large estate, and how big its HTML report is.

``python benchmarks/report_scale.py [--systems 1000] [--flows 5000] [--keep DIR]``

Writes a seeded estate file for a large trust (two interface engines, a warehouse, an AI
platform, the rest spread over kinds with support dates, owners and external partners; 60 % of
the interfaces through an engine; eight catalog use cases), runs ``assessor assess`` on it end to
end (scan, rules, graph metrics, scores, readiness, roadmap scheduler, every report format), and
prints the seconds of each stage and the size of the HTML. Targets (issues 7 and 18): the whole
``assess`` of 1,000 systems and 5,000 flows in under 60 s; the HTML under 10 s and 5 MB.
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
from assessor.scoring import assess
from connectors.estate.estate_file import EstateConnector
from reports.formats import FORMATS

KINDS = (
    "pas", "ehr", "lis", "ris", "pacs", "pharmacy", "billing", "scheduling", "document",
    "registry",
)  # fmt: skip
TRANSPORTS = ("mllp", "file", "database", "http")
USE_CASES = ("sepsis-early-warning", "readmission-risk", "medication-safety", "imaging-triage")
TODAY = date(2026, 11, 25)
TARGET_ASSESS_SECONDS, TARGET_HTML_SECONDS, TARGET_HTML_BYTES = 60.0, 10.0, 5_000_000


def estate_toml(n_systems: int, n_flows: int, seed: int = 2026) -> str:
    """A seeded estate file of ``n_systems`` systems and ``n_flows`` interfaces."""
    rng = random.Random(seed)
    lines = ['[estate]\nname = "Generated large trust"\n']
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
        kind = KINDS[i % len(KINDS)]
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
    ok = (
        total_seconds < TARGET_ASSESS_SECONDS
        and html_seconds < TARGET_HTML_SECONDS
        and html_bytes < TARGET_HTML_BYTES
    )
    print(
        f"whole assess {total_seconds:.2f} s; targets: assess < {TARGET_ASSESS_SECONDS:.0f} s, "
        f"HTML < {TARGET_HTML_SECONDS:.0f} s and < {TARGET_HTML_BYTES / 1e6:.0f} MB: "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
