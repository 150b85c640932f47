"""`newsbrief translate` and `newsbrief summarise` through CliRunner, with a fake engine.

The fake is registered through `translate.register_engine` and selected with
``--engine cli-fake``; everything else — registry, loading, document translation, cache,
extractive summariser, record, rendering — is the real code.
"""

from __future__ import annotations

import json


from tests.fixtures_cli import invoke
from tests import cli_fakes
from tests.cli_articles import DUTCH, write


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_translate_text_prints_english_title_and_paragraphs(env, folder):
    result = invoke("translate", str(folder / "a_nl.txt"), "--engine", "cli-fake")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "EN: Gemeente Utrecht opent nieuw fietsenpakhuis bij station"
    assert "EN: De gemeente Utrecht heeft dinsdag een nieuwe fietsenstalling geopend naast het centraal station." \
        in result.stdout
    assert "Language: nl" in result.stdout and "translation: fake-nl (cli-fake, cpu)" in result.stdout


def test_translate_record_aligns_every_sentence(env, folder):
    result = invoke("translate", str(folder / "a_nl.txt"), "--engine", "cli-fake", "--format", "json")
    record = json.loads(result.stdout)
    assert record["language"] == "nl" and record["error"] is None
    assert record["title_en"] == "EN: " + record["title"]
    assert len(record["sentences"]) >= 5
    for sentence in record["sentences"]:
        assert sentence["en"] == "EN: " + sentence["src"]
        assert sentence["score"] == -0.25
        assert sentence["src"] in record["text"].split("\n\n")[sentence["paragraph"]]
    assert record["text_en"].count("\n\n") == record["text"].count("\n\n")  # paragraphs kept
    translation = record["models"]["translation"]
    assert translation["name"] == "fake-nl" and translation["engine"] == "cli-fake" and translation["beam"] == 2
    assert record["models"]["newsbrief"] == "0.1.0"


def test_beam_option_reaches_the_engine(env, folder):
    result = invoke("translate", str(folder / "a_nl.txt"), "--engine", "cli-fake", "--beam", "5", "--json")
    assert records(result)[0]["models"]["translation"]["beam"] == 5


def test_english_passes_through_untranslated(env, folder):
    result = invoke("translate", str(folder / "b_en.txt"), "--engine", "cli-fake", "--json")
    (record,) = records(result)
    assert record["title_en"] == record["title"] and record["text_en"] == record["text"]
    assert record["sentences"] and all(s["en"] == s["src"] for s in record["sentences"])
    assert record["models"]["translation"] == {"identity": True, "reason": "English source"}
    assert cli_fakes.LOADS == []  # no model loaded for English


def test_models_load_once_per_run(env, folder):
    result = invoke("translate", str(folder), "--engine", "cli-fake", "--json", "--lang", "nl")
    assert result.exit_code == 0
    assert len(records(result)) == 4
    assert len(cli_fakes.LOADS) == 1  # four articles, one route, one load


def test_summarise_text_shows_title_and_takeaways(env, folder):
    result = invoke("summarise", str(folder / "b_en.txt"))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "City council approves new bridge over the river"
    assert "Key Takeaways" in lines
    bullets = [line for line in lines if line.startswith("  • ")]
    assert 1 <= len(bullets) <= 5
    assert "summariser: extractive" in result.stdout


def test_summarise_json_takeaways_carry_valid_evidence(env, folder):
    result = invoke("summarise", str(folder), "--engine", "cli-fake", "--format", "json", "--bullets", "2")
    assert result.exit_code == 0, result.stderr
    recs = json.loads(result.stdout)
    assert len(recs) == 4
    for record in recs:
        assert 1 <= len(record["takeaways"]) <= 2
        for bullet in record["takeaways"]:
            assert bullet["evidence"]
            assert all(0 <= i < len(record["sentences"]) for i in bullet["evidence"])
        assert record["models"]["summariser"]["name"] == "extractive"


def test_summarise_markdown_evidence_shows_original_sentences(env, folder):
    result = invoke("summarise", str(folder / "a_nl.txt"), "--engine", "cli-fake", "--format", "markdown",
                    "--evidence", "--bullets", "3")
    assert result.exit_code == 0
    md = result.stdout
    assert md.startswith("# EN: Gemeente Utrecht opent nieuw fietsenpakhuis bij station\n")
    assert "## Key Takeaways" in md
    quoted = [line for line in md.splitlines() if line.startswith("  > [")]
    assert quoted, md
    # the quoted lines are the original Dutch, not the English
    assert any("fietsenstalling" in line and "EN:" not in line for line in quoted)
    without = invoke("summarise", str(folder / "a_nl.txt"), "--engine", "cli-fake", "--format", "markdown")
    assert "  > [" not in without.stdout


def test_summarise_from_stdin_jsonl(env):
    result = invoke("summarise", "-", "--json", "--engine", "cli-fake", input=DUTCH.encode())
    (record,) = records(result)
    assert record["source"] == "-" and record["takeaways"]


def test_missing_model_fails_those_articles_once_and_the_rest_run(env, folder):
    result = invoke("summarise", str(folder), "--engine", "cli-missing", "--json")
    assert result.exit_code == 1
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in records(result)}
    for name in ("a_nl.txt", "d_nl.txt", "ar.txt"):
        assert by_name[name]["error"]["type"] == "model_missing"
        assert "newsbrief models pull" in by_name[name]["error"]["message"]
    assert by_name["b_en.txt"]["error"] is None and by_name["b_en.txt"]["takeaways"]
    # two Dutch articles, one failed load: the failure is remembered, not retried per article
    assert sorted(cli_fakes.MISSING_CALLS) == sorted({s for s in cli_fakes.MISSING_CALLS})
    assert len(cli_fakes.MISSING_CALLS) == 2  # fake-nl once, fake-ar once
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 3
    assert "1 done, 0 skipped, 3 failed" in result.stderr


def test_a_long_error_is_printed_in_full_once_per_run():
    # tester 9: a Dutch folder without its model printed the same 300-character line for every file; a later file now
    # names the first one (each record keeps the whole message), and a short message is said again
    from newsbrief.cli import SHORTEN_OVER, _ErrorLines

    lines = _ErrorLines()
    long = "model opus-mt-nl-en is not in the cache " + "x" * SHORTEN_OVER
    assert lines.line("in/a.txt", {"type": "model_missing", "message": long}) == f"newsbrief: error: in/a.txt: {long}"
    assert lines.line("in/b.txt", {"type": "model_missing", "message": long}) == \
        "newsbrief: error: in/b.txt: model_missing, the same error as in/a.txt"
    assert lines.line("in/c.txt", {"type": "input", "message": "in/c.txt: empty file"}) == \
        "newsbrief: error: in/c.txt: empty file"
    assert lines.line("in/d.txt", {"type": "input", "message": "in/d.txt: empty file"}) == \
        "newsbrief: error: in/d.txt: empty file"


def test_unconfigured_language_is_an_article_error_naming_the_choices(env, tmp_path):
    german = ("Die Stadt eröffnet eine neue Brücke über den Fluss\n\nDer Stadtrat hat am Dienstag beschlossen, "
              "eine neue Brücke für Fußgänger zu bauen. Die Kosten liegen bei etwa dreißig Millionen Euro.\n\n"
              "Gegner sagen, das Geld hätte besser für die Reparatur der bestehenden Straßen verwendet werden "
              "sollen.\n")
    path = write(tmp_path, "de.txt", german)
    result = invoke("translate", str(path), "--engine", "cli-fake", "--json")
    assert result.exit_code == 1
    (record,) = records(result)
    assert record["language"] == "de"
    assert record["error"]["type"] == "language"
    assert "configured languages: ar, nl" in record["error"]["message"]


def test_unknown_summariser_is_a_usage_error(env, folder):
    result = invoke("summarise", str(folder), "--summariser", "nope")
    assert result.exit_code == 2
    assert "unknown summariser 'nope'; valid: extractive" in result.stderr


def test_a_flood_of_warnings_is_capped_on_stderr_and_kept_whole_in_the_record(env, folder, monkeypatch):
    # a weak model can flag every sentence of a long article: the terminal gets the first few and a count
    from newsbrief.cli import WARNINGS_SHOWN
    from newsbrief.pipeline import Pipeline

    assemble = Pipeline._assemble

    def noisy(self, work):
        assemble(self, work)
        work.article.warnings.extend(f"sentence {i}: low translation confidence" for i in range(1, 13))

    monkeypatch.setattr(Pipeline, "_assemble", noisy)
    path = str(folder / "a_nl.txt")
    result = invoke("translate", path, "--engine", "cli-fake")
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: warning:")]
    assert len(lines) == WARNINGS_SHOWN + 1
    assert lines[-1] == f"newsbrief: warning: {path}: and {12 - WARNINGS_SHOWN} more; --format json lists them all"
    record = json.loads(invoke("translate", path, "--engine", "cli-fake", "--format", "json").stdout)
    assert sum("low translation confidence" in w for w in record["warnings"]) == 12


def test_unknown_engine_lists_the_valid_ones(env, folder):
    result = invoke("translate", str(folder), "--engine", "warp")
    assert result.exit_code == 2
    assert "ctranslate2" in result.stderr and "transformers" in result.stderr


def test_warnings_go_to_stderr_not_stdout(env, folder):
    result = invoke("translate", str(folder / "b_en.txt"), "--lang", "nl", "--engine", "cli-fake")
    assert "newsbrief: warning:" in result.stderr and "overrides the detected language" in result.stderr
    # (not just "warning": the text output names its source, and the test's tmp path holds the word)
    assert "newsbrief: warning" not in result.stdout and "overrides the detected language" not in result.stdout
    quiet = invoke("translate", str(folder / "b_en.txt"), "--lang", "nl", "--engine", "cli-fake", "--quiet")
    assert quiet.stderr == ""


def test_default_count_is_adaptive_and_a_short_article_is_no_warning(env, folder):
    """Issue 12 item 21: "asked for 5 takeaways" only when the user asked for a count the article cannot give."""
    result = invoke("summarise", str(folder / "b_en.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert 1 <= len(record["takeaways"]) <= 5
    assert not any("asked for" in w for w in record["warnings"]), record["warnings"]
    assert "asked for" not in result.stderr
    forced = invoke("summarise", str(folder / "b_en.txt"), "--format", "json", "--bullets", "5")
    assert forced.exit_code == 0, forced.stderr
    assert any("asked for 5 takeaways" in w for w in json.loads(forced.stdout)["warnings"])
    auto = invoke("summarise", str(folder / "b_en.txt"), "--format", "json", "--bullets", "auto")
    assert auto.exit_code == 0, auto.stderr
    assert json.loads(auto.stdout)["takeaways"] == record["takeaways"]
