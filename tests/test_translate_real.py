"""Real translations with the pinned hub models (need the Hugging Face hub; skipped offline).

These download ~3.5 GB on first run (opus-mt-nl-en, opus-mt-tc-big-ar-en, nllb-200-distilled-600M) into
the normal Hugging Face cache, then convert them for CTranslate2.
"""

from __future__ import annotations

import pytest

from newsbrief.registry import load_registry
from translate import EngineSettings, load_translator, translate_document

pytestmark = pytest.mark.real

CASES = [
    ("nl", "De kat slaapt op de bank. In 2024 kocht de gemeente 12 nieuwe bussen.",
     ["cat", "sleep", "2024", "12", "bus"]),
    ("ar", "ذهب الرئيس إلى المدرسة أمس. في عام ٢٠٢٤ اشترت المدينة ١٢ حافلة جديدة.",
     ["president", "school", "yesterday", "2024", "12", "bus"]),
    ("de", "Der Hund schläft im Garten.", ["dog", "garden"]),  # NLLB fallback
]


def settings_for(language: str, engine: str) -> EngineSettings:
    route = load_registry().route(language)
    model = route.model
    return EngineSettings(source=model.source, revision=model.revision, family=model.family, engine=engine,
                          src_code=route.source_code, tgt_code=model.target_code,
                          max_input_tokens=model.max_input_tokens, name=model.name)


@pytest.mark.parametrize("engine", ["ctranslate2", "transformers"])
@pytest.mark.parametrize("language,text,words", CASES)
def test_real_translation_contains_expected_words(language, text, words, engine):
    translator = load_translator(settings_for(language, engine))
    doc = translate_document([text], language, translator)
    english = " ".join(doc.paragraphs_en).lower()
    for word in words:
        assert word in english, f"{word!r} missing from {english!r}"
    assert not [w for w in doc.warnings if "missing from the translation" in w], doc.warnings
    assert all(s.score is not None and s.score > -1.5 for s in doc.sentences), doc.sentences
