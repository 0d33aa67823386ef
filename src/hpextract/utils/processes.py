"""Guards for the processes we start (batch workers, OCR pools and Tesseract): none may outlive its parent."""

from __future__ import annotations

import os

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux PR_SET_PDEATHSIG), so that no OCR
    outlives the run that started it, whatever signal ended that run."""
    import ctypes
    import ctypes.util
    import signal

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's own clean-up has to do
        return


def forget_inherited_fork_server() -> None:
    """In a process forked from one that had started multiprocessing's fork server: start a fork server of
    our own when an OCR pool needs one. The inherited one is not our child, so multiprocessing's check that
    it still runs fails (waitpid: ECHILD), and the OCR processes it forked would be outside this process's
    group, beyond the reach of its time limit. These are CPython's private attributes (3.8 to 3.13, checked
    on 3.11); where they differ, a fresh fork server object stands in for the inherited one."""
    import threading
    from multiprocessing import forkserver

    server = forkserver._forkserver
    try:
        if server._forkserver_pid is None:
            return
        os.close(server._forkserver_alive_fd)  # our copy only: the parent's server lives on for the parent
        server._forkserver_pid = server._forkserver_address = server._forkserver_alive_fd = None
        server._lock = threading.Lock()  # it may have been held by another thread of the parent at the fork
    except (AttributeError, OSError, TypeError):
        forkserver._forkserver = forkserver.ForkServer()
        for name in ("ensure_running", "get_inherited_fds", "connect_to_new_process", "set_forkserver_preload"):
            setattr(forkserver, name, getattr(forkserver._forkserver, name))
