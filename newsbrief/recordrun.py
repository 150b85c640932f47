"""The local runner for record archives: read records, skip finished ones, process in batches, write shards.

`brief_items` is the one step every runner shares (this local loop, `newsbrief.api.brief_pandas`, the Ray
actors of `newsbrief.ray`): a list of `RecordItem`\\ s in, one `Article` each out, in order, through
`Pipeline.process_many` (one engine call per language route for the whole batch). A record that failed
to read (not JSON, no text field) becomes an article with that error; nothing raises for one record.

A record's language hint (``--lang-field``) is honoured unless ``--lang`` is given: `process_many` takes it per
item (``langs=``), so records of every hint share one batch.

`run_records` is what ``newsbrief summarise archive.jsonl.gz -o out/`` runs: records are taken
`batch_articles` at a time; with an output folder, a record whose (id, input hash, settings digest) is
already there without error is skipped (`newsbrief.recordout.done_keys`). Ctrl-C closes the open shard,
so everything finished is kept; the next run does the rest.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from newsbrief.batch import DONE, FAILED, SKIPPED, RunStats
from newsbrief.errors import ERROR_FAMILY, InputError, error_kind
from newsbrief.normalise.dates import read_published
from newsbrief.pipeline import Pipeline
from newsbrief.record import Article
from newsbrief.records import FieldMap, RecordItem, read_records

DEFAULT_BATCH_ARTICLES = 32


def brief_items(pipeline: Pipeline, items: Sequence[RecordItem], digest: str) -> list[Article]:
    """One finished `Article` per item, in order (see the module docstring): the readable ones in one
    `Pipeline.process_many` call, each with its language hint."""
    articles: list[Article | None] = [None] * len(items)
    todo: list[int] = []
    for index, item in enumerate(items):
        if item.error is not None:
            article = Article(source=item.source)
            article.fail("input", f"{item.label}: {item.error}")
            articles[index] = article
        else:
            todo.append(index)
    done = pipeline.process_many([(items[i].label, items[i].data) for i in todo], langs=[items[i].lang for i in todo])
    for i, article in zip(todo, done):
        articles[i] = article
    for item, article in zip(items, articles):
        assert article is not None
        _finish(article, item, digest)
    return articles  # type: ignore[return-value]


def _finish(article: Article, item: RecordItem, digest: str) -> None:
    article.source = item.source  # DESIGN.md: an archive's records name the archive; `id` names the record
    article.id = item.id
    date_warning = None
    if article.published is None and item.published:
        # the record's date field, in the form the pages get: ISO 8601, or null and a warning that quotes it
        article.published, date_warning = read_published(item.published)
    article.warnings[:0] = list(item.warnings) + ([date_warning] if date_warning else [])
    article.models["input_sha256"] = item.input_hash
    article.models["settings_digest"] = digest
    article.models["record_position"] = item.position


def _chunks(records: Iterable[RecordItem], size: int) -> Iterator[list[RecordItem]]:
    chunk: list[RecordItem] = []
    try:
        for record in records:
            chunk.append(record)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except InputError:
        if chunk:
            yield chunk  # an archive cut off part way: what was read before the break is still done
        raise
    if chunk:
        yield chunk


def run_records(
    paths: Sequence[str],
    pipeline: Pipeline,
    fields: FieldMap,
    *,
    sink=None,
    done: set[tuple[str, str, str]] | None = None,
    batch_articles: int = DEFAULT_BATCH_ARTICLES,
    on_article: Callable[[Article, str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    stats: RunStats | None = None,
) -> RunStats:
    """Brief every record of `paths` in order; see the module docstring.

    `sink` is a `newsbrief.recordout.RecordSink` (None: results only go to `on_article`), `done` the keys
    of finished records to skip. An archive that cannot be read (or is corrupt part way) is reported
    through `on_error` and counted failed once; the other archives run.
    """
    if batch_articles < 1:
        raise ValueError(f"batch_articles must be >= 1, got {batch_articles}")
    stats = stats if stats is not None else RunStats()
    digest = pipeline.settings_digest()
    done = done or set()
    try:
        for path in paths:
            try:
                for chunk in _chunks(read_records(path, fields, max_bytes=pipeline.options.max_bytes),
                                     batch_articles):
                    stats.total += len(chunk)
                    todo = [item for item in chunk if (item.id, item.input_hash, digest) not in done]
                    stats.skipped += len(chunk) - len(todo)
                    for article in brief_items(pipeline, todo, digest):
                        if sink is not None:
                            sink.write(article.to_dict())
                        status = FAILED if article.error else DONE
                        stats.count(status)
                        if on_article:
                            on_article(article, status)
            except ERROR_FAMILY as exc:
                if error_kind(exc) not in ("input",):
                    raise  # a missing extra (ConfigError), a full disk: the run itself cannot go on
                stats.total += 1
                stats.failed += 1
                if on_error:
                    on_error(str(exc))
    except KeyboardInterrupt:
        stats.interrupted = True
        raise
    return stats


__all__ = ["brief_items", "run_records", "DEFAULT_BATCH_ARTICLES", "SKIPPED"]
