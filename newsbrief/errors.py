"""The newsbrief error family.

Library code raises these typed errors with a message that says what to do next;
the CLI turns any of them into one line on stderr and an exit code. The stage
libraries (`translate`, `summarise`) have their own base classes because they may
not import `newsbrief`; `ERROR_FAMILY` gathers all of them for the callers that
must catch "any expected failure" and nothing else.
"""

from __future__ import annotations

from summarise.errors import SummariseError
from translate.errors import TranslateError


class NewsbriefError(Exception):
    """Base for all expected failures raised by the newsbrief package."""

    #: short machine-readable name put in the record's ``error.type``
    kind = "error"


class InputError(NewsbriefError):
    """An input could not be read or decoded (missing, empty, binary, too big)."""

    kind = "input"


class ConfigError(NewsbriefError):
    """models.yaml or a command-line option is invalid. Exit code 2."""

    kind = "config"


class LanguageError(NewsbriefError):
    """No model is configured for the article's language and no fallback applies."""

    kind = "language"


class OutputError(NewsbriefError):
    """An output file or folder cannot be written."""

    kind = "output"


class TimeLimitError(NewsbriefError):
    """One article took longer than the per-article time limit (``--time-limit``); the run goes on."""

    kind = "time_limit"


class DiskFullError(OutputError):
    """The output folder's disk (or quota) is full: every later article would fail the same way, so the run stops."""


ERROR_FAMILY = (NewsbriefError, TranslateError, SummariseError)


def error_kind(exc: BaseException) -> str:
    """The record's ``error.type`` for an exception of the family."""
    return getattr(exc, "kind", type(exc).__name__)
