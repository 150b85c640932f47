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
    decisions, title, feats = rule_classify(lines, feats)
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


#: a recipe blog post whose method (long, dense steps) the rules take for the body, under "Making the Dough:" as
#: the headline: the post's own story and the ingredients stand above that "headline"
STORY_ABOVE_THE_HEADLINE = [
    "Home", "Recipes", "About", "Shop", "Contact",
    "October 23, 2012",
    "I have wanted to bake these spiced rolls ever since the first cold morning of the autumn came around this year.",
    "My sister came over on Sunday, and we spent the whole afternoon in the kitchen with flour on every surface.",
    "The dough is soft and forgiving, so you do not need to worry if you have never baked with yeast before.",
    "We ate the first batch warm, standing at the counter, and the second one went to the neighbours next door.",
    "Spiced Cinnamon Rolls", "makes 8 large rolls", "For the dough:", "1 package active dry yeast",
    "1/2 cup warm milk", "2 3/4 cups flour", "1 large egg", "For the filling:", "1/2 cup brown sugar",
    "1 tablespoon ground cinnamon",
    "Making the Dough:",
    "In the bowl of a stand mixer combine the yeast, a pinch of sugar and the warm milk, then stir and let it rest "
    "for ten minutes until it turns foamy on top.",
    "Add the flour, the egg, the salt and the soft butter, and knead with the dough hook on low speed for about "
    "seven minutes, until the dough is smooth and pulls away from the bowl.",
    "Cover the bowl with a clean towel and let the dough rise in a warm spot for an hour, or until it has doubled "
    "in size, then punch it down gently with your fist.",
    "Bake at 350 degrees for 25 to 30 minutes, until the rolls are golden brown on top, and let them cool for a "
    "few minutes before you pour the icing over them.",
    "Share", "Tweet", "Pin it", "Older posts", "Newer posts", "© 2012 The Baking Blog",
]


def test_in_the_article_mode_a_story_above_the_headline_is_the_models_to_keep():
    # the page layer fixed to the article mode, which keeps the rules' header decisions: before, every line above
    # "Making the Dough:" went, the post's three paragraphs with them
    params = {**packaged_model(), "page": _layer_preferring(0)}
    article = normalise_text("\n".join(STORY_ABOVE_THE_HEADLINE), model=params)
    # a step's heading ending in ":" heads no story (titlecues.not_a_headline, stop 32): the rules now move the body up
    # to the post's own paragraphs, and no line above them is its headline
    assert article.title is None
    assert "spent the whole afternoon in the kitchen" in article.text
    assert "the dough is smooth and pulls away" in article.text
    assert "Recipes" not in article.text.split("\n") and "Shop" not in article.text.split("\n")


def test_in_the_article_mode_teasers_or_one_sentence_above_the_headline_still_go():
    params = {**packaged_model(), "page": _layer_preferring(0)}
    teasers = ["Home", "World", "Business", "Most read",
               "Council votes to close the old swimming pool for a year of repairs",
               "Storm knocks out power to thousands of homes along the coast overnight",
               "Local bakery wins national prize for its sourdough bread this spring",
               "Bus drivers announce a two-day strike over pay and working hours next week"]
    one_sentence = ["Home", "World", "Business",
                    "Subscribe today and read every story on our website for just one dollar a week."]
    story = STORY_ABOVE_THE_HEADLINE[STORY_ABOVE_THE_HEADLINE.index("Making the Dough:"):]
    for above in (teasers, one_sentence):
        article = normalise_text("\n".join(above + story + ["Comments", "Contact", "Jobs", "Advertise"]),
                                 model=params)
        assert "the dough is smooth and pulls away" in article.text
        assert not any(line in article.text for line in above[3:])


@pytest.mark.parametrize("story, second, warned", [
    (["The harbour authority said on Thursday that it would close the old ferry terminal for repairs until spring.",
      "Engineers found cracks in two of the concrete piers during a routine inspection after last month's storms.",
      "Ferries to the islands will leave from the cargo quay instead, which adds about ten minutes to each crossing."],
     ["Teenager rescued from cliff after six-hour operation", "By Owen Price", "3 March 2025",
      "A 16-year-old boy was rescued from a cliff ledge near Whitby on Sunday after a six-hour operation.",
      "The teenager had been walking with friends when he slipped and fell about ten metres onto the ledge."],
     "Teenager rescued"),
    (["De provincie Utrecht trekt de komende vier jaar 120 miljoen euro uit voor nieuwe fietspaden tussen dorpen.",
      "Gedeputeerde Anouk de Wit zei maandag dat vooral de verbindingen naar middelbare scholen veiliger moeten.",
      "Volgens de Fietsersbond gebeuren op smalle polderwegen jaarlijks tientallen ongelukken met scholieren."],
     ["Brandweer redt tiener van klif na urenlange actie", "Door Owen de Vries", "3 maart 2025",
      "Een jongen van zestien is zondag na een actie van zes uur van een richel bij de kust gered door de brandweer.",
      "De tiener liep met vrienden langs de rand toen hij uitgleed en ongeveer tien meter naar beneden viel."],
     "Brandweer redt"),
], ids=["en", "nl"])
def test_only_an_open_mode_lets_the_model_keep_a_second_article(story, second, warned):
    # a story set aside as a second article is a news page's glued extra (the article mode: set aside, with a
    # warning); on a page the page layer opens (a blog's second post, a press release quoted whole, a page of
    # letters) it is content like the lines above the headline, so the widest mode's model may keep it
    text = "\n".join(["Harbour to close old ferry terminal for repairs", "By Maria Keane", "3 March 2025"] + story
                     + second)
    modes = packaged_model()["page"]["modes"]
    widest = len(modes) - 1
    strict = normalise_text(text, model={**packaged_model(), "page": _layer_preferring(0)})
    assert not any(line in strict.paragraphs for line in second[3:])
    assert any("second article" in w and warned in w for w in strict.warnings)
    opened = normalise_text(text, model={**packaged_model(), "page": _layer_preferring(widest)})
    assert all(line in opened.paragraphs for line in story + second[3:])
    # ... but never silently (issue 10 item 4): the warning says it was kept, and its byline and date are no paragraphs
    assert any("second article" in w and "kept in the text" in w and warned in w for w in opened.warnings)
    assert not any(line in opened.paragraphs for line in second[1:3])


def test_words_are_folded_as_one_string_as_they_would_be_one_by_one():
    # a capital sigma, a sharp s, a dotted capital I, the alef variants and hamza forms: case folding and the alef
    # fold map a character at a time, so folding the line's words joined gives each word's own fold
    from newsbrief.normalise.features import word_tokens
    from newsbrief.normalise.vectors import _ALEF, stop_words
    line = "ΣΟΦΊΑ İstanbul STRASSE Straße إن أن آن الى ألى Het DE the Über."
    words = word_tokens(line)
    keys = [w.casefold().translate(_ALEF) for w in words]
    share = sum(1 for k in keys if k in stop_words()) / len(keys)
    _, vectors = _vectors(line + "\nHome")
    assert share > 0.3 and vectors[0][FEATURE_NAMES.index("stop_share")] == share


def test_a_line_sees_its_neighbours_own_features_and_nothing_past_the_page_edge():
    lines, vectors = _vectors(PAGE)
    for name in ("log_words", "prose", "stop_share"):
        own = FEATURE_NAMES.index(name)
        for k in (-2, -1, 1, 2):
            seen = FEATURE_NAMES.index(f"{name}@{k:+d}")
            for i, vec in enumerate(vectors):
                j = i + k
                assert vec[seen] == (vectors[j][own] if 0 <= j < len(vectors) else 0.0), (name, k, i)
