"""Session fixtures for the summarisation tests: tiny BART/Qwen2 models built once, the English seeds as input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tiny_summary_models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random-weight BART (seq2seq) and Qwen2 chat models with the real file formats (built once)."""
    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from tiny_models import summary

    return summary.build_all(tmp_path_factory.mktemp("tiny-summary-models"))


def seed_document(path: Path):
    """(SummaryInput, NormalisedArticle) for a seed, made the way the pipeline makes it for an English article."""
    from newsbrief.normalise import normalise_text
    from summarise import SummaryInput
    from translate import split_sentences

    article = normalise_text(path.read_text(encoding="utf-8"))
    sentences, paragraphs = [], []
    for p, paragraph in enumerate(article.paragraphs):
        for sentence in split_sentences(paragraph, "en"):
            if sentence.strip():
                sentences.append(sentence.strip())
                paragraphs.append(p)
    return SummaryInput(sentences=sentences, paragraphs=paragraphs, title=article.title), article


@pytest.fixture(scope="session")
def english_seed_docs(seeds_dir) -> dict[str, tuple]:
    """name -> (SummaryInput, NormalisedArticle) for the English seeds (the others need translation first)."""
    from newsbrief.langid import detect_language

    docs = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        if detect_language(path.read_text(encoding="utf-8")).code == "en":
            docs[path.stem] = seed_document(path)
    assert len(docs) >= 3, f"expected the three English seeds, found {sorted(docs)}"
    return docs
