"""Run a batch on a Dask distributed cluster: the same per-file task as the local pool, on many machines.

Workers only compute (`batch.extract_json` on each input, which they must be able to read at the same
path); the client writes every JSON file atomically, so a lost worker never leaves a partial file behind.
A failure stays the failure of its file: a worker that dies is retried by Dask on another one, and after
Dask's own retries the file gets the error "the worker died". The OCR cache is shared when every worker
sees the same folder (`cache_dir`, e.g. on a network file system): its keys are hashes of page images and
its entries are written atomically, so workers can fill it at the same time. A scan's OCR pages are tasks
of their own (`ocr_on_cluster`), so one long scan uses the whole cluster.

Dask cannot stop a task that is running, so the time limit is the client's, counted from when it starts
waiting for that file (files are awaited in input order): a file not done in time is reported as stopped
and its result dropped, while the worker computes on until the task ends.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from hpextract import batch
from hpextract.batch import Options, Outcome
from hpextract.errors import HpextractError
from hpextract.sources.ocr import PageJob, ocr_page, run_pages
from hpextract.sources.page import Page

LOCAL_WORKERS = 2
PAGE_TASKS_OVER = 1
"""A file with more OCR pages than this has each page OCR'd as a task of its own."""


def run_on_dask(
    pairs: list[tuple[Path, Path]], options: Options, on_done: Callable[[Outcome], None],
    scheduler: str | None = None, workers: int = LOCAL_WORKERS, cache_dir: Path | None = None,
) -> list[Outcome]:
    """Process every (input, output) pair on the cluster at `scheduler` (a LocalCluster of `workers`
    processes when None); report and return outcomes in input order, as `batch.run` does."""
    client_class, local_cluster = _dask()
    outcomes: list[Outcome] = []
    with ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(_local_cluster(local_cluster, workers, options.max_memory))
            client = stack.enter_context(client_class(cluster))
        else:
            client = stack.enter_context(_connect(client_class, scheduler))
        futures = [
            client.submit(extract_on_worker, source.resolve(), options, cache_dir, pure=False)
            for source, _ in pairs
        ]
        for (source, target), future in zip(pairs, futures, strict=True):
            outcome = _outcome_of(future, source, target, options)
            on_done(outcome)
            outcomes.append(outcome)
    return outcomes


def extract_on_worker(source: Path, options: Options, cache_dir: Path | None) -> tuple[Outcome, str | None]:
    """The task a worker runs: one file into its JSON text (the OCR cache in `cache_dir` when given), its
    OCR pages spread over the cluster when there are more than PAGE_TASKS_OVER."""
    if cache_dir is not None:
        os.environ["HPEXTRACT_CACHE_DIR"] = str(cache_dir)
    return batch.extract_json(source, options, ocr_runner=ocr_on_cluster)


def ocr_on_cluster(todo: list[PageJob], jobs: int) -> Iterator[Page]:
    """In a file's task: its OCR pages, each a task of its own run by any worker; a file of few OCR pages
    is read in its own task. The file's task leaves its worker's thread pool while it waits (Dask's
    `worker_client`), so the pages may run on that worker too; `jobs` is the cluster's business."""
    if len(todo) <= PAGE_TASKS_OVER:
        yield from run_pages(todo, 1)
        return
    from dask.distributed import as_completed, worker_client

    with worker_client() as client:
        # Ahead of the files not yet started: a started file finishes first, and its pages leave memory.
        futures = client.map(ocr_page, todo, pure=False, priority=1)
        for future in as_completed(futures):
            yield future.result()


def _outcome_of(future: Any, source: Path, target: Path, options: Options) -> Outcome:
    """The file's outcome once its task is done, written by the client; an error if it failed or timed out."""
    try:
        outcome, text = future.result(timeout=options.timeout)
    except TimeoutError:
        future.cancel()
        return Outcome(source=source, error=f"{source.name}: stopped after the time limit of {options.timeout:g} s")
    except Exception as error:  # KilledWorker after Dask's retries, or a task that could not run at all
        killed = type(error).__name__ == "KilledWorker"
        reason = "the worker died (out of memory?)" if killed else f"{type(error).__name__}: {error}"
        return Outcome(source=source, error=f"{source.name}: {reason}")
    return batch._write(outcome, text, source, target, options.force)  # the pool's own atomic write


def _local_cluster(local_cluster: type, workers: int, max_memory: int | None) -> Any:
    """`workers` processes, each held to `max_memory` as Dask holds a worker: its nanny restarts it past 95 %
    of the limit (resident memory), and its tasks go to other workers, up to Dask's retries. Pausing a worker
    at 80 % and spilling are off: results are small, and a worker would wait for memory Python seldom gives back."""
    # Dotted keys: the nanny merges this into its configuration one level deep, the worker sets it key by key.
    memory = {f"distributed.worker.memory.{name}": False for name in ("pause", "spill", "target")}
    return local_cluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                         memory_limit=max_memory or 0, silence_logs=logging.CRITICAL, config=memory)


def _connect(client_class: type, scheduler: str) -> Any:
    try:
        return client_class(scheduler, timeout="10s")
    except OSError as error:
        raise HpextractError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from None


def _dask() -> tuple[type, type]:
    """Dask's Client and LocalCluster, or a one-line error when Dask is not installed."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise HpextractError("--executor dask needs Dask: pip install 'hpextract[dask]'") from None
    return Client, LocalCluster
