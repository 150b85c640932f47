"""Turning the command line's PATH... into an ordered list of inputs.

A PATH is a file, a folder (walked recursively for files matching ``--glob``) or ``-``
for stdin. The order is stable: the arguments in the order given, each folder's files
sorted by their path relative to that folder. Symbolic links are followed only while
they stay inside the folder being walked, and a folder reached twice (a link loop) is
walked once, so a crafted tree cannot make a run loop or escape its root. What a walk
left out and why (links leading out, broken links, files the patterns did not take) is
counted in a `WalkReport`, so the CLI can say it instead of "no input files".

``--glob`` takes one or more patterns. A pattern without ``/`` matches file names at any
depth (``*.txt``); one with ``/`` matches the path relative to the folder given
(``sub/*.txt``; ``**`` stands for any number of folders, none included).

Missing paths are *not* rejected here: they become an input whose reading fails, so
that article gets an ``error`` record and the others still run (issue 2).
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

from newsbrief.errors import ConfigError, InputError

STDIN = "-"
#: what a folder walk takes when --glob is not given (the one place this default is written): plain-text and
#: HTML scrapes (HTML is recognised by its content, whatever the name; these names only choose what a walk takes)
DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.html", "*.htm")


@dataclass
class WalkReport:
    """What folder walks left out, for a message: links not followed, and files no pattern took."""

    unmatched: int = 0  # regular files inside the folders that no --glob pattern took
    #: the first few of them, for a note to name (an archive may hold millions of other files: only a few are kept)
    unmatched_files: list[str] = field(default_factory=list)
    links_out: list[str] = field(default_factory=list)  # links leading out of their folder (not followed)
    broken_links: list[str] = field(default_factory=list)  # links to nothing (or a cycle of links)

    def left_out(self) -> str:
        """The links left out and why, for a note (empty when there were none)."""
        parts = []
        if self.links_out:
            parts.append(f"{len(self.links_out)} link(s) leading out of the folder are not followed "
                         f"({_some(self.links_out)}); name such files on the command line to take them")
        if self.broken_links:
            parts.append(f"{len(self.broken_links)} broken link(s) skipped ({_some(self.broken_links)})")
        return "; ".join(parts)

    def unmatched_note(self) -> str:
        """The files the default --glob left out, for a note (empty when none): a page saved without an extension
        ("article", "index.php") is skipped by name although its content would be read."""
        if not self.unmatched:
            return ""
        # "left out", not "skipped": the run's summary counts as skipped the articles whose outputs exist already
        return (f"{self.unmatched} file(s) in the folder(s) left out ({_some(self.unmatched_files, total=self.unmatched)}), not matching "
                f"--glob {','.join(DEFAULT_GLOBS)}; --glob '*' takes every file (HTML is recognised by its content)")

    def nothing_found(self, paths, patterns: tuple[str, ...]) -> str:
        """Why a run found no input: what the folders held that the patterns or the link rule left out."""
        message = f"no input files matching {', '.join(map(repr, patterns))} in {', '.join(paths)}"
        reasons = []
        if self.unmatched:
            reasons.append(f"{self.unmatched} other file(s) there ({_some(self.unmatched_files, total=self.unmatched)}); --glob takes "
                           f"more, e.g. --glob '*'")
        if self.left_out():
            reasons.append(self.left_out())
        return message + (f" ({'; '.join(reasons)})" if reasons else "")


#: how many of the files a walk left out a note names
NAMED_UNMATCHED = 3


def _some(paths: list[str], shown: int = NAMED_UNMATCHED, total: int | None = None) -> str:
    total = len(paths) if total is None else total
    more = f" and {total - shown} more" if total > shown else ""
    return ", ".join(paths[:shown]) + more


def check_outdir_is_not_an_input(outdir: str | None, paths) -> None:
    """ConfigError when -o names an input folder itself: the results would sit among the articles (and a
    folder walk skips the output folder, so such a run found "no input files" in a folder full of them)."""
    if outdir is None or not os.path.isdir(outdir):
        return
    real = os.path.realpath(outdir)
    for path in paths:
        if path != STDIN and os.path.isdir(path) and os.path.realpath(path) == real:
            raise ConfigError(f"-o {outdir} is the input folder itself; write the results to a folder of their "
                              f"own, e.g. -o {os.path.join(outdir, 'briefs')} (a folder inside the input is not "
                              "read as input)")


def parse_globs(values: str | Iterable[str] | None) -> tuple[str, ...]:
    """--glob values (each may be a comma list) as a tuple of patterns; DEFAULT_GLOBS when none.

    Raises ConfigError for an empty pattern or one that leaves the folder (absolute, or a ``..``
    step): patterns are relative to each folder given, and such a pattern would silently match nothing.
    """
    if values is None:
        return DEFAULT_GLOBS
    if isinstance(values, str):
        values = [values]
    patterns: list[str] = []
    for value in values:
        for pattern in value.split(","):
            pattern = pattern.strip()
            if not pattern:
                raise ConfigError(f"--glob {value!r} holds an empty pattern; give e.g. --glob '*.txt'")
            if pattern.startswith("/") or ".." in pattern.split("/"):
                raise ConfigError(f"--glob {pattern!r} points outside the folder; patterns are relative to "
                                  "each folder given (e.g. 'sub/*.txt', '**/*.txt')")
            patterns.append(pattern)
    return tuple(dict.fromkeys(patterns)) or DEFAULT_GLOBS


def glob_matches(relative: PurePosixPath, patterns: tuple[str, ...]) -> bool:
    """Whether a file at `relative` (inside the folder walked) is taken by any of `patterns`."""
    for pattern in patterns:
        if "/" not in pattern:
            if fnmatch.fnmatchcase(relative.name, pattern):
                return True
        elif _match_parts(relative.parts, tuple(p for p in pattern.split("/") if p)):
            return True
    return False


def _match_parts(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    # one path step per pattern step (fnmatch's * would cross '/'); ** takes zero or more steps
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match_parts(parts[i:], pattern[1:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _match_parts(parts[1:], pattern[1:])


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


def collect_inputs(paths: list[str] | tuple[str, ...], *, glob: str | Iterable[str] | None = None,
                   exclude: str | os.PathLike[str] | None = None,
                   report: WalkReport | None = None) -> list[InputItem]:
    """Expand PATH arguments into inputs (see module docstring).

    `glob`: one pattern or several (see `parse_globs`); None takes DEFAULT_GLOBS.
    `exclude`: a folder never walked into — the run's OUTDIR when it lies inside an input folder,
    so a re-run never reads its own outputs as articles.
    `report`: filled with what the folder walks left out.

    Raises ConfigError (a usage error) when stdin is given twice.
    """
    patterns = parse_globs(glob)
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
            for file, rel in walk_folder(path, patterns, exclude=exclude, report=report):
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


def walk_folder(root: Path, glob: str | tuple[str, ...], *, exclude: str | os.PathLike[str] | None = None,
                report: WalkReport | None = None) -> list[tuple[Path, PurePosixPath]]:
    """Files under `root` matching `glob` (one pattern or several), sorted by relative path.

    Links are resolved and followed only when their target lies inside `root`; each real
    folder is visited once (guards against link loops). A link leading out of `root`, even to a
    file, is not followed: a planted ``escape.txt -> ~/.ssh/id_rsa`` must not end up in a summary;
    the user who wants such a file names it on the command line. `report` counts what was left out.
    """
    patterns = (glob,) if isinstance(glob, str) else glob
    report = report if report is not None else WalkReport()
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
        is_link = entry.is_symlink()
        if is_link and not os.path.exists(child):
            report.broken_links.append(str(child))  # dangling, or a cycle of links (ELOOP)
            continue
        if is_link and not inside(os.path.realpath(child)):
            report.links_out.append(str(child))  # a link pointing out of the tree is not followed
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
        except OSError:
            continue  # an entry gone meanwhile: nothing to read there
        if is_dir:
            real = os.path.realpath(child) if is_link else os.path.join(real_folder, entry.name)
            stack.append((child, child_rel, real, listing(child, real)))
        elif is_file and glob_matches(child_rel, patterns):
            found.append((child, child_rel))
        elif is_file:
            report.unmatched += 1
            if len(report.unmatched_files) < NAMED_UNMATCHED:
                report.unmatched_files.append(str(child))
    found.sort(key=lambda pair: pair[1].parts)
    return found


def read_bytes(item: InputItem, *, max_bytes: int) -> bytes:
    """The raw bytes of an input, at most `max_bytes` (InputError otherwise).

    Reads one byte past the limit instead of trusting the size on disk, so pipes and
    growing files are handled the same way — in chunks, so that a huge limit
    (``--max-bytes 100000000000``) is never allocated up front (MemoryError) nor passed
    to a read call that cannot take it (OverflowError).
    """
    limit_text = f"{max_bytes:,} bytes"
    if item.is_stdin:
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise InputError("-: stdin is closed; give a file, or pipe the article in")
        data = _read_limited(sys.stdin.buffer, max_bytes + 1)
        if not data.strip():  # "-: empty file" read as if a file named '-' were meant
            raise InputError("-: standard input is empty; pipe an article in (cat article.txt | newsbrief ...) "
                             "or name a file")
    else:
        path = item.path
        assert path is not None
        try:
            if path.is_dir():
                raise InputError(f"{item.source}: is a folder, not a file")
            with open(path, "rb") as handle:
                data = _read_limited(handle, max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{item.source}: no such file") from None
        except PermissionError:
            raise InputError(f"{item.source}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{item.source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{item.source}: larger than the limit of {limit_text} (raise it with --max-bytes)")
    return data


_CHUNK = 1 << 20


def _read_limited(handle, limit: int) -> bytes:
    """At most `limit` bytes from `handle`, read a chunk at a time until the end or the limit."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        want = min(_CHUNK, limit - size)
        chunk = handle.read(want)
        chunks.append(chunk)
        size += len(chunk)
        if len(chunk) < want:
            # a buffered read returns short only at the end; reading again would wait for more, and on a
            # terminal the end (Ctrl-D) is not sticky: a second read blocks until the user types again
            break
    return b"".join(chunks)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def output_clashes(items: list[InputItem]) -> dict[InputItem, list[str]]:
    """For each input whose outputs under ``-o`` another input would write too (``a.txt`` and ``a.html`` both
    make ``a.json``), the sources of those others. Such inputs fail alone and the rest of the run goes on: a
    clash in a big folder must not stop every other file, and giving one of them another name (``a.html.json``)
    would make a file's output name depend on which siblings the folder holds today."""
    groups: dict[str, list[InputItem]] = {}
    for item in items:
        groups.setdefault(str(item.relative.with_suffix("")), []).append(item)
    return {item: [other.source for other in group if other is not item]
            for group in groups.values() if len(group) > 1 for item in group}
