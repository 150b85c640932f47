"""Properties of the extractive summariser on arbitrary input: never crashes, stays within its contract."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarise import SummaryInput
from summarise.bullets import to_bullet
from summarise.extractive import ExtractiveSummariser

WORDS = ["Malta", "Israel", "coalition", "the", "of", "200", "miles", "said", "However,", "which", "—", "\"", "'",
         "(CNN)", "according", "to", "police", "on", "Tuesday", "after", "a", "vote", ",", ".", "?", "2,100", "Israël",
         "العربية", "http://x.y", "•", "1.", "he", "and"]

sentence = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences=st.lists(sentence, min_size=0, max_size=25), n=st.integers(1, 10), title=st.none() | sentence)
def test_extractive_contract_on_arbitrary_input(sentences, n, title):
    doc = SummaryInput(sentences=sentences, paragraphs=list(range(len(sentences))), title=title)
    summary = ExtractiveSummariser().summarise(doc, n)
    assert len(summary.takeaways) <= n
    indices = [b.evidence[0] for b in summary.takeaways]
    assert all(len(b.evidence) == 1 for b in summary.takeaways)
    assert all(0 <= i < len(sentences) for i in indices)
    assert len(set(indices)) == len(indices)
    assert all(b.text.strip() for b in summary.takeaways)
    assert len({b.text.lower() for b in summary.takeaways}) == len(summary.takeaways)
    assert ExtractiveSummariser().summarise(doc, n) == summary


@settings(max_examples=200, deadline=None)
@given(text=sentence)
def test_to_bullet_only_removes_text(text):
    """Post-processing may drop words and add a final stop or a capital, never invent words."""
    bullet = to_bullet(text)
    source = text.lower().split()
    for word in bullet.lower().rstrip(".").split():
        assert any(word.strip(".") in w or w in word for w in source), (word, text, bullet)


def test_eval_script_runs_on_a_few_articles(capsys):
    from tests.conftest import SHARED_EVAL  # the same default location the script uses

    data = SHARED_EVAL / "sum" / "cnndm_sample.jsonl"
    if not data.is_file():
        pytest.skip(f"evaluation data not found at {data}")
    import eval_summaries  # from scripts/ (pyproject: pytest pythonpath)

    assert eval_summaries.main(["--limit", "5", "--json", "--eval-dir", str(SHARED_EVAL)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 5 and result["bullets"] == "adaptive"  # the CLI's default count
    assert set(result["ours"]) == set(result["lead3"]) == {"rouge1", "rouge2", "rougeLsum"}
    assert 0 < result["ours"]["rouge1"] <= 100 and result["avg_bullet_words"] > 0
    assert 3 <= result["avg_bullets"] <= 5 and result["max_bullet_words"] <= 35
    for metric, (low, high) in result["ci95_ours_minus_lead3"].items():  # the paired bootstrap CI holds the mean
        assert low <= result["ours"][metric] - result["lead3"][metric] + 0.01 and low <= high, metric
        assert result["ours"][metric] - result["lead3"][metric] - 0.01 <= high, metric
    assert 0 <= result["share_late"] <= 1 and 0 <= result["highlights_share_late"] <= 1
