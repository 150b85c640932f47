"""Many documents, one engine call: the pieces of a whole batch of documents translated together.

`translate_jobs` takes one list of pieces per job (an article: its body and title plans' pieces), looks them
all up in the cache, and sends what is left to the engine in one call, so the engine sees batches as large
as its budget allows instead of one article's 15-30 sentences. If that call fails (out of memory, an input
the engine rejects), the jobs are halved and each half tried again, down to single jobs: only the job that
really fails gets the exception, the others their translations. A failing job costs about
2 x log2(jobs) extra calls; what the calls that succeeded translated is kept (and cached).
"""

from __future__ import annotations

from typing import Callable

from translate.cache import TranslationCache, model_key
from translate.document import translate_pieces
from translate.settings import SentenceTranslation

Outcome = dict[str, SentenceTranslation] | Exception


def translate_jobs(
    jobs: list[list[str]],
    translator,
    *,
    cache: TranslationCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    reraise: tuple[type[BaseException], ...] = (),
) -> tuple[list[Outcome], list[str]]:
    """Per job, piece -> translation, or the error that job alone raised; plus the cache's warnings.

    Only `Exception`s are caught (KeyboardInterrupt goes through); the caller decides what a job's
    exception means (the pipeline fails that article with it, exactly as if it had been translated alone).
    A bug that fails every job costs each job its own call before it is reported, per job, never swallowed.
    Exceptions of `reraise` are not bisected but end the call (the caller's time limit: bisecting under a
    clock that has run out would fail every job); what was translated before is cached.
    """
    warnings: list[str] = []
    unique = list(dict.fromkeys(p for job in jobs for p in job))
    key = model_key(translator.describe()) if cache is not None else ""
    known: dict[str, SentenceTranslation] = cache.get_many(key, unique) if cache is not None else {}
    failed: dict[int, Exception] = {}
    total = len(unique)

    def report(done: int, _total: int) -> None:
        if progress is not None:
            progress(min(total, len(known) + done), total)

    def run(members: list[int]) -> None:
        pieces = list(dict.fromkeys(p for j in members for p in jobs[j] if p not in known))
        if not pieces:
            return
        try:
            # no cache here: hits were taken above, and fresh results are stored below once per call
            known.update(translate_pieces(pieces, translator, None, report, warnings))
        except Exception as exc:  # noqa: BLE001 - whatever the engine raised, find the job that causes it
            if isinstance(exc, reraise):
                raise
            if len(members) == 1:
                failed[members[0]] = exc
                return
            half = len(members) // 2
            run(members[:half])
            run(members[half:])
            return
        if cache is not None:
            cache.put_many(key, {p: known[p] for p in pieces})

    run([j for j, job in enumerate(jobs) if job])
    if cache is not None:
        warnings.extend(cache.take_warnings())
    if progress is not None:
        progress(total, total)
    outcomes: list[Outcome] = [failed[j] if j in failed else {p: known[p] for p in job}
                               for j, job in enumerate(jobs)]
    return outcomes, warnings

