"""The pipeline as a library: RunOptions, one Article per input, shared models, settings digest."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError
from newsbrief.pipeline import Pipeline, RunOptions
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, ENGLISH


@pytest.fixture
def registry(tmp_path, monkeypatch):
    return cli_fakes.fake_environment(tmp_path, monkeypatch)


def test_run_options_are_frozen_and_checked():
    options = RunOptions(command="translate")
    with pytest.raises(AttributeError):
        options.command = "summarise"  # type: ignore[misc]
    with pytest.raises(ValueError, match="command must be one of"):
        RunOptions(command="explode")


def test_normalise_needs_no_registry_and_fills_the_record(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_MODELS", "/nonexistent/models.yaml")  # not read for normalise
    article = Pipeline(RunOptions(command="normalise")).process("x.txt", ENGLISH.encode())
    assert article.error is None
    assert article.title == "City council approves new bridge over the river"
    assert article.byline and "Anna Smith" in article.byline
    assert article.language == "en" and article.language_confidence > 0.5
    assert article.paragraphs[0].startswith("The city council voted")
    assert article.sentences == [] and article.title_en is None  # later stages did not run


def test_translate_then_summarise_one_dutch_article(registry):
    pipeline = Pipeline(RunOptions(command="summarise", engine="cli-fake", bullets=3))
    article = pipeline.process("nl.txt", DUTCH.encode())
    assert article.error is None, article.error
    assert article.language == "nl"
    assert [s.paragraph for s in article.sentences] == sorted(s.paragraph for s in article.sentences)
    assert all(s.en == f"EN: {s.src}" for s in article.sentences)
    assert 1 <= len(article.takeaways) <= 3
    assert article.models["translation"]["name"] == "fake-nl"
    assert article.models["summariser"]["kind"] == "extractive"


def test_translators_are_loaded_lazily_once_per_route(registry):
    pipeline = Pipeline(RunOptions(command="translate", engine="cli-fake"))
    assert cli_fakes.LOADS == []  # nothing loaded up front
    pipeline.process("en.txt", ENGLISH.encode())
    assert cli_fakes.LOADS == []  # English needs no model
    for _ in range(3):
        pipeline.process("nl.txt", DUTCH.encode())
    pipeline.process("ar.txt", ARABIC.encode())
    pipeline.process("ar2.txt", ARABIC.encode())
    assert [src.rsplit("/", 1)[-1] for src in cli_fakes.LOADS] == ["fake-nl", "fake-ar"]


def test_one_failure_does_not_poison_the_pipeline(registry):
    pipeline = Pipeline(RunOptions(command="summarise", engine="cli-fake"))
    bad = pipeline.process("bad.bin", b"\x00\x00\xff\xfe\x00binary")
    assert bad.error and bad.error["type"] == "input"
    good = pipeline.process("nl.txt", DUTCH.encode())
    assert good.error is None and good.takeaways


def test_unreliable_language_becomes_und_with_a_warning(registry):
    article = Pipeline(RunOptions(command="translate", engine="cli-fake")).process("n.txt", b"12345 67890\n\n2024 99")
    assert article.language == "und"
    assert any("could not be identified reliably" in w and "--lang" in w for w in article.warnings)
    assert article.error and article.error["type"] == "language"  # never silently English
    assert "pass --lang" in article.error["message"]


def test_unreliable_language_warning_names_the_refused_best_guess(monkeypatch):
    import newsbrief.langid as langid

    monkeypatch.setattr(langid, "detect_language", lambda text: langid.LanguageGuess("und", 0.41, False, candidate="af"))
    article = Pipeline(RunOptions(command="normalise")).process("x.txt", ENGLISH.encode())
    assert article.language == "und"
    assert any("best guess af, confidence 0.41" in w for w in article.warnings), article.warnings


@pytest.mark.parametrize(("candidate", "advice"), [("en", "reliably (best guess en); pass --lang en to summarise it"),
                                                    ("pcm", "reliably; pass --lang CODE to summarise it"),
                                                    (None, "reliably; pass --lang CODE to summarise it")])
def test_und_article_error_says_which_lang_to_pass(registry, monkeypatch, candidate, advice):
    # not "no translation model for language 'und'", which sends the reader to models.yaml
    import newsbrief.langid as langid

    monkeypatch.setattr(langid, "detect_language",
                        lambda text: langid.LanguageGuess("und", 0.63, False, candidate=candidate))
    article = Pipeline(RunOptions(command="summarise", engine="cli-fake")).process("box.txt", ENGLISH.encode())
    assert article.error["type"] == "language"
    assert article.error["message"] == f"box.txt: the language could not be identified {advice}"


def test_settings_digest_tracks_what_changes_the_output(registry):
    def digest(**kw):
        return Pipeline(RunOptions(**kw)).settings_digest()

    base = digest(command="summarise", engine="cli-fake")
    assert base == digest(command="summarise", engine="cli-fake", use_cache=False, max_bytes=5)
    assert base != digest(command="summarise", engine="cli-fake", bullets=2)
    assert base != digest(command="summarise", engine="cli-fake", beam=3)
    assert base != digest(command="translate", engine="cli-fake")
    assert digest(command="translate", engine="cli-fake") == digest(command="translate", engine="cli-fake", bullets=2)
    assert digest(command="normalise") == digest(command="normalise", engine="transformers", beam=5)
    assert digest(command="normalise") != digest(command="normalise", lang="nl")


def test_registry_change_changes_the_digest(registry):
    before = Pipeline(RunOptions(command="translate")).settings_digest()
    registry.write_text(registry.read_text().replace("beam: 2", "beam: 3"))
    assert Pipeline(RunOptions(command="translate")).settings_digest() != before


def test_unknown_summariser_fails_at_construction(registry):
    with pytest.raises(ConfigError, match="unknown summariser 'bart'"):
        Pipeline(RunOptions(command="summarise", summariser="bart"))


def test_nothing_left_after_cleaning_is_a_clear_input_error(registry):
    page = b"Home | News | Sport\n\nShare on Facebook\n\nRead more\n\nCookies help us deliver our services.\n"
    normalised = Pipeline(RunOptions(command="normalise")).process("nav.txt", page)
    assert normalised.error is None and normalised.text == ""  # normalise just reports what it found
    article = Pipeline(RunOptions(command="summarise", engine="cli-fake")).process("nav.txt", page)
    assert article.error["type"] == "input"
    # what happened, said as it happened: a menu line is no headline, so all four lines went as boilerplate
    assert normalised.title is None and len(normalised.removed) == 4
    assert "no article text left after removing boilerplate (4 line(s) removed)" in article.error["message"]
