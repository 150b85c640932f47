"""The learned takeaway value (summarise/learned.py): its features, the shipped weights, and the opt-in path."""

from __future__ import annotations

import json

import numpy as np
import pytest

from summarise import SummaryInput
from summarise.extractive import ExtractiveConfig, ExtractiveSummariser
from summarise.learned import FEATURE_NAMES, MODEL_FILE, from_json, packaged_model, value
from tests.test_summarise_extractive import HARBOUR, assert_bullet_from_sentence, harbour_doc


def test_features_one_row_per_candidate_named_and_finite():
    usable, bullets, x = ExtractiveSummariser().candidate_features(harbour_doc())
    assert x.shape == (len(usable), len(FEATURE_NAMES)) == (len(bullets), len(FEATURE_NAMES))
    assert np.isfinite(x).all()
    col = {name: x[:, k] for k, name in enumerate(FEATURE_NAMES)}
    assert col["first"][0] == 1 and col["first"][1:].sum() == 0  # the lead is the first candidate
    assert col["lead_similarity"][0] == 1.0  # the lead is fully similar to itself
    assert col["new_terms"][0] == 1.0  # everything in the first sentence is new
    quote = usable.index(4)  # "\"This is the largest investment …,\" harbour master Anna de Wit said."
    assert col["quote_start"][quote] == 1 and col["quoted"][quote] == 1 and col["reporting"][quote] == 1
    assert col["numbers"][0] > 0  # "2.5 billion euro … by 2030"


def test_no_article_no_features():
    usable, bullets, x = ExtractiveSummariser().candidate_features(SummaryInput([], []))
    assert usable == [] and bullets == [] and x.shape == (0, len(FEATURE_NAMES))


def test_value_is_relative_to_the_best_candidate():
    params = {"coef": np.array([1.0, -2.0]), "mean": np.zeros(2), "scale": np.ones(2)}
    v = value(np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]), params)
    assert v.max() == 1.0 and v[0] == 1.0 and v[1] == pytest.approx(np.exp(-1)) and v[2] == pytest.approx(np.exp(-3))
    assert value(np.zeros((0, 2)), params).shape == (0,)


def test_shipped_weights_match_the_features_and_are_readable():
    from importlib import resources

    raw = json.loads((resources.files("summarise") / MODEL_FILE).read_text(encoding="utf-8"))
    assert tuple(raw["weights"]) == FEATURE_NAMES  # one readable row per feature, in order
    params = packaged_model()
    assert params["coef"].shape == params["mean"].shape == params["scale"].shape == (len(FEATURE_NAMES),)
    with pytest.raises(ValueError):
        from_json({**raw, "version": raw["version"] + 1})  # fitted for other features: refused, not misread


def test_default_does_not_use_the_learned_value():
    """Off by default (it did not beat the hand score on held-out articles): the hand score alone decides."""
    cfg = ExtractiveConfig()
    assert cfg.learned_weight == 0 and cfg.hand_weight == 1
    # a model that would reverse the order is ignored at weight 0
    reverse = {"coef": np.eye(len(FEATURE_NAMES))[FEATURE_NAMES.index("log_rank")] * 50,
               "mean": np.zeros(len(FEATURE_NAMES)), "scale": np.ones(len(FEATURE_NAMES))}
    doc = harbour_doc()
    assert ExtractiveSummariser(model=reverse).summarise(doc) == ExtractiveSummariser().summarise(doc)


def test_learned_value_steers_selection_when_switched_on():
    doc = harbour_doc()
    late = {"coef": np.eye(len(FEATURE_NAMES))[FEATURE_NAMES.index("log_rank")] * 50,
            "mean": np.zeros(len(FEATURE_NAMES)), "scale": np.ones(len(FEATURE_NAMES))}
    summariser = ExtractiveSummariser(ExtractiveConfig(hand_weight=0.0, learned_weight=1.0), model=late)
    bullets = summariser.summarise(doc, 3).takeaways
    assert bullets[0].evidence[0] > 5  # the model that values late sentences picks a late one first
    for b in bullets:
        assert_bullet_from_sentence(b.text, HARBOUR[b.evidence[0]])  # same compressor, same faithfulness
    shipped = ExtractiveSummariser(ExtractiveConfig(learned_weight=0.5)).summarise(doc)
    assert 3 <= len(shipped.takeaways) <= 5
    assert shipped == ExtractiveSummariser(ExtractiveConfig(learned_weight=0.5)).summarise(doc)  # deterministic


def test_fit_script_learns_an_order_and_writes_weights_inference_reads():
    pytest.importorskip("sklearn")
    import fit_takeaways  # from scripts/ (pyproject: pytest pythonpath)

    summariser = ExtractiveSummariser()
    rows = []
    for shift in range(4):  # the same article with its sentences rotated: the label follows one sentence
        sentences = HARBOUR[shift:] + HARBOUR[:shift]
        doc = SummaryInput(sentences, [0] * len(sentences))
        usable, bullets, x = summariser.candidate_features(doc)
        y = np.array([1.0 if "terminal" in b and "subsid" not in b else 0.0 for b in bullets])
        rows.append({"x": x, "y": {"r2f": y}})
    raw = fit_takeaways.fit(rows, "r2f", 1.0)
    assert tuple(raw["weights"]) == FEATURE_NAMES and raw["fit"] == "pairwise"
    params = from_json(json.loads(json.dumps(raw)))  # what the JSON file round-trips to
    v = value(rows[0]["x"], params)
    labelled = rows[0]["y"]["r2f"] == 1
    assert v[labelled].mean() > v[~labelled].mean()
