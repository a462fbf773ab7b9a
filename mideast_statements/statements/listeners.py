"""Stage 3b, the listener: who hears the words, between a telling verb and what it reports ("told
reporters that", "told investors of Ombrin Media, the group's parent, that"), and the writer's
"and I quote" before a quotation. Split from ``complements`` so that each module reads in one sitting."""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import AUX
from .lexicon import Lexicon
from .phrase_extent import is_plural
from .text import FINITE_VERBS, Token, uncontracted, words

__all__ = [
    "LISTENER_REACH",
    "PRONOUNS",
    "SUBJECT_PRONOUNS",
    "TELLING",
    "listener_before_that",
    "quote_formula",
    "skip_addressee",
]

SUBJECT_PRONOUNS = words("he she it they we i there this")  # what opens a clause after a listener


def skip_addressee(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    """After "told"/"informed": the listener ("reporters", "the BBC", "US media", "his colleagues")."""
    n = len(tokens)
    if j + 1 < n and tokens[j].lower in PRONOUNS and uncontracted(tokens[j + 1].lower) in SUBJECT_PRONOUNS:
        return j + 1  # "told her he would resign": "her" is the listener, not "her he"
    if j + 1 < n and tokens[j].lower in ("it", "you") and tokens[j + 1].lower in AUX:
        return j  # "warned it will respond": the pronoun is the clause's subject, no listener
    k = j
    if k < n and tokens[k].lower in ("the", "a", "an", "his", "her", "their", "its", "our"):
        k += 1
    caps = k
    while (
        caps < n
        # a name's words, or a number that ends it ("told Channel 12")
        and (tokens[caps].capitalized or tokens[caps].lower in lex.particles or _channel_number(tokens, caps))
        and tokens[caps].lower not in lex.weekdays  # "warned Thursday that": a day, no listener
        and caps - k < 5
    ):
        caps += 1
    while caps > k and not (tokens[caps - 1].capitalized or _channel_number(tokens, caps - 1)):
        caps -= 1  # a name ends on a name word, not on "of" ("the Israeli PM of the steps …")
    end = caps
    # "told conservative radio host X": plain describing words, with no article, before a listener noun
    described = caps == k == j and any(
        tokens[m].lower in lex.addressee_nouns and tokens[m].lower not in PRONOUNS for m in range(k + 1, min(n, k + 3))
    )
    gap = end  # "told the AFP news agency", "told the state news agency": plain words before the noun
    while (
        # after an article or a name only ("declined to say whether it …", "promised her entire
        # program would …" have no listener)
        (caps > k or (k > j and tokens[j].lower in ("the", "a", "an")) or described)
        and gap < n
        and gap - end < 2
        and tokens[gap].is_word
        and not tokens[gap].capitalized
        and tokens[gap].lower not in lex.addressee_nouns
        and tokens[gap].lower != "that"
    ):
        gap += 1
    # a pronoun is the listener only right after the verb: "told reporters her country …" has "her" open the clause
    if gap < n and tokens[gap].lower in lex.addressee_nouns and (gap == j or tokens[gap].lower not in PRONOUNS):
        end = gap + 1
        while (
            end < n
            and tokens[end].lower in lex.addressee_nouns
            and tokens[end].lower not in PRONOUNS
            and end - caps < 3
        ):
            end += 1  # "told the radio station"
        while end < n and tokens[end].capitalized and tokens[end].lower not in lex.weekdays and end - caps < 6:
            end += 1  # "told Fox News host Sean Hannity", "told the official news agency KNA": the listener's name
    elif (
        end == k
        and end + 1 < n
        and tokens[end + 1].lower in lex.addressee_nouns
        and tokens[end + 1].lower not in PRONOUNS  # "warned that it will …": "that" opens the clause
    ):
        end += 2  # "told federal investigators"
    elif (
        end == k
        and k + 1 < n
        and tokens[k].is_word
        and not tokens[k].capitalized
        and is_plural(tokens[k].lower)
        and uncontracted(tokens[k + 1].lower) in SUBJECT_PRONOUNS
    ):
        end += 1  # "told doctors he ate the meat": any plural noun before the clause's pronoun listens
    elif end == k < n and tokens[k].is_word and not tokens[k].capitalized and is_plural(tokens[k].lower):
        end = _plural_listener(tokens, k)  # "told investors of Ombrin Media that …"
    if end == k:
        return j
    return end


QUOTE_FORMULAS = (("and", "i", "quote"), ("i", "quote"), ("quote",))


def quote_formula(tokens: Sequence[Token], lowers: Sequence[str], m: int) -> int:
    """Past the writer's 'and I quote' between a verb and its quotation ('said, and I quote, "…"'):
    the mark before the quotation; ``m`` when no such formula is there."""
    if m >= len(tokens) or tokens[m].text != ",":
        return m
    for formula in QUOTE_FORMULAS:
        e = m + 1 + len(formula)
        if tuple(lowers[m + 1 : e]) == formula and e + 1 < len(tokens) and tokens[e].text in ",:":
            return e if tokens[e + 1].kind == "quote" else m
    return m


def _plural_listener(tokens: Sequence[Token], k: int) -> int:
    """After a telling verb, a plural noun with the body it belongs to ("investors of Ombrin Media",
    "staff at the ministry") listens when "that", a comma or "on" follows it; ``k`` otherwise."""
    n = len(tokens)
    e = k + 1
    if e + 1 < n and tokens[e].lower in LISTENER_LINKS:
        e += 2 if tokens[e + 1].lower == "the" else 1
        start = e
        while e < n and tokens[e].capitalized and e - start < 5:
            e += 1
        if e == start:
            return k
    return e if e < n and (tokens[e].lower in ("that", "on") or tokens[e].text == ",") else k


LISTENER_LINKS = words("of at from in")


def _channel_number(tokens: Sequence[Token], k: int) -> bool:
    """A number right after a capitalised word ("Channel 12", "France 24"): part of the name."""
    return k > 0 and tokens[k].text.isdigit() and tokens[k - 1].capitalized and len(tokens[k].text) <= 3


PRONOUNS = words("him her them us me it you")  # a listener only right after the verb ("told her that")


# Verbs whose object is who hears the words ("told investors that"); "issued a report that cited"
# has a thing as its object, and "that" opens the thing's relative clause.
TELLING = words("tell inform assure remind warn advise promise email write answer")


def listener_before_that(tokens: Sequence[Token], lowers: Sequence[str], j: int) -> int:
    """ "told investors that", "told a crowd of supporters that", "told a crowded hall at a hotel in
    downtown X that": plain words between a verb that takes a listener and "that" are the listener
    and where it was; the index of "that", else j. A subject pronoun or a finite verb on the way
    opens a clause ("told them he knows that …")."""
    if j >= len(tokens) or not tokens[j].is_word or lowers[j] in AUX:
        return j
    for k in range(j + 1, min(j + LISTENER_REACH, len(tokens))):
        if lowers[k] == "that":
            return k
        if (
            not tokens[k].is_word
            or lowers[k] in AUX
            or lowers[k] in SUBJECT_PRONOUNS
            or lowers[k] in FINITE_VERBS
            or lowers[k] in ("and", "or", "but")  # "answered questions and even assured the crowd that"
            # a past form opens a clause, unless a relative clause about the listener ("told a few
            # thousand teachers who covered the lawn that …")
            or (k > j + 4 and lowers[k].endswith("ed") and lowers[k - 1] not in ("who", "which"))
        ):
            break
    return j


LISTENER_REACH = 15  # words a listener and its place may take before "that"
