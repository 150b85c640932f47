"""Translation speed: newsbrief's pipeline vs the raw engine call, CTranslate2 int8 vs transformers fp32.

    python scripts/bench_translate.py [--sentences 48] [--out-tokens 32] [--repeats 5] [--threads N]
                                      [--beams 4 1] [--engines transformers ctranslate2] [--no-memory]

Builds a random-weight model with the opus-mt shape (d_model 512, 6+6 layers, 8 heads, FFN 2048, a shared
vocabulary of 60,000, ~75M parameters) once into a temp dir, and times, side by side in one run, at beam 4
and greedy:

  * raw transformers   tokenizer + model.generate + batch_decode on length-sorted, token-budget batches
  * newsbrief/transformers   translate_document(...) with the transformers engine (cache off)
  * raw CTranslate2   translator.translate_batch(all tokens, batch_type="tokens") + detokenise
  * newsbrief/ctranslate2   translate_document(...) with the CTranslate2 engine (cache off)

With --ntrex DOCS (issue 13, "Batch-first translation"): the local runner (`run_batch` over a folder of the
first DOCS Dutch NTREX-128 documents, `translate` command, cache off) against raw CTranslate2
`translate_iterable(batch_type="tokens")` over exactly the sentences the runner sent (titles included),
tokenisation and detokenisation included, for a sweep of inter_threads x intra_threads and token budgets;
all interleaved per repeat, greedy and beam 4:

    python scripts/bench_translate.py --ntrex 100 --eval-dir ../shared/eval [--repeats 2] [--beams 1 4]
        [--layouts 2x1 1x2] [--budgets 1024 2048 4096] [--batch-articles 32]

With --ntrex-langs nl ar the folder is mixed: DOCS Dutch and DOCS Arabic documents (different stories), each
language served by its own random-weight model in its registry model's shape (nl: opus-mt-nl-en, a Marian base;
ar: opus-mt-tc-big-ar-en, a transformer-big, ~4x the parameters); the raw call is one translate_iterable per
model, one after the other. Unless --no-memory, a fresh process then runs the local runner over the folder once
at beam 4 and reports its peak resident memory (one process holding every model of the folder).

Random weights emit garbage of random length, so every output is forced to exactly --out-tokens tokens
(transformers: min_new_tokens = max_new_tokens; CTranslate2: min_decoding_length = max_decoding_length);
tokens/s counts those target tokens. Peak resident memory is measured in a fresh subprocess per engine
(VmHWM after loading and translating everything; see peak_memory_child for why not ru_maxrss). The vocabulary: sentencepiece cannot learn 60k pieces
from the seeds, so vocab.json holds the pieces of a real spm trained on the seeds plus filler pieces up
to 60,000 ids; the embedding and the 60k-way output projection -- the part of the cost the vocabulary
size drives -- are therefore real size, while source tokenisation uses the real spm.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

VOCAB = 60_000

#: the shapes of the registry's two translation models (their config.json on the hub): opus-mt-nl-en, a
#: Marian "base", and opus-mt-tc-big-ar-en, a transformer-big with a 61,109-piece shared vocabulary
SHAPES = {
    "base": dict(vocab=VOCAB, d_model=512, heads=8, ffn=2048, positions=512, activation="swish"),
    "big": dict(vocab=61_109, d_model=1024, heads=16, ffn=4096, positions=1024, activation="relu"),
}
#: --ntrex-langs: language -> (NTREX-128 file suffix, model shape, the tiny-model sentences its spm learns from)
NTREX_LANGS = {"nl": ("nld", "base", "DUTCH"), "ar": ("arb", "big", "ARABIC")}


def build_model(outdir: Path, shape: str = "base", source_lines: str = "DUTCH") -> Path:
    """Random-weight Marian of one of the SHAPES (default: opus-mt, 60k shared vocabulary; see module docstring)."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    from tiny_models.spm import train_sentencepiece
    import tiny_models.translation as tiny

    if (outdir / "model.safetensors").is_file():
        return outdir
    outdir.mkdir(parents=True, exist_ok=True)
    size = SHAPES[shape]
    texts = tiny.seed_texts() + getattr(tiny, source_lines)
    for name in ("source", "target"):
        spm = train_sentencepiece(texts, outdir / f"_{name}", 2000)
        (outdir / f"{name}.spm").write_bytes(spm.read_bytes())
    import sentencepiece

    vocab = {"</s>": 0, "<unk>": 1}
    for name in ("source", "target"):
        proc = sentencepiece.SentencePieceProcessor(model_file=str(outdir / f"{name}.spm"))
        for i in range(proc.get_piece_size()):
            piece = proc.id_to_piece(i)
            if piece not in ("<s>", "</s>", "<unk>", "<pad>"):
                vocab.setdefault(piece, len(vocab))
    filler = 0
    while len(vocab) < size["vocab"] - 1:
        vocab[f"▁filler{filler}"] = len(vocab)
        filler += 1
    vocab["<pad>"] = len(vocab)
    (outdir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    MarianTokenizer(source_spm=str(outdir / "source.spm"), target_spm=str(outdir / "target.spm"),
                    vocab=str(outdir / "vocab.json"), source_lang="nl", target_lang="en").save_pretrained(outdir)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=size["vocab"], decoder_vocab_size=size["vocab"], d_model=size["d_model"], encoder_layers=6,
        decoder_layers=6, encoder_attention_heads=size["heads"], decoder_attention_heads=size["heads"],
        encoder_ffn_dim=size["ffn"], decoder_ffn_dim=size["ffn"], max_position_embeddings=size["positions"],
        activation_function=size["activation"], scale_embedding=True,
        share_encoder_decoder_embeddings=True, static_position_embeddings=True, pad_token_id=pad,
        eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0, bad_words_ids=[[pad]],
        architectures=["MarianMTModel"],
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(outdir)
    return outdir


def paragraphs_and_sentences(n: int) -> tuple[list[str], list[str]]:
    """`n` seed sentences of 6-40 words, grouped 4 per paragraph; returns (paragraphs, sentences)."""
    from tiny_models.translation import seed_texts
    from translate import paragraph_sentences, split_sentences

    sentences = []
    for text in seed_texts():
        for para in text.split("\n"):
            for s in split_sentences(para, "en"):
                s = s.strip()
                if 6 <= len(s.split()) <= 40 and s not in sentences:
                    sentences.append(s)
    sentences = sentences[:n]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    # the pipeline splits the paragraphs again: benchmark the raw call on exactly the same pieces
    pieces = [sentence for _, sentence in paragraph_sentences(paragraphs, "en")]
    return paragraphs, pieces


def settings(model_dir: Path, engine: str, beam: int, out_tokens: int, threads: int, cache_dir: Path):
    from translate import EngineSettings

    return EngineSettings(str(model_dir), None, "marian", engine=engine, device="cpu", beam=beam,
                          threads=threads, cache_dir=str(cache_dir), fixed_output_tokens=out_tokens,
                          name="bench-opus-mt-shape")


def raw_transformers(translator, sentences: list[str], beam: int, out_tokens: int) -> None:
    """The plain transformers call: tokenise, generate, decode -- same length-sorted token-budget batches."""
    import torch

    from translate.batching import plan_batches

    tok, model = translator.tokenizer, translator.model
    lengths = [len(ids) for ids in tok(sentences)["input_ids"]]
    for batch in plan_batches(lengths, translator.settings.batch_tokens("cpu")):
        enc = tok([sentences[i] for i in batch], return_tensors="pt", padding=True)
        with torch.inference_mode():
            out = model.generate(**enc, num_beams=beam, do_sample=False, min_new_tokens=out_tokens,
                                 max_new_tokens=out_tokens)
        tok.batch_decode(out, skip_special_tokens=True)


def raw_ctranslate2(translator, sentences: list[str], beam: int, out_tokens: int) -> None:
    """The plain CTranslate2 call: tokenise, one translate_batch (it sorts and batches by tokens), decode."""
    tok = translator.tokenizer
    tokens = [tok.convert_ids_to_tokens(ids) for ids in tok(sentences)["input_ids"]]
    results = translator.translator.translate_batch(
        tokens, beam_size=beam, max_batch_size=translator.batch_tokens, batch_type="tokens",
        min_decoding_length=out_tokens, max_decoding_length=out_tokens)
    for r in results:
        tok.decode(tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True)


def ntrex_documents(eval_dir: str | None, count: int, suffix: str = "nld", skip: int = 0) -> list[str]:
    """`count` NTREX-128 documents of one language (file suffix "nld", "arb"), after the first `skip`, as
    article texts: first line the title, then a blank line, then one paragraph per sentence line (read from
    the eval folder; never copied anywhere)."""
    from evaldata import eval_subdir

    mt = eval_subdir(eval_dir, "mt")
    lines = (mt / f"ntrex128.{suffix}").read_text(encoding="utf-8").splitlines()
    ids = (mt / "ntrex128.docids.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[str]] = {}
    for doc_id, line in zip(ids, lines):
        docs.setdefault(doc_id.split("\t")[0], []).append(line.strip())
    return ["\n\n".join(doc) + "\n" for doc in list(docs.values())[skip:skip + count]]


def ntrex_setup(args, work: Path):
    """The --ntrex folder (DOCS documents per language of --ntrex-langs; the languages take consecutive NTREX
    documents, so a mixed folder holds different stories) and a registry naming one random-weight model per
    language, in its real shape. Returns (items, registry path, folder)."""
    from newsbrief.inputs import collect_inputs

    folder = work / ("ntrex-" + "-".join(args.ntrex_langs) + f"-{args.ntrex}")
    folder.mkdir(parents=True, exist_ok=True)
    routes, models = [], []
    for n, lang in enumerate(args.ntrex_langs):
        suffix, shape, lines = NTREX_LANGS[lang]
        model_dir = build_model(work / ("opus-mt-shape" if shape == "base" else f"opus-mt-{shape}-{lang}-shape"),
                                shape, lines)
        for i, text in enumerate(ntrex_documents(args.eval_dir, args.ntrex, suffix, skip=n * args.ntrex)):
            (folder / f"{lang}{i:03d}.txt").write_text(text, encoding="utf-8")
        routes.append(f"{lang}: bench-{lang}")
        models.append(f"  bench-{lang}: {{family: marian, source: {model_dir}}}")
    registry = work / ("models-" + "-".join(args.ntrex_langs) + ".yaml")
    registry.write_text("version: 1\ndefaults: {engine: ctranslate2, device: cpu, beam: 4}\n"
                        f"translation: {{{', '.join(routes)}}}\ntranslation_models:\n" + "\n".join(models) + "\n",
                        encoding="utf-8")
    os.environ["HF_HUB_CACHE"] = str(work / "hf-cache")
    return collect_inputs([str(folder)], glob="*.txt", exclude=None), registry, folder


def ntrex_pipeline(args, registry: Path, beam: int):
    """The local runner's pipeline, with the forced output length of the benchmark (random weights emit
    garbage lengths) -- the only change from what `newsbrief translate` builds."""
    import dataclasses

    from newsbrief.pipeline import Pipeline, RunOptions

    pipeline = Pipeline(RunOptions(command="translate", models_file=str(registry), beam=beam, use_cache=False))
    settings_of = pipeline.engine_settings
    pipeline.engine_settings = lambda route: dataclasses.replace(
        settings_of(route), fixed_output_tokens=args.out_tokens, threads=args.threads)
    return pipeline


def bench_ntrex(args, work: Path) -> int:
    """See the module docstring (--ntrex)."""
    import ctranslate2

    from newsbrief.batch import run_batch

    items, registry, folder = ntrex_setup(args, work)
    print(f"{len(items)} NTREX documents ({', '.join(args.ntrex_langs)}); forced output length {args.out_tokens}; "
          f"CPUs {args.threads}; ctranslate2 {ctranslate2.__version__}", flush=True)
    for beam in args.beams:
        pipeline = ntrex_pipeline(args, registry, beam)
        records = []
        run_batch(items, pipeline, batch_articles=args.batch_articles,
                  on_article=lambda item, article, status: records.append(article))  # warm-up; what is sent
        failed = [a.source for a in records if a.error]
        if failed:
            raise SystemExit(f"{len(failed)} documents failed: {next(a.error for a in records if a.error)}")
        # each language's translator (the pipeline loaded one per route), and exactly the pieces it was sent
        ours = {settings.name.removeprefix("bench-"): loaded[0] for settings, loaded in pipeline._translators.items()}
        pieces = {lang: [s.src for a in records if a.language == lang for s in a.sentences]
                  + [a.title for a in records if a.language == lang and a.title] for lang in ours}
        tokens = {lang: [ours[lang].tokenizer.convert_ids_to_tokens(ids)
                         for ids in ours[lang].tokenizer(pieces[lang])["input_ids"]] for lang in ours}
        target_tokens = sum(len(p) for p in pieces.values()) * args.out_tokens

        def raw(translators, budget):
            # one translate_iterable per model, one after the other, as a user scripting CTranslate2 would
            for lang, translator in translators.items():
                tok = ours[lang].tokenizer
                source = [tok.convert_ids_to_tokens(ids) for ids in tok(pieces[lang])["input_ids"]]
                for r in translator.translate_iterable(
                        source, max_batch_size=budget, batch_type="tokens", beam_size=beam,
                        min_decoding_length=args.out_tokens, max_decoding_length=args.out_tokens):
                    tok.decode(tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True)

        first = next(iter(ours.values()))
        runs = {f"newsbrief local runner ({first.inter_threads}x{first.intra_threads}, {first.batch_tokens}, "
                f"{args.batch_articles} articles/call)": lambda: run_batch(items, pipeline,
                                                                           batch_articles=args.batch_articles)}
        engines = {}
        for layout in args.layouts:
            inter, intra = (int(x) for x in layout.split("x"))
            engines[layout] = {lang: ctranslate2.Translator(str(t.ct2_dir), device="cpu", compute_type="int8",
                                                            inter_threads=inter, intra_threads=intra)
                               for lang, t in ours.items()}
            for budget in args.budgets:
                runs[f"raw translate_iterable {layout}, {budget} tokens"] = \
                    lambda t=engines[layout], b=budget: raw(t, b)
        print(f"beam {beam}: " + ", ".join(f"{lang} {len(p)} sentences ({sum(map(len, tokens[lang])) / len(p):.1f} "
                                           f"source tokens each)" for lang, p in pieces.items())
              + f" (titles included), {target_tokens} target tokens per pass", flush=True)
        times: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        names = list(runs)
        for repeat in range(args.repeats):  # interleaved: drift on the shared machine hits all alike
            # and rotated, so that no configuration always runs first (or right after the same other one)
            for name in names[repeat % len(names):] + names[:repeat % len(names)]:
                fn = runs[name]
                # process CPU time (all threads) too: on a machine shared with other jobs wall time mostly
                # measures them; CPU seconds per token still compare the work each configuration does
                c0 = time.process_time()
                times[name].append(timed(fn))
                cpu[name].append(time.process_time() - c0)
                print(f"  {name}: {times[name][-1]:.2f} s wall, {cpu[name][-1]:.2f} s CPU", flush=True)
        rows = {name: (target_tokens / min(ts), target_tokens / statistics.median(ts),
                       target_tokens / min(cpu[name])) for name, ts in times.items()}
        best_raw = [max(r[k] for n, r in rows.items() if n.startswith("raw")) for k in range(3)]
        print(f"\nbeam {beam} | configuration | best tokens/s | median tokens/s | tokens per CPU-s (best) | "
              "vs best raw: best / median / per CPU-s")
        for name, (best, med, per_cpu) in rows.items():
            print(f"beam {beam} | {name} | {best:.0f} | {med:.0f} | {per_cpu:.0f} | {best / best_raw[0]:.2f}x / "
                  f"{med / best_raw[1]:.2f}x / {per_cpu / best_raw[2]:.2f}x", flush=True)
        print(flush=True)
        del engines
    if not args.no_memory:
        out = subprocess.run([sys.executable, __file__, "--child-runner-peak", "--workdir", str(work), "--ntrex",
                              str(args.ntrex), "--ntrex-langs", *args.ntrex_langs, "--out-tokens",
                              str(args.out_tokens), "--threads", str(args.threads), "--beams", "4"]
                             + (["--eval-dir", args.eval_dir] if args.eval_dir else []),
                             capture_output=True, text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        mem = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"peak memory of one local-runner process holding the {', '.join(args.ntrex_langs)} model(s) "
              f"(fresh process: `translate` over the folder at beam 4): VmHWM {mem['peak_rss_mb']:.0f} MB", flush=True)
    return 0


def runner_peak_child(args) -> None:
    """Subprocess entry (--ntrex memory): the local runner over the --ntrex folder once, then VmHWM."""
    from newsbrief.batch import run_batch

    items, registry, _ = ntrex_setup(args, Path(args.workdir))
    run_batch(items, ntrex_pipeline(args, registry, 4), batch_articles=args.batch_articles)
    print(json.dumps({"peak_rss_mb": vm_hwm_mb()}))


def vm_hwm_mb() -> float | None:
    """VmHWM, the RSS high-water mark of this process image. ru_maxrss would be wrong in a child: Linux carries
    it across fork+execve, so a child of the (large) benchmark process starts with the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_memory_child(args) -> None:
    """Subprocess entry: load one engine, translate the set through the pipeline, print ru_maxrss (MB)."""
    from translate import load_translator, translate_document

    paragraphs, _ = paragraphs_and_sentences(args.sentences)
    translator = load_translator(settings(Path(args.model_dir), args.engine, 4, args.out_tokens, args.threads,
                                          Path(args.cache_dir)))
    translate_document(paragraphs, "en", translator)
    print(json.dumps({"peak_rss_mb": vm_hwm_mb(),
                      "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=48)
    parser.add_argument("--out-tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=None, help="default: CPUs available to this process")
    parser.add_argument("--beams", type=int, nargs="+", default=[4, 1], help="beam sizes to run (default 4 1)")
    parser.add_argument("--engines", nargs="+", default=["transformers", "ctranslate2"],
                        choices=["transformers", "ctranslate2"], help="engines to run (default both)")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    parser.add_argument("--workdir", default=None, help="where the model is built (default: a temp dir)")
    parser.add_argument("--ntrex", type=int, default=0, metavar="DOCS",
                        help="local runner vs raw CTranslate2 sweep on DOCS NTREX documents per language (issue 13)")
    parser.add_argument("--ntrex-langs", nargs="+", default=["nl"], choices=sorted(NTREX_LANGS),
                        help="--ntrex: languages of the folder (nl: opus-mt-nl-en shape, ar: opus-mt-tc-big-ar-en "
                             "shape); several make a mixed folder, one model per language")
    parser.add_argument("--eval-dir", default=None, help="eval data folder (default: see scripts/evaldata.py)")
    parser.add_argument("--layouts", nargs="+", default=["2x1", "1x2"], help="--ntrex: inter x intra threads")
    parser.add_argument("--budgets", type=int, nargs="+", default=[1024, 2048, 4096],
                        help="--ntrex: raw token budgets (max_batch_size, batch_type=tokens)")
    parser.add_argument("--batch-articles", type=int, default=32, help="--ntrex: articles per process_many call")
    parser.add_argument("--child-peak", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-runner-peak", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--model-dir", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from translate.threads import available_cpus

    args.threads = args.threads or available_cpus()
    if args.child_peak:
        peak_memory_child(args)
        return 0
    if args.child_runner_peak:
        runner_peak_child(args)
        return 0

    from translate import load_translator, translate_document

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-translate-"))
    if args.ntrex:
        return bench_ntrex(args, work)
    model_dir = build_model(work / "opus-mt-shape")
    cache_dir = work / "hf-cache"
    import torch

    params = sum(p.numel() for p in __import__("transformers").MarianMTModel.from_pretrained(
        str(model_dir)).parameters())
    paragraphs, pieces = paragraphs_and_sentences(args.sentences)
    target_tokens = len(pieces) * args.out_tokens
    print(f"model: opus-mt shape, {params / 1e6:.1f}M parameters, vocab {VOCAB}; "
          f"{len(pieces)} sentences, {target_tokens} target tokens per pass (forced length {args.out_tokens}); "
          f"threads {args.threads}; torch {torch.__version__}, "
          f"ctranslate2 {__import__('ctranslate2').__version__}; {platform.processor() or platform.machine()}",
          flush=True)

    results: dict[tuple[str, int], dict[str, float]] = {}
    raw_call = {"transformers": raw_transformers, "ctranslate2": raw_ctranslate2}
    for beam in args.beams:
        loaded = {engine: load_translator(settings(model_dir, engine, beam, args.out_tokens, args.threads, cache_dir))
                  for engine in args.engines}
        runs = {}
        for engine in args.engines:
            runs[f"raw {engine}"] = lambda e=engine, b=beam: raw_call[e](loaded[e], pieces, b, args.out_tokens)
            runs[f"newsbrief/{engine}"] = lambda e=engine: translate_document(paragraphs, "en", loaded[e])
        for fn in runs.values():  # warm-up: first-call allocations, thread pools
            fn()
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeats):  # interleaved, so drift on the shared machine hits all alike
            for name, fn in runs.items():
                times[name].append(timed(fn))
        for name, ts in times.items():
            best, med = min(ts), statistics.median(ts)
            results[(name, beam)] = {"seconds": best, "tokens_per_s": target_tokens / best, "median_s": med}
            print(f"beam {beam}  {name:24s} best {best:6.2f} s  {target_tokens / best:7.1f} tokens/s   "
                  f"median {med:6.2f} s  {target_tokens / med:7.1f} tokens/s  "
                  f"(runs: {', '.join(f'{t:.2f}' for t in ts)})", flush=True)

    # Ratios use the best of the repeats: other processes on a shared machine only ever add time, so the
    # minimum is the least disturbed measurement (medians are printed above for comparison).
    print()
    for beam in args.beams:
        r = {name: results[(name, beam)]["tokens_per_s"] for name, b in results if b == beam}
        if len(args.engines) == 2:
            print(f"beam {beam}: CTranslate2 int8 vs transformers fp32 (newsbrief pipeline): "
                  f"{r['newsbrief/ctranslate2'] / r['newsbrief/transformers']:.2f}x; raw: "
                  f"{r['raw ctranslate2'] / r['raw transformers']:.2f}x")
        for engine in args.engines:
            overhead = results[(f"newsbrief/{engine}", beam)]["seconds"] / results[(f"raw {engine}", beam)]["seconds"] - 1
            print(f"beam {beam}: newsbrief overhead over raw {engine}: {overhead * 100:+.1f}%")
    for engine in ([] if args.no_memory else ("ctranslate2", "transformers")):
        out = subprocess.run(
            [sys.executable, __file__, "--child-peak", "--engine", engine, "--model-dir", str(model_dir),
             "--cache-dir", str(cache_dir), "--sentences", str(args.sentences), "--out-tokens",
             str(args.out_tokens), "--threads", str(args.threads)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        mem = json.loads(out.stdout.strip().splitlines()[-1])
        label = "CTranslate2 int8" if engine == "ctranslate2" else "transformers fp32"
        print(f"peak memory, {label} (fresh process: load + translate the set): VmHWM {mem['peak_rss_mb']:.0f} MB "
              f"(ru_maxrss {mem['ru_maxrss_mb']:.0f} MB, inherited from this process across exec)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
