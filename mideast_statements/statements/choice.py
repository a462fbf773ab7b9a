"""Stage 4 — the choice: which candidate speaks through a cue, resolved to the article's entities.

A speaker read in the sentence (before or after the verb) is resolved through the cast; a verb
that shares its speaker (", adding that", "and called on") takes the speaker of the sentence's
previous verb, else the sentence's subject; a sentence-initial participle ("Speaking to
reporters, X said …") takes the subject of a later verb, else the sentence's subject, else the
last speaker before the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .candidates import Candidate
from .mentions import Mention

__all__ = ["Resolver", "choose", "speakers_of"]

# a mention's entity, or a tuple of them ("the two leaders"), or None
Resolver = Callable[[Mention], object | None]


def speakers_of(found: object | None) -> tuple[object, ...]:
    """The entities a resolver gave for one mention."""
    if found is None:
        return ()
    return found if isinstance(found, tuple) else (found,)


def _resolved(resolve: Resolver, mentions: Sequence[Mention]) -> list[object]:
    return [e for m in mentions for e in speakers_of(resolve(m))]


def choose(
    order: int,
    subjects: Sequence[Candidate],
    chosen: Sequence[Sequence[object]],
    inside: Sequence[bool],
    resolve: Resolver,
    context: Callable[[], object | None],
    sentence_subject: object | None,
) -> list[object]:
    """The speakers of the ``order``-th cue; ``chosen`` holds those of the cues before it."""
    subject = subjects[order]
    if subject.relation == "chain":
        for prev in range(order - 1, -1, -1):
            if not inside[prev] and chosen[prev]:
                return list(chosen[prev])
        return [sentence_subject] if sentence_subject else []
    if subject.relation == "next":
        for later in [subject, *subjects[order + 1 :]]:
            if (later is subject or later.relation == "subject") and later.mentions:
                found = _resolved(resolve, later.mentions)
                if found:
                    return found
        if sentence_subject is not None:
            return [sentence_subject]
        last = context()
        return [last] if last is not None else []
    if subject.relation == "sentence":  # no fallback to an earlier speaker: it is wrong as often as right
        if sentence_subject is None:
            return []
        # "Kestrel and Varnia released a joint statement that said …": the sentence's subject with
        # those joined to it, as an earlier verb of the sentence read them
        joined = next((list(c) for c in chosen[:order] if len(c) > 1 and sentence_subject in c), None)
        return joined or [sentence_subject]
    return _resolved(resolve, subject.mentions)
