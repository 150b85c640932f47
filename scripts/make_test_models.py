"""Build the tiny test models (random weights, real file formats) into OUTDIR.

    python scripts/make_test_models.py OUTDIR

Translation: OUTDIR/marian-nl-en, OUTDIR/marian-ar-en, OUTDIR/nllb. Summarisation models are added by
scripts/tiny_models/summary.py:build_all when that module exists. Tests build these once per session
(tests/fixtures_translate.py); this script is for looking at them by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so `tiny_models` imports without installing

from tiny_models import translation  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    built = dict(translation.build_all(outdir))
    if importlib.util.find_spec("tiny_models.summary") is not None:
        from tiny_models import summary

        built.update(summary.build_all(outdir) or {})
    for name, path in built.items():
        print(f"{name}\t{path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
