"""Tiny random-weight translation models with the real file formats: Marian nl→en, ar→en and an NLLB (M2M100).

Marian (as Helsinki-NLP/opus-mt-*): source.spm + target.spm (sentencepiece), one shared vocab.json mapping
pieces to ids ("</s>" 0, "<unk>" 1, "<pad>" last), tokenizer_config.json, config.json, generation_config.json,
model.safetensors. NLLB (as facebook/nllb-200-*): sentencepiece.bpe.model converted to tokenizer.json by the
real NllbTokenizer, with the 202 FLORES language codes as special tokens, and an M2M100 config.

Weights are random: the outputs are garbage, but loading, tokenising, generation, CTranslate2 conversion,
batching and every bookkeeping step run exactly as with the real models. Sentencepiece models are trained on
the seeds (English) and the Dutch/Arabic sentences below, so real characters round-trip.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from tiny_models.spm import train_sentencepiece

REPO = Path(__file__).resolve().parents[2]

# Short news-like sentences so the source tokenizers know Dutch and Arabic characters and common pieces.
DUTCH = """\
Volgens dhr. Jansen is de prijs van energie o.a. door de oorlog gestegen.
Mevr. De Vries zei op 3 jan. 2024 dat het kabinet 1.500 miljoen euro extra uittrekt.
De minister van Defensie bezocht dinsdag de kazerne in Amersfoort.
Het Openbaar Ministerie eist vier jaar cel tegen de verdachte.
In Rotterdam werden gisteren 12 mensen aangehouden na rellen in het centrum.
De Tweede Kamer stemt volgende week over het voorstel.
Het aantal asielaanvragen daalde met 3,5 procent ten opzichte van vorig jaar.
Israël en Marokko ondertekenden een overeenkomst over militaire samenwerking.
De burgemeester riep de inwoners op om binnen te blijven.
Volgens het CBS groeide de economie in het tweede kwartaal met 0,7 procent.
""".splitlines()

ARABIC = """\
هل جاء الرئيس؟ نعم، جاء أمس إلى العاصمة.
قال وزير الخارجية إن الوضع صعب، لكنه مستقر.
في عام ٢٠٢٤ ارتفع عدد اللاجئين إلى ١٬٥٠٠ شخص.
وقعت إسرائيل والمغرب اتفاقية للتعاون العسكري في الرباط.
أعلنت الحكومة عن خطة جديدة لدعم الاقتصاد؛ وتبلغ قيمتها ٣ مليارات دولار.
أكد المتحدث باسم الجيش أن العملية انتهت — دون خسائر.
ما هو موقف الاتحاد الأوروبي من هذه القضية؟
اجتمع مجلس الأمن الدولي يوم الثلاثاء لمناقشة الأزمة.
""".splitlines()


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def _marian_vocab(*spm_paths: Path) -> dict[str, int]:
    """The shared opus-mt vocab.json: </s> 0, <unk> 1, every piece of both spm models, <pad> last."""
    import sentencepiece as spm

    vocab = {"</s>": 0, "<unk>": 1}
    for path in spm_paths:
        proc = spm.SentencePieceProcessor(model_file=str(path))
        for i in range(proc.get_piece_size()):
            piece = proc.id_to_piece(i)
            if piece in ("<s>", "</s>", "<unk>", "<pad>"):
                continue
            vocab.setdefault(piece, len(vocab))
    vocab["<pad>"] = len(vocab)
    return vocab


def build_marian(outdir: Path, source_texts: list[str], source_lang: str, *, d_model: int = 16, layers: int = 1,
                 ffn: int = 32, heads: int = 2, vocab_size: int = 400, seed: int = 0,
                 target_texts: list[str] | None = None) -> Path:
    """Write a tiny MarianMT model (source_lang → en) to `outdir`; returns `outdir`."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = train_sentencepiece(source_texts, Path(tmp) / "source", vocab_size)
        tgt = train_sentencepiece(target_texts or seed_texts(), Path(tmp) / "target", vocab_size)
        shutil.copy(src, outdir / "source.spm")
        shutil.copy(tgt, outdir / "target.spm")
    vocab = _marian_vocab(outdir / "source.spm", outdir / "target.spm")
    (outdir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=1), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(outdir / "source.spm"), target_spm=str(outdir / "target.spm"), vocab=str(outdir / "vocab.json"),
        source_lang=source_lang, target_lang="en", model_max_length=512,
    )
    tokenizer.save_pretrained(outdir)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), decoder_vocab_size=len(vocab), d_model=d_model,
        encoder_layers=layers, decoder_layers=layers, encoder_attention_heads=heads, decoder_attention_heads=heads,
        encoder_ffn_dim=ffn, decoder_ffn_dim=ffn, max_position_embeddings=512, activation_function="swish",
        scale_embedding=True, share_encoder_decoder_embeddings=True, static_position_embeddings=True,
        pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0,
        bad_words_ids=[[pad]], num_beams=4, max_length=512,
        architectures=["MarianMTModel"],
        # 10x the default init: with d_model 16 the default gives near-uniform logits, every input then decodes
        # to the same string and float ties flip between engines; sharper logits make outputs input-dependent
        init_std=0.2,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(outdir)
    return outdir


def build_nllb(outdir: Path, texts: list[str], *, d_model: int = 16, layers: int = 1, ffn: int = 32,
               heads: int = 2, vocab_size: int = 500, seed: int = 0) -> Path:
    """Write a tiny NLLB-200-shaped M2M100 model (any FLORES code → any) to `outdir`; returns `outdir`."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # NLLB's sentencepiece model is BPE without byte fallback; the real tokenizer converts it to tokenizer.json
        spm_path = train_sentencepiece(texts, Path(tmp) / "sentencepiece.bpe", vocab_size, model_type="bpe",
                                       byte_fallback=False)
        tokenizer = NllbTokenizer.from_pretrained(tmp, extra_special_tokens=list(FAIRSEQ_LANGUAGE_CODES))
        tokenizer.save_pretrained(outdir)
        shutil.copy(spm_path, outdir / "sentencepiece.bpe.model")
    config = M2M100Config(
        vocab_size=len(tokenizer), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=1024, scale_embedding=True, activation_function="relu",
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2,
        tokenizer_class="NllbTokenizer", architectures=["M2M100ForConditionalGeneration"], max_length=200,
        init_std=0.2,  # see build_marian
    )
    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config)
    model.save_pretrained(outdir)
    return outdir


def build_all(outdir: Path) -> dict[str, Path]:
    """Build the three tiny translation models under `outdir`; returns name -> directory."""
    outdir = Path(outdir)
    english = seed_texts()
    return {
        "marian-nl-en": build_marian(outdir / "marian-nl-en", DUTCH, "nl", seed=1),
        "marian-ar-en": build_marian(outdir / "marian-ar-en", ARABIC, "ar", seed=2),
        "nllb": build_nllb(outdir / "nllb", english + DUTCH + ARABIC, seed=3),
    }
