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
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from newsbrief.errors import OutputError
from newsbrief.inputs import InputItem, check_unique_outputs
from newsbrief.record import Article, Sentence, Takeaway

TMP_SUFFIX = ".nbtmp"
_TMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]*" + re.escape(TMP_SUFFIX) + r"$")


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so readers see the old file or the whole new one, never a part."""
    make_folders(path.parent)
    # the name is shortened in the temporary's: a final name near NAME_MAX (255 bytes) must still fit with the
    # pid, random part and suffix added
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:120]}.{os.getpid()}.", suffix=TMP_SUFFIX)
    try:
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


class OutputTree:
    """The OUTDIR of a run: where each input's outputs go, and whether they are done."""

    def __init__(self, outdir: str | os.PathLike[str], items: list[InputItem]):
        self.root = Path(outdir)
        check_unique_outputs(items)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create output folder {self.root}: {exc.strerror or exc}") from None
        if not os.access(self.root, os.W_OK):
            raise OutputError(f"output folder {self.root} is not writable")
        self._real_root = os.path.realpath(self.root)

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

    def finished(self, item: InputItem, input_sha256: str, settings_digest: str) -> Article | None:
        """The saved result (to show it again) when this input's outputs exist for the same bytes and settings,
        without error; None when the article must be done (again). The record is read once."""
        json_path, md_path = self.paths(item)
        try:
            if not (json_path.is_file() and md_path.is_file()):
                return None
        except OSError as exc:  # e.g. ENAMETOOLONG: a 255-byte input name gets a 256-byte "<name>.json"
            raise OutputError(f"{item.source}: cannot write {json_path.parent}: {exc.strerror or exc}") from None
        try:
            record = json.loads(json_path.read_text(encoding="utf-8"))
            models = record.get("models") if isinstance(record, dict) else None
            if not (isinstance(models, dict)
                    and record.get("error") is None
                    and models.get("input_sha256") == input_sha256
                    and models.get("settings_digest") == settings_digest):
                return None
            return article_from_record(record)
        # unreadable, foreign or planted file: redo it. RecursionError: "[[[[..." nested past the C decoder's limit
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None

    def save(self, item: InputItem, record: dict[str, Any], markdown: str) -> tuple[Path, Path]:
        json_path, md_path = self.paths(item)
        try:
            atomic_write(md_path, markdown)
            # JSON last: its presence (with matching digests) is what resume trusts
            try:
                atomic_write(json_path, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            except BaseException:
                md_path.unlink(missing_ok=True)  # whole outputs or none: no markdown without its record
                raise
        except OSError as exc:
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
                                    "warnings", "error") if k in record}
    article = Article(**fields)
    article.sentences = [Sentence(s["paragraph"], s["src"], s.get("en"), s.get("score"))
                         for s in record.get("sentences", [])]
    article.takeaways = [Takeaway(t["text"], list(t.get("evidence", []))) for t in record.get("takeaways", [])]
    return article
