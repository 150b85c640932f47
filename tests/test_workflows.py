"""newsbrief as people run it: a real process in a pipe, killed part way, and on a terminal.

- The pipe tests run the installed ``newsbrief`` (the console script next to this Python,
  else the one on PATH, else ``python -m newsbrief``) and parse every stdout line as JSON.
- The kill and terminal tests need a slow, deterministic translator, so they run the same
  CLI entry point through ``tests/cli_fakes.py`` (which registers the fake engines first).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_articles import ARABIC, DUTCH, ENGLISH, dutch_variants, write
from tests.cli_fakes import write_registry

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
LAUNCHER = [sys.executable, str(REPO / "tests" / "cli_fakes.py")]
SGR_COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m")


def installed_newsbrief() -> list[str]:
    beside = Path(sys.executable).with_name("newsbrief")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("newsbrief")
    return [found] if found else [sys.executable, "-m", "newsbrief"]


@pytest.fixture
def env(tmp_path):
    environ = dict(os.environ)
    environ.update({
        "NEWSBRIEF_MODELS": str(write_registry(tmp_path)),
        "NEWSBRIEF_CACHE_DIR": str(tmp_path / "cache"),
        "HF_HUB_OFFLINE": "1",  # never wait on a network in tests
        "PYTHONUNBUFFERED": "1",
    })
    environ.pop("NO_COLOR", None)
    return environ


# --- pipes --------------------------------------------------------------------------------------


def test_stdin_to_jsonl_pipe_with_the_installed_command(tmp_path):
    """The issue's example: cat article.txt | newsbrief summarise - --json | jq -r '.takeaways[].text'."""
    article = write(tmp_path, "en.txt", ENGLISH)
    jq = f"{shlex.quote(sys.executable)} -c " + shlex.quote(
        "import json,sys\nfor line in sys.stdin: [print(t['text']) for t in json.loads(line)['takeaways']]")
    cmd = f"cat {shlex.quote(str(article))} | {shlex.join(installed_newsbrief())} summarise - --json | {jq}"
    out = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr
    bullets = out.stdout.strip().splitlines()
    assert 1 <= len(bullets) <= 5
    assert all(len(b.split()) >= 3 for b in bullets)
    assert out.stderr == ""  # nothing for people when all went well on a single file


def test_seeds_folder_every_stdout_line_is_a_record(tmp_path):
    """A real folder run of the installed command; untranslatable articles still give JSON records."""
    out = subprocess.run([*installed_newsbrief(), "summarise", str(SEEDS), "--json"], capture_output=True,
                         text=True, timeout=300, env={**os.environ, "HF_HUB_OFFLINE": "1",
                                                      "NEWSBRIEF_CACHE_DIR": str(tmp_path / "cache")})
    lines = out.stdout.splitlines()
    records = [json.loads(line) for line in lines]  # every line parses
    assert [Path(r["source"]).name for r in records] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for record in records:
        assert record["schema"] == "newsbrief/1"
        assert record["error"] is not None or record["takeaways"]
        if record["language"] == "en":
            assert record["error"] is None and record["takeaways"]
    failed = [r for r in records if r["error"]]
    assert out.returncode == (1 if failed else 0)
    assert "Traceback" not in out.stderr
    for r in failed:  # offline without cached models: a clear per-article error naming the fix
        assert r["error"]["type"] == "model_missing" and "newsbrief models pull" in r["error"]["message"]


def test_jsonl_streams_each_record_as_it_finishes(tmp_path, env):
    folder = tmp_path / "in"
    for i, text in enumerate(dutch_variants(3)):
        write(folder, f"{i}.txt", text)
    env["NEWSBRIEF_FAKE_DELAY"] = "0.6"
    proc = subprocess.Popen([*LAUNCHER, "translate", str(folder), "--engine", "cli-slowfake", "--json", "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = json.loads(proc.stdout.readline())
        assert proc.poll() is None  # the first record arrived while the others were still running
        assert first["source"].endswith("0.txt")
        rest = [json.loads(line) for line in proc.stdout]
    finally:
        proc.wait(timeout=60)
    assert [r["source"][-5:] for r in rest] == ["1.txt", "2.txt"]
    assert proc.returncode == 0


def test_reader_closing_the_pipe_stops_quietly(tmp_path):
    """`newsbrief ... | head -1`: no traceback, and not exit 1 (which means "an article failed")."""
    folder = tmp_path / "in"
    for i in range(30):
        write(folder, f"{i:02d}.txt", ENGLISH.replace("five years", f"{i + 2} years"))
    proc = subprocess.Popen([*installed_newsbrief(), "normalise", str(folder), "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["source"].endswith("00.txt")
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    code = proc.wait(timeout=60)
    assert code in (0, 141)  # 0 only if it finished before noticing the closed pipe
    if code == 141:
        assert stderr == ""
    else:
        # all 30 records fitted in the pipe's buffer before it closed: the run ended as any run does, with its one
        # summary line (a fresh clone's CI-style run hit this order) and never a traceback
        assert stderr.startswith("newsbrief: 30 done") and stderr.count("\n") == 1, stderr


# --- interrupted folder runs --------------------------------------------------------------------


def _folder_run(tmp_path, env, count=6):
    folder = tmp_path / "in"
    for i, text in enumerate(dutch_variants(count)):
        write(folder, f"part{i // 3}/{i:02d}.txt", text)
    out = tmp_path / "out"
    # two articles per engine call: the kill lands between saved chunks and inside one
    cmd = [*LAUNCHER, "summarise", str(folder), "--engine", "cli-slowfake", "-o", str(out), "--no-cache",
           "--batch-articles", "2"]
    return folder, out, cmd


def _wait_for_outputs(out: Path, proc: subprocess.Popen, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(list(out.rglob("*.json"))) >= count:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError(f"no {count} outputs after {timeout}s")


def _check_no_partial_files(out: Path) -> dict[str, tuple[int, int]]:
    """Every output present is whole: each JSON parses and has its markdown. Returns finished files' stats."""
    finished = {}
    for path in out.rglob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["error"] is None and record["takeaways"]
        md = path.with_suffix(".md")
        assert md.read_text(encoding="utf-8").startswith("# ")
        for p in (path, md):
            finished[str(p.relative_to(out))] = (p.stat().st_ino, p.stat().st_mtime_ns)
    return finished


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM",
                                                                                       "SIGKILL"])
def test_killed_folder_run_leaves_whole_files_and_resumes(tmp_path, env, sig):
    folder, out, cmd = _folder_run(tmp_path, env)
    env["NEWSBRIEF_FAKE_DELAY"] = "0.4"
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    _wait_for_outputs(out, proc, 2)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)
    if sig != signal.SIGKILL:
        assert proc.returncode == 128 + sig, stderr  # 130 for Ctrl-C, 143 for SIGTERM
        assert "interrupted" in stderr and "run the same command again" in stderr
        assert shlex.join(["newsbrief", *cmd[2:]]) in stderr  # the exact command to resume with
        assert "Traceback" not in stderr
        assert not list(out.rglob("*.nbtmp"))  # Ctrl-C cleans its temporary file up itself
    else:
        assert proc.returncode == -signal.SIGKILL
    finished = _check_no_partial_files(out)
    done_before = len([k for k in finished if k.endswith(".json")])
    assert 2 <= done_before < 6

    env["NEWSBRIEF_FAKE_DELAY"] = "0"  # same command and settings, just no waiting
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{6 - done_before} done, {done_before} skipped, 0 failed" in rerun.stderr
    after = _check_no_partial_files(out)
    assert len([k for k in after if k.endswith(".json")]) == 6
    assert {k: after[k] for k in finished} == finished  # finished articles were not redone
    assert not list(out.rglob("*.nbtmp"))  # a SIGKILLed writer's temporary file is gone too


# --- a terminal ----------------------------------------------------------------------------------


def _spawn_in_pty(shell_cmd: str, env: dict[str, str]) -> str:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn("bash", ["-c", shell_cmd], env=env, encoding="utf-8", timeout=120,
                          dimensions=(40, 120))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return child.before


@pytest.fixture
def tty_env(env):
    env.update({"TERM": "xterm-256color", "NEWSBRIEF_FAKE_DELAY": "0.3"})
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


@pytest.fixture
def three_articles(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a_nl.txt", DUTCH)
    write(folder, "b_en.txt", ENGLISH)
    write(folder, "c_ar.txt", ARABIC)
    return folder


def test_progress_goes_to_the_terminal_on_stderr_and_results_to_stdout(tmp_path, tty_env, three_articles):
    stdout_file = tmp_path / "stdout.txt"
    cmd = shlex.join([*LAUNCHER, "summarise", str(three_articles), "--engine", "cli-slowfake", "--no-cache"])
    terminal = _spawn_in_pty(f"exec {cmd} > {shlex.quote(str(stdout_file))}", tty_env)
    # stderr is the terminal: the progress display was drawn there, with escape codes, but no results
    assert "articles" in terminal and "\x1b[" in terminal
    assert "Key Takeaways" not in terminal
    assert "3 done, 0 skipped, 0 failed" in terminal
    # stdout is a file: the results, as plain text
    results = stdout_file.read_text(encoding="utf-8")
    assert results.count("Key Takeaways") == 3 and "EN: Gemeente Utrecht" in results
    assert "\x1b[" not in results and "articles" not in results


def test_results_on_a_terminal_are_styled_and_progress_hidden_when_stderr_is_not(tmp_path, tty_env,
                                                                                   three_articles):
    stderr_file = tmp_path / "stderr.txt"
    cmd = shlex.join([*LAUNCHER, "summarise", str(three_articles), "--engine", "cli-slowfake", "--no-cache"])
    terminal = _spawn_in_pty(f"exec {cmd} 2> {shlex.quote(str(stderr_file))}", tty_env)
    assert terminal.count("Key Takeaways") == 3
    assert "\x1b[1m" in terminal  # rich styling on a terminal (bold titles)
    assert SGR_COLOUR.search(terminal)
    errors = stderr_file.read_text(encoding="utf-8")
    assert "\x1b[" not in errors and "articles" not in errors  # no progress when stderr is not a terminal
    lines = errors.strip().splitlines()
    assert all(line.startswith("newsbrief: warning: ") for line in lines[:-1])  # only lines for people
    assert lines[-1].startswith("newsbrief: 3 done, 0 skipped, 0 failed")

    no_colour = _spawn_in_pty(f"exec {cmd} 2>/dev/null", {**tty_env, "NO_COLOR": "1"})
    assert no_colour.count("Key Takeaways") == 3
    assert not SGR_COLOUR.search(no_colour)  # NO_COLOR honoured


def test_quiet_hides_progress_on_a_terminal(tmp_path, tty_env, three_articles):
    stdout_file = tmp_path / "stdout.txt"
    cmd = shlex.join([*LAUNCHER, "summarise", str(three_articles), "--engine", "cli-slowfake", "--no-cache", "-q"])
    terminal = _spawn_in_pty(f"exec {cmd} > {shlex.quote(str(stdout_file))}", tty_env)
    assert terminal.strip() == ""
    assert stdout_file.read_text().count("Key Takeaways") == 3
