"""Write tests/data/golden/*.json with the code of a git revision (default: main), for tests/test_speed.py.

    python tools/make_golden.py [REV]

Run it when the output of main changes on purpose; the files record what that revision's reader and
pipeline give, so that a faster reader can be shown to give the same bytes.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"

WRITE = """import sys
from pathlib import Path
from hpextract.pipeline import extract, report_json
Path(sys.argv[2]).write_text(report_json(extract(Path(sys.argv[1]))), encoding="utf-8")
"""


def main() -> None:
    revision = sys.argv[1] if len(sys.argv) > 1 else "main"
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"], capture_output=True, check=True)
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        inputs = [line for line in (GOLDEN / "INPUTS.txt").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("#")]
        for source in (ROOT / line for line in inputs):
            target = GOLDEN / f"{source.stem}.json"
            subprocess.run([sys.executable, "-c", WRITE, str(source), str(target)], check=True,
                           env={**os.environ, "PYTHONPATH": str(Path(folder) / "src")})
            print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
