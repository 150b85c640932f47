"""The faithfulness guard for abstractive output: numbers and names must come from the article.

A bullet mentioning a number or a capitalised name that the article never mentions is most likely a model
hallucination (a wrong figure, a person from the training data); it is dropped and the drop is reported in the
summary's warnings. Comparison is forgiving about form ("2,100" = "2100", "Israël" = "Israel", "Malta's" = "Malta",
plural/tense variants), strict about content.
"""

from __future__ import annotations

from summarise.text import STOPWORDS, capitalised_names, normalise_word, numbers, stem, words


class ArticleFacts:
    """The numbers and word forms of an article, for checking bullets against it."""

    def __init__(self, sentences: list[str], title: str | None = None) -> None:
        text = "\n".join(([title] if title else []) + list(sentences))
        self.numbers = numbers(text)
        self.forms: set[str] = set()
        for w in words(text):
            for part in w.split("-"):
                n = _bare(normalise_word(part))
                if n:
                    self.forms.add(n)
                    self.forms.add(stem(n))

    def unsupported(self, bullet: str) -> list[str]:
        """The numbers and names in `bullet` that the article does not contain (empty list: the bullet passes)."""
        missing: list[str] = []
        for num in sorted(numbers(bullet)):
            if num not in self.numbers:
                missing.append(num)
        names = set(capitalised_names(bullet))
        toks = words(bullet)
        if toks:
            first = normalise_word(toks[0])
            # a sentence-initial word is a name only if it is not an ordinary word: check it unless a stop word
            if first not in STOPWORDS and toks[0][:1].isupper():
                names.add(first)
        for name in sorted(names):
            parts = [_bare(p) for p in name.split("-") if _bare(p)]
            if not parts or all(p in STOPWORDS for p in parts):
                continue
            if not all(p in self.forms or stem(p) in self.forms or p in STOPWORDS for p in parts):
                missing.append(name)
        return missing


def _bare(word: str) -> str:
    """Drop a possessive and surrounding punctuation: "malta's" -> "malta"."""
    word = word.strip(".'’")
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def filter_bullets(bullets: list[str], facts: ArticleFacts) -> tuple[list[str], list[str]]:
    """(bullets that pass, one warning per dropped bullet)."""
    kept, warnings = [], []
    for bullet in bullets:
        missing = facts.unsupported(bullet)
        if missing:
            shown = ", ".join(repr(m) for m in missing[:4])
            warnings.append(f"dropped a generated takeaway with {shown} not found in the article: {bullet!r}")
        else:
            kept.append(bullet)
    return kept, warnings


