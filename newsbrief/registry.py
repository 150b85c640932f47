"""models.yaml: parsed once into validated, frozen objects.

The registry is data: which model serves which source language, which summarisers
exist, and the default engine settings. Loading is strict: unknown keys, wrong
types, unknown engines/families/languages give a `ConfigError` that lists the valid
choices. Only the safe loader is used (a `yaml.SafeLoader` that also refuses duplicate keys), so YAML
tags cannot construct objects.

Lookup order for the file: explicit path (``--models``), ``NEWSBRIEF_MODELS``, the
copy shipped inside the package (``newsbrief/models.yaml``, kept identical to the
repository's top-level ``models.yaml`` by a test).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from newsbrief.errors import ConfigError, LanguageError

ENGINES = ("auto", "ctranslate2", "transformers")
DEVICES = ("auto", "cpu", "cuda")
TRANSLATION_FAMILIES = ("marian", "nllb")
SUMMARISER_KINDS = ("extractive", "seq2seq", "instruct")
PACKAGED_REGISTRY = Path(__file__).with_name("models.yaml")
MAX_REGISTRY_BYTES = 1_000_000  # the shipped one is ~5 kB
#: the ISO 639-1 codes (184, "bh" included): a --lang outside them is a typo, never a language to route
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo
es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki
kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr
nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())


@dataclass(frozen=True)
class Defaults:
    engine: str = "auto"
    device: str = "auto"
    beam: int = 4


@dataclass(frozen=True)
class TranslationModel:
    """One translation model: a hub id (pinned revision) or a local directory."""

    name: str
    family: str  # marian | nllb
    source: str  # hub id ("Helsinki-NLP/opus-mt-nl-en") or local directory path
    revision: str | None  # commit on the hub; None for a local directory
    max_input_tokens: int = 512
    #: NLLB only: ISO 639-1 -> NLLB language code ("nl" -> "nld_Latn")
    language_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    target_code: str | None = None  # NLLB only: "eng_Latn"
    licence: str | None = None

    @property
    def is_local(self) -> bool:
        return Path(self.source).is_dir() or self.source.startswith((".", "/", "~"))


@dataclass(frozen=True)
class SummariserModel:
    name: str
    kind: str  # extractive | seq2seq | instruct
    source: str | None = None
    revision: str | None = None
    max_input_tokens: int = 1024
    licence: str | None = None


@dataclass(frozen=True)
class TranslationRoute:
    """What translates one language: the model and, for NLLB, the source code."""

    language: str
    model: TranslationModel
    source_code: str | None  # NLLB source language code, None for Marian
    is_fallback: bool


@dataclass(frozen=True)
class Registry:
    path: Path
    defaults: Defaults
    routes: Mapping[str, str]  # ISO 639-1 -> translation model name
    fallback: str | None
    translation_models: Mapping[str, TranslationModel]
    summarisers: Mapping[str, SummariserModel]
    default_summariser: str

    def route(self, language: str) -> TranslationRoute:
        """The model that translates `language` to English (raises LanguageError)."""
        if language in self.routes:
            return TranslationRoute(language, self.translation_models[self.routes[language]], self._nllb_code(
                self.translation_models[self.routes[language]], language), False)
        if self.fallback is not None:
            model = self.translation_models[self.fallback]
            code = self._nllb_code(model, language)
            if code is not None or model.family != "nllb":
                return TranslationRoute(language, model, code, True)
        served = self.languages()
        if Path(self.path).resolve() == PACKAGED_REGISTRY.resolve():
            # the packaged file is replaced by every reinstall: a user's own copy is the place for a route
            where = (f"copy {self.path}, add a route for {language!r} and pass the copy with --models FILE "
                     "or NEWSBRIEF_MODELS=FILE")
        else:
            where = f"add a route for {language!r} to {self.path}"
        raise LanguageError(
            f"no translation model for language {language!r}; configured languages: "
            f"{', '.join(served) or 'none'} ({where}; if the language was misdetected, pass --lang)"
        )

    def languages(self) -> list[str]:
        """The source languages a model translates (routes and the fallback's); English needs none."""
        return sorted(set(self.routes) | set(self._fallback_languages()))

    def summariser(self, name: str | None = None) -> SummariserModel:
        name = name or self.default_summariser
        if name not in self.summarisers:
            raise ConfigError(
                f"unknown summariser {name!r}; valid: {', '.join(sorted(self.summarisers))}"
            )
        return self.summarisers[name]

    def _fallback_languages(self) -> list[str]:
        if self.fallback is None:
            return []
        return list(self.translation_models[self.fallback].language_codes)

    @staticmethod
    def _nllb_code(model: TranslationModel, language: str) -> str | None:
        if model.family != "nllb":
            return None
        return model.language_codes.get(language)


# --- loading -------------------------------------------------------------------------------


def registry_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("NEWSBRIEF_MODELS")
    if env:
        return Path(env)
    return PACKAGED_REGISTRY


def load_registry(explicit: str | os.PathLike[str] | None = None) -> Registry:
    """Read and validate the registry (see module docstring for the lookup order)."""
    path = registry_path(explicit)
    try:
        # bounded: --models /dev/zero (or any endless stream) must not read until memory runs out
        with open(path, "rb") as handle:
            data = handle.read(MAX_REGISTRY_BYTES + 1)
        if len(data) > MAX_REGISTRY_BYTES:
            raise ConfigError(f"model registry {path} is larger than {MAX_REGISTRY_BYTES:,} bytes; "
                              "is it really a models.yaml?")
        raw = data.decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"model registry not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read model registry {path}: {exc}") from None
    return registry_from_text(raw, path)


def registry_from_text(raw: str, path: str | os.PathLike[str]) -> Registry:
    """A registry from the text of models.yaml; relative model paths resolve against `path`'s folder.

    What a worker on another machine is given (with the path it was read from): a `Registry` does not
    pickle, and the file itself may not be there.
    """
    import yaml  # deferred: keeps `newsbrief --help` free of work it does not need

    path = Path(path)
    try:
        data = yaml.load(raw, Loader=_strict_loader())  # a SafeLoader: tags cannot construct objects
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{path}: not valid YAML ({first})") from None
    except RecursionError:  # PyYAML composes recursively: "[[[[..." a few thousand deep exhausts the stack
        raise ConfigError(f"{path}: not valid YAML (nested too deeply for a model registry)") from None
    return parse_registry(data, path)


def _strict_loader():
    """yaml.SafeLoader that refuses a key given twice in one mapping.

    Plain YAML keeps the last of two equal keys, so a second ``translation:`` block would silently
    replace the first: a hostile or badly merged file must fail loudly instead.
    """
    import yaml

    class StrictSafeLoader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue  # merge keys (<<) may be overridden; a collection key is reported by construct_mapping
            key = loader.construct_object(key_node, deep=deep)
            duplicate = key in seen
            seen.add(key)
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (line {key_node.start_mark.line + 1})", key_node.start_mark)
        return loader.construct_mapping(node, deep=deep)

    StrictSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return StrictSafeLoader


def parse_registry(data: Any, path: Path) -> Registry:
    where = str(path)
    top = _mapping(data, where)
    _only_keys(top, {"version", "defaults", "translation", "fallback", "translation_models", "summarisers"}, where)
    if top.get("version", 1) != 1:
        raise ConfigError(f"{where}: version must be 1, got {top.get('version')!r}")

    defaults = _parse_defaults(top.get("defaults", {}), f"{where}: defaults")
    base = path.resolve().parent  # resolve: the packaged copy may be a symlink to the top level
    models = {
        name: _parse_translation_model(name, spec, base, f"{where}: translation_models.{name}")
        for name, spec in _mapping(top.get("translation_models", {}), f"{where}: translation_models").items()
    }
    routes = {}
    for lang, model_name in _mapping(top.get("translation", {}), f"{where}: translation").items():
        _language_code(lang, f"{where}: translation")
        routes[lang] = _known(model_name, models, f"{where}: translation.{lang}")
    fallback = top.get("fallback")
    if fallback is not None:
        fallback = _known(fallback, models, f"{where}: fallback")

    summ = _mapping(top.get("summarisers", {"default": "extractive", "models": {"extractive": {"kind": "extractive"}}}),
                    f"{where}: summarisers")
    _only_keys(summ, {"default", "models"}, f"{where}: summarisers")
    summarisers = {
        name: _parse_summariser(name, spec, base, f"{where}: summarisers.models.{name}")
        for name, spec in _mapping(summ.get("models", {}), f"{where}: summarisers.models").items()
    }
    default_summariser = _known(summ.get("default", "extractive"), summarisers, f"{where}: summarisers.default")

    return Registry(
        path=path,
        defaults=defaults,
        routes=MappingProxyType(routes),
        fallback=fallback,
        translation_models=MappingProxyType(models),
        summarisers=MappingProxyType(summarisers),
        default_summariser=default_summariser,
    )


def _parse_defaults(data: Any, where: str) -> Defaults:
    spec = _mapping(data, where)
    _only_keys(spec, {"engine", "device", "beam"}, where)
    engine = _choice(spec.get("engine", "auto"), ENGINES, f"{where}.engine")
    device = _choice(spec.get("device", "auto"), DEVICES, f"{where}.device")
    beam = _int(spec.get("beam", 4), f"{where}.beam", 1, 16)
    return Defaults(engine=engine, device=device, beam=beam)


def _parse_translation_model(name: str, data: Any, base: Path, where: str) -> TranslationModel:
    spec = _mapping(data, where)
    _only_keys(spec, {"family", "source", "revision", "max_input_tokens", "language_codes", "target_code",
                      "licence"}, where)
    family = _choice(spec.get("family"), TRANSLATION_FAMILIES, f"{where}.family")
    source, revision = _source_and_revision(spec, base, where)
    codes = _mapping(spec.get("language_codes", {}), f"{where}.language_codes")
    for lang, code in codes.items():
        _language_code(lang, f"{where}.language_codes")
        _str(code, f"{where}.language_codes.{lang}")
    if family == "nllb" and not codes:
        raise ConfigError(f"{where}: an nllb model needs language_codes (ISO 639-1 -> NLLB code)")
    return TranslationModel(
        name=name,
        family=family,
        source=source,
        revision=revision,
        max_input_tokens=_int(spec.get("max_input_tokens", 512), f"{where}.max_input_tokens", 8, 100_000),
        language_codes=MappingProxyType(dict(codes)),
        target_code=_str(spec["target_code"], f"{where}.target_code") if "target_code" in spec else (
            "eng_Latn" if family == "nllb" else None),
        licence=_str(spec["licence"], f"{where}.licence") if "licence" in spec else None,
    )


def _parse_summariser(name: str, data: Any, base: Path, where: str) -> SummariserModel:
    spec = _mapping(data, where)
    _only_keys(spec, {"kind", "source", "revision", "max_input_tokens", "licence"}, where)
    kind = _choice(spec.get("kind"), SUMMARISER_KINDS, f"{where}.kind")
    if kind == "extractive":
        _only_keys(spec, {"kind"}, where)
        return SummariserModel(name=name, kind=kind)
    source, revision = _source_and_revision(spec, base, where)
    return SummariserModel(
        name=name,
        kind=kind,
        source=source,
        revision=revision,
        max_input_tokens=_int(spec.get("max_input_tokens", 1024), f"{where}.max_input_tokens", 8, 1_000_000),
        licence=_str(spec["licence"], f"{where}.licence") if "licence" in spec else None,
    )


def _source_and_revision(spec: Mapping[str, Any], base: Path, where: str) -> tuple[str, str | None]:
    source = _str(spec.get("source"), f"{where}.source")
    if "\0" in source:  # no path or hub id holds one; os calls would raise ValueError later
        raise ConfigError(f"{where}.source: {source!r} contains a NUL character")
    if source.startswith(("./", "../", "~")) or Path(source).is_absolute():
        try:
            local = Path(source).expanduser()
        except RuntimeError:  # "~someone/..." for a user without a home folder
            raise ConfigError(f"{where}.source: cannot expand {source!r}: no such user's home folder") from None
        return str(local if local.is_absolute() else (base / local).resolve()), None
    if "revision" not in spec:
        raise ConfigError(f"{where}: hub model {source!r} must be pinned with a revision (a commit hash)")
    return source, _str(spec["revision"], f"{where}.revision")


# --- small validators: each raises ConfigError naming the key and the valid choices ----------


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            # YAML 1.1 reads bare no/yes/on/off as booleans: say so, it is the usual cause
            raise ConfigError(f"{where}: key {key!r} is not a string (quote it, e.g. \"no\")")
    return value


def _only_keys(spec: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(spec) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; valid keys: {', '.join(sorted(allowed))}")


def _choice(value: Any, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: {value!r} is not valid; choose one of: {', '.join(choices)}")
    return value


def _known(value: Any, known: Mapping[str, Any], where: str) -> str:
    if not isinstance(value, str) or value not in known:
        raise ConfigError(f"{where}: unknown model {value!r}; defined: {', '.join(sorted(known)) or 'none'}")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{where}: expected an integer from {low} to {high}, got {value!r}")
    return value


def check_language_option(code: str, explicit: str | os.PathLike[str] | None = None) -> None:
    """A --lang value must be an ISO 639-1 code; a ConfigError lists the languages the registry serves. A real code
    without a model ("vi") passes: its articles fail one by one with how to add a route (`Registry.route`)."""
    if code in ISO_639_1:
        return
    try:
        served = ["en", *load_registry(explicit).languages()]
    except ConfigError:
        served = ["en"]  # a broken registry is reported by the command that needs it
    raise ConfigError(f"--lang {code!r} is not an ISO 639-1 language code; valid: {', '.join(sorted(set(served)))} "
                      "(or another ISO 639-1 code with a route in the model registry)")


def _language_code(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha() or not value.islower():
        raise ConfigError(f"{where}: {value!r} is not an ISO 639-1 code (two lower-case letters, e.g. 'nl')")
    return value
