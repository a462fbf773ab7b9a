"""One sentence through the stages: cues → speaker candidates and content spans → the choice."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, pairwise

import attrs

from .candidates import read_subject
from .choice import Resolver, choose, speakers_of
from .complements import read_complement
from .content import Content, content_of, nested
from .cues import find_cues, lowered
from .lexicon import Cue, Lexicon
from .mentions import Mention
from .phrasal import according_to, colon_quotes, in_words, noun_cues
from .text import Token, Unit, words

__all__ = ["OCCASION_PARTICIPLES", "Claim", "Reading", "read_sentence"]


@attrs.frozen(slots=True)
class Claim:
    """A statement found in a sentence: its resolved speakers (one per listed name), its content and
    the words that may date it ("on Tuesday")."""

    speakers: tuple[object, ...]
    content: Content
    dates: tuple[Token, ...] = ()
    relation: str = "subject"  # how the speaker was read: a candidate relation, "according" or "noun"
    mentions: tuple[str, ...] = ()  # the kinds of the speaker phrases read ("person", "pronoun", …)
    cue: Cue | None = None  # the lexicon entry of a verb cue


@attrs.frozen(slots=True)
class Reading:
    """What a sentence yields: its statements, and an attribution with nothing to attribute ("X said
    in a statement.", '"…!" X said.'), whose speakers and cue a bare quotation beside it may take."""

    claims: list[Claim]
    orphan: Claim | None = None


def _occasion_aside(tokens: Sequence[Token], k: int) -> tuple[Token, ...]:
    """The words of ", speaking (to reporters) on Sunday," set off right before the verb at ``k``:
    the occasion they name dates the words, as an opening "Speaking on Sunday, …" does."""
    if k < 3 or tokens[k - 1].text != ",":
        return ()
    for c in range(k - 2, max(-1, k - ASIDE_REACH), -1):
        if tokens[c].text == ",":
            opener = tokens[c + 1].lower
            spoke = opener == "who" and tokens[c + 2].lower in ("spoke", "was")
            return tuple(tokens[c + 1 : k - 1]) if opener in OCCASION_PARTICIPLES or spoke else ()
        if not tokens[c].is_word:
            return ()
    return ()


OCCASION_PARTICIPLES = words("speaking addressing talking writing")
ASIDE_REACH = 16


def read_sentence(
    unit: Unit,
    text: str,
    lex: Lexicon,
    resolve: Resolver,
    context: Callable[[], object | None],
    sentence_subject: object | None,
    previous: tuple[int, int] | None = None,
) -> Reading:
    """Statements of one sentence of paragraph ``text``.

    ``resolve`` turns a mention into an entity (in reading order, so "it" can stand for a speaker
    earlier in the same sentence); ``context`` gives the last speaker before this sentence;
    ``sentence_subject`` is the entity the sentence opens with (for a participle with no verb before);
    ``previous``: where the sentence before it in the paragraph starts and ends ("That's according to X.").
    """
    tokens = list(unit.tokens)
    lowers = lowered(tokens)
    hits = find_cues(tokens, lowers, lex)
    starts = {h.index for h in hits}
    is_cue = starts.__contains__
    subjects = [read_subject(tokens, hit, hits[k - 1 : k], lex, text, is_cue) for k, hit in enumerate(hits)]
    for k in range(1, len(hits)):
        if hits[k - 1].stop == hits[k].index and lowers[hits[k].index - 1] == "to":
            subjects[k] = subjects[k - 1]  # "continued to insist that …": the verb after "to" has the same subject
    complements = [
        read_complement(tokens, lowers, hit, subjects[k], hits[k + 1].index if k + 1 < len(hits) else None, lex, is_cue)
        for k, hit in enumerate(hits)
    ]
    inside = nested(hits, subjects, complements, tokens, lowers)

    chosen: list[list[object]] = [[] for _ in hits]
    first_made: int | None = None  # the token index of the first cue that made a statement
    claims: list[Claim] = []
    orphan: Claim | None = None
    resumed: list[tuple[int, int]] = []  # the words after a parenthetical attribution ("X, she said, had …")
    for order, hit in enumerate(hits):
        if inside[order]:
            continue
        at = tokens[hit.index].start
        if subjects[order].relation == "chain" and any(a <= at < b for a, b in resumed):
            continue  # "Hale, she said, had promised to …": the verb is the reported clause's, not hers
        chosen[order] = choose(order, subjects, chosen, inside, resolve, context, sentence_subject)
        if hit.negated or not chosen[order] or _nobody(lowers, subjects[order].clause_start, hit.index):
            continue
        subject = subjects[order]
        content = content_of(tokens, text, order, hits, subjects, complements, inside, lex, first_made)
        if content is None:
            if subject.relation in ("subject", "inverted") and orphan is None and first_made is None and order == 0:
                cue = text[tokens[hit.index].start : tokens[hit.stop - 1].end]
                kinds = tuple(m.label for m in subject.mentions)
                orphan = Claim(
                    tuple(chosen[order]), Content("direct", 0, 0, cue), subject.dates, "orphan", kinds, hit.cue
                )
            continue
        if content.continuation is not None:
            resumed.append(content.continuation)
        if first_made is None:
            first_made = hit.index
        claims.append(
            Claim(
                tuple(chosen[order]),
                content,
                subject.dates + complements[order].dates + _occasion_aside(tokens, hit.index),
                subject.relation,
                tuple(m.label for m in subject.mentions),
                hit.cue,
            )
        )
    clause_starts = [
        (h.index, subjects[k].clause_start) for k, h in enumerate(hits) if subjects[k].relation in ("chain", "subject")
    ]
    # sources named by a phrase, not a verb's subject; resolved in this order, as the article reads
    according = according_to(tokens, lowers, text, hits, lex, previous)
    phrased: list[tuple[Mention, Content, str]] = [
        *((m, c, "according|report" if reports else "according") for m, c, reports in according),
        *((m, c, "according") for m, c in in_words(tokens, hits, text, lex)),
        *((m, c, "colon") for m, c in colon_quotes(tokens, text, hits, lex)),
        *((m, c, "noun") for m, c in noun_cues(tokens, text, clause_starts, lex)),
    ]
    for mention, content, relation in phrased:
        speakers = speakers_of(resolve(mention))
        if speakers:
            claims.append(Claim(speakers, content, relation=relation, mentions=(mention.label,)))
    return Reading(_outside_reports(claims), orphan)


def _outside_reports(claims: list[Claim]) -> list[Claim]:
    """An act inside what another speaker reports ("Cameron ordered diplomats to …, the Times
    reported") is part of that report, not a statement of its own."""
    # reports by start, with the furthest end reached so far: one binary search per act (linear
    # overall, where testing every act against every report is quadratic in a sentence of many)
    reports = sorted((c.content.start, c.content.end) for c in claims if c.content.kind != "act")
    starts = [a for a, _ in reports]
    reach = list(accumulate((b for _, b in reports), max))
    kept = []
    for claim in claims:
        if claim.content.kind == "act":
            k = bisect_right(starts, claim.content.start)
            if k and reach[k - 1] >= claim.content.end:
                continue
        kept.append(claim)
    return kept


NOBODY = frozenset(["nobody", "none", "neither", "noone"])


def _nobody(lowers: Sequence[str], start: int, cue: int) -> bool:
    """ "Nobody in the capital is talking about …", "No one at the ministry said …": the subject
    denies that anyone spoke."""
    words = lowers[max(start, cue - 8) : cue]  # the subject's first words are near its verb
    if "," in lowers[start:cue]:
        # "One, who asked that neither she nor … be named, said": an aside's words deny nothing
        words = lowers[start : lowers.index(",", start, cue)]
    return any(w in NOBODY for w in words) or ("no", "one") in pairwise(words)
