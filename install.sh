#!/usr/bin/env bash
# Install hpextract and everything it needs on a fresh Debian machine (system packages need root).
set -euo pipefail
cd "$(dirname "$0")"
# chromium and chromium-driver: the HTML outputs are tested in a real browser (tests/test_html.py).
APT_PACKAGES=(hunspell-sv-se tesseract-ocr tesseract-ocr-swe chromium chromium-driver)
if [ ${#APT_PACKAGES[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
fi
python3 -m pip install --quiet --disable-pip-version-check -e '.[dev]'
