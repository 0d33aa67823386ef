"""Component versions are looked up once per installation and kept in the cache folder; any change that an
install makes, and any damage to the record, means a fresh look-up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hpextract import versions
from hpextract.versions import component_versions


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path))
    component_versions.cache_clear()
    yield tmp_path / "versions.json"
    component_versions.cache_clear()


def _fresh() -> dict[str, str]:
    component_versions.cache_clear()
    return component_versions()


def _looked_up(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the look-ups that follow (they still happen)."""
    calls: list[int] = []
    look_up = versions._look_up

    def counted() -> tuple[dict[str, str], list[Path]]:
        calls.append(1)
        return look_up()

    monkeypatch.setattr(versions, "_look_up", counted)
    return calls


def test_the_second_run_reads_the_record_and_gets_the_same_versions(cache: Path, monkeypatch) -> None:
    first = component_versions()
    assert first["tesseract"].startswith("tesseract ") and first["pdfplumber"] != "not installed"
    record = json.loads(cache.read_text(encoding="utf-8"))
    assert record["versions"] == first
    assert any(name.endswith("swe.traineddata") for name in record["files"])  # the model it was read from
    calls = _looked_up(monkeypatch)
    assert list(_fresh().items()) == list(first.items())  # in the same order: the JSON stays byte-identical
    assert calls == []


def test_a_changed_model_file_means_a_fresh_look_up(cache: Path, monkeypatch) -> None:
    component_versions()
    record = json.loads(cache.read_text(encoding="utf-8"))
    model = next(name for name in record["files"] if name.endswith("swe.traineddata"))
    record["files"][model] = [1, 1]  # as if the model had been replaced since
    cache.write_text(json.dumps(record), encoding="utf-8")
    calls = _looked_up(monkeypatch)
    _fresh()
    assert calls == [1]
    assert json.loads(cache.read_text(encoding="utf-8"))["files"][model] != [1, 1]  # written again


def test_another_installation_stamp_means_a_fresh_look_up(cache: Path, monkeypatch) -> None:
    component_versions()
    record = json.loads(cache.read_text(encoding="utf-8"))
    record["stamp"][-1] = "tesseract /elsewhere/tesseract [1, 1]"
    record["versions"]["tesseract"] = "tesseract 0.0 (stale)"
    cache.write_text(json.dumps(record), encoding="utf-8")
    calls = _looked_up(monkeypatch)
    assert _fresh()["tesseract"] != "tesseract 0.0 (stale)"
    assert calls == [1]


@pytest.mark.parametrize("damage", ["", "{", '{"format": 1}', '{"format": 1, "stamp": [], "files": {}, "versions": 3}'])
def test_a_damaged_record_means_a_fresh_look_up(cache: Path, monkeypatch, damage: str) -> None:
    expected = component_versions()
    cache.write_text(damage, encoding="utf-8")
    calls = _looked_up(monkeypatch)
    assert _fresh() == expected
    assert calls == [1]


def test_a_cache_that_cannot_be_written_still_gives_the_versions(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(blocked / "cache"))
    try:
        assert _fresh()["hpextract"]
    finally:
        component_versions.cache_clear()
