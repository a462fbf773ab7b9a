"""What a long batch shows while it runs and says when it ends.

On a terminal, a progress bar on standard error (tqdm): records done, failures, pages per second,
and the time left when the number of inputs is known; nothing when standard error is no terminal
(a log, a pipe) or with ``--quiet``. The closing line counts records and failures by type and
gives the wall time and rate, whatever the output.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .api import Failure
from .model import Article

__all__ = ["Progress", "summary_line"]


class Progress:
    def __init__(self, *, quiet: bool = False, total: int | None = None) -> None:
        self.quiet = quiet
        self.started = time.monotonic()
        self.done = 0
        self.failed = 0
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, source: str, result: Article | Failure) -> None:
        """One input done: a failure is said (above the bar) and counted."""
        self.done += 1
        if isinstance(result, Failure):
            self.failed += 1
            self.say(f"{source}: {result.error}: {result.message}")
        if self.bar is not None:
            self.bar.update(1)
            if isinstance(result, Failure):
                self.bar.set_postfix(failed=self.failed, refresh=False)

    def say(self, line: str) -> None:
        """A line for the user (a failure): above the bar on a terminal, dropped with --quiet."""
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def summary_line(extracted: int, failures: Sequence[Failure], skipped: int, seconds: float) -> str:
    """ "extracted 102, failed 21 (NoArticleFound 12, DecodeError 9), skipped 4, in 3.2 s (38.1 inputs/s)" """
    line = f"extracted {extracted}, failed {len(failures)}"
    if failures:
        kinds = Counter(f.error for f in failures)
        line += " (" + ", ".join(f"{kind} {count}" for kind, count in kinds.most_common()) + ")"
    if skipped:
        line += f", skipped {skipped}"
    done = extracted + len(failures)
    rate = f" ({done / seconds:.1f} inputs/s)" if seconds > 0 and done else ""
    return line + f", in {seconds:.1f} s{rate}"
