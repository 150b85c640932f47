"""places.txt and countries.txt are what scripts/build_places.py writes: a place added by hand to the generated list
(stop 35 added four Chinese cities so) is lost the next time the script runs, so it belongs in the script's EXTRA."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_place_lists_are_the_build_scripts_output():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_places.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
