"""Issue 12, "confusing behaviour": each case as the user meets it, through the real CLI.

Items 13-20, 22, 25, 26 (28 is the README). The terminal cases run the real console entry point in
a pseudo-terminal (pexpect); the rest go through click's runner with the fake engines.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import EXIT_USAGE
from tests.cli_articles import DUTCH, ENGLISH, write
from tests.fixtures_cli import invoke

REPO = Path(__file__).resolve().parent.parent
PACKAGED_REGISTRY = REPO / "newsbrief" / "models.yaml"

# no title line: the normaliser finds none, so nothing but the source can say which file this was
UNTITLED = ("The city council voted on Tuesday to build a new pedestrian bridge across the river. The bridge "
            "will cost about 30 million dollars and is expected to open in 2027, the mayor said. Opponents "
            "argued that the money should have gone to repairing roads instead.\n")


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


# --- 13: -o the input folder itself; folders of links -----------------------------------------


def test_output_folder_that_is_the_input_folder_is_refused_with_the_fix(env, tmp_path):
    same = tmp_path / "same"
    for name in ("a.txt", "b.txt", "c.txt"):
        write(same, name, ENGLISH)
    result = invoke("normalise", str(same), "-o", str(same))
    assert result.exit_code == EXIT_USAGE
    (line,) = _lines(result.stderr)
    assert "no input files" not in line  # it holds three
    assert f"-o {same} is the input folder itself" in line and f"-o {same / 'briefs'}" in line
    # the suggested folder works: inside the input, it is not walked as input
    again = invoke("normalise", str(same), "-o", str(same / "briefs"))
    assert again.exit_code == 0, again.stderr
    assert sorted(p.name for p in (same / "briefs").iterdir()) == [
        "a.json", "a.md", "b.json", "b.md", "c.json", "c.md"]


def test_a_folder_of_links_to_articles_elsewhere_says_why_nothing_was_taken(env, tmp_path):
    elsewhere, links = tmp_path / "elsewhere", tmp_path / "links"
    links.mkdir()
    for name in ("a.txt", "b.txt"):
        os.symlink(write(elsewhere, name, ENGLISH), links / name)
    result = invoke("normalise", str(links))
    assert result.exit_code == EXIT_USAGE
    (line,) = _lines(result.stderr)
    assert "2 link(s) leading out of the folder are not followed" in line
    assert str(links / "a.txt") in line and "name such files on the command line" in line
    # the way out the message gives: the files named as arguments are taken
    named = invoke("normalise", str(links / "a.txt"), str(links / "b.txt"), "--json")
    assert named.exit_code == 0, named.stderr
    assert len(named.stdout.splitlines()) == 2


def test_links_leading_out_and_broken_links_are_named_not_skipped_silently(env, tmp_path):
    src = tmp_path / "in"
    write(src, "a.txt", ENGLISH)
    os.symlink(write(tmp_path / "outside", "secret.txt", DUTCH).parent, src / "escape_dir")
    os.symlink("nowhere.txt", src / "dangling.txt")
    result = invoke("normalise", str(src), "--json")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(src / "a.txt")]
    (note,) = [line for line in _lines(result.stderr) if line.startswith("newsbrief: note:")]
    assert f"1 link(s) leading out of the folder are not followed ({src / 'escape_dir'})" in note
    assert f"1 broken link(s) skipped ({src / 'dangling.txt'})" in note
    quiet = invoke("normalise", str(src), "--json", "-q")
    assert quiet.stderr == ""


def test_no_match_says_what_the_folder_holds(env, tmp_path):
    write(tmp_path / "in", "a.md", ENGLISH)
    write(tmp_path / "in", "b.html", ENGLISH)
    result = invoke("normalise", str(tmp_path / "in"), "--glob", "*.text")
    assert result.exit_code == EXIT_USAGE
    (line,) = _lines(result.stderr)
    assert "no input files matching '*.text'" in line and "2 other file(s) there" in line


# --- 14: path patterns and several patterns in --glob ------------------------------------------


@pytest.fixture
def tree(tmp_path):
    src = tmp_path / "t"
    write(src, "top.txt", ENGLISH)
    write(src, "sub/a.txt", ENGLISH)
    write(src, "sub/deeper/b.txt", ENGLISH)
    write(src, "other/c.txt", ENGLISH)
    write(src, "sub/d.md", ENGLISH)
    return src


def _taken(result, root: Path) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [Path(json.loads(line)["source"]).relative_to(root).as_posix() for line in result.stdout.splitlines()]


@pytest.mark.parametrize("patterns, expected", [
    (["sub/*.txt"], ["sub/a.txt"]),  # one folder level: * does not cross '/'
    (["**/*.txt"], ["other/c.txt", "sub/a.txt", "sub/deeper/b.txt", "top.txt"]),  # ** takes zero folders too
    (["sub/**/*.txt"], ["sub/a.txt", "sub/deeper/b.txt"]),
    (["*.md", "top.*"], ["sub/d.md", "top.txt"]),  # repeated option
    (["*.md,top.*"], ["sub/d.md", "top.txt"]),  # comma list
])
def test_glob_takes_path_patterns_and_several_patterns(env, tree, patterns, expected):
    args = [arg for pattern in patterns for arg in ("--glob", pattern)]
    assert _taken(invoke("normalise", str(tree), "--json", *args), tree) == expected


def test_default_glob_is_the_one_in_the_inputs_module(env, tree):
    from newsbrief.inputs import DEFAULT_GLOBS

    help_text = invoke("normalise", "--help").stdout
    assert f"[default: {', '.join(DEFAULT_GLOBS)}]" in " ".join(help_text.split())
    assert _taken(invoke("normalise", str(tree), "--json"), tree) == [
        "other/c.txt", "sub/a.txt", "sub/deeper/b.txt", "top.txt"]


@pytest.mark.parametrize("pattern", ["../*.txt", "/etc/*.txt", "sub/../../x.txt", "*.txt,"])
def test_glob_that_cannot_match_inside_the_folder_is_a_usage_error(env, tree, pattern):
    result = invoke("normalise", str(tree), "--glob", pattern)
    assert result.exit_code == EXIT_USAGE
    (line,) = _lines(result.stderr)
    assert line.startswith("newsbrief: error: --glob ")


# --- 15: -o '' ---------------------------------------------------------------------------------


def test_empty_output_folder_is_a_usage_error(env, tmp_path):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = invoke("normalise", str(article), "-o", "")
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""  # nothing went to stdout as if -o had not been given
    (line,) = _lines(result.stderr)
    assert "is empty (an unset shell variable?)" in line


# --- 16: --device cuda without CUDA; a read-only cache with the default engine ---------------------


def test_device_cuda_without_cuda_is_one_configuration_error(env, tmp_path):
    from translate.engines.base import cuda_available

    if cuda_available():
        pytest.skip("this machine has CUDA")
    folder = tmp_path / "in"
    write(folder, "a.txt", DUTCH)
    write(folder, "b.txt", DUTCH)
    result = invoke("translate", str(folder), "--device", "cuda", "--engine", "transformers")
    assert result.exit_code == EXIT_USAGE
    (line,) = _lines(result.stderr)
    assert line.startswith("newsbrief: error: --device cuda, but no CUDA device is available")
    assert "--device cpu" in line
    assert result.stdout == ""


@pytest.fixture(params=["read-only mount", "chmod and a file in the way"])
def read_only_cache_registry(request, tmp_path, monkeypatch, tiny_translation_models) -> Path:
    """The tiny Marian nl→en model, engine auto (CTranslate2 here), and a hub cache its conversion cannot be
    written to: a read-only tmpfs (needs root and mount(8)), or a chmod 555 folder whose conversion folder's
    place is taken by a file (root ignores permission bits; the file makes writing fail for root too)."""
    cache = tmp_path / "ro-hub-cache"
    cache.mkdir()
    if request.param == "read-only mount":
        if os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a tmpfs needs root and mount(8)")
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(cache)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()})")
        request.addfinalizer(lambda: subprocess.run(["umount", "-l", str(cache)], capture_output=True))
    else:
        (cache / "newsbrief-ct2").write_text("not a folder")
        cache.chmod(0o555)
        request.addfinalizer(lambda: cache.chmod(0o755))
    registry = write(tmp_path, "models.yaml", f"""\
version: 1
defaults: {{engine: auto, device: cpu, beam: 1}}
translation: {{nl: tiny-nl}}
translation_models:
  tiny-nl: {{family: marian, source: {tiny_translation_models['marian-nl-en']}, max_input_tokens: 64}}
summarisers:
  default: extractive
  models:
    extractive: {{kind: extractive}}
""")
    monkeypatch.setenv("NEWSBRIEF_MODELS", str(registry))
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "nbcache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return registry


def test_read_only_cache_uses_the_engine_that_works_and_says_so(read_only_cache_registry, tmp_path):
    pytest.importorskip("ctranslate2")
    folder = tmp_path / "in"
    write(folder, "a.txt", DUTCH)
    write(folder, "b.txt", DUTCH + "\nNog een zin over de fietsen.\n")
    result = invoke("translate", str(folder), "--json")
    assert result.exit_code == 0, result.stderr  # was: every article failed as model_missing
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["error"] for r in records] == [None, None]
    assert {r["models"]["translation"]["engine"] for r in records} == {"transformers"}
    notes = [w for r in records for w in r["warnings"] if "using the transformers engine" in w]
    assert len(notes) == 1 and "must first write its conversion of tiny-nl" in notes[0]  # said once per run
    assert "--engine transformers" not in notes[0]  # it is the engine in use
    # asked for by name, CTranslate2 is not replaced: the article says why it cannot be used
    named = invoke("translate", str(folder / "a.txt"), "--json", "--engine", "ctranslate2")
    assert named.exit_code == 1
    assert "--engine transformers" in json.loads(named.stdout)["error"]["message"]


# --- 17: models pull offline; a language without a model --------------------------------------------


def test_models_pull_offline_says_what_failed_not_the_command_just_run(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there: "no network"
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    result = invoke("models", "pull", "opus-mt-nl-en")
    assert result.exit_code == 1
    (line,) = _lines(result.stderr)
    assert "models pull" not in line  # was: "run `newsbrief models pull opus-mt-nl-en` on a connected machine"
    assert "not cached and cannot be downloaded" in line
    assert "the Hugging Face hub (http://127.0.0.1:9) cannot be reached: no network" in line
    assert "connect and run again" in line
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    offline = invoke("models", "pull", "opus-mt-nl-en")
    (line,) = _lines(offline.stderr)
    assert "HF_HUB_OFFLINE" in line and "unset it" in line and "models pull" not in line


def test_a_language_without_a_model_points_at_the_models_option_not_the_packaged_file(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)
    article = write(tmp_path, "a.txt", ENGLISH)
    result = invoke("translate", str(article), "--lang", "vi", "--json")
    assert result.exit_code == 1
    message = json.loads(result.stdout)["error"]["message"]
    assert "no translation model for language 'vi'" in message
    assert "--models FILE or NEWSBRIEF_MODELS=FILE" in message and f"copy {PACKAGED_REGISTRY}" in message
    assert f"add one to {PACKAGED_REGISTRY}" not in message


def test_a_language_without_a_model_in_the_users_registry_names_that_file(env, tmp_path):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = invoke("translate", str(article), "--lang", "vi", "--json")
    message = json.loads(result.stdout)["error"]["message"]
    assert f"add a route for 'vi' to {env}" in message


# --- 19: US spellings ----------------------------------------------------------------------------


@pytest.mark.parametrize("alias, command", [("summarize", "summarise"), ("normalize", "normalise")])
def test_us_spellings_are_aliases(env, tmp_path, alias, command):
    article = write(tmp_path, "a.txt", ENGLISH)
    result = invoke(alias, str(article), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == str(article)
    assert f" {command} [OPTIONS] PATH..." in invoke(alias, "--help").stdout.splitlines()[0]
    listing = invoke("--help").stdout.split("Commands:")[1]
    assert f"  {command} " in listing and f"  {alias} " not in listing  # one name per command in the listing


# --- 20: the source in text and markdown ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_name_the_source_of_an_untitled_article(env, tmp_path, fmt):
    article = write(tmp_path, "untitled.txt", UNTITLED)
    result = invoke("summarise", str(article), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Key Takeaways" in result.stdout
    assert f"Source: {article}" in result.stdout.replace("`", "")
    stdin = invoke("summarise", "-", "--format", fmt, input=UNTITLED)
    assert "Source: standard input" in stdin.stdout.replace("`", "")


def test_text_on_a_terminal_names_the_source_too(env, tmp_path):
    write(tmp_path, "untitled.txt", UNTITLED)
    shown = _pty(f"cd {shlex.quote(str(tmp_path))} && {_console_script()} summarise untitled.txt 2>/dev/null")
    assert "Key Takeaways" in shown
    assert "Source: untitled.txt" in re.sub(r"\x1b\[[0-9;]*m", "", shown)  # the styled (rich) rendering


# --- 22: stdin ---------------------------------------------------------------------------------


def test_empty_stdin_says_standard_input_is_empty(env):
    result = invoke("normalise", "-", input="")
    assert result.exit_code == 1
    (line,) = _lines(result.stderr)
    assert "standard input is empty" in line and "empty file" not in line


def _console_script() -> str:
    beside = Path(sys.executable).with_name("newsbrief")
    return str(beside) if beside.exists() else f"{sys.executable} -m newsbrief"


def _pty(shell_cmd: str, *, columns: int = 120, term: str = "xterm-256color", send: str | None = None) -> str:
    """Run `shell_cmd` in a pseudo-terminal `columns` wide; what the terminal showed, \\r\\n as \\n."""
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env.update({"TERM": term, "HF_HUB_OFFLINE": "1"})
    child = pexpect.spawn("bash", ["-c", shell_cmd], env=env, encoding="utf-8", timeout=120,
                          dimensions=(40, columns))
    shown = ""
    if send is not None:
        child.expect(r"Ctrl-C stops\)")  # the hint, before anything is typed
        shown = child.before + child.after
        child.send(send)
        child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return (shown + child.before).replace("\r\n", "\n")


def test_stdin_on_a_terminal_says_it_is_waiting(tmp_path):
    shown = _pty(f"{_console_script()} normalise - --json", send=ENGLISH)
    assert "newsbrief: reading an article from standard input; end it with Ctrl-D" in shown
    assert '"title": "City council approves new bridge over the river"' in shown


# --- 25: escape sequences in the text; markdown warnings on a terminal ------------------------------


def test_escape_sequences_leave_no_residue_in_title_or_text(env, tmp_path):
    link = "\x1b]8;;http://x\x1b\\pedestrian\x1b]8;;\x1b\\"  # an OSC 8 hyperlink around one word
    body = ENGLISH.split("\n\n", 2)[2].replace("pedestrian", link)
    article = write(tmp_path, "esc.txt", "\x1b[31mRED\x1b[0m alert: council \x1b]0;PWNED\x07approves bridge\n\n" + body)
    result = invoke("normalise", str(article), "--json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "RED alert: council approves bridge"
    assert "build a new pedestrian bridge" in record["text"]
    for residue in ("[31m", "[0m", "]0;", "PWNED", "]8;;"):
        assert residue not in result.stdout


def test_markdown_on_a_terminal_shows_each_warning_once(tmp_path):
    article = write(tmp_path, "a.txt", ENGLISH)
    shown = _pty(f"{_console_script()} normalise {shlex.quote(str(article))} --lang nl --format markdown")
    assert shown.count("--lang nl overrides the detected language en") == 1, shown
    # piped, the markdown still lists it and stderr still says it (a file and a person each see it once)
    piped = subprocess.run([*_console_script().split(), "normalise", str(article), "--lang", "nl", "--format",
                            "markdown"], capture_output=True, text=True, timeout=120)
    assert "overrides the detected language" in piped.stdout and "overrides the detected language" in piped.stderr


# --- 26: narrow and dumb terminals ----------------------------------------------------------------


@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
def test_stderr_lines_wrap_at_word_boundaries_on_a_narrow_terminal(tmp_path, term):
    folder = tmp_path / "in"
    write(folder, "first_article.txt", ENGLISH)
    write(folder, "second_article.txt", UNTITLED)
    # from the folder's parent: the paths in the messages are short words (a path longer than the terminal
    # is kept whole, and the terminal would wrap it)
    shown = _pty(f"cd {shlex.quote(str(tmp_path))} && {_console_script()} normalise in --lang nl > /dev/null",
                 columns=60, term=term)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # bars redraw with cursor codes and CR
    lines = [line for line in re.split("[\r\n]", text) if line.strip() and "━" not in line]
    assert all(len(line) <= 60 for line in lines), lines
    # each message starts a line; its continuation lines are indented: join them back and nothing is cut
    messages, current = [], None
    for line in lines:
        if line.startswith("newsbrief: "):
            current = [line]
            messages.append(current)
        elif line.startswith("  ") and current is not None:
            current.append(line.strip())
    joined = [" ".join(parts) for parts in messages]
    for name in ("first_article.txt", "second_article.txt"):
        warning = (f"newsbrief: warning: in/{name}: --lang nl overrides the detected language en "
                   "(confidence 1.00)")
        assert joined.count(warning) == 1, joined  # whole words, and once (not wrapped a second time)
    if term == "dumb":
        assert "━" not in shown  # no bar a dumb terminal cannot redraw


# --- 18: make demo; packaging -------------------------------------------------------------------


@pytest.mark.slow
def test_make_demo_offline_shows_each_missing_model_error_once(tmp_path):
    """The README's first command, offline: each Dutch/Arabic seed names its missing model once (the pull's
    own error for the same model used to come first)."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    venv = Path(sys.executable).parent.parent
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSBRIEF_MODELS", "HF_HUB_OFFLINE")}
    env.update({"HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_CACHE": str(tmp_path / "empty-hub-cache"),
                "NEWSBRIEF_CACHE_DIR": str(tmp_path / "nbcache")})
    # -o STAMP: use this venv as it is (the set-up step would reinstall it)
    proc = subprocess.run(["make", "-s", "-C", str(REPO), "-o", f"{venv}/.installed", f"VENV={venv}",
                           f"DEMO_OUT={tmp_path / 'demo'}", "demo"], capture_output=True, text=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert errors, proc.stderr  # the Dutch and Arabic seeds do fail offline
    per_model = {}
    for line in errors:
        model = re.search(r"model (\S+) \(", line).group(1)
        source = line.split(": ")[2]
        per_model.setdefault(model, []).append(source)
    for model, sources in per_model.items():
        assert len(sources) == len(set(sources)) and all(s.startswith("seeds/") for s in sources), (model, sources)
    assert "cannot be reached" in (tmp_path / "demo" / "models-pull.log").read_text()


def test_building_the_package_prints_no_setuptools_warnings(tmp_path):
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.skip("pyproject.toml needs setuptools>=77 (SPDX licence); this environment has an older one")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
                           str(tmp_path), str(REPO)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    output = proc.stdout + proc.stderr
    for noise in ("Warning", "would be ignored", "deprecated", "!!"):
        assert noise not in output, output
