"""SQLite translation cache: re-runs and repeated sentences cost nothing.

Keyed by (model key, source sentence) where the model key is a canonical JSON of everything that changes
the output: model id, revision, engine, compute type, beam, language codes, length caps. SQLite in WAL mode
lets many readers and one writer work at once; a cache that cannot be opened or written (read-only
directory, full disk, corrupt file) turns itself off and records a warning instead of failing the run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

from translate.settings import SentenceTranslation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    model TEXT NOT NULL,
    src_hash TEXT NOT NULL,
    src TEXT NOT NULL,
    en TEXT NOT NULL,
    score REAL,
    capped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (model, src_hash)
)
"""

#: describe() keys that do not change the translation (so they must not split the cache)
_VOLATILE = {"threads", "ct2_path", "model_dir", "inter_threads", "intra_threads", "batch_tokens"}


def model_key(description: dict) -> str:
    """Canonical cache key of a translator from its `describe()` dict."""
    stable = {k: v for k, v in description.items() if k not in _VOLATILE}
    return json.dumps(stable, sort_keys=True, default=str, ensure_ascii=False)


class TranslationCache:
    """A persistent map (model key, sentence) -> SentenceTranslation; never raises on I/O problems."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.warnings: list[str] = []
        self._reported = 0
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")  # readers never block the writer, nor it them
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
            conn.commit()
            self._conn = conn
        except (sqlite3.Error, OSError) as exc:
            self._disable(f"opening it failed ({exc})")

    def take_warnings(self) -> list[str]:
        """Warnings not handed out before (so a disabled cache is reported once per run, not per article)."""
        fresh = self.warnings[self._reported:]
        self._reported = len(self.warnings)
        return fresh

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def _disable(self, why: str) -> None:
        self.warnings.append(f"translation cache {self.path} disabled: {why}; translating without a cache")
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = None

    @staticmethod
    def _hash(src: str) -> str:
        return hashlib.sha256(src.encode("utf-8")).hexdigest()

    def get_many(self, model: str, sentences: list[str]) -> dict[str, SentenceTranslation]:
        """Cached translations of those `sentences` that are cached (missing ones are absent)."""
        if self._conn is None or not sentences:
            return {}
        found: dict[str, SentenceTranslation] = {}
        unique = list(dict.fromkeys(sentences))
        try:
            with self._lock:
                for start in range(0, len(unique), 500):  # SQLite's host-parameter limit
                    part = unique[start:start + 500]
                    by_hash = {self._hash(s): s for s in part}
                    marks = ",".join("?" * len(by_hash))
                    rows = self._conn.execute(
                        f"SELECT src_hash, src, en, score, capped FROM translations WHERE model = ? AND src_hash IN ({marks})",
                        [model, *by_hash],
                    ).fetchall()
                    for src_hash, src, en, score, capped in rows:
                        if by_hash.get(src_hash) == src:  # guard against a (theoretical) hash collision
                            found[src] = SentenceTranslation(en, score, bool(capped))
        except sqlite3.Error as exc:
            self._disable(f"reading failed ({exc})")
            return {}
        return found

    def put_many(self, model: str, items: dict[str, SentenceTranslation]) -> None:
        if self._conn is None or not items:
            return
        rows = [(model, self._hash(s), s, t.text, t.score, int(t.capped)) for s, t in items.items()]
        try:
            with self._lock:
                self._conn.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)
                self._conn.commit()
        except sqlite3.Error as exc:  # read-only file, disk full, locked too long
            self._disable(f"writing failed ({exc})")

    def __len__(self) -> int:
        if self._conn is None:
            return 0
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        if self._conn is not None:
            with self._lock:
                self._conn.close()
            self._conn = None

    def __enter__(self) -> "TranslationCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
