"""A run over many inputs: read, skip what is already done, process, save, report.

`run_batch` is the one library call behind ``newsbrief normalise|translate|summarise``
(the local runner). It takes the inputs in chunks of `batch_articles`: reads each input
of a chunk once (so the content hash used for resuming is of the very bytes processed),
asks the `OutputTree` whether an identical result already exists, and runs the rest
through `Pipeline.process_each` together (one engine call per language for the whole
chunk).

When results come out: an article is saved (atomically) and counted the moment it is
finished. One that needs no engine call (English, every article of ``normalise``, a
failed input) is finished as soon as it is read and prepared; the ones to translate
finish after their chunk's engine calls. ``on_article`` (the renderer: ``--json`` lines,
progress) gets the articles in input order, each as soon as it and every input before it
are finished. So the order is deterministic and pipes can rely on it, and an English
article is held only while an input before it is unfinished: a folder of English files
streams one by one, while an English file after a Dutch one of the same chunk is shown
once that chunk's translation is done (it is saved and counted before).

Ctrl-C (KeyboardInterrupt) ends the loop: everything already saved stays saved and is
counted in the stats (at most the chunk's untranslated articles are redone by the next
run), and the exception is re-raised for the CLI to turn into exit code 130.

An input with exactly the bytes of an earlier input of the run keeps its own record, with
a warning naming the earlier one (counting stories must not count it twice).

An input that cannot be read (a mistyped path, a folder, too big) leaves nothing under
OUTDIR: its error is reported, and an earlier result of the same name stays as it was.
The caller holds OUTDIR's lock (`OutputTree.locked`) around the run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from newsbrief.errors import ERROR_FAMILY, DiskFullError, error_kind
from newsbrief.inputs import InputItem, content_hash, read_bytes
from newsbrief.output import OutputTree, input_path
from newsbrief.pipeline import Pipeline
from newsbrief.record import Article

DONE, SKIPPED, FAILED = "done", "skipped", "failed"

#: articles per `process_each` call: news articles have ~300-600 source tokens, so 32 make ~10-20k tokens, 5-10
#: batches of 2,048 for the engine's workers (only the last batch of a call can leave one idle); a larger
#: chunk holds more untranslated work when a run is interrupted. Chosen by that arithmetic, not swept (BENCHMARKS.md,
#: "Batch-first translation")
DEFAULT_BATCH_ARTICLES = 32
_EMPTY = content_hash(b"")


@dataclass
class RunStats:
    """Counts of a run; an article is counted when it is finished (under -o: saved), not when it is shown."""

    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    interrupted: bool = False

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def count(self, status: str) -> None:
        """One more article finished with `status` (DONE, SKIPPED or FAILED)."""
        if status == SKIPPED:
            self.skipped += 1
        elif status == FAILED:
            self.failed += 1
        else:
            self.done += 1

    def summary(self) -> str:
        line = f"{self.done} done, {self.skipped} skipped, {self.failed} failed in {self.seconds:.1f}s"
        if self.interrupted:
            left = self.total - self.done - self.skipped - self.failed
            line += f" (interrupted; {left} left to do)"
        return line


def run_batch(
    items: list[InputItem],
    pipeline: Pipeline,
    *,
    output: OutputTree | None = None,
    force: bool = False,
    markdown: Callable[[Article], str] | None = None,
    on_article: Callable[[InputItem, Article, str], None] | None = None,
    on_start: Callable[[InputItem, int], None] | None = None,
    stats: RunStats | None = None,
    batch_articles: int = DEFAULT_BATCH_ARTICLES,
) -> RunStats:
    """Process `items`, `batch_articles` at a time; see the module docstring.

    Pass your own `stats` to still have the counts when KeyboardInterrupt propagates.
    ``on_article(item, article, status)`` gets, for a skipped input, its saved result.
    """
    if batch_articles < 1:
        raise ValueError(f"batch_articles must be >= 1, got {batch_articles}")
    stats = stats if stats is not None else RunStats()
    stats.total = len(items)
    run = _Run(pipeline, pipeline.settings_digest(), output, force, markdown, stats)
    if output is not None:
        output.remove_stale_temporaries()
    try:
        for start in range(0, len(items), batch_articles):
            chunk = items[start:start + batch_articles]
            if on_start:
                for index, item in enumerate(chunk, start=start):
                    on_start(item, index)
            for item, status, article in run.chunk(chunk):
                if on_article:
                    # a skipped article comes with its saved result, so a resumed run shows what a fresh one
                    # would
                    on_article(item, article, status)
    except KeyboardInterrupt:
        stats.interrupted = True
        raise
    return stats


@dataclass
class _Run:
    """What the chunks of one run share: the settings, OUTDIR, the counts, and the inputs' hashes seen so far."""

    pipeline: Pipeline
    digest: str
    output: OutputTree | None
    force: bool
    markdown: Callable[[Article], str] | None
    stats: RunStats
    first_with: dict[str, str] = field(default_factory=dict)  # input_sha256 -> the first input with those bytes

    def chunk(self, chunk: list[InputItem]):
        """(item, status, article) for each item of `chunk`, in input order, each as soon as it and every item
        before it are settled. An item is settled (saved under OUTDIR, and counted) the moment it is finished,
        even while an earlier one still waits for the chunk's translation: an interrupt keeps it and the count
        says so."""
        settled: list[tuple[str, Article] | None] = [None] * len(chunk)
        todo: list[tuple[int, bytes, str, str | None]] = []  # (index in chunk, data, its hash, the same bytes' input)
        for index, item in enumerate(chunk):
            status, article, data, sha = _one(item, self.pipeline, self.digest, self.output, self.force)
            if status:
                # a saved one too: a copy after it is still noted on a resumed run; a skipped one's warning is this
                # run's, not the one its saved record holds from the run that wrote it (its first input may not be in
                # this run, or may have changed since)
                same_as = self._same_bytes(item, sha)
                if status == SKIPPED and article is not None:
                    article.warnings = [w for w in article.warnings if not w.startswith(_SAME_BYTES)]
                    if same_as is not None:
                        article.warnings.append(_same_bytes_warning(same_as))
                self._settle(settled, index, status, article)
            else:
                todo.append((index, data, sha, self._same_bytes(item, sha)))
        shown = yield from _ready(chunk, settled, 0)
        jobs = [(chunk[i].source, data) for i, data, _, _ in todo]
        for position, article in (self.pipeline.process_each(jobs) if todo else ()):
            i, _, sha, same_as = todo[position]
            article.models["input_sha256"] = sha
            article.models["settings_digest"] = self.digest
            article.models["input_path"] = input_path(chunk[i])  # tells same-named inputs of two roots apart
            if same_as is not None:
                # one record per input file stays (a user may count on it), but the reader must not count the
                # story twice
                article.warnings.append(_same_bytes_warning(same_as))
            _save(article, chunk[i], self.output, self.markdown)
            self._settle(settled, i, FAILED if article.error else DONE, article)
            shown = yield from _ready(chunk, settled, shown)

    def _settle(self, settled: list, index: int, status: str, article: Article) -> None:
        settled[index] = (status, article)
        self.stats.count(status)

    def _same_bytes(self, item: InputItem, sha: str) -> str | None:
        """The earlier input of this run with exactly these bytes, if any (this one is remembered otherwise)."""
        if not sha or sha == _EMPTY:
            return None  # unread, or empty: such files fail alike, they are not one article given twice
        first = self.first_with.setdefault(sha, item.source)
        return first if first != item.source else None


#: how the warning opens that an input repeats an earlier one's bytes (`_same_bytes_warning`)
_SAME_BYTES = "the same bytes as "


def _same_bytes_warning(first: str) -> str:
    return f"{_SAME_BYTES}{first} (an earlier input of this run): one article given twice, both records describe it"


def _ready(chunk: list[InputItem], settled: list, shown: int):
    """Yield the settled items from `shown` on, up to the first one still unsettled; returns the new `shown`."""
    while shown < len(chunk) and settled[shown] is not None:
        status, article = settled[shown]
        yield chunk[shown], status, article
        shown += 1
    return shown


def _one(item: InputItem, pipeline: Pipeline, digest: str, output: OutputTree | None,
         force: bool) -> tuple[str | None, Article | None, bytes, str]:
    """(FAILED, the failed article, ...) or (SKIPPED, the saved one, ...); or (None, None, data, its hash)
    for an input to process."""
    try:
        data = read_bytes(item, max_bytes=pipeline.options.max_bytes)
    except ERROR_FAMILY as exc:  # not saved: a mistyped path must not leave an error record under OUTDIR
        article = Article(source=item.source)
        article.fail(error_kind(exc), str(exc))
        return FAILED, article, b"", ""
    sha = content_hash(data)
    try:
        if output is not None:
            output.check(item, force=force)  # never replace a file that is not ours, nor another input's result
        saved = output.finished(item, sha, digest) if output is not None and not force else None
    except ERROR_FAMILY as exc:  # e.g. its output path leads out of OUTDIR: this article fails, the run goes on
        article = Article(source=item.source)
        article.fail(error_kind(exc), str(exc))
        return FAILED, article, b"", ""
    if saved is not None:
        return SKIPPED, saved, b"", sha
    return None, None, data, sha


def _save(article: Article, item: InputItem, output: OutputTree | None,
          markdown: Callable[[Article], str] | None) -> None:
    if output is None:
        return
    try:
        output.save(item, article.to_dict(), markdown(article) if markdown else "")
    except DiskFullError:
        raise  # stops the run: one message, not one per remaining article
    except ERROR_FAMILY as exc:
        if article.error is None:
            article.fail(error_kind(exc), str(exc))
