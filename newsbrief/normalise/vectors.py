"""Numeric features of each line for the learned boilerplate model (`learned.py`), one row per line.

Language-agnostic shape (length, punctuation, capitalisation, digits, separators), stop-word
density (the nl/ar/en lists of the `stop-words` package, merged: no language id needed), position,
repetition within the page, link-list/menu shape (runs of short lines), similarity to the title,
the phrase categories of `phrases.py` and the rule classifier's decision (`classify.py`) as strong
features, and the same for the neighbouring lines. The fitting script (scripts/fit_normaliser.py)
and the normaliser call the same function, so training and use cannot drift apart.
"""

from __future__ import annotations

import functools
import math
import re
from itertools import islice

from newsbrief.normalise.features import Features, word_tokens
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import CATEGORIES, match_key
from summarise.stretches import true_runs

_SEPARATOR = re.compile(r"[|•·»›/>]")
_URLISH = re.compile(r"https?://|www\.|\.com\b|@\w|\w@")
#: what each of _URLISH's (and _YEAR's) matches holds: a line with none is not searched (the regex tries every
#: character of a line that has no match, 0.02 s a MB)
_URL_MARKS = ("http", "www.", ".com", "@")
_YEAR_MARKS = ("19", "20")
_PUNCT = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

#: the rule classifier's reasons, grouped (classify.py); a reason not listed counts as "other"
RULE_GROUPS = {
    "prose": "r_prose",
    "dated lead above the headline": "r_prose",  # classify.DATED_LEAD_REASON
    "short line in the body": "r_short_kept",
    "standfirst": "r_short_kept",
    "standfirst under the headline": "r_short_kept",  # classify.STANDFIRST_REASON
    "list the story announces": "r_short_kept",
    "the story's lead-in": "r_short_kept",  # lists.LEAD_IN_REASON
    "the story's recipe": "r_short_kept",  # recipes.RECIPE_REASON
    "a reader's letter": "r_short_kept",  # letters.LETTER_REASON
    "match facts under the story": "r_short_kept",  # matchfacts.FACTS_BELOW_REASON
    "no running text on the page: kept": "r_short_kept",
    "the story's table, one cell per line": "r_short_kept",  # celltables.CELL_TABLE_REASON (fixed: classify)
    "before the article": "r_before",
    "above the headline": "r_before",
    "section label": "r_before",
    "above the post's head": "r_before",  # posthead.POST_HEAD_REASON
    "after the article": "r_after",
    "comment section": "r_after",
    "comment thread": "r_after",  # comments.THREAD_REASON
    "after the comment form": "r_after",  # comments.FORM_REASON
    "after the post's footer": "r_after",  # comments.FOOTER_REASON
    "menu bar": "r_run",
    "run of short lines (menu or headline list)": "r_run",
    "single word": "r_single",
    "headline link in the body": "r_headline_link",
    "caption": "r_caption",
    "headline": "r_meta",
    "title repeated": "r_meta",
    "byline": "r_meta",
    "date": "r_meta",
    "relative date": "r_meta",
    "live blog entry head": "r_short_kept",  # classify.LIVE_HEAD_REASON: the line under an entry time
    "live blog entry time": "r_single",  # a lone short line, as the model saw it; it then follows its entry (classify)
    "summary box": "r_box",
    "summary box heading": "r_box",
    "related box": "r_box",
    "sign-up box": "r_box",  # boxes.SIGNUP_REASON
    "channel promo": "r_box",  # boxes.PROMO_REASON
    "sponsored block": "r_box",  # sponsored.SPONSORED_BLOCK_REASON
    "condolence notice": "r_box",  # condolence.CONDOLENCE_REASON
    "widget and its item": "r_box",  # widgetitems.WIDGET_ITEM_REASON
    "reference list": "r_box",  # references.REFERENCES_REASON
    "recent comments widget": "r_box",  # commentcredit.WIDGET_REASON
    "cut teaser": "r_box",  # classify.CUT_TEASER_REASON
    "related headline in capitals": "r_box",  # classify.CAPS_HEADLINE_REASON
    "second article": "r_box",
    "second article's header": "r_box",
}
_GROUPS = ("r_prose", "r_short_kept", "r_before", "r_after", "r_run", "r_single", "r_headline_link", "r_caption",
           "r_meta", "r_box", "r_phrase")
_WORD_BINS = (1, 2, 3, 5, 8, 12, 20, 40)

#: features of the line itself; the neighbour block repeats _NEIGHBOUR of them for lines -2..+2
_OWN = (
    ["bias", "log_words", "log_chars", "terminal", "bullet", "capitalised", "prose", "log_repeated", "stop_share",
     "punct_share", "digit_share", "upper_share", "mean_word_len", "commas_per_word", "separators", "urlish", "year",
     "ends_colon", "starts_lower", "blank_before", "title_share", "pos", "pos_sq", "short_run", "prose_run",
     "page_prose_share", "log_page_lines"]
    + [f"w_le_{b}" for b in _WORD_BINS]
    + [f"c_{c}" for c in CATEGORIES]
    + list(_GROUPS)
)
_NEIGHBOUR = ("log_words", "terminal", "prose", "stop_share", "r_prose", "r_before", "r_after", "capitalised")
_OFFSETS = (-2, -1, 1, 2)
FEATURE_NAMES = tuple(_OWN) + tuple(f"{name}@{k:+d}" for k in _OFFSETS for name in _NEIGHBOUR)
#: the row keys of the word bins and the categories, written once (not two dozen f-strings a line)
_BIN_NAMES = tuple((f"w_le_{b}", b) for b in _WORD_BINS)
_CATEGORY_NAMES = tuple((f"c_{c}", c) for c in CATEGORIES)


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English, Dutch and Arabic stop words of the `stop-words` package, in `match_key` form."""
    from stop_words import get_stop_words  # a small pure-Python package holding maintained lists

    words: set[str] = set()
    for language in ("english", "dutch", "arabic"):
        for word in get_stop_words(language):
            words.add(match_key(word))
    return frozenset(w for w in words if w)


def rule_group(reason: str) -> str:
    """The feature group of a rule decision's reason (a reason no table names is a phrase-list match)."""
    return RULE_GROUPS.get(reason, "r_phrase")


def _one_line(text: str, f: Features, stops: frozenset[str], title_words: set[str]) -> dict[str, float]:
    words = word_tokens(text)
    n = len(words)
    # casefold + the alef variants: what match_key does to a single word, at a fraction of its cost; folded as one
    # string (both map a character at a time, and no word holds the NUL that parts them), not once per word
    keys = "\0".join(words[:400]).casefold().translate(_ALEF).split("\0") if words else []
    chars = max(1, len(text))
    alpha = sum(map(str.isalpha, text))
    content = {k for k in keys if len(k) >= 4}
    row = {
        "log_words": math.log1p(n),
        "log_chars": math.log1p(len(text)),
        "terminal": float(f.terminal),
        "bullet": float(f.bullet),
        "capitalised": f.capitalised,
        "prose": float(f.prose),
        "log_repeated": math.log(max(1, f.repeated)),
        "stop_share": (sum(1 for k in keys if k in stops) / len(keys)) if keys else 0.0,
        "punct_share": len(_PUNCT.findall(text)) / chars,
        "digit_share": len(_DIGIT.findall(text)) / chars,
        "upper_share": (sum(map(str.isupper, text)) / alpha) if alpha else 0.0,
        "mean_word_len": min(15.0, sum(map(len, words)) / n) / 10 if n else 0.0,
        "commas_per_word": min(1.0, (text.count(",") + text.count("،")) / n) if n else 0.0,
        "separators": sum(1 for _ in islice(_SEPARATOR.finditer(text), 5)) / 5,
        "urlish": float(any(mark in text for mark in _URL_MARKS) and bool(_URLISH.search(text))),
        "year": float(any(mark in text for mark in _YEAR_MARKS) and bool(_YEAR.search(text))),
        "ends_colon": float(text.rstrip().endswith(":")),
        "starts_lower": float(text[:1].islower()),
        "title_share": (len(content & title_words) / len(content)) if content and title_words else 0.0,
    }
    for name, b in _BIN_NAMES:
        row[name] = float(n <= b)
    for name, c in _CATEGORY_NAMES:
        row[name] = float(c in f.categories)
    return row


def line_vectors(lines: list[Line], feats: list[Features], reasons: list[str], title: str | None) -> list[list[float]]:
    """One row of `FEATURE_NAMES` values per line; `reasons` are the rule classifier's reasons."""
    n = len(lines)
    if n == 0:
        return []
    stops = stop_words()
    title_words = {k for k in (w.casefold().translate(_ALEF) for w in word_tokens(title or "")) if len(k) >= 4}
    rows = [_one_line(line.text, f, stops, title_words) for line, f in zip(lines, feats)]
    short = [f.words <= 6 and not f.terminal for f in feats]
    # length of the run of short lines (a menu, a headline list) and of prose lines each line is in
    short_run = _runs(short)
    prose_run = _runs([f.prose for f in feats])
    page_prose = sum(1 for f in feats if f.prose) / n
    for i, (row, line, reason) in enumerate(zip(rows, lines, reasons)):
        row["bias"] = 1.0
        row["blank_before"] = float(line.blank_before)
        row["pos"] = i / max(1, n - 1)
        row["pos_sq"] = row["pos"] ** 2
        row["short_run"] = math.log1p(short_run[i]) if short[i] else 0.0
        row["prose_run"] = math.log1p(prose_run[i]) if feats[i].prose else 0.0
        row["page_prose_share"] = page_prose
        row["log_page_lines"] = math.log1p(n) / 8
        for g in _GROUPS:
            row[g] = 0.0
        row[rule_group(reason)] = 1.0
    # each line's neighbour block read once, not once for each of the four lines that see it
    near = [[row[name] for name in _NEIGHBOUR] for row in rows]
    none = [0.0] * len(_NEIGHBOUR)
    out = []
    for i, row in enumerate(rows):
        vec = [row[name] for name in _OWN]
        for k in _OFFSETS:
            j = i + k
            vec.extend(near[j] if 0 <= j < n else none)
        out.append(vec)
    return out


def _runs(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of equal True flags it is in (0 where False)."""
    out = [0] * len(flags)
    for i, j in true_runs(flags):
        out[i:j] = [j - i] * (j - i)
    return out
