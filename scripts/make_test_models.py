"""Build the tiny test models (random weights, real file formats) into OUTDIR.

    python scripts/make_test_models.py OUTDIR

Translation: OUTDIR/marian-nl-en, OUTDIR/marian-ar-en, OUTDIR/nllb; summarisation: OUTDIR/bart-sum, OUTDIR/chat.
Tests build these once per session (tests/fixtures_translate.py, tests/fixtures_summarise.py); this script is for
looking at them by hand, or for trying the CLI on them through a models.yaml whose sources are these folders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so `tiny_models` imports without installing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=Path, help="folder to build the models in (created)")
    outdir = parser.parse_args(argv).outdir
    from tiny_models import summary, translation

    built = dict(translation.build_all(outdir))
    built.update(summary.build_all(outdir) or {})
    for name, path in built.items():
        print(f"{name}\t{path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
