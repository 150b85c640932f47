"""`newsbrief normalise` through click's CliRunner: every format, stdin, folders, errors, exit codes.

Also the process-level promises of the CLI: --help/--version answer without importing torch.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

from tests.fixtures_cli import invoke
from tests.cli_articles import DUTCH, ENGLISH, write

RECORD_KEYS = {"schema", "source", "language", "language_confidence", "title", "byline", "published", "text",
               "source_takeaways", "removed", "title_en", "text_en", "sentences", "takeaways", "models",
               "warnings", "error"}


@pytest.fixture
def articles(tmp_path):
    write(tmp_path, "en.txt", ENGLISH)
    write(tmp_path, "sub/nl.txt", DUTCH)
    write(tmp_path, "sub/notes.md", "not an article")
    return tmp_path


def test_text_format_shows_clean_title_and_body(articles):
    result = invoke("normalise", str(articles / "en.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("City council approves new bridge over the river\n")
    assert "The city council voted on Tuesday" in result.stdout
    assert "Read more" not in result.stdout  # boilerplate stays out of the body
    assert "\x1b[" not in result.stdout  # not a tty: plain text
    assert "Language: en" in result.stdout


def test_markdown_format(articles):
    result = invoke("normalise", str(articles / "en.txt"), "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "# City council approves new bridge over the river"
    assert any("Language: en" in line for line in lines)
    assert "The bridge will cost about 30 million dollars" in result.stdout


def test_json_single_file_is_one_object_with_every_record_key(articles):
    result = invoke("normalise", str(articles / "en.txt"), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert set(record) >= RECORD_KEYS
    assert record["schema"] == "newsbrief/1"
    assert record["language"] == "en" and record["error"] is None
    assert record["title"] == "City council approves new bridge over the river"
    assert record["text"].startswith("The city council voted")
    assert record["models"]["command"] == "normalise"
    assert len(record["models"]["input_sha256"]) == 64


def test_json_folder_is_an_array_in_sorted_order(articles):
    result = invoke("normalise", str(articles), "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [str(articles / "en.txt"), str(articles / "sub" / "nl.txt")]
    assert [r["language"] for r in records] == ["en", "nl"]


def test_jsonl_and_json_flag_give_one_record_per_line(articles):
    for flag in (["--format", "jsonl"], ["--json"]):
        result = invoke("normalise", str(articles), *flag)
        assert result.exit_code == 0
        lines = result.stdout.splitlines()
        assert len(lines) == 2
        assert [json.loads(line)["language"] for line in lines] == ["en", "nl"]


def test_glob_selects_other_files(articles):
    result = invoke("normalise", str(articles), "--glob", "*.md", "--json")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(articles / "sub" / "notes.md")]


def test_stdin_dash(articles):
    result = invoke("normalise", "-", "--json", input=DUTCH.encode("cp1252"))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["language"] == "nl"
    assert record["title"] == "Gemeente Utrecht opent nieuw fietsenpakhuis bij station"


def test_lang_override_is_recorded_with_a_warning(articles):
    result = invoke("normalise", str(articles / "en.txt"), "--json", "--lang", "nl")
    record = json.loads(result.stdout)
    assert record["language"] == "nl"
    assert any("overrides the detected language en" in w for w in record["warnings"])


def test_the_reading_day_setting_pins_published_and_a_bad_one_is_a_usage_error(tmp_path, monkeypatch):
    # a page dated 20 January 2027: ahead of 7 December 2026 (left empty, warned), behind 1 February 2027
    write(tmp_path, "concert.txt", "Voorjaarsconcert Stadsorkest\n20 januari 2027\n\nHet stadsorkest speelt dit "
          "voorjaar werken van Mendelssohn en Brahms, onder leiding van de nieuwe chef-dirigent. Het concert begint "
          "om acht uur in de grote zaal van het muziekcentrum.\n")
    read = {}
    for day in ("2026-12-07", "2027-02-01"):
        monkeypatch.setenv("NEWSBRIEF_TODAY", day)
        read[day] = json.loads(invoke("normalise", str(tmp_path / "concert.txt"), "--json").stdout)
    assert read["2026-12-07"]["published"] is None
    assert any("after today 2026-12-07" in w for w in read["2026-12-07"]["warnings"])
    assert read["2027-02-01"]["published"] == "2027-01-20"
    monkeypatch.setenv("NEWSBRIEF_TODAY", "7/12/2026")
    result = CliRunner().invoke(cli, ["normalise", str(tmp_path / "concert.txt"), "--json"])
    assert result.exit_code == 2 and "NEWSBRIEF_TODAY" in result.output, result.output


def test_failed_article_mid_folder_gets_error_record_and_exit_1(articles):
    write(articles, "b_empty.txt", "")
    write(articles, "c_binary.txt", b"\x00\x01\x02PK\x03\x04" * 50)
    result = invoke("normalise", str(articles), "--json")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    assert set(by_name) == {"b_empty.txt", "c_binary.txt", "en.txt", "nl.txt"}
    assert by_name["b_empty.txt"]["error"]["type"] == "input"
    assert by_name["c_binary.txt"]["error"]["type"] == "input"
    assert by_name["nl.txt"]["error"] is None and by_name["en.txt"]["error"] is None
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 2 and "b_empty.txt" in errors[0] and "c_binary.txt" in errors[1]
    assert "Traceback" not in result.stderr
    assert "2 done, 0 skipped, 2 failed" in result.stderr


def test_missing_path_is_an_article_error_not_a_crash(articles):
    result = invoke("normalise", str(articles / "en.txt"), str(articles / "nope.txt"))
    assert result.exit_code == 1
    assert "City council approves" in result.stdout  # the good one still ran
    assert result.stderr.strip().splitlines()[0] == f"newsbrief: error: {articles / 'nope.txt'}: no such file"


def test_too_big_input_respects_max_bytes(articles):
    result = invoke("normalise", str(articles / "en.txt"), "--max-bytes", "100", "--json")
    assert result.exit_code == 1
    assert "larger than the limit" in json.loads(result.stdout)["error"]["message"]


@pytest.mark.parametrize("args", [
    ["normalise"],  # PATH missing
    ["normalise", "x.txt", "--format", "yaml"],
    ["normalise", "x.txt", "--json", "--format", "text"],
    ["normalise", "x.txt", "--force"],  # --force without -o
    ["normalise", "x.txt", "--lang", "dutch"],
    ["summarise", "x.txt", "--bullets", "11"],
    ["summarise", "x.txt", "--bullets", "many"],
    ["frobnicate"],
])
def test_usage_errors_exit_2_with_one_line(args):
    result = invoke(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbrief: error: ")
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["normalise", "summarise"])
def test_a_lang_that_is_no_language_code_is_one_line_listing_the_valid_choices(articles, command):
    # "xx" has two letters but is no ISO 639-1 code: it was recorded as the language at confidence 1.0
    result = invoke(command, str(articles / "en.txt"), "--lang", "xx", "--json")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("newsbrief: error: --lang 'xx' is not an ISO 639-1 language code; valid: ")
    assert all(code in line.split("valid: ")[1] for code in ("ar", "en", "nl"))


def test_a_real_language_code_without_a_model_is_still_taken(articles):
    # guard: "vi" is a language; its articles fail one by one with how to add a route (test_cli_confusing)
    result = invoke("normalise", str(articles / "en.txt"), "--lang", "vi", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["language"] == "vi"


def test_models_help_names_the_doctor_command_not_a_check_command():
    text = invoke("models", "--help").stdout
    assert "doctor" in text.split("Commands:")[0] and " check " not in text


def test_empty_folder_is_a_usage_error(tmp_path):
    result = invoke("normalise", str(tmp_path))
    assert result.exit_code == 2
    assert "no input files matching '*.txt', '*.html', '*.htm'" in result.stderr


def test_bad_registry_is_a_config_error_exit_2(tmp_path, articles):
    bad = write(tmp_path, "bad.yaml", "version: 1\nbogus: true\n")
    result = invoke("translate", str(articles / "en.txt"), "--models", str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith("newsbrief: error: ") and "unknown key 'bogus'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_choices_match_the_registry():
    from newsbrief import cli as cli_module, registry, render

    assert cli_module.ENGINES == registry.ENGINES
    assert cli_module.DEVICES == registry.DEVICES
    assert cli_module.FORMATS == render.FORMATS


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_do_not_import_heavy_modules(flag):
    code = (
        "import sys\n"
        "from newsbrief.cli import cli\n"
        f"rc = cli.main([{flag!r}], standalone_mode=False)\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'torch', 'transformers', 'ctranslate2', "
        "'translate', 'summarise', 'rich', 'numpy'})\n"
        "print('RC', rc, 'HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "RC 0 HEAVY []"
    assert ("Usage: newsbrief" in out.stdout) if flag == "--help" else ("newsbrief 0.1.0" in out.stdout)
