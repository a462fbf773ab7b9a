"""Ctrl-C during a batch: recorded, raised where stopping is safe, never lost."""

from __future__ import annotations

import signal

import pytest

from mideast_statements.interrupts import Interrupts


def test_an_interrupt_raises_at_once_and_is_remembered() -> None:
    with Interrupts() as interrupts:
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
        assert interrupts.seen
        # a finaliser that swallowed that raise does not hide it: the loop's check raises it again
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()


def test_a_deferred_interrupt_waits_for_the_check_and_a_second_one_does_not() -> None:
    with Interrupts(defer=True) as interrupts:
        signal.raise_signal(signal.SIGINT)  # no raise here: the pool's bookkeeping is not broken into
        assert interrupts.seen
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)  # pressed again: stop now, wherever the run is


def test_the_handler_before_comes_back_afterwards() -> None:
    before = signal.getsignal(signal.SIGINT)
    with Interrupts(defer=True), Interrupts():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before


def test_a_quiet_interrupt_is_no_interrupt() -> None:
    with Interrupts(defer=True) as interrupts:
        interrupts.check()  # nothing pressed: nothing raised
    assert not interrupts.seen
