"""Memory stays flat on any input: messages with broken headers cost no more than good ones.

Each scan runs in its own process and reports its peak resident size (``VmHWM``, else
``resource``), so one scan's garbage cannot hide or inflate another's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_MESSAGE = (
    "MSH|^~\\&|PAS|GENHOSP|EHR|GENHOSP|20240105123000||ADT^A01^ADT_A01|C{n}|P|2.5\r"
    "EVN|A01|20240105122900\r"
    "PID|1||M{n}^^^GENHOSP^MR||DOE^JOHN||19610923|M\r"
    "PV1|1|I|WARD1^101^A\r"
)
# VmHWM where Linux has it: ru_maxrss can carry a forked parent's peak (pytest's) into the child
_PEAK = """
import re, resource, sys
from assessor.connectors.hl7v2.connector import Hl7v2Connector
Hl7v2Connector().scan(sys.argv[1])
try:
    print(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_BASE = 1_000  # messages; the test scans 10x and 100x this
_SLACK_KIB = 8 * 1024


def _feed(path: Path, messages: int, broken_every: int | None) -> Path:
    """``messages`` ADT messages; every ``broken_every``-th is a bare ``MSH|`` line instead,
    a header without its encoding characters."""
    with path.open("w", encoding="ascii") as out:
        for n in range(messages):
            broken = broken_every is not None and n % broken_every == broken_every - 1
            out.write("MSH|\r" if broken else _MESSAGE.format(n=n))
    return path


def _peak_kib(path: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


@pytest.mark.parametrize("times", [10, 100])
def test_broken_headers_every_hundred_messages_cost_no_more_memory_than_good_ones(
    tmp_path: Path, times: int
) -> None:
    size = _BASE * times
    broken = _peak_kib(_feed(tmp_path / "broken.hl7", size, broken_every=100))
    clean = _peak_kib(_feed(tmp_path / "clean.hl7", size, broken_every=None))
    assert broken <= clean + _SLACK_KIB, (broken, clean)


def test_peak_memory_at_a_hundred_times_the_messages_stays_within_a_fixed_bound(
    tmp_path: Path,
) -> None:
    small = _peak_kib(_feed(tmp_path / "small.hl7", _BASE, broken_every=100))
    large = _peak_kib(_feed(tmp_path / "large.hl7", _BASE * 100, broken_every=100))
    # what grows with volume is one control-id digest per message (duplicate detection)
    assert large - small <= 32 * 1024, (small, large)
