"""The cyclic garbage collector is paused for a block and left as it was after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from assessor.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    """Each test starts with the collector on, and leaves it on."""
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_inside_the_block_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_nested_pause_does_not_switch_the_collector_on_early() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_on_again_when_the_block_raises() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("stop")
    assert gc.isenabled()


def test_what_a_pause_kept_sets_off_no_young_collection_when_it_ends() -> None:
    started: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(record)
    try:
        with collector_paused():
            kept = [[] for _ in range(10 * gc.get_threshold()[0])]
        made_after = [[] for _ in range(gc.get_threshold()[0] // 2)]
    finally:
        gc.callbacks.remove(record)
    assert started == []
    assert len(kept) > len(made_after)


def test_what_a_pause_kept_is_still_seen_by_a_full_collection() -> None:
    with collector_paused():
        cycle: list[object] = []
        cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1
