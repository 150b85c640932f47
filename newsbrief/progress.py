"""Progress on stderr for people: articles of a run, models loading, sentences of a long article.

`Progress` is a context manager. Enabled, it drives a transient rich progress display on
stderr (rich is imported only then); disabled — stderr is not a terminal, or
``--quiet`` — it shows nothing and its callbacks are None, so the stages skip the calls.
`Progress.message` prints a line on stderr *above* a live display, so error lines and bars
never garble each other. The stages only ever see ``callback(done, total)``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from typing import Callable, Iterator, TextIO

# C0/C1 controls (newline and ESC included): a file name may hold any of them, and printed raw they would
# forge extra stderr lines ("evil\nnewsbrief: 99 done.txt") or drive the terminal ("\x1b[2J").
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """`text` safe to print as one line on a terminal: control characters shown escaped (\\n, \\x1b)."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def for_terminal(line: str, stream: TextIO) -> str:
    """`line` (one line, see `one_line`) wrapped at word boundaries to `stream`'s width when it is a terminal.

    A terminal wraps an over-long line at its last column, mid-word ("opus-mt-n" / "l-en"); continuation
    lines are indented so each message still reads as one. Piped or redirected, the line is left whole
    (one message per line is what a log or `grep` wants). Words longer than the width (a path) are kept
    whole: cutting them would make them impossible to copy.
    """
    try:
        if not stream.isatty():
            return line
        width = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return line
    if width < 20 or len(line) <= width:
        return line
    import textwrap

    return "\n".join(textwrap.wrap(line, width=width - 1, subsequent_indent="  ", break_long_words=False,
                                   break_on_hyphens=False))


class Progress:
    def __init__(self, enabled: bool, *, stream: TextIO | None = None, unit: str = "items"):
        self.enabled = enabled
        self.unit = unit  # "items" (articles, sentences) or "bytes" (downloads)
        self.stream = stream if stream is not None else sys.stderr
        self._rich = None
        self._articles = None

    def __enter__(self) -> "Progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress as RichProgress
            from rich.progress import TextColumn, TimeElapsedColumn, TransferSpeedColumn

            console = Console(file=self.stream, stderr=True)
            if console.is_dumb_terminal:
                # TERM=dumb cannot redraw a bar in place: rich prints none, then a blank line on stop;
                # the messages are printed plainly instead
                return self
            counts = [DownloadColumn(), TransferSpeedColumn()] if self.unit == "bytes" else [MofNCompleteColumn()]
            self._rich = RichProgress(
                # markup=False: descriptions carry file names, and "[bold]x.txt" is a legal one
                TextColumn("{task.description}", markup=False), BarColumn(), *counts, TimeElapsedColumn(),
                console=console, transient=True,
                # rich would otherwise capture stdout while live and print it on *stderr*'s console:
                # results must stay on stdout (see `suspended` for the shared-terminal case)
                redirect_stdout=False, redirect_stderr=False,
            )
            self._rich.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None

    # --- what the CLI and the pipeline call --------------------------------------------------

    def articles(self, total: int) -> None:
        """Start the run's article bar (only worth it for more than one article)."""
        if self._rich is not None and total > 1:
            self._articles = self._rich.add_task("articles", total=total)

    def article_finished(self) -> None:
        if self._rich is not None and self._articles is not None:
            self._rich.advance(self._articles)

    def task(self, description: str) -> Callable[[int, int], None] | None:
        """A ``callback(done, total)`` for one piece of work; its bar vanishes once done == total."""
        rich = self._rich
        if rich is None:
            return None
        state: dict[str, int] = {}

        def update(done: int, total: int) -> None:
            if "id" not in state:
                state["id"] = rich.add_task(one_line(description), total=total)
            rich.update(state["id"], completed=done, total=total)
            if total and done >= total:
                rich.remove_task(state["id"])
                del state["id"]

        return update

    @contextlib.contextmanager
    def suspended(self) -> Iterator[None]:
        """Take the live display off the terminal while results are written to stdout.

        Needed only when stdout is the same terminal: the bars are cleared, the result is
        written below them, and the bars are drawn again under it.
        """
        rich = self._rich
        if rich is None:
            yield
            return
        rich.stop()
        try:
            yield
        finally:
            rich.start()

    def message(self, line: str) -> None:
        """One line for a person on stderr, printed above any live bars."""
        line = for_terminal(one_line(line), self.stream)
        if self._rich is not None:
            from rich.text import Text

            # soft_wrap: wrapped already (rich's own wrapping at its idea of the width wrapped a second time)
            self._rich.console.print(Text(line), soft_wrap=True, highlight=False)
        else:
            print(line, file=self.stream, flush=True)
