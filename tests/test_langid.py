"""Language id: Arabic by script, Dutch/English/others by py3langid, "und" when it cannot be trusted."""

from __future__ import annotations

import os

import pytest

from newsbrief.langid import LanguageGuess, detect_language

DUTCH = (
    "De regering heeft dinsdag nieuwe maatregelen aangekondigd om de woningnood aan te pakken. "
    "Volgens de minister moeten er de komende jaren honderdduizend huizen bij komen."
)
ENGLISH = (
    "The government announced new measures on Tuesday to tackle the housing shortage. "
    "According to the minister, a hundred thousand homes must be built in the coming years."
)
ARABIC = (
    "أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمعالجة أزمة السكن. "
    "وقال الوزير إنه يجب بناء مئة ألف منزل خلال السنوات المقبلة."
)
GERMAN = (
    "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die Wohnungsnot zu bekämpfen. "
    "Nach Angaben des Ministers müssen in den kommenden Jahren hunderttausend Wohnungen gebaut werden."
)
PERSIAN = "دولت روز سه‌شنبه اقدامات جدیدی را برای مقابله با کمبود مسکن اعلام کرد و وزیر گفت که باید خانه‌های زیادی ساخته شود."


@pytest.mark.parametrize("text, code", [(DUTCH, "nl"), (ENGLISH, "en"), (ARABIC, "ar"), (GERMAN, "de")])
def test_paragraphs_are_identified_reliably(text, code):
    guess = detect_language(text)
    assert guess.code == code
    assert guess.reliable
    assert 0.8 <= guess.confidence <= 1.0


def test_arabic_with_latin_brand_names_is_still_arabic():
    text = ARABIC + " وقالت شركة Google و Microsoft إنهما ستدعمان المشروع عبر منصة Azure."
    assert detect_language(text).code == "ar"


def test_persian_is_not_called_arabic():
    guess = detect_language(PERSIAN)
    assert guess.code != "ar"


@pytest.mark.parametrize("text", ["", "   ", "Hello", "Dit is kort.", "12345 67890 !!!", "شكرا"])
def test_too_short_is_und_and_unreliable(text):
    guess = detect_language(text)
    assert guess == LanguageGuess("und", 0.0, False)


def test_ambiguous_text_is_und_never_a_default_to_english():
    # Names and numbers only: no language to speak of.
    guess = detect_language("Benjamin Netanyahu Emmanuel Macron Xiomara Castro 2019 2020 2021 Rabat Amman")
    assert not guess.reliable
    assert guess.code == "und"
    assert guess.candidate  # the refused top answer is still reported, for the warning
    assert guess.confidence < 0.8


def test_mixed_script_without_majority_goes_to_the_classifier():
    text = "Mohammed bin Salman met officials in Riyadh today to discuss trade. محمد بن سلمان"
    guess = detect_language(text)
    assert guess.code in {"en", "und"}


def test_seeds(seeds_dir):
    expected = {"000": "en", "001": "nl", "002": "ar", "003": "en", "004": "en"}
    for path in sorted(seeds_dir.glob("*.txt")):
        guess = detect_language(path.read_text(encoding="utf-8"))
        assert guess.code == expected[path.name[:3]], path.name
        assert guess.reliable


# --- the unpacked model copy (a start-up saving, never a change of answers) ---------------------------------

SAMPLES = [DUTCH, ENGLISH, GERMAN, "Le gouvernement a annoncé mardi de nouvelles mesures contre la crise du logement."]


@pytest.fixture
def fresh_identifier(tmp_path, monkeypatch):
    """The identifier reloaded with the user cache folder in tmp_path (and reloaded again afterwards)."""
    import newsbrief.langid as langid

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    langid._identifier.cache_clear()
    yield tmp_path / "xdg" / "newsbrief"
    langid._identifier.cache_clear()


def _stock_answers():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return [stock.classify(text) for text in SAMPLES]


def _our_answers():
    import newsbrief.langid as langid

    langid._identifier.cache_clear()
    return [langid._identifier().classify(text) for text in SAMPLES]


def test_the_unpacked_copy_is_written_once_then_used_and_answers_like_py3langid(fresh_identifier, monkeypatch):
    import newsbrief.langid as langid

    stock = _stock_answers()
    assert _our_answers() == stock  # first load: unpacks into the cache folder
    copies = list(fresh_identifier.glob("langid-*.npz"))
    assert len(copies) == 1 and copies[0].stat().st_size > 10_000_000
    monkeypatch.setattr(langid, "_unpack", lambda *a: pytest.fail("unpacked again although a copy exists"))
    assert _our_answers() == stock  # second load: from the copy


def test_a_corrupt_or_stale_copy_is_replaced(fresh_identifier):
    stock = _stock_answers()
    fresh_identifier.mkdir(parents=True)
    stale = fresh_identifier / "langid-0123456789abcdef.npz"
    stale.write_bytes(b"from an older py3langid, unused for months")
    os.utime(stale, (1_600_000_000, 1_600_000_000))
    assert _our_answers() == stock
    (copy,) = fresh_identifier.glob("langid-*.npz")  # the stale one is gone
    copy.write_bytes(b"PK\x03\x04 truncated zip")
    assert _our_answers() == stock
    assert copy.stat().st_size > 10_000_000


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    import newsbrief.langid as langid

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # mkdir below a file fails, even as root
    stock = _stock_answers()
    try:
        assert _our_answers() == stock
        assert detect_language(DUTCH).code == "nl"
    finally:
        langid._identifier.cache_clear()
    assert blocker.read_text() == "not a folder"


def _second_install(tmp_path, monkeypatch):
    """Another install's py3langid model: the same packed file at another path, with another time stamp."""
    import shutil

    import py3langid.langid as py3

    folder = tmp_path / "other-install" / "py3langid"
    copy = folder / py3.MODEL_FILE
    copy.parent.mkdir(parents=True)
    shutil.copyfile(py3.MODEL_DIR / py3.MODEL_FILE, copy)
    os.utime(copy, (1_600_000_000, 1_600_000_000))
    monkeypatch.setattr(py3, "MODEL_DIR", folder)
    return copy


def test_two_installs_of_the_same_model_share_one_copy(fresh_identifier, tmp_path, monkeypatch):
    import newsbrief.langid as langid

    stock = _stock_answers()
    assert _our_answers() == stock  # this install: unpacks
    (copy,) = fresh_identifier.glob("langid-*.npz")
    written = copy.stat().st_ino  # a rewrite (temp file + rename) would give the name a new inode
    _second_install(tmp_path, monkeypatch)
    monkeypatch.setattr(langid, "_unpack", lambda *a: pytest.fail("the other install unpacked the same model again"))
    assert _our_answers() == stock  # the other install: same content, same copy
    assert list(fresh_identifier.glob("langid-*.npz")) == [copy] and copy.stat().st_ino == written


def test_the_key_is_the_content_not_the_size_or_time(tmp_path):
    from newsbrief.langid import _content_key

    a, b, c = (tmp_path / name for name in "abc")
    a.write_bytes(b"model one")
    b.write_bytes(b"model two")  # same size and time stamp as a, other bytes
    c.write_bytes(b"model one")
    for path in (a, b, c):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    os.utime(c, (1_600_000_000, 1_600_000_000))
    assert _content_key(a) != _content_key(b)
    assert _content_key(a) == _content_key(c)


def test_a_different_model_gets_its_own_copy_and_leaves_the_other(fresh_identifier, tmp_path, monkeypatch):
    import newsbrief.langid as langid

    stock = _stock_answers()
    assert _our_answers() == stock
    (first,) = fresh_identifier.glob("langid-*.npz")
    _second_install(tmp_path, monkeypatch)
    monkeypatch.setattr(langid, "_content_key", lambda packed: "another-version")  # as another py3langid's model
    assert _our_answers() == stock
    assert set(fresh_identifier.glob("langid-*.npz")) == {first, fresh_identifier / "langid-another-version.npz"}


# --- short texts: a decision rule that accepts clear ones and still refuses real ambiguity -------------------

SHORT_CLEAR = [
    ("Earthquake of magnitude 6.1 hits northern Japan, no tsunami warning issued.", "en"),
    ("Storm leaves thousands without power after a night of heavy rain", "en"),
    ("Police say the suspect was arrested at his home on Friday", "en"),
    ("Kabinet valt over het stikstofakkoord", "nl"),
    ("Brand in woonwijk: bewoners mogen nog niet naar huis", "nl"),
    ("Vakbond dreigt met staking bij het openbaar vervoer", "nl"),
    ("زلزال في اليابان", "ar"),  # three words: short, but Arabic script and an Arabic function word
    ("انفجار قرب ميناء بيروت", "ar"),  # no function word, but ي: a letter Persian writes ی
]


@pytest.mark.parametrize("text, code", SHORT_CLEAR)
def test_clear_short_texts_are_identified(text, code):
    guess = detect_language(text)
    assert (guess.code, guess.reliable) == (code, True), guess


SHORT_AMBIGUOUS = [
    "Benjamin Netanyahu Emmanuel Macron Xiomara Castro 2019 2020 2021 Rabat Amman",  # names and numbers
    "Mark Rutte, Frans Timmermans, Sigrid Kaag, Geert Wilders",
    "Amsterdam Rotterdam Den Haag Utrecht Eindhoven Groningen",
    "Ajax - Feyenoord 2-1 (1-0), PSV - AZ 3-3 (2-1)",
    "Donald Trump, Joe Biden, Kamala Harris, 2024",
    "Kabinet valt over stikstofakkoord",  # a headline with no function word of its own: refused, not guessed
    "The minister zei dat the situation ernstig is",  # words of both languages: not ours to settle
]


@pytest.mark.parametrize("text", SHORT_AMBIGUOUS)
def test_genuinely_ambiguous_short_texts_stay_und(text):
    guess = detect_language(text)
    assert guess.code == "und" and not guess.reliable, guess


SHORT_OTHER_LANGUAGES = [
    ("Die Regierung hat am Dienstag neue Maßnahmen angekündigt.", "de"),
    ("Erdbeben der Stärke 6,1 erschüttert den Norden Japans", "de"),
    ("Die regering het Dinsdag nuwe maatreëls aangekondig.", "af"),
    ("Die kabinet het oor die begroting gepraat", "af"),
    ("It regear hat tiisdei nije maatregels oankundige.", "fy"),
    ("Regeringen har tirsdag annonceret nye tiltag.", "da"),
    ("Le gouvernement a annoncé mardi de nouvelles mesures.", "fr"),
    ("Terremoto de magnitud 6,1 sacude el norte de Japón", "es"),
]


@pytest.mark.parametrize("text, code", SHORT_OTHER_LANGUAGES)
def test_short_texts_in_neighbouring_languages_are_never_made_dutch_or_english(text, code):
    guess = detect_language(text)
    assert guess.code in (code, "und"), guess  # their own language, or a refusal: never nl/en by the short rule


def test_short_persian_is_still_not_arabic():
    assert detect_language("زلزله در ژاپن").code != "ar"  # a Persian-only letter (ژ)


def test_short_arabic_script_without_arabic_evidence_stays_und():
    # 12 letters of Arabic script, no Arabic-only letter and no function word: Arabic, Persian or Urdu alike
    assert detect_language("زلزال تهران").code == "und"
