"""One feed update at a time per archive: a lock file beside the database.

Two updates started together (cron firing while one started by hand still
runs) would see the same new entries and clip them twice. The second one
either says another update is running and does nothing (the default: a timer
firing every hour should not pile up waiting updates), or with ``--wait``
waits for the first to finish, then finds nothing left to do but what is new.
The operating system releases the lock when its process ends, however it ends.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clipper.errors import DatabaseError

WAIT_POLL = 0.2  # seconds between attempts where the lock can't be waited on


class UpdateRunning(DatabaseError):
    """Another ``feed update`` holds this archive's lock."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".feed-update.lock")


@contextmanager
def update_lock(db_path: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the archive's feed-update lock; UpdateRunning if taken and not ``wait``."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DatabaseError(
            f"Can't create the update lock {path}: {exc.strerror}. Check that the archive's "
            "folder is writable."
        ) from None
    try:
        if not _acquire(fd, wait):
            raise UpdateRunning(
                f"Another feed update is running on {db_path}{_holder(fd)}; this one did "
                "nothing. Run it again later, or with --wait to wait for the other to finish."
            )
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, wait: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(WAIT_POLL)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip()
    except (OSError, AttributeError):
        return ""
    return f" (process {text})" if text.isdigit() else ""
