"""Turning inputs into `Article`s: decode → normalise → language → sentences → translate → summarise.

`RunOptions` is the one options object the CLI builds. A `Pipeline` holds what a run
shares across articles: the registry, the translators (loaded lazily, once per route,
on first need) and the summariser. A failure of one article — any error of
`newsbrief.errors.ERROR_FAMILY` — becomes that article's ``error``; the others go on.
A model that failed to load is remembered, so the next article of that language fails
fast with the same message instead of retrying a download.

**Batch first** (DESIGN.md): `process_many` is the entry point; `process` is a batch of
one. Every article of a batch is decoded, normalised, language-identified and split
into a translation plan (`translate.plan_document`, titles included as their own plan);
the plans' sentences are then grouped by translation route and each route gets one
engine call for the whole batch (`translate.translate_jobs`, which isolates an article
whose sentences make the engine fail); finally each article is assembled and summarised.
The records are the same as processing each article alone. `process_each` does the same
work but hands out each article as soon as it is complete: one that needs no engine call
(English) right after it is prepared, so a runner need not hold it until the batch's
translation is done.

The stage libraries (and through them torch) are imported inside the methods that need
them: ``newsbrief normalise`` never loads them, and ``--help`` stays instant.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from newsbrief import SCHEMA, __version__, cachedir
from newsbrief.deadline import paused, time_limit
from newsbrief.errors import ERROR_FAMILY, ConfigError, InputError, LanguageError, error_kind
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.record import Article, Sentence, Takeaway
from newsbrief.registry import ISO_639_1

COMMANDS = ("normalise", "translate", "summarise")

#: ``progress(description)`` returns a ``callback(done, total)`` for one task, or None
ProgressFactory = Callable[[str], "Callable[[int, int], None] | None"]


@dataclass(frozen=True)
class RunOptions:
    """Everything that decides what a run produces (and nothing about how it is shown)."""

    command: str = "summarise"  # normalise | translate | summarise
    lang: str | None = None  # ISO 639-1 override of language detection
    models_file: str | None = None  # --models / NEWSBRIEF_MODELS; None = packaged registry
    engine: str | None = None  # None = the registry's default
    device: str | None = None
    beam: int | None = None
    use_cache: bool = True  # the SQLite translation cache
    cache_dir: str | None = None  # model cache (Hugging Face); None = its default
    summariser: str | None = None  # None = the registry's default
    bullets: int | None = None  # None: an editor-length set (3-5, chosen per article); N forces N
    max_bytes: int = 10_000_000
    time_limit: float | None = None  # seconds per article (newsbrief.deadline); None or 0 = no limit

    def __post_init__(self) -> None:
        if self.command not in COMMANDS:
            raise ValueError(f"command must be one of {COMMANDS}, got {self.command!r}")


def translation_cache_path() -> Path:
    """Where the SQLite translation cache lives."""
    return cachedir.cache_dir() / "translations.sqlite3"


class Pipeline:
    """One run's shared state; `process` turns bytes into an `Article`."""

    def __init__(self, options: RunOptions, *, registry=None, progress: ProgressFactory | None = None):
        self.options = options
        self._progress = progress
        self._translators: dict[Any, Any] = {}  # EngineSettings -> Translator or the exception it raised
        self._summariser: Any = None
        self._summariser_error: BaseException | None = None
        self._cache: Any = None
        self._load_warnings: list[str] = []  # what loading a model had to say, for the next article's record
        self.registry = registry
        if registry is None and options.command != "normalise":
            from newsbrief.registry import load_registry

            # loaded up front: a broken registry is a configuration error (exit 2), not N article errors
            self.registry = load_registry(options.models_file)
        if options.command == "summarise" and self.registry is not None:
            self.registry.summariser(options.summariser)  # unknown name -> ConfigError now
        if self.registry is not None:
            self._check_device()

    def _check_device(self) -> None:
        """CUDA asked for on a machine without it: a configuration error now (exit 2, one line), not a failure
        of every article that needs a model."""
        device = self.options.device or self.registry.defaults.device
        if device != "cuda":
            return
        from translate.engines.base import cuda_available

        if not cuda_available():
            asked = "--device cuda" if self.options.device else f"device: cuda in {self.registry.path}"
            raise ConfigError(f"{asked}, but no CUDA device is available here; use --device cpu "
                              "(or --device auto, which takes CUDA when there is one)")

    # --- the settings that decide the output (for resume) -----------------------------------

    def settings_digest(self) -> str:
        """A digest of everything that changes an article's output (not how it is shown)."""
        opts = asdict(self.options)
        for key in ("max_bytes", "use_cache", "cache_dir", "models_file", "time_limit"):
            opts.pop(key)  # change where/how, not what
        if self.options.command == "normalise":
            for key in ("engine", "device", "beam", "summariser", "bullets"):
                opts.pop(key)
        elif self.options.command == "translate":
            opts.pop("summariser")
            opts.pop("bullets")
        payload = {"options": opts, "schema": SCHEMA, "version": __version__}
        if self.registry is not None:
            try:
                payload["registry"] = hashlib.sha256(Path(self.registry.path).read_bytes()).hexdigest()
            except OSError:
                payload["registry"] = str(self.registry.path)
            if self.options.command != "normalise":
                payload["model_files"] = self._model_files()
        blob = json.dumps(payload, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def _model_files(self) -> dict[str, Any]:
        """What identifies the files of each model this command may use, as the translation cache keys them
        (translate.engines.common.describe): a local directory's file fingerprint, and the commit a hub ref that
        is not a commit ("refs/pr/7") points at in the local cache. A model rebuilt in place or a ref that moved
        must not leave a resumed run "skipped" with stale results. Also whether CTranslate2 is installed when the
        engine is "auto": installing it changes the engine, and with it the output. Read from disk only — no
        engine or hub library is imported, so a resume that skips everything stays fast."""
        import re

        from translate import EngineSettings
        from translate.convert import fingerprint
        from translate.engines.base import ctranslate2_available
        from translate.loading import cache_root

        models = [(m.source, m.revision) for m in self.registry.translation_models.values()]
        if self.options.command == "summarise":
            spec = self.registry.summariser(self.options.summariser)
            if spec.source:
                models.append((spec.source, spec.revision))
        found: dict[str, Any] = {}
        for source, revision in sorted(set(models), key=str):
            if revision is None:
                try:
                    found[source] = fingerprint(Path(source).expanduser())
                except OSError:
                    found[source] = "missing"  # its articles fail; once it is there, they are redone
            elif not re.fullmatch(r"[0-9a-f]{40}", revision):
                # only its cache folder is used (the summarisers' hub models share the same cache)
                settings = EngineSettings(source=source, revision=revision, family="marian",
                                          cache_dir=self.options.cache_dir)
                ref = cache_root(settings) / f"models--{source.replace('/', '--')}" / "refs" / revision
                try:
                    found[source] = ref.read_text(encoding="utf-8").strip()
                except (OSError, ValueError):
                    found[source] = "not cached"
        if (self.options.engine or self.registry.defaults.engine) == "auto":
            found["ctranslate2 installed"] = ctranslate2_available()
        return found

    # --- a batch of articles ----------------------------------------------------------------

    def process(self, source: str, data: bytes) -> Article:
        """One input: a batch of one (see `process_many`)."""
        return self.process_many([(source, data)])[0]

    def process_many(self, items: Sequence[tuple[str, bytes]],
                     langs: Sequence[str | None] | None = None) -> list[Article]:
        """Turn `(source, data)` pairs into one `Article` each, in order; see the module docstring.

        `source` names the input in the record (a path, "-", or an archive's record id) and `data` is its
        raw bytes. Errors of one article (its input, its language, its model, an engine failure caused by
        its sentences, a bug it hits) go into that article's ``error``; this never raises for them.
        Runners (the CLI's local loop, record archives, Ray) call this with batches of their choosing.
        `langs`: per item, a language hint (an archive record's language field, ISO 639-1) that sets the language
        as --lang does; the run's --lang, when given, overrides every hint.
        """
        articles: list[Article] = [None] * len(items)  # type: ignore[list-item] - every slot is filled below
        for index, article in self.process_each(items, langs):
            articles[index] = article
        return articles

    def process_each(self, items: Sequence[tuple[str, bytes]],
                     langs: Sequence[str | None] | None = None) -> Iterator[tuple[int, Article]]:
        """`process_many`'s work, handing out ``(index in items, Article)`` the moment each article is complete.

        An article that needs no engine call (English, every article of ``normalise``, one that failed before
        translation) is finished (summarised) and handed out as soon as it is prepared, in input order; the
        articles to translate come after the batch's engine calls, in input order among themselves. So a runner
        can save and show an English article at once instead of after the whole batch's translation (the records
        are the same as `process_many`'s). Arguments as for `process_many`.
        """
        hints = langs if langs is not None else [None] * len(items)
        batch = [_Work(Article(source=source), data, lang=self.options.lang or hint)
                 for (source, data), hint in zip(items, hints, strict=True)]
        waiting: list[tuple[int, _Work]] = []  # prepared, to be translated together
        for index, work in enumerate(batch):
            work.article.models = {"newsbrief": __version__, "command": self.options.command}
            self._guarded(work, self._prepare)
            if work.plan is not None and work.article.error is None:
                waiting.append((index, work))
            else:
                yield index, self._complete(work)
        if waiting:
            self._translate_batch([work for _, work in waiting])
        for index, work in waiting:
            yield index, self._complete(work)

    def _complete(self, work: "_Work") -> Article:
        """After the engine (if it was needed): assemble and summarise, unless the article failed already."""
        if work.article.error is None:
            self._guarded(work, self._finish)
        work.data = b""  # the input can go as soon as its record is complete
        return work.article

    def _guarded(self, work: "_Work", step: Callable[["_Work"], None]) -> None:
        """Run one step for one article; an error becomes the article's, never the batch's."""
        article = work.article
        try:
            # TimeLimitError: this article fails, the batch goes on (the shared engine call is not timed
            # per article: one call into C cannot be interrupted; see newsbrief.deadline)
            with time_limit(self.options.time_limit, article.source):
                step(work)
        except ERROR_FAMILY as exc:
            article.fail(error_kind(exc), str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug hit by one article must not stop an unattended batch
            if os.environ.get("NEWSBRIEF_DEBUG"):
                raise
            detail = " ".join(str(exc).split())  # one line on stderr, whatever the exception text holds
            article.fail("internal", f"internal error: {type(exc).__name__}: {detail} (set NEWSBRIEF_DEBUG=1 "
                                     "for the traceback; please report it)")

    def _prepare(self, work: "_Work") -> None:
        """Per article, before the engine: normalise, identify the language, plan the translation."""
        if work.lang is not None and not self.options.lang and work.lang not in ISO_639_1:
            # a record's language field written as a code that is none ("xx"): this record's error, as --lang 'xx' is
            # the run's, rather than a language recorded at confidence 1.0 and then looked up in the registry
            raise LanguageError(f"{work.article.source}: the record's language {work.lang!r} is not an ISO 639-1 "
                                "language code (two letters, e.g. nl, ar, en); correct its language field, or pass "
                                "--lang to set the language")
        candidate = self._normalise(work.article, work.data, work.lang)
        if self.options.command != "normalise":
            work.plan = self._plan_translation(work.article, candidate)

    def _finish(self, work: "_Work") -> None:
        """Per article, after the engine: assemble the translation, summarise."""
        if work.plan is not None:
            self._assemble(work)
        if self.options.command == "summarise":
            self._summarise(work.article)

    def _normalise(self, article: Article, data: bytes, lang: str | None = None) -> str | None:
        """Fill title, text and language; returns the identifier's refused best guess when the language is 'und'."""
        from newsbrief.decode import decode_with_warnings
        from newsbrief.langid import detect_language
        from newsbrief.normalise.html import normalise_document  # HTML by content, else the plain-text path
        from newsbrief.normalise.markdown import is_markdown, plain_headings, title_heading

        text, decode_warnings = decode_with_warnings(data, source=article.source)
        article.warnings.extend(decode_warnings)
        heading = None
        if is_markdown(article.source):
            # "# Mayor resigns …": the title without its marker, and the title however short (normalise/markdown.py)
            heading, text = title_heading(text), plain_headings(text)
        norm = normalise_document(text, language=lang)
        if heading and not norm.title and heading in norm.removed:
            norm.title = heading
            norm.removed = [line for line in norm.removed if line != heading]
        article.title = norm.title
        article.byline = norm.byline
        article.published = norm.published
        article.text = "\n\n".join(p for p in norm.paragraphs if p.strip())
        article.source_takeaways = list(norm.source_takeaways)
        article.removed = list(norm.removed)
        article.warnings.extend(norm.warnings)  # a glued second article, a dropped table, a thin body, no HTML body
        if not article.text and self.options.command == "normalise":
            # translate/summarise fail such an article (nothing to translate); normalise keeps its title
            article.warnings.append(_no_text_reason(article))

        sample = "\n\n".join(filter(None, [article.title, article.text]))
        guess = detect_language(sample)
        if lang:
            article.language, article.language_confidence = lang, 1.0
            if guess.reliable and guess.code not in ("und", lang):
                given = "--lang" if self.options.lang else "the record's language hint"
                article.warnings.append(
                    f"{given} {lang} overrides the detected language "
                    f"{guess.code} (confidence {guess.confidence:.2f})"
                )
        elif guess.reliable and guess.code != "und":
            article.language, article.language_confidence = guess.code, guess.confidence
        else:
            article.language, article.language_confidence = "und", guess.confidence
            # the refused top language helps the reader choose --lang; the code itself is "und" here
            best = f"best guess {guess.candidate}, " if guess.candidate else ""
            article.warnings.append(
                f"language could not be identified reliably ({best}confidence {guess.confidence:.2f}); "
                "recorded as 'und' — pass --lang to set it"
            )
            return guess.candidate
        return None

    def _plan_translation(self, article: Article, candidate: str | None) -> "_TranslationPlan | None":
        """What the engine must translate for this article (None when nothing: an English article)."""
        from translate import paragraph_sentences, plan_document

        paragraphs = article.paragraphs
        empty = next((w for w in article.warnings if w.startswith(NO_ARTICLE)), None)
        if empty and self.options.command == "summarise":
            # an error page, search results, a page of headlines: takeaways would present its furniture as news
            raise InputError(f"{article.source}: {empty} (`newsbrief normalise` shows what the page holds)")
        if not paragraphs:
            # say what happened, rather than the misleading "no model for language 'und'" that follows
            raise InputError(f"{article.source}: {_no_text_reason(article)}; nothing to {self.options.command} "
                             "(`newsbrief normalise` shows what was kept and removed)")
        if article.language == "en":
            # English passes through: the alignment unit is still the sentence, en = src
            article.title_en, article.text_en = article.title, article.text
            article.sentences = [Sentence(p, sentence, sentence, None)
                                 for p, sentence in paragraph_sentences(paragraphs, "en")]
            article.models["translation"] = {"identity": True, "reason": "English source"}
            return None

        if article.language == "und":
            # "no model for language 'und'" would send the reader to models.yaml; what helps is --lang
            candidate = candidate if candidate and len(candidate) == 2 else None  # --lang takes ISO 639-1 codes
            best = f" (best guess {candidate})" if candidate else ""
            raise LanguageError(f"{article.source}: the language could not be identified reliably{best}; pass "
                                f"--lang {candidate or 'CODE'} to {self.options.command} it")
        route = self.registry.route(article.language)  # LanguageError when nothing serves it
        translator, described = self._translator(route)
        article.models["translation"] = described
        article.warnings.extend(self._load_warnings)  # e.g. the engine fell back: said with the first article
        self._load_warnings.clear()
        passthrough = _english_passthrough(article.language)
        body = plan_document(paragraphs, article.language, translator, passthrough=passthrough)
        title = (plan_document([article.title], article.language, translator, passthrough=passthrough)
                 if article.title else None)
        return _TranslationPlan(self.engine_settings(route), translator, body, title)

    def _translate_batch(self, batch: list["_Work"]) -> None:
        """One engine call per route for the sentences of every article of the batch."""

        routes: dict[Any, list[_Work]] = {}
        for work in batch:
            routes.setdefault(work.plan.route, []).append(work)
        for works in routes.values():
            translator = works[0].plan.translator
            label = (_short(works[0].article.source) if len(works) == 1
                     else f"{len(works)} articles ({works[0].article.language})")
            outcomes, warnings = self._translate_timed(works, translator, f"translating {label}")
            for work, outcome in zip(works, outcomes):
                work.translated = outcome
            # a disabled cache says so once per run (TranslationCache.take_warnings): on the first article
            works[0].cache_warnings = warnings

    def _translate_timed(self, works: list["_Work"], translator, description: str):
        """translate_jobs for the articles of one route, under the per-article time limit.

        The shared call gets the limits of its articles together. If it runs over, it is redone one article at a
        time, each under its own limit (what was translated is cached by then), so that only the article that is
        really slow fails, with the same error as when it runs alone. Without a limit: one plain call."""
        from translate import translate_jobs

        from newsbrief.errors import TimeLimitError

        limit = self.options.time_limit
        cache = self._translation_cache()

        def call(members, seconds, what):
            with time_limit(seconds, what):
                return translate_jobs([w.plan.pieces for w in members], translator, cache=cache,
                                      progress=self._task(description), reraise=(TimeLimitError,))

        try:
            return call(works, limit * len(works) if limit else None, works[0].article.source)
        except TimeLimitError as exc:
            if len(works) == 1:
                return [exc], []
        outcomes, warnings = [], []
        for work in works:
            try:
                (outcome,), more = call([work], limit, work.article.source)
            except TimeLimitError as exc:
                outcome, more = exc, []
            outcomes.append(outcome)
            warnings.extend(more)
        return outcomes, warnings

    def _assemble(self, work: "_Work") -> None:
        from translate import assemble_document

        article, plan = work.article, work.plan
        if isinstance(work.translated, BaseException):
            raise work.translated  # the engine failed on this article's sentences (translate_jobs isolated it)
        doc = assemble_document(plan.body, work.translated)
        article.sentences = [Sentence(s.paragraph, s.src, s.en, s.score, s.lang) for s in doc.sentences]
        article.text_en = "\n\n".join(doc.paragraphs_en)
        article.warnings.extend(doc.warnings)
        article.warnings.extend(work.cache_warnings)
        if plan.title is not None:
            title_doc = assemble_document(plan.title, work.translated)
            article.title_en = title_doc.paragraphs_en[0] if title_doc.paragraphs_en else None
            article.warnings.extend(f"title: {w}" for w in title_doc.warnings)

    def _summarise(self, article: Article) -> None:
        from summarise import SummaryInput

        summariser, described = self._load_summariser()
        article.models["summariser"] = described
        if not article.sentences:
            article.warnings.append("the article has no body text after cleaning; no takeaways written")
            return
        doc = SummaryInput(
            sentences=[s.en or "" for s in article.sentences],
            paragraphs=[s.paragraph for s in article.sentences],
            title=article.title_en,
        )
        summary = summariser.summarise(doc, n=self.options.bullets)
        article.takeaways = [Takeaway(b.text, list(b.evidence)) for b in summary.takeaways]
        article.warnings.extend(summary.warnings)

    # --- shared, lazily loaded models -----------------------------------------------------------

    def engine_settings(self, route):
        """The translate.EngineSettings for a registry route under this run's options."""
        from translate import EngineSettings

        model = route.model
        defaults = self.registry.defaults
        return EngineSettings(
            source=model.source,
            revision=model.revision,
            family=model.family,
            engine=self.options.engine or defaults.engine,
            device=self.options.device or defaults.device,
            beam=self.options.beam or defaults.beam,
            src_code=route.source_code,
            tgt_code=model.target_code,
            max_input_tokens=model.max_input_tokens,
            cache_dir=self.options.cache_dir,
            name=model.name,  # lets the stage's errors name the `newsbrief models pull NAME` fix
        )

    def _translator(self, route):
        from translate import load_translator

        settings = self.engine_settings(route)
        if settings not in self._translators:
            task = self._task(f"loading {route.model.name}")
            if task:
                task(0, 1)  # show the bar while loading, even if the engine reports no progress itself
            try:
                with paused():  # loading is the run's cost, not this article's
                    translator = load_translator(settings, progress=task)
                self._load_warnings.extend(getattr(translator, "load_warnings", []))
                described = {"name": route.model.name, "source": route.model.source,
                             "revision": route.model.revision, "family": route.model.family,
                             "fallback": route.is_fallback, **translator.describe()}
                self._translators[settings] = (translator, described)
            except ERROR_FAMILY as exc:
                self._translators[settings] = exc
            finally:
                if task:
                    task(1, 1)
        loaded = self._translators[settings]
        if isinstance(loaded, BaseException):
            raise loaded
        return loaded

    def _load_summariser(self):
        if self._summariser_error is not None:
            raise self._summariser_error
        if self._summariser is None:
            from summarise import load_summariser

            spec = self.registry.summariser(self.options.summariser)
            task = self._task(f"loading {spec.name}") if spec.kind != "extractive" else None
            if task:
                task(0, 1)
            try:
                with paused():  # loading is the run's cost, not this article's
                    summariser = load_summariser(
                        spec.kind, source=spec.source, revision=spec.revision,
                        device=self.options.device or self.registry.defaults.device,
                        max_input_tokens=spec.max_input_tokens, cache_dir=self.options.cache_dir, name=spec.name,
                    )
            except ERROR_FAMILY as exc:
                self._summariser_error = exc
                raise
            finally:
                if task:
                    task(1, 1)
            described = {"name": spec.name, "kind": spec.kind, "source": spec.source,
                         "revision": spec.revision, **summariser.describe()}
            self._summariser = (summariser, described)
        return self._summariser

    def _translation_cache(self):
        if not self.options.use_cache:
            return None
        if self._cache is None:
            from translate import TranslationCache

            # the cache never raises: on an I/O problem it disables itself and says so in .warnings
            self._cache = TranslationCache(translation_cache_path())
        return self._cache

    def _task(self, description: str):
        return self._progress(description) if self._progress else None


def _short(source: str) -> str:
    return os.path.basename(source) or source


def _no_text_reason(article: Article) -> str:
    """Why an article has no body text, as it happened: "0 line(s) removed as boilerplate" for a headline-only
    input contradicted itself (its one line had become the title)."""
    removed = len(article.removed)
    if article.title and not removed:
        return "the input holds only a headline (taken as the title) and no article text"
    if article.title:
        return (f"no article text: the first line became the title and the other {removed} line(s) were removed "
                "as boilerplate")
    if removed:
        return f"no article text left after removing boilerplate ({removed} line(s) removed)"
    if article.byline or article.published:
        return "no article text: every line was read as metadata (byline or date)"
    return "no article text: the page holds no text at all"  # an empty <body>, or markup with no words in it


def _english_passthrough(language: str) -> Callable[[str], str | None]:
    """translate.plan_document's `passthrough`: keep a sentence confidently identified as English as it is."""
    from newsbrief.langid import sentence_is_english

    return lambda sentence: "en" if sentence_is_english(sentence, language) else None


@dataclass
class _TranslationPlan:
    """One article's translation work: its route, the loaded translator, the body and title plans."""

    route: Any  # the EngineSettings: articles of one route share one engine call
    translator: Any
    body: Any  # translate.DocumentPlan
    title: Any  # translate.DocumentPlan | None

    @property
    def pieces(self) -> list[str]:
        return self.body.pieces + (self.title.pieces if self.title is not None else [])


@dataclass
class _Work:
    """One article on its way through `process_many`."""

    article: Article
    data: bytes
    plan: _TranslationPlan | None = None
    translated: Any = None  # piece -> SentenceTranslation, or the exception the engine raised for it
    cache_warnings: list = field(default_factory=list)
    lang: str | None = None  # --lang, or the item's language hint: set instead of detected
