"""Who "he" or "she" stands for: a ranking of the people the article has named before the pronoun.

Candidates are the people who spoke or stood as a sentence's subject in the pronoun's paragraph and
the three before it, and every person named there (a full or titled name, subject or not). Each is
described by a few features — how recently and how far back it stood, whether it spoke and how
often, whether it was a subject or only named, whether its gender agrees, whether it is a named
person or a description — and a ranking learnt from the pronouns PolNeAR's coreference resolved in
the training split (``benchmarks/train_statements.py speakers``: the candidates of each pronoun
compete in a softmax, as they do here, where the highest score wins) orders them. With no
weights, the last speaker or subject whose gender does not clash is taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

__all__ = ["AntecedentModel", "Candidate", "candidate_features", "rank"]

Position = tuple[int, int]


@attrs.define
class Candidate:
    """A person the pronoun may stand for, and how the article has shown them so far."""

    entity: object
    last: Position  # where they last stood before the pronoun
    event: bool  # spoke or stood as a sentence's subject there (not only named)
    spoke: int  # statements of theirs so far
    mentions: int  # times the article has shown them so far
    gender: str | None  # "m", "f" or unknown
    events: int = 0  # times they spoke or stood as a sentence's subject in the article so far


@attrs.frozen(slots=True)
class AntecedentModel:
    weights: Mapping[str, float]
    bias: float = 0.0

    def score(self, features: Sequence[str]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in features)


def _bucket(value: int, edges: Sequence[int]) -> int:
    return sum(1 for edge in edges if value >= edge)


def candidate_features(
    candidate: Candidate,
    order: int,
    at: Position,
    wanted: str | None,
    last_speaker: bool,
    last_subject: bool = False,
    most_present: bool = False,
    same_sentence: bool = False,
) -> list[str]:
    """Features of one candidate: ``order`` is its recency rank (0: the nearest before the pronoun)."""
    gender = (
        "unknown" if candidate.gender is None or wanted is None else "agree" if candidate.gender == wanted else "clash"
    )
    paragraphs = min(at[0] - candidate.last[0], 3)
    features = [
        f"rank={min(order, 4)}",
        f"back={paragraphs}",
        f"event={candidate.event}",
        f"event|rank={candidate.event}|{min(order, 4)}",
        f"spoke={_bucket(candidate.spoke, (1, 2, 4))}",
        f"mentions={_bucket(candidate.mentions, (2, 4, 8))}",
        f"gender={gender}",
        f"gender|rank={gender}|{min(order, 2)}",
        f"kind={getattr(candidate.entity, 'kind', None)}",  # a person, or a description ("a retired teacher")
    ]
    if last_speaker:
        features.append("last_speaker")
        features.append(f"last_speaker|back={paragraphs}")
    if paragraphs == 0 and at[1] - candidate.last[1] < 120:
        features.append("near")
    if same_sentence:  # "While Comey said …, he said …": named earlier in the pronoun's own sentence
        features.append("same_sentence")
    if most_present:  # the article's main figure so far: "he" often goes back to them over a nearer name
        features.append("most_present")
        features.append(f"most_present|back={paragraphs}")
    if last_subject:  # the sentence before opened with it: "Bill Clinton set … . He suggested …"
        features.append("last_subject")
        features.append(f"last_subject|rank={min(order, 2)}")
    return features


def rank(
    candidates: Sequence[Candidate],
    at: Position,
    wanted: str | None,
    last_speaker: object | None,
    model: AntecedentModel | None,
    last_subject: object | None = None,
    sentence_start: Position | None = None,
) -> tuple[Candidate | None, list[list[str]]]:
    """The chosen candidate (candidates ordered nearest first), and every candidate's features;
    ``last_subject`` is the entity the sentence before the pronoun's opened with, ``sentence_start``
    where the pronoun's sentence begins."""
    top = max((c.events for c in candidates), default=0)
    features = [
        candidate_features(
            c,
            k,
            at,
            wanted,
            c.entity is last_speaker,
            c.entity is last_subject,
            top > 1 and c.events == top,
            sentence_start is not None and c.last >= sentence_start,
        )
        for k, c in enumerate(candidates)
    ]
    if not candidates:
        return None, features
    if wanted is not None and any(c.gender in (None, wanted) for c in candidates):
        # agreement is grammar, not a preference: a "she" never goes to a man while someone fits
        allowed = [k for k, c in enumerate(candidates) if c.gender in (None, wanted)]
    else:
        allowed = list(range(len(candidates)))
    if model is None:
        fitting = [candidates[k] for k in allowed if candidates[k].event]
        return (fitting[0] if fitting else None), features
    best = max(allowed, key=lambda k: (model.score(features[k]), -k))
    return candidates[best], features
