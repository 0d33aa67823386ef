"""Reading a PDF's pages in a child process while this process loads the stages that follow, then sharing
the rest of the pages out between the two.

A worker given one file starts cold: it imports the layout, normalize, item, status and report stages and
builds their patterns (about half a second) before it could read a page, although reading pages needs
none of them. So it forks a reader first, which opens the file and reads pages while the worker prepares
the stages; when the worker is ready (`read_pdf` calls `take`), it reads pages too, each page going to
whichever of the two claims it first, until none is left. On two cores this hides the preparation behind
the reading and then reads at twice the pace (benchmarks/RESULTS.md). The pages are the same objects
either way, pickled across; tables continued over a page break are joined after, on the whole document.

The reader is the worker's child in the worker's process group, so the worker's time limit stops it too;
it inherits the worker's memory limit and dies with the worker (PR_SET_PDEATHSIG). Whatever it raises
comes back and is raised in the worker, as if the worker had read the file alone.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from hpextract.errors import HpextractError
from hpextract.sources.page import Page

# Opening the file a second time and the first page's one-off costs (fonts, the icon code) take about as long
# as reading three or four pages (benchmarks/RESULTS.md): fewer pages left than this, the reader finishes alone.
MIN_PAGES_TO_JOIN = 8


class PageClaims:
    """The pages of one file shared out between the reader and the worker: each page goes to whichever
    asks first. Called with the number of pages, it gives the index of the next page to read, or None."""

    def __init__(self) -> None:
        from multiprocessing import RawValue, Value

        self._next = Value("l", 0)  # in shared memory, with a lock, so that forked processes share it
        self._count = RawValue("l", -1)  # set under the lock of `_next` once either side has opened the file

    def __call__(self, count: int) -> int | None:
        with self._next.get_lock():
            self._count.value = count
            index = self._next.value
            if index >= count:
                return None
            self._next.value = index + 1
            return index

    def unclaimed(self) -> int | None:
        """How many pages no one has claimed yet; None before either side has opened the file."""
        with self._next.get_lock():
            count = self._count.value
            return None if count < 0 else max(0, count - self._next.value)


@dataclass(frozen=True, slots=True)
class Reader:
    """A reader started for one file: its process, the pipe its pickled result comes on, its claims."""

    path: Path
    password: str | None
    pid: int
    pipe: int
    claims: PageClaims


_started: list[Reader] = []  # at most one: a worker reads one file


def read_ahead(path: Path, password: str | None) -> bool:
    """Fork a reader for `path` now, for `take` to hand its pages over; False where there is no fork."""
    if not hasattr(os, "fork"):
        return False
    # Loaded once here for both: the reader needs it at once, and this process when it joins the reading.
    import pdfplumber  # noqa: F401

    from hpextract.sources import chars, objects  # noqa: F401

    try:
        claims = PageClaims()  # shared memory and a semaphore: where there are none, this process reads alone
        receive, send = os.pipe()
        worker = os.getpid()
        pid = os.fork()
    except OSError:
        return False
    if pid == 0:  # the reader: it never returns to the caller's code
        os.close(receive)
        _read_and_send(path, password, claims, send, worker)
    os.close(send)
    _started.append(Reader(path, password, pid, receive, claims))
    return True


def take(path: Path, password: str | None) -> list[Page] | None:
    """The pages of `path`, read by its reader and, from now on, here too, each page by whichever of the two
    claims it first, in page order; None when no reader was started for it. Of the errors met, the one on
    the earliest page is raised, as reading alone would have; the reader's other errors (a bug, memory)
    are raised as they are."""
    reader = next((r for r in _started if r.path == path and r.password == password), None)
    if reader is None:
        return None
    _started.remove(reader)
    try:
        mine, my_error = _read_claimed(reader), None
    except HpextractError as error:
        mine, my_error = [], error
    except BaseException:
        _stop(reader)
        raise
    kind, value = _answer(reader)
    if kind == "error" and not hasattr(value, "page_index"):
        raise value
    errors = [e for e in (my_error, value if kind == "error" else None) if e is not None]
    if errors:  # an error met before any page (opening the file) has no page: it comes first
        raise min(errors, key=lambda error: getattr(error, "page_index", -1))
    return sorted([*mine, *value], key=lambda page: page.number)


def _read_claimed(reader: Reader) -> list[Page]:
    """The pages this process claims, when enough are left to pay for opening the file here too."""
    from hpextract.sources.read import read_pdf_pages

    left = reader.claims.unclaimed()
    if left is not None and left < MIN_PAGES_TO_JOIN:
        return []
    return read_pdf_pages(reader.path, reader.password, reader.claims)


def _stop(reader: Reader) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(reader.pid, signal.SIGKILL)
    os.waitpid(reader.pid, 0)
    os.close(reader.pipe)


def _answer(reader: Reader) -> tuple[str, Any]:
    """What the reader sent, once it is done; a reader killed before it answered is out of memory."""
    with os.fdopen(reader.pipe, "rb") as pipe:
        try:
            answer = pickle.load(pipe)
        except (EOFError, pickle.UnpicklingError):  # killed: the kernel's out-of-memory killer, a signal
            answer = "error", MemoryError(f"the reader of {reader.path.name} died")
    os.waitpid(reader.pid, 0)
    return answer


def _read_and_send(
    path: Path, password: str | None, claims: PageClaims, pipe: int, worker: int
) -> NoReturn:
    """In the reader: read the pages it claims, send them (or the error) pickled, and exit without running
    anything of the worker's (no atexit handlers, no buffered output flushed twice), whatever happens."""
    code = 1
    try:
        code = _send(pipe, _read(path, password, claims, worker))
    finally:
        os._exit(code)


def _read(path: Path, password: str | None, claims: PageClaims, worker: int) -> tuple[str, object]:
    from hpextract.utils.processes import die_with_parent

    die_with_parent()
    if os.getppid() != worker:  # the worker died before the guard was set
        os._exit(1)
    try:
        from hpextract.sources.read import read_pdf_pages

        return "pages", read_pdf_pages(path, password, claims)
    except MemoryError:
        return "error", MemoryError()
    except Exception as error:  # every error goes back, to be raised where it would have been
        return "error", _picklable(error)


def _send(pipe: int, result: tuple[str, object]) -> int:
    """Write the pickled result; the exit code: 0 when sent, 1 when it could not be (out of memory, no worker)."""
    try:
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    except (MemoryError, OSError):
        return 1
    return 0


def _picklable(error: Exception) -> Exception:
    """The error, carrying the reader's traceback for --debug when it is a bug; a RuntimeError naming it when
    pickle cannot rebuild it."""
    if not isinstance(error, HpextractError):
        error.add_note("in the reader process:\n" + "".join(traceback.format_exception(error)))
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # an exception class whose arguments pickle cannot rebuild
        plain = RuntimeError(f"{type(error).__name__}: {error}")
        plain.__notes__ = getattr(error, "__notes__", [])
        return plain
    return error
