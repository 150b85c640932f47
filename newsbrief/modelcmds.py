"""The library side of ``newsbrief models list | pull | doctor``.

Translation models are handled by the translation stage's hub helpers (cache check,
size, download + CTranslate2 conversion, environment report), summariser models by the
summarisation stage's (cache check, size, download of only the files a summariser loads:
configs, tokenizer and one weights format, not a repo's Flax/TF/Rust copies). Functions
return plain data; the CLI renders it.
"""

from __future__ import annotations

import platform
from typing import Any, Callable, Iterator

from newsbrief import __version__
from newsbrief.errors import ERROR_FAMILY, ConfigError
from newsbrief.registry import Registry, load_registry
import summarise  # light: the stage's hub helpers import huggingface_hub only when called


def _hub():
    import translate.hub as hub  # deferred: the stage's hub helpers import huggingface_hub

    return hub


def _settings_for(registry: Registry, name: str, engine: str | None = None):
    """EngineSettings for translation model `name` (for NLLB: its first listed language)."""
    from translate import EngineSettings

    model = registry.translation_models[name]
    src_code = next(iter(model.language_codes.values()), None) if model.family == "nllb" else None
    return EngineSettings(source=model.source, revision=model.revision, family=model.family,
                          engine=engine or registry.defaults.engine, device=registry.defaults.device,
                          beam=registry.defaults.beam, src_code=src_code, tgt_code=model.target_code,
                          max_input_tokens=model.max_input_tokens, name=model.name)


def _serves(registry: Registry, name: str) -> str:
    langs = sorted(lang for lang, model in registry.routes.items() if model == name)
    parts = [", ".join(langs)] if langs else []
    if registry.fallback == name:
        parts.append(f"fallback ({len(registry.translation_models[name].language_codes)} languages)")
    return "; ".join(parts) or "unused"


def _human(size: int | None) -> str | None:
    if size is None:
        return None
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return None


def list_models(models_file: str | None) -> list[dict[str, Any]]:
    registry = load_registry(models_file)
    hub = _hub()
    rows = []
    for name, model in registry.translation_models.items():
        settings = _settings_for(registry, name)
        try:
            cached = bool(hub.is_cached(settings))
            size = hub.size_on_disk(settings)
        except ERROR_FAMILY:
            cached, size = False, None
        rows.append({"name": name, "kind": f"translation ({model.family})", "serves": _serves(registry, name),
                     "source": model.source, "revision": model.revision, "cached": cached, "size": _human(size),
                     "size_bytes": size, "licence": model.licence})
    for name, spec in registry.summarisers.items():
        serves = "summaries (default)" if name == registry.default_summariser else "summaries"
        if spec.kind == "extractive":
            cached, size = True, None  # built in: nothing to download
        else:
            try:
                size = summarise.model_size(spec.source or "", revision=spec.revision)
            except ERROR_FAMILY:
                size = None
            cached = size is not None
        rows.append({"name": name, "kind": f"summariser ({spec.kind})", "serves": serves, "source": spec.source
                     or "built-in", "revision": spec.revision, "cached": cached, "size": _human(size),
                     "size_bytes": size, "licence": spec.licence})
    return rows


def default_pull_names(registry: Registry) -> list[str]:
    """What `models pull` fetches without names: the routed translation models and the default summariser.

    The NLLB fallback (2.5 GB, non-commercial licence) is pulled only when named.
    """
    names = list(dict.fromkeys(registry.routes.values()))
    if registry.summarisers[registry.default_summariser].kind != "extractive":
        names.append(registry.default_summariser)
    return names


def pull_models(models_file: str | None, names: tuple[str, ...] | list[str], *, engine: str | None = None,
                progress: Callable[[str], Any] | None = None) -> Iterator[tuple[str, str | None]]:
    """Download (and convert) each model; yields (name, None) on success or (name, error message)."""
    registry = load_registry(models_file)
    known = set(registry.translation_models) | set(registry.summarisers)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(f"unknown model {unknown[0]!r}; configured: {', '.join(sorted(known))}")
    unreachable: list[str | None] = []  # the reason the hub cannot be reached, probed once, on first need
    for name in names or default_pull_names(registry):
        missing = _to_download(registry, name)
        if missing is not None:
            if not unreachable:
                unreachable.append(_why_no_download())
            if unreachable[0] is not None:
                # the stages' own hint ("run `newsbrief models pull NAME` on a connected machine") names the
                # command that just failed: say what is wrong with this machine and what to do instead
                yield name, f"{missing} is not cached and cannot be downloaded: {unreachable[0]}"
                continue
        task = progress(f"pulling {name}") if progress else None
        try:
            if name in registry.translation_models:
                _hub().pull(_settings_for(registry, name, engine), progress=task)
            else:
                spec = registry.summarisers[name]
                if spec.kind != "extractive":
                    summarise.pull(spec.source or "", revision=spec.revision, name=name, progress=task)
        except ERROR_FAMILY as exc:
            yield name, str(exc)
            continue
        yield name, None


def _to_download(registry: Registry, name: str) -> str | None:
    """The model, described for a message, when `models pull NAME` needs the hub for it; None when it does not
    (cached, built in, or a local directory, whose own problems the stage reports)."""
    if name in registry.translation_models:
        model = registry.translation_models[name]
        settings = _settings_for(registry, name)
        if _hub().is_local_source(model.source) or _hub().is_cached(settings):
            return None
        what, source, revision = "model", model.source, model.revision
    else:
        spec = registry.summarisers[name]
        if spec.kind == "extractive" or _hub().is_local_source(spec.source or ""):
            return None
        try:
            if summarise.model_size(spec.source or "", revision=spec.revision) is not None:
                return None
        except ERROR_FAMILY:
            pass
        what, source, revision = "summariser model", spec.source, spec.revision
    return f"{what} {name} ({source}" + (f" at revision {revision})" if revision else ")")


def _why_no_download() -> str | None:
    """None when the hub answers; else what is wrong and what to do, in one sentence."""
    import os

    hub = _hub()
    if hub.hub_offline():
        return "downloads are switched off (HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE is set); unset it and run again"
    if hub.hub_reachable():
        return None
    endpoint = os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
    return (f"the Hugging Face hub ({endpoint}) cannot be reached: no network, or a firewall or proxy in the way "
            "(HTTPS_PROXY, HF_ENDPOINT for a mirror); connect and run again, or pull on a connected machine and "
            f"copy its Hugging Face cache ({hub.cache_root(_settings_for_cache())}) here")


def _settings_for_cache():
    from translate import EngineSettings

    return EngineSettings(source="-", revision=None, family="marian")


def doctor_report(models_file: str | None) -> dict[str, Any]:
    """Versions, registry, device, threads, caches and hub reachability, as one flat mapping."""
    from newsbrief.pipeline import translation_cache_path
    from newsbrief.registry import registry_path

    report: dict[str, Any] = {"newsbrief": __version__, "python": platform.python_version(),
                              "platform": platform.platform(terse=True)}
    try:
        registry = load_registry(models_file)
        report["registry"] = f"{registry.path} (ok: {len(registry.translation_models)} translation models, "
        report["registry"] += f"{len(registry.summarisers)} summarisers)"
        report["registry_ok"] = True
    except ConfigError as exc:
        report["registry"] = f"{registry_path(models_file)} (INVALID: {exc})"
        report["registry_ok"] = False
    report["translation_cache"] = str(translation_cache_path())
    try:
        env = _hub().environment_report()
    except ERROR_FAMILY as exc:
        env = {"environment": f"unavailable: {exc}"}
    for key, value in env.items():
        if isinstance(value, dict):  # e.g. versions: one line per package reads better than a dict
            for sub, subvalue in value.items():
                report[f"{key}.{sub}"] = subvalue
        else:
            report[key] = value
    return report
