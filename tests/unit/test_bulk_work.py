"""``bulk_work``: no automatic cyclic collection while a big job runs (a full pass over a
100,000-row heap holds the window), the collector back afterwards, nested and concurrent
jobs counted, an exception no exception to the rule; what the job left is set aside."""

from __future__ import annotations

import gc
import threading

import pytest

from claimdesk.ui.workers import bulk_work, release_gradually


def test_the_collector_pauses_for_the_job_and_comes_back() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with bulk_work():
        assert not gc.isenabled()
        kept = [[str(n)] for n in range(1000)]
        with bulk_work():  # nested: still paused when the inner job ends
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)  # the rows left are set aside
    gc.unfreeze()


def test_an_error_in_the_job_still_brings_the_collector_back() -> None:
    with pytest.raises(ValueError, match="bad file"), bulk_work():
        raise ValueError("bad file")
    assert gc.isenabled()


def test_two_jobs_at_once_keep_it_paused_until_both_end() -> None:
    first_inside, second_done, release = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with bulk_work():
            first_inside.set()
            release.wait(5)

    worker = threading.Thread(target=first)
    worker.start()
    assert first_inside.wait(5)
    with bulk_work():
        second_done.set()
    assert not gc.isenabled()  # the first job is still running
    release.set()
    worker.join(5)
    assert gc.isenabled()
    gc.unfreeze()


def test_release_gradually_empties_every_list() -> None:
    first, second = list(range(10_001)), [{"a": 1}] * 3
    release_gradually(first, second, step=1_000)
    assert first == []
    assert second == []
