"""hpextract: Swedish follow-up reports (uppföljning av handlingsplan) into structured JSON."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hpextract")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
