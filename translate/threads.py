"""How many CPU threads this process may really use.

`os.cpu_count()` reports the host; containers and `taskset` restrict us further. We take the CPU affinity
mask and the cgroup CPU quota (v2 `cpu.max`, v1 `cpu.cfs_quota_us`) and use the smaller.
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
