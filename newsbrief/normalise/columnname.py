"""A columnist's name alone on its line, next to the column's label.

An opinion page often prints no "By" before its author: "Column" / "Our schools need fewer tests …" / "Daniel Okoro",
"Column" / "Karin Mulder" / headline, "رأي" / headline / "سامي يوسف". A plain capitalised pair above a headline is
more often a section ("Premier League") and Arabic has no case to tell a name by, so the name is taken only where it
is safe: a lone line of two to four name words right above or right under the headline, with the phrase lists'
``column_label`` ("Column", "Opinion", "Opinie", "رأي", "مقالات الرأي") right above the pair, on its own (a menu's
"Opinion" item over a kicker is no column label). Any other short line stays what it was.
"""

from __future__ import annotations

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import lone_name
from newsbrief.normalise.phrases import in_group

#: the column's label stands right above the headline and the name (the upper of the two)
COLUMN_LABEL_REACH = 1
#: a column's label is a short line ("Column", "Opinion column", "مقالات الرأي")
COLUMN_LABEL_MAX_WORDS = 3


def column_author(lines: list[Line], feats: list[Features], i: int, title_idx: int | None) -> bool:
    """Whether line `i` is the columnist's name: a lone name right above or right under the headline `title_idx`,
    and a column label above them (see the module docstring)."""
    if title_idx is None or abs(i - title_idx) != 1:
        return False
    text, f = lines[i].text, feats[i]
    if f.categories or f.terminal or f.bullet:
        return False
    # (an Arabic name never opens with the article: "الرأي الآخر" under "رأي" is the column's name, not a person's)
    if not lone_name(text, f) or f.arabic and text.strip().startswith("ال"):
        return False
    top = min(i, title_idx)
    return any(_column_label(lines, feats, k) for k in range(max(0, top - COLUMN_LABEL_REACH), top))


def _column_label(lines: list[Line], feats: list[Features], k: int) -> bool:
    """A column label standing alone: not the last item of a menu run over the headline ("Politics" / "Opinion" /
    "Health News" / a kicker "BLACK DEATH FEARS" / headline: the kicker is no columnist), so the line above the label
    is no other short line."""
    if feats[k].words > COLUMN_LABEL_MAX_WORDS or not in_group(lines[k].text, feats[k].words, "column_label"):
        return False
    return k == 0 or not _short_item(feats[k - 1])


def _short_item(f: Features) -> bool:
    """A menu item's shape: a line of a few words, no sentence."""
    return f.words <= COLUMN_LABEL_MAX_WORDS and not f.terminal and not f.prose
