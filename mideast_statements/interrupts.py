"""Ctrl-C that a long batch never loses, and that never lands inside the process pool's bookkeeping.

Python raises KeyboardInterrupt wherever the main thread happens to be. Inside a finaliser (the
pool's clean-up of a finished worker, a file object's ``__del__``) the interpreter prints "Exception
ignored" and carries on, so the batch would run to its end as if no one had pressed Ctrl-C; inside
the pool's own calls (``submit``, ``shutdown``) it can leave the pool half shut down, and the
process then waits forever at exit for workers nobody told to stop. ``Interrupts`` records the key
press; raising it right away (the command's loop) or only where its owner calls ``check`` (the
pool's loop, ``defer=True``), at a point where stopping is safe.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType
from typing import Any

__all__ = ["Interrupts"]


class Interrupts:
    """A context manager: inside it, Ctrl-C is recorded, and raises KeyboardInterrupt at once
    unless ``defer`` (then ``check`` raises it, or a second Ctrl-C)."""

    def __init__(self, *, defer: bool = False) -> None:
        self.defer = defer
        self.seen = False
        self._previous: Any = None
        self._installed = False

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        first = not self.seen
        self.seen = True
        if not (self.defer and first):
            raise KeyboardInterrupt  # a second Ctrl-C stops a deferred run at once, wherever it is

    def check(self) -> None:
        """Raise KeyboardInterrupt if Ctrl-C came, even where its first raise was swallowed."""
        if self.seen:
            raise KeyboardInterrupt

    def __enter__(self) -> Interrupts:
        # signal handlers belong to the main thread; elsewhere (a library caller's worker thread)
        # the interpreter's own handling stays
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
            self._installed = True
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False
