"""The assessment JSON is as large for 100,000 messages as for 10,000: a feed profile's size is
bounded by the feed's variety, not its volume (``benchmarks/profile_size.py`` goes to 1,000,000)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assessor.cli import main

_MESSAGE = (
    "MSH|^~\\&|{sender}|GENHOSP|EHR|GENHOSP|2024{month:02d}{day:02d}{hour:02d}3000||"
    "ADT^A01^ADT_A01|C{n}|P|2.5\r"
    "EVN|A01|20240105122900\r"
    "PID|1||M{n}^^^GENHOSP^MR||DOE^JOHN{pad}||19610923|M\r"
    "PV1|1|I|WARD1^101^A\r"
)


def _feed(path: Path, messages: int) -> Path:
    """Two feeds, every control id distinct, a year of timestamps, sizes over a few hundred
    bytes: every bounded summary as full at the smaller size as at the larger."""
    with path.open("w", encoding="ascii") as out:
        for n in range(messages):
            out.write(
                _MESSAGE.format(
                    sender=("PAS", "LIS")[n % 2],
                    month=n % 12 + 1,
                    day=n % 28 + 1,
                    hour=n % 24,
                    n=n,
                    pad="X" * (n % 300),
                )
            )
    return path


def _assessment_bytes(tmp_path: Path, messages: int) -> int:
    feed = _feed(tmp_path / f"feed-{messages}.hl7", messages)
    out = tmp_path / f"out-{messages}"
    result = CliRunner().invoke(
        main,
        ["assess", str(feed), "-o", str(out), "--validate", "none", "--format", "json", "-q"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return (out / "assessment.json").stat().st_size


def test_the_assessment_for_ten_times_the_messages_is_no_larger(tmp_path: Path) -> None:
    small = _assessment_bytes(tmp_path, 10_000)
    large = _assessment_bytes(tmp_path, 100_000)
    # counts gain a digit; anything kept per message would make it about ten times larger
    assert large <= 1.1 * small, (small, large)
