"""hpextract: Swedish follow-up reports (uppföljning av handlingsplan) into structured JSON.

    >>> import hpextract
    >>> report = hpextract.extract("v2021.pdf")        # a path, bytes or a binary file object
    >>> text = hpextract.report_json(report)           # canonical, byte-identical JSON

Errors with the input or the environment raise `hpextract.HpextractError` (subclasses in
`hpextract.errors`), each with a one-line message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hpextract.errors import HpextractError, InputError, LimitExceeded, OutputError, SchemaError, ToolError

if TYPE_CHECKING:
    from hpextract.api import extract
    from hpextract.pipeline import report_json

__all__ = [
    "HpextractError", "InputError", "LimitExceeded", "OutputError", "SchemaError", "ToolError", "__version__",
    "extract", "report_json",
]


def __getattr__(name: str) -> Any:
    """`extract` and `report_json` load the pipeline on first use, and `__version__` is looked up in the
    installed metadata on first use (40 ms), so that `import hpextract` stays light."""
    if name == "__version__":
        globals()["__version__"] = _installed_version()
        return globals()["__version__"]
    if name == "extract":
        from hpextract.api import extract

        return extract
    if name == "report_json":
        from hpextract.pipeline import report_json

        return report_json
    raise AttributeError(f"module 'hpextract' has no attribute {name!r}")


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hpextract")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"
