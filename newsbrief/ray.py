"""The Ray Data runner (``pip install 'newsbrief[ray]'``): the same pipeline on a cluster, through Ray Data.

    newsbrief summarise in.jsonl.gz -o out/ --runner ray [--ray-address auto] [--workers N]
                                           [--gpus-per-worker F] [--batch-articles N]

and, for people who already hold a Ray dataset of scraped records::

    from newsbrief.ray import map_articles
    results = map_articles(ray.data.read_parquet("s3://bucket/news/"), RunOptions(),
                           fields=FieldMap.build("news-please"))
    results.write_parquet("s3://bucket/briefs/")

How it is laid out:

- records become items (id, bytes, language hint, input hash) in CPU tasks: the archive read task of
  `RecordArchives` (our own readers, so ids, messages and bad-record handling are those of the local runner)
  or, for a user's dataset, a `map_batches` task over its rows;
- resume drops the items whose (id, input hash, settings digest) the output already holds: a broadcast
  anti-join (the finished keys, 16 bytes each, go to every task with the function) — Ray Data's own
  `Dataset.join(..., "left_anti")` needs polars and materialises both sides, too much for this;
- one stateful actor class, `BriefActor`, per worker: it builds its `Pipeline` once, from the options and the
  registry's *text* (a `Registry` does not pickle, and models.yaml may not exist on the worker), and calls
  `Pipeline.process_many` on each batch of ``batch_articles`` items. An article's failure stays in its record;
  nothing about one article escapes to Ray. An exception that does escape is a bug of this wrapper and fails
  the job loudly (Ray's ``max_errored_blocks`` stays 0: one error aborts rather than dropping a block).
- the translation cache is per node (a folder under the node's temp directory) or off, never on a shared
  file system (SQLite over NFS corrupts).

Resources: every actor holds ``num_cpus`` CPUs; on a small node leave one for the read task — an actor pool
that takes every CPU starves the reader and hangs (ray-project/ray#44687). `default_cpus_per_worker` does that.

This module is named like the library it drives: it imports the real Ray by absolute name (`_require_ray`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from typing import Any, Callable, Iterable, Sequence

from newsbrief.errors import ConfigError
from newsbrief.pipeline import Pipeline, RunOptions
from newsbrief.record import Article
from newsbrief.records import FieldMap, RecordItem

RAY_EXTRA = "pip install 'newsbrief[ray]'"
ITEM_COLUMNS = ("id", "source", "position", "data", "lang", "published", "warnings", "error", "input_sha256")


def _require_ray():
    import importlib

    try:
        ray = importlib.import_module("ray")  # the library, not this module (absolute imports)
        importlib.import_module("ray.data")
    except ImportError:
        raise ConfigError(f"--runner ray needs Ray Data: {RAY_EXTRA}") from None
    return ray


def key_digest(record_id: str, input_sha256: str, settings_digest: str) -> bytes:
    """16 bytes that stand for one finished record's key (compact enough to send millions to every task)."""
    return hashlib.sha256(f"{record_id}\0{input_sha256}\0{settings_digest}".encode()).digest()[:16]


# --- items as columns ------------------------------------------------------------------------------------


def _items_table(items: Sequence[RecordItem]):
    import pyarrow as pa

    return pa.table({
        "id": [i.id for i in items], "source": [i.source for i in items],
        "position": pa.array([i.position for i in items], pa.int64()),
        "data": pa.array([i.data for i in items], pa.binary()),
        "lang": pa.array([i.lang for i in items], pa.string()),
        "published": pa.array([i.published for i in items], pa.string()),
        "warnings": [json.dumps(list(i.warnings)) for i in items],
        "error": pa.array([i.error for i in items], pa.string()),
        "input_sha256": [i.input_hash for i in items],
    })


def _items_from_table(table) -> list[RecordItem]:
    rows = table.to_pylist()
    return [RecordItem(id=r["id"], source=r["source"], position=r["position"], data=r["data"], lang=r["lang"],
                       published=r["published"], warnings=tuple(json.loads(r["warnings"])), error=r["error"])
            for r in rows]


def _rows_to_items(batch, *, fields: FieldMap, source: str, max_bytes: int):
    """A user's dataset: raw record rows (any columns) to item columns."""
    from newsbrief.records import _item

    return _items_table([_item(source, 0, row, None, fields, max_bytes) for row in batch.to_pylist()])


def _drop_done(batch, *, done: frozenset, digest: str, mark: bool = False):
    """The anti-join: items whose key is in `done` are left out (``mark``: kept with ``skip`` set, so the
    CLI can count them; the actor passes them by)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    finished = pa.array([key_digest(i, s, digest) in done for i, s in
                         zip(batch.column("id").to_pylist(), batch.column("input_sha256").to_pylist())], pa.bool_())
    if mark:
        return batch.append_column("skip", finished)
    return batch.filter(pc.invert(finished))


def archives_dataset(paths: Sequence[str], fields: FieldMap, *, max_bytes: int, rows_per_block: int = 1024):
    """A Ray dataset of items read from record archives by our own readers, one read task per archive."""
    ray = _require_ray()
    from ray.data import Datasource, ReadTask
    from ray.data.block import BlockMetadata

    from newsbrief.records import read_records

    def read_one(path: str):
        def read() -> Iterable[Any]:
            chunk: list[RecordItem] = []
            for item in read_records(path, fields, max_bytes=max_bytes):
                chunk.append(item)
                if len(chunk) >= rows_per_block:
                    yield _items_table(chunk)
                    chunk = []
            if chunk:
                yield _items_table(chunk)
        return read

    class RecordArchives(Datasource):
        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[ReadTask]:
            return [ReadTask(read_one(p), BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None,
                                                        input_files=(p,)))
                    for p in paths]

    return ray.data.read_datasource(RecordArchives())


# --- the actor --------------------------------------------------------------------------------------------


class BriefActor:
    """One per worker: builds the pipeline once, then briefs batch after batch of items."""

    def __init__(self, options: dict[str, Any], registry_text: str | None, registry_path: str | None,
                 digest: str, cache: str = "node"):
        from newsbrief.registry import registry_from_text

        if cache == "node":
            # the node's own disk: SQLite on a shared file system would corrupt or crawl
            os.environ["NEWSBRIEF_CACHE_DIR"] = os.path.join(tempfile.gettempdir(), "newsbrief-ray-cache")
        opts = RunOptions(**{**options, "use_cache": options.get("use_cache", True) and cache != "off"})
        registry = registry_from_text(registry_text, registry_path) if registry_text is not None else None
        self.pipeline = Pipeline(opts, registry=registry)
        self.digest = digest

    def __call__(self, batch):
        import pyarrow as pa

        from newsbrief.recordout import FLAT_COLUMNS, flat_row
        from newsbrief.recordrun import brief_items

        from newsbrief.recordout import _parquet_schema

        skip = batch.column("skip").to_pylist() if "skip" in batch.column_names else [False] * batch.num_rows
        items = _items_from_table(batch)
        articles = iter(brief_items(self.pipeline, [i for i, s in zip(items, skip) if not s], self.digest))
        rows = [{"id": i.id, "source": i.source} if s else flat_row(next(articles).to_dict())
                for i, s in zip(items, skip)]  # a skipped item: its id, and no record
        return pa.Table.from_pylist([{c: r.get(c) for c in FLAT_COLUMNS} for r in rows], schema=_parquet_schema(pa))


def default_cpus_per_worker(workers: int) -> float:
    """CPUs per actor that leave one CPU of the cluster for reading (ray#44687), at most 1 each."""
    ray = _require_ray()
    total = float(ray.cluster_resources().get("CPU", 1.0))
    return max(0.1, min(1.0, (total - 1.0) / workers)) if total > 1 else 0.5


def map_articles(dataset, options: RunOptions, *, fields: FieldMap | None = FieldMap(), source: str = "<ray>",
                 workers: int = 1, cpus_per_worker: float | None = None, gpus_per_worker: float = 0.0,
                 batch_articles: int = 32, done: Iterable[bytes] = (), mark_done: bool = False,
                 cache: str = "node", registry_text: str | None = None, registry_path: str | None = None,
                 digest: str | None = None):
    """A Dataset of records (``fields`` names their columns) to a Dataset of results with the flat columns of
    `newsbrief.recordout.FLAT_COLUMNS` (``record``: the full record as JSON). Lazy, like every Ray Dataset.

    ``fields=None`` means `dataset` holds items already (`archives_dataset`). ``done``: `key_digest`\\ s of
    finished records to leave out (``mark_done``: to keep as rows with ``record`` None, to count them).
    ``cache``: "node" or "off". The registry is read here (``options.models_file``
    or the default) unless ``registry_text`` is given; its text travels to the workers.
    """
    _require_ray()
    if cache not in ("node", "off"):
        raise ConfigError(f"cache must be 'node' or 'off' (never a shared file system), got {cache!r}")
    driver = Pipeline(options)  # ConfigError here, on the driver, not in N actors
    if registry_text is None and driver.registry is not None:
        registry_path = str(driver.registry.path)
        with open(registry_path, encoding="utf-8") as handle:
            registry_text = handle.read()
    digest = digest or driver.settings_digest()
    if fields is not None:
        dataset = dataset.map_batches(_rows_to_items, batch_format="pyarrow", batch_size=1024,
                                      fn_kwargs={"fields": fields, "source": source,
                                                 "max_bytes": options.max_bytes})
    done = frozenset(done)
    if done:
        dataset = dataset.map_batches(_drop_done, batch_format="pyarrow", batch_size=1024,
                                      fn_kwargs={"done": done, "digest": digest, "mark": mark_done})
    cpus = cpus_per_worker if cpus_per_worker is not None else default_cpus_per_worker(workers)
    return dataset.map_batches(
        BriefActor, batch_format="pyarrow", batch_size=batch_articles, concurrency=workers,
        num_cpus=cpus, num_gpus=gpus_per_worker or None,
        fn_constructor_kwargs={"options": asdict(options), "registry_text": registry_text,
                               "registry_path": registry_path, "digest": digest, "cache": cache})


def run_records_on_ray(paths: Sequence[str], pipeline: Pipeline, fields: FieldMap, *, sink=None,
                       done: set[tuple[str, str, str]] | None = None, stats=None, address: str | None = None,
                       workers: int = 1, gpus_per_worker: float = 0.0, batch_articles: int = 32,
                       on_article: Callable[[Article, str], None] | None = None,
                       on_error: Callable[[str], None] | None = None,
                       no_progress_timeout_s: float | None = None, num_cpus: int | None = None):
    """The CLI's ``--runner ray``: archives in, the sink (or `on_article`) out, resumable like the local runner.

    Results come back to this process in the order Ray finishes them and are written here, so the output
    files, resume and Ctrl-C behave as with the local runner. An archive that is missing fails alone (`on_error`);
    one that turns out corrupt part way stops the job (Ray fails the read task), keeping what was written.
    """
    import logging

    from newsbrief.batch import DONE, FAILED, RunStats
    from newsbrief.output import article_from_record

    from newsbrief.records import _is_remote

    ray = _require_ray()
    stats = stats if stats is not None else RunStats()
    readable = []
    for path in paths:  # a missing archive fails alone, here; inside Ray a read error would stop the whole job
        if _is_remote(path) or os.access(path, os.R_OK) and os.path.isfile(path):
            readable.append(path)
        else:
            stats.total += 1
            stats.failed += 1
            if on_error:
                on_error(f"{path}: cannot read the archive (no such file, or not readable)")
    if not readable:
        return stats
    paths = readable
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=num_cpus if address is None else None, include_dashboard=False,
                 logging_level=logging.WARNING, log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # stderr is ours: one summary line, as for the local runner
    if no_progress_timeout_s is not None:
        context.execution_no_progress_timeout_s = no_progress_timeout_s
    digest = pipeline.settings_digest()
    keys = frozenset(key_digest(i, s, d) for i, s, d in (done or ()) if d == digest)
    items = archives_dataset(paths, fields, max_bytes=pipeline.options.max_bytes)
    results = map_articles(items, pipeline.options, fields=None, workers=workers, gpus_per_worker=gpus_per_worker,
                           batch_articles=batch_articles, done=keys, mark_done=True,
                           cache="node" if pipeline.options.use_cache else "off", digest=digest,
                           registry_text=_registry_text(pipeline), registry_path=_registry_path(pipeline))
    try:
        for batch in results.iter_batches(batch_format="pyarrow", batch_size=None):
            for value in batch.column("record").to_pylist():
                stats.total += 1
                if value is None:  # finished in an earlier run
                    stats.skipped += 1
                    continue
                record = json.loads(value)
                status = FAILED if record.get("error") else DONE
                stats.count(status)
                if sink is not None:
                    sink.write(record)
                if on_article:
                    on_article(article_from_record(record), status)
    except KeyboardInterrupt:
        stats.interrupted = True
        raise
    return stats


def _registry_path(pipeline: Pipeline) -> str | None:
    return str(pipeline.registry.path) if pipeline.registry is not None else None


def _registry_text(pipeline: Pipeline) -> str | None:
    path = _registry_path(pipeline)
    if path is None:
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()
