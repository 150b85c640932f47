"""The learned boilerplate model: the shipped parameters, the features, and how its decision is used.

Hand-written lines only; the model's quality on real pages is measured by scripts/fit_normaliser.py
(site-grouped cross-validation, BENCHMARKS.md), not here.
"""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from newsbrief.errors import ConfigError
from newsbrief.normalise import normalise_text
from newsbrief.normalise.classify import rule_classify
from newsbrief.normalise.features import line_features
from newsbrief.normalise.learned import (
    MODEL_FILE, check_model, content_probabilities, decide, decide_page, packaged_model,
)
from newsbrief.normalise.pagemode import PAGE_FEATURE_NAMES, choose_mode, page_features
from newsbrief.normalise.lines import split_lines
from newsbrief.normalise.vectors import FEATURE_NAMES, line_vectors

PAGE = "\n".join([
    "Home", "Nieuws", "Sport", "Zoeken",
    "Gemeente sluit zwembad voor groot onderhoud",
    "Het overdekte zwembad in het centrum gaat vanaf maandag drie maanden dicht voor groot onderhoud.",
    "De gemeente vervangt het dak en de installaties, die volgens een rapport niet meer veilig waren.",
    "Zwemclubs mogen in die periode gebruikmaken van het bad in de buurgemeente, zegt de wethouder.",
    "Meest gelezen", "Brand in loods aan de haven", "Nieuwe burgemeester beëdigd",
    "© 2025 Dagblad van het Noorden",
])


def _vectors(text):
    lines = split_lines(text)
    feats = line_features(lines)
    decisions, title = rule_classify(lines, feats)
    return lines, line_vectors(lines, feats, [d.reason for d in decisions], title)


def test_packaged_model_fits_these_features_and_is_small():
    params = packaged_model()
    assert params["line"]["features"] == list(FEATURE_NAMES)
    size = len((resources.files("newsbrief.normalise") / MODEL_FILE).read_bytes())
    assert size < 400_000  # weights only: no text, no data


def test_a_model_fitted_for_other_features_is_refused():
    params = copy.deepcopy(packaged_model())
    params["line"]["features"] = params["line"]["features"][:-1]
    with pytest.raises(ConfigError, match="refit"):
        check_model(params)


def test_probabilities_separate_menu_from_story_in_dutch():
    lines, vectors = _vectors(PAGE)
    probs = dict(zip((line.text for line in lines), content_probabilities(vectors)))
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    story = [t for t in probs if t.startswith(("Het overdekte", "De gemeente vervangt", "Zwemclubs"))]
    assert len(story) == 3
    assert min(probs[t] for t in story) > max(probs["Home"], probs["Zoeken"], probs["© 2025 Dagblad van het Noorden"])


def test_stop_word_share_is_high_for_prose_in_each_language():
    idx = FEATURE_NAMES.index("stop_share")
    for prose, menu in [
        ("De gemeente zegt dat het zwembad in de zomer weer open gaat voor alle inwoners.", "Binnenland Buitenland Sport"),
        ("قال المتحدث إن الحملة ستبدأ في الشهر المقبل وتستمر لمدة ثلاثة أسابيع.", "الرئيسية سياسة اقتصاد رياضة"),
        ("The council said that the pool will open again in the summer for all residents.", "Business Sport Weather"),
    ]:
        _, vectors = _vectors(prose + "\n" + menu)
        assert vectors[0][idx] > 0.25 > vectors[1][idx]


def test_rules_decide_a_page_where_the_model_would_keep_nothing():
    fixed = [False, None, None, None]          # a title the rules placed, three body lines
    rule_kept = [False, True, True, True]
    words = [5, 30, 25, 20]
    params = {"threshold": 0.5, "fallback": 0.25}
    assert decide(fixed, rule_kept, [0.9, 0.1, 0.05, 0.2], words, params) == rule_kept
    assert decide(fixed, rule_kept, [0.9, 0.8, 0.05, 0.2], words, params) == [False, True, False, False]


def test_line_roles_say_what_the_model_decided():
    art = normalise_text(PAGE)
    reasons = [reason for _, role, reason in art.line_roles if role == "content"]
    assert reasons and all(reason.startswith("model ") for reason in reasons)
    rules_only = normalise_text(PAGE, model=False)
    assert not any(reason.startswith("model ") for _, _, reason in rules_only.line_roles)


def test_model_file_is_readable_json_with_one_row_per_feature():
    text = (resources.files("newsbrief.normalise") / MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 2 and "note" in data
    assert text.count("\n") > len(FEATURE_NAMES) // 2  # not one long line: a person can read and diff it


# --- the page layer (pagemode.py): one mode per page ---------------------------------------------

def _layer_preferring(mode: int) -> dict:
    """A page layer that picks `mode` whatever the page (intercepts only), with the packaged modes."""
    page = packaged_model()["page"]
    n = len(PAGE_FEATURE_NAMES)
    return {"modes": page["modes"], "features": list(PAGE_FEATURE_NAMES), "mean": [0.0] * n, "scale": [1.0] * n,
            "coef": [[0.0] * n for _ in page["modes"]],
            "intercept": [1.0 if m == mode else 0.0 for m in range(len(page["modes"]))]}


def test_packaged_page_layer_has_one_row_per_feature_and_starts_with_the_article_mode():
    page = packaged_model()["page"]
    assert page["features"] == list(PAGE_FEATURE_NAMES)
    assert len(page["coef"]) == len(page["intercept"]) == len(page["modes"]) >= 2
    assert page["modes"][0][1] is False  # the first mode keeps the rules' header and comment decisions


def test_only_an_open_mode_lets_the_model_overrule_the_header_and_comment_rules():
    # a banner above the headline (soft, removed by the rules) that the model finds content-like, then the story
    fixed = [False, None, None]
    soft = [True, False, False]
    rule_kept = [False, True, True]
    probs, words = [0.9, 0.9, 0.9], [6, 30, 25]
    vectors = [[0.0] * len(FEATURE_NAMES) for _ in probs]
    modes = packaged_model()["page"]["modes"]
    open_mode = next(m for m, mode in enumerate(modes) if mode[1])
    for mode, banner_kept in ((0, False), (open_mode, True)):
        params = {"fallback": 0.25, "page": _layer_preferring(mode)}
        keep, chosen = decide_page(fixed, soft, rule_kept, probs, words, vectors, ["above the headline", "prose",
                                                                                    "prose"], True, params)
        assert chosen == mode
        assert keep == [banner_kept, True, True]


def test_page_features_are_shares_of_the_page():
    lines, vectors = _vectors(PAGE)
    n = len(lines)
    words = [len(line.text.split()) for line in lines]
    kept = [[True] * n] + [[False] * n] * 4
    row = page_features(vectors, [0.5] * n, words, [True] * n, [False] * n, ["prose"] * n, True, kept)
    assert len(row) == len(PAGE_FEATURE_NAMES)
    named = dict(zip(PAGE_FEATURE_NAMES, row))
    assert named["kept_article"] == 1.0 and named["kept_open"] == 0.0 and named["rules_kept"] == 1.0
    assert named["has_title"] == 1.0 and 0.0 <= named["prose_share"] <= 1.0
    assert choose_mode(row, None) == 0  # no layer: the article mode
