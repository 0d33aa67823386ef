"""hpextract: Swedish follow-up reports (uppföljning av handlingsplan) into structured JSON."""

__version__ = "0.1.0"
