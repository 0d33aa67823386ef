"""The Dask executor on a two-worker LocalCluster (localhost only): the same JSON as the local pool."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hpextract import batch
from hpextract.distributed import run_on_dask

DATA = Path(__file__).parent / "data"
INPUTS = ["v2021.pdf", "other_plan.pdf", "v2022_plain.txt"]


def inputs_with_a_broken_one(folder: Path) -> list[Path]:
    sources = []
    for name in INPUTS:
        shutil.copy(DATA / name, folder / name)
        sources.append(folder / name)
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf")
    return [*sources, broken]


def test_dask_gives_the_local_pools_json_and_per_file_failures(tmp_path: Path) -> None:
    sources = inputs_with_a_broken_one(tmp_path)
    local, dask = tmp_path / "local", tmp_path / "dask"
    options = batch.Options(timeout=300)
    reported: list[batch.Outcome] = []
    expected = batch.run([(s, local / f"{s.stem}.json") for s in sources], options, 1, on_done=lambda o: None)
    outcomes = run_on_dask(
        [(s, dask / f"{s.stem}.json") for s in sources], options, on_done=reported.append, workers=2
    )
    assert [o.source for o in reported] == sources
    assert [o.error is None for o in outcomes] == [True, True, True, False]
    assert outcomes[-1].error == expected[-1].error
    assert "broken.pdf" in outcomes[-1].error
    for source in sources[:-1]:
        assert (dask / f"{source.stem}.json").read_bytes() == (local / f"{source.stem}.json").read_bytes()
    assert [o.items for o in outcomes] == [o.items for o in expected]
    assert not (dask / "broken.json").exists()
    assert sorted(p.name for p in dask.iterdir()) == sorted(f"{s.stem}.json" for s in sources[:-1])  # no temp files


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    from hpextract.errors import HpextractError

    with pytest.raises(HpextractError, match="cannot reach the Dask scheduler"):
        run_on_dask([(DATA / "v2021.pdf", tmp_path / "x.json")], batch.Options(), lambda o: None,
                    scheduler="tcp://127.0.0.1:1")


def test_cli_executor_dask_writes_the_same_json_as_jobs_1(tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "v2021.pdf"
    shutil.copy(DATA / "v2021.pdf", source)
    runs = {"local": ["-j", "1"], "dask": ["--executor", "dask"]}
    for name, extra in runs.items():
        output = str(tmp_path / name)
        command = [sys.executable, "-m", "hpextract.cli", "extract", "-q", str(source), "-o", output, *extra]
        subprocess.run(command, check=True, capture_output=True, timeout=300)
    assert (tmp_path / "dask" / "v2021.json").read_bytes() == (tmp_path / "local" / "v2021.json").read_bytes()


def test_a_scan_is_ocrd_in_page_tasks_and_gives_the_jobs_1_json(tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster, get_task_stream
    from dask.utils import key_split

    scan = tmp_path / "scan.pdf"
    shutil.copy(DATA / "v2021_scanned_p2-3.pdf", scan)  # two scanned pages
    options = batch.Options(timeout=300)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client, get_task_stream(client) as tasks:
        outcomes = run_on_dask([(scan, tmp_path / "dask" / "scan.json")], options, lambda o: None,
                               scheduler=cluster.scheduler_address, cache_dir=tmp_path / "shared-cache")
    assert outcomes[0].error is None, outcomes[0].error
    assert sorted(key_split(task["key"]) for task in tasks.data) == ["extract_on_worker", "ocr_page", "ocr_page"]
    assert len(list((tmp_path / "shared-cache" / "ocr").glob("*.tsv"))) == 2  # the pages' OCR, shared by all
    local = batch.Options(timeout=300, cache=False)  # the OCR done again, here
    batch.run([(scan, tmp_path / "local" / "scan.json")], local, 1, on_done=lambda o: None)
    assert (tmp_path / "dask" / "scan.json").read_bytes() == (tmp_path / "local" / "scan.json").read_bytes()
