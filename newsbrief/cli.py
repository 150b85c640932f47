"""The ``newsbrief`` command line: parse options, build one options object, call the library, render.

Only this module (with the terminal helpers `render` and `progress`, which import rich
lazily) deals with click and rich. Everything heavy is imported inside the commands, so
``newsbrief --help`` and ``--version`` never import torch, transformers or the stages.

Exit codes: 0 all articles ok, 1 some article failed, 2 usage or configuration error,
130 interrupted. Every error is one line on stderr: ``newsbrief: error: ...``.
"""

from __future__ import annotations

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


def _error(message: str) -> None:
    from newsbrief.progress import one_line  # a path in the message may hold a newline or an escape sequence

    click.echo(f"newsbrief: error: {one_line(message)}", err=True)


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


def _common_options(func):
    options = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option("--glob", default="*.txt", show_default=True, help="File names to take from folders."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format on stdout [default: text]."),
        click.option("--json", "as_json", is_flag=True, help="Short for --format jsonl."),
        click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default=None,
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


# --- the commands -------------------------------------------------------------------------------


class _Cli(click.Group):
    """A group whose `main` turns every failure into one stderr line and an exit code.

    Overriding `main` (rather than wrapping it) means click's CliRunner, the console script
    and ``python -m newsbrief`` all get the same behaviour.
    """

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
    Exit codes: 0 all articles ok, 1 some article failed (its record has an error),
    2 usage or configuration error, 130 interrupted (re-run the command to resume).
    """


@cli.command()
@_common_options
def normalise(**kw: Any) -> None:
    """Clean articles: title, byline, body without boilerplate, language."""
    _run("normalise", **kw)


@cli.command()
@_common_options
@_translation_options
def translate(**kw: Any) -> None:
    """Translate articles to English (English passes through)."""
    _run("translate", **kw)


@cli.command()
@_common_options
@_translation_options
@click.option("--summariser", default=None, help="Summariser name from models.yaml [default: its default].")
@click.option("--bullets", type=click.IntRange(1, 10), default=5, show_default=True, help="Number of takeaways.")
@click.option("--evidence", is_flag=True, help="Show the source sentences each takeaway rests on.")
def summarise(**kw: Any) -> None:
    """Normalise, translate when needed, and write Key Takeaways."""
    _run("summarise", **kw)


def _run(command: str, *, paths, glob, fmt, as_json, outdir, force, quiet, lang, models_file, max_bytes,
         engine=None, device=None, beam=None, no_cache=False, summariser=None, bullets=5, evidence=False,
         batch_articles=None) -> None:
    from newsbrief.batch import RunStats
    from newsbrief.inputs import collect_inputs
    from newsbrief.output import OutputTree
    from newsbrief.pipeline import RunOptions

    if as_json and fmt not in (None, "jsonl"):
        raise click.UsageError(f"--json means --format jsonl; it cannot be combined with --format {fmt}")
    if force and not outdir:
        raise click.UsageError("--force only makes sense with -o/--output (it redoes saved articles)")
    fmt_given = as_json or fmt is not None
    fmt = "jsonl" if as_json else (fmt or "text")

    options = RunOptions(command=command, lang=lang, models_file=models_file, engine=engine, device=device,
                         beam=beam, use_cache=not no_cache, summariser=summariser, bullets=bullets,
                         max_bytes=max_bytes)
    items = collect_inputs(paths, glob=glob, exclude=outdir)
    if not items:
        raise click.UsageError(f"no input files matching {glob!r} in {', '.join(paths)}")
    output = OutputTree(outdir, items) if outdir else None
    # with -o the results go to files; stdout gets them too only when a format was asked for
    to_stdout = output is None or fmt_given
    single = len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))

    _quiet_library_loggers()
    view = _View(command=command, fmt=fmt, evidence=evidence, quiet=quiet, to_stdout=to_stdout,
                 single=single, folder_run=not single or output is not None)
    stats = RunStats()
    try:
        _run_with_progress(view, items, options, output, force, stats, batch_articles)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, like a Unix tool killed by SIGPIPE (128 + 13)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit cannot complain
        raise _Failure(EXIT_BROKEN_PIPE) from None
    if stats.failed:
        raise _Failure(EXIT_FAILED)


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
    from newsbrief.batch import DEFAULT_BATCH_ARTICLES, FAILED, SKIPPED, run_batch
    from newsbrief.pipeline import Pipeline
    from newsbrief.progress import Progress
    from newsbrief.render import StdoutRenderer, render_markdown

    with Progress(enabled=not view.quiet and sys.stderr.isatty()) as progress:
        pipeline = Pipeline(options, progress=progress.task)  # ConfigError here: exit 2
        renderer = StdoutRenderer(view.fmt, view.command, stream=sys.stdout, evidence=view.evidence,
                                  single=view.single, tty=sys.stdout.isatty()) if view.to_stdout else None
        progress.articles(len(items))

        def on_article(item, article, status) -> None:
            progress.article_finished()
            if status == SKIPPED:
                pass  # done in an earlier run: its errors and warnings were reported then
            elif status == FAILED:
                message = article.error["message"]
                if not message.startswith(article.source):
                    message = f"{article.source}: {message}"
                progress.message(f"newsbrief: error: {message}")
            elif not view.quiet and renderer is not None and view.fmt in ("text", "markdown"):
                for warning in article.warnings[:WARNINGS_SHOWN]:
                    progress.message(f"newsbrief: warning: {article.source}: {warning}")
                if len(article.warnings) > WARNINGS_SHOWN:
                    progress.message(f"newsbrief: warning: {article.source}: and "
                                     f"{len(article.warnings) - WARNINGS_SHOWN} more; --format json lists them all")
            if renderer is not None:
                if renderer.tty:  # stdout shares the terminal with the bars: keep them apart
                    with progress.suspended():
                        renderer.article(article)
                else:
                    renderer.article(article)

        try:
            run_batch(items, pipeline, output=output, force=force, stats=stats, on_article=on_article,
                      markdown=lambda a: render_markdown(a, view.command, evidence=True),
                      batch_articles=batch_articles or DEFAULT_BATCH_ARTICLES)
        except KeyboardInterrupt as exc:
            if renderer is not None:
                renderer.close()
            progress.message(f"newsbrief: interrupted: {stats.summary()}")
            if output is not None:
                progress.message("newsbrief: finished articles are saved; to resume, run the same command again: "
                                 + shlex.join(["newsbrief", *sys.argv[1:]]))
            raise _Failure(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED) from None
        if renderer is not None:
            renderer.close()
        if view.folder_run and not view.quiet:
            progress.message(f"newsbrief: {stats.summary()}")


# --- models ------------------------------------------------------------------------------------


@cli.group()
def models() -> None:
    """List, download and check the configured models."""


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
