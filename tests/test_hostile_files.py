"""Hostile file trees and output folders, through the real CLI (issue 6).

``-o OUTDIR`` must never write outside OUTDIR — whatever the input names (``..``, absolute paths),
whatever links the input tree holds (out of the tree, loops) and whatever links an attacker planted
inside OUTDIR. An output folder that cannot be written gives one error and no partial outputs.

Tests run as root here, and root ignores file modes: "not writable" is made with a path under a
regular file (NotADirectoryError) and with a read-only tmpfs mount (EROFS binds root too); the
mount tests skip, saying why, where mounting is not allowed.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, DUTCH_2, ENGLISH, write


@pytest.fixture
def env(tmp_path, monkeypatch):
    return cli_fakes.fake_environment(tmp_path, monkeypatch)


def invoke(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every file (content) and link (target) under `root`: to prove nothing changed there."""
    found: dict[str, bytes | str] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            rel = str(path.relative_to(root))
            if path.is_symlink():
                found[rel] = "-> " + os.readlink(path)
            elif path.is_file():
                found[rel] = path.read_bytes()
    return found


def written(outdir: Path) -> list[str]:
    return sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file() and not p.is_symlink())


def assert_no_temporaries(outdir: Path) -> None:
    assert not [p for p in outdir.rglob("*") if p.name.endswith(".nbtmp")]


def assert_clean_stderr(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert all(line.startswith("newsbrief: ") for line in stderr.splitlines()), stderr


@pytest.fixture
def outside(tmp_path) -> Path:
    """A folder next to the run that must stay untouched, with a 'victim' file in it."""
    folder = tmp_path / "outside"
    write(folder, "victim.json", '{"keep": true}\n')
    write(folder, "victim.md", "keep\n")
    return folder


# --- input names ------------------------------------------------------------------------------------


def test_dotdot_and_absolute_input_names_write_inside_outdir(env, tmp_path, outside):
    work = tmp_path / "work"
    write(work / "deep" / "er", "x.txt", DUTCH)
    write(tmp_path, "up.txt", DUTCH_2)
    absolute = write(tmp_path / "abs", "a.txt", ENGLISH)
    before = snapshot(outside)
    result = invoke("normalise", "deep/er/../er/x.txt", "../up.txt", str(absolute), "../outside/../up.txt",
                    "-o", "out", cwd=work)
    assert result.exit_code == 0, result.stderr
    assert_clean_stderr(result.stderr)
    # each file lands at its own name directly under OUTDIR: '..' and absolute paths do not climb out
    assert written(work / "out") == ["a.json", "a.md", "up.json", "up.md", "x.json", "x.md"]
    assert snapshot(outside) == before
    assert not (tmp_path / "up.json").exists() and not (tmp_path / "abs" / "a.json").exists()


def test_input_named_dot_dot_inside_a_folder_walk(env, tmp_path, outside):
    """File names made of dots (legal on POSIX) stay names, never path steps."""
    src = tmp_path / "in"
    write(src, "..txt", DUTCH)
    write(src, "...txt", DUTCH_2)
    write(src, "sub/..a.txt", ENGLISH)
    out = tmp_path / "out"
    result = invoke("normalise", str(src), "-o", str(out), "--glob", "*")
    assert result.exit_code == 0, result.stderr
    assert sorted(written(out)) == sorted(["..json", "..md", "...json", "...md", "sub/..a.json", "sub/..a.md"])
    assert {p.name for p in tmp_path.iterdir()} == {"in", "out", "outside", "models.yaml", "cache"} - (
        set() if (tmp_path / "cache").exists() else {"cache"})


# --- links in the input tree ----------------------------------------------------------------------


def test_links_out_of_the_input_tree_and_loops(env, tmp_path, outside):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "sub/b_en.txt", ENGLISH)
    secret = write(tmp_path / "secret", "secret.txt", DUTCH_2)
    os.symlink(secret, src / "escape.txt")  # a file outside the tree
    os.symlink(secret.parent, src / "escape_dir")  # a folder outside the tree
    os.symlink(src, src / "sub" / "loop")  # back to the root
    os.symlink(src / "sub", src / "sub" / "self")  # to its own folder
    os.symlink("selfloop.txt", src / "selfloop.txt")  # a link to itself (ELOOP)
    os.symlink("nowhere.txt", src / "dangling.txt")
    os.symlink("ping", src / "pong.txt")
    os.symlink("pong.txt", src / "ping")  # a two-link cycle
    out = tmp_path / "out"
    result = invoke("normalise", str(src), "-o", str(out), "--json")
    assert_clean_stderr(result.stderr)
    assert result.exit_code == 0, result.stderr
    sources = [Path(json.loads(line)["source"]).relative_to(src).as_posix() for line in result.stdout.splitlines()]
    assert sources == ["a_nl.txt", "sub/b_en.txt"]  # each real file once; nothing from outside
    assert written(out) == ["a_nl.json", "a_nl.md", "sub/b_en.json", "sub/b_en.md"]
    assert "secret" not in json.dumps([json.loads(line) for line in result.stdout.splitlines()])


# --- links planted inside OUTDIR -------------------------------------------------------------------


def test_planted_links_in_outdir_are_not_written_through(env, tmp_path, outside):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "victim.txt", DUTCH_2)
    write(src, "sub/c_en.txt", ENGLISH)
    write(src, "d/e_ar.txt", ARABIC)
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(outside / "victim.json", out / "victim.json")  # a file link out of OUTDIR
    os.symlink(outside / "victim.md", out / "victim.md")
    os.symlink(outside, out / "sub")  # a folder link out of OUTDIR
    os.symlink(outside / "not-yet", out / "d")  # a dangling link: mkdir would create it outside
    before = snapshot(outside)
    result = invoke("normalise", str(src), "-o", str(out))
    assert_clean_stderr(result.stderr)
    assert result.exit_code == 1
    assert snapshot(outside) == before  # nothing written, replaced or created out there
    assert not (outside / "not-yet").exists()
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 3 and all("would be outside" in line for line in errors), result.stderr
    assert {Path(line.split(":")[2].strip()).name for line in errors} == {"victim.txt", "c_en.txt", "e_ar.txt"}
    assert written(out) == ["a_nl.json", "a_nl.md"]  # the innocent article is written
    assert "1 done, 0 skipped, 3 failed" in result.stderr
    assert_no_temporaries(out)


def test_outdir_itself_a_link_is_used_as_the_user_gave_it(env, tmp_path):
    """-o pointing at a link to a folder is the user's choice, not an escape: outputs go to its target."""
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    real = tmp_path / "real-out"
    real.mkdir()
    os.symlink(real, tmp_path / "out-link")
    result = invoke("normalise", str(src), "-o", str(tmp_path / "out-link"))
    assert result.exit_code == 0, result.stderr
    assert written(real) == ["a_nl.json", "a_nl.md"]


# --- output folders that cannot be written ---------------------------------------------------------


def test_outdir_under_a_regular_file_is_one_error_and_nothing_runs(env, tmp_path):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "b_en.txt", ENGLISH)
    blocker = write(tmp_path, "a-file", "x")
    result = invoke("translate", str(src), "-o", str(blocker / "out"), "--engine", "cli-fake")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbrief: error: cannot create output folder")
    assert "Not a directory" in lines[0]
    assert result.stdout == ""
    assert blocker.read_text() == "x"


def test_subfolder_blocked_by_a_file_fails_those_articles_only(env, tmp_path):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "c/ar.txt", ARABIC)
    write(src, "c/d_nl.txt", DUTCH_2)
    out = tmp_path / "out"
    write(out, "c", "a file where the folder c/ should go")
    result = invoke("normalise", str(src), "-o", str(out))
    assert_clean_stderr(result.stderr)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 2 and all("cannot write" in line for line in errors)
    assert written(out) == ["a_nl.json", "a_nl.md", "c"]
    assert (out / "c").read_text() == "a file where the folder c/ should go"
    assert_no_temporaries(out)


@pytest.fixture
def tmpfs(tmp_path):
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        path = tmp_path / name
        path.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True,
                              text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
        mounted.append(path)
        return path

    yield mount
    gc.collect()
    for path in mounted:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_read_only_outdir_is_one_error_and_no_outputs(env, tmp_path, tmpfs):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "b_en.txt", ENGLISH)
    out = tmpfs("ro", "ro,size=64k")  # EROFS stops root too
    result = invoke("normalise", str(src), "-o", str(out))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "not writable" in lines[0] and str(out) in lines[0]
    assert list(out.iterdir()) == []


def test_read_only_outdir_subfolder_to_create(env, tmp_path, tmpfs):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    out = tmpfs("ro", "ro,size=64k")
    result = invoke("normalise", str(src), "-o", str(out / "new"))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "cannot create output folder" in lines[0] and "Read-only" in lines[0]


def test_outdir_that_fills_up_leaves_only_whole_outputs(env, tmp_path, tmpfs):
    """A disk that fills during the run: the run stops at the article that does not fit, with one message (issue 12
    item 7: every later article would fail alike); no partial or temporary files."""
    src = tmp_path / "in"
    big = DUTCH + "\n" + "\n\n".join(DUTCH_2.split("\n\n")[1:]) * 40
    for i in range(6):
        write(src, f"{i}_nl.txt", big + f"\nBericht {i}.\n")
    out = tmpfs("small", "size=96k")
    result = invoke("normalise", str(src), "-o", str(out))
    assert_clean_stderr(result.stderr)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 1 and "cannot write" in errors[0] and "No space left" in errors[0]
    assert "stopped" in errors[0]
    assert_no_temporaries(out)
    files = written(out)
    stems = {name.rsplit(".", 1)[0] for name in files}
    for stem in stems:  # every article there is whole: its record parses, and it has its markdown
        if (out / f"{stem}.json").exists():
            json.loads((out / f"{stem}.json").read_text())
            assert (out / f"{stem}.md").exists()
    done = len([f for f in files if f.endswith(".json")])
    assert done < 6
    assert all(md.with_suffix(".json").exists() for md in out.glob("*.md"))  # no markdown without its record


def test_file_names_that_look_like_terminal_markup_are_shown_as_they_are(tmp_path):
    """Progress descriptions carry file names; rich read '[bold red]b.txt' as markup (shown as a red 'b.txt')."""
    import re
    import sys

    pexpect = pytest.importorskip("pexpect")
    repo = Path(__file__).resolve().parent.parent
    src = tmp_path / "in"
    write(src, "[bold red]b.txt", DUTCH)
    write(src, "[blink on white]c.txt", DUTCH_2)
    environ = dict(os.environ, NEWSBRIEF_MODELS=str(cli_fakes.write_registry(tmp_path)),
                   NEWSBRIEF_CACHE_DIR=str(tmp_path / "cache"), HF_HUB_OFFLINE="1", NEWSBRIEF_FAKE_DELAY="0.4",
                   TERM="xterm-256color", COLUMNS="120")
    child = pexpect.spawn(sys.executable, [str(repo / "tests" / "cli_fakes.py"), "translate", str(src), "--engine",
                                           "cli-slowfake", "-o", str(tmp_path / "out"),
                                           "--batch-articles", "1"],  # one progress task per file, named
                          env=environ, timeout=120, encoding="utf-8")
    child.expect(pexpect.EOF)
    child.close()
    terminal = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.before)
    assert child.exitstatus == 0, terminal[-2000:]
    assert "translating [bold red]b.txt" in terminal
    assert "translating [blink on white]c.txt" in terminal
    assert written(tmp_path / "out") == sorted(["[blink on white]c.json", "[blink on white]c.md", "[bold red]b.json",
                                                "[bold red]b.md"])


def test_control_characters_in_file_names_cannot_forge_lines_or_drive_the_terminal(env, tmp_path):
    """A file name may hold a newline or ESC: printed raw, 'evil\\nnewsbrief: 99 done' forged a summary line
    and '\\x1b[2J' would clear the screen. Messages print them escaped, on one line each."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil\nnewsbrief: 99 done.txt").write_bytes(b"")
    (src / "esc\x1b[2Jclear.txt").write_bytes(b"")
    write(src, "good.txt", DUTCH)
    result = invoke("normalise", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("newsbrief: 1 done, 0 skipped, 2 failed")
    assert any("evil\\nnewsbrief: 99 done.txt: empty file" in line for line in lines)
    assert any("esc\\x1b[2Jclear.txt: empty file" in line for line in lines)
    assert not any(line.startswith("newsbrief: 99 done") for line in lines)
    # the outputs keep the real names (a file system allows them; only the terminal needs protecting)
    assert (tmp_path / "out" / "good.json").exists()


def test_control_characters_in_file_names_stay_out_of_markdown_and_text(env, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "esc\x1b[2Jclear.txt").write_text(DUTCH, encoding="utf-8")
    (src / "bad\x1b]0;title\x07.txt").write_bytes(b"")
    for fmt in ("markdown", "text"):
        result = invoke("normalise", str(src), "--format", fmt, "-o", str(tmp_path / f"out-{fmt}"))
        assert result.exit_code == 1
        assert "\x1b" not in result.stdout and "\x1b" not in result.stderr and "\x07" not in result.stderr
    md = (tmp_path / "out-markdown" / "esc\x1b[2Jclear.md").read_text(encoding="utf-8")
    assert "\x1b" not in md and "esc\\x1b[2Jclear.txt" in md


def _remove_chain(top: Path) -> None:
    """Delete a deep tree bottom-up without recursion (shutil.rmtree, and with it pytest's clean-up of old
    temporary folders, recurses per level and fails on it)."""
    stack = [top]
    while stack:
        folder = stack[-1]
        subfolders = [e.path for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)]
        if subfolders:
            stack.extend(Path(s) for s in subfolders)
            continue
        for entry in os.scandir(folder):
            os.unlink(entry.path)
        folder.rmdir()
        stack.pop()


@pytest.fixture
def deep_cleanup(tmp_path):
    yield
    for name in ("in", "out"):
        if (tmp_path / name).exists():
            _remove_chain(tmp_path / name)


def test_an_input_tree_a_thousand_folders_deep(env, tmp_path, deep_cleanup):
    """Walking the input, creating the mirrored OUTDIR folders and looking for stale temporaries all recursed
    once per level (Python's limit is 1 000): the run ended with a RecursionError before any article."""
    src = tmp_path / "in"
    write(src, "top.txt", DUTCH)
    deep = src
    for _ in range(1100):  # 2 200 characters below tmp_path: within PATH_MAX (os.makedirs would recurse too)
        deep = deep / "a"
        deep.mkdir()
    write(deep, "deep.txt", DUTCH_2)
    out = tmp_path / "out"
    first = invoke("normalise", str(src), "-o", str(out))
    assert first.exit_code == 0, first.stderr
    assert_clean_stderr(first.stderr)
    assert "2 done, 0 skipped, 0 failed" in first.stderr
    assert out.joinpath(*["a"] * 1100, "deep.json").is_file()
    again = invoke("normalise", str(src), "-o", str(out))
    assert again.exit_code == 0 and "0 done, 2 skipped, 0 failed" in again.stderr


def test_an_input_name_too_long_for_its_output_name(env, tmp_path):
    """A 255-byte name is legal for the input, but '<name>.json' is one byte over NAME_MAX: checking for it raised
    ENAMETOOLONG out of the resume check and ended the run; now that article fails and the others are written.
    A 234-byte name fits, but its temporary file's name did not: the .md was left without its .json."""
    src = tmp_path / "in"
    write(src, "y" * 251 + ".txt", DUTCH)
    write(src, "x" * 230 + ".txt", DUTCH_2)
    write(src, "z_ok.txt", ENGLISH)
    out = tmp_path / "out"
    result = invoke("normalise", str(src), "-o", str(out))
    assert_clean_stderr(result.stderr)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 1 and "File name too long" in errors[0] and "y" * 251 in errors[0]
    assert written(out) == ["x" * 230 + ".json", "x" * 230 + ".md", "z_ok.json", "z_ok.md"]
    assert "2 done, 0 skipped, 1 failed" in result.stderr
    assert_no_temporaries(out)


def test_a_hostile_record_already_in_outdir_is_redone(env, tmp_path):
    """Resume reads OUTDIR's <name>.json: one nested 100 000 deep raised RecursionError out of json.loads (not
    a ValueError) and ended the run. Foreign, broken or hostile files are not ours: they are left as they are
    and their articles fail with one line each (issue 12 item 2: -o never replaces a file it did not write)."""
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "b_nl.txt", DUTCH_2)
    write(src, "c_en.txt", ENGLISH)
    out = tmp_path / "out"
    write(out, "a_nl.json", "[" * 100_000 + "]" * 100_000)
    write(out, "a_nl.md", "planted")
    write(out, "b_nl.json", '{"models": "not a mapping", "error": null}')
    write(out, "b_nl.md", "planted")
    write(out, "c_en.json", b"\xff\xfe not json")
    write(out, "c_en.md", "planted")
    before = snapshot(out)
    result = invoke("normalise", str(src), "-o", str(out))
    assert result.exit_code == 1, result.stderr
    assert_clean_stderr(result.stderr)
    assert "0 done, 0 skipped, 3 failed" in result.stderr
    assert result.stderr.count("not written by newsbrief; not replaced") == 3
    assert snapshot(out) == before
