"""Session fixtures for the summarisation tests: tiny BART/Qwen2 models built once, the English seeds as input."""

from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture(scope="session")
def tiny_summary_models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random-weight BART (seq2seq) and Qwen2 chat models with the real file formats (built once)."""
    from tiny_models import summary  # scripts/ is on sys.path (pyproject: pytest pythonpath)

    return summary.build_all(tmp_path_factory.mktemp("tiny-summary-models"))


def seed_document(path: Path):
    """(SummaryInput, NormalisedArticle) for a seed, made the way the pipeline makes it for an English article."""
    from newsbrief.normalise import normalise_text
    from summarise import SummaryInput
    from translate import paragraph_sentences

    article = normalise_text(path.read_text(encoding="utf-8"))
    found = paragraph_sentences(article.paragraphs, "en")
    return SummaryInput(sentences=[s for _, s in found], paragraphs=[p for p, _ in found], title=article.title), article


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


def summary_input(paragraphs: list, title: str | None = None):
    """A SummaryInput from paragraphs given as lists of sentences, or as single-sentence strings."""
    from summarise import SummaryInput

    grouped = [[p] if isinstance(p, str) else p for p in paragraphs]
    sentences = [s for p in grouped for s in p]
    index = [k for k, p in enumerate(grouped) for _ in p]
    return SummaryInput(sentences=sentences, paragraphs=index, title=title)
