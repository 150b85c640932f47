"""Errors raised by the summarisation stage (a library: it never prints)."""

from __future__ import annotations


class SummariseError(Exception):
    """Base for expected failures of the summarisation stage."""

    kind = "summarise"


class SummariserNotAvailable(SummariseError):
    """The summariser's model is not cached and cannot be downloaded."""

    kind = "model_missing"


class SummaryRequestError(SummariseError):
    """The caller asked for something the summariser cannot do (bad bullet count, malformed input)."""

    kind = "config"


class SummariserFailed(SummariseError):
    """A model was loaded but could not produce a summary (e.g. generation failed)."""

    kind = "summarise"
