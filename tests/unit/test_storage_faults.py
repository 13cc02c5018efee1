"""Storage faults (issue 16, point 5): a missing, empty or damaged database that held claims
is never silently replaced; a folder that cannot be written and a full disk get one
sentence and exit 2; the database, its -wal/-shm and the log are the owner's alone (0600).

Tests run as root, where chmod does not stop writes: the unwritable folder is a data folder
whose parent is a file (ENOTDIR), and the full disk a 256 KiB tmpfs mounted for the test."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
from pathlib import Path

import pytest

from claimdesk.app_logging import setup_logging
from claimdesk.cli import main
from claimdesk.paths import data_dir, log_dir
from claimdesk.storage.database import DB_FILE, Database, StorageFault
from claimdesk.storage.outbox import NewClaim, Outbox


def claim(n: int = 1) -> NewClaim:
    return NewClaim("c", "myrewards", "36", "T", {"v": str(n)}, "s", f"print-{n}")


def with_claims(path: Path, count: int = 3) -> None:
    outbox = Outbox(Database(path))
    outbox.enqueue_many([claim(n) for n in range(count)])
    outbox.database.close()


def outbox_cli(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["outbox"])
    return code, capsys.readouterr().err


def test_an_emptied_file_that_held_claims_is_named_kept_aside_and_not_replaced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = data_dir() / DB_FILE
    with_claims(path)
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    path.write_bytes(b"")  # today: silently a new empty outbox
    code, err = outbox_cli(capsys)
    assert code == 2
    assert str(path) in err
    assert "empty" in err
    assert "Traceback" not in err
    kept = list(path.parent.glob(f"{DB_FILE}.damaged-*"))
    assert len(kept) == 1
    assert kept[0].stat().st_size == 0
    assert main(["outbox"]) == 0  # opened again: the user agrees to start empty


def test_random_bytes_are_named_and_kept_aside(capsys: pytest.CaptureFixture[str]) -> None:
    path = data_dir() / DB_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    junk = os.urandom(8192)
    path.write_bytes(junk)
    code, err = outbox_cli(capsys)  # today: a sqlite3.DatabaseError traceback
    assert code == 2
    assert str(path) in err
    assert "damaged" in err
    assert "Traceback" not in err
    (kept,) = path.parent.glob(f"{DB_FILE}.damaged-*")
    assert kept.read_bytes() == junk
    path.write_bytes(junk)
    with pytest.raises(StorageFault):  # a damaged file never reaches SQLite's errors
        Database(path).connect()


def test_a_missing_file_that_held_claims_is_not_replaced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = data_dir() / DB_FILE
    with_claims(path)
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        each.unlink(missing_ok=True)
    code, err = outbox_cli(capsys)
    assert code == 2
    assert str(path) in err
    assert "missing" in err
    assert not path.exists()
    assert main(["outbox"]) == 2  # still: only the user decides
    Database(path).marker.unlink()  # as the sentence says
    assert main(["outbox"]) == 0


def test_a_data_folder_that_cannot_be_made_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CLAIMDESK_HOME", str(blocker))
    code, err = outbox_cli(capsys)
    assert code == 2
    lines = err.splitlines()  # the log folder's line, then the command's
    assert len(lines) == 2
    assert "Traceback" not in err
    assert "no log file" in lines[0]
    assert lines[1].startswith("claimdesk outbox: cannot use")


def test_a_full_disk_is_one_sentence(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
    try:
        outbox = Outbox(Database(mount / DB_FILE))
        big = [NewClaim("c", "p", "t", "T", {"v": "x" * 2000}, "s", f"{m}") for m in range(10_000)]
        with pytest.raises(StorageFault) as raised:
            outbox.enqueue_many(big)
        assert "disk is full" in str(raised.value)
        assert str(mount) in str(raised.value)
        outbox.database.close()
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_the_database_and_the_log_are_the_owners_alone() -> None:
    old = os.umask(0o022)
    try:
        path = data_dir() / DB_FILE
        with_claims(path)
        database = Database(path)
        database.connect()  # holds the -wal and -shm open
        for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(each.stat().st_mode) == 0o600, each
        database.close()
        logger = logging.getLogger("claimdesk")
        before = list(logger.handlers)
        log = setup_logging()
        try:
            logging.getLogger("claimdesk.test").warning("a line")
            assert log.parent == log_dir()
            assert stat.S_IMODE(log.stat().st_mode) == 0o600
        finally:
            for handler in logger.handlers[:]:
                if handler not in before:
                    logger.removeHandler(handler)
                    handler.close()
    finally:
        os.umask(old)
