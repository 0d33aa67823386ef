"""The process's standard streams and signals: what keeps every way a command can end to one line.

- A closed pipe (`hpextract … | head -1`) ends the command silently with exit 141, as git does.
- A full or closed standard output is `error: standard output: …` and exit 1.
- Any locale works: an ASCII locale gets UTF-8 output; others replace what they cannot show.
- SIGTERM and SIGHUP end a batch like Ctrl-C does: workers stopped, nothing partial left.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any

EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard stream that was closed when we started: writing to it is an error."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def writable(self) -> bool:
        return True

    @property
    def buffer(self) -> _ClosedStream:
        return self

    def isatty(self) -> bool:
        return False


def guarded(command: Callable[[], Any]) -> Any:
    """Run a command (it ends with SystemExit) so that stdout trouble is one line, never a traceback."""
    _fill_closed_descriptors()
    _fit_streams_to_locale()
    quiet_library_logs()
    try:
        try:
            command()
        except SystemExit as done:
            if _click_saw_a_broken_pipe():
                raise BrokenPipeError(errno.EPIPE, "Broken pipe") from None
            raise done from None
        finally:
            _flush_stdout()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except OSError as error:
        if error.errno == errno.EPIPE:
            _silence_stdout()
            raise SystemExit(EXIT_BROKEN_PIPE) from None
        _silence_stdout()
        _say(f"error: standard output: cannot write ({error.strerror or error})")
        raise SystemExit(1) from None


def _click_saw_a_broken_pipe() -> bool:
    """Click (inside Typer) turns a broken pipe into exit 1 and wraps stdout to pacify it: that wrapper is how
    we know (a closed pipe must read as 141, not as the 1 that `diff --exit-code` uses for "they differ")."""
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"


def _flush_stdout() -> None:
    """Flush now, inside the guard: a full disk reports itself on flush, which Python would do at exit."""
    if sys.stdout is not None:
        sys.stdout.flush()


def _fill_closed_descriptors() -> None:
    """Put /dev/null on standard descriptors closed at start (`>&-`), so that no file we open later
    becomes descriptor 1 and receives output, and make writing to a closed stdout an error."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
            if name != "stdin":
                setattr(sys, name, _ClosedStream() if name == "stdout" else open(os.devnull, "w"))  # noqa: SIM115


def _fit_streams_to_locale() -> None:
    """UTF-8 on an ASCII locale (`LANG=C` without Python's UTF-8 mode); elsewhere, characters the locale's
    encoding lacks become '?' rather than an UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        encoding = (stream.encoding or "ascii").lower().replace("-", "").replace("_", "")
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            if encoding in ("ascii", "ansix3.41968", "usascii", "646"):
                stream.reconfigure(encoding="utf-8", errors="replace")
            elif encoding not in ("utf8", "utf8sig"):
                stream.reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After stdout failed, point it at /dev/null, so that Python's own flush at exit does not fail again."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    with contextlib.suppress(Exception):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115


def _say(message: str) -> None:
    with contextlib.suppress(Exception):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()


def write_data(text: str | bytes) -> None:
    """Machine output (JSON, Markdown, normalized text, a spreadsheet) on stdout; text as UTF-8 whatever
    the locale."""
    if sys.stdout is None or isinstance(sys.stdout, _ClosedStream):
        raise OSError(errno.EBADF, "standard output is closed")
    sys.stdout.flush()
    target = getattr(sys.stdout, "buffer", None)
    if target is None:  # a replaced stdout (tests, notebooks) takes text
        sys.stdout.write(text if isinstance(text, str) else text.decode("utf-8", errors="replace"))
        return
    data = memoryview(text.encode("utf-8", errors="replace") if isinstance(text, str) else text)
    while data:  # a pipe takes part of a large write and returns its size; the rest would be lost
        data = data[target.write(data) :]
    target.flush()


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl-C; `signum` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def signal_number(stop: KeyboardInterrupt) -> int:
    return stop.signum if isinstance(stop, Stopped) else signal.SIGINT


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into `Stopped` for the duration, so that clean-up code runs."""

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    previous = {name: signal.signal(name, stop) for name in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(name, handler)


def parse_size(text: str) -> int:
    """Bytes from '512M', '2G', '1.5GiB', '100k' or a number of bytes (binary units)."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a size (examples: 500M, 2G, 1048576)")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2", "pypdf", "PIL")


def quiet_library_logs() -> None:
    """pdfminer and friends log warnings ("Invalid MediaBox") that are not the user's business: our own
    messages say what went wrong, in one line. (Workers inherit this when forked.)"""
    logging.getLogger().addHandler(logging.NullHandler())
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def show_library_logs() -> None:
    """With --debug, the libraries' own warnings reach stderr."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
