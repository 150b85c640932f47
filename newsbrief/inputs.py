"""Turning the command line's PATH... into an ordered list of inputs.

A PATH is a file, a folder (walked recursively for names matching ``--glob``) or ``-``
for stdin. The order is stable: the arguments in the order given, each folder's files
sorted by their path relative to that folder. Symbolic links are followed only while
they stay inside the folder being walked, and a folder reached twice (a link loop) is
walked once, so a crafted tree cannot make a run loop or escape its root.

Missing paths are *not* rejected here: they become an input whose reading fails, so
that article gets an ``error`` record and the others still run (issue 2).
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsbrief.errors import ConfigError, InputError

STDIN = "-"
#: what a folder walk takes when --glob is not given: plain-text and HTML scrapes (HTML is recognised by its
#: content, whatever the name; these names only choose what a folder walk picks up)
DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.html", "*.htm")


@dataclass(frozen=True)
class InputItem:
    """One article to process.

    ``source`` is what the record and messages show (the path as given, or ``-``);
    ``relative`` is where its outputs go under ``-o OUTDIR`` (mirroring the input tree).
    """

    source: str
    path: Path | None  # None for stdin
    relative: PurePosixPath

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def collect_inputs(paths: list[str] | tuple[str, ...], *, glob: str = ",".join(DEFAULT_GLOBS),
                   exclude: str | os.PathLike[str] | None = None) -> list[InputItem]:
    """Expand PATH arguments into inputs (see module docstring).

    `exclude`: a folder never walked into — the run's OUTDIR when it lies inside an input folder,
    so a re-run never reads its own outputs as articles.

    Raises ConfigError (a usage error) when stdin is given twice.
    """
    items: list[InputItem] = []
    seen_files: set[str] = set()
    stdin_used = False
    for arg in paths:
        if arg == STDIN:
            if stdin_used:
                raise ConfigError("'-' (stdin) can be given only once")
            stdin_used = True
            items.append(InputItem(STDIN, None, PurePosixPath("stdin")))
            continue
        path = Path(arg)
        if path.is_dir():
            for file, rel in walk_folder(path, glob, exclude=exclude):
                key = os.path.realpath(file)
                if key not in seen_files:
                    seen_files.add(key)
                    items.append(InputItem(str(file), file, rel))
        else:
            key = os.path.realpath(path)
            if key in seen_files:
                continue
            seen_files.add(key)
            items.append(InputItem(arg, path, PurePosixPath(path.name or "input")))
    return items


def walk_folder(root: Path, glob: str, *, exclude: str | os.PathLike[str] | None = None
                ) -> list[tuple[Path, PurePosixPath]]:
    """Files under `root` whose name matches `glob` (one pattern or a comma list), sorted by relative path.

    Links are resolved and followed only when their target lies inside `root`; each real
    folder is visited once (guards against link loops).
    """
    real_root = os.path.realpath(root)
    found: list[tuple[Path, PurePosixPath]] = []
    visited: set[str] = set()
    if exclude is not None:
        visited.add(os.path.realpath(exclude))  # treated as seen: never entered

    def inside(target: str) -> bool:
        return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)

    def listing(folder: Path, real: str):
        """Its entries, sorted, or None when it was seen already, lies outside or cannot be read."""
        if real in visited or not inside(real):
            return None
        visited.add(real)
        try:
            return iter(sorted(os.scandir(folder), key=lambda e: e.name))
        except OSError:
            return None  # unreadable sub-folder: nothing we can list; the others still run

    # Depth first in name order, with an explicit stack rather than recursion: a tree a thousand folders deep
    # (legal, and easy to make) hit Python's recursion limit and ended the run.
    # each entry carries its folder's real path: realpath() costs one lstat per level, so calling it for every
    # folder was quadratic in the depth; only links need resolving
    stack = [(root, PurePosixPath(), real_root, listing(root, real_root))]
    while stack:
        folder, rel, real_folder, entries = stack[-1]
        entry = next(entries, None) if entries is not None else None
        if entry is None:
            stack.pop()
            continue
        child = folder / entry.name
        child_rel = rel / entry.name
        if entry.is_symlink() and not inside(os.path.realpath(child)):
            continue  # a link pointing out of the tree is not followed
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
        except OSError:
            continue  # a cycle of links (ELOOP) or an entry gone meanwhile: nothing to read there
        if is_dir:
            real = os.path.realpath(child) if entry.is_symlink() else os.path.join(real_folder, entry.name)
            stack.append((child, child_rel, real, listing(child, real)))
        elif is_file and any(fnmatch.fnmatchcase(entry.name, g.strip()) for g in glob.split(",")):
            found.append((child, child_rel))
    found.sort(key=lambda pair: pair[1].parts)
    return found


def read_bytes(item: InputItem, *, max_bytes: int) -> bytes:
    """The raw bytes of an input, at most `max_bytes` (InputError otherwise).

    Reads one byte past the limit instead of trusting the size on disk, so pipes and
    growing files are handled the same way.
    """
    limit_text = f"{max_bytes:,} bytes"
    if item.is_stdin:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = item.path
        assert path is not None
        try:
            if path.is_dir():
                raise InputError(f"{item.source}: is a folder, not a file")
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{item.source}: no such file") from None
        except PermissionError:
            raise InputError(f"{item.source}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{item.source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{item.source}: larger than the limit of {limit_text} (raise it with --max-bytes)")
    return data


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_unique_outputs(items: list[InputItem]) -> None:
    """ConfigError when two inputs would write the same files under ``-o`` (e.g. a.txt and a.md)."""
    seen: dict[str, str] = {}
    for item in items:
        key = str(item.relative.with_suffix(""))
        if key in seen:
            raise ConfigError(
                f"{seen[key]} and {item.source} would write the same output {key}.json; "
                "run them separately or rename one"
            )
        seen[key] = item.source
