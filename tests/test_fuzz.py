"""A bounded sample of benchmarks/fuzz.py, with a fixed seed: mutated fixtures (cut, flipped,
unbalanced quotation marks, deep nesting, huge attributes, NUL bytes, charsets that are no text
encodings, odd URLs) either become records that serialise, read back and validate against the
schema, or raise an error of the library's family — never anything else."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from helpers import ROOT


def _fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_hostile_inputs_keep_the_error_contract() -> None:
    tally = _fuzz().run(300, seed=11)
    assert tally.inputs == 300
    assert not tally.other, "\n".join(tally.other[:10])
    assert not tally.invalid, "\n".join(tally.invalid[:10])
    assert not tally.over_budget, "\n".join(tally.over_budget)
    assert tally.records > 100 and sum(tally.errors.values()) > 20  # both outcomes were exercised
