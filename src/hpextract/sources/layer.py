"""Whether a PDF page's own text layer can be read as it is, or needs OCR.

Apart from the OCR itself (sources/ocr.py, which loads numpy, PIL and the scan-table readers): a digital report
is judged here without loading any of them.
"""

from __future__ import annotations


def page_needs_ocr(text: str) -> bool:
    """True for a page whose text layer is empty or judged damaged (Swedish that lost å/ä/ö). A layer
    mostly in another script (Hebrew, Arabic, Chinese …) is kept: the Swedish model would only garble it."""
    from hpextract.normalize.normalizer import text_layer_quality

    if not any(char.isalpha() for char in text):
        return True
    return not mostly_other_script(text) and text_layer_quality(text)[0] == "damaged"


def mostly_other_script(text: str) -> bool:
    """True when most letters of `text` are not Latin (Latin blocks end at U+024F, plus U+1E00–U+1EFF)."""
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if char <= "\u024f" or "\u1e00" <= char <= "\u1eff")
    return latin * 2 < len(letters)
