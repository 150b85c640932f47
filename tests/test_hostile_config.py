"""Hostile configuration and broken model/cache folders, through the real CLI (issue 6).

- A malformed or hostile ``models.yaml`` given with ``--models`` or ``NEWSBRIEF_MODELS``: exit 2 and
  exactly one stderr line; YAML tags that would construct Python objects construct nothing.
- Remote code is never run: every Auto* loader and the CTranslate2 converter pass
  ``trust_remote_code=False`` (checked in the source), and a model folder whose config points at
  its own Python code (``auto_map``) is loaded without importing that code (checked by running it).
- A model folder with missing or corrupt files fails the articles that need it, with a message
  naming the model and the fix; the other articles run.
- A translation cache that cannot be written (read-only folder, full disk) degrades to no cache
  with one warning; the articles are still translated.
- A CTranslate2 conversion killed half way is redone by the next run; the half-built model is
  never loaded.

Real models are the tiny random-weight Marian/NLLB models of `tests/fixtures_translate.py`.
"""

from __future__ import annotations

import ast
import gc
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, ENGLISH, write

REPO = Path(__file__).resolve().parent.parent


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(cli, list(args), catch_exceptions=False)


def assert_one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("newsbrief: error: ")
    assert "Traceback" not in stderr and "internal error" not in stderr
    return lines[0]


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "in"
    write(folder, "a_nl.txt", DUTCH)
    write(folder, "b_ar.txt", ARABIC)
    write(folder, "c_en.txt", ENGLISH)
    return folder


# --- malformed and hostile models.yaml ------------------------------------------------------------

GOOD_TAIL = "translation_models:\n  fake-nl: {family: marian, source: ./fake-nl}\n"

HOSTILE_REGISTRIES = {
    "unknown-top-key": ("version: 1\nmodels: {}\n", "unknown key 'models'; valid keys:"),
    "unknown-model-key": ("version: 1\n" + GOOD_TAIL.replace("}", ", trust_remote_code: true}"),
                          "unknown key 'trust_remote_code'"),
    "wrong-type-beam": ("version: 1\ndefaults: {beam: four}\n", "defaults.beam: expected an integer from 1 to 16"),
    "bool-beam": ("version: 1\ndefaults: {beam: true}\n", "defaults.beam: expected an integer"),
    "float-beam": ("version: 1\ndefaults: {beam: 2.0}\n", "defaults.beam: expected an integer"),
    "engine-choice": ("version: 1\ndefaults: {engine: tensorflow}\n", "choose one of: auto, ctranslate2, transformers"),
    "list-at-top": ("- version\n- 1\n", "expected a mapping, got list"),
    "scalar-at-top": ("just text\n", "expected a mapping, got str"),
    "empty-file": ("", "expected a mapping, got NoneType"),
    "broken-yaml": ("version: [1\n", "not valid YAML"),
    "nul-bytes": ("version: 1\n\x00\n", "not valid YAML"),
    "version-string": ("version: '1'\n", "version must be 1"),
    "yes-no-key": ("version: 1\ntranslation: {no: fake-nl}\n" + GOOD_TAIL, "is not a string (quote it"),
    "route-to-nothing": ("version: 1\ntranslation: {nl: ghost}\n", "unknown model 'ghost'"),
    "language-code": ("version: 1\ntranslation: {dutch: fake-nl}\n" + GOOD_TAIL, "not an ISO 639-1 code"),
    "unpinned-hub-model": ("version: 1\ntranslation_models:\n  m: {family: marian, source: org/model}\n",
                           "must be pinned with a revision"),
    "date-revision": ("version: 1\ntranslation_models:\n  m: {family: marian, source: org/m, revision: 2024-01-01}\n",
                      "revision: expected a non-empty string"),
    "duplicate-key": ("version: 1\ntranslation: {nl: fake-nl}\n" + GOOD_TAIL + "translation: {ar: fake-nl}\n",
                      "duplicate key 'translation'"),
    "duplicate-nested-key": ("version: 1\ndefaults: {beam: 2, beam: 16}\n", "duplicate key 'beam'"),
    "nllb-without-codes": ("version: 1\ntranslation_models:\n  m: {family: nllb, source: ./m}\n",
                           "an nllb model needs language_codes"),
    "source-unknown-home": ("version: 1\ntranslation_models:\n  m: {family: marian, source: '~nosuchuser0/model'}\n",
                            "no such user's home folder"),
    "source-nul": ("version: 1\ntranslation_models:\n  m: {family: marian, source: \"./a\\0b\"}\n",
                   "contains a NUL character"),
    "nested-5000-deep": ("version: 1\ntranslation: " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    "summariser-unknown-kind": ("version: 1\nsummarisers: {default: x, models: {x: {kind: gpt}}}\n",
                                "choose one of: extractive, seq2seq, instruct"),
}


@pytest.mark.parametrize("how", ["--models", "NEWSBRIEF_MODELS"])
@pytest.mark.parametrize("name", sorted(HOSTILE_REGISTRIES))
def test_malformed_registry_is_one_line_and_exit_2(tmp_path, articles, monkeypatch, name, how):
    text, expected = HOSTILE_REGISTRIES[name]
    registry = tmp_path / "models.yaml"
    registry.write_text(text, encoding="utf-8")
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)
    args = ["translate", str(articles), "--json"]
    if how == "--models":
        result = invoke(*args, "--models", str(registry))
    else:
        result = invoke(*args, env={"NEWSBRIEF_MODELS": str(registry)})
    assert result.exit_code == 2
    line = assert_one_error_line(result.stderr)
    assert expected in line
    assert str(registry) in line  # says which file
    assert result.stdout == ""  # nothing was processed with a half-valid registry


def test_registry_not_utf8_or_missing(tmp_path, articles):
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("version: 1\n# café\n".encode("latin-1"))
    result = invoke("translate", str(articles), "--models", str(latin1))
    assert result.exit_code == 2 and "cannot read model registry" in assert_one_error_line(result.stderr)
    result = invoke("translate", str(articles), "--models", str(tmp_path / "nowhere.yaml"))
    assert result.exit_code == 2 and "model registry not found" in assert_one_error_line(result.stderr)


OBJECT_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!binary aGVsbG8=",  # a safe tag, but bytes where a string belongs
]


@pytest.mark.parametrize("tag", OBJECT_TAGS)
@pytest.mark.parametrize("command", [["translate", "{in}"], ["summarise", "{in}"], ["models", "list"],
                                     ["models", "pull"], ["models", "doctor"]])
def test_yaml_tags_construct_nothing(tmp_path, articles, tag, command):
    marker = tmp_path / "pwned"
    value = tag.format(marker=marker)
    registry = tmp_path / "models.yaml"
    registry.write_text(f"version: 1\ntranslation:\n  nl: {value}\n" + GOOD_TAIL, encoding="utf-8")
    args = [part.format(**{"in": str(articles)}) for part in command]
    result = invoke(*args, "--models", str(registry))
    time.sleep(0.05)  # a spawned `touch` would have run by now
    assert not marker.exists()
    assert result.exit_code == 2
    if command[-1] != "doctor":  # doctor prints its report on stdout and the registry problem in it
        assert_one_error_line(result.stderr)
    assert "Traceback" not in result.stdout + result.stderr


# --- trust_remote_code ------------------------------------------------------------------------------


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _class_name(node: ast.expr) -> str:
    """`AutoX` for `AutoX` or `transformers.AutoX`; "" for a class chosen at run time (getattr(...), a call)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def test_every_auto_loader_and_the_converter_refuse_remote_code():
    """Source check: Auto* `from_pretrained`, pipelines and the CTranslate2 converter pass trust_remote_code=False."""
    checked = 0
    for package in ("translate", "summarise", "newsbrief"):
        for path in sorted((REPO / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for call in _calls(tree):
                func = call.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                owner = _class_name(func.value) if isinstance(func, ast.Attribute) else ""
                for kw in call.keywords:
                    if kw.arg == "trust_remote_code":  # wherever it appears, it is the constant False
                        assert isinstance(kw.value, ast.Constant) and kw.value.value is False, \
                            f"{path}:{call.lineno}"
                # Auto classes and classes picked at run time may resolve to remote code; Marian* classes cannot
                needs_flag = (name == "from_pretrained" and not owner.startswith("Marian")) or \
                    name in ("TransformersConverter", "pipeline")
                if needs_flag:
                    checked += 1
                    assert any(kw.arg == "trust_remote_code" for kw in call.keywords), \
                        f"{path}:{call.lineno}: {owner}.{name} without trust_remote_code=False"
                if isinstance(func, ast.Attribute) and func.attr in ("load", "unsafe_load", "full_load") and \
                        owner == "yaml":
                    loader = [kw for kw in call.keywords if kw.arg == "Loader"]
                    assert func.attr == "load" and loader, f"{path}:{call.lineno}: unsafe YAML loading"
    assert checked >= 5  # the translation, summarisation and conversion loaders were all seen


EVIL = """
from pathlib import Path
Path({marker!r}).write_text("remote code ran")
raise SystemExit("remote code ran")
"""


def _booby_trap(model_dir: Path, marker: Path) -> None:
    """Point the model's config and tokenizer config at Python code in the folder (as hub repos with
    custom code do); importing it leaves `marker` behind."""
    (model_dir / "evil_code.py").write_text(EVIL.format(marker=str(marker)), encoding="utf-8")
    for name, auto in (("config.json", {"AutoConfig": "evil_code.EvilConfig",
                                        "AutoModelForSeq2SeqLM": "evil_code.EvilModel"}),
                       ("tokenizer_config.json", {"AutoTokenizer": ["evil_code.EvilTokenizer", None]})):
        path = model_dir / name
        data = json.loads(path.read_text(encoding="utf-8"))
        data["auto_map"] = auto
        path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def tiny_registry_factory(tmp_path, monkeypatch, tiny_translation_models):
    """Write a registry serving nl/ar/de from (copies of) the tiny models; caches private to the test."""
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "nbcache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))  # CT2 conversions land here
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)

    def make(nl: Path | None = None, nllb: Path | None = None) -> Path:
        nl = nl or tiny_translation_models["marian-nl-en"]
        nllb = nllb or tiny_translation_models["nllb"]
        text = f"""\
version: 1
defaults: {{engine: auto, device: cpu, beam: 1}}
translation: {{nl: tiny-nl, ar: tiny-ar, de: tiny-nllb}}
translation_models:
  tiny-nl: {{family: marian, source: {nl}, max_input_tokens: 64}}
  tiny-ar: {{family: marian, source: {tiny_translation_models['marian-ar-en']}, max_input_tokens: 64}}
  tiny-nllb:
    family: nllb
    source: {nllb}
    language_codes: {{nl: nld_Latn, de: deu_Latn}}
"""
        path = tmp_path / "models.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return make


SHORT_ARABIC = "افتتاح مكتبة عامة جديدة\n\nافتتحت البلدية يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة.\n"
GERMAN = ("Neue Bibliothek im Stadtzentrum eröffnet\n\nDie Stadtverwaltung hat am Dienstag eine neue öffentliche "
          "Bibliothek im Zentrum eröffnet. Sie hat mehr als zwanzigtausend Bücher.\n\nDer Bürgermeister sagte, die "
          "Bibliothek sei an sieben Tagen in der Woche geöffnet und der Eintritt sei für alle kostenlos.\n")


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
def test_model_folder_with_its_own_code_never_runs_it(tmp_path, tiny_translation_models, tiny_registry_factory,
                                                      engine):
    marker = tmp_path / "remote-code-ran"
    nllb = tmp_path / "nllb-with-code"
    shutil.copytree(tiny_translation_models["nllb"], nllb)
    _booby_trap(nllb, marker)
    registry = tiny_registry_factory(nllb=nllb)
    src = write(tmp_path / "in", "de.txt", GERMAN.split("\n\nDer")[0] + "\n")
    result = invoke("translate", str(src), "--json", "--engine", engine, "--models", str(registry))
    assert not marker.exists()
    assert "Traceback" not in result.stderr
    record = json.loads(result.stdout)
    # the stock NLLB classes served it: the custom code was neither imported nor needed
    assert result.exit_code == 0, result.stderr
    assert record["error"] is None and record["language"] == "de" and record["sentences"]


# --- missing or corrupt model files ----------------------------------------------------------------


def _weights(d: Path) -> list[Path]:
    return [f for f in d.iterdir() if f.name in ("model.safetensors", "pytorch_model.bin")]


MODEL_FAULTS = {
    "no-tokenizer": (lambda d: (d / "source.spm").unlink(), "has no tokenizer files"),
    "no-weights": (lambda d: [f.unlink() for f in _weights(d)], "has no weights"),
    "no-config": (lambda d: (d / "config.json").unlink(), "has no config.json"),
    "corrupt-config": (lambda d: (d / "config.json").write_text("{not json"), "config.json is unreadable or corrupt"),
    "config-wrong-type": (lambda d: (d / "config.json").write_text('{"model_type": "marian", "d_model": "big"}'),
                          "cannot be loaded"),
    "corrupt-weights": (lambda d: [f.write_bytes(b"\x93NUMPY" * 64) for f in _weights(d)], "cannot be loaded"),
    "truncated-weights": (lambda d: [f.write_bytes(f.read_bytes()[: f.stat().st_size // 2]) for f in _weights(d)],
                          "cannot be loaded"),
    "corrupt-sentencepiece": (lambda d: (d / "source.spm").write_bytes(b"\x00not a model"), "cannot be loaded"),
    "no-vocab": (lambda d: (d / "vocab.json").unlink(), "cannot load its tokenizer"),
}


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
@pytest.mark.parametrize("fault", sorted(MODEL_FAULTS))
def test_broken_model_folder_fails_its_articles_only(tmp_path, articles, tiny_translation_models,
                                                     tiny_registry_factory, fault, engine):
    broken = tmp_path / "broken-nl"
    shutil.copytree(tiny_translation_models["marian-nl-en"], broken)
    damage, expected = MODEL_FAULTS[fault]
    damage(broken)
    write(articles, "d_nl.txt", DUTCH.replace("Utrecht", "Amersfoort"))  # a second article of the broken model
    write(articles, "b_ar.txt", SHORT_ARABIC)  # random weights run to the length cap: keep the neighbour short
    registry = tiny_registry_factory(nl=broken)
    result = invoke("translate", str(articles), "--json", "--engine", engine, "--models", str(registry))
    assert result.exit_code == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    for name in ("a_nl.txt", "d_nl.txt"):
        assert records[name]["error"]["type"] == "model_missing"
        assert expected in records[name]["error"]["message"]
        assert "tiny-nl" in records[name]["error"]["message"]
    assert records["b_ar.txt"]["error"] is None and records["b_ar.txt"]["sentences"]  # its own, intact model
    assert records["c_en.txt"]["error"] is None
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: error:")]
    # the second Dutch file's line names the first instead of repeating its long message (cli._ErrorLines)
    assert len(errors) == 2 and expected in errors[0]
    assert expected in errors[1] or errors[1].endswith("model_missing, the same error as " + str(articles / "a_nl.txt"))
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    # nothing half-converted was left where the next run would look for a finished model
    ct2 = tmp_path / "hf" / "newsbrief-ct2"
    if ct2.exists():
        assert not [p for p in ct2.iterdir() if not p.name.startswith(".") and "tiny-nl" in p.name
                    and not (p / "newsbrief-converted.json").exists()]


# --- a translation cache that cannot be written ---------------------------------------------------


@pytest.fixture
def fake_env(tmp_path, monkeypatch):
    return cli_fakes.fake_environment(tmp_path, monkeypatch)


def _translate_and_check_cache_warning(articles: Path, expected: str) -> list[dict]:
    result = invoke("translate", str(articles), "--json", "--engine", "cli-fake")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(r["error"] is None and r["sentences"] for r in records)
    assert all(s["en"].startswith("EN: ") for r in records if r["language"] != "en" for s in r["sentences"])
    warned = [w for r in records for w in r["warnings"] if "translation cache" in w]
    assert len(warned) == 1, warned  # said once per run, not per article or per call
    assert "disabled" in warned[0] and expected in warned[0] and "translating without a cache" in warned[0]
    return records


def test_cache_folder_under_a_regular_file(fake_env, tmp_path, articles, monkeypatch):
    blocker = write(tmp_path, "not-a-folder", "x")
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(blocker / "cache"))
    _translate_and_check_cache_warning(articles, "opening it failed")


def test_cache_database_that_is_not_a_database(fake_env, tmp_path, articles, monkeypatch):
    folder = tmp_path / "garbage-cache"
    write(folder, "translations.sqlite3", b"this is not SQLite\x00" * 100)
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(folder))
    _translate_and_check_cache_warning(articles, "failed")


class _FullDiskConnection:
    """A real SQLite connection whose writes fail the way a full disk makes them fail."""

    def __init__(self, conn):
        self._conn = conn

    def executemany(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_cache_on_a_full_disk_simulated(fake_env, tmp_path, articles, monkeypatch):
    import translate.cache as cache_module

    real_connect = sqlite3.connect
    monkeypatch.setattr(cache_module.sqlite3, "connect", lambda *a, **k: _FullDiskConnection(real_connect(*a, **k)))
    _translate_and_check_cache_warning(articles, "database or disk is full")


def _mount_tmpfs(path: Path, options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()}); the simulated variants cover it")


@pytest.fixture
def tmpfs(tmp_path):
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        path = tmp_path / name
        _mount_tmpfs(path, options)
        mounted.append(path)
        return path

    yield mount
    gc.collect()  # close the run's SQLite connection, which keeps the mount busy
    for path in mounted:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)  # detach now, free when unused


def test_cache_on_a_really_full_disk(fake_env, tmp_path, articles, monkeypatch, tmpfs):
    disk = tmpfs("full", "size=64k")
    try:  # fill it, leaving nothing for SQLite
        with open(disk / "filler", "wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
    except OSError:
        pass
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(disk / "cache"))
    _translate_and_check_cache_warning(articles, "disabled")


def test_cache_on_a_read_only_filesystem(fake_env, tmp_path, articles, monkeypatch, tmpfs):
    disk = tmpfs("ro", "ro,size=64k")  # root ignores file modes, but not a read-only mount
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(disk / "cache"))
    _translate_and_check_cache_warning(articles, "opening it failed")


# --- CTranslate2 conversion interrupted half way -----------------------------------------------------

STALL_CONVERSION = r"""
import os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["NEWSBRIEF_REPO"])
import ctranslate2.converters

def stalled(self, output_dir, *args, **kwargs):
    # a converter killed while writing: half a model.bin in the temporary folder, no marker
    Path(output_dir, "model.bin").write_bytes(b"\x00" * 4096)
    Path(os.environ["STALL_READY"]).write_text(output_dir)
    time.sleep(120)

ctranslate2.converters.TransformersConverter.convert = stalled
from newsbrief.cli import main
main(sys.argv[1:])
"""


def test_conversion_killed_half_way_is_redone_by_the_next_run(tmp_path, articles, tiny_registry_factory):
    registry = tiny_registry_factory()
    ready = tmp_path / "stall-ready"
    environ = {**os.environ, "NEWSBRIEF_REPO": str(REPO), "STALL_READY": str(ready), "NEWSBRIEF_MODELS": str(registry)}
    proc = subprocess.Popen([sys.executable, "-c", STALL_CONVERSION, "translate", str(articles / "a_nl.txt"),
                             "--engine", "ctranslate2", "--json"], env=environ, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the conversion never started"
            time.sleep(0.05)
        half = Path(ready.read_text())
        assert (half / "model.bin").exists()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert half.exists()  # the killed run left its half-written folder behind
    ct2 = tmp_path / "hf" / "newsbrief-ct2"
    assert [p for p in ct2.iterdir() if not p.name.startswith(".")] == []  # but no finished-looking model

    # the next run converts again and translates; the half model is never loaded
    result = invoke("translate", str(articles / "a_nl.txt"), "--json", "--engine", "ctranslate2",
                    "--models", str(registry))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["error"] is None and record["sentences"]
    done = [p for p in ct2.iterdir() if not p.name.startswith(".")]
    assert len(done) == 1 and (done[0] / "newsbrief-converted.json").is_file()
    assert (done[0] / "model.bin").stat().st_size > 4096
    assert record["models"]["translation"]["engine"] == "ctranslate2"


def test_a_finished_looking_folder_without_the_marker_is_converted_again(tmp_path, articles, tiny_registry_factory):
    """An older or foreign half-copy at the final path (model.bin, no marker) is replaced, not loaded."""
    registry = tiny_registry_factory()
    first = invoke("translate", str(articles / "a_nl.txt"), "--json", "--engine", "ctranslate2",
                   "--models", str(registry), "--no-cache")
    assert first.exit_code == 0, first.stderr
    ct2 = tmp_path / "hf" / "newsbrief-ct2"
    (target,) = [p for p in ct2.iterdir() if not p.name.startswith(".") and "tiny-nl" not in p.name] or \
        [p for p in ct2.iterdir() if not p.name.startswith(".")]
    (target / "newsbrief-converted.json").unlink()
    (target / "model.bin").write_bytes(b"\x00" * 100)  # truncated: loading it would crash CTranslate2
    again = invoke("translate", str(articles / "a_nl.txt"), "--json", "--engine", "ctranslate2",
                   "--models", str(registry), "--no-cache")
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["sentences"] == json.loads(first.stdout)["sentences"]
    assert (target / "newsbrief-converted.json").is_file() and (target / "model.bin").stat().st_size > 100


# --- a broken summariser model -------------------------------------------------------------------


@pytest.mark.parametrize("kind, model", [("seq2seq", "bart-sum"), ("instruct", "chat")])
@pytest.mark.parametrize("fault", ["corrupt-weights", "truncated-weights", "config-wrong-type"])
def test_broken_summariser_model_fails_with_the_fix_not_a_crash(fake_env, tmp_path, articles, tiny_summary_models,
                                                                 kind, model, fault):
    broken = tmp_path / f"broken-{model}"
    shutil.copytree(tiny_summary_models[model], broken)
    if fault == "config-wrong-type":
        config = json.loads((broken / "config.json").read_text())
        config["d_model" if kind == "seq2seq" else "hidden_size"] = "big"
        (broken / "config.json").write_text(json.dumps(config))
    else:
        for weights in _weights(broken):
            data = weights.read_bytes()
            weights.write_bytes(b"\x93NUMPY" * 64 if fault == "corrupt-weights" else data[: len(data) // 2])
    registry = tmp_path / "models.yaml"
    registry.write_text(cli_fakes.REGISTRY.replace(
        "    extractive: {kind: extractive}\n",
        f"    extractive: {{kind: extractive}}\n    broken: {{kind: {kind}, source: {broken}}}\n"), encoding="utf-8")
    result = invoke("summarise", str(articles), "--json", "--engine", "cli-fake", "--models", str(registry),
                    "--summariser", "broken")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    for record in records:  # every article needs the summariser: each fails, with the same clear message
        assert record["error"]["type"] != "internal"
        assert "summariser broken cannot be loaded" in record["error"]["message"]
        assert "--summariser extractive" in record["error"]["message"]
    # ... and the run still went through all of them, translating each before the summariser was needed
    assert all(r["sentences"] for r in records)


@pytest.mark.parametrize("how", ["--models", "NEWSBRIEF_MODELS"])
def test_an_endless_registry_file_is_refused_not_read_to_exhaustion(tmp_path, articles, how):
    """`--models /dev/zero` read until memory ran out; the registry is read up to 1 MB."""
    import resource

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")

    def limit_memory():  # should the bound regress, fail with MemoryError instead of exhausting the machine
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    beside = Path(sys.executable).with_name("newsbrief")
    command = [str(beside)] if beside.exists() else [sys.executable, "-m", "newsbrief"]
    environ = {k: v for k, v in os.environ.items() if k != "NEWSBRIEF_MODELS"}
    args = [*command, "translate", str(articles)]
    if how == "--models":
        args += ["--models", "/dev/zero"]
    else:
        environ["NEWSBRIEF_MODELS"] = "/dev/zero"
    proc = subprocess.run(args, capture_output=True, text=True, env=environ, timeout=120, preexec_fn=limit_memory)
    assert proc.returncode == 2
    line = assert_one_error_line(proc.stderr)
    assert "model registry /dev/zero is larger than 1,000,000 bytes" in line
    assert proc.stdout == ""


# --- a model cache (CTranslate2 conversions) that is read-only or full -------------------------------


@pytest.mark.parametrize("options, expected", [
    ("ro,size=64k", "Read-only file system"),
    ("size=48k", "No space left on device"),  # the conversion starts, then the disk fills
])
def test_model_cache_read_only_or_full(tmp_path, articles, tiny_registry_factory, monkeypatch, tmpfs, options,
                                       expected):
    """The CTranslate2 copy cannot be stored: the articles of that model fail with the fix (writable cache,
    HF_HUB_CACHE, or --engine transformers), no half-converted model is left, English still passes through,
    and --engine transformers works from the same read-only cache. (Named, CTranslate2 is not replaced; with
    engine auto the run falls back to transformers: tests/test_cli_confusing.py.)"""
    disk = tmpfs("hf", options)
    registry = tiny_registry_factory()
    monkeypatch.setenv("HF_HUB_CACHE", str(disk / "hub"))
    if "ro" not in options:
        (disk / "hub").mkdir()
    result = invoke("translate", str(articles), "--json", "--engine", "ctranslate2", "--models", str(registry))
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.exit_code == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    for name in ("a_nl.txt", "b_ar.txt"):
        message = records[name]["error"]["message"]
        assert expected in message and "--engine transformers" in message
    assert records["c_en.txt"]["error"] is None
    if (disk / "hub" / "newsbrief-ct2").exists():
        assert not [p for p in (disk / "hub" / "newsbrief-ct2").iterdir() if not p.name.startswith(".")]
    fallback = invoke("translate", str(articles / "a_nl.txt"), "--json", "--engine", "transformers",
                      "--models", str(registry))
    assert fallback.exit_code == 0, fallback.stderr
    assert json.loads(fallback.stdout)["sentences"]
