"""Fakes for the orchestration tests, plugged in through the real machinery.

`register_fakes()` registers translation engines with `translate.register_engine`, so the
pipeline goes through the real `load_translator`, `translate_document`, cache and record
code; only the model is fake:

- ``cli-fake``: "translates" by tagging each sentence (``EN: <sentence>``), deterministic;
- ``cli-slowfake``: the same, sleeping ``NEWSBRIEF_FAKE_DELAY`` seconds (default 0.4) per call,
  so kill tests can interrupt a folder run part way, deterministically; with ``NEWSBRIEF_FAKE_GATE`` set
  to a path, every call after the first also waits (up to 120 s) until that file exists, so a test can hold
  a run part way for as long as it needs, however loaded the machine is;
- ``cli-missing``: loading fails with ModelNotAvailable, as an uncached model does offline.

`register_dictionary_engine(name, translations)` registers one more engine that "translates" by looking each
sentence up in a dict (a real English sentence per source sentence), for tests that read the English;
`summarise_translated_dutch` runs the pipeline on such a Dutch text.

`write_registry(folder)` writes a models.yaml routing nl and ar to local fake model dirs.
Run as a script (``python tests/cli_fakes.py ARGS``) it registers the fakes and runs the
real CLI entry point — the subprocess tests use it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def summarise_translated_dutch(tmp_path: Path, monkeypatch, translations: dict[str, str], lang: str = "nl"):
    """The Article of `summarise` on a Dutch (or `lang`) text made of the keys of `translations` (one paragraph each),
    through the real pipeline with a dictionary engine that "translates" each sentence to its value."""
    from newsbrief.pipeline import Pipeline, RunOptions

    fake_environment(tmp_path, monkeypatch)
    register_dictionary_engine("dict-fake", translations)
    text = "\n\n".join(translations) + "\n"
    article = Pipeline(RunOptions(command="summarise", engine="dict-fake", lang=lang)).process(f"{lang}.txt",
                                                                                              text.encode())
    assert article.error is None, article.error
    return article

if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from translate import ModelNotAvailable, SentenceTranslation, register_engine  # noqa: E402

LOADS: list[str] = []  # model sources loaded in this process (to check "once per run")


class FakeTranslator:
    def __init__(self, settings, delay: float = 0.0, gate: str | None = None):
        self.settings = settings
        self.delay = delay
        self.gate = Path(gate) if gate else None
        self.calls = 0

    def describe(self) -> dict:
        return {"model": self.settings.source, "engine": "cli-fake", "device": "cpu", "beam": self.settings.beam}

    def translate(self, sentences: list[str]) -> list[SentenceTranslation]:
        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        if self.gate is not None and self.calls > 1:
            deadline = time.monotonic() + 120
            while not self.gate.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        return [SentenceTranslation(text=f"EN: {s}", score=-0.25) for s in sentences]


def _fake(settings, progress=None):
    LOADS.append(settings.source)
    if progress:
        progress(1, 1)
    return FakeTranslator(settings)


def _slowfake(settings, progress=None):
    LOADS.append(settings.source)
    return FakeTranslator(settings, delay=float(os.environ.get("NEWSBRIEF_FAKE_DELAY", "0.4")),
                          gate=os.environ.get("NEWSBRIEF_FAKE_GATE"))


class DictionaryTranslator:
    """Translates by looking each sentence up in `translations` (unknown sentences pass through)."""

    def __init__(self, settings, translations: dict[str, str]):
        self.settings = settings
        self.translations = translations

    def describe(self) -> dict:
        return {"model": "dict", "engine": "dict-fake", "device": "cpu", "beam": 1}

    def translate(self, sentences: list[str]) -> list[SentenceTranslation]:
        return [SentenceTranslation(text=self.translations.get(s.strip(), s), score=-0.1) for s in sentences]


def register_dictionary_engine(name: str, translations: dict[str, str]) -> None:
    register_engine(name, lambda settings, progress=None: DictionaryTranslator(settings, translations))


MISSING_CALLS: list[str] = []


def _missing(settings, progress=None):
    MISSING_CALLS.append(settings.source)
    raise ModelNotAvailable(
        f"model {settings.name or settings.source} is not cached and the hub cannot be reached; "
        f"run `newsbrief models pull {settings.name or settings.source}` on a connected machine"
    )


def register_fakes() -> None:
    register_engine("cli-fake", _fake)
    register_engine("cli-slowfake", _slowfake)
    register_engine("cli-missing", _missing)


REGISTRY = """\
version: 1
defaults: {engine: auto, device: cpu, beam: 2}
translation:
  nl: fake-nl
  ar: fake-ar
translation_models:
  fake-nl: {family: marian, source: ./fake-nl}
  fake-ar: {family: marian, source: ./fake-ar}
summarisers:
  default: extractive
  models:
    extractive: {kind: extractive}
"""


def write_registry(folder: Path) -> Path:
    path = Path(folder) / "models.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path




def fake_environment(tmp_path: Path, monkeypatch) -> Path:
    """Register the fakes, point NEWSBRIEF_MODELS at the fake registry and the caches at `tmp_path`."""
    register_fakes()
    registry = write_registry(tmp_path)
    monkeypatch.setenv("NEWSBRIEF_MODELS", str(registry))
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    LOADS.clear()
    MISSING_CALLS.clear()
    return registry


if __name__ == "__main__":
    register_fakes()
    from newsbrief.cli import main

    main(sys.argv[1:])
