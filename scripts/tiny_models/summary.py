"""Tiny random-weight summarisation models with the real file formats: a BART (seq2seq) and a Qwen2 chat model.

BART (as sshleifer/distilbart-cnn-12-6): byte-level BPE vocab.json + merges.txt (+ tokenizer.json written by the
real RobertaTokenizer), config.json, generation_config.json, model.safetensors. Qwen2 (as
Qwen/Qwen2.5-1.5B-Instruct): byte-level BPE with <|endoftext|>, <|im_start|>, <|im_end|> and Qwen's ChatML
chat template, a Qwen2 causal-LM config, model.safetensors.

Byte-level BPE is trained in-process with the `tokenizers` library on the seeds, so real characters round-trip.
Position limits are small on purpose (BART 128 tokens, Qwen2 1024 with a prompt of ~200 and room for the answer) so a seed-sized article already needs the
chunk-summarise-merge path. Weights are random: outputs are garbage, but loading, chat templating, generation,
chunking, parsing, evidence linking and the faithfulness guard run exactly as with the real models.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Qwen2.5's ChatML template, without the tool-calling branches (the summariser never passes tools)
CHATML_TEMPLATE = (
    "{%- if messages[0]['role'] == 'system' %}"
    "{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}"
    "{%- else %}"
    "{{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- for message in messages %}"
    "{%- if message['role'] != 'system' %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def train_byte_bpe(texts: list[str], outdir: Path, vocab_size: int, special_tokens: list[str]) -> tuple[Path, Path]:
    """Train a byte-level BPE (GPT-2/RoBERTa/Qwen style) and write vocab.json + merges.txt to `outdir`."""
    from tokenizers import ByteLevelBPETokenizer

    outdir.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer(add_prefix_space=False)
    bpe.train_from_iterator(texts, vocab_size=vocab_size, min_frequency=1, special_tokens=special_tokens,
                            show_progress=False)
    bpe.save_model(str(outdir))
    return outdir / "vocab.json", outdir / "merges.txt"


def build_bart(outdir: Path, *, d_model: int = 16, layers: int = 1, ffn: int = 32, heads: int = 2,
               vocab_size: int = 600, max_positions: int = 128, seed: int = 0) -> Path:
    """Write a tiny BART summariser to `outdir`; returns `outdir`."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, GenerationConfig, RobertaTokenizer

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # BART's special tokens and their ids: <s> 0, <pad> 1, </s> 2, <unk> 3, <mask> last
        vocab_file, merges_file = train_byte_bpe(seed_texts(), Path(tmp), vocab_size,
                                                 ["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
        vocab = json.loads(vocab_file.read_text(encoding="utf-8"))
        merges = [tuple(line.split()) for line in merges_file.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]
    tokenizer = RobertaTokenizer(vocab=vocab, merges=merges, model_max_length=max_positions)
    tokenizer.save_pretrained(outdir)
    config = BartConfig(
        vocab_size=len(tokenizer), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions, bos_token_id=0, pad_token_id=1, eos_token_id=2,
        decoder_start_token_id=2, forced_bos_token_id=0, forced_eos_token_id=2,
        architectures=["BartForConditionalGeneration"],
    )
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(config)
    # distilbart-cnn's decoding settings, scaled down (it uses max_length 142, min_length 56, beams 4)
    model.generation_config = GenerationConfig(
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2, forced_bos_token_id=0,
        forced_eos_token_id=2, num_beams=2, max_length=20, min_length=4, no_repeat_ngram_size=3,
        length_penalty=2.0, early_stopping=True,
    )
    model.save_pretrained(outdir)
    return outdir


def build_chat(outdir: Path, *, hidden: int = 16, layers: int = 1, ffn: int = 32, heads: int = 2,
               vocab_size: int = 600, max_positions: int = 1024, seed: int = 0) -> Path:
    """Write a tiny Qwen2-shaped chat model (ChatML template) to `outdir`; returns `outdir`."""
    import torch
    from transformers import GenerationConfig, Qwen2Config, Qwen2ForCausalLM, Qwen2Tokenizer

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    with tempfile.TemporaryDirectory() as tmp:
        vocab_file, merges_file = train_byte_bpe(seed_texts(), Path(tmp), vocab_size, specials)
        vocab = json.loads(vocab_file.read_text(encoding="utf-8"))
        merges = [tuple(line.split()) for line in merges_file.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]
    tokenizer = Qwen2Tokenizer(vocab=vocab, merges=merges, unk_token=None, bos_token=None,
                               eos_token="<|im_end|>", pad_token="<|endoftext|>", model_max_length=max_positions)
    tokenizer.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    tokenizer.chat_template = CHATML_TEMPLATE
    tokenizer.save_pretrained(outdir)
    eos = tokenizer.convert_tokens_to_ids("<|im_end|>")
    pad = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=ffn, num_hidden_layers=layers,
        num_attention_heads=heads, num_key_value_heads=1, max_position_embeddings=max_positions,
        tie_word_embeddings=True, bos_token_id=pad, eos_token_id=eos, pad_token_id=pad,
        architectures=["Qwen2ForCausalLM"],
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    model.generation_config = GenerationConfig(bos_token_id=pad, eos_token_id=[eos, pad], pad_token_id=pad,
                                               do_sample=False, max_new_tokens=64)
    model.save_pretrained(outdir)
    return outdir


def build_all(outdir: Path) -> dict[str, Path]:
    """Build the tiny summarisation models under `outdir`; returns name -> directory."""
    outdir = Path(outdir)
    return {
        "bart-sum": build_bart(outdir / "bart-sum", seed=4),
        "chat": build_chat(outdir / "chat", seed=5),
    }
