"""File helpers: atomic writes with the umask's mode, safe display names, finding the reports in a folder."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from hpextract.errors import InputError, OutputError

REPORT_SUFFIXES = (".pdf", ".txt")
DEFAULT_MAX_INPUT = 100 * 1024 * 1024
"""Bytes read at most from a stream (standard input) before giving up: it may never end (`yes |`, /dev/zero)."""
# Temporary files carry the writer's pid, so a later run can tell a dead writer's leftovers from a live one's.
TEMP_PREFIX = ".hpextract-"
TEMP_SUFFIX = ".tmp"


def display_name(path: Path | str) -> str:
    """A file name fit for messages and JSON: bytes that are not UTF-8 become U+FFFD, never a surrogate."""
    name = path.name if isinstance(path, Path) else path
    return os.fsencode(name).decode("utf-8", errors="replace")


def display_path(path: Path) -> str:
    """The whole path, made printable like `display_name`."""
    return display_name(str(path))


def current_umask() -> int:
    """The process umask (read from /proc where possible, since setting it to read it is not thread-safe)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_writable_target(path: Path) -> None:
    """Refuse an output path that exists and is not a regular file (a FIFO would hang, /dev/zero never ends)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputError(f"{display_path(path)}: cannot write ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{display_path(path)}: is a directory")
    if not stat.S_ISREG(mode):
        raise OutputError(f"{display_path(path)}: not a regular file (a FIFO, device or socket); refusing to write")


def atomic_write(path: Path, text: str) -> None:
    """Write UTF-8 text to a temporary file beside `path`, then rename it into place.

    The file gets the mode a plain `open` would give (0666 less the umask), not mkstemp's 0600. The
    temporary name is short, so that an input name near the 255-byte limit still gets its output.
    """
    atomic_write_bytes(path, text.encode("utf-8", errors="replace"))  # a stray surrogate must not stop it


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes as `atomic_write` writes text: whole or not at all, with the umask's mode."""
    check_writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), 0o666 & ~current_umask())
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files whose writer is gone (killed during a write, e.g. by SIGKILL)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            pid = _writer_pid(entry.name)
            if pid is not None and not _alive(pid):
                with contextlib.suppress(OSError):
                    entry.unlink()


def _writer_pid(name: str) -> int | None:
    if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
        return None
    pid = name[len(TEMP_PREFIX):].split("-", 1)[0]
    return int(pid) if pid.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def reports_in(folder: Path) -> list[Path]:
    """The PDF and text reports directly in a folder, sorted by name (by bytes, whatever the encoding)."""
    try:
        entries = list(folder.iterdir())
    except OSError as error:
        raise InputError(f"{display_path(folder)}: cannot read the folder ({error.strerror})") from None
    found = []
    for entry in entries:
        with contextlib.suppress(OSError):  # an entry that vanished or cannot be looked at is not a report
            if entry.suffix.lower() in REPORT_SUFFIXES and entry.is_file():
                found.append(entry)
    return sorted(found, key=lambda p: os.fsencode(p.name))


def cache_dir() -> Path:
    """$HPEXTRACT_CACHE_DIR, else the platform's user cache folder (on Linux $XDG_CACHE_HOME/hpextract,
    else ~/.cache/hpextract)."""
    if override := os.environ.get("HPEXTRACT_CACHE_DIR"):
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("hpextract", appauthor=False))
