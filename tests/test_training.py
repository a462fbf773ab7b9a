"""The statement engine's learnt data: re-running the training script gives the shipped files, and
the model fitting learns what the examples teach."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from helpers import ROOT, corpus_or_skip, load_script

from mideast_statements.statements import default_choice_model

DATA = ROOT / "mideast_statements" / "data"


def _training_script() -> Any:
    return load_script(ROOT / "benchmarks" / "train_statements.py")


def test_the_training_script_reproduces_the_shipped_lexicon_and_names(tmp_path: Path) -> None:
    corpus = corpus_or_skip()
    done = subprocess.run(
        [
            *(sys.executable, "benchmarks/train_statements.py", "cues", "names"),
            *("--out", str(tmp_path), "--train", str(corpus / "polnear-train")),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode()
    for name in ("cues.toml", "names.toml"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8"), name


def test_fit_logistic_learns_what_the_examples_teach() -> None:
    examples = [(["good", "noise"], True)] * 30 + [(["bad", "noise"], False)] * 30
    fit = _training_script().fit_logistic
    weights, _ = fit(examples)
    assert weights["good"] > 0 > weights["bad"]
    assert fit(examples) == fit(examples)  # seeded: the same weights every time


def test_lemmas_come_from_the_forms_the_corpus_attests() -> None:
    counts = Counter({"notes": 3, "noting": 2, "adds": 4, "ads": 9, "adding": 5, "denies": 2, "deny": 4, "recall": 3})
    lemma_of = _training_script().lemma_of
    assert [lemma_of(f, counts) for f in ("noted", "added", "denied", "recalled", "said")] == [
        "note",
        "add",
        "deny",
        "recall",
        "say",
    ]


def test_a_form_often_seen_as_a_verb_but_never_as_a_cue_is_listed_as_none() -> None:
    script = _training_script()
    occurrences = Counter({"ordered": 20, "order": 40, "orders": 4, "ordering": 2})
    cue_forms = {"speech": Counter({"ordered": 15, "ordering": 2}), "belief": Counter()}
    frames = {"ordered": Counter({"np": 10}), "ordering": Counter({"np": 2})}
    table = script._cue_table(occurrences, cue_forms, frames, Counter(), Counter())
    (entry,) = [c for c in table["cues"] if c["lemma"] == "order"]
    # "order" (40 times, never a cue) must not take the lemma's rate; "orders" was seen too seldom
    assert entry["forms"]["order"] == {"count": 0, "rate": 0.0}
    assert "orders" not in entry["forms"] and entry["forms"]["ordered"]["count"] == 15


def test_the_shipped_choice_model_says_how_it_was_trained() -> None:
    model = default_choice_model()
    assert "polnear-train" in model.meta["trained_on"]
    assert 0.0 < model.threshold < 1.0 and model.weights
    assert not any(feature.startswith("lemma=") for feature in model.weights)  # no verb's own weight
    assert model.antecedents is not None and model.antecedents.weights["gender=clash"] < 0
    assert "he/she" in model.meta["antecedent_trained_on"]
    curve = model.meta["training_figures"]
    # the shipped threshold is the one the script's rule picks from the curve it recorded
    assert _training_script().best_threshold({float(t): f["f1"] for t, f in curve.items()}) == model.threshold
    json.dumps(model.meta)  # the record of its training is plain data


def test_the_threshold_is_the_top_of_the_smoothed_curve_not_a_lone_peak() -> None:
    pick = _training_script().best_threshold
    # a lone spike at 0.6 loses to a broad top around 0.4
    curve = {0.3: 0.790, 0.35: 0.795, 0.4: 0.797, 0.45: 0.796, 0.5: 0.780, 0.55: 0.770, 0.6: 0.799, 0.65: 0.760}
    assert pick(curve) == 0.4
    assert pick({0.3: 0.5, 0.35: 0.7, 0.4: 0.7, 0.45: 0.5}) == 0.35  # a tie goes to the lower threshold


def test_the_training_script_runs_every_step_when_none_is_named(tmp_path: Path) -> None:
    """The documented command names no step: the default ("all") must pass argparse's choices; with
    no training folder it stops with a message, not a usage error."""
    missing = tmp_path / "absent"
    assert _training_script().main(["--train", str(missing), "--out", str(tmp_path)]) == 1
    assert not list(tmp_path.iterdir())


def test_a_function_word_or_a_title_opening_a_resolved_speaker_is_no_first_name(tmp_path: Path) -> None:
    script = _training_script()
    statements = [
        {"source_text": "he", "speaker": speaker, "speaker_resolved": True}
        for speaker in ("But Vale", "President Vale", "Tomas Vale")
        for _ in range(3)
    ]
    (tmp_path / "a.json").write_text(json.dumps({"body": ["Tomas Vale spoke."], "statements": statements}))
    assert script.mine_names(tmp_path) == {"tomas": "m"}


def test_a_name_written_in_lower_case_now_and_then_is_no_common_opener(tmp_path: Path) -> None:
    """ "Meanwhile" opens sentences and is written in lower case inside them; "Vesper" is too, in a
    web address or a hashtag, but far more often capitalised: it stays a name."""
    body = [
        "Meanwhile the talks went on. They went on meanwhile, and meanwhile nothing changed.",
        "Vesper said it was over. Aides to Vesper agreed with Vesper, as Vesper hoped. See vesper.example and #vesper.",
    ]
    (tmp_path / "a.json").write_text(json.dumps({"body": body, "statements": []}))
    assert _training_script().mine_openers(tmp_path) == ["meanwhile"]
