"""Writing outputs safely: checked before the work starts, written whole or not at all.

An output maps where PHI lives, so it is created private (files ``0600``, new folders ``0700``)
and never written through a link planted beside it. Each file goes to a temporary file created
exclusively in its target folder (``O_CREAT | O_EXCL | O_NOFOLLOW``), is flushed to disk and then
renamed over the target: a reader never sees half a file and a failed run leaves the previous
one in place. A target that is an input, a symbolic link, a device, a folder or any other
non-regular file is refused — before the scan, so no work is lost to a path that cannot be
written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from assessor.errors import UsageError

__all__ = [
    "FILE_MODE",
    "FOLDER_MODE",
    "OUTPUT_SUFFIXES",
    "check_output_file",
    "prepare_folder",
    "write_file",
]

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_TEMP_ATTEMPTS = 100
# What assessor itself writes: such a file inside a scanned folder is a previous run's output.
OUTPUT_SUFFIXES = frozenset({".json", ".html", ".csv", ".md"})


def prepare_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents, ``0700``) and prove a file can be created in it.

    Raises :class:`UsageError` naming the folder when it is not a folder or cannot be written.
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            pass
        except OSError as err:
            raise UsageError(f"cannot create the folder {new}: {_reason(err)}") from None
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; name a folder to write into")
    # Root passes os.access on any folder; creating (and removing) a file is the real test.
    try:
        fd, name = _create_temporary(folder, "write-check")
    except OSError as err:
        raise UsageError(f"cannot write in {folder}: {_reason(err)}") from None
    os.close(fd)
    os.unlink(name)


def check_output_file(path: Path, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse (:class:`UsageError`) a target that is an input or not a regular file.

    ``inputs`` are the paths the run reads (files or folders): the target may be none of them,
    nor a file already inside an input folder unless it has a suffix assessor writes (a previous
    run's output). The target's folder is created if missing and must be writable. Call this
    before the work starts.
    """
    path = Path(path)
    _refuse_non_regular(path)
    _refuse_inputs(path, inputs)
    prepare_folder(path.parent)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode ``0600``) through an exclusive temporary file and a rename.

    Raises :class:`UsageError` with the reason when the file cannot be written, or when the
    target has become a link or a non-regular file since it was checked.
    """
    path = Path(path)
    _refuse_non_regular(path)
    try:
        fd, tmp = _create_temporary(path.parent, path.name)
    except OSError as err:
        raise UsageError(f"cannot write {path}: {_reason(err)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _refuse_non_regular(path)
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise UsageError(f"cannot write {path}: {_reason(err)}") from None
        raise
    _sync_folder(path.parent)


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new file in ``folder`` that no one else created and no link redirects: (fd, path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    for _ in range(_TEMP_ATTEMPTS):
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, FILE_MODE), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _refuse_non_regular(path: Path) -> None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except NotADirectoryError:
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        raise UsageError(f"cannot write {path}: {blocker} is not a folder") from None
    except OSError as err:
        raise UsageError(f"cannot check {path}: {_reason(err)}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UsageError(
            f"{path} is a symbolic link; refusing to write through it "
            "(remove it or name another output)"
        )
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UsageError(f"{path} is {what}; refusing to write over it")


def _refuse_inputs(path: Path, inputs: Iterable[str | Path]) -> None:
    target = Path(os.path.abspath(path))
    exists = target.exists()
    for given in inputs:
        source = Path(os.path.abspath(given))
        same = target == source or (exists and source.exists() and _same_file(target, source))
        inside = (
            exists
            and target.suffix.lower() not in OUTPUT_SUFFIXES
            and source.is_dir()
            and _is_within(target, source)
        )
        if same or inside:
            raise UsageError(
                f"{path} is an input of this run ({given}); refusing to overwrite it "
                "(name another output)"
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_within(path: Path, folder: Path) -> bool:
    real = Path(os.path.realpath(path))
    return real.is_relative_to(os.path.realpath(folder))


def _sync_folder(folder: Path) -> None:
    # The rename is durable once the folder's entry is on disk; not every system allows it.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__
