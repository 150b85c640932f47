"""Record files in: JSONL (.jsonl, .jsonl.gz, .jsonl.zst), CSV and Parquet archives holding many articles.

A scraper's archive is one file of records, not a folder of ``.txt`` files. `read_records` turns
one such file into `RecordItem`\\ s, one per record, in file order, each with what the pipeline
needs: a stable ``id``, the bytes to process (title and text), a language hint and a date.

Which fields hold what is a `FieldMap` (``--text-field``, ``--id-field``, ``--title-field``,
``--lang-field``, ``--date-field``), or a preset for what common scrapers emit (`PRESETS`).
A record without an id gets a stable one derived from its content (``sha256:`` and 16 hex
digits of its title and text), so a re-run, a re-ordered or moved archive keeps the same ids.

A bad record (not JSON, no text field, text that is not a string) becomes a `RecordItem` with
an ``error``: that record fails with the message, the others run.

Only the standard library is needed for JSONL, gzip-compressed JSONL and CSV. ``.zst`` needs
``zstandard``, Parquet ``pyarrow`` and ``s3://``-style paths ``fsspec``; all three come with
``pip install 'newsbrief[records]'``, and a missing one is a ConfigError naming that command.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, replace
from typing import Any, Iterator

from newsbrief.errors import ConfigError, InputError

RECORDS_EXTRA = "pip install 'newsbrief[records]'"

#: what scrapers emit. news-please: https://github.com/fhamborg/news-please (its JSON records);
#: trafilatura: ``trafilatura --json`` / ``extract(output_format="json")``; newspaper4k: ``Article.to_json()``
#: (``meta_lang`` is the page's declared language; its ``language`` is the one it was configured with)
PRESETS: dict[str, dict[str, str]] = {
    "news-please": {"text": "maintext", "id": "url", "title": "title", "lang": "language", "date": "date_publish"},
    "trafilatura": {"text": "text", "id": "source", "title": "title", "lang": "language", "date": "date"},
    "newspaper4k": {"text": "text", "id": "url", "title": "title", "lang": "meta_lang", "date": "publish_date"},
}

_COMPRESSION = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


@dataclass(frozen=True)
class FieldMap:
    """Which field of a record holds what. Only `text` is required in a record."""

    text: str = "text"
    id: str | None = "id"
    title: str | None = "title"
    lang: str | None = "language"
    date: str | None = "date"

    @classmethod
    def build(cls, preset: str | None = None, **fields: str | None) -> "FieldMap":
        """A preset (or the defaults) with the given fields overriding it; ConfigError for an unknown preset."""
        base = cls()
        if preset:
            if preset not in PRESETS:
                raise ConfigError(f"unknown preset {preset!r}; valid: {', '.join(sorted(PRESETS))}")
            base = cls(**PRESETS[preset])
        return replace(base, **{k: v for k, v in fields.items() if v is not None})


@dataclass(frozen=True)
class RecordItem:
    """One record of an archive, ready for the pipeline (or failed, with `error` set)."""

    id: str
    source: str  # the archive path (as in the output record's "source")
    position: int  # 1-based line (JSONL, CSV data row) or row number (Parquet)
    data: bytes  # title and text as UTF-8, what `Pipeline.process_many` takes
    lang: str | None = None  # the record's language hint, when it is written as an ISO 639-1 code
    published: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def label(self) -> str:
        """How messages name this record: ``archive.jsonl#<id>``."""
        return f"{self.source}#{self.id}"

    @property
    def input_hash(self) -> str:
        """What resume compares: the bytes processed and the language hint that steers them."""
        digest = hashlib.sha256(self.data)
        digest.update(b"\0" + (self.lang or "").encode())
        return digest.hexdigest()


def record_format(path: str) -> tuple[str, str | None] | None:
    """(format, compression) from the file name (``x.jsonl.zst`` -> ("jsonl", "zstd")), or None for
    anything else (a ``.txt`` article, a folder)."""
    name = path.rstrip("/").rsplit("/", 1)[-1].lower()
    compression = None
    for suffix, kind in _COMPRESSION.items():
        if name.endswith(suffix):
            compression, name = kind, name[: -len(suffix)]
            break
    for suffix, kind in _FORMATS.items():
        if name.endswith(suffix):
            if kind == "parquet" and compression:
                return None  # Parquet compresses inside the file
            return kind, compression
    return None


def is_record_file(path: str) -> bool:
    return record_format(path) is not None


def read_records(path: str, fields: FieldMap = FieldMap(), *, max_bytes: int = 10_000_000) -> Iterator[RecordItem]:
    """The records of one archive, in order (see the module docstring).

    Raises InputError when the archive itself cannot be opened or is corrupt part way (what was read
    before stays yielded), ConfigError when a library it needs is not installed.
    """
    found = record_format(path)
    if found is None:
        raise InputError(f"{path}: not a record file (.jsonl, .jsonl.gz, .jsonl.zst, .csv, .parquet)")
    fmt, compression = found
    rows = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[fmt]
    try:
        for position, row, problem in rows(path, compression, max_bytes):
            yield _item(path, position, row, problem, fields, max_bytes)
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the archive ({_describe(exc)})") from None
    except ImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt archive raises the codec's own errors (zstd, arrow)
        if type(exc).__module__.split(".")[0] in ("zstandard", "pyarrow", "fsspec", "gzip", "zlib"):
            raise InputError(f"{path}: cannot read the archive ({_describe(exc)})") from None
        raise


def _describe(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "strerror", None) or exc or type(exc).__name__).split())


# --- opening ---------------------------------------------------------------------------------------


def _need(module: str, what: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigError(f"{what} needs the '{module}' package: {RECORDS_EXTRA}") from None


def _is_remote(path: str) -> bool:
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", path) is not None and not path.startswith("file://")


def _open_binary(path: str, compression: str | None):
    """A binary stream of the decompressed archive."""
    if _is_remote(path):
        fsspec = _need("fsspec", f"reading {path}")
        # fsspec decompresses gzip itself; zstd through the zstandard package
        return fsspec.open(path, "rb", compression="infer").open()
    if compression == "gzip":
        return gzip.open(path, "rb")
    if compression == "zstd":
        zstandard = _need("zstandard", f"reading {path}")
        raw = open(path, "rb")
        return zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
    return open(path, "rb")


# --- rows: (position, dict or None, problem or None) -------------------------------------------------


def _jsonl_rows(path: str, compression: str | None, max_bytes: int):
    with _open_binary(path, compression) as raw:
        stream = io.BufferedReader(raw) if not hasattr(raw, "peek") else raw
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            if len(line) > max_bytes * 2:  # JSON escapes may double a text; past that it is not an article
                yield number, None, f"line {number} is {len(line):,} bytes, larger than the limit (--max-bytes)"
                continue
            try:
                row = json.loads(line)
            except (ValueError, RecursionError) as exc:
                yield number, None, f"line {number} is not JSON ({str(exc).split(':')[0]})"
                continue
            if not isinstance(row, dict):
                yield number, None, f"line {number} is a JSON {type(row).__name__}, not an object"
                continue
            yield number, row, None


def _csv_rows(path: str, compression: str | None, max_bytes: int):
    csv.field_size_limit(min(sys.maxsize, max(max_bytes, 131072)))  # the default 128 KiB is less than a long text
    with _open_binary(path, compression) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        for number, row in enumerate(csv.DictReader(text), start=1):
            yield number, row, None


def _parquet_rows(path: str, compression: str | None, max_bytes: int):
    pq = _need("pyarrow.parquet", f"reading {path}")
    source = _open_binary(path, None) if _is_remote(path) else path
    number = 0
    for batch in pq.ParquetFile(source).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield number, row, None


# --- one record ----------------------------------------------------------------------------------------


def _text_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _item(path: str, position: int, row: dict | None, problem: str | None, fields: FieldMap,
          max_bytes: int) -> RecordItem:
    if row is None:
        return RecordItem(id=f"line:{position}", source=path, position=position, data=b"", error=problem)
    record_id = _text_value(row.get(fields.id)) if fields.id else None
    title = _text_value(row.get(fields.title)) if fields.title else None
    text = row.get(fields.text)
    date = row.get(fields.date) if fields.date else None
    published = str(date) if date not in (None, "") else None
    error = None
    where = f"record {position}" if position > 0 else "the record"  # a Ray dataset's rows have no line number
    if not isinstance(text, str):
        present = ", ".join(sorted(map(str, row))[:12]) or "none"
        error = (f"{where} has no text field {fields.text!r} (its fields: {present}); choose one with "
                 "--text-field or --preset" if text is None else
                 f"{where}: field {fields.text!r} is a {type(text).__name__}, not text")
        text = ""
    data = "\n\n".join(part.strip() for part in (title, text) if part and part.strip()).encode("utf-8")
    if error is None and len(data) > max_bytes:
        error = f"{where} is larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
    if not record_id:
        # stable across runs and moves: derived from the content, not from the file name or line number
        record_id = "sha256:" + hashlib.sha256(data or f"{path}:{position}".encode()).hexdigest()[:16]
    lang, warnings = _language_hint(row.get(fields.lang) if fields.lang else None)
    return RecordItem(id=record_id, source=path, position=position, data=data, lang=lang, published=published,
                      warnings=warnings, error=error)


def _language_hint(value: Any) -> tuple[str | None, tuple[str, ...]]:
    """An ISO 639-1 code from a record's language field ("nl", "NL", "nl-BE", "en_US"); a value that is no code
    ("English") is ignored with a warning, and the article's language is detected instead. One written as a code that
    is none ("xx", "xx-YY") is passed on: the pipeline fails that record, as --lang 'xx' fails the run."""
    if value in (None, ""):
        return None, ()
    match = re.fullmatch(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*", str(value).strip())
    if match:
        return match.group(1).lower(), ()
    return None, (f"the record's language {str(value)[:40]!r} is not an ISO 639-1 code; the language was detected",)
