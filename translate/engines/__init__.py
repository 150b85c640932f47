"""Translation engines: transformers (torch) and CTranslate2, plus the registry that loads them."""

from translate.engines.base import Translator, load_translator, register_engine, registered_engines

__all__ = ["Translator", "load_translator", "register_engine", "registered_engines"]
