"""Errors raised by the summarisation stage (a library: it never prints)."""

from __future__ import annotations


class SummariseError(Exception):
    """Base for expected failures of the summarisation stage."""

    kind = "summarise"


class SummariserNotAvailable(SummariseError):
    """The summariser's model is not cached and cannot be downloaded."""

    kind = "model_missing"
