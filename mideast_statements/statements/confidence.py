"""The last stage's judgement: how likely a found statement is right (its speaker and its words).

Each statement the earlier stages find is described by a few features — how its speaker was read
(subject, inverted, chain, pronoun antecedent and how far back, role noun), how often the cue's
verb was a cue in the training data, the statement's kind, the mention and entity kinds —
and a logistic model learnt from PolNeAR's training split (``benchmarks/train_statements.py``)
turns them into a probability. Statements below the model's threshold are left out; the others
carry their probability as ``Statement.confidence``. The weights are data (``data/choice_model.json``),
read once; scoring is a sum of weights, pure Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from .antecedents import AntecedentModel
from .entities import Entity, Link
from .lexicon import Cue

__all__ = ["ChoiceModel", "default_choice_model", "describe", "load_choice_model"]


@attrs.frozen(slots=True)
class ChoiceModel:
    """A logistic model over string features: P(right) = sigmoid(bias + sum of feature weights)."""

    weights: Mapping[str, float]
    bias: float
    threshold: float  # statements scored below this are left out
    meta: Mapping[str, Any] = attrs.field(factory=dict)  # how and on what it was trained
    antecedents: AntecedentModel | None = None  # the ranking of who "he" or "she" stands for

    def probability(self, features: Iterable[str]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_choice_model(path: str | Path | None = None) -> ChoiceModel:
    """The packaged model (``data/choice_model.json``) or the one at ``path``."""
    if path is None:
        text = resources.files("mideast_statements").joinpath("data", "choice_model.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    ranking = data.get("antecedent")
    antecedents = None
    if ranking:
        antecedents = AntecedentModel({str(k): float(v) for k, v in ranking["weights"].items()}, float(ranking["bias"]))
    return ChoiceModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        meta=data.get("meta", {}),
        antecedents=antecedents,
    )


@cache
def default_choice_model() -> ChoiceModel:
    return load_choice_model()


def _bucket(value: float, edges: Iterable[float]) -> int:
    return sum(1 for edge in edges if value >= edge)


def describe(
    *,
    relation: str,
    mentions: tuple[str, ...],
    entity: Entity,
    link: Link | None,
    cue: Cue | None,
    kind: str,
    words: int,
    speakers: int,
    same_as_last: bool,
    paragraph_opens_with_quote: bool,
    sentence_claims: int,
) -> list[str]:
    """The features of one found statement (strings; the model weighs each)."""
    # A role noun or a document resolved to the entity it stands for ("the top diplomat" → the foreign
    # minister, "the statement" → the ministry) is described as that entity: the training corpus
    # leaves such phrases unresolved, and a model that learnt its convention would drop the
    # resolutions this library makes on purpose (GOLD.md).
    resolved = {"role": entity.kind, "document": entity.kind}
    mk = "+".join(sorted({resolved.get(m, m) for m in mentions})) or "-"
    how = link.how if link else "-"
    how = resolved.get(how, how)
    # no feature names the verb itself: weights for single verbs learnt on US political news do not
    # carry to other news (they measured no better on validation); the verb's training rate does
    rate = _bucket(cue.rate, (0.3, 0.5, 0.7, 0.9)) if cue else 9
    features = [
        f"rel={relation}",
        f"mk={mk}",
        f"ek={entity.kind}",
        f"rel|mk={relation}|{mk}",
        f"rel|kind={relation}|{kind}",
        f"kind={kind}",
        f"rate={rate}",
        f"kind|rate={kind}|{rate}",
        f"how={how}",
        f"len={_bucket(words, (3, 6, 12, 25, 50))}",
        f"speakers={min(speakers, 2)}",
        f"claims={min(sentence_claims, 3)}",
    ]
    if cue is not None:
        features.append(f"src={'hand' if cue.rate >= 1.0 else 'mined'}")
        features.append(f"participle={cue.participle}")
    if link is not None and how == "pronoun":
        features.append(f"how|dist={how}|{min(link.distance, 3)}")
        features.append(f"how|amb={how}|{min(link.candidates, 3)}")
        features.append(f"how|gender={how}|{entity.gender is not None}")
    if same_as_last:
        features.append("same_as_last")
    if paragraph_opens_with_quote:
        features.append(f"quote_para|rel={relation}")
    return features
