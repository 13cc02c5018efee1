"""The transaction IDs this desktop has sent (in memory until the SQLite store replaces it)."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.service.thalamus import MemorySentTransactions, SentTransactions


def test_it_is_a_sent_transactions_store() -> None:
    store: SentTransactions = MemorySentTransactions()
    assert store.state_of("T-1") is None


def test_reserve_then_record_accepted() -> None:
    store = MemorySentTransactions()
    assert store.reserve("T-1")
    assert store.state_of("T-1") is None  # being sent: not sent yet
    assert not store.reserve("T-1")  # a second send of the same ID must wait its turn
    store.record("T-1", "accepted")
    assert store.state_of("T-1") == "accepted"
    assert not store.reserve("T-1")
    assert len(store) == 1


def test_an_unknown_outcome_is_kept_too() -> None:
    store = MemorySentTransactions()
    store.reserve("T-2")
    store.record("T-2", "unknown")
    assert store.state_of("T-2") == "unknown"
    assert not store.reserve("T-2")


def test_release_frees_an_id_whose_send_stored_nothing() -> None:
    store = MemorySentTransactions()
    store.reserve("T-3")
    store.release("T-3")
    assert store.state_of("T-3") is None
    assert store.reserve("T-3")


def test_only_one_of_many_threads_reserves_an_id() -> None:
    store = MemorySentTransactions()
    start = threading.Barrier(16)
    won: list[bool] = []

    def race() -> None:
        start.wait()
        won.append(store.reserve("T-4"))

    threads = [threading.Thread(target=race) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won) == [False] * 15 + [True]


@given(st.lists(st.tuples(st.sampled_from(["reserve", "accept", "release"]), st.integers(0, 3))))
def test_an_accepted_id_is_never_reserved_again(steps: list[tuple[str, int]]) -> None:
    store = MemorySentTransactions()
    accepted: set[str] = set()
    held: set[str] = set()
    for action, n in steps:
        tid = f"T-{n}"
        if action == "reserve":
            got = store.reserve(tid)
            assert got == (tid not in accepted and tid not in held)
            if got:
                held.add(tid)
        elif action == "accept" and tid in held:
            store.record(tid, "accepted")
            held.discard(tid)
            accepted.add(tid)
        elif action == "release" and tid in held:
            store.release(tid)
            held.discard(tid)
        assert {t for t in (f"T-{i}" for i in range(4)) if store.state_of(t)} == accepted
