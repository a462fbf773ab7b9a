"""Paragraphs in, statements out: the article read through the stages (``reader``), each found
statement scored by the choice model, and the ones kept turned into Statement records (speaker,
kind, offsets, date, topics, registry id)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..model import Speaker, Statement
from .confidence import ChoiceModel, default_choice_model
from .entities import Cast
from .lexicon import Lexicon, default_lexicon
from .reader import Found, read_article
from .registry import SpeakerRegistry, default_speakers
from .topics import TopicRules, default_topics

__all__ = ["explain_statements", "extract_statements"]


def extract_statements(
    paragraphs: Sequence[str],
    published: dt.date | dt.datetime | None = None,
    *,
    lexicon: Lexicon | None = None,
    speakers: SpeakerRegistry | None = None,
    topics: TopicRules | None = None,
    choice: ChoiceModel | None = None,
    min_confidence: float | None = None,
) -> tuple[Statement, ...]:
    """The statements of an article body, in reading order.

    ``published`` resolves "on Tuesday" and "yesterday"; the lexicon, speaker registry and
    topic rules default to the packaged data files (see ``load_lexicon``, ``load_speakers``,
    ``load_topics`` to extend or replace them). ``choice`` scores each statement found (default:
    the packaged model) and ``min_confidence`` is the score below which a statement is left out
    (default: the model's own threshold; 0 keeps every statement the rules find).
    """
    model = choice or default_choice_model()
    floor = model.threshold if min_confidence is None else min_confidence
    found, cast, rules = _find(paragraphs, published, lexicon, speakers, topics, model)
    scored = [(f, model.probability(f.features)) for f in found]
    return _statements([(f, p) for f, p in scored if p >= floor], paragraphs, cast, rules)


def explain_statements(
    paragraphs: Sequence[str],
    published: dt.date | dt.datetime | None = None,
    *,
    lexicon: Lexicon | None = None,
    speakers: SpeakerRegistry | None = None,
    topics: TopicRules | None = None,
    choice: ChoiceModel | None = None,
    pronouns: list[Any] | None = None,
) -> list[tuple[Statement, tuple[str, ...]]]:
    """Every statement the rules find, before the choice model's threshold, with the features it
    was scored on (``Statement.confidence`` holds the score): to inspect a decision or to train.
    ``pronouns``, when given, collects each "he"/"she" decision: position, pronoun, candidates,
    their features and the one chosen (the antecedent ranking is trained on these)."""
    model = choice or default_choice_model()
    found, cast, rules = _find(paragraphs, published, lexicon, speakers, topics, model, pronouns)
    scored = [(f, model.probability(f.features)) for f in found]
    kept = _statements(scored, paragraphs, cast, rules, keep_repeats=True)
    return [(statement, tuple(f.features)) for statement, (f, _) in zip(kept, scored, strict=True)]


def _find(
    paragraphs: Sequence[str],
    published: dt.date | dt.datetime | None,
    lexicon: Lexicon | None,
    speakers: SpeakerRegistry | None,
    topics: TopicRules | None,
    model: ChoiceModel,
    pronouns: list[Any] | None = None,
) -> tuple[list[Found], Cast, TopicRules]:
    day = published.date() if isinstance(published, dt.datetime) else published
    lex, registry = lexicon or default_lexicon(), speakers or default_speakers()
    found, cast = read_article(paragraphs, day, lex, registry, model.antecedents, pronouns)
    return found, cast, topics or default_topics()


def _statements(
    scored: Sequence[tuple[Found, float]],
    paragraphs: Sequence[str],
    cast: Cast,
    rules: TopicRules,
    *,
    keep_repeats: bool = False,
) -> tuple[Statement, ...]:
    speakers: dict[int, Speaker] = {}
    last_topics: dict[int, tuple[str, ...]] = {}
    last_date: dict[int, dt.date] = {}
    seen: set[tuple[int, str]] = set()
    out: list[Statement] = []
    for f, confidence in scored:
        key = id(f.entity)
        text = paragraphs[f.paragraph][f.start : f.end]
        folded = " ".join(text.lower().split())
        if not keep_repeats and ((key, folded) in seen or not text.strip()):
            continue  # a repeated quotation (a pull quote) is one statement
        seen.add((key, folded))
        if key not in speakers:
            speakers[key] = cast.speaker(f.entity)
        continuation = paragraphs[f.continuation[0]][f.continuation[1] : f.continuation[2]] if f.continuation else None
        topics = rules.topics(text + " " + (continuation or ""))
        if not topics and rules.refers_back(text):
            topics = last_topics.get(key, ())
        date = f.date or last_date.get(key)
        if topics:
            last_topics[key] = topics
        if date:
            last_date[key] = date
        out.append(
            Statement(
                speaker=speakers[key],
                text=text,
                kind=f.kind,
                paragraph=f.paragraph,
                start=f.start,
                end=f.end,
                cue=f.cue,
                date=date,
                topics=topics,
                continuation=continuation,
                continuation_paragraph=f.continuation[0] if f.continuation else None,
                continuation_start=f.continuation[1] if f.continuation else None,
                confidence=round(confidence, 3),
            )
        )
    return tuple(out)
