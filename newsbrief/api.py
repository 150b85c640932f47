"""The Python API for one machine: `brief`, a reusable `Briefer`, and `brief_pandas` for DataFrame engines.

    >>> import newsbrief
    >>> article = newsbrief.brief("Gemeente opent nieuw fietsenpakhuis\\n\\nDe gemeente heeft ...")
    >>> [t.text for t in article.takeaways]

    >>> briefer = newsbrief.Briefer(bullets=3)          # loads the models once, on first use
    >>> articles = briefer.brief_many(texts)            # one engine call per language for the whole list

`brief(text_or_path)` takes the article's text (str or bytes) or a path (`pathlib.Path`, or a str naming an
existing file with no line break in it; a str like ``name.txt`` naming no file is an InputError). Errors of one
article are in its ``error`` (as in the CLI's records); a bad configuration (unknown summariser, broken
models.yaml) raises `newsbrief.errors.ConfigError`.

`brief_pandas(df, options)` is a plain function from a pandas DataFrame of records to a DataFrame of results
(flat columns, see `newsbrief.recordout.FLAT_COLUMNS`), for Spark ``mapInPandas`` or Dask ``map_partitions``:
each worker process builds its pipeline once (cached per options) and reuses it for every partition. pandas is
imported only there.
"""

from __future__ import annotations

import os
import re
from dataclasses import fields as dataclass_fields, replace
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator

from newsbrief.pipeline import Pipeline, RunOptions
from newsbrief.record import Article
from newsbrief.records import FieldMap, RecordItem

_OPTION_NAMES = {f.name for f in dataclass_fields(RunOptions)}


def run_options(options: RunOptions | None = None, **overrides: Any) -> RunOptions:
    """RunOptions from keyword arguments (``bullets=3, lang="nl", use_cache=False``); TypeError names a wrong one."""
    unknown = sorted(set(overrides) - _OPTION_NAMES)
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(unknown)}; valid: {', '.join(sorted(_OPTION_NAMES))}")
    return replace(options or RunOptions(), **overrides)


def _as_input(text_or_path: str | bytes | os.PathLike[str], max_bytes: int) -> tuple[str, bytes]:
    """(source, data): a Path is read (as the CLI reads a file: `inputs.read_bytes`, with the --max-bytes limit),
    a str is a path only when it names an existing file (and has no newline)."""
    from newsbrief.errors import InputError
    from newsbrief.inputs import InputItem, read_bytes

    if isinstance(text_or_path, bytes):
        return "<bytes>", text_or_path
    if isinstance(text_or_path, os.PathLike) or (
            isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 4096
            and os.path.isfile(text_or_path)):
        path = Path(text_or_path)
        return str(path), read_bytes(InputItem(str(path), path, PurePosixPath(path.name)), max_bytes=max_bytes)
    if isinstance(text_or_path, str):
        if re.fullmatch(r"\S+\.(txt|html?|md|text)", text_or_path):
            # a mistyped file name would otherwise be briefed as a one-line article
            raise InputError(f"{text_or_path}: no such file (to brief text that looks like a file name, pass "
                             "it as bytes)")
        return "<text>", text_or_path.encode("utf-8")
    raise TypeError(f"expected text, bytes or a path, got {type(text_or_path).__name__}")


class Briefer:
    """A reusable pipeline: build it once (models load on first use), then brief article after article.

    Keyword arguments are `RunOptions` fields: ``command`` ("summarise", "translate", "normalise"), ``lang``,
    ``models_file``, ``engine``, ``device``, ``beam``, ``use_cache``, ``summariser``, ``bullets``, ...
    """

    def __init__(self, options: RunOptions | None = None, *, registry=None, **overrides: Any):
        self.options = run_options(options, **overrides)
        self.pipeline = Pipeline(self.options, registry=registry)

    def brief(self, text_or_path: str | bytes | os.PathLike[str]) -> Article:
        """One article (its text, bytes, or a path) to an `Article`."""
        return self.brief_many([text_or_path])[0]

    def brief_many(self, texts_or_paths: Iterable[str | bytes | os.PathLike[str]]) -> list[Article]:
        """Many articles in one batch (one engine call per language), in order."""
        return self.pipeline.process_many([_as_input(x, self.options.max_bytes) for x in texts_or_paths])

    def brief_records(self, records: Iterable[dict[str, Any]], fields: FieldMap = FieldMap(), *,
                      source: str = "<records>") -> list[Article]:
        """Dicts as a scraper writes them (see `newsbrief.records.FieldMap`) to Articles with their ``id``."""
        from newsbrief.recordrun import brief_items

        items = list(_items_from_dicts(records, fields, source, self.options.max_bytes))
        return brief_items(self.pipeline, items, self.settings_digest)

    @cached_property
    def settings_digest(self) -> str:
        """The pipeline's settings digest, worked out once: it reads the registry and fingerprints the model
        files, and neither changes under a Briefer (its options are fixed and its models load once)."""
        return self.pipeline.settings_digest()


def brief(text_or_path: str | bytes | os.PathLike[str], options: RunOptions | None = None, **overrides: Any
          ) -> Article:
    """Brief one article with a fresh pipeline (use a `Briefer` for more than one: it keeps the models)."""
    return Briefer(options, **overrides).brief(text_or_path)


def _items_from_dicts(records: Iterable[dict[str, Any]], fields: FieldMap, source: str, max_bytes: int
                      ) -> Iterator[RecordItem]:
    from newsbrief.records import _item

    for position, row in enumerate(records, start=1):
        ok = isinstance(row, dict)
        yield _item(source, position, row if ok else None, None if ok else
                    f"record {position} is a {type(row).__name__}, not a mapping", fields, max_bytes)


# --- DataFrames (Spark mapInPandas, Dask map_partitions, plain pandas) ---------------------------------------

_BRIEFERS: dict[Any, Briefer] = {}  # per worker process: one pipeline per options, reused across partitions


def _cached_briefer(options: RunOptions) -> Briefer:
    if options not in _BRIEFERS:
        _BRIEFERS[options] = Briefer(options)
    return _BRIEFERS[options]


def brief_pandas(df, options: RunOptions | None = None, *, fields: FieldMap = FieldMap(),
                 source: str = "<dataframe>", **overrides: Any):
    """A DataFrame of records (one article per row) to a DataFrame of results, one row per input row, in order.

    The result has the flat columns ``id, source, language, error, title, title_en, takeaways, input_sha256,
    settings_digest, record`` (``record``: the full record as JSON; ``error``: "type: message" or None). For
    Spark: ``sdf.mapInPandas(lambda dfs: (brief_pandas(d, opts) for d in dfs), schema=...)``.
    """
    import pandas as pd

    from newsbrief.recordout import FLAT_COLUMNS, flat_row

    briefer = _cached_briefer(run_options(options, **overrides))
    # a missing value is NaN (or NA) in a DataFrame: a record without that field, as in JSONL
    rows = [{k: (None if _missing(v) else v) for k, v in row.items()} for row in df.to_dict(orient="records")]
    articles = briefer.brief_records(rows, fields, source=source)
    flat = [flat_row(a.to_dict()) for a in articles]
    # object columns: None stays None (a string column would turn it into NaN)
    return pd.DataFrame({c: pd.Series([r[c] for r in flat], dtype=object) for c in FLAT_COLUMNS},
                        index=df.index)


def _missing(value: Any) -> bool:
    import pandas as pd

    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array: present
        return False


def iter_pandas(dfs: Iterable[Any], options: RunOptions | None = None, **kwargs: Any) -> Iterator[Any]:
    """`brief_pandas` over an iterator of DataFrames: the function Spark's ``mapInPandas`` takes."""
    for df in dfs:
        yield brief_pandas(df, options, **kwargs)


__all__ = ["Briefer", "brief", "brief_pandas", "iter_pandas", "run_options", "Article", "RunOptions"]
