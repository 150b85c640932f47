"""Writing results under ``-o OUTDIR``: atomic files, a mirrored tree, resumable runs.

Every article gets ``<name>.md`` (readable) and ``<name>.json`` (the record) at its
input's relative path under OUTDIR. Each file is written to a temporary file in the
same folder and moved into place with ``os.replace`` (atomic on POSIX), so an
interrupted run — Ctrl-C or SIGKILL — never leaves a half-written output. The JSON is
written last: its presence marks the article as finished.

Resume: the record's ``models`` holds ``input_sha256`` (the input bytes) and
``settings_digest`` (everything that changes the output). A re-run skips an article whose
JSON exists with the same two values and no error; ``--force`` redoes it.

Temporary files carry the writer's pid (``.<name>.<pid>.nbtmp``); a later run removes
those whose writer is gone (left by SIGKILL), and only those.

What is never replaced (`OutputTree.check`, before an article is processed):
- the outputs of two inputs of one run that would share them (``a.txt`` and ``a.html`` both make ``a.json``):
  each of them fails with a message naming the other, and the other inputs are done as usual;
- a file newsbrief did not write: a ``.json`` that is not a newsbrief record, a ``.md`` without our marker
  line whose ``.json`` is not one either (``summarise notes/report.txt -o notes`` next to the user's own
  ``report.md``): that article fails with a message saying so;
- the saved result of a *different* input with the same relative name (``x.txt`` of two input folders run
  one after the other into one OUTDIR), told apart by ``models.input_path`` (the input's real path):
  refused with the fix, unless ``--force``.

One run at a time per OUTDIR: `OutputTree.locked` holds an exclusive ``flock`` on the OUTDIR folder for the
run; a second run into the same folder stops at once with a usage error (exit 2) instead of redoing what the
first is doing. The kernel drops the lock when its process ends, ``kill -9`` included.

Files are created with the permissions the umask allows (0666 & ~umask), like any file a shell writes;
a full disk raises `DiskFullError`, which stops the run (the article being written leaves nothing behind).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from newsbrief.errors import DiskFullError, OutputError
from newsbrief.inputs import InputItem, output_clashes
from newsbrief.record import Article, Sentence, Takeaway

TMP_SUFFIX = ".nbtmp"
_TMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]*" + re.escape(TMP_SUFFIX) + r"$")
#: the last line of every ``<name>.md`` written under -o: how a later run knows the file is ours to replace
MD_MARKER = "<!-- written by newsbrief; the record is the .json beside this file -->"
_FULL = (errno.ENOSPC, errno.EDQUOT)


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    # the only portable way to read the umask is to set it; done once, before any thread writes a file
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def input_path(item: InputItem) -> str:
    """What tells two inputs apart across runs (their real path; "-" for stdin): kept as ``models.input_path``."""
    return "-" if item.is_stdin else os.path.realpath(item.path)


def _is_record(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("schema"), str) and value["schema"].startswith("newsbrief/")


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so readers see the old file or the whole new one, never a part."""
    make_folders(path.parent)
    # the name is shortened in the temporary's: a final name near NAME_MAX (255 bytes) must still fit with the
    # pid, random part and suffix added
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:120]}.{os.getpid()}.", suffix=TMP_SUFFIX)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600: the output is the user's file, as a shell's would be
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())  # the rename must not reach disk before the data
        os.replace(tmp, path)
    except BaseException:
        # includes KeyboardInterrupt: the temp file must not outlive a failed write
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def make_folders(folder: Path) -> None:
    """``mkdir -p`` without recursion: Path.mkdir(parents=True) recurses once per missing level, and an input tree
    a thousand folders deep (mirrored under OUTDIR) overflowed Python's stack and ended the run."""
    missing = []
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for level in reversed(missing):
        try:
            level.mkdir()
        except FileExistsError:
            if not level.is_dir():
                raise


def _walk(root: Path):
    """(folder, file names) under `root`, with an explicit stack (os.walk recurses per level in Python 3.11)."""
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        stack.extend(e.path for e in entries if e.is_dir(follow_symlinks=False))
        yield folder, [e.name for e in entries if not e.is_dir(follow_symlinks=False)]


def make_output_folder(root: Path) -> None:
    """Create a run's output folder and its parents (the per-article tree here, the record shards of recordout.py);
    one that cannot be made is an OutputError naming it, a line the user can act on."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {root}: {exc.strerror or exc}") from None


class OutputTree:
    """The OUTDIR of a run: where each input's outputs go, and whether they are done."""

    def __init__(self, outdir: str | os.PathLike[str], items: list[InputItem]):
        self.root = Path(outdir)
        self._clashes = output_clashes(items)  # inputs that would write the same files: each fails in check()
        make_output_folder(self.root)
        if not os.access(self.root, os.W_OK):
            raise OutputError(f"output folder {self.root} is not writable")
        self._real_root = os.path.realpath(self.root)
        self._records: dict[Path, Any] = {}  # read by check(), used by finished(): each record is read once

    @contextlib.contextmanager
    def locked(self):
        """Hold OUTDIR's lock for a run; OutputError at once when another run holds it.

        The lock is an exclusive ``flock`` on the folder itself: nothing is written for it, and the kernel drops
        it when the run ends, however it ends (``kill -9`` included).
        """
        import fcntl

        try:
            fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:
            raise OutputError(f"cannot open the output folder {self.root}: {exc.strerror or exc}") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputError(f"another newsbrief run is writing to {self.root}; wait for it to finish (then "
                                  "run this again to add what is missing), or choose another -o folder") from None
            except OSError:
                pass  # a file system without flock (some network mounts): run unlocked rather than not at all
            yield
        finally:
            os.close(fd)  # releases the lock

    def paths(self, item: InputItem) -> tuple[Path, Path]:
        """(json, markdown) paths for `item`, checked to lie inside OUTDIR."""
        # by string, not with_suffix(""): "..txt" would become the path "." and its output a sibling of OUTDIR
        name, suffix = item.relative.name, item.relative.suffix
        stem = name[: -len(suffix)] if suffix else name
        json_path = self.root.joinpath(*item.relative.parent.parts, stem + ".json")
        md_path = json_path.with_suffix(".md")
        for path in (json_path, md_path):
            real = os.path.realpath(path)
            if not real.startswith(self._real_root.rstrip(os.sep) + os.sep):
                raise OutputError(f"{item.source}: output {path} would be outside {self.root}; not written")
        return json_path, md_path

    def check(self, item: InputItem, *, force: bool = False) -> None:
        """OutputError when writing `item`'s outputs would replace a file newsbrief did not write, or (without
        `force`) the saved result of another input with the same name; see the module docstring."""
        json_path, md_path = self.paths(item)
        if item in self._clashes:
            others = " and ".join(self._clashes[item])
            raise OutputError(f"{item.source}: {others} would write the same output {json_path} too; not written "
                              "(the rest of the run goes on): rename one, or run them into separate -o folders")
        try:
            has_json, has_md = json_path.exists(), md_path.exists()
        except OSError as exc:  # e.g. ENAMETOOLONG: a 255-byte input name gets a 256-byte "<name>.json"
            raise OutputError(f"{item.source}: cannot write {json_path.parent}: {exc.strerror or exc}") from None
        record = self._read_record(json_path) if has_json else None
        if not force:  # finished() is asked next, and takes it from here (with --force it is never asked)
            self._records[json_path] = record
        foreign = [path for path, ours in ((json_path, not has_json or _is_record(record)),
                                           (md_path, not has_md or _is_record(record) or _has_marker(md_path)))
                   if not ours]
        if foreign:
            one = len(foreign) == 1
            raise OutputError(f"{item.source}: {' and '.join(map(str, foreign))} already {'exists' if one else 'exist'}"
                              f" and {'was' if one else 'were'} not written by newsbrief; not replaced (move "
                              f"{'it' if one else 'them'} away, or choose another -o folder)")
        models = record.get("models") if _is_record(record) else None
        previous = models.get("input_path") if isinstance(models, dict) else None
        if not force and isinstance(previous, str) and previous != input_path(item):
            raise OutputError(f"{item.source}: {json_path} holds the result of another input with the same name "
                              f"({record.get('source')!s}); not replaced: write to another -o folder, or pass "
                              "--force to replace it")

    def finished(self, item: InputItem, input_sha256: str, settings_digest: str) -> Article | None:
        """The saved result (to show it again) when this input's outputs exist for the same bytes and settings,
        without error; None when the article must be done (again). The record is read once."""
        json_path, md_path = self.paths(item)
        try:
            if not (json_path.is_file() and md_path.is_file()):
                return None
        except OSError as exc:  # e.g. ENAMETOOLONG: a 255-byte input name gets a 256-byte "<name>.json"
            raise OutputError(f"{item.source}: cannot write {json_path.parent}: {exc.strerror or exc}") from None
        record = self._records.pop(json_path) if json_path in self._records else self._read_record(json_path)
        try:
            models = record.get("models") if isinstance(record, dict) else None
            if not (isinstance(models, dict)
                    and record.get("error") is None
                    and models.get("input_sha256") == input_sha256
                    and models.get("settings_digest") == settings_digest):
                return None
            return article_from_record(record)
        except (ValueError, TypeError, KeyError):  # a record of ours that cannot be shown: redo it
            return None

    @staticmethod
    def _read_record(json_path: Path) -> Any:
        """The parsed JSON file, or None when it cannot be read or parsed."""
        try:
            return json.loads(json_path.read_text(encoding="utf-8"))
        # unreadable or planted file. RecursionError: "[[[[..." nested past the C decoder's limit
        except (OSError, ValueError, RecursionError):
            return None

    def save(self, item: InputItem, record: dict[str, Any], markdown: str) -> tuple[Path, Path]:
        json_path, md_path = self.paths(item)
        try:
            atomic_write(md_path, markdown.rstrip("\n") + "\n\n" + MD_MARKER + "\n")
            # JSON last: its presence (with matching digests) is what resume trusts
            try:
                atomic_write(json_path, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            except BaseException:
                md_path.unlink(missing_ok=True)  # whole outputs or none: no markdown without its record
                raise
        except OSError as exc:
            if exc.errno in _FULL:
                raise DiskFullError(f"cannot write {json_path.parent}: {exc.strerror}") from None
            raise OutputError(f"{item.source}: cannot write {json_path.parent}: {exc.strerror or exc}") from None
        return json_path, md_path

    def remove_stale_temporaries(self) -> int:
        """Delete temporary files left by writers that no longer run (e.g. killed with SIGKILL)."""
        removed = 0
        for folder, files in _walk(self.root):
            for name in files:
                match = _TMP_NAME.match(name)
                if match and not _pid_alive(int(match.group(1))):
                    try:
                        os.unlink(os.path.join(folder, name))
                        removed += 1
                    except OSError:
                        pass  # gone already or not ours to remove: harmless
        return removed


def _has_marker(md_path: Path) -> bool:
    """Whether a markdown file ends with our marker line (read from the end: the file may be anyone's, and big)."""
    try:
        with open(md_path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - len(MD_MARKER) - 16))
            return MD_MARKER.encode() in handle.read()
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def article_from_record(record: dict[str, Any]) -> Article:
    """Rebuild an Article from its JSON record (the inverse of `Article.to_dict`)."""
    fields = {k: record[k] for k in ("source", "language", "language_confidence", "title", "byline", "published",
                                    "text", "source_takeaways", "removed", "title_en", "text_en", "models",
                                    "warnings", "error", "id") if k in record}
    article = Article(**fields)
    article.sentences = [Sentence(s["paragraph"], s["src"], s.get("en"), s.get("score"))
                         for s in record.get("sentences", [])]
    article.takeaways = [Takeaway(t["text"], list(t.get("evidence", []))) for t in record.get("takeaways", [])]
    return article
