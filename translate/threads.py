"""How many CPU threads this process may really use.

`os.cpu_count()` reports the host; containers and `taskset` restrict us further. We take the CPU affinity
mask and the cgroup CPU quota (v2 `cpu.max`, v1 `cpu.cfs_quota_us`) and use the smaller.

`thread_layout` splits those CPUs into CTranslate2 workers (inter_threads, each translating its own batch)
and threads per worker (intra_threads).
"""

from __future__ import annotations

import math
import os
from pathlib import Path


def _affinity_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def cgroup_cpu_limit(root: Path = Path("/sys/fs/cgroup")) -> float | None:
    """CPUs allowed by the cgroup quota, or None when unlimited/unknown."""
    v2 = root / "cpu.max"
    try:
        quota, period = v2.read_text().split()[:2]
        if quota != "max":
            return int(quota) / int(period)
        return None
    except (OSError, ValueError):
        pass
    try:  # cgroup v1
        quota = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period = int((root / "cpu" / "cpu.cfs_period_us").read_text())
        if quota > 0 and period > 0:
            return quota / period
    except (OSError, ValueError):
        pass
    return None


def available_cpus(root: Path = Path("/sys/fs/cgroup")) -> int:
    """CPUs this process can use: min(affinity, ceil(cgroup quota)), at least 1."""
    cpus = _affinity_cpus()
    quota = cgroup_cpu_limit(root)
    if quota is not None:
        cpus = min(cpus, max(1, math.ceil(quota)))
    return max(1, cpus)


def thread_layout(cpus: int) -> tuple[int, int]:
    """(workers, threads per worker) for `cpus` CPU threads.

    Measured on 2 cores (BENCHMARKS.md, "Batch-first translation"): 2 workers x 1 thread beat 1 x 2 for the
    batches of a news run, greedy and beam 4 -- one thread per batch scales almost perfectly, while a
    second thread inside one batch of 1-4 sentences gains nothing. Above 2 CPUs the per-worker threads grow
    slowly (2 from 4 CPUs, 4 from 8), as CTranslate2's own guidance for throughput suggests; those sizes are
    not measured here.
    """
    cpus = max(1, cpus)
    intra = 1 if cpus < 4 else 2 if cpus < 8 else 4
    return max(1, cpus // intra), intra
