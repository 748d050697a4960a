"""Building a large result with Python's cyclic garbage collector paused.

A 2,000-table schema becomes about a million small objects (rows, dataclasses, then the plain
dicts and lists of its JSON) that all live until the inventory is written. Every full collection
walks all of them again, which cost a quarter of a whole database scan's CPU time. What these
phases throw away holds no reference cycles, so reference counting frees it without the
collector (the scan's peak memory is the same either way).

What such a phase keeps lives on (a scan's inventory, until it is written), so it is handed to
the collector as old: counted as new, it would set off a collection of the youngest generation
the moment the collector is back, walking every one of those objects for nothing: once after a
2,000-table scan and once after its JSON, 0.05 to 0.07 s of the command's 0.95 s of CPU.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then leave it as it was, with what the
    block kept in the oldest generation."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # freeze() moves every tracked object out of the generations and zeroes the count
            # of new ones; unfreeze() puts them all in the oldest, which full collections
            # still walk, so nothing is hidden from the collector for good.
            gc.freeze()
            gc.unfreeze()
            gc.enable()
