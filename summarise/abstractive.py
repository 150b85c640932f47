"""What the model-based summarisers share: chunk → generate → merge → bullets → evidence → guard → fill-in.

A subclass says how to count tokens, how much article fits one call, how to generate for one chunk and how to
turn the model's text into candidate sentences. This class does the rest, identically for seq2seq and instruct:

* the article is split into balanced chunks at sentence boundaries (`chunking`), never truncated;
* every chunk is summarised; all candidates go through the faithfulness guard (`faithfulness`), twice: their numbers
  and names must occur in the article, and then their numbers, names and negation must be supported by the
  sentences they are linked to as evidence (a generated "did not" over a sentence that says it did, a figure from
  another paragraph); a candidate with no supporting sentence, or one that breaks the bullet rules (an ending on a
  function word, an unclosed quote), goes too. Dropped ones are reported in warnings;
* the surviving candidates are merged by the extractive scorer (lead bias: earlier chunks and earlier sentences of
  each output first; MMR: repeats across chunks removed) into at most n bullets;
* each bullet gets evidence from lexical overlap with the article (`evidence`);
* if fewer than n remain, extractive bullets from sentences not already cited fill in (noted in warnings): a dropped
  generated bullet is replaced by an extractive one.
"""

from __future__ import annotations

from summarise.bullets import to_bullet
from summarise.chunking import Chunk, chunk_sentences
from summarise.evidence import EvidenceIndex
from summarise.extractive import ExtractiveConfig, ExtractiveSummariser
from summarise.errors import SummariserFailed
from summarise.faithfulness import ArticleFacts, check_bullet, filter_bullets, unsupported_by_evidence
from summarise.loading import pick_device, pull_hint, quiet_transformers, resolve_model_dir
from summarise.text import content_terms
from summarise.types import AUTO_MAX_BULLETS, AUTO_MIN_BULLETS, Bullet, Summary, SummaryInput, check_bullet_count

# a filled-in extractive bullet must not repeat a kept one: share of content words above which it is a repeat
REPEAT_OVERLAP = 0.5


class AbstractiveSummariser:
    kind = "abstractive"
    #: the transformers Auto class that loads the model, and the input limit when the registry gives none
    auto_model_class = ""
    default_max_input_tokens = 1024

    @classmethod
    def load(cls, source: str, *, revision: str | None = None, device: str = "auto",
             max_input_tokens: int | None = None, cache_dir: str | None = None, local_files_only: bool = False,
             name: str | None = None):
        """Resolve (cache first, then the hub) and load the model and tokenizer; remote code never runs."""
        path = resolve_model_dir(source, revision=revision, cache_dir=cache_dir, local_files_only=local_files_only,
                                 name=name)
        device = pick_device(device)
        quiet_transformers()
        import torch
        import transformers

        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(path, trust_remote_code=False)
            # CPU: float32 (bfloat16 matmuls are slow on most CPUs); GPU: the checkpoint's own dtype
            model = getattr(transformers, cls.auto_model_class).from_pretrained(
                path, trust_remote_code=False, dtype="auto" if device == "cuda" else torch.float32)
        except (OSError, ValueError) as exc:
            raise SummariserFailed(f"cannot load {cls.kind} summariser from {path}: {exc}; the files may be damaged: "
                                   f"{pull_hint(name)}") from None
        cls.check_tokenizer(tokenizer, source)
        model.to(device)
        model.eval()
        return cls(model, tokenizer, source=source, revision=revision, device=device, path=str(path),
                   max_input_tokens=max_input_tokens or cls.default_max_input_tokens)

    @classmethod
    def check_tokenizer(cls, tokenizer, source: str) -> None:
        """Refuse a tokenizer the subclass cannot work with (raise SummariserFailed); by default any will do."""

    def __init__(self, model, tokenizer, *, source: str, revision: str | None, device: str, path: str,
                 max_input_tokens: int, max_words: int = 25) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
        self.revision = revision
        self.device = device
        self.path = path
        self.max_input_tokens = max_input_tokens
        self.max_words = max_words  # model sentences are already short; trim only real run-ons
        self._extractive = ExtractiveSummariser()
        # merging candidates: model sentences are short and clean, so no minimum-length filter
        self._merger = ExtractiveSummariser(ExtractiveConfig(min_words=3))
        self.last_chunks: list[Chunk] = []  # for describe()/tests: how the last article was split

    def count_tokens(self, text: str) -> int:
        """Tokens of article text, without the special tokens a model call adds once (the chunk budget leaves room
        for those): the same for the seq2seq and the instruct models."""
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    # --- to be provided by subclasses -------------------------------------------------------

    def chunk_budget(self, n: int = 10) -> int:
        """Tokens of article text one model call can take when asking for `n` bullets."""
        raise NotImplementedError

    def generate(self, chunk_text: str, n: int, title: str | None) -> str:
        raise NotImplementedError

    def candidates(self, generated: str) -> list[str]:
        raise NotImplementedError

    def generate_many(self, chunk_texts: list[str], n: int, title: str | None) -> list[str]:
        """One model output per chunk, in order (subclasses may batch)."""
        return [self.generate(text, n, title) for text in chunk_texts]

    # --- shared --------------------------------------------------------------------------------

    def decoding(self) -> dict:
        """The generation settings in force, for the record's `models` entry."""
        return {}

    def describe(self) -> dict:
        return {"kind": self.kind, "model": self.source, "revision": self.revision, "device": self.device,
                "path": self.path, "chunk_tokens": self.chunk_budget(AUTO_MAX_BULLETS), "decoding": self.decoding()}

    def summarise(self, doc: SummaryInput, n: int | None = None) -> Summary:
        # n=None (adaptive): ask for the most, let the merge keep an editor-length set, fill in up to the least
        forced = n
        if n is not None:
            check_bullet_count(n)
        n = n if n is not None else AUTO_MAX_BULLETS
        if not any(s.strip() for s in doc.sentences):
            return Summary(takeaways=[], warnings=["no English sentences to summarise"])
        warnings: list[str] = []
        budget = self.chunk_budget(n)
        chunks = chunk_sentences(doc.sentences, self.count_tokens, budget)
        self.last_chunks = chunks
        if len(chunks) > 1:
            warnings.append(
                f"article longer than the model's input ({budget} tokens): summarised in {len(chunks)} chunks and "
                "merged, nothing truncated"
            )
        texts: list[str] = []
        groups: list[int] = []  # chunk of each candidate
        outputs = self.generate_many([chunk.text for chunk in chunks], n, doc.title)
        for k, generated in enumerate(outputs):
            for sentence in self.candidates(generated):
                bullet = to_bullet(sentence, self.max_words)
                if bullet and bullet not in texts:  # chunks often yield the same sentence: keep the first
                    texts.append(bullet)
                    groups.append(k)
        facts = ArticleFacts(doc.sentences, doc.title)
        kept_texts, dropped = filter_bullets(texts, facts)
        warnings.extend(dropped)
        kept_texts, dropped = self._guard(kept_texts, doc)
        warnings.extend(dropped)
        passed = set(kept_texts)
        kept_groups = [g for t, g in zip(texts, groups) if t in passed]
        bullets = self._merge(kept_texts, kept_groups, doc, forced)
        want = forced if forced is not None else AUTO_MIN_BULLETS
        if len(bullets) < want:
            added = self._fill_in(bullets, doc, want)
            if added:
                warnings.append(f"{added} takeaway(s) filled in by the extractive summariser "
                                "(the model gave fewer usable ones than asked)")
        return Summary(takeaways=bullets, warnings=warnings)

    def _merge(self, texts: list[str], groups: list[int], doc: SummaryInput, n: int | None) -> list[Bullet]:
        if not texts:
            return []
        merged = SummaryInput(sentences=texts, paragraphs=groups, title=doc.title)
        order = self._merger.select(merged, n)
        index = EvidenceIndex(doc.sentences)
        return [Bullet(text=texts[i], evidence=index.link(texts[i])) for i in order]

    def _fill_in(self, bullets: list[Bullet], doc: SummaryInput, n: int) -> int:
        cited = {i for b in bullets for i in b.evidence}
        kept_terms = [set(content_terms(b.text)) for b in bullets]
        added = 0
        # a generous pool: some candidates will be skipped as already cited or repeating a kept bullet
        for i in self._extractive.select(doc, min(len(doc.sentences), 3 * n + 5)):
            if len(bullets) >= n:
                break
            if i in cited:
                continue
            text = self._extractive.bullet_text(doc.sentences[i])  # the extractive default's bullet, rescue included
            terms = set(content_terms(text))
            if any(terms and len(terms & k) / len(terms) > REPEAT_OVERLAP for k in kept_terms):
                continue
            bullets.append(Bullet(text=text, evidence=[i]))
            kept_terms.append(terms)
            added += 1
        return added

    def _guard(self, texts: list[str], doc: SummaryInput) -> tuple[list[str], list[str]]:
        """(generated bullets their evidence supports, one warning per dropped one)."""
        index = EvidenceIndex(doc.sentences)
        kept, warnings = [], []
        for text in texts:
            evidence = [doc.sentences[i] for i in index.link(text)]
            problems = unsupported_by_evidence(text, evidence)
            problems += [v.detail for v in check_bullet(text, evidence, extractive=False)]
            if problems:
                shown = ", ".join(repr(p) for p in problems[:4])
                warnings.append(f"dropped a generated takeaway not supported by its evidence ({shown}); an extractive "
                                f"one takes its place: {text!r}")
            else:
                kept.append(text)
        return kept, warnings
