"""Reliability, second pass (issue 12 items 1-9, 23, 24): crashes, hangs and lost data, through the real CLI.

Where a standard stream, the locale, the umask or a second process matters, the test runs a real process (the
installed ``newsbrief``, or ``tests/cli_fakes.py`` when it needs the fake engines); the rest use click's runner.

Decisions where the issue left a choice (the tests pin them):
- Locale: JSON/JSONL on stdout is UTF-8 whatever the locale. Text and markdown use the locale's character set and
  write what it cannot hold as ``\\u`` escapes, with one warning on stderr per run.
- ``-o`` never replaces a file newsbrief did not write: that article fails with a message (the user's file stays),
  the others go on. A ``.json`` is ours when it is a newsbrief record; a ``.md`` when it ends with our marker line
  or its ``.json`` is ours.
- Same relative name from two input roots into one OUTDIR: refused with the fix (another -o folder, or --force),
  not mirrored under the root's name (that would move every existing OUTDIR's files and break their resume).
- Two runs into one OUTDIR: the second stops at once (exit 2) on OUTDIR's lock; it does not wait or share.
- Closed stdout when results go to stdout: exit 2 before any work. A write to stdout that fails (a full disk,
  /dev/full): one error line, exit 1. Closed stderr: the run is unchanged, only its messages are lost.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests import cli_fakes
from tests.cli_articles import DUTCH, DUTCH_2, ENGLISH, dutch_variants, write
from tests.test_hostile_files import tmpfs  # noqa: F401 - the fixture (a small tmpfs mount, skipped where not allowed)
from tests.test_workflows import LAUNCHER, installed_newsbrief

QUOTED = DUTCH.replace("was de stalling hard nodig", "was de stalling “hard nodig”")


@pytest.fixture
def env(tmp_path, monkeypatch):
    return cli_fakes.fake_environment(tmp_path, monkeypatch)


@pytest.fixture
def proc_env(tmp_path):
    """Environment for a subprocess run with the fake registry (for tests/cli_fakes.py as the launcher)."""
    environ = dict(os.environ)
    environ.update({"NEWSBRIEF_MODELS": str(cli_fakes.write_registry(tmp_path)),
                    "NEWSBRIEF_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"})
    return environ


def invoke(*args: str, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def shell(command: str, *, env=None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`command` in bash, where $NB is the installed newsbrief (so `>&-`, `2>&-`, `umask` are real)."""
    environ = dict(env or os.environ)
    environ["NB"] = " ".join(installed_newsbrief())
    return subprocess.run(["bash", "-c", command], capture_output=True, env=environ, timeout=timeout)


def assert_one_error_line(stderr: str, *needles: str) -> None:
    lines = stderr.splitlines()
    errors = [line for line in lines if line.startswith("newsbrief: error: ")]
    assert len(errors) == 1, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr
    for needle in needles:
        assert needle in errors[0], errors[0]


# --- 1. a locale whose character set is not UTF-8 ------------------------------------------------------------


def latin1_environments() -> list[dict[str, str]]:
    """PYTHONIOENCODING gives stdout the latin-1 of such a locale everywhere; the real locale where it exists
    (make it with `localedef -i en_US -f ISO-8859-1 en_US.ISO-8859-1`)."""
    envs = [{"PYTHONIOENCODING": "iso-8859-1"}]
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    if "en_us.iso88591" in found:
        envs.append({"LC_ALL": "en_US.ISO-8859-1"})
    return envs


@pytest.mark.parametrize("extra", latin1_environments(), ids=lambda e: next(iter(e)))
def test_non_utf8_locale_text_escapes_and_json_is_utf8(tmp_path, extra):
    write(tmp_path / "in", "a_nl.txt", QUOTED)
    write(tmp_path / "in", "b_en.txt", ENGLISH.replace("debate", "“debate”"))
    env = {**os.environ, **extra}
    env.pop("PYTHONUTF8", None)
    text = shell(f'$NB normalise {tmp_path / "in"}', env=env)
    assert text.returncode == 0, text.stderr
    stdout = text.stdout.decode("latin-1")
    assert "\\u201chard nodig\\u201d" in stdout and "\\u201cdebate\\u201d" in stdout
    warnings = [line for line in text.stderr.decode().splitlines() if "character set" in line]
    assert len(warnings) == 1 and "escapes" in warnings[0], text.stderr  # said once, for two articles
    assert "internal error" not in text.stderr.decode()

    as_json = shell(f'$NB normalise {tmp_path / "in"} --json', env=env)
    assert as_json.returncode == 0, as_json.stderr
    records = [json.loads(line) for line in as_json.stdout.decode("utf-8").splitlines()]
    assert "“hard nodig”" in records[0]["text"]
    assert as_json.stderr.decode().count("character set") == 0

    one = shell(f'$NB normalise {tmp_path / "in" / "a_nl.txt"} --format json', env=env)
    assert one.returncode == 0 and "“hard nodig”" in json.loads(one.stdout.decode("utf-8"))["text"]


# --- 2. -o never replaces a file newsbrief did not write -------------------------------------------------------


def test_output_never_replaces_the_users_own_files(env, tmp_path):
    notes = tmp_path / "notes"
    write(notes, "report.txt", ENGLISH)
    write(notes, "report.md", "# My own notes\n\nDo not lose these.\n")
    write(notes, "other.txt", DUTCH)
    write(notes, "other.json", '{"my": "data"}\n')
    write(notes, "fine.txt", DUTCH_2)
    before = {p.name: p.read_bytes() for p in notes.iterdir()}
    result = invoke("summarise", str(notes / "report.txt"), str(notes / "other.txt"), str(notes / "fine.txt"),
                    "-o", str(notes), "--engine", "cli-fake")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error: ")]
    assert len(errors) == 2, result.stderr
    assert "report.md already exists and was not written by newsbrief; not replaced" in errors[0]
    assert "other.json already exists and was not written by newsbrief" in errors[1]
    for name, data in before.items():
        assert (notes / name).read_bytes() == data, name
    assert not (notes / "report.json").exists() and not (notes / "other.md").exists()  # no half pair either
    assert json.loads((notes / "fine.json").read_text())["error"] is None  # the others still run
    # our own outputs are recognised: a re-run skips them, --force replaces them
    again = invoke("summarise", str(notes / "fine.txt"), "-o", str(notes), "--engine", "cli-fake")
    assert again.exit_code == 0 and "0 done, 1 skipped" in again.stderr
    forced = invoke("summarise", str(notes / "fine.txt"), "-o", str(notes), "--engine", "cli-fake", "--force")
    assert forced.exit_code == 0 and "1 done, 0 skipped" in forced.stderr


# --- 3. the same name from two input roots -----------------------------------------------------------------------


def test_same_name_from_another_input_root_is_refused_not_overwritten(env, tmp_path):
    write(tmp_path / "dupA", "x.txt", DUTCH)
    write(tmp_path / "dupB", "x.txt", DUTCH_2)
    out = tmp_path / "out"
    first = invoke("translate", str(tmp_path / "dupA"), "-o", str(out), "--engine", "cli-fake")
    assert first.exit_code == 0
    saved = (out / "x.json").read_bytes()
    second = invoke("translate", str(tmp_path / "dupB"), "-o", str(out), "--engine", "cli-fake")
    assert second.exit_code == 1
    assert_one_error_line(second.stderr, "holds the result of another input with the same name",
                          str(tmp_path / "dupA" / "x.txt"), "another -o folder", "--force")
    assert (out / "x.json").read_bytes() == saved
    # dupA is not redone by its next run (its result was kept), and the same input by another path is the same
    rerun = invoke("translate", str(tmp_path / "dupB" / ".." / "dupA"), "-o", str(out), "--engine", "cli-fake")
    assert rerun.exit_code == 0 and "0 done, 1 skipped" in rerun.stderr
    forced = invoke("translate", str(tmp_path / "dupB"), "-o", str(out), "--engine", "cli-fake", "--force")
    assert forced.exit_code == 0
    assert json.loads((out / "x.json").read_text())["source"].endswith("dupB/x.txt")


# --- 4. a huge --max-bytes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["100000000000", "99999999999999999999"])
def test_huge_max_bytes_is_not_allocated(tmp_path, limit):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = invoke("normalise", str(article), "--max-bytes", limit, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "City council approves new bridge over the river"


def test_max_bytes_still_limits_a_pipe_read_in_chunks(tmp_path):
    result = invoke("normalise", "-", "--max-bytes", str(3_000_000), input=b"word " * 700_000)
    assert result.exit_code == 1 and "-: larger than the limit of 3,000,000 bytes" in result.stderr


# --- 5. closed or full stdout, closed stderr ---------------------------------------------------------------------


def test_closed_stdout_is_a_usage_error(tmp_path):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = shell(f"$NB normalise {article} >&-")
    assert result.returncode == 2
    assert_one_error_line(result.stderr.decode(), "stdout is closed", "-o DIR")
    # with -o the results do not need stdout: the run works
    saved = shell(f"$NB normalise {article} -o {tmp_path / 'out'} >&-")
    assert saved.returncode == 0, saved.stderr
    assert (tmp_path / "out" / "a.json").is_file()


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_full_stdout_is_one_error_and_exit_1(tmp_path, fmt):
    folder = tmp_path / "in"
    for i in range(3):
        write(folder, f"{i}.txt", ENGLISH.replace("five years", f"{i + 2} years"))
    result = shell(f"$NB normalise {folder} --format {fmt} > /dev/full")
    assert result.returncode == 1
    assert_one_error_line(result.stderr.decode(), "cannot write the results to stdout (No space left on device)")
    assert "Exception ignored" not in result.stderr.decode()


def test_closed_stderr_leaves_the_run_unchanged(tmp_path):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = shell(f"$NB normalise {article} --json 2>&-")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "City council approves new bridge over the river"
    failing = shell(f"$NB normalise {tmp_path / 'missing.txt'} 2>&-")
    assert failing.returncode == 1  # the article's failure, not a crash on the missing stream


# --- 6. a time limit per article -----------------------------------------------------------------------------


def test_a_slow_article_fails_at_the_time_limit_and_the_run_goes_on(env, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "a_nl.txt", DUTCH)
    write(folder, "b_en.txt", ENGLISH)  # English passes through: no translator call, so it is fast
    monkeypatch.setenv("NEWSBRIEF_FAKE_DELAY", "30")
    started = time.monotonic()
    result = invoke("translate", str(folder), "--engine", "cli-slowfake", "--time-limit", "1", "--json")
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["a_nl.txt"]["error"]["type"] == "time_limit"
    assert "took longer than the time limit of 1 s" in records["a_nl.txt"]["error"]["message"]
    assert records["b_en.txt"]["error"] is None
    assert "1 done, 0 skipped, 1 failed" in result.stderr


def test_time_limit_from_the_environment_and_zero_turns_it_off(env, tmp_path, monkeypatch):
    article = write(tmp_path, "a_nl.txt", DUTCH)
    monkeypatch.setenv("NEWSBRIEF_FAKE_DELAY", "1.5")
    monkeypatch.setenv("NEWSBRIEF_TIME_LIMIT", "0.5")
    limited = invoke("translate", str(article), "--engine", "cli-slowfake", "--no-cache")
    assert limited.exit_code == 1 and "time limit of 0.5 s" in limited.stderr
    unlimited = invoke("translate", str(article), "--engine", "cli-slowfake", "--no-cache", "--time-limit", "0")
    assert unlimited.exit_code == 0, unlimited.stderr


def test_model_loading_does_not_count_against_the_article(env, tmp_path, monkeypatch):
    def slow_load(settings, progress=None):
        time.sleep(1.5)
        return cli_fakes.FakeTranslator(settings)

    from translate import register_engine

    register_engine("rel-slowload", slow_load)
    article = write(tmp_path, "a_nl.txt", DUTCH)
    result = invoke("translate", str(article), "--engine", "rel-slowload", "--time-limit", "1", "--no-cache")
    assert result.exit_code == 0, result.stderr


def test_the_deadline_interrupts_a_runaway_regex_and_pauses():
    from newsbrief.deadline import paused, time_limit
    from newsbrief.errors import TimeLimitError

    started = time.monotonic()
    with pytest.raises(TimeLimitError, match="x.txt: took longer than the time limit of 0.3 s"):
        with time_limit(0.3, "x.txt"):
            re.match(r"(a+)+$", "a" * 40 + "b")  # exponential backtracking: hours without the limit
    assert time.monotonic() - started < 5
    with time_limit(0.3, "y.txt"):
        with paused():
            time.sleep(0.6)


def test_cli_default_time_limit_matches_the_library():
    from newsbrief import cli as cli_module
    from newsbrief.deadline import DEFAULT_SECONDS

    assert cli_module.DEFAULT_TIME_LIMIT == DEFAULT_SECONDS


# --- 7. a full disk under -o ---------------------------------------------------------------------------------


def test_full_disk_under_output_stops_after_the_first_error(tmp_path, tmpfs):  # noqa: F811
    disk = tmpfs("small", "size=96k")
    folder = tmp_path / "in"
    for i, text in enumerate(dutch_variants(60)):
        write(folder, f"{i:02d}.txt", text)
    result = shell(f"$NB normalise {folder} -o {disk / 'out'}")
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert_one_error_line(stderr, "No space left on device", "stopped", "run the same command again to resume")
    records = sorted((disk / "out").glob("*.json"))
    assert 0 < len(records) < 60
    for path in records:  # nothing half-written: every record parses and has its markdown
        assert json.loads(path.read_text(encoding="utf-8"))["error"] is None
        assert path.with_suffix(".md").is_file()
    assert len(list((disk / "out").glob("*.md"))) == len(records)
    assert not [p for p in (disk / "out").iterdir() if p.name.endswith(".nbtmp")]


# --- 8. two runs into one -o ----------------------------------------------------------------------------------


def test_second_run_into_the_same_output_stops_on_the_lock(tmp_path, proc_env):
    folder = tmp_path / "in"
    for i, text in enumerate(dutch_variants(4)):
        write(folder, f"{i:02d}.txt", text)
    out = tmp_path / "out"
    # one article per engine call; the first run writes its first article, then waits at the gate until the
    # second run has been refused, so it still holds the lock however slowly the second one starts
    cmd = [*LAUNCHER, "translate", str(folder), "--engine", "cli-slowfake", "-o", str(out), "--no-cache",
           "--batch-articles", "1"]
    gate = tmp_path / "gate"
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**proc_env, "NEWSBRIEF_FAKE_DELAY": "0", "NEWSBRIEF_FAKE_GATE": str(gate)})
    try:
        deadline = time.monotonic() + 60
        while not list(out.glob("*.json")):  # the first run is under way (it holds the lock)
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
            time.sleep(0.05)
        second = subprocess.run(cmd, capture_output=True, text=True, env=proc_env, timeout=60)
        gate.touch()
        assert second.returncode == 2
        assert_one_error_line(second.stderr, f"another newsbrief run is writing to {out}")
        _, stderr = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0 and "4 done, 0 skipped, 0 failed" in stderr
    # the lock goes with its run: the next run resumes as usual
    third = subprocess.run(cmd, capture_output=True, text=True, env=proc_env, timeout=60)
    assert third.returncode == 0 and "0 done, 4 skipped" in third.stderr


# --- 9. resume notices a local model that changed ----------------------------------------------------------------


def test_resume_redoes_articles_when_a_local_model_changes(env, tmp_path):
    model = tmp_path / "fake-nl"  # the fake registry's nl model: ./fake-nl next to it
    write(model, "model.bin", b"weights v1")
    folder = tmp_path / "in"
    write(folder, "a_nl.txt", DUTCH)
    write(folder, "b_nl.txt", DUTCH_2)
    args = ["translate", str(folder), "-o", str(tmp_path / "out"), "--engine", "cli-fake"]
    assert "2 done" in invoke(*args).stderr
    assert "0 done, 2 skipped" in invoke(*args).stderr
    write(model, "model.bin", b"weights v2, retrained")
    redone = invoke(*args)
    assert redone.exit_code == 0 and "2 done, 0 skipped" in redone.stderr


# --- 23. a mistyped path leaves nothing under -o -------------------------------------------------------------------


def test_mistyped_path_leaves_no_error_files_in_the_output(env, tmp_path):
    good = write(tmp_path, "good.txt", ENGLISH)
    out = tmp_path / "out"
    result = invoke("normalise", str(good), str(tmp_path / "goood.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert_one_error_line(result.stderr, "goood.txt: no such file")
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "good.md"]


# --- 24. -o respects the umask --------------------------------------------------------------------------------------


@pytest.mark.parametrize("umask, mode", [("022", 0o644), ("002", 0o664), ("077", 0o600)])
def test_output_files_respect_the_umask(tmp_path, umask, mode):
    article = write(tmp_path, "a.txt", ENGLISH)
    out = tmp_path / "out"
    result = shell(f"umask {umask}; $NB normalise {article} -o {out}")
    assert result.returncode == 0, result.stderr
    for name in ("a.json", "a.md"):
        assert (out / name).stat().st_mode & 0o777 == mode, name


def test_resume_redoes_articles_when_a_hub_ref_moves(env, tmp_path, monkeypatch):
    """A hub model pinned to a ref that is not a commit ("refs/pr/7"): the cache keys it by the commit the ref
    points at; so does resume (read from the local hub cache, no network)."""
    registry = tmp_path / "hub.yaml"
    registry.write_text(cli_fakes.REGISTRY.replace("{family: marian, source: ./fake-nl}",
                                                   "{family: marian, source: org/nl-en, revision: refs/pr/7}"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    # huggingface_hub's layout: the ref file lies at refs/<revision>, so refs/refs/pr/7
    ref = write(tmp_path / "hub" / "models--org--nl-en" / "refs" / "refs" / "pr", "7", "a" * 40)
    article = write(tmp_path / "in", "a_nl.txt", DUTCH)
    args = ["translate", str(article), "-o", str(tmp_path / "out"), "--engine", "cli-fake", "--models", str(registry)]
    assert "1 done" in invoke(*args).stderr
    assert "0 done, 1 skipped" in invoke(*args).stderr
    ref.write_text("b" * 40)
    assert "1 done, 0 skipped" in invoke(*args).stderr


def test_resume_key_notices_ctranslate2_appearing_under_engine_auto(env, monkeypatch):
    """engine "auto" means CTranslate2 when it is installed: installing it changes the output, so the key."""
    from newsbrief.pipeline import Pipeline, RunOptions

    pipeline = Pipeline(RunOptions(command="translate"))
    monkeypatch.setattr("translate.engines.base.ctranslate2_available", lambda: False)
    without = pipeline.settings_digest()
    monkeypatch.setattr("translate.engines.base.ctranslate2_available", lambda: True)
    assert pipeline.settings_digest() != without
    assert Pipeline(RunOptions(command="translate", engine="transformers")).settings_digest() == \
        Pipeline(RunOptions(command="translate", engine="transformers")).settings_digest()
