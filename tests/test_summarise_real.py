"""The real hub summarisers (distilbart-cnn, Qwen2.5-1.5B-Instruct) at their pinned revisions, on seed 000.

Marked `real`: skipped when the Hugging Face hub is unreachable (see tests/conftest.py). They download ~1.2 GB
and ~3 GB on first run; the revisions come from models.yaml so the test checks what users get.
"""

from __future__ import annotations

import pytest

from summarise import load_summariser
from summarise.faithfulness import ArticleFacts

pytestmark = [pytest.mark.real, pytest.mark.slow]


def _spec(name):
    from newsbrief.registry import load_registry

    return load_registry().summariser(name)


@pytest.mark.parametrize("name", ["distilbart-cnn", "qwen2.5-1.5b-instruct"])
def test_real_summariser_on_seed_000(name, english_seed_docs):
    spec = _spec(name)
    summariser = load_summariser(spec.kind, source=spec.source, revision=spec.revision,
                                 max_input_tokens=spec.max_input_tokens, device="auto")
    doc, article = english_seed_docs["000_71e79d83e633ac6b"]
    summary = summariser.summarise(doc, 5)
    assert 1 <= len(summary.takeaways) <= 5
    facts = ArticleFacts(doc.sentences, doc.title)
    for bullet in summary.takeaways:
        assert bullet.evidence, bullet.text
        assert all(0 <= i < len(doc.sentences) for i in bullet.evidence)
        assert facts.unsupported(bullet.text) == [] or not bullet.text  # the guard held
        assert 3 <= len(bullet.text.split()) <= 40
    assert any("Malta" in b.text for b in summary.takeaways)
