"""`python3 -m hpextract` runs the command line."""

from hpextract.cli import run

run()
