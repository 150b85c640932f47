"""Tester stop 27, finding 10: a folder run with the default --glob left out a page saved without an extension
("nl04_voetbal", "index.php") and said nothing. One note on stderr now names how many files the default patterns
left out and how to take them; the records on stdout are unchanged, and -q or a --glob of one's own says nothing."""

from __future__ import annotations

import json

from tests.cli_articles import ARABIC, DUTCH, ENGLISH, write
from tests.fixtures_cli import invoke


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("newsbrief: note:")]


def test_files_the_default_glob_left_out_are_counted_in_one_note(env, tmp_path):
    src = tmp_path / "scrapes"
    write(src, "a.txt", ENGLISH)
    write(src, "b.html", f"<html><body><article><p>{DUTCH}</p></article></body></html>")
    write(src, "saved_without_extension", f"<html><body><article><p>{ARABIC}</p></article></body></html>")
    write(src, "sub/index.php", f"<html><body><article><p>{ENGLISH}</p></article></body></html>")
    result = invoke("normalise", str(src), "--json")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2  # the records stream: only the articles taken
    assert all(json.loads(line)["source"] for line in result.stdout.splitlines())
    (note,) = _notes(result.stderr)
    assert "2 file(s) in the folder(s) left out (" in note
    assert "not matching --glob *.txt,*.html,*.htm" in note
    # the note names the files, so a user sees which pages were not read (tester stop 33: ".pdf and .docx")
    assert "saved_without_extension" in note and "index.php" in note
    assert "--glob '*'" in note
    # the way out the note gives takes them
    every = invoke("normalise", str(src), "--json", "--glob", "*")
    assert every.exit_code == 0, every.stderr
    assert len(every.stdout.splitlines()) == 4
    assert _notes(every.stderr) == []


def test_no_note_when_nothing_was_left_out_or_when_asked_for_quiet(env, tmp_path):
    src = tmp_path / "scrapes"
    write(src, "a.txt", ENGLISH)
    assert _notes(invoke("normalise", str(src), "--json").stderr) == []
    write(src, "notes", ENGLISH)
    assert invoke("normalise", str(src), "--json", "-q").stderr == ""


def test_a_glob_of_ones_own_gets_no_note(env, tmp_path):
    """A user who gave --glob chose what to take."""
    src = tmp_path / "scrapes"
    write(src, "a.txt", ENGLISH)
    write(src, "b.md", ENGLISH)
    assert _notes(invoke("normalise", str(src), "--json", "--glob", "*.txt").stderr) == []


def test_the_note_names_a_few_files_and_counts_the_rest(env, tmp_path):
    """An archive may hold thousands of other files: the note names three and counts the others."""
    src = tmp_path / "scrapes"
    write(src, "a.txt", ENGLISH)
    for n in range(5):
        write(src, f"figure_{n}.csv", "a,b\n1,2\n")
    (note,) = _notes(invoke("normalise", str(src), "--json").stderr)
    assert "5 file(s) in the folder(s) left out (" in note
    assert sum(f"figure_{n}.csv" in note for n in range(5)) == 3
    assert "and 2 more" in note
