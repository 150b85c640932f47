"""Folder runs with ``-o OUTDIR`` through CliRunner: mirrored tree, resume, --force, failures, collisions."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests.fixtures_cli import invoke
from tests.cli_articles import DUTCH, ENGLISH, write


def outputs(out):
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())


def snapshot(out):
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def test_output_mirrors_the_input_tree(env, folder, tmp_path):
    out = tmp_path / "out"
    result = invoke("summarise", str(folder), "--engine", "cli-fake", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # with -o the results go to files unless a format is asked for
    assert outputs(out) == ["a_nl.json", "a_nl.md", "b_en.json", "b_en.md", "c/ar.json", "c/ar.md",
                            "c/d_nl.json", "c/d_nl.md"]
    record = json.loads((out / "c" / "d_nl.json").read_text())
    assert record["source"] == str(folder / "c" / "d_nl.txt") and record["takeaways"]
    md = (out / "a_nl.md").read_text()
    assert md.startswith("# EN: Gemeente Utrecht") and "## Key Takeaways" in md and "  > [" in md
    assert result.stderr.strip().splitlines()[-1].startswith("newsbrief: 4 done, 0 skipped, 0 failed in ")


def test_rerun_skips_finished_articles_and_force_redoes_them(env, folder, tmp_path):
    out = tmp_path / "out"
    args = ["summarise", str(folder), "--engine", "cli-fake", "-o", str(out)]
    assert invoke(*args).exit_code == 0
    before = snapshot(out)
    again = invoke(*args)
    assert again.exit_code == 0
    assert "0 done, 4 skipped, 0 failed" in again.stderr
    assert snapshot(out) == before  # nothing rewritten
    forced = invoke(*args, "--force")
    assert "4 done, 0 skipped, 0 failed" in forced.stderr
    assert all(snapshot(out)[k] >= before[k] for k in before)


def test_changed_input_or_settings_are_redone(env, folder, tmp_path):
    out = tmp_path / "out"
    args = ["summarise", str(folder), "--engine", "cli-fake", "-o", str(out)]
    invoke(*args)
    write(folder, "a_nl.txt", DUTCH + "\nDe stalling krijgt volgend jaar ook laadpalen voor elektrische fietsen.\n")
    assert "1 done, 3 skipped, 0 failed" in invoke(*args).stderr
    assert "4 done, 0 skipped, 0 failed" in invoke(*args, "--bullets", "2").stderr
    # options that change how results are shown or cached, not what they are, do not invalidate them
    before = snapshot(out)
    shown = invoke(*args, "--bullets", "2", "--quiet", "--no-cache", "--format", "jsonl")
    assert shown.exit_code == 0 and shown.stderr == ""
    assert snapshot(out) == before
    # a resumed run still shows every result: the skipped ones from their saved records
    saved = {str(p): json.loads(p.read_text()) for p in out.rglob("*.json")}
    shown_records = [json.loads(line) for line in shown.stdout.splitlines()]
    assert len(shown_records) == 4
    for record in shown_records:
        name = record["source"].replace(str(folder), str(out)).replace(".txt", ".json")
        assert record == saved[name]


def test_failed_articles_are_saved_with_their_error_and_retried(env, folder, tmp_path):
    out = tmp_path / "out"
    write(folder, "b2_empty.txt", "   \n")
    args = ["summarise", str(folder), "--engine", "cli-fake", "-o", str(out)]
    result = invoke(*args)
    assert result.exit_code == 1
    assert json.loads((out / "b2_empty.json").read_text())["error"]["type"] == "input"
    assert "# " in (out / "b2_empty.md").read_text() and "**Error**" in (out / "b2_empty.md").read_text()
    assert "4 done, 0 skipped, 1 failed" in result.stderr
    write(folder, "b2_empty.txt", ENGLISH.replace("bridge", "tunnel"))
    fixed = invoke(*args)
    assert fixed.exit_code == 0
    assert "1 done, 4 skipped, 0 failed" in fixed.stderr


def test_format_with_output_also_streams_to_stdout(env, folder, tmp_path):
    out = tmp_path / "out"
    result = invoke("translate", str(folder), "--engine", "cli-fake", "-o", str(out), "--json")
    assert len(result.stdout.splitlines()) == 4
    assert json.loads(result.stdout.splitlines()[0])["source"].endswith("a_nl.txt")


def test_stdin_with_output_is_written_as_stdin_json(env, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["normalise", "-", "-o", str(out)], input=ENGLISH.encode())
    assert result.exit_code == 0
    assert outputs(out) == ["stdin.json", "stdin.md"]


def test_two_inputs_writing_the_same_output_fail_alone(env, tmp_path):
    write(tmp_path / "x", "a.txt", ENGLISH)
    write(tmp_path / "x", "a.text", ENGLISH)
    write(tmp_path / "x", "ab.txt", ENGLISH)
    result = invoke("normalise", str(tmp_path / "x"), "--glob", "a*", "-o", str(tmp_path / "out"))
    assert result.exit_code == 1  # those two failed; the run was not refused (tester29b E3)
    assert result.stderr.count("would write the same output") == 2
    assert outputs(tmp_path / "out") == ["ab.json", "ab.md"]


def test_unwritable_output_is_a_usage_error(env, folder, tmp_path):
    blocker = write(tmp_path, "file", "x")
    result = invoke("normalise", str(folder), "-o", str(blocker / "sub"))
    assert result.exit_code == 2
    assert result.stderr.startswith("newsbrief: error: cannot create output folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions")
def test_readonly_output_folder(env, folder, tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = invoke("normalise", str(folder), "-o", str(out))
    finally:
        out.chmod(0o700)
    assert result.exit_code == 2 and "not writable" in result.stderr
