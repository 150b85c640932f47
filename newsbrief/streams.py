"""The standard streams, made safe before a run: closed descriptors and character sets that cannot show Unicode.

`prepare()` is called once by the CLI before anything is written:

- A closed stdin/stdout/stderr (``>&-``, ``2>&-``) leaves Python with ``sys.stdout is None``. The descriptor
  is filled with /dev/null, so that the next file opened (an output under ``-o``) cannot get number 1 or 2 and
  receive whatever a library prints; `stdout_closed()` tells the CLI to refuse a run whose results would go
  nowhere. A closed stderr only silences messages: the run and its exit code are unchanged.
- A locale whose character set is not UTF-8 (``LC_ALL=en_US.ISO-8859-1``) made the first curly quote raise
  UnicodeEncodeError. Text written to stdout now escapes what the character set cannot hold (``\\u201c``) and
  `escaped()` counts it, so the CLI can say so once; `utf8_stdout()` switches stdout to UTF-8 for JSON, which
  is UTF-8 whatever the locale (RFC 8259). stderr always escapes (Python's default, made sure of here).
"""

from __future__ import annotations

import codecs
import os
import sys

_ESCAPE = "newsbrief-escape"
_state = {"escaped": 0, "stdout_closed": False, "stderr_closed": False}


def _escape(error: UnicodeError):
    # backslashreplace, counting: the CLI says once that the output holds escapes instead of the characters
    if isinstance(error, UnicodeEncodeError):
        _state["escaped"] += error.end - error.start
    return codecs.backslashreplace_errors(error)


codecs.register_error(_ESCAPE, _escape)


def prepare() -> None:
    """Fill closed standard descriptors with /dev/null and make stdout/stderr unable to raise on encoding."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:  # os.open takes the lowest free number, which is `fd` when the lower ones are open
            os.dup2(null, fd)
            os.close(null)
        if name == "stdout":
            _state["stdout_closed"] = True
        elif name == "stderr":
            _state["stderr_closed"] = True
    if sys.stdout is None:  # closed when Python started: a stream on the /dev/null above, so writes cannot fail
        _state["stdout_closed"] = True
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        _state["stderr_closed"] = True
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    if not _is_utf8(sys.stdout):
        _reconfigure(sys.stdout, errors=_ESCAPE)
    if not _is_utf8(sys.stderr):
        _reconfigure(sys.stderr, errors="backslashreplace")


def utf8_stdout() -> None:
    """JSON is UTF-8 whatever the locale: switch stdout before the first record is written."""
    if not _is_utf8(sys.stdout):
        _reconfigure(sys.stdout, encoding="utf-8", errors="strict")


def stdout_closed() -> bool:
    return _state["stdout_closed"]


def escaped() -> int:
    """Characters written to stdout as escapes because its character set cannot hold them."""
    return _state["escaped"]


def stdout_encoding() -> str:
    return getattr(sys.stdout, "encoding", None) or "unknown"


def _is_utf8(stream) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True  # not a text stream we can reconfigure (a test's capture): leave it alone
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _reconfigure(stream, **changes) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        stream.flush()
        reconfigure(**changes)
    except (OSError, ValueError):
        pass  # already written to, or closed: keep it as it is
