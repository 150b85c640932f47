"""The embedded extractive summariser on the seeds and on articles written for these tests."""

from __future__ import annotations

import pytest

from summarise import SummaryInput, SummaryRequestError, load_summariser
from summarise.extractive import ExtractiveSummariser
from summarise.text import content_terms, normalise_word, words

# Written for these tests: a lead, a near-repeat of it, connectives, attributions, a quote, filler.
HARBOUR = [
    "The port of Rotterdam will build a 2.5 billion euro hydrogen terminal by 2030, the city council decided on Monday.",
    "The terminal is meant to import green hydrogen from Morocco and Portugal for Dutch and German industry.",
    "However, environmental groups say the project will destroy a protected wetland north of the harbour.",
    "The city council decided on Monday that the port of Rotterdam will build the hydrogen terminal by 2030.",
    "\"This is the largest investment in the port's history,\" harbour master Anna de Wit said.",
    "In addition, the port expects the terminal to create 1,200 jobs during construction.",
    "Construction will start next spring, according to the port authority.",
    "Meanwhile, Antwerp is planning a similar terminal that could compete for the same customers.",
    "Critics point out that green hydrogen is still three times more expensive than natural gas.",
    "The Dutch government has promised 600 million euros in subsidies for the first phase, he said.",
    "Photos of the planned terminal were published on the port's website.",
    "Click here to read more about the port.",
]


def harbour_doc(title: str | None = "Rotterdam to build hydrogen terminal") -> SummaryInput:
    return SummaryInput(sentences=list(HARBOUR), paragraphs=[i // 3 for i in range(len(HARBOUR))], title=title)


def _word_forms(text: str) -> list[str]:
    return [normalise_word(w) for w in words(text)]


def assert_bullet_from_sentence(bullet: str, sentence: str) -> None:
    """Every word of an extractive bullet occurs in its evidence sentence (it is a trimmed copy, nothing added)."""
    source = set(_word_forms(sentence))
    extra = [w for w in _word_forms(bullet) if w not in source]
    assert not extra, f"bullet has words not in its sentence {extra}: {bullet!r} <- {sentence!r}"


def test_load_summariser_extractive_satisfies_the_contract():
    summariser = load_summariser("extractive")
    described = summariser.describe()
    assert described["kind"] == "extractive" and described["model"] is None
    summary = summariser.summarise(harbour_doc(), 3)
    assert [type(b).__name__ for b in summary.takeaways] == ["Bullet"] * 3


def test_handwritten_article_bullets_count_order_evidence_and_style():
    doc = harbour_doc()
    summary = ExtractiveSummariser().summarise(doc, 5)
    bullets = summary.takeaways
    assert len(bullets) == 5
    # the lead carries the news: it comes first
    assert bullets[0].evidence == [0]
    assert bullets[0].text.startswith("The port of Rotterdam will build a 2.5 billion euro hydrogen terminal by 2030")
    for b in bullets:
        assert len(b.evidence) == 1 and 0 <= b.evidence[0] < len(doc.sentences)
        assert_bullet_from_sentence(b.text, doc.sentences[b.evidence[0]])
        assert 6 <= len(b.text.split()) <= 25, b.text
        assert b.text[0].isupper() and b.text.rstrip('"”').endswith((".", "!", "?")), b.text
        assert not b.text.startswith(("However", "In addition", "Meanwhile")), b.text
    chosen = [b.evidence[0] for b in bullets]
    assert 3 not in chosen, "sentence 3 repeats the lead and must not become a second bullet"
    assert 11 not in chosen, "'Click here' boilerplate is never a takeaway"
    # names and numbers survive post-processing
    text = " ".join(b.text for b in bullets)
    assert "2.5 billion" in text and "Rotterdam" in text


def test_bullets_are_most_important_first():
    summariser = ExtractiveSummariser()
    doc = harbour_doc()
    score, _, usable, _ = summariser.scores(doc)
    order = summariser.select(doc, 5)
    # the first pick is the best-scored sentence; later picks trade score against repetition (MMR)
    assert order[0] == usable[int(score.argmax())]
    picked_scores = [float(score[usable.index(i)]) for i in order]
    assert picked_scores[0] == max(picked_scores)


def test_deterministic_across_runs_and_instances():
    doc = harbour_doc()
    first = ExtractiveSummariser().summarise(doc, 5)
    again = ExtractiveSummariser().summarise(doc, 5)
    assert first == again
    assert ExtractiveSummariser().summarise(doc, 5) == first


def test_no_repetition_between_bullets():
    bullets = ExtractiveSummariser().summarise(harbour_doc(), 8).takeaways
    for i, a in enumerate(bullets):
        for b in bullets[i + 1:]:
            ta, tb = set(content_terms(a.text)), set(content_terms(b.text))
            assert len(ta & tb) / min(len(ta), len(tb)) <= 0.6, (a.text, b.text)


@pytest.mark.parametrize("n", [1, 2, 5, 10])
def test_bullet_count_is_n_or_all_usable_sentences(n):
    summary = ExtractiveSummariser().summarise(harbour_doc(), n)
    assert 1 <= len(summary.takeaways) <= n
    if len(summary.takeaways) < n:
        assert any("usable" in w for w in summary.warnings)


@pytest.mark.parametrize("n", [0, 11, -1, 2.5, True])
def test_bullet_count_out_of_range_is_a_typed_error(n):
    with pytest.raises(SummaryRequestError, match="1 to 10"):
        ExtractiveSummariser().summarise(harbour_doc(), n)


def test_short_and_empty_articles():
    empty = ExtractiveSummariser().summarise(SummaryInput([], []), 5)
    assert empty.takeaways == [] and empty.warnings
    one = SummaryInput(["The minister resigned on Friday after the vote."], [0])
    summary = ExtractiveSummariser().summarise(one, 5)
    assert [b.evidence for b in summary.takeaways] == [[0]]
    assert summary.warnings


def test_summary_input_must_pair_sentences_with_paragraphs():
    with pytest.raises(SummaryRequestError, match="paragraph index per sentence"):
        SummaryInput(["One sentence here.", "Another sentence."], [0])


def test_unknown_kind_and_missing_source_are_typed_errors():
    with pytest.raises(SummaryRequestError, match="valid: extractive, seq2seq, instruct"):
        load_summariser("magic")
    with pytest.raises(SummaryRequestError, match="needs a model source"):
        load_summariser("seq2seq")


# --- the seeds ------------------------------------------------------------------------------------


def test_seeds_give_five_short_traceable_bullets(english_seed_docs):
    summariser = load_summariser("extractive")
    for name, (doc, _) in english_seed_docs.items():
        summary = summariser.summarise(doc, 5)
        bullets = summary.takeaways
        assert len(bullets) == 5, (name, summary.warnings)
        lengths = [len(b.text.split()) for b in bullets]
        assert sum(lengths) / len(lengths) <= 25, (name, lengths)
        assert max(lengths) <= 40, (name, lengths)
        assert len({b.evidence[0] for b in bullets}) == 5
        for b in bullets:
            assert_bullet_from_sentence(b.text, doc.sentences[b.evidence[0]])


def test_seed_000_source_takeaways_never_leak(english_seed_docs):
    doc, article = english_seed_docs["000_71e79d83e633ac6b"]
    assert len(article.source_takeaways) == 5  # the normaliser moved the box out of the body
    summary = load_summariser("extractive").summarise(doc, 10)
    boxed = {" ".join(_word_forms(t)) for t in article.source_takeaways}
    for sentence in doc.sentences:
        assert " ".join(_word_forms(sentence)) not in boxed
    for b in summary.takeaways:
        assert " ".join(_word_forms(b.text)) not in boxed, b.text
        assert "Key Takeaways" not in b.text
    # the article's own lead is the first takeaway
    assert summary.takeaways[0].text.startswith("Israel urges Malta to join")


def test_seed_bullets_stay_within_the_house_style(english_seed_docs):
    summariser = load_summariser("extractive")
    lengths = []
    for doc, _ in english_seed_docs.values():
        lengths += [len(b.text.split()) for b in summariser.summarise(doc, 5).takeaways]
    short_enough = sum(1 for n in lengths if n <= 25)
    assert short_enough / len(lengths) >= 0.8, lengths
