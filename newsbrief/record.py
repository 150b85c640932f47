"""The article record: one per input, gaining fields as it passes the stages.

`Article.to_dict()` is the JSON contract of DESIGN.md (schema ``newsbrief/1``);
keys may be added, never renamed without bumping `SCHEMA`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsbrief import SCHEMA


@dataclass
class Sentence:
    """The alignment unit: one source sentence and its English."""

    paragraph: int
    src: str
    en: str | None = None
    score: float | None = None
    #: set only for a sentence in another language than the article's, kept as it is (en == src)
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"paragraph": self.paragraph, "src": self.src, "en": self.en, "score": self.score}
        if self.lang is not None:
            out["lang"] = self.lang
        return out


@dataclass
class Takeaway:
    text: str
    evidence: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": list(self.evidence)}


@dataclass
class Article:
    source: str
    language: str = "und"
    language_confidence: float = 0.0
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    text: str = ""
    source_takeaways: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    title_en: str | None = None
    text_en: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    takeaways: list[Takeaway] = field(default_factory=list)
    models: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: dict[str, str] | None = None
    id: str | None = None  # the input record's id, for articles read from a record archive (DESIGN.md)

    @property
    def paragraphs(self) -> list[str]:
        """The clean body split into paragraphs (they are separated by one blank line)."""
        return [p for p in self.text.split("\n\n") if p.strip()]

    def fail(self, kind: str, message: str) -> None:
        self.error = {"type": kind, "message": message}

    def to_dict(self) -> dict[str, Any]:
        record = {
            "schema": SCHEMA,
            "source": self.source,
            "language": self.language,
            "language_confidence": round(self.language_confidence, 4),
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "text": self.text,
            "source_takeaways": list(self.source_takeaways),
            "removed": list(self.removed),
            "title_en": self.title_en,
            "text_en": self.text_en,
            "sentences": [s.to_dict() for s in self.sentences],
            "takeaways": [t.to_dict() for t in self.takeaways],
            "models": dict(self.models),
            "warnings": list(self.warnings),
            "error": self.error,
        }
        if self.id is not None:  # only archive records have one; a .txt article's record is unchanged
            record = {"schema": SCHEMA, "source": self.source, "id": self.id, **record}
        return record
