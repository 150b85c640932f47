"""Record files out: sharded JSONL (plain, gzip or zstd) or Parquet under ``-o OUTDIR``, and resume from them.

For record archives the output is a few big files, not two files per article:

- JSONL: ``part-<run>-<n>.jsonl[.gz|.zst]``, one article record (the JSON contract of DESIGN.md) a line;
- Parquet: ``part-<run>-<n>.parquet`` with flat columns `FLAT_COLUMNS` (id, language, error, title,
  title_en, takeaways, ...) and ``record``, the full record as JSON (its nested ``models`` varies per row,
  which a Parquet schema cannot hold as a struct).

``<run>`` is the run's UTC start time (to the nanosecond) and pid, so runs never overwrite each other's shards.
A shard is written to a temporary name and moved into place when it is full or the run ends (Ctrl-C included), so
a shard never holds half a record; a run killed with SIGKILL loses at most its open shard, which the next run
redoes.

Resume: `done_keys` reads every shard's (id, input_sha256, settings_digest) of records without error;
the runner skips a record whose key is there. A record redone (an earlier error, ``--force``) appears in
a later shard as well: `latest_records` gives each id's newest record (shards sort by run, then number).
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path
from typing import Any, Iterator

from newsbrief.errors import ConfigError, DiskFullError, OutputError
from newsbrief.output import TMP_SUFFIX, make_output_folder
from newsbrief.records import RECORDS_EXTRA, _need

OUTPUT_FORMATS = ("jsonl", "parquet")
COMPRESSIONS = ("none", "gzip", "zstd")
_SUFFIX = {"none": ".jsonl", "gzip": ".jsonl.gz", "zstd": ".jsonl.zst"}
FLAT_COLUMNS = ("id", "source", "language", "error", "title", "title_en", "takeaways", "input_sha256",
                "settings_digest", "record")
DEFAULT_SHARD_RECORDS = 10_000


def record_key(record: dict[str, Any]) -> tuple[str, str, str] | None:
    models = record.get("models") if isinstance(record, dict) else None
    if not isinstance(models, dict) or record.get("id") is None:
        return None
    return str(record["id"]), str(models.get("input_sha256")), str(models.get("settings_digest"))


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """The flat columns of one record (Parquet, and `newsbrief.api.brief_pandas`)."""
    models = record.get("models") or {}
    error = record.get("error")
    return {
        "id": record.get("id"),
        "source": record.get("source"),
        "language": record.get("language"),
        "error": f"{error['type']}: {error['message']}" if isinstance(error, dict) else None,
        "title": record.get("title"),
        "title_en": record.get("title_en"),
        "takeaways": [t["text"] for t in record.get("takeaways") or []],
        "input_sha256": models.get("input_sha256"),
        "settings_digest": models.get("settings_digest"),
        "record": json.dumps(record, ensure_ascii=False),
    }


class RecordSink:
    """Writes records into shards under `outdir`; use as a context manager (closing moves the last shard in)."""

    def __init__(self, outdir: str | os.PathLike[str], fmt: str = "jsonl", compression: str = "none",
                 shard_records: int = DEFAULT_SHARD_RECORDS):
        if fmt not in OUTPUT_FORMATS:
            raise ConfigError(f"unknown output format {fmt!r}; valid: {', '.join(OUTPUT_FORMATS)}")
        if compression not in COMPRESSIONS:
            raise ConfigError(f"unknown compression {compression!r}; valid: {', '.join(COMPRESSIONS)}")
        if fmt == "parquet":
            if compression != "none":
                raise ConfigError("Parquet files compress themselves; --compress applies to JSONL output only")
            self._pa = _need("pyarrow", "Parquet output")
            self._pq = _need("pyarrow.parquet", "Parquet output")
        elif compression == "zstd":
            self._zstd = _need("zstandard", "zstd-compressed output")
        self.root = Path(outdir)
        make_output_folder(self.root)
        self.fmt, self.compression, self.shard_records = fmt, compression, max(1, shard_records)
        # sorts in start order (latest_records relies on it); nanoseconds: two runs of one process in the same
        # second (a notebook, a test) must not share names, or the second overwrites the first one's shards
        now = time.time_ns()
        self._run = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now // 10**9)) + f".{now % 10**9:09d}Z-{os.getpid()}"
        self._number = 0
        self._count = 0
        self._handle: Any = None
        self._rows: list[dict[str, Any]] = []
        self._tmp: Path | None = None
        self._final: Path | None = None
        self.written = 0

    def __enter__(self) -> "RecordSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def write(self, record: dict[str, Any]) -> None:
        try:
            if self._tmp is None:
                self._open_shard()
            if self.fmt == "parquet":
                self._rows.append(flat_row(record))
            else:
                self._handle.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            self._count += 1
            self.written += 1
            if self._count >= self.shard_records:
                self._close_shard()
        except OSError as exc:
            raise _output_error(self.root, exc) from None

    def close(self) -> None:
        try:
            self._close_shard()
        except OSError as exc:
            raise _output_error(self.root, exc) from None

    def _open_shard(self) -> None:
        suffix = ".parquet" if self.fmt == "parquet" else _SUFFIX[self.compression]
        name = f"part-{self._run}-{self._number:05d}{suffix}"
        # the pattern of output.atomic_write's temporaries, which OutputTree removes once their writer is gone
        tmp = self.root / f".{name}.{os.getpid()}.shard{TMP_SUFFIX}"
        self._count = 0
        if self.fmt == "parquet":
            self._rows = []
            self._tmp, self._final = tmp, self.root / name
            return
        raw = open(tmp, "wb")  # first: a shard that could not be opened is not "open"
        self._tmp, self._final = tmp, self.root / name
        if self.compression == "gzip":
            self._handle = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)
            self._raw = raw
        elif self.compression == "zstd":
            self._handle = self._zstd.ZstdCompressor().stream_writer(raw, closefd=True)
            self._raw = None
        else:
            self._handle, self._raw = raw, None

    def _close_shard(self) -> None:
        if self._tmp is None:
            return
        tmp, final = self._tmp, self._final
        self._tmp = self._final = None
        if self.fmt == "parquet":
            table = self._pa.Table.from_pylist(self._rows, schema=_parquet_schema(self._pa))
            self._pq.write_table(table, tmp)
            self._rows = []
        else:
            self._handle.close()
            if self._raw is not None:
                self._raw.close()
            self._handle = None
        if self._count == 0:
            tmp.unlink(missing_ok=True)
            return
        os.replace(tmp, final)
        self._number += 1


def _parquet_schema(pa):
    string = pa.string()
    return pa.schema([("id", string), ("source", string), ("language", string), ("error", string),
                      ("title", string), ("title_en", string), ("takeaways", pa.list_(string)),
                      ("input_sha256", string), ("settings_digest", string), ("record", string)])


def _output_error(root: Path, exc: OSError) -> OutputError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"cannot write {root}: {exc.strerror}")
    return OutputError(f"cannot write {root}: {exc.strerror or exc}")


# --- reading the output back ---------------------------------------------------------------------


def shard_paths(outdir: str | os.PathLike[str]) -> list[Path]:
    """The finished shards under `outdir`, oldest run first."""
    root = Path(outdir)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.name.startswith("part-") and (p.name.endswith(tuple(_SUFFIX.values()))
                                                     or p.name.endswith(".parquet")))


def iter_output(outdir: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every record of every shard, in shard order."""
    for path in shard_paths(outdir):
        if path.name.endswith(".parquet"):
            pq = _need("pyarrow.parquet", f"reading {path}")
            for batch in pq.ParquetFile(path).iter_batches(columns=["record"]):
                for value in batch.column(0).to_pylist():
                    yield json.loads(value)
            continue
        yield from iter_output_file(path)


def latest_records(outdir: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Each id's newest record (a redone record replaces the earlier one)."""
    latest: dict[str, dict[str, Any]] = {}
    for record in iter_output(outdir):
        latest[str(record.get("id"))] = record
    return latest


def done_keys(outdir: str | os.PathLike[str]) -> set[tuple[str, str, str]]:
    """(id, input_sha256, settings_digest) of every record under `outdir` that finished without error.

    Raises OutputError for a shard that cannot be read (rather than redoing, or worse, skipping, blindly).
    """
    keys: set[tuple[str, str, str]] = set()
    for path in shard_paths(outdir):
        try:
            if path.name.endswith(".parquet"):
                pq = _need("pyarrow.parquet", f"resuming from {path}")
                table = pq.read_table(path, columns=["id", "input_sha256", "settings_digest", "error"])
                for rid, sha, digest, error in zip(*(table.column(c).to_pylist() for c in
                                                     ("id", "input_sha256", "settings_digest", "error"))):
                    if error is None and rid is not None:
                        keys.add((rid, str(sha), str(digest)))
                continue
            for record in iter_output_file(path):
                key = record_key(record)
                if key is not None and record.get("error") is None:
                    keys.add(key)
        except ConfigError:
            raise
        except (OSError, ValueError, EOFError) as exc:
            raise OutputError(f"cannot read the earlier output {path} to resume ({exc}); move it away, or "
                              "choose another -o folder") from None
    return keys


def iter_output_file(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one JSONL shard."""
    import io

    if path.name.endswith(".zst"):
        zstandard = _need("zstandard", f"reading {path}")
        stream = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)
    elif path.name.endswith(".gz"):
        stream = gzip.open(path, "rb")
    else:
        stream = open(path, "rb")
    with stream:
        for line in io.BufferedReader(stream) if not hasattr(stream, "peek") else stream:
            if line.strip():
                yield json.loads(line)


__all__ = ["RecordSink", "done_keys", "iter_output", "latest_records", "flat_row", "RECORDS_EXTRA"]
