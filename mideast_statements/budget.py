"""A per-page time budget: a runaway page becomes an error of the library's family, not a hung batch.

The budget counts CPU seconds of the process (a shared, noisy machine makes wall time a poor
judge of one page's cost). In the main thread of a Unix process it is enforced by a virtual-time
timer (``ITIMER_VIRTUAL``), which interrupts a long loop anywhere, third-party code included; the
timer fires again every half second until the page is left, because a library that catches every
exception could swallow the first. Elsewhere (another thread, a platform without ``setitimer``) the
budget is checked between stages and paragraph by paragraph (``check_budget``): a single stage can
overrun there, but the page still ends as an error.
"""

from __future__ import annotations

import contextvars
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import TimeBudgetExceeded

__all__ = ["DEFAULT_TIME_BUDGET", "check_budget", "time_budget"]

DEFAULT_TIME_BUDGET = 60.0  # the CLI's: a page of several MB takes a few seconds; a minute means a runaway

_REPEAT = 0.5  # seconds of CPU between repeated interrupts once the budget is spent
_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar("_DEADLINE", default=None)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeBudgetExceeded`` in the block once it has used ``seconds`` of CPU.

    ``None`` or ``0`` means no budget. A budget inside a budget keeps the outer one's timer (the
    stricter of the two deadlines is still checked between stages).
    """
    if not seconds or seconds <= 0:
        yield
        return
    token = _DEADLINE.set((time.thread_time() + seconds, seconds))
    try:
        if _can_interrupt():
            with _interrupt_after(seconds):
                yield
        else:
            yield
    finally:
        _DEADLINE.reset(token)


def check_budget() -> None:
    """Raise ``TimeBudgetExceeded`` when the current page's budget is spent (cheap; call it often)."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.thread_time() > deadline[0]:
        raise _exceeded(deadline[1])


def _can_interrupt() -> bool:
    # a timer already armed (an outer budget) shows as our handler, not the default one
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGVTALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )


@contextmanager
def _interrupt_after(seconds: float) -> Iterator[None]:
    leaving = False

    def expired(signum: int, frame: FrameType | None) -> None:
        if leaving or _DEADLINE.get() is None:  # the block is over: never interrupt what follows it
            _disarm(previous)
            return
        raise _exceeded(seconds)

    previous = signal.signal(signal.SIGVTALRM, expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, _REPEAT)
    try:
        yield
    finally:
        leaving = True
        _disarm(previous)


def _disarm(previous: object) -> None:
    signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    signal.signal(signal.SIGVTALRM, previous)  # type: ignore[arg-type]


def _exceeded(seconds: float) -> TimeBudgetExceeded:
    return TimeBudgetExceeded(f"the page used more than its time budget of {seconds:g} s of CPU (time_budget)")
