"""A scraper's image marker in the text: "[Image: The ferry pier in morning fog]", "[Foto: …]", "[صورة: …]".

Scrapers and text renderings of a page write an image's caption or alt text in square brackets behind a label. The
normaliser keeps it (on an image post the caption is part of what the page says), but a caption describes a
picture; it reports nothing that happened. So:

* a sentence that is a marker is no takeaway candidate where the article has sentences of its own
  (`summarise.extractive` asks `is_marker`); an image post of one caption and nothing else still gets its caption;
* a bullet never shows the wrapper (`strip_markers`, from `summarise.bullets.clean`): a whole marker becomes its
  caption, and a marker glued in front of or after a sentence (the sentence splitter does not cut at "]") goes.

The labels are English (what a translated "[Foto: …]" or "[صورة: …]" becomes) and the Dutch and Arabic ones (text
summarised under a forced language).
"""

from __future__ import annotations

import re

from summarise.text import word_count

_LABEL = (r"(?:image|img|photo|photograph|picture|pic|illustration|graphic|caption|"
          r"foto|afbeelding|beeld|illustratie|bijschrift|صورة|الصورة)")
#: the marker: a label, a colon, the caption, the closing bracket; no bracket inside. The caption takes its spaces
#: too (stripped in Python): optional spaces on both sides of a run of any characters would make a marker without its
#: closing bracket cost time cubic in its length
_MARKER = rf"\[\s*{_LABEL}\s*[:：](?P<caption>[^\[\]]*)\]"
_WHOLE = re.compile(rf"^\s*{_MARKER}\s*[.。]?\s*$", re.IGNORECASE)
_LEADING = re.compile(rf"^\s*{_MARKER}\s+(?=\S)", re.IGNORECASE)
_TRAILING = re.compile(rf"(?<=[.!?؟\"”])\s+{_MARKER}\s*$", re.IGNORECASE)
#: what a glued marker leaves must still be a sentence, else the caption is all there is
MIN_REST_WORDS = 3


def is_marker(sentence: str) -> bool:
    """Is the whole sentence an image marker ("[Image: gulls on the rail]")?"""
    return bool(_WHOLE.match(sentence))


def strip_markers(text: str) -> str:
    """`text` without its image marker's wrapper: a whole marker becomes its caption ("[Image: Fog over the pier]" ->
    "Fog over the pier"), a marker before or after a sentence goes ("[Image: …] The ferry waited …" -> "The ferry
    waited …"); any other text is returned unchanged."""
    whole = _WHOLE.match(text)
    if whole:
        return whole.group("caption").strip()
    for glued in (_LEADING, _TRAILING):
        m = glued.search(text)
        if m:
            rest = text[:m.start()] + text[m.end():]
            if word_count(rest) >= MIN_REST_WORDS:
                return rest.strip()
    return text
