"""Issue 14: the HTML of `history` and `diff`, self-contained, Swedish by default, tested in a real browser
(Debian's chromium, headless, driven by selenium through Debian's chromedriver; install.sh installs both)."""

from __future__ import annotations

import base64
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from typer.testing import CliRunner

from hpextract.cli import app

from .conftest import squash
from .test_history import EXPECTED, V21, V22, V23

SWEDISH = {
    "not_started": "Ej påbörjad", "in_progress": "Pågår", "proposal_submitted": "Förslag lämnat",
    "partially_completed": "Delvis genomförd", "completed": "Genomförd", "handled_elsewhere": "Hanteras på annat sätt",
}


def write_html(tmp_path: Path, name: str, *args: str) -> Path:
    out = tmp_path / name
    result = CliRunner().invoke(app, [*args, "-f", "html"])
    assert result.exit_code == 0, result.output
    out.write_text(result.stdout, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, "Debian chromium and chromium-driver are needed (install.sh installs them)"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tmp_path_factory.mktemp("chromium-profile")
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                     "--window-size=1280,1100"):
        options.add_argument(argument)
    session = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    yield session
    session.quit()


def test_history_html_in_a_browser(json_versions: list[str], tmp_path: Path, browser: Any) -> None:
    page = write_html(tmp_path, "history.html", "history", *json_versions)
    html = page.read_text(encoding="utf-8")
    # Self-contained: nothing fetched, no external style sheet or script.
    assert not re.search(r"\b(?:src|href)\s*=|<link\b|@import|url\(", html)
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.matrix thead th")]
    assert headers[0] == "Punkt" and headers[-1] == "Senast ändrad"
    assert [h.split("\n")[0] for h in headers[2:5]] == [V21, V22, V23]
    rows = browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
    assert len(rows) == len(EXPECTED)
    for row, (ids, categories, last) in zip(rows, EXPECTED, strict=True):
        cells = row.find_elements(By.TAG_NAME, "td")
        assert cells[0].text == " → ".join(dict.fromkeys(i for i in ids if i))
        assert [c.get_attribute("data-category") or None for c in cells[2:5]] == list(categories)
        assert [c.text for c in cells[2:5]] == [SWEDISH[c] if c else "saknas" for c in categories]
        assert cells[5].text == (last or "–")
    # An expander opens: item 1 in 2023 shows its evidence and the words added to its status text.
    cell = rows[0].find_elements(By.TAG_NAME, "td")[4]
    details = cell.find_element(By.TAG_NAME, "details")
    evidence = cell.find_element(By.TAG_NAME, "blockquote")
    assert details.get_attribute("open") is None and not evidence.is_displayed()
    cell.find_element(By.TAG_NAME, "summary").click()
    assert details.get_attribute("open") is not None and evidence.is_displayed()
    assert evidence.text == "Uppdraget är därmed genomfört."
    assert "Föregående status: Pågår" in cell.text
    assert "CS beslutade 2022-11-25" in " ".join(i.text for i in cell.find_elements(By.TAG_NAME, "ins"))
    shot = tmp_path / "history.png"
    assert browser.save_screenshot(str(shot)) and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Printed, the page keeps the matrix and the cell that was opened.
    printed = pdfplumber.open(io.BytesIO(base64.b64decode(browser.print_page())))
    text = squash(" ".join(page.extract_text() or "" for page in printed.pages))
    # Only the opened cell's details are printed (its lines interleave with the neighbouring columns').
    assert text.startswith("Status över tid") and text.count("Föregående status:") == 1
    assert printed.pages[0].width > printed.pages[0].height  # A4 landscape, from the page's CSS


def test_diff_html_in_a_browser(json_versions: list[str], tmp_path: Path, browser: Any) -> None:
    page = write_html(tmp_path, "diff.html", "diff", json_versions[0], json_versions[1])
    again = write_html(tmp_path, "again.html", "diff", json_versions[0], json_versions[1])
    assert page.read_bytes() == again.read_bytes()  # deterministic: no timestamp, no random id
    browser.get(page.as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
    assert len(rows) == 19
    transitions = browser.find_elements(By.CSS_SELECTOR, "table.transitions tbody tr")
    assert [r.text for r in transitions][6:] == ["11 Förslag lämnat Genomförd", "17 Förslag lämnat Genomförd"]
    assert len(transitions) == 8
    assert "Statusändringar" in browser.find_element(By.TAG_NAME, "body").text
    # Item 3's details: proposal c) removed, e) added, d) and e) relettered.
    item = next(d for d in browser.find_elements(By.CSS_SELECTOR, "details.item-details") if d.text.startswith("3 "))
    item.find_element(By.TAG_NAME, "summary").click()
    text = item.text
    assert "c) borttaget" in text and "e) nytt" in text and "d) → c) ny beteckning" in text


def test_html_in_english_and_filtered(json_versions: list[str], tmp_path: Path, browser: Any) -> None:
    page = write_html(tmp_path, "en.html", "diff", json_versions[0], json_versions[1], "--lang", "en",
                      "--status", "completed")
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "Status transitions" in browser.find_element(By.TAG_NAME, "body").text
    rows = browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
    ids = [r.find_element(By.TAG_NAME, "td").text for r in rows]
    assert ids == ["7", "11", "13", "16", "17", "18"]
