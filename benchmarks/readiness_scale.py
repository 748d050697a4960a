"""How long scoring a large estate takes now that readiness walks every data domain's paths.

``python benchmarks/readiness_scale.py [--systems 500] [--flows 3000]``

Builds a seeded random estate (systems of every kind, one interface engine, an AI platform, flows
of MLLP, file and unknown transport carrying two message types each, every feed profiled) and
times ``assess`` on it with the whole use-case catalog wanted. Prints the seconds and the
use-case verdicts; exits 1 when it takes more than the target (30 s for the default size on one
core; 4.6 s measured on 2026-12-02 with the graph metrics included).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessor.config import default_config
from assessor.feed_profile import FeedProfile
from assessor.model import Flow, Inventory, System, Transport
from assessor.scoring import assess

TARGET_SECONDS = 30.0
KINDS = ("pas", "lis", "ehr", "ris", "pacs", "pharmacy", "billing", "scheduling", "document")
TYPES = ("ADT^A01", "ADT^A03", "ORU^R01", "RDE^O11", "MDM^T02", "SIU^S12", "VXU^V04", "DFT^P03")
TRANSPORTS = (Transport.MLLP, Transport.FILE, Transport.UNKNOWN)


def estate(systems: int, flows: int) -> Inventory:
    """A seeded random estate of ``systems`` systems and ``flows`` flows."""
    rng = random.Random(7)
    nodes = [
        System(f"s{i}", f"S{i}", kind=rng.choice(KINDS), owner="IT", declared=True)
        for i in range(systems)
    ]
    nodes += [
        System("engine", "Engine", kind="interface-engine"),
        System("ai", "AI", "ai-platform"),
    ]
    edges = []
    for n in range(flows):
        a, b = rng.sample(nodes, 2)
        types = {t: 10 for t in rng.sample(TYPES, 2)}
        edges.append(
            Flow(
                f"f{n}",
                a.id,
                b.id,
                transport=rng.choice(TRANSPORTS),
                message_types=types,
                tls=True,
                observed=True,
                profile=FeedProfile(
                    messages=20, message_types=types, coding_systems={"OBX-3|LN": 10}
                ),
            )
        )
    return Inventory(systems=tuple(nodes), flows=tuple(edges), ai_platform="ai")


def main() -> int:
    """Time one assessment; exit 1 when it misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=500)
    parser.add_argument("--flows", type=int, default=3000)
    args = parser.parse_args()
    inventory = estate(args.systems, args.flows)
    started = time.perf_counter()
    assessment = assess(inventory, default_config(date(2026, 11, 25)))
    seconds = time.perf_counter() - started
    verdicts = {s: sum(r.status == s for r in assessment.readiness) for s in ("ready", "blocked")}
    verdicts["unknown"] = len(assessment.readiness) - sum(verdicts.values())
    print(
        f"assess: {len(inventory.systems)} systems, {len(inventory.flows)} flows: {seconds:.1f} s"
    )
    print(f"use cases: {verdicts}")
    ok = seconds < TARGET_SECONDS
    print(f"target: < {TARGET_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
