"""A time limit per article, so that one pathological input cannot stall an unattended batch for hours.

``with time_limit(seconds, source):`` raises `TimeLimitError` inside the block once `seconds` have passed; the
pipeline turns it into that article's error, like any other of the family, and the run goes on with the next
article. ``with paused():`` stops the clock (model loading is the run's cost, not the article's: the first
article must not time out because a model took a minute to load).

How: SIGALRM from a real-time interval timer (``setitimer``), whose handler raises. What that covers, and not:

- Covered: anything running Python bytecode (the normaliser, sentence splitting, the summarisers' Python loops,
  transformers' generation loop between steps), ``time.sleep`` and lock waits, and CPython's ``re``, which checks
  for signals while it matches, so a runaway regular expression is interrupted too.
- Not covered until it returns: one long call into C that does not check for signals (one CTranslate2
  ``translate_batch``, one large torch operation, a blocking read from a hung network file system). The error is
  raised as soon as control comes back to Python; the article still fails, only later than the limit.
- A stage that catches broad exceptions could swallow the error: the timer then fires again every second until
  the error gets through.
- Only in the main thread of the main interpreter (signals are delivered there). Elsewhere — a worker thread, a
  Ray worker's thread — there is no limit; `time_limit` is then a no-op rather than an error.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

from newsbrief.errors import TimeLimitError

#: the default per-article limit in seconds: generous (a long article through a transformer-big model on two CPU
#: cores takes a few minutes); the CLI's --time-limit / NEWSBRIEF_TIME_LIMIT change it, 0 turns it off
DEFAULT_SECONDS = 900.0
_RETRY = 1.0  # seconds between repeated alarms once the limit has passed (see the module docstring)

_state: dict = {"what": None, "seconds": 0.0}


def _available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _on_alarm(_signum, _frame) -> None:
    raise TimeLimitError(f"{_state['what']}: took longer than the time limit of {_state['seconds']:g} s and was "
                         "stopped; the run goes on (raise the limit with --time-limit SECONDS, 0 for none)")


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Raise TimeLimitError in the block after `seconds` (None or 0: no limit; nested: the outer one holds)."""
    if not seconds or seconds <= 0 or _state["what"] is not None or not _available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _state.update(what=what, seconds=seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds, _RETRY)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _state.update(what=None, seconds=0.0)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Stop the running limit's clock in the block (no-op when none runs)."""
    if _state["what"] is None or not _available():
        yield
        return
    remaining, _interval = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if _state["what"] is not None:
            # 0 means it fired as the clock stopped: let it fire now rather than never
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-3), _RETRY)
