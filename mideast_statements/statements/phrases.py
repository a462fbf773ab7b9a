"""The bounds of a speaker's phrase, shared by every reading of who speaks: where the noun
phrase before a verb begins (``np_start``), which words can end one (``can_head``), an unnamed
source run on through its relative clause, and the ``Candidate`` each reading makes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .lexicon import Lexicon
from .mentions import AGED, AGENT_NOUN, Mention, role_plural
from .text import AUX, Token, words

__all__ = [
    "AUX",
    "BOUNDARY_WORDS",
    "DETERMINERS",
    "FINDING_VERBS",
    "Candidate",
    "Relation",
    "across_joined_prepositions",
    "auxiliary",
    "can_head",
    "named_object",
    "np_start",
    "opening_bracket",
    "title_continues",
    "with_relative",
    "written_through",
]

Relation = Literal["subject", "inverted", "chain", "sentence", "next", "none"]


BOUNDARY_WORDS = words(
    "that which who whom whose what and but or nor while whereas when after before because as since although "
    "though if where once until whether so than"
)


DETERMINERS = words("the a an his her its their this that these those")


@attrs.frozen(slots=True)
class Candidate:
    """A reading of who speaks through a cue.

    ``relation`` says where the speaker stands: ``subject`` (the phrase before the verb, or the
    antecedent of "who"/"which"), ``inverted`` (after it), ``chain`` (the speaker of the sentence's
    previous verb), ``sentence`` (the sentence's opening subject), ``next`` (the subject of a later
    verb), ``none`` (no speaker in the sentence). ``mentions`` are the phrases read (several for a
    list of names); ``start`` is the speaker phrase's first token; ``clause_start`` is where the
    cue's clause begins, which ends the content of a cue before it.
    """

    relation: Relation
    mentions: tuple[Mention, ...] = ()
    start: int | None = None
    clause_start: int = 0
    dates: tuple[Token, ...] = ()


def opening_bracket(tokens: Sequence[Token], k: int) -> int | None:
    """The "(" that the ")" at k closes, within six tokens and after a word; None otherwise."""
    for m in range(k - 1, max(-1, k - 8), -1):
        if tokens[m].text == "(":
            return m if m > 0 and tokens[m - 1].is_word else None
        if tokens[m].kind == "quote":
            return None
    return None


def np_start(tokens: Sequence[Token], k: int, is_cue: Callable[[int], bool]) -> int:
    """Start of the noun phrase ending at token k: back to a clause boundary, after any verb."""
    s = k
    while s >= 0 and tokens[s].is_word and tokens[s].lower not in BOUNDARY_WORDS and k - s < 14:
        s -= 1
    s += 1
    for m in range(k, s - 1, -1):
        if m < k and m > s and tokens[m].lower == "by" and _passive_verb(tokens, m - 1):
            return m + 1  # "could be met by a chorus of Democrats urging": the agent is the phrase
        if (tokens[m].lower in AUX and not tokens[m].capitalized) or (m < k and is_cue(m)):
            if _participle_after_aux(tokens, m, k):
                return k + 1  # "… have renewed Republican calls for": the cue word is the verb's object
            return m + 1
        if (
            m < k
            and tokens[m].lower.endswith("ed")
            and not tokens[m].capitalized
            and (tokens[m + 1].lower in DETERMINERS or tokens[m + 1].text[:1].isdigit())
        ):
            return m + 1  # "Vale started a petition calling on": a verb before its object ends the subject
        if m < k and tokens[m].lower in FINDING_VERBS:
            return m + 1  # "The survey showed 54 percent of voters said": what a poll found reports its respondents
    return s


def across_joined_prepositions(tokens: Sequence[Token], s: int, is_cue: Callable[[int], bool]) -> int:
    """ "Officials in the Ombrin Bureau and at the Justice Ministry said": when np_start began at a
    preposition after "and", the "and" joins two of the head's prepositional phrases; the subject
    starts where the phrase before the first one does."""
    if not (s >= 3 and tokens[s - 1].lower == "and" and tokens[s].lower in JOINED_PREPOSITIONS):
        return s
    a = np_start(tokens, s - 2, is_cue)
    joined = any(tokens[m].lower in JOINED_PREPOSITIONS for m in range(a + 1, s - 2))
    return a if joined and a < s - 2 else s


JOINED_PREPOSITIONS = words("in at from of on for with")
FINDING_VERBS = words("show shows showed find finds found suggest suggests suggested indicate indicates indicated")


def _passive_verb(tokens: Sequence[Token], m: int) -> bool:
    """A passive verb ends at m ("was backed", "be met"): a lower-case word after an auxiliary. A
    participle alone describes the noun before it ("a commission appointed by X estimated")."""
    tok = tokens[m]
    return tok.is_word and not tok.capitalized and m >= 1 and tokens[m - 1].lower in AUX


def _participle_after_aux(tokens: Sequence[Token], m: int, k: int) -> bool:
    """An auxiliary at m, then a past participle and more words up to k: a verb with its object,
    not a relative clause's ("executives who have worked with him say")."""
    after = tokens[m + 1] if m < k else None
    return (
        after is not None
        and tokens[m].lower in ("have", "has", "had")
        and not after.capitalized
        and after.lower.endswith("ed")
        and (m == 0 or tokens[m - 1].lower not in ("who", "that", "which"))
    )


def with_relative(mention: Mention, tokens: Sequence[Token], k: int, clause_end: int, text: str) -> Mention:
    """An unnamed source keeps its defining relative clause as written ("those who back her
    opponents", "a person who attended the meeting", "officials whose laws were struck down"):
    without it "those" names nobody."""
    if mention.kind not in ("generic", "description", "role") or not mention.written or clause_end - k > 14:
        return mention
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in ("who", "whose"):
        return mention  # "that" opens a reported clause as often as a relative one
    if any(t.kind != "word" and t.text not in "-’'" for t in tokens[k + 1 : clause_end + 1]):
        return mention  # a comma or a quotation inside: not one plain relative clause
    return written_through(mention, text, tokens[clause_end].end)


def written_through(mention: Mention, text: str, end: int) -> Mention:
    """An unnamed source as written, run on to ``end``; unchanged when that makes more than 15
    words (a clause, not a phrase: the head alone names the source)."""
    start = mention.end - len(mention.written or "")
    written = text[start:end]
    return mention if len(written.split()) > 15 else attrs.evolve(mention, written=written)


def auxiliary(tok: Token) -> bool:
    """An auxiliary, also contracted and negated ("aren't", "didn’t"): a clause's verb."""
    return not tok.capitalized and (tok.lower in AUX or tok.lower.endswith(("n't", "n’t")))


def can_head(tok: Token, lex: Lexicon) -> bool:
    """Can this word end a speaker's phrase: a name, or a noun that heads sources ("the minister")?"""
    low = tok.lower
    return (
        tok.capitalized
        or AGENT_NOUN.match(low) is not None  # "said a retired teacher"
        or low in lex.roles
        or role_plural(low, lex)  # "said two diplomats familiar with …"
        or low in lex.source_nouns
        or low in lex.institutions
        or low in lex.unidentified
        or AGED.fullmatch(low) is not None  # "said the 46-year-old"
    )


def named_object(tokens: Sequence[Token], e: int) -> bool:
    """Does a preposition's object from ``e`` hold a capitalised word before the next punctuation
    ("in the Kestrel presidency", not "in a statement")?"""
    for m in range(e, min(e + 5, len(tokens))):
        if not tokens[m].is_word:
            return False
        if tokens[m].capitalized:
            return True
    return False


def title_continues(tokens: Sequence[Token], e: int, lex: Lexicon) -> int | None:
    """Where lower-case describing words at e lead on to a name or a role noun within three words
    ("Republican presidential hopeful Sen. Ted Cruz", "The GOP presidential candidate is"); None
    when they lead to none."""
    for m in range(e, min(e + 4, len(tokens))):
        tok = tokens[m]
        if not tok.is_word or (tok.lower in AUX and not tok.capitalized) or tok.lower in lex.cues:
            return None
        if tok.lower in BOUNDARY_WORDS or (not tok.capitalized and tok.lower.endswith(("ed", "ly"))):
            return None
        if tok.capitalized or can_head(tok, lex):
            return m if m > e or tok.capitalized else None
    return None
