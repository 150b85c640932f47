"""Train small sentencepiece models for the tiny test models (shared by translation and summary builders).

Real models (opus-mt, NLLB, BART-with-spm) ship `.spm`/`.model` files trained by sentencepiece; the tiny
test models use the same format so the real tokenizer classes load them. Training corpora here are tiny
(the seeds plus a few sentences), so the vocabulary limit is soft: sentencepiece would otherwise refuse a
`vocab_size` larger than the corpus supports.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable


def train_sentencepiece(texts: list[str] | Iterable[str], model_prefix: Path, vocab_size: int, **kw) -> Path:
    """Train a sentencepiece model from `texts`; returns the path of `<model_prefix>.model`.

    `model_prefix` is a path without extension (``out/source`` -> ``out/source.model`` and ``.vocab``).
    Extra keyword arguments go straight to ``SentencePieceTrainer.train`` and override the defaults
    below (e.g. ``user_defined_symbols=["nld_Latn"]``, ``model_type="bpe"``, ``pad_id=1``).
    """
    import sentencepiece as spm  # deferred: only the builders need it

    model_prefix = Path(model_prefix)
    model_prefix.parent.mkdir(parents=True, exist_ok=True)
    lines = [line.strip() for text in texts for line in str(text).splitlines() if line.strip()]
    if not lines:
        raise ValueError("train_sentencepiece needs at least one non-empty line of text")
    options = dict(
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,      # tiny corpora cannot always fill vocab_size; take what they give
        character_coverage=1.0,      # keep every Arabic/Latin character seen: tests must round-trip text
        byte_fallback=True,          # unseen characters become bytes, never <unk>, so nothing is lost
        num_threads=1,               # the dev machine has 2 shared cores
        minloglevel=2,               # quiet: sentencepiece logs to stderr otherwise
    )
    options.update(kw)
    try:
        spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_prefix=str(model_prefix), **options)
    except RuntimeError as exc:
        # "Vocabulary size is smaller than required_chars. 300 vs 373": every character (plus the 256
        # byte-fallback pieces) needs an id; grow the vocabulary to fit rather than fail on a tiny corpus.
        match = re.search(r"smaller than required_chars\. (\d+) vs (\d+)", str(exc))
        if not match:
            raise
        options["vocab_size"] = int(match.group(2)) + max(16, vocab_size // 4)
        spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_prefix=str(model_prefix), **options)
    path = model_prefix.with_name(model_prefix.name + ".model")
    if not path.is_file():
        raise RuntimeError(f"sentencepiece did not write {path}")
    return path
