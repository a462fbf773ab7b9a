"""Sources joined by "and" or listed: "Abbas, Assad and el-Sisi said", "the foreign ministers of
Qarvat and Varnia", "Officials and diplomats said", "Vale and his allies say", "…, he and Mr. Allen
said". Each reading gives the subject's mentions and where its phrase starts; the candidates stage
calls them once it has found the phrase before the verb.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .appositions import PREPOSITIONS
from .lexicon import Lexicon
from .mentions import Mention, analyse, group_noun
from .names import strip_possessive
from .phrase_extent import across_name_and
from .phrase_words import role_noun
from .phrases import Candidate, can_head, np_start
from .text import Token, comma_at, is_plural, words

__all__ = ["NAMES", "across_list_of", "across_roles", "joined_groups", "listed_subject", "unnamed"]

NAMES = ("person", "institution")

GROUP_PLACES = words("of in from")  # "the ministers of X and Y", "protesters in X and Y"
LIST_REACH = 24  # tokens a list of names may take: the walk back over it stays bounded


def across_list_of(tokens: Sequence[Token], s: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> int:
    """Where a subject begun after "and" begins when the names listed belong to one group: "the
    foreign ministers of Qarvat, Moravia and Kestrel said" is the ministers, not Kestrel."""
    if s < 3 or tokens[s - 1].lower != "and" or not tokens[s].capitalized:
        return s
    a = s - 1
    while a > 0 and s - a < LIST_REACH and (tokens[a - 1].capitalized or tokens[a - 1].text in (",", "and")):
        a -= 1
    first = a
    if a >= 3 and tokens[a - 1].lower == "the":
        a -= 1  # "Leaders of the Kestrel Senate and House": the article opens the list
    if a < 2 or tokens[a - 1].lower not in GROUP_PLACES or not tokens[first].capitalized:
        return s
    group = tokens[a - 2]
    if not (group.is_word and group_noun(group, lex)):
        return s
    return np_start(tokens, a - 2, is_cue)


def _joined_name(
    tokens: Sequence[Token], s: int, mention: Mention | None, lex: Lexicon, text: str
) -> tuple[int, Mention | None]:
    """The subject starting at s, widened over an "and" inside an institution's name."""
    a = across_name_and(tokens, s, lex)
    if a == s or mention is None:
        return s, mention
    e = s
    while e < len(tokens) and tokens[e].end <= mention.end:
        e += 1
    joined = analyse(tokens[a:e], text, lex)
    return (a, joined) if joined is not None else (s, mention)


def _list_before(tokens: Sequence[Token], s: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Earlier items of a list of names ending at s ("Abbas, Assad, Raisi, and el-Sisi")."""
    items: list[tuple[int, int]] = []
    k = s - 1
    if k < 0 or tokens[k].lower != "and":
        return []
    while k >= 0 and tokens[k].lower in ("and", ","):
        k -= 1
        if k >= 0 and tokens[k].text == "," and tokens[k + 1].lower == "and":
            continue
        e = k + 1
        while k >= 0 and (tokens[k].capitalized or tokens[k].lower in lex.particles) and e - k <= 4:
            k -= 1
        if e - (k + 1) < 1:
            if items and tokens[e].text == ",":
                break  # "…, Egypt and Qatar said": the comma before the first name closes the clause before
            comma = _description_before(tokens, k, lex) if not items else None
            if comma is None:
                return []
            # "Tal Vasko, the Kestrel foreign minister, and Mara Dorn said": the name before its description
            k = comma - 1
            e = k + 1
            while k >= 0 and (tokens[k].capitalized or tokens[k].lower in lex.particles) and e - k <= 4:
                k -= 1
            if k >= 0 and tokens[k].lower not in ("and", ","):
                return []  # "the president of the Roosevelt Institute, a think tank, and …": a name inside a phrase
        items.insert(0, (k + 1, e))
        if k < 0 or tokens[k].lower not in ("and", ","):
            break
    if items and items[0][0] > 0 and tokens[items[0][0] - 1].lower in PREPOSITIONS:
        return []  # "at the PGA Championship in Louisville, and Nicklaus said": a place, not a speaker
    first = items[0][0] if items else 0
    verb_before = first > 0 and tokens[first - 1].is_word and tokens[first - 1].lower not in ("the", "and")
    if len(items) == 1 and s >= 2 and tokens[s - 2].text == "," and verb_before and not _set_off(tokens, s):
        return []  # "X should deport Dorn, and Vesper later called …": ", and" after a verb's object joins clauses
    return items


def _description_before(tokens: Sequence[Token], k: int, lex: Lexicon) -> int | None:
    """The comma opening a person's description set off after a name, the description ending at ``k``
    ("Tal Vasko, the Kestrel foreign minister,"): words opening with an article or possessive and ending
    in a role noun, a capitalised word before the comma; None otherwise."""
    m = k
    while m >= 0 and tokens[m].is_word and k - m < 8:
        m -= 1
    described = m >= 1 and tokens[m].text == "," and tokens[m - 1].capitalized and m < k
    if not described or tokens[m + 1].lower not in DESCRIPTION_OPENERS or not role_noun(tokens[k].lower, lex):
        return None
    return m if tokens[m - 1].lower not in lex.common_words else None


DESCRIPTION_OPENERS = words("the a an his her its their")


def _set_off(tokens: Sequence[Token], s: int) -> bool:
    """ "Mr. Vale, and others, have likened …": the words after ", and" closed by a comma of their own."""
    j = s
    while j < len(tokens) and tokens[j].is_word and j - s < 5:
        j += 1
    return j < len(tokens) and tokens[j].text == ","


_UNNAMED = ("generic", "description")


def unnamed(mention: Mention | None) -> bool:
    """An unnamed source a list knows the head of ("officials", "a senior diplomat")."""
    return mention is not None and mention.kind in _UNNAMED and mention.listed


def joined_groups(
    tokens: Sequence[Token],
    s: int,
    k: int,
    mention: Mention | None,
    lex: Lexicon,
    text: str,
    is_cue: Callable[[int], bool],
) -> tuple[int, Mention | None]:
    """The subject widened over an "and" that joins two unnamed sources at the clause's start
    ("Officials and diplomats said", "Varnian lawmakers and their allies in the unions say"): one
    source, as written, not the last of the two."""
    if mention is None or not unnamed(mention) or s < 2 or tokens[s - 1].lower != "and":
        return s, mention
    a = np_start(tokens, s - 2, is_cue)
    if a > 0 and tokens[a - 1].text != ",":
        return s, mention  # "He signed the deal and officials said": the "and" joins two clauses
    first = analyse(tokens[a : s - 1], text, lex)
    if not unnamed(first):
        return s, mention
    for start in dict.fromkeys((_earlier_groups(tokens, a, text, lex, is_cue), a)):
        joined = analyse(tokens[start : k + 1], text, lex)
        if joined is not None and joined.kind in _UNNAMED and joined.end == mention.end:  # no word cut off
            return start, joined
    return s, mention


def _earlier_groups(tokens: Sequence[Token], a: int, text: str, lex: Lexicon, is_cue: Callable[[int], bool]) -> int:
    """ "Friends, lobbyists and former rivals say": unnamed sources listed with commas before the
    joined pair belong to the subject when the list opens the sentence; ``a`` otherwise."""
    start = a
    while start >= 2 and tokens[start - 1].text == ",":
        b = np_start(tokens, start - 2, is_cue)
        plural = is_plural(tokens[start - 2].lower)  # "The source of …, union members say": no list
        if b >= start - 1 or not plural or not unnamed(analyse(tokens[b : start - 1], text, lex)):
            break
        start = b
    return start if start == 0 else a


def listed_subject(
    tokens: Sequence[Token], s: int, mention: Mention | None, lex: Lexicon, text: str, dates: tuple[Token, ...]
) -> Candidate:
    """The subject whose last item starts at s, with the names listed before it ("Abbas, Assad,
    Raisi, and el-Sisi", "Tom Vale and Sen. Ana Lind (R-N.H.), who …,"); "Vale and others": the
    named ones speak, "others" names nobody."""
    s, mention = _joined_name(tokens, s, mention, lex, text)
    p = s - 2
    if (
        mention is not None
        and p >= 0
        and tokens[s - 1].lower == "and"
        and tokens[p].lower in ("he", "she")
        and (p == 0 or comma_at(tokens[p - 1]))
        and (mention.kind in NAMES or unnamed(mention))
        and (pronoun := analyse(tokens[p : p + 1], text, lex)) is not None
    ):
        # "…, he and Mr. Allen said.", "…, she and another reporter said.": both speak
        return Candidate("subject", (pronoun, mention), p, p, dates)
    items = _list_before(tokens, s, lex)
    listed = [analyse(tokens[a:b], text, lex) for a, b in items]
    if items and mention is not None and all(m and m.kind in NAMES for m in listed):
        every = [m for m in listed if m is not None]
        if mention.kind in NAMES or (
            # "Vale and his allies say": the group after the names speaks with them ("Qarvat and
            # Varnia officials" are the officials of both)
            unnamed(mention) and mention.head != "others" and mention.text[:1].islower()
        ):
            every.append(mention)
        elif not (mention.kind == "generic" and mention.head == "others"):
            every = []
        if every and every[0].titled:  # "Presidents Vela, Moreno and Ostrander": the title is every name's
            every = [attrs.evolve(m, titled=True) if m.kind == "person" else m for m in every]
        if every:
            return Candidate("subject", tuple(every), items[0][0], items[0][0], dates)
    return Candidate("subject", (mention,) if mention else (), s, s, dates)


def across_roles(tokens: Sequence[Token], s: int, lex: Lexicon, text: str, is_cue: Callable[[int], bool]) -> int:
    """Where a subject begun after "and" begins when the words before the "and" are a role of the
    same person ("JPL scientist and study co-author Mina Lale said"): one person with both roles."""
    if s < 3 or tokens[s - 1].lower != "and" or not _role_word(tokens[s - 2], lex):
        return s
    a = np_start(tokens, s - 2, is_cue)
    while a >= 2 and tokens[a - 1].text == "," and _role_word(tokens[a - 2], lex):
        a = np_start(tokens, a - 2, is_cue)  # "chairman, CEO and president Tom Vale": a list of his titles
    noun = strip_possessive(tokens[s - 2].lower)
    if a >= s - 1 or tokens[a].lower in ("the", "a", "an") or is_plural(noun) or not can_head(tokens[s - 2], lex):
        return s  # "The scientist and Tal Vesper said": two people
    first = analyse(tokens[a : s - 1], text, lex)
    return a if first is not None and first.kind in ("description", "role", "generic") else s


def _role_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case noun that may head a role ("scientist"), or a role in capitals ("CEO")."""
    if not tok.is_word:
        return False
    return (tok.text.isupper() and tok.lower in lex.roles) or (not tok.capitalized and can_head(tok, lex))
