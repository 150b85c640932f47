"""Splitting generated English text into sentences (model output only).

Article sentences arrive already split by the pipeline; this is for what a seq2seq model writes, which is one
paragraph. CNN/DM-trained models also write tokenised spacing ("Malta .", "( AP )"), repaired first.
"""

from __future__ import annotations

import re

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?%)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")


def tidy(text: str) -> str:
    text = text.replace("<n>", " ")  # pegasus-style newline markers
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = re.sub(r"\s+'s\b", "'s", text)
    return re.sub(r"\s+", " ", text).strip()


def split_english(text: str) -> list[str]:
    """Sentences of `text` (pysbd, English rules), tidied, empty pieces dropped."""
    import pysbd  # deferred: only the abstractive summarisers need it

    text = tidy(text)
    if not text:
        return []
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]
