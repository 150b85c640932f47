"""Input walking (order, glob, symlinks) and output writing (atomic, inside OUTDIR, stale temp files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.inputs import InputItem, collect_inputs, output_clashes, read_bytes
from newsbrief.output import TMP_SUFFIX, OutputTree, atomic_write


def touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def rels(items):
    return [str(i.relative) for i in items]


def test_folder_walk_is_recursive_sorted_and_globbed(tmp_path):
    for name in ["b.txt", "a.txt", "z/y.txt", "z/a.txt", "m/n/o.txt", "c.md", "z/skip.TXT"]:
        touch(tmp_path / name)
    items = collect_inputs([str(tmp_path)])
    assert rels(items) == ["a.txt", "b.txt", "m/n/o.txt", "z/a.txt", "z/y.txt"]
    assert rels(collect_inputs([str(tmp_path)], glob="*.md")) == ["c.md"]
    assert items[0].source == str(tmp_path / "a.txt")


def test_arguments_keep_their_order_and_duplicates_are_dropped(tmp_path):
    a, b = touch(tmp_path / "a.txt"), touch(tmp_path / "b.txt")
    items = collect_inputs([str(b), "-", str(a), str(b), str(tmp_path)])
    assert [i.source for i in items] == [str(b), "-", str(a)]
    assert items[1].is_stdin and items[1].relative == PurePosixPath("stdin")


def test_stdin_twice_is_a_usage_error():
    with pytest.raises(ConfigError, match="only once"):
        collect_inputs(["-", "-"])


def test_missing_path_becomes_an_input_that_fails_to_read(tmp_path):
    (item,) = collect_inputs([str(tmp_path / "gone.txt")])
    with pytest.raises(InputError, match="gone.txt: no such file"):
        read_bytes(item, max_bytes=100)


def test_symlink_loops_and_links_out_of_the_tree_are_not_followed(tmp_path):
    root = tmp_path / "root"
    touch(root / "a.txt")
    touch(root / "sub" / "b.txt")
    outside = touch(tmp_path / "outside" / "secret.txt")
    os.symlink(root, root / "sub" / "loop")  # loop back to the root
    os.symlink(outside.parent, root / "escape")  # a folder outside the tree
    os.symlink(outside, root / "escape.txt")  # a file outside the tree
    os.symlink(root / "sub" / "b.txt", root / "inside.txt")  # a file link inside the tree: followed
    items = collect_inputs([str(root)])
    # inside.txt and sub/b.txt are one file: taken once, under the name that sorts first
    assert rels(items) == ["a.txt", "inside.txt"]


def test_read_bytes_limit(tmp_path):
    item = InputItem(str(tmp_path / "f.txt"), touch(tmp_path / "f.txt", "x" * 11), PurePosixPath("f.txt"))
    assert read_bytes(item, max_bytes=11) == b"x" * 11
    with pytest.raises(InputError, match="larger than the limit of 10 bytes"):
        read_bytes(item, max_bytes=10)


def test_output_collisions_are_detected():
    items = [InputItem("a/x.txt", Path("a/x.txt"), PurePosixPath("x.txt")),
             InputItem("b/x.text", Path("b/x.text"), PurePosixPath("x.text")),
             InputItem("b/y.txt", Path("b/y.txt"), PurePosixPath("y.txt")),
             InputItem("b/s/x.txt", Path("b/s/x.txt"), PurePosixPath("s/x.txt"))]
    assert output_clashes(items) == {items[0]: ["b/x.text"], items[1]: ["a/x.txt"]}


def test_atomic_write_replaces_whole_files_and_cleans_up_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "deep" / "f.json"
    atomic_write(target, "first")
    atomic_write(target, "second")
    assert target.read_text() == "second"

    def boom(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "third")
    assert target.read_text() == "second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["f.json"]  # no temp file left


def test_output_paths_stay_inside_outdir(tmp_path):
    item = InputItem("x/a/b.txt", Path("x/a/b.txt"), PurePosixPath("a/b.txt"))
    tree = OutputTree(tmp_path / "out", [item])
    json_path, md_path = tree.paths(item)
    assert json_path == tmp_path / "out" / "a" / "b.json" and md_path == tmp_path / "out" / "a" / "b.md"
    os.symlink(tmp_path, tmp_path / "out" / "a")  # a link planted in OUTDIR pointing out of it
    with pytest.raises(Exception, match="outside"):
        tree.paths(item)


def test_resume_check_needs_same_hash_settings_and_no_error(tmp_path):
    item = InputItem("a.txt", Path("a.txt"), PurePosixPath("a.txt"))
    tree = OutputTree(tmp_path, [item])
    assert tree.finished(item, "h", "s") is None
    record = {"source": "a.txt", "title": "A", "models": {"input_sha256": "h", "settings_digest": "s"}, "error": None}
    tree.save(item, record, "# a\n")
    saved = tree.finished(item, "h", "s")
    assert saved is not None and saved.title == "A"  # the saved result, to show again
    assert tree.finished(item, "other", "s") is None and tree.finished(item, "h", "other") is None
    tree.save(item, {**record, "error": {"type": "input", "message": "x"}}, "# a\n")
    assert tree.finished(item, "h", "s") is None
    (tmp_path / "a.json").write_text("{truncated")
    assert tree.finished(item, "h", "s") is None
    tree.save(item, record, "# a\n")
    (tmp_path / "a.md").unlink()
    assert tree.finished(item, "h", "s") is None


def test_stale_temporaries_of_dead_writers_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = touch(tmp_path / "sub" / f".a.json.{dead}.abc123{TMP_SUFFIX}")
    alive = touch(tmp_path / f".b.json.{os.getpid()}.xyz{TMP_SUFFIX}")
    unrelated = touch(tmp_path / "notes.nbtmp.txt")
    tree = OutputTree(tmp_path, [])
    assert tree.remove_stale_temporaries() == 1
    assert not stale.exists() and alive.exists() and unrelated.exists()
    json.dumps(tree.root.as_posix())  # the tree stays usable


def test_outdir_inside_an_input_folder_is_not_walked(tmp_path):
    touch(tmp_path / "a.txt")
    touch(tmp_path / "out" / "a.txt")  # e.g. a previous run's output folder
    assert rels(collect_inputs([str(tmp_path)], exclude=tmp_path / "out")) == ["a.txt"]
    assert rels(collect_inputs([str(tmp_path)])) == ["a.txt", "out/a.txt"]
