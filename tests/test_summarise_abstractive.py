"""seq2seq and instruct summarisers on tiny random-weight models: chunk → generate → merge → evidence → guard → fill-in.

The tiny models write garbage, which is what a faithfulness guard is for: their output is dropped and extractive
bullets fill in. To test the merge and evidence path with well-formed output, some tests replace only the
`generate` step with a canned model answer; loading, tokenising, chunking and everything after generation stay real.
"""

from __future__ import annotations

import pytest

from summarise import SummaryInput, load_summariser
from summarise.chunking import chunk_sentences

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture(scope="module")
def seq2seq(tiny_summary_models):
    return load_summariser("seq2seq", source=str(tiny_summary_models["bart-sum"]), local_files_only=True)


@pytest.fixture(scope="module")
def instruct(tiny_summary_models):
    return load_summariser("instruct", source=str(tiny_summary_models["chat"]), local_files_only=True)


@pytest.fixture(scope="module")
def seed000(english_seed_docs) -> SummaryInput:
    return english_seed_docs["000_71e79d83e633ac6b"][0]


# --- chunking ---------------------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def test_chunks_cover_every_sentence_in_order_within_budget():
    sentences = [f"Sentence number {i} has exactly seven words." for i in range(20)]  # 7 words each
    chunks = chunk_sentences(sentences, _words, budget=30)
    assert [i for c in chunks for i in c.indices] == list(range(20))
    assert all(_words(c.text) <= 30 for c in chunks)
    assert " ".join(c.text for c in chunks) == " ".join(sentences)  # nothing lost, nothing reordered
    # balanced: 140 words in 5 chunks of 28, not 4 full chunks and a scrap
    assert [_words(c.text) for c in chunks] == [28, 28, 28, 28, 28]


def test_a_sentence_longer_than_the_budget_is_split_not_truncated():
    long = " ".join(f"w{i}" for i in range(25)) + "."
    chunks = chunk_sentences(["Short one here.", long, "Another short one."], _words, budget=10)
    assert all(_words(c.text) <= 10 for c in chunks)
    assert " ".join(c.text for c in chunks).split() == ("Short one here. " + long + " Another short one.").split()
    assert sorted({i for c in chunks for i in c.indices}) == [0, 1, 2]


def test_chunks_fit_the_tiny_bart_input(seq2seq, seed000):
    budget = seq2seq.chunk_budget(5)
    chunks = chunk_sentences(seed000.sentences, seq2seq.count_tokens, budget)
    assert len(chunks) > 1  # the tiny BART reads 128 tokens: the seed needs several calls
    for chunk in chunks:
        ids = seq2seq.tokenizer(chunk.text)["input_ids"]
        assert len(ids) <= seq2seq.model.config.max_position_embeddings


# --- seq2seq ------------------------------------------------------------------------------------------


def test_seq2seq_long_article_is_chunked_summarised_and_filled(seq2seq, seed000):
    summary = seq2seq.summarise(seed000, 3)
    chunks = seq2seq.last_chunks
    assert len(chunks) > 1
    assert sorted({i for c in chunks for i in c.indices}) == list(range(len(seed000.sentences)))
    assert any("chunks" in w and "nothing truncated" in w for w in summary.warnings)
    # random weights write nonsense: the guard drops it and extractive bullets fill in
    assert len(summary.takeaways) == 3
    assert any("dropped a generated takeaway" in w for w in summary.warnings)
    assert any("filled in by the extractive summariser" in w for w in summary.warnings)
    for b in summary.takeaways:
        assert b.evidence and all(0 <= i < len(seed000.sentences) for i in b.evidence)
    described = seq2seq.describe()
    assert described["kind"] == "seq2seq" and described["device"] == "cpu"
    assert described["decoding"]["num_beams"] == 2  # the tiny model's generation_config


def test_seq2seq_is_deterministic(seq2seq, seed000):
    short = SummaryInput(seed000.sentences[:8], seed000.paragraphs[:8], seed000.title)
    assert seq2seq.summarise(short, 2) == seq2seq.summarise(short, 2)


def test_seq2seq_batched_generation_matches_one_by_one(seq2seq, seed000):
    texts = [c.text for c in chunk_sentences(seed000.sentences[:8], seq2seq.count_tokens, seq2seq.chunk_budget())]
    assert len(texts) > 1
    assert seq2seq.generate_many(texts, 3, None) == [seq2seq.generate(t, 3, None) for t in texts]


def test_seq2seq_merges_chunk_summaries_with_evidence_and_guard(seq2seq, seed000, monkeypatch):
    calls = []

    def canned(chunk_text, n, title):  # distilbart-style output: tokenised spacing
        calls.append(chunk_text)
        if len(calls) == 1:
            return ("Israel has urged Malta to join a coalition against terrorism . Malta is situated just 200 "
                    "miles north of Libya .")
        if len(calls) == 2:
            return "Germany pledged 5,000 soldiers to the coalition . Israel has urged Malta to join a coalition against terrorism ."
        return "Malta's government has not yet officially responded to Israel's call ."

    monkeypatch.setattr(seq2seq, "generate_many", lambda texts, n, title: [canned(t, n, title) for t in texts])
    summary = seq2seq.summarise(seed000, 3)
    assert len(calls) == len(seq2seq.last_chunks) > 1  # every chunk summarised
    texts = [b.text for b in summary.takeaways]
    assert texts[0] == "Israel has urged Malta to join a coalition against terrorism."  # lead chunk first
    assert "Malta is situated just 200 miles north of Libya." in texts
    assert texts.count("Israel has urged Malta to join a coalition against terrorism.") == 1  # merged repeats
    assert not any("Germany" in t for t in texts)
    assert any("'germany'" in w and "'5000'" in w for w in summary.warnings)
    by_text = {b.text: b.evidence for b in summary.takeaways}
    malta = next(i for i, s in enumerate(seed000.sentences) if "200 miles north of Libya" in s)
    assert malta in by_text["Malta is situated just 200 miles north of Libya."]
    assert not any("filled in" in w for w in summary.warnings)


def test_seq2seq_missing_model_names_the_fix(tmp_path):
    from summarise import SummariserNotAvailable

    with pytest.raises(SummariserNotAvailable, match="no config.json"):
        load_summariser("seq2seq", source=str(tmp_path))


# --- instruct -----------------------------------------------------------------------------------------


def test_instruct_runs_the_chat_template_and_generation_path(instruct, seed000):
    summary = instruct.summarise(seed000, 3)
    assert len(summary.takeaways) == 3
    for b in summary.takeaways:
        assert b.evidence and all(0 <= i < len(seed000.sentences) for i in b.evidence)
    described = instruct.describe()
    assert described["kind"] == "instruct" and described["decoding"]["do_sample"] is False


def test_instruct_prompt_asks_for_n_takeaways_with_the_article(instruct):
    ids = instruct._prompt_ids("Malta has not responded.", 4, "Israel urges Malta")
    prompt = instruct.tokenizer.decode(ids[0])
    assert "<|im_start|>user" in prompt and prompt.rstrip().endswith("<|im_start|>assistant")
    assert "exactly 4 Key Takeaways" in prompt
    assert "Title: Israel urges Malta" in prompt and "Malta has not responded." in prompt


def test_instruct_long_article_is_chunked_within_the_context(instruct, seed000):
    long = SummaryInput(sentences=seed000.sentences * 3, paragraphs=seed000.paragraphs * 3, title=seed000.title)
    summary = instruct.summarise(long, 2)
    assert len(instruct.last_chunks) > 1
    assert any("chunks" in w for w in summary.warnings)
    context = instruct.model.config.max_position_embeddings
    for chunk in instruct.last_chunks:
        prompt_len = instruct._prompt_ids(chunk.text, 2, long.title).shape[1]
        assert prompt_len + 2 * 48 + 16 <= context


def test_instruct_parses_a_chatty_answer(instruct, seed000, monkeypatch):
    answer = ("Here are the key takeaways:\n\n1. **Israel urges Malta** to join a coalition against terrorism.\n"
              "2. Malta's government has not yet responded to the call.\n"
              "3. Israel has offered to provide training to Maltese security forces.\n\nLet me know if you need more!")
    monkeypatch.setattr(instruct, "generate", lambda chunk_text, n, title: answer)
    summary = instruct.summarise(seed000, 3)
    texts = [b.text for b in summary.takeaways]
    assert texts[0] == "Israel urges Malta to join a coalition against terrorism."
    assert set(texts) == {
        "Israel urges Malta to join a coalition against terrorism.",
        "Malta's government has not yet responded to the call.",
        "Israel has offered to provide training to Maltese security forces.",
    }
    assert all(b.evidence for b in summary.takeaways)


def test_seq2seq_default_count_is_an_editor_length_set(seq2seq, seed000, monkeypatch):
    """n=None: the model is asked for 5, the merge keeps 3-5 within the word budget, the shortfall is no warning."""
    asked = []

    def canned(texts, n, title):
        asked.append(n)
        return ["Israel has urged Malta to join a coalition against terrorism . Malta is situated just 200 miles "
                "north of Libya . Malta's government has not yet officially responded to Israel's call ."] * len(texts)

    monkeypatch.setattr(seq2seq, "generate_many", canned)
    summary = seq2seq.summarise(seed000)
    assert asked and set(asked) == {5}
    assert 3 <= len(summary.takeaways) <= 5
    assert not any("asked for" in w for w in summary.warnings)


def test_generated_takeaways_must_be_supported_by_their_evidence(instruct, seed000, monkeypatch):
    """Issue 11 item 5: a flipped negation or a broken ending is dropped, with a warning, and an extractive bullet
    takes its place; the article-level guard alone let both through (every word is in the article)."""
    answer = ("- Malta's government has officially responded to Israel's call.\n"      # the article says "not yet"
              "- Israel has offered to provide training to Maltese security forces and.\n"  # a broken ending
              "- Israel urges Malta to join a coalition against terrorism.\n")
    monkeypatch.setattr(instruct, "generate", lambda chunk_text, n, title: answer)
    summary = instruct.summarise(seed000, 3)
    texts = [b.text for b in summary.takeaways]
    assert "Israel urges Malta to join a coalition against terrorism." in texts
    assert not any("officially responded" in t and "not" not in t for t in texts)
    assert not any(t.endswith("and.") for t in texts)
    assert len(texts) == 3  # two extractive replacements
    dropped = [w for w in summary.warnings if "not supported by its evidence" in w]
    assert len(dropped) == 2 and any("negation" in w for w in dropped)
    assert any("filled in by the extractive summariser" in w for w in summary.warnings)
