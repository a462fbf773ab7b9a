"""The subject of a clause: the noun phrase a clause opens with, up to its verb (``subject_phrase``),
the main clause's after an opening phrase or subordinate clause, and the subject of a clause
joined by ", but" before a participle. Split from ``candidates`` so that each reads in one sitting."""

from __future__ import annotations

from collections.abc import Sequence

from .appositions import ADVERBS, PREPOSITIONS
from .lexicon import Lexicon
from .mentions import Mention, analyse
from .names import strip_possessive
from .phrase_extent import NUMBER_WORDS, TIME_UNITS, role_object_and
from .phrase_words import role_noun
from .phrases import AUX, BOUNDARY_WORDS, DETERMINERS, FINDING_VERBS, can_head, named_object, title_continues
from .text import FINITE_VERBS, POSSESSIVE_ENDS, Token, verb_word, words

__all__ = [
    "LEAD_IN_WORDS",
    "SUBORDINATORS",
    "coordinated_subject",
    "lead_in_end",
    "main_clause_subject",
    "subject_phrase",
    "subordinate",
]


SUBORDINATORS = words("while whereas although though because since if when as after before once unless")


def subordinate(tokens: Sequence[Token], index: int) -> bool:
    """Does the clause of the verb at ``index`` open with a subordinating word ("while rivals called",
    "Years after X claimed")?"""
    m = index - 1
    while m >= 0 and tokens[m].is_word and index - m < 12:
        m -= 1
    opener = lead_in_end(tokens, m + 1) if m + 1 < index else m + 1
    return opener < index and tokens[opener].lower in SUBORDINATORS


# words that measure how long before or after ("Years after", "Two weeks before", "Shortly after")
LEAD_IN_WORDS = TIME_UNITS | NUMBER_WORDS | words("moments shortly soon long just even only right")


def lead_in_end(tokens: Sequence[Token], first: int) -> int:
    """Where an opening subordinator stands after a lead-in of time ("Years after X claimed …" → "after");
    ``first`` when there is none."""
    for k in range(first, min(first + 3, len(tokens) - 1)):
        if tokens[k].lower not in LEAD_IN_WORDS:
            return first
        if tokens[k + 1].lower in ("after", "before", "since", "when", "until", "once"):
            return k + 1
    return first


PLACE_WORDS = words("in at from")


def coordinated_subject(tokens: Sequence[Token], k: int, lex: Lexicon, text: str) -> Mention | None:
    """The subject of a clause joined by ", but", ", yet" or ", and" before the comma at ``k``, when a
    verb follows it ("…, but Wallin brought him back"); None when there is none (or a quotation
    comes between)."""
    for m in range(k - 1, 1, -1):
        if tokens[m].kind == "quote":
            return None
        if tokens[m].lower not in ("but", "yet", "and") or tokens[m - 1].text != ",":
            continue
        mention = subject_phrase(tokens, m + 1, lex, text)
        if mention is None:
            return None
        after = next((e for e in range(m + 1, k) if tokens[e].start >= mention.end), k)
        after += 1 if after < k and tokens[after].lower.endswith("ly") else 0  # "but Wallin quickly brought"
        return mention if after < k and verb_word(tokens[after]) else None
    return None


def main_clause_subject(tokens: Sequence[Token], after: int, lex: Lexicon, text: str) -> Mention | None:
    """The subject of the clause that follows an opening phrase ending at the first comma after
    ``after`` ("Speaking to reporters on Tuesday, the minister said")."""
    comma = next((m for m in range(after, len(tokens)) if tokens[m].text == ","), None)
    if comma is None:
        return None
    return subject_phrase(tokens, comma + 1, lex, text)


def subject_phrase(tokens: Sequence[Token], k: int, lex: Lexicon, text: str) -> Mention | None:
    """The noun phrase starting at token k, up to its verb: it ends at an auxiliary, a cue, a
    clause word or punctuation, or at a lower-case word after its head ("Investors see …")."""
    e = k
    head_seen = False
    described_to = -1  # where a run of describing words admitted before its role noun ends
    while e < len(tokens) and e - k < 10 and tokens[e].is_word:
        tok = tokens[e]
        low = tok.lower
        # a capitalised cue word inside the phrase is part of a name ("The Washington Post columnist")
        if (
            (low in BOUNDARY_WORDS and not (low == "and" and role_object_and(tokens, e, lex)))
            or (not tok.capitalized and low in AUX)
            or (low in lex.cues and not (tok.capitalized and e > k))
        ):
            break
        if (
            e > k
            and not tok.capitalized
            and (low.endswith(("ed", "ly")) or low in ADVERBS or low in FINITE_VERBS | FINDING_VERBS)
        ):
            # "Members of the family long ago soured …", "the former president gave …": a verb or an
            # adverb ends the phrase
            break
        if (
            head_seen
            and e > described_to
            and not tok.capitalized
            and low != "of"
            and not can_head(tok, lex)
            and low not in lex.particles
        ):
            title_head = (
                title_continues(tokens, e, lex)
                # "the ministry's top adviser": describing words after a possessive, too
                if tokens[e - 1].capitalized
                or tokens[e - 1].lower in lex.roles
                or tokens[e - 1].text.endswith(POSSESSIVE_ENDS)
                else None
            )
            # "Vale primes supporters": an -s word right after a name is its verb, no title
            if title_head is None or (
                tokens[e - 1].capitalized
                and low.endswith("s")
                and not low.endswith("ss")
                # "The ministry's top adviser": a body's possessive goes on ("Last year's" does not)
                and not (low.endswith(POSSESSIVE_ENDS) and strip_possessive(low) in lex.institutions)
                and low not in lex.unidentified  # "Houthi rebels": a group, no verb
            ):
                break
            # a run of plain describing words before a role noun goes on to it ("recent top adviser"); one
            # with a preposition, an article, an -s or -ing word in it ("for the 6th Circuit", "often
            # questions Clinton's"), or before another noun ("include keeping records"), a word at a time
            head = tokens[title_head].lower
            plain = (
                not tokens[title_head].capitalized
                and role_noun(head, lex)
                and all(
                    tokens[m].lower not in PREPOSITIONS
                    and tokens[m].lower not in DETERMINERS
                    and not tokens[m].lower.endswith(("s", "ing"))
                    for m in range(e, title_head)
                )
            )
            described_to = title_head if plain else e
        head_seen = head_seen or can_head(tok, lex) or low in lex.pronouns
        if (
            low == "of"
            or (low == "to" and e > k and tokens[e - 1].lower in lex.roles)
            or (low in PLACE_WORDS and e > k and tokens[e - 1].lower in lex.roles and named_object(tokens, e + 1))
        ):
            # "the head of the committee", "Kestrel's ambassador to the UN Oren Haskel", "a senior
            # official in the Kestrel presidency": the phrase goes on to the object
            head_seen = False
        e += 1
    if e == k:
        return None
    mention = analyse(tokens[k:e], text, lex)
    return None if mention is None or mention.kind == "document" else mention
