"""The ``newsbrief`` command line: parse options, build one options object, call the library, render.

Only this module (with the terminal helpers `render` and `progress`, which import rich
lazily) deals with click and rich. Everything heavy is imported inside the commands, so
``newsbrief --help`` and ``--version`` never import torch, transformers or the stages.

Exit codes: 0 all articles ok, 1 some article failed (a missing input path too), 2 usage or configuration error,
130 interrupted. Every error is one line on stderr: ``newsbrief: error: ...``.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from dataclasses import dataclass
from typing import Any

import click

from newsbrief import __version__

# Kept here (not imported from newsbrief.registry) so --help needs no other module;
# tests/test_cli_options.py checks they match the registry's.
ENGINES = ("auto", "ctranslate2", "transformers")
DEVICES = ("auto", "cpu", "cuda")
FORMATS = ("text", "markdown", "json", "jsonl")
#: warnings of one article printed on stderr in the terminal workflow; a long article with a weak model can
#: have one per sentence, and the record (json/jsonl, or the .json of -o) keeps every one
WARNINGS_SHOWN = 5
#: seconds one article may take (newsbrief.deadline.DEFAULT_SECONDS, kept here so --help imports nothing;
#: tests/test_reliability.py checks they match)
DEFAULT_TIME_LIMIT = 900.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 130, 141, 143  # 128 + SIGINT / SIGPIPE / SIGTERM


class _Terminated(KeyboardInterrupt):
    """SIGTERM, stopping the run as cleanly as Ctrl-C does (exit 143 rather than 130)."""


def _terminate(_signum, _frame) -> None:
    raise _Terminated()


class _Failure(Exception):
    """Carries an exit code up to `main` after its message has been printed."""

    def __init__(self, code: int):
        self.code = code


#: an article's error message longer than this is printed in full once per run (`_ErrorLines`)
SHORTEN_OVER = 120


class _ErrorLines:
    """The error line of each failed article of one run. A long message already shown in full is not repeated: the
    missing translation model of a folder of Dutch files printed the same 300-character line for every file; later
    files name the first one instead (every record keeps its whole message). A short one ("empty file") is said
    again: naming another file would be longer than the message."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}  # message -> the source it was first shown for

    def line(self, source: str, error: dict) -> str:
        message = error["message"]
        named = message.startswith(source)
        own = message[len(source):].lstrip(": ") if named else message
        if len(own) > SHORTEN_OVER:
            if own in self.first:
                return f"newsbrief: error: {source}: {error['type']}, the same error as {self.first[own]}"
            self.first[own] = source
        return f"newsbrief: error: {message if named else f'{source}: {message}'}"


def _error(message: str) -> None:
    from newsbrief.progress import for_terminal, one_line  # a path may hold a newline or an escape sequence

    click.echo(for_terminal(f"newsbrief: error: {one_line(message)}", sys.stderr), err=True)


# --- option groups ----------------------------------------------------------------------------


def _check_lang(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    if len(value) != 2 or not value.isalpha():
        raise click.BadParameter(f"{value!r} is not an ISO 639-1 code (two letters, e.g. nl, ar, en)")
    return value


def _check_engine(_ctx, _param, value: str | None) -> str | None:
    # the stage's engine registry may hold more (a registered fake, a plugin): accept those too
    if value is None or value in ENGINES:
        return value
    from translate import registered_engines

    valid = sorted(set(ENGINES) | set(registered_engines()))
    if value not in valid:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(valid)}")
    return value


def _check_outdir(_ctx, _param, value: str | None) -> str | None:
    # `-o "$OUT"` with OUT unset: going on would print to stdout and save nothing, and say nothing about it
    if value is not None and not value.strip():
        raise click.BadParameter("is empty (an unset shell variable?); give the folder to write to")
    return value


class _GlobOption(click.Option):
    """--glob, whose default is `newsbrief.inputs.DEFAULT_GLOBS` (the one place it is written), read lazily
    so that --help and --version do not import the input module at start-up."""

    def get_default(self, ctx, call=True):
        from newsbrief.inputs import DEFAULT_GLOBS

        return DEFAULT_GLOBS


def _common_options(func):
    options = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option("--glob", "globs", cls=_GlobOption, multiple=True, metavar="PATTERN", show_default=True,
                     help="Files to take from folders; repeat it or separate patterns by commas. A pattern "
                          "with / matches the path inside the folder ('sub/*.txt', '**/*.txt')."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format on stdout [default: text]."),
        click.option("--json", "as_json", is_flag=True, help="Short for --format jsonl."),
        click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default=None,
                     callback=_check_outdir,
                     help="Write <name>.json and <name>.md per article under DIR (mirrors the input tree; "
                          "re-running resumes)."),
        click.option("--force", is_flag=True, help="With -o: redo articles whose outputs already exist."),
        click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary on stderr."),
        click.option("--lang", callback=_check_lang, default=None,
                     help="Source language (ISO 639-1), overriding detection."),
        click.option("--models", "models_file", type=click.Path(dir_okay=False), default=None,
                     envvar="NEWSBRIEF_MODELS", help="Model registry file [env NEWSBRIEF_MODELS; default: packaged]."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
                     help="Largest input accepted, in bytes."),
        click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
                     envvar="NEWSBRIEF_TIME_LIMIT", metavar="SECONDS",
                     help="Time one article may take; past it that article fails and the run goes on "
                          "(0: no limit) [env NEWSBRIEF_TIME_LIMIT]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _translation_options(func):
    options = [
        click.option("--engine", callback=_check_engine, default=None,
                     help="auto | ctranslate2 | transformers [default: models.yaml]."),
        click.option("--device", type=click.Choice(DEVICES), default=None, help="[default: models.yaml]"),
        click.option("--beam", type=click.IntRange(1, 16), default=None, help="Beam size [default: models.yaml]."),
        click.option("--no-cache", is_flag=True, help="Do not use or fill the translation cache."),
        click.option("--batch-articles", type=click.IntRange(min=1), default=None, metavar="N",
                     help="Articles translated together in one engine call per language [default: 32]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


PRESETS = ("news-please", "trafilatura", "newspaper4k")  # newsbrief.records.PRESETS (kept here for --help)
RUNNERS = ("local", "ray")


def _record_options(func):
    """Options for record archives (.jsonl[.gz|.zst], .csv, .parquet) and the runner that processes them."""
    options = [
        click.option("--preset", type=click.Choice(PRESETS), default=None,
                     help="Record fields as this scraper writes them (records: text, id, title, language, date)."),
        click.option("--text-field", default=None, metavar="NAME", help="Record field with the article text "
                     "[default: text]."),
        click.option("--id-field", default=None, metavar="NAME", help="Record field with its id [default: id; "
                     "none: derived from the content]."),
        click.option("--title-field", default=None, metavar="NAME", help="Record field with the title."),
        click.option("--lang-field", default=None, metavar="NAME", help="Record field with a language hint "
                     "(ISO 639-1; --lang overrides it)."),
        click.option("--date-field", default=None, metavar="NAME", help="Record field with the publication date."),
        click.option("--output-format", "records_format", type=click.Choice(["jsonl", "parquet"]), default=None,
                     help="With records and -o: sharded JSONL, or Parquet with flat columns [default: jsonl]."),
        click.option("--compress", type=click.Choice(["none", "gzip", "zstd"]), default=None,
                     help="With records and -o: compress the JSONL shards [default: none]."),
        click.option("--shard-records", type=click.IntRange(min=1), default=None, metavar="N",
                     help="With records and -o: records per output shard [default: 10000]."),
        click.option("--runner", type=click.Choice(RUNNERS), default="local", show_default=True,
                     help="Where records are processed: this process, or a Ray cluster (pip install "
                          "'newsbrief[ray]')."),
        click.option("--ray-address", default=None, metavar="ADDR", help="Ray cluster to join ('auto': the "
                     "running one) [default: a local Ray]."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Ray: pipeline actors (each loads the models once) [default: 1]."),
        click.option("--gpus-per-worker", type=click.FloatRange(min=0), default=None, metavar="F",
                     help="Ray: GPUs per actor (fractions share one GPU) [default: 0]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


# --- the commands -------------------------------------------------------------------------------


#: US spellings accepted as the same commands (not listed in --help, which shows one name each)
ALIASES = {"summarize": "summarise", "normalize": "normalise"}


class _BulletCount(click.ParamType):
    """--bullets: an integer 1-10 forces that many; "auto" (the default) lets the summariser choose 3-5."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if value is None or isinstance(value, int):
            return value
        text = str(value).strip().lower()
        if text == "auto":
            return None
        if not text.isdigit() or not 1 <= int(text) <= 10:
            self.fail(f"{value!r} is neither a number from 1 to 10 nor 'auto'", param, ctx)
        return int(text)


class _Cli(click.Group):
    """A group whose `main` turns every failure into one stderr line and an exit code.

    Overriding `main` (rather than wrapping it) means click's CliRunner, the console script
    and ``python -m newsbrief`` all get the same behaviour.
    """

    def get_command(self, ctx, cmd_name):
        return super().get_command(ctx, ALIASES.get(cmd_name, cmd_name))

    def resolve_command(self, ctx, args):
        # the canonical name, so usage lines and messages read `newsbrief summarise` either way
        _name, command, rest = super().resolve_command(ctx, args)
        return (command.name if command else _name), command, rest

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        code = _guarded(lambda: click.Group.main(self, args=args, prog_name=prog_name or "newsbrief",
                                                 complete_var=complete_var, standalone_mode=False, **extra))
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newsbrief", message="%(prog)s %(version)s")
def cli() -> None:
    """Clean scraped news articles, translate Dutch and Arabic to English, write Key Takeaways.

    PATH is a file, a folder (searched recursively) or - for stdin.

    \b
    Examples:
      newsbrief summarise article.txt
      cat article.txt | newsbrief summarise - --json | jq -r '.takeaways[].text'
      newsbrief summarise scraped/ -o briefs/      (re-run to resume; --force redoes)
      newsbrief models pull                        (once, on a connected machine)

    \b
    Exit codes: 0 all articles ok, 1 some article failed (its record has an error;
    a missing or unreadable input path is such an article: the others still run),
    2 usage or configuration error, 130 interrupted (re-run the command to resume),
    141 stdout closed by its reader (| head), 143 stopped by SIGTERM (resumable too).
    summarize and normalize are accepted for summarise and normalise.
    """


@cli.command()
@_common_options
@_record_options
def normalise(**kw: Any) -> None:
    """Clean articles: title, byline, body without boilerplate, language."""
    _run("normalise", **kw)


@cli.command()
@_common_options
@_translation_options
@_record_options
def translate(**kw: Any) -> None:
    """Translate articles to English (English passes through)."""
    _run("translate", **kw)


@cli.command()
@_common_options
@_translation_options
@_record_options
@click.option("--summariser", default=None, help="Summariser name from models.yaml [default: its default].")
@click.option("--bullets", type=_BulletCount(), default=None,
              help="Number of takeaways, 1-10, or 'auto' [default: auto: 3-5 chosen per article, about 70 words "
                   "in all].")
@click.option("--evidence", is_flag=True, help="Show the source sentences each takeaway rests on.")
def summarise(**kw: Any) -> None:
    """Normalise, translate when needed, and write Key Takeaways."""
    _run("summarise", **kw)


def _run(command: str, *, paths, globs, fmt, as_json, outdir, force, quiet, lang, models_file, max_bytes,
         time_limit=DEFAULT_TIME_LIMIT, engine=None, device=None, beam=None, no_cache=False, summariser=None,
         bullets=None, evidence=False, batch_articles=None, **records) -> None:
    from newsbrief.batch import RunStats
    from newsbrief.inputs import (DEFAULT_GLOBS, WalkReport, check_outdir_is_not_an_input, collect_inputs,
                                  parse_globs)
    from newsbrief.output import OutputTree
    from newsbrief.pipeline import RunOptions
    from newsbrief.records import is_record_file

    if as_json and fmt not in (None, "jsonl"):
        raise click.UsageError(f"--json means --format jsonl; it cannot be combined with --format {fmt}")
    if force and not outdir:
        raise click.UsageError("--force only makes sense with -o/--output (it redoes saved articles)")
    from newsbrief.normalise.deadlines import reading_day
    try:
        reading_day()  # a malformed $NEWSBRIEF_TODAY is the run's error, said once, not each article's
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    fmt_given = as_json or fmt is not None
    fmt = "jsonl" if as_json else (fmt or "text")
    if lang:
        from newsbrief.registry import check_language_option

        check_language_option(lang, models_file)  # ConfigError (exit 2): "xx" is no language

    options = RunOptions(command=command, lang=lang, models_file=models_file, engine=engine, device=device,
                         beam=beam, use_cache=not no_cache, summariser=summariser, bullets=bullets,
                         max_bytes=max_bytes, time_limit=time_limit or None)
    archives = [p for p in paths if is_record_file(p)]
    if archives or records.get("runner", "local") != "local":
        if len(archives) != len(paths):
            raise click.UsageError("record archives (.jsonl, .csv, .parquet) and plain articles cannot be mixed "
                                   "in one run" if archives else "--runner ray takes record archives "
                                   "(.jsonl[.gz|.zst], .csv, .parquet)")
        _run_records(command, archives, options, fmt=fmt, fmt_given=fmt_given, outdir=outdir, force=force,
                     quiet=quiet, evidence=evidence, **records)
        return
    patterns = parse_globs(globs)  # ConfigError (exit 2) for a pattern that cannot match
    check_outdir_is_not_an_input(outdir, paths)
    walked = WalkReport()
    items = collect_inputs(paths, glob=patterns, exclude=outdir, report=walked)
    if not items:
        raise click.UsageError(walked.nothing_found(paths, patterns))
    if not quiet:
        _note_left_out(walked, default_glob=patterns == DEFAULT_GLOBS)
    if "-" in paths and not quiet and sys.stdin.isatty() and sys.stderr.isatty():
        # a bare `newsbrief summarise -` otherwise looks hung
        click.echo("newsbrief: reading an article from standard input; end it with Ctrl-D (Ctrl-C stops)", err=True)
    output = OutputTree(outdir, items) if outdir else None
    # with -o the results go to files; stdout gets them too only when a format was asked for
    to_stdout = output is None or fmt_given
    if to_stdout:
        _check_stdout(fmt)
    single = len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))

    _quiet_library_loggers()
    view = _View(command=command, fmt=fmt, evidence=evidence, quiet=quiet, to_stdout=to_stdout,
                 single=single, folder_run=not single or output is not None)
    stats = RunStats()
    try:
        # one run at a time per OUTDIR: a second one stops here (exit 2) instead of redoing the first one's work
        with output.locked() if output is not None else contextlib.nullcontext():
            _run_with_progress(view, items, options, output, force, stats, batch_articles)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, like a Unix tool killed by SIGPIPE (128 + 13)
        _stdout_to_devnull()  # so the final flush at exit cannot complain
        raise _Failure(EXIT_BROKEN_PIPE) from None
    except _StdoutFailed as exc:
        _stdout_to_devnull()
        saved = "; finished articles are saved under -o" if output is not None else ""
        _error(f"cannot write the results to stdout ({exc.error.strerror or exc.error}); stopped: "
               f"{stats.summary()}{saved}")
        raise _Failure(EXIT_FAILED) from None
    if stats.failed:
        raise _Failure(EXIT_FAILED)


def _run_records(command, paths, options, *, fmt, fmt_given, outdir, force, quiet, evidence, preset, text_field,
                 id_field, title_field, lang_field, date_field, records_format, compress, shard_records, runner,
                 ray_address, workers, gpus_per_worker, batch_articles=None) -> None:
    """Record archives in, one record per article out: shards under -o (resumable), or stdout."""
    given = {"--output-format": records_format, "--compress": compress, "--shard-records": shard_records}
    cluster = {"--ray-address": ray_address, "--workers": workers, "--gpus-per-worker": gpus_per_worker}
    for options_given, needed, missing in ((given, "-o DIR", outdir is None), (cluster, "--runner ray",
                                                                              runner != "ray")):
        names = [name for name, value in options_given.items() if value is not None]
        if missing and names:
            raise click.UsageError(f"{', '.join(names)} {'applies' if len(names) == 1 else 'apply'} only with "
                                   f"{needed}")
    records_format, compress = records_format or "jsonl", compress or "none"
    shard_records, workers, gpus_per_worker = shard_records or 10_000, workers or 1, gpus_per_worker or 0.0
    from newsbrief.batch import FAILED, RunStats
    from newsbrief.output import OutputTree
    from newsbrief.pipeline import Pipeline
    from newsbrief.progress import Progress
    from newsbrief.recordout import RecordSink, done_keys
    from newsbrief.records import FieldMap
    from newsbrief.recordrun import DEFAULT_BATCH_ARTICLES
    from newsbrief.render import StdoutRenderer

    fields = FieldMap.build(preset, text=text_field, id=id_field, title=title_field, lang=lang_field,
                            date=date_field)
    to_stdout = outdir is None or fmt_given
    if to_stdout:
        _check_stdout(fmt)
    _quiet_library_loggers()
    stats = RunStats()
    tree = OutputTree(outdir, []) if outdir else None  # for its lock: one run at a time per OUTDIR
    with Progress(enabled=not quiet and sys.stderr.isatty()) as progress, \
            (tree.locked() if tree is not None else contextlib.nullcontext()):
        pipeline = Pipeline(options, progress=progress.task)  # ConfigError here: exit 2
        renderer = StdoutRenderer(fmt, command, stream=sys.stdout, evidence=evidence, single=False,
                                  tty=sys.stdout.isatty()) if to_stdout else None
        if tree is not None:
            tree.remove_stale_temporaries()  # shards of a run killed with SIGKILL
        done = done_keys(outdir) if outdir and not force else set()
        sink = RecordSink(outdir, records_format, compress, shard_records) if outdir else None

        errors = _ErrorLines()

        def on_article(article, status) -> None:
            progress.article_finished()
            if status == FAILED:  # errors are shown even with -q, as for the local runner's articles
                progress.message(errors.line(f"{article.source}#{article.id}", article.error))
            if renderer is not None:
                _write_results(lambda: renderer.article(article))

        def on_error(message) -> None:
            progress.message(f"newsbrief: error: {message}")

        try:
            try:
                if runner == "ray":
                    from newsbrief.ray import run_records_on_ray

                    run_records_on_ray(paths, pipeline, fields, sink=sink, done=done, stats=stats,
                                       address=ray_address, workers=workers, gpus_per_worker=gpus_per_worker,
                                       batch_articles=batch_articles or DEFAULT_BATCH_ARTICLES,
                                       on_article=on_article, on_error=on_error)
                else:
                    from newsbrief.recordrun import run_records

                    run_records(paths, pipeline, fields, sink=sink, done=done, stats=stats,
                                batch_articles=batch_articles or DEFAULT_BATCH_ARTICLES, on_article=on_article,
                                on_error=on_error)
            finally:
                if sink is not None:
                    sink.close()  # the open shard is kept: everything finished stays finished
                if renderer is not None:
                    _write_results(renderer.close)
        except KeyboardInterrupt as exc:
            progress.message(f"newsbrief: interrupted: {stats.summary()}")
            if outdir:
                progress.message("newsbrief: finished records are saved; to resume, run the same command again: "
                                 + shlex.join(["newsbrief", *sys.argv[1:]]))
            raise _Failure(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED) from None
        if not quiet:
            progress.message(f"newsbrief: {stats.summary()}")
    if stats.failed:
        raise _Failure(EXIT_FAILED)


def _check_stdout(fmt: str) -> None:
    """Refuse a run whose results would go nowhere; JSON is UTF-8 whatever the locale (text escapes instead)."""
    from newsbrief import streams

    if streams.stdout_closed():
        _error("stdout is closed, so the results have nowhere to go; redirect it (> FILE) or save them with -o DIR")
        raise _Failure(EXIT_USAGE)
    if fmt in ("json", "jsonl"):
        streams.utf8_stdout()


class _StdoutFailed(Exception):
    """Writing the results to stdout failed (a full disk, /dev/full, an I/O error): the run stops."""

    def __init__(self, error: OSError):
        self.error = error


def _write_results(write) -> None:
    """Run one write to stdout; any OSError but a closed pipe (exit 141, handled by the caller) ends the run."""
    try:
        write()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _StdoutFailed(exc) from None


def _stdout_to_devnull() -> None:
    """Point fd 1 at /dev/null, so the interpreter's last flush of what is still buffered cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real descriptor (a test's capture): nothing will flush it at exit
    finally:
        os.close(devnull)


def _note_left_out(walked, *, default_glob: bool) -> None:
    """One note on stderr for what the folder walks left out: links, and with the default --glob (a user who gave
    one chose what to take) the files it did not match."""
    note = "; ".join(filter(None, (walked.left_out(), walked.unmatched_note() if default_glob else "")))
    if note:
        from newsbrief.progress import for_terminal, one_line  # link names may hold newlines or escapes

        click.echo(for_terminal(f"newsbrief: note: {one_line(note)}", sys.stderr), err=True)


def _quiet_library_loggers() -> None:
    """Keep the hub's and transformers' retry/warning chatter off stderr (it is for our one-line messages).

    Their failures still reach the user as the stages' typed errors; NEWSBRIEF_DEBUG=1 shows everything.
    """
    if os.environ.get("NEWSBRIEF_DEBUG"):
        return
    import logging

    for name in ("huggingface_hub", "transformers", "sentence_transformers", "ctranslate2"):
        logging.getLogger(name).setLevel(logging.ERROR)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # our own progress bar shows downloads
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_VERBOSITY", "error")  # read when huggingface_hub first sets its level


@dataclass(frozen=True)
class _View:
    """How this run shows its results (as opposed to RunOptions: what it computes)."""

    command: str
    fmt: str
    evidence: bool
    quiet: bool
    to_stdout: bool  # results on stdout (always without -o; with -o only when a format was asked for)
    single: bool  # one file or stdin: --format json prints an object, not an array
    folder_run: bool  # several inputs, or -o: a summary line at the end (done, skipped, failed, time)


def _run_with_progress(view: _View, items, options, output, force, stats, batch_articles=None) -> None:
    from newsbrief import streams
    from newsbrief.batch import DEFAULT_BATCH_ARTICLES, FAILED, SKIPPED, run_batch
    from newsbrief.errors import DiskFullError
    from newsbrief.pipeline import Pipeline
    from newsbrief.progress import Progress
    from newsbrief.render import StdoutRenderer, render_markdown

    escape_noted: list[bool] = []  # the escape notice is given once per run
    with Progress(enabled=not view.quiet and sys.stderr.isatty()) as progress:
        pipeline = Pipeline(options, progress=progress.task)  # ConfigError here: exit 2
        renderer = StdoutRenderer(view.fmt, view.command, stream=sys.stdout, evidence=view.evidence,
                                  single=view.single, tty=sys.stdout.isatty()) if view.to_stdout else None
        progress.articles(len(items))
        errors = _ErrorLines()

        def on_article(item, article, status) -> None:
            progress.article_finished()
            if status == SKIPPED:
                pass  # done in an earlier run: its errors and warnings were reported then
            elif status == FAILED:
                progress.message(errors.line(article.source, article.error))
            elif (not view.quiet and renderer is not None and view.fmt in ("text", "markdown")
                  and not (view.fmt == "markdown" and renderer.tty)):
                # markdown lists the warnings in the document ("## Warnings"): on a terminal that shares
                # stdout and stderr, the stderr copy showed each warning twice
                for warning in article.warnings[:WARNINGS_SHOWN]:
                    progress.message(f"newsbrief: warning: {article.source}: {warning}")
                if len(article.warnings) > WARNINGS_SHOWN:
                    progress.message(f"newsbrief: warning: {article.source}: and "
                                     f"{len(article.warnings) - WARNINGS_SHOWN} more; --format json lists them all")
            if renderer is not None:
                if renderer.tty:  # stdout shares the terminal with the bars: keep them apart
                    with progress.suspended():
                        _write_results(lambda: renderer.article(article))
                else:
                    _write_results(lambda: renderer.article(article))
                if streams.escaped() and not escape_noted and not view.quiet:
                    escape_noted.append(True)
                    progress.message(f"newsbrief: warning: stdout's character set ({streams.stdout_encoding()}) "
                                     "cannot show some characters of the results; they are written as \\u escapes "
                                     "(use a UTF-8 locale such as LC_ALL=C.UTF-8, --json, or -o DIR for the text)")

        try:
            run_batch(items, pipeline, output=output, force=force, stats=stats, on_article=on_article,
                      markdown=lambda a: render_markdown(a, view.command, evidence=True),
                      batch_articles=batch_articles or DEFAULT_BATCH_ARTICLES)
        except KeyboardInterrupt as exc:
            if renderer is not None:
                _write_results(renderer.close)
            progress.message(f"newsbrief: interrupted: {stats.summary()}")
            if output is not None:
                progress.message("newsbrief: finished articles are saved; to resume, run the same command again: "
                                 + shlex.join(["newsbrief", *sys.argv[1:]]))
            raise _Failure(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED) from None
        except DiskFullError as exc:  # every later article would fail alike: one message, then stop
            if renderer is not None:
                _write_results(renderer.close)
            progress.message(f"newsbrief: error: {exc}; stopped: {stats.summary()}. Finished articles are saved; "
                             "free some space and run the same command again to resume")
            raise _Failure(EXIT_FAILED) from None
        if renderer is not None:
            _write_results(renderer.close)
        if view.folder_run and not view.quiet:
            progress.message(f"newsbrief: {stats.summary()}")


# --- models ------------------------------------------------------------------------------------


@cli.group()
def models() -> None:
    """List and download the configured models; `doctor` checks the set-up."""


_models_option = click.option("--models", "models_file", type=click.Path(dir_okay=False), default=None,
                              envvar="NEWSBRIEF_MODELS", help="Model registry file [env NEWSBRIEF_MODELS].")


@models.command("list")
@_models_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per model.")
def models_list(models_file: str | None, as_json: bool) -> None:
    """Configured models: what they serve, whether cached, size on disk."""
    from newsbrief.modelcmds import list_models

    _quiet_library_loggers()

    rows = list_models(models_file)
    if as_json:
        import json

        from newsbrief import streams

        streams.utf8_stdout()  # JSON is UTF-8 whatever the locale

        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    headers = ["name", "kind", "serves", "source", "revision", "cached", "size"]
    table = [[_cell(row.get(h)) for h in headers] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in table:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@models.command("pull")
@_models_option
@click.argument("names", nargs=-1)
@click.option("--engine", callback=_check_engine, default=None, help="Also prepare this engine's files "
              "(ctranslate2: convert) [default: models.yaml].")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def models_pull(models_file: str | None, names: tuple[str, ...], engine: str | None, quiet: bool) -> None:
    """Download NAMEs (default: the models the default set-up needs) and convert for CTranslate2."""
    from newsbrief.modelcmds import pull_models
    from newsbrief.progress import Progress

    _quiet_library_loggers()

    with Progress(enabled=not quiet and sys.stderr.isatty(), unit="bytes") as progress:
        failed = 0
        for name, error in pull_models(models_file, names, engine=engine, progress=progress.task):
            if error is None:
                progress.message(f"newsbrief: pulled {name}")
            else:
                failed += 1
                progress.message(f"newsbrief: error: {name}: {error}")
    if failed:
        raise _Failure(EXIT_FAILED)


@models.command("doctor")
@_models_option
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
def models_doctor(models_file: str | None, as_json: bool) -> None:
    """Versions, device, threads, cache location, registry, and whether the hub is reachable."""
    from newsbrief.modelcmds import doctor_report

    report = doctor_report(models_file)
    if as_json:
        import json

        from newsbrief import streams

        streams.utf8_stdout()  # JSON is UTF-8 whatever the locale

        click.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        width = max(len(k) for k in report)
        for key, value in report.items():
            click.echo(f"{key.ljust(width)}  {_cell(value)}")
    if not report.get("registry_ok", True):
        raise _Failure(EXIT_USAGE)  # the report is printed in full, but a broken registry is a config error


# --- entry point -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Console-script entry (exits with the code of the run)."""
    cli.main(args=argv, prog_name="newsbrief")


def _guarded(invoke) -> int:
    import signal

    from newsbrief import streams

    streams.prepare()  # a closed stdout/stderr, a locale that cannot show Unicode: made safe before any output
    if threading_is_main():
        # a process started in the background by a non-interactive shell inherits SIGINT ignored;
        # restore Python's handler so Ctrl-C / `kill -INT` always stops the run cleanly
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminate)  # `kill`, `timeout`, a service manager: same clean stop
    try:
        result = invoke()
    except _Failure as exc:
        return exc.code
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc), err=True)
        return EXIT_USAGE
    except click.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _error(exc.format_message() + hint)
        return EXIT_USAGE
    except click.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt) as exc:
        click.echo("newsbrief: interrupted", err=True)
        return EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the one place that turns any failure into one line
        return _unexpected(exc)
    return result if isinstance(result, int) else EXIT_OK


def threading_is_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _unexpected(exc: Exception) -> int:
    from newsbrief.errors import ERROR_FAMILY, ConfigError, OutputError

    if isinstance(exc, (ConfigError, OutputError)):  # raised before any article: the set-up is wrong
        _error(str(exc))
        return EXIT_USAGE
    if isinstance(exc, ERROR_FAMILY):
        _error(str(exc))
        return EXIT_FAILED
    if os.environ.get("NEWSBRIEF_DEBUG"):
        raise exc
    _error(f"internal error: {type(exc).__name__}: {exc} (set NEWSBRIEF_DEBUG=1 for the traceback; "
           "please report it)")
    return EXIT_FAILED


if __name__ == "__main__":
    main()
