"""Translation quality: BLEU and chrF++ (sacrebleu) of the configured models on FLORES-200 devtest and NTREX-128.

    python scripts/eval_translation.py                      # nl->en and ar->en, both sets, models.yaml routes
    python scripts/eval_translation.py --languages ar --sets flores200 --limit 200 --engine transformers
    python scripts/eval_translation.py --model nllb-200-distilled-600M   # score the fallback on nl and ar too

Needs the models (run `newsbrief models pull` on a connected machine first, or let this download them).
Reads ../shared/eval/mt (override: --eval-dir or NEWSBRIEF_EVAL_DIR=<dir containing mt/>); never copies it.
Each test line goes through newsbrief's own translate_document (sentence split, chunking, batching), as one
paragraph, so the score is the score of the pipeline, not only of the model. English is the original side
of all these sets (see mt/README.md): nld/arb->eng scores are somewhat optimistic for native news.
chrF++ is sacrebleu's CHRF with word_order=2, the scorer of the published numbers in DESIGN.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from evaldata import eval_root  # noqa: E402 - scripts/ is sys.path[0] when a script runs

SETS = {
    # name: {language: (source file, reference file)}
    "flores200": {"nl": ("flores200.devtest.nld", "flores200.devtest.eng"),
                  "ar": ("flores200.devtest.arb", "flores200.devtest.eng")},
    "ntrex128": {"nl": ("ntrex128.nld", "ntrex128.eng"), "ar": ("ntrex128.arb", "ntrex128.eng")},
    "tico19": {"ar": ("tico19-test.ara", "tico19-test.eng")},
}


def read_lines(path: Path, limit: int | None) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line.strip() for line in lines]  # upstream keeps some trailing spaces
    return lines[:limit] if limit else lines


def engine_settings(args, language: str):
    """EngineSettings from models.yaml (route for `language`, or --model), or a local --model-dir."""
    from translate import EngineSettings

    if args.model_dir:
        return EngineSettings(args.model_dir, None, args.family, engine=args.engine, device=args.device,
                              beam=args.beam or 4, src_code=args.src_code, name=Path(args.model_dir).name)
    from newsbrief.registry import load_registry

    registry = load_registry(args.models)
    if args.model:
        model = registry.translation_models[args.model]
        code = model.language_codes.get(language) if model.family == "nllb" else None
    else:
        route = registry.route(language)
        model, code = route.model, route.source_code
    return EngineSettings(model.source, model.revision, model.family, engine=args.engine, device=args.device,
                          beam=args.beam or registry.defaults.beam, src_code=code, tgt_code=model.target_code,
                          max_input_tokens=model.max_input_tokens, name=model.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--languages", nargs="+", default=["nl", "ar"], choices=["nl", "ar"])
    parser.add_argument("--sets", nargs="+", default=["flores200", "ntrex128"], choices=sorted(SETS))
    parser.add_argument("--eval-dir", help="folder containing mt/ (default ../shared/eval or NEWSBRIEF_EVAL_DIR)")
    parser.add_argument("--models", help="models.yaml to use (default: the packaged one / NEWSBRIEF_MODELS)")
    parser.add_argument("--model", help="evaluate this registry model instead of each language's route")
    parser.add_argument("--model-dir", help="evaluate a local model directory (smoke tests)")
    parser.add_argument("--family", default="marian", choices=["marian", "nllb"], help="with --model-dir")
    parser.add_argument("--src-code", help="NLLB source code, with --model-dir")
    parser.add_argument("--engine", default="auto", choices=["auto", "ctranslate2", "transformers"])
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--beam", type=int, default=None)
    parser.add_argument("--limit", type=int, default=None, help="first N lines of each set only")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    import sacrebleu

    from translate import TranslateError, load_translator, translate_document

    mt = eval_root(args.eval_dir) / "mt"
    if not mt.is_dir():
        print(f"no evaluation data at {mt}; pass --eval-dir or set NEWSBRIEF_EVAL_DIR", file=sys.stderr)
        return 2
    rows = []
    for language in args.languages:
        settings = engine_settings(args, language)
        try:
            translator = load_translator(settings)
        except TranslateError as exc:
            print(f"{language}: {exc}", file=sys.stderr)
            return 2
        info = translator.describe()
        for set_name in args.sets:
            if language not in SETS[set_name]:
                continue
            src_name, ref_name = SETS[set_name][language]
            sources = read_lines(mt / src_name, args.limit)
            refs = read_lines(mt / ref_name, args.limit)
            start = time.perf_counter()
            doc = translate_document(sources, language, translator, min_score=-1.5)
            seconds = time.perf_counter() - start
            hyps = doc.paragraphs_en
            bleu = sacrebleu.corpus_bleu(hyps, [refs])
            chrf = sacrebleu.CHRF(word_order=2).corpus_score(hyps, [refs])
            row = {"language": language, "set": set_name, "lines": len(sources), "model": info["model"],
                   "revision": info.get("revision"), "engine": info["engine"], "compute_type": info["compute_type"],
                   "beam": info["beam"], "bleu": round(bleu.score, 1), "chrf++": round(chrf.score, 1),
                   "seconds": round(seconds, 1), "warnings": len(doc.warnings)}
            rows.append(row)
            print(f"{language}->en {set_name:10s} {len(sources):5d} lines  BLEU {row['bleu']:5.1f}  "
                  f"chrF++ {row['chrf++']:5.1f}  {info['model']} ({info['engine']} {info['compute_type']}, "
                  f"beam {info['beam']})  {seconds:.0f} s, {row['warnings']} warnings", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
