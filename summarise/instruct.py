"""Abstractive Key Takeaways from a small instruction-tuned chat model (e.g. Qwen/Qwen2.5-1.5B-Instruct).

The prompt asks for exactly N takeaways in the house style (one per line, 8-20 words, names and numbers kept,
only facts from the article) and goes through the tokenizer's own chat template (`apply_chat_template`), so any
chat model with a template works. Decoding is greedy: deterministic, and sampling buys nothing for summaries.
The answer is parsed by `summarise.parsing`; long articles are chunked like the seq2seq path.
"""

from __future__ import annotations

from summarise.abstractive import AbstractiveSummariser
from summarise.errors import SummariserFailed
from summarise.parsing import parse_takeaways

SYSTEM_PROMPT = "You write Key Takeaways for news articles. You only state facts that are in the article."
USER_PROMPT = (
    "Write exactly {n} Key Takeaways for the news article below.\n"
    "Rules: one takeaway per line, each starting with \"- \"; 8 to 20 words each; one point per takeaway; the most "
    "important first; keep names and numbers exactly as in the article; no repetition; no introduction and no "
    "closing remarks.\n\n"
    "{title}Article:\n{article}"
)
TOKENS_PER_BULLET = 48  # 20 words ≈ 30 tokens, plus marker and slack


def max_new_tokens(n: int) -> int:
    return TOKENS_PER_BULLET * n + 16


class InstructSummariser(AbstractiveSummariser):
    kind = "instruct"
    auto_model_class = "AutoModelForCausalLM"
    default_max_input_tokens = 8192

    def __init__(self, model, tokenizer, **kw) -> None:
        super().__init__(model, tokenizer, **kw)
        # the prompt without an article (a 40-word title allowed for), measured once with the real template
        self._overhead = len(self._prompt_ids("", 10, "Xx " * 40)[0])

    @classmethod
    def check_tokenizer(cls, tokenizer, source: str) -> None:
        if not getattr(tokenizer, "chat_template", None):
            raise SummariserFailed(f"{source} has no chat template; the instruct summariser needs a chat model")

    def _messages(self, article: str, n: int, title: str | None) -> list[dict]:
        user = USER_PROMPT.format(n=n, title=f"Title: {title}\n\n" if title else "", article=article)
        return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]

    def _prompt_ids(self, article: str, n: int, title: str | None):
        enc = self.tokenizer.apply_chat_template(self._messages(article, n, title), add_generation_prompt=True,
                                                 tokenize=True, return_dict=True, return_tensors="pt")
        return enc["input_ids"]

    def chunk_budget(self, n: int = 10) -> int:
        context = min(self.max_input_tokens,
                      getattr(self.model.config, "max_position_embeddings", None) or self.max_input_tokens)
        budget = context - self._overhead - max_new_tokens(n)
        if budget < 32:
            raise SummariserFailed(
                f"{self.source}: a context of {context} tokens leaves no room for the article after the prompt and "
                f"{max_new_tokens(n)} answer tokens; raise max_input_tokens in models.yaml or ask for fewer bullets"
            )
        return budget

    def generate(self, chunk_text: str, n: int, title: str | None) -> str:
        import torch

        enc = self.tokenizer.apply_chat_template(self._messages(chunk_text, n, title), add_generation_prompt=True,
                                                 tokenize=True, return_dict=True, return_tensors="pt").to(self.device)
        prompt_len = int(enc["input_ids"].shape[1])
        with torch.inference_mode():
            output = self.model.generate(**enc, generation_config=self._greedy(n))
        return self.tokenizer.decode(output[0][prompt_len:], skip_special_tokens=True)

    def decoding(self) -> dict:
        c = self._greedy(1)
        return {"do_sample": False, "repetition_penalty": c.repetition_penalty,
                "max_new_tokens": f"{TOKENS_PER_BULLET} per bullet + 16"}

    def _greedy(self, n: int):
        """The model's own generation settings (eos ids, repetition penalty) made greedy.

        Chat models ship sampling defaults (Qwen2.5: temperature 0.7, top_p 0.8); clearing them rather than
        overriding do_sample alone keeps transformers from warning that they are ignored.
        """
        import copy

        config = copy.deepcopy(self.model.generation_config)
        config.do_sample = False
        config.temperature = None
        config.top_p = None
        config.top_k = None
        config.max_new_tokens = max_new_tokens(n)
        config.max_length = None
        if config.pad_token_id is None:
            config.pad_token_id = self.tokenizer.pad_token_id
        return config

    def candidates(self, generated: str) -> list[str]:
        return parse_takeaways(generated)
