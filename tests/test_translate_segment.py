"""Sentence splitting and clause chunking: the pieces always join back to the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translate import chunk_sentence, split_sentences


def _stripped(pieces):
    return [p.strip() for p in pieces]


def test_dutch_abbreviations_do_not_end_sentences():
    text = ("Volgens dhr. Jansen en mevr. De Vries is o.a. de prijs gestegen. "
            "Op 3 jan. 2024 begon het.  Het kost 1.000 euro! Echt?")
    pieces = split_sentences(text, "nl")
    assert "".join(pieces) == text
    assert _stripped(pieces) == [
        "Volgens dhr. Jansen en mevr. De Vries is o.a. de prijs gestegen.",
        "Op 3 jan. 2024 begon het.",
        "Het kost 1.000 euro!",
        "Echt?",
    ]


def test_arabic_question_mark_ends_and_comma_does_not():
    text = "هل جاء الرئيس؟ نعم، جاء أمس. وقال إن الوضع صعب، لكنه مستقر! في عام ٢٠٢٤ ارتفع العدد."
    pieces = split_sentences(text, "ar")
    assert "".join(pieces) == text
    assert _stripped(pieces) == [
        "هل جاء الرئيس؟",
        "نعم، جاء أمس.",
        "وقال إن الوضع صعب، لكنه مستقر!",
        "في عام ٢٠٢٤ ارتفع العدد.",
    ]


def test_arabic_question_mark_without_space_after_still_splits_when_followed_by_space():
    pieces = split_sentences("ماذا حدث؟ لا أحد يعرف.", "ar")
    assert _stripped(pieces) == ["ماذا حدث؟", "لا أحد يعرف."]


def test_leading_and_trailing_whitespace_stay_attached():
    text = "  Eerste zin. Tweede zin.\n\n"
    pieces = split_sentences(text, "nl")
    assert "".join(pieces) == text
    assert _stripped(pieces) == ["Eerste zin.", "Tweede zin."]


def test_empty_and_blank():
    assert split_sentences("", "nl") == []
    assert split_sentences("   ", "ar") == ["   "]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ABC.?!,،؟؛;:-—\n٢٠1 dhr.o.a")), max_size=120),
       st.sampled_from(["nl", "ar", "en", "xx"]))
def test_split_never_loses_characters(text, language):
    assert "".join(split_sentences(text, language)) == text


def test_chunking_cuts_at_clause_boundaries_and_rejoins():
    sentence = ("Dit is een lange zin, met veel bijzinnen; die allemaal — zonder uitzondering — vertaald "
                "moeten worden, want anders gaat er tekst verloren en dat willen we niet, nooit.")
    pieces = chunk_sentence(sentence, 6)
    assert "".join(pieces) == sentence
    assert all(len(p.split()) <= 6 for p in pieces)
    assert pieces[0] == "Dit is een lange zin, "
    assert pieces[1] == "met veel bijzinnen; "


def test_chunking_arabic_comma_and_semicolon():
    sentence = "أعلنت الحكومة عن خطة جديدة لدعم الاقتصاد؛ وتبلغ قيمتها ثلاثة مليارات، وفق ما قال الوزير اليوم"
    pieces = chunk_sentence(sentence, 7)
    assert "".join(pieces) == sentence
    assert pieces[0].rstrip().endswith("؛")
    assert pieces[1].rstrip().endswith("،")
    assert all(len(p.split()) <= 7 for p in pieces)


def test_chunking_falls_back_to_word_windows():
    sentence = " ".join(f"woord{i}" for i in range(25))
    pieces = chunk_sentence(sentence, 10)
    assert "".join(pieces) == sentence
    assert [len(p.split()) for p in pieces] == [10, 10, 5]


def test_chunking_keeps_decimal_commas():
    sentence = "De groei was 3,5 procent en de inflatie 2,1 procent volgens het bureau vandaag"
    pieces = chunk_sentence(sentence, 8)
    assert "".join(pieces) == sentence
    assert not any(p.endswith("3,") or p.endswith("2,") for p in pieces)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab c,;،؛—-:\n")), max_size=200), st.integers(1, 8))
def test_chunk_never_loses_characters(sentence, limit):
    assert "".join(chunk_sentence(sentence, limit)) == sentence


def test_a_single_word_over_the_limit_is_cut_into_character_windows():
    url = "https://example.org/" + "a" * 50
    pieces = chunk_sentence("zie " + url, 10, count=len)  # count = characters here
    assert "".join(pieces) == "zie " + url
    assert all(len(p) <= 10 for p in pieces)


def test_paragraph_sentences_numbers_paragraphs_and_drops_only_whitespace():
    from translate import paragraph_sentences

    paragraphs = ["Dhr. Jansen kwam. Hij bleef.", "   ", "Nog een alinea."]
    assert paragraph_sentences(paragraphs, "nl") == [(0, "Dhr. Jansen kwam."), (0, "Hij bleef."),
                                                     (2, "Nog een alinea.")]


def test_sentence_splitting_compiles_its_patterns_once(monkeypatch):
    """pysbd compiled a pattern per sentence and, past the standard library's 512-pattern cache, its own rule
    patterns again on every text (2,724 compilations for 20 news articles, half of its time)."""
    import re
    import re._compiler

    warm = "Dhr. Jansen zei o.a. dat de prijs met 3,5 procent steeg. Het kabinet reageerde niet. Wat nu?"
    split_sentences(warm, "nl")
    for i in range(600):  # other code fills the standard library's cache meanwhile
        re.compile(f"unrelated-{i}-[a-z]+")
    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *a, **k: compiled.append(a[0]) or original(*a, **k))
    fresh = "Wat nu? Het kabinet reageerde niet. Dhr. Jansen zei o.a. dat de prijs met 3,5 procent steeg."
    assert "".join(split_sentences(fresh, "nl")) == fresh
    assert len(split_sentences(fresh, "nl")) == 3
    assert compiled == []
