"""The exceptions of hpextract: every one is a problem explained in one line, never a bug of ours.

The CLI turns any `HpextractError` into `error: <message>` on stderr and a non-zero exit; a library
caller can catch the base class, or a subclass to tell the kinds of problem apart:

- `InputError`: the input cannot be read as a report (missing, empty, not a PDF, damaged, encrypted,
  binary, undecodable); `LimitExceeded`, a subclass, when it passes a resource limit (size, memory,
  page pixels).
- `OutputError`: an output cannot or may not be written (exists and is not ours, a FIFO, raw/).
- `ToolError`: a program hpextract needs is missing or broken (Tesseract, its Swedish model).
- `SchemaError`: a JSON file is not a valid hpextract report or diff.
"""


class HpextractError(Exception):
    """A problem with the user's input or environment, explained in one line."""


class InputError(HpextractError):
    """An input that cannot be read as a report."""


class LimitExceeded(InputError):
    """An input that passes a resource limit (input size, memory, rendered page size)."""


class OutputError(HpextractError):
    """An output that cannot, or may not, be written."""


class ToolError(HpextractError):
    """An external program hpextract needs is missing or does not work."""


class SchemaError(HpextractError):
    """A JSON file that is not a valid hpextract report or diff."""
