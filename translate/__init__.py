"""Translation stage (library): segmentation, engines (transformers, CTranslate2), model loading.

Takes explicit parameters; never reads models.yaml, never prints. torch, transformers and ctranslate2 are
imported only inside the functions that need them, so importing this package is cheap.
"""

from translate.cache import TranslationCache
from translate.document import DocumentPlan, assemble_document, plan_document, translate_document
from translate.engines.base import Translator, load_translator, register_engine, registered_engines
from translate.errors import EngineUnavailable, ModelNotAvailable, TranslateError
from translate.many import translate_jobs
from translate.segment import chunk_sentence, paragraph_sentences, split_sentences
from translate.settings import AlignedSentence, DocumentTranslation, EngineSettings, SentenceTranslation

__all__ = [
    "AlignedSentence",
    "DocumentPlan",
    "DocumentTranslation",
    "EngineSettings",
    "EngineUnavailable",
    "ModelNotAvailable",
    "SentenceTranslation",
    "TranslateError",
    "TranslationCache",
    "Translator",
    "assemble_document",
    "chunk_sentence",
    "load_translator",
    "paragraph_sentences",
    "plan_document",
    "register_engine",
    "registered_engines",
    "split_sentences",
    "translate_document",
    "translate_jobs",
]
