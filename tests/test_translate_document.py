"""translate_document plumbing with a fake engine registered through the real registry."""

from __future__ import annotations

import pytest

from translate import (
    EngineSettings,
    SentenceTranslation,
    TranslationCache,
    load_translator,
    register_engine,
    translate_document,
)
from translate.batching import plan_batches


class FakeTranslator:
    """Deterministic 'translation': reverses word order and upper-cases; records every call."""

    max_input_tokens = 12

    def __init__(self, settings: EngineSettings, progress=None):
        self.settings = settings
        self.calls: list[list[str]] = []
        self.scores: dict[str, float] = {}
        self.capped: set[str] = set()
        self.drop_digits = False

    def describe(self) -> dict:
        return {"model": self.settings.source, "revision": self.settings.revision, "engine": "fake",
                "beam": self.settings.beam, "threads": 3}

    def count_tokens(self, texts):
        return [len(t.split()) + 1 for t in texts]  # +1 like </s>

    def translate(self, sentences):
        self.calls.append(list(sentences))
        out = []
        for s in sentences:
            text = " ".join(reversed(s.split())).upper()
            if self.drop_digits:
                text = "".join(c for c in text if not c.isdigit())
            out.append(SentenceTranslation(text, self.scores.get(s, -0.2), s in self.capped))
        return out


register_engine("fake", FakeTranslator)


@pytest.fixture
def fake():
    return load_translator(EngineSettings("fake/model", "rev1", "marian", engine="fake"))


def test_registered_fake_goes_through_load_translator(fake):
    assert isinstance(fake, FakeTranslator)
    assert fake.settings.source == "fake/model"


def test_paragraphs_and_alignment_keep_order(fake):
    paragraphs = ["Eerste zin. Tweede zin.", "Derde zin!", "Dhr. Jansen kwam op 3 jan. thuis. Vierde."]
    doc = translate_document(paragraphs, "nl", fake)
    assert [s.src for s in doc.sentences] == [
        "Eerste zin.", "Tweede zin.", "Derde zin!", "Dhr. Jansen kwam op 3 jan. thuis.", "Vierde."]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 2, 2]
    assert doc.sentences[0].en == "ZIN. EERSTE"
    assert doc.paragraphs_en == ["ZIN. EERSTE ZIN. TWEEDE", "ZIN! DERDE", "THUIS. JAN. 3 OP KWAM JANSEN DHR. VIERDE."]
    assert doc.warnings == []
    assert all(s.score == pytest.approx(-0.2) for s in doc.sentences)


def test_empty_paragraph_keeps_its_slot(fake):
    doc = translate_document(["Een.", "", "Twee."], "nl", fake)
    assert doc.paragraphs_en == ["EEN.", "", "TWEE."]


def test_long_sentence_is_chunked_translated_and_rejoined(fake):
    long = ("Het kabinet trekt extra geld uit voor defensie, onderwijs en zorg, zo maakte de minister bekend; "
            "de oppositie reageerde kritisch en eist een debat in de Tweede Kamer volgende week")
    doc = translate_document([long], "nl", fake)
    assert len(doc.sentences) == 1  # still one aligned sentence
    assert doc.sentences[0].src == long
    sent = [c for call in fake.calls for c in call]
    assert len(sent) > 1 and all(len(c.split()) + 1 <= fake.max_input_tokens for c in sent)
    # every source word was translated exactly once: nothing cut, nothing duplicated
    assert sorted(doc.sentences[0].en.split()) == sorted(long.upper().split())
    assert any("input limit" in w and "pieces" in w for w in doc.warnings)


def test_repeated_sentences_are_translated_once(fake):
    translate_document(["Ja. Ja. Nee.", "Ja."], "nl", fake)
    assert sorted(c for call in fake.calls for c in call) == ["Ja.", "Nee."]


def test_cache_hits_make_reruns_free(fake, tmp_path):
    cache = TranslationCache(tmp_path / "cache.sqlite")
    first = translate_document(["Een zin. Nog een zin."], "nl", fake, cache=cache)
    calls = len(fake.calls)
    second = translate_document(["Een zin. Nog een zin."], "nl", fake, cache=cache)
    assert len(fake.calls) == calls  # no engine call the second time
    assert second.sentences == first.sentences
    assert len(cache) == 2
    # another beam is another key: no false hit
    other = load_translator(EngineSettings("fake/model", "rev1", "marian", engine="fake", beam=1))
    translate_document(["Een zin."], "nl", other, cache=cache)
    assert other.calls == [["Een zin."]]


def test_cache_survives_reopen_and_is_shared_by_readers(fake, tmp_path):
    path = tmp_path / "c.sqlite"
    with TranslationCache(path) as cache:
        translate_document(["Een zin."], "nl", fake, cache=cache)
    readers = [TranslationCache(path) for _ in range(3)]
    fresh = load_translator(EngineSettings("fake/model", "rev1", "marian", engine="fake"))
    for reader in readers:
        translate_document(["Een zin."], "nl", fresh, cache=reader)
    assert fresh.calls == []


def test_unwritable_cache_location_degrades_with_a_warning(fake, tmp_path):
    # a regular file where the cache folder should be: cannot be created, even by root
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    cache = TranslationCache(blocker / "sub" / "cache.sqlite")
    assert not cache.enabled
    doc = translate_document(["Een zin."], "nl", fake, cache=cache)
    assert doc.sentences[0].en == "ZIN. EEN"
    assert len([w for w in doc.warnings if "cache" in w and "disabled" in w]) == 1
    # reported once per run, not once per article
    assert translate_document(["Twee."], "nl", fake, cache=cache).warnings == []


def test_cache_file_that_is_not_sqlite_degrades(fake, tmp_path):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = TranslationCache(path)
    doc = translate_document(["Een zin."], "nl", fake, cache=cache)
    assert doc.sentences[0].en == "ZIN. EEN"
    assert any("disabled" in w for w in doc.warnings)


def test_low_score_and_cap_and_numbers_are_warned_naming_the_sentence(fake):
    fake.scores["Slechte zin."] = -3.0
    fake.capped.add("Lus zin.")
    doc = translate_document(["Slechte zin. Lus zin. Goede zin."], "nl", fake, min_score=-1.5)
    assert len(doc.warnings) == 2
    assert "sentence 1" in doc.warnings[0] and "Slechte zin." in doc.warnings[0] and "-3.00" in doc.warnings[0]
    assert "sentence 2" in doc.warnings[1] and "cap" in doc.warnings[1] and "Lus zin." in doc.warnings[1]

    fake.drop_digits = True
    doc = translate_document(["في عام ٢٠٢٤ ارتفع العدد إلى ١٬٥٠٠."], "ar", fake)
    assert len(doc.warnings) == 1
    assert "٢٠٢٤" in doc.warnings[0] and "١٬٥٠٠" in doc.warnings[0]


def test_progress_reports_sentences(fake):
    seen = []
    translate_document(["Een. Twee. Drie."], "nl", fake, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_plan_batches_sorts_by_length_and_respects_the_budget():
    lengths = [5, 1, 30, 2, 5, 100, 3]
    batches = plan_batches(lengths, max_batch_tokens=12)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) == 1 or sum(lengths[i] for i in batch) <= 12
    flat = [lengths[i] for b in batches for i in b]
    assert flat == sorted(lengths, reverse=True)


def test_plan_batches_counts_tokens_as_ctranslate2_does_not_padding():
    # 10 sentences of 20 tokens and one of 40: 240 tokens, one CTranslate2 batch under a 256 budget; counting
    # padding (11 x 40 = 440) split it in two
    lengths = [20] * 10 + [40]
    assert plan_batches(lengths, max_batch_tokens=256) == [[10, *range(10)]]
