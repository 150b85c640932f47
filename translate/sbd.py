"""pysbd with its regular expressions compiled once per process instead of once per use.

pysbd builds many patterns at run time (one per abbreviation and template) and calls ``re.sub(pattern, ...)``
with them. The standard library keeps only the last 512 compiled patterns, and pysbd's working set for one
language is larger, so on every text most of them are compiled again: 2,724 compilations for 20 Dutch news
articles, about half of pysbd's time. Its ``Segmenter.segment`` also builds one more pattern per sentence
(``re.escape(sentence)``) just to find character offsets, which `translate.segment` recomputes anyway.

`segmenter(language)` returns a cached pysbd ``Segmenter`` whose modules see a ``re`` with a private, larger
compile cache, and `sentences(segmenter, text)` runs pysbd's processor without the offset search. Nothing
of pysbd's rules changes: the same patterns run on the same text.
"""

from __future__ import annotations

import functools
import re
import sys
import types

#: distinct patterns pysbd uses for one language are ~1,500; several languages in one run fit as well
_CACHE_SIZE = 8192

# the pysbd modules that call re.<function>(pattern_string, ...)
_MODULES = ("abbreviation_replacer", "between_punctuation", "cleaner", "exclamation_words",
            "lists_item_replacer", "processor", "punctuation_replacer", "utils")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def _compile(pattern, flags: int = 0) -> re.Pattern:
    if isinstance(pattern, re.Pattern):
        return pattern
    return _compiled(pattern, flags)


def _cached_re() -> types.ModuleType:
    """A stand-in for the ``re`` module: the same names, the pattern functions going through `_compile`."""
    shim = types.ModuleType("re")
    shim.__dict__.update({k: v for k, v in vars(re).items() if not k.startswith("__")})
    shim.compile = _compile
    shim.sub = lambda p, repl, s, count=0, flags=0: _compile(p, flags).sub(repl, s, count)
    shim.subn = lambda p, repl, s, count=0, flags=0: _compile(p, flags).subn(repl, s, count)
    shim.search = lambda p, s, flags=0: _compile(p, flags).search(s)
    shim.match = lambda p, s, flags=0: _compile(p, flags).match(s)
    shim.fullmatch = lambda p, s, flags=0: _compile(p, flags).fullmatch(s)
    shim.findall = lambda p, s, flags=0: _compile(p, flags).findall(s)
    shim.finditer = lambda p, s, flags=0: _compile(p, flags).finditer(s)
    shim.split = lambda p, s, maxsplit=0, flags=0: _compile(p, flags).split(s, maxsplit)
    return shim


@functools.lru_cache(maxsize=1)
def _install() -> None:
    import importlib

    shim = _cached_re()
    for name in _MODULES:
        module = importlib.import_module(f"pysbd.{name}")
        if getattr(module, "re", None) is re:
            module.re = shim
    for name, module in list(sys.modules.items()):  # the language rule modules (pysbd.lang.*)
        if name.startswith("pysbd.lang.") and getattr(module, "re", None) is re:
            module.re = shim


@functools.lru_cache(maxsize=None)
def segmenter(language: str):
    """pysbd's Segmenter for `language` (a language pysbd knows), built once."""
    import pysbd  # deferred: a few hundred ms of imports

    _install()
    return pysbd.Segmenter(language=language, clean=False)


def sentences(seg, text: str) -> list[str]:
    """pysbd's sentences of `text` (whitespace may differ from the text; callers locate them again)."""
    if not text:
        return []
    return seg.processor(text).process()
