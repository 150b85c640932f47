#!/usr/bin/env python
"""Experiment (issue 10): does a neural model that reads a page's whole line sequence beat the context model?

Not part of the package: it answers whether a small bidirectional GRU (or a dilated 1-D CNN) over each page's line
vectors (vectors.FEATURE_NAMES, standardised, plus the fold's context-model logit) decides the lines better than
the two logistic regressions of learned.py. Everything runs in one process on the rows cached by
scripts/fit_normaliser.py (`--cache`, the same pickle the CV wrote), with the CV's folds (site_group, group_folds)
and the CV's fold models (`fit_models`): per fold, the network is trained on the other folds' pages with the LR's
word weights (row[2]) and binary cross-entropy, then the fold's test pages are decided

* base: the fold's shipped pipeline (content_probabilities -> page_keep); must reproduce the CV's numbers;
* <net>_pk: the same page_keep (page layer, sequence decoder, fallback, sliver rule) with the network's
  probability in place of the context model's (the page layer as fitted on the LR's probabilities);
* <net>_pkre: the same, with the page layer refitted on the network's in-sample probabilities of the training pages;
* <net>_simple / lr_simple: keep where p >= 0.5 where the rules let the model decide (fixed is None), else the rules;

and every decision is scored with prf on the emitted text against gold_text, exactly as fit_normaliser scores it.
Printed: per dataset, 5 folds / folds 2-4 (held out) / folds 0-1 (where settings may be chosen).

    NEWSBRIEF_EVAL_DIR=/work/shared/eval nice -n 5 .venv/bin/python scripts/nn_experiment.py \
        --cache /work/scratch/s28/base.pkl --out /work/scratch/s28/nn28_pp.jsonl
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import fit_normaliser as fn  # noqa: E402
from newsbrief.normalise.learned import _logit, content_probabilities  # noqa: E402 - the context model's own logit

import torch  # noqa: E402
from torch import nn  # noqa: E402


class SeqGRU(nn.Module):
    """Bidirectional GRU over the page's lines; the output adds a learned correction to a scaled LR logit.

    Two one-way GRUs on padded batches (the backward one on each page reversed within its own length): packed
    sequences cost four to ten times as much per step on a CPU."""

    def __init__(self, n_in: int, hidden: int, layers: int):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.fwd = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.bwd = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(3 * hidden, 1)
        self.skip = nn.Parameter(torch.tensor(1.0))

    def forward(self, x, lengths, logit):
        h = torch.tanh(self.inp(x))
        t = torch.arange(x.shape[1])[None, :]
        rev = torch.where(t < lengths[:, None], lengths[:, None] - 1 - t, t)  # index of each step, reversed in length
        rev3 = rev[:, :, None].expand(-1, -1, h.shape[2])
        f, _ = self.fwd(h)
        b, _ = self.bwd(torch.gather(h, 1, rev3))
        b = torch.gather(b, 1, rev3)
        return self.head(torch.cat([f, b, h], -1)).squeeze(-1) + self.skip * logit


class SeqCNN(nn.Module):
    """Dilated 1-D CNN (receptive field about ±30 lines) with residual blocks; same output form as SeqGRU."""

    def __init__(self, n_in: int, hidden: int, dilations=(1, 2, 4, 8, 16)):
        super().__init__()
        self.inp = nn.Conv1d(n_in, hidden, 1)
        self.convs = nn.ModuleList(nn.Conv1d(hidden, hidden, 3, padding=d, dilation=d) for d in dilations)
        self.head = nn.Conv1d(hidden, 1, 1)
        self.skip = nn.Parameter(torch.tensor(1.0))

    def forward(self, x, lengths, logit):
        mask = (torch.arange(x.shape[1])[None, :] < lengths[:, None]).float()[:, None, :]
        h = torch.tanh(self.inp(x.transpose(1, 2))) * mask
        for conv in self.convs:
            h = (h + torch.relu(conv(h))) * mask
        return self.head(h).squeeze(1) + self.skip * logit


def tensors(rows, idx, probs, mean, scale):
    """Per page: (standardised vectors [n, f], LR logit [n], labels [n], weights [n])."""
    out = {}
    for k in idx:
        v = torch.tensor(rows[k][0], dtype=torch.float32)
        out[k] = ((v - mean) / scale, torch.tensor([_logit(p) for p in probs[k]], dtype=torch.float32),
                  torch.tensor(rows[k][1], dtype=torch.float32), torch.tensor(rows[k][2], dtype=torch.float32))
    return out


def batches(idx, data, size, shuffle_gen=None, crop=0):
    """Pages sorted by length into padded batches (little padding), in random batch order when training; `crop`:
    a longer page is trained on a random stretch of this many lines (a GRU step is sequential: the long pages
    would set the cost of every epoch)."""
    if crop:
        cropped = {}
        for k in idx:
            n = len(data[k][0])
            at = int(torch.randint(0, n - crop + 1, (1,), generator=shuffle_gen)) if n > crop else 0
            cropped[k] = tuple(t[at:at + crop] for t in data[k])
        data = cropped
    order = sorted(idx, key=lambda k: len(data[k][0]))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle_gen is not None:
        perm = torch.randperm(len(chunks), generator=shuffle_gen).tolist()
        chunks = [chunks[i] for i in perm]
    for chunk in chunks:
        lengths = torch.tensor([len(data[k][0]) for k in chunk])
        yield chunk, lengths, *(nn.utils.rnn.pad_sequence([data[k][j] for k in chunk], batch_first=True)
                                for j in range(4))


def train(kind: str, data: dict, idx: list[int], n_in: int, args, seed: int):
    torch.manual_seed(seed)
    model = SeqGRU(n_in, args.hidden, args.layers) if kind == "gru" else SeqCNN(n_in, args.cnn_hidden)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr, weight_decay=1e-5)
    wsum = sum(float(data[k][3].sum()) for k in idx)
    nlines = sum(len(data[k][0]) for k in idx)
    gen = torch.Generator().manual_seed(seed)
    epochs = args.epochs if kind == "gru" else args.cnn_epochs
    for epoch in range(epochs):
        total = 0.0
        for _, lengths, x, logit, y, w in batches(idx, data, args.batch, gen, args.crop if kind == "gru" else 0):
            opt.zero_grad()
            z = model(x, lengths, logit)
            # word weights as in the LR fit (w * n / sum w); padding has weight 0
            loss = (nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none") * w).sum() * nlines / wsum
            (loss / nlines * 100).backward()
            opt.step()
            total += float(loss.detach())
        if epoch in (0, epochs - 1) or epoch % 5 == 4:
            print(f"    {kind} epoch {epoch + 1}: weighted loss {total / nlines:.4f}", file=sys.stderr, flush=True)
    return model


def predict(model, data, idx) -> dict:
    out = {}
    model.eval()
    with torch.no_grad():
        for chunk, lengths, x, logit, *_ in batches(idx, data, 64):
            p = torch.sigmoid(model(x, lengths, logit))
            for j, k in enumerate(chunk):
                out[k] = p[j, :lengths[j]].tolist()
    model.train()
    return out


def simple_keep(row, probs, threshold=0.5):
    return [x if x is not None else p >= threshold for x, p in zip(row[4], probs)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default="/work/scratch/s28/base.pkl")
    parser.add_argument("--eval-dir")
    parser.add_argument("--order", default="2,3,4,0,1")
    parser.add_argument("--nets", default="gru,cnn")
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--cnn-hidden", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--cnn-epochs", type=int, default=12)
    parser.add_argument("--batch", type=int, default=48)
    parser.add_argument("--crop", type=int, default=256)
    parser.add_argument("--lr", type=float, default=5e-3)
    parser.add_argument("--no-logit", action="store_true", help="the nets do not see the LR context logit")
    parser.add_argument("--limit", type=int, help="smoke test: this many pages per fold")
    parser.add_argument("--out", help="per-page scores (JSONL)")
    parser.add_argument("--report", help="only print the table of a finished (or cut short) run's per-page JSONL")
    args = parser.parse_args()
    if args.report:
        with open(args.report, encoding="utf-8") as f:
            report([json.loads(line) for line in f])
        return 0
    torch.set_num_threads(1)

    pages = fn.boilerplate_pages(args.eval_dir)
    with open(args.cache, "rb") as f:
        stored = pickle.load(f)
    rows = stored["rows"]
    assert len(rows) == len(pages), "the cache is of other pages"
    groups = [fn.site_group(p) for p in pages]
    folds = fn.group_folds(groups, 5)
    nets = [n for n in args.nets.split(",") if n]
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    results: list[dict] = []
    timing: dict[str, float] = {}
    for fold in map(int, args.order.split(",")):
        t0 = time.perf_counter()
        train_idx = fn.fold_train(folds, fold)
        test_idx = [k for k, f in enumerate(folds) if f == fold]
        if args.limit:
            train_idx, test_idx = train_idx[:: max(1, len(train_idx) // args.limit)], test_idx[:: max(1, len(test_idx) // (args.limit // 4))]
        params, insample = fn.fit_models(pages, rows, train_idx)
        timing["lr"] = timing.get("lr", 0) + time.perf_counter() - t0
        train_idx = [k for k in train_idx if rows[k][0]]
        test_probs = {k: content_probabilities(rows[k][0], params) for k in test_idx if rows[k][0]}
        X = torch.tensor([v for k in train_idx for v in rows[k][0]], dtype=torch.float32)
        mean, scale = X.mean(0), X.std(0)
        scale[scale < 1e-6] = 1.0
        del X
        data = tensors(rows, train_idx, insample, mean, scale)
        data.update(tensors(rows, list(test_probs), test_probs, mean, scale))
        if args.no_logit:
            for k in data:
                data[k] = (data[k][0], torch.zeros_like(data[k][1]), data[k][2], data[k][3])
        n_in = len(rows[train_idx[0]][0][0])
        net_probs, page_layers = {}, {}
        for kind in nets:
            t1 = time.perf_counter()
            model = train(kind, data, train_idx, n_in, args, seed=fold)
            timing[kind] = timing.get(kind, 0) + time.perf_counter() - t1
            net_probs[kind] = predict(model, data, list(test_probs))
            # the page layer refitted on the net's in-sample probabilities of the training pages
            t1 = time.perf_counter()
            ins = predict(model, data, train_idx)
            page_layers[kind] = fn.fit_page(*fn.page_table(pages, rows, train_idx, ins))
            timing[kind + "_page"] = timing.get(kind + "_page", 0) + time.perf_counter() - t1
            nparams = sum(p.numel() for p in model.parameters())
            print(f"    {kind}: {nparams} parameters", file=sys.stderr)
        for k in test_idx:
            page, row = pages[k], rows[k]
            texts, roles = row[3], row[6]
            rec = {"dataset": page["dataset"], "id": page["id"], "fold": fold,
                   "keep": fn.prf(page["raw_text"], page["gold_text"])[2],
                   "rules": fn.prf(fn.emitted(texts, roles, row[5])[0], page["gold_text"])[2]}
            decisions = {}
            if row[0]:
                decisions["base"] = fn.page_keep(row, test_probs[k], params)[0]
                decisions["lr_simple"] = simple_keep(row, test_probs[k])
                for kind in nets:
                    decisions[kind + "_pk"] = fn.page_keep(row, net_probs[kind][k], params)[0]
                    decisions[kind + "_pkre"] = fn.page_keep(row, net_probs[kind][k],
                                                             {**params, "page": page_layers[kind]})[0]
                    decisions[kind + "_simple"] = simple_keep(row, net_probs[kind][k])
            else:
                decisions["base"] = decisions["lr_simple"] = []
                for kind in nets:
                    for v in ("_pk", "_pkre", "_simple"):
                        decisions[kind + v] = []
            for name, keep in decisions.items():
                rec[name] = fn.prf(fn.emitted(texts, roles, keep)[0], page["gold_text"])[2]
            results.append(rec)
            if out:
                out.write(json.dumps(rec) + "\n")
                out.flush()
        mine = [r for r in results if r["fold"] == fold]
        print(f"  fold {fold}: {time.perf_counter() - t0:.0f} s; " + ", ".join(
            f"{c} {statistics.mean(r[c] for r in mine if r['dataset'] == 'dragnet'):.4f}"
            for c in mine[0] if c not in ("dataset", "id", "fold")) + " (dragnet)", file=sys.stderr, flush=True)
    report(results)
    print("seconds (all folds): " + ", ".join(f"{k} {v:.0f}" for k, v in timing.items()))
    return 0


def report(results: list[dict]) -> None:
    cols = [c for c in results[0] if c not in ("dataset", "id", "fold")]
    splits = (("5 folds", {0, 1, 2, 3, 4}), ("folds 2-4", {2, 3, 4}), ("folds 0-1", {0, 1}))
    print("| dataset | split | pages | " + " | ".join(cols) + " |")
    print("|---" * (3 + len(cols)) + "|")
    for name in fn.DATASETS:
        for label, fs in splits:
            s = [r for r in results if r["dataset"] == name and r["fold"] in fs]
            if s:
                print(f"| {name} | {label} | {len(s)} | " + " | ".join(
                    f"{statistics.mean(r[c] for r in s):.4f}" for c in cols) + " |")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
