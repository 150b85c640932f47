"""A fact check's box label alone on its line, joined with the value line under it before the lines are classified.

A scraper that flattens a fact check's claim box leaves the label and its value on separate lines: "CLAIM" / "The
city sold all its parks in a secret deal." / "VERDICT" / "False" (nl "Bewering" / … / "Oordeel" / "Onwaar", ar
"الادعاء" / … / "التقييم" / "زائف"). Read line by line, the bare label is furniture (the phrase lists' ``fact_label``)
and goes, while the claim stays as an unlabelled sentence of the story: the summariser then gives the false claim as
the page's first finding, and the verdict is a lone "False" in the body. Joined ("CLAIM: The city sold …", "VERDICT:
False"), the pair reads as the same page written with colons: classify.py's claim box and summarise/factcheck.py
(labelled claims are no takeaways) and summarise/verdicts.py (the verdict) read it as they read any labelled box.

The value is the next line when it is no label itself, no labelled line already ("CLAIM: …"), and one sentence or
paragraph long at most (VALUE_MAX_WORDS): a label over a whole story section is a heading, not a box's label. A box
has two labels at least, the claim's and the verdict's, one value apart (BOX_REACH): a lone "Rating" / "M (Mature)"
on a game's page or "Verdict" over a review's last section is no fact check's box, and is left to the classifier.
A weaker label (``fact_box_label``: "What we found", "Our ruling", "Wat klopt er?", "النتيجة") also heads a story's own
section: it counts only in a box with a ``fact_label`` ("What was claimed" / … / "What we found" / …).
"""

from __future__ import annotations

from newsbrief.normalise.features import word_tokens
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import MAX_PHRASE_LINE, in_group, phrase_sets

#: the value under a box label is a claim (one or two sentences) or a verdict's word: at most this many words
VALUE_MAX_WORDS = 60
#: a box label is a whole phrase of the lists (``fact_label``, ``fact_box_label``: four words at most), with room to spare
LABEL_MAX_WORDS = 8
#: the separator written between the label and its value: the colon the ``claim_label`` phrases look for
LABEL_SEPARATOR = ": "
#: the next (or the previous) label of the box stands this many lines from a label at most (label, value, label)
BOX_REACH = 2


def _bare_label(line: Line, group: str = "fact_label") -> bool:
    """Whether the line is a fact check's box label alone (``fact_label``: "CLAIM", "Ons oordeel", "التقييم"; or
    `group`'s)."""
    text = line.text.strip().rstrip(":")
    if len(text) > MAX_PHRASE_LINE:
        return False  # (`in_group` matches no line this long: a 1 MB line is not tokenised only to be turned down)
    words = len(word_tokens(text))
    # (the labels are whole phrases of four words at most: a longer line is no label, and the phrase lookup, run on
    # every line of a page, is left out for it)
    return 0 < words <= LABEL_MAX_WORDS and in_group(text, words, group, contains=False)


def _any_label(line: Line) -> bool:
    """Whether the line is a box label alone, a strong one or a weak one (``fact_box_label``: "What we found")."""
    return _bare_label(line) or _bare_label(line, "fact_box_label")


def _value(line: Line) -> bool:
    """Whether the line can be a box label's value: not a label, not labelled already, not a section's text."""
    words = len(word_tokens(line.text))
    return 0 < words <= VALUE_MAX_WORDS and not _any_label(line) \
        and phrase_sets()["claim_label"].anchored.match(line.text) is None


def join_label_values(lines: list[Line]) -> list[Line]:
    """`lines` with each bare fact-check label joined to the value line under it ("CLAIM" / "…" as "CLAIM: …"):
    one logical line, which keeps both input lines as its sources."""
    labels = [k for k, line in enumerate(lines) if _any_label(line)]
    strong = {k for k in labels if _bare_label(lines[k])}
    # two labels one value apart, one of them a strong one, are a box (two weak ones are a story's section headings)
    pairs = [(k, nxt) for k, nxt in zip(labels, labels[1:]) if nxt - k <= BOX_REACH and {k, nxt} & strong]
    boxed = {k for pair in pairs for k in pair}
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in boxed and i + 1 < len(lines) and _value(lines[i + 1]):
            value = lines[i + 1]
            # "Wat klopt er?" joins as "Wat klopt er: …" (the colon the claim_label phrases look for)
            label = line.text.strip().rstrip(":?؟ ")
            out.append(Line(label + LABEL_SEPARATOR + value.text.strip(), line.sources + value.sources,
                            line.blank_before, value.width))
            i += 2
            continue
        out.append(line)
        i += 1
    return out
