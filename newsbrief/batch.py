"""A run over many inputs: read, skip what is already done, process, save, report.

`run_batch` is the one library call behind ``newsbrief normalise|translate|summarise``.
It reads each input once (so the content hash used for resuming is of the very bytes
processed), asks the `OutputTree` whether an identical result already exists, runs the
`Pipeline`, saves atomically and hands each finished article to ``on_article`` (the
renderer) before starting the next, so ``--json`` output streams.

Ctrl-C (KeyboardInterrupt) ends the loop between two steps: everything already saved
stays saved, the stats say how far it got, and the exception is re-raised for the CLI
to turn into exit code 130. A full disk under OUTDIR (`DiskFullError`) ends it the same
way: every later article would fail alike.

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


@dataclass
class RunStats:
    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    interrupted: bool = False

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

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
) -> RunStats:
    """Process `items` in order; see the module docstring.

    Pass your own `stats` to still have the counts when KeyboardInterrupt propagates.
    ``on_article(item, article, status)`` gets, for a skipped input, its saved result.
    """
    stats = stats if stats is not None else RunStats()
    stats.total = len(items)
    digest = pipeline.settings_digest()
    if output is not None:
        output.remove_stale_temporaries()
    try:
        for index, item in enumerate(items):
            if on_start:
                on_start(item, index)
            status, article = _one(item, pipeline, digest, output, force, markdown)
            if status == SKIPPED:
                stats.skipped += 1
            elif status == FAILED:
                stats.failed += 1
            else:
                stats.done += 1
            if on_article:
                # a skipped article comes with its saved result, so a resumed run shows what a fresh one would
                on_article(item, article, status)
    except KeyboardInterrupt:
        stats.interrupted = True
        raise
    return stats


def _one(item: InputItem, pipeline: Pipeline, digest: str, output: OutputTree | None, force: bool,
         markdown: Callable[[Article], str] | None) -> tuple[str, Article]:
    """(DONE | FAILED, the new article) or (SKIPPED, the saved one)."""
    try:
        data = read_bytes(item, max_bytes=pipeline.options.max_bytes)
    except ERROR_FAMILY as exc:  # not saved: a mistyped path must not leave an error record under OUTDIR
        article = Article(source=item.source)
        article.fail(error_kind(exc), str(exc))
        return FAILED, article
    sha = content_hash(data)
    try:
        if output is not None:
            output.check(item, force=force)  # never replace a file that is not ours, nor another input's result
        saved = output.finished(item, sha, digest) if output is not None and not force else None
    except ERROR_FAMILY as exc:  # e.g. its output path leads out of OUTDIR: this article fails, the run goes on
        article = Article(source=item.source)
        article.fail(error_kind(exc), str(exc))
        return FAILED, article
    if saved is not None:
        return SKIPPED, saved
    article = pipeline.process(item.source, data)
    article.models["input_sha256"] = sha
    article.models["settings_digest"] = digest
    article.models["input_path"] = input_path(item)
    _save(article, item, output, markdown)
    return (FAILED if article.error else DONE), article


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
