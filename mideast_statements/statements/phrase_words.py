"""The record a speaker phrase is read into (``Mention``) and the word classes the phrase readers
share: determiners, titles' modifiers, nouns for people and sources, and the helpers that join a
phrase's words and find its country."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import attrs

from .lexicon import Lexicon
from .names import strip_possessive
from .text import POSSESSIVE_ENDS, Token, words

__all__ = [
    "AGENT_NOUN",
    "AGENT_PLURAL",
    "DETERMINERS",
    "HONORIFIC_GENDER",
    "LEADING_VERBS",
    "MEMBER_COUNTS",
    "NAME_MODIFIERS",
    "OF_FOR",
    "ONE_MORE",
    "PLACE_PREPOSITIONS",
    "POSSESSIVES",
    "RANKS",
    "ROLE_CLAUSE",
    "STYLED_TITLES",
    "Mention",
    "MentionKind",
    "common_noun",
    "country_in",
    "is_age",
    "join_tokens",
    "one_more",
    "people_noun",
    "people_plural",
    "role_noun",
    "role_owner",
    "role_plural",
]


MentionKind = Literal["person", "institution", "pronoun", "role", "document", "description", "generic"]
DETERMINERS = words("the a an")
POSSESSIVES = words("his her its their")
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# a style after a job ("Foreign Minister Prince X", "Presidential Spokesman Ambassador X")
STYLED_TITLES = words("Prince Princess Ambassador")
OF_FOR = frozenset(("of", "for"))
NAME_MODIFIERS = words("former late then acting outgoing incoming retired deputy")  # before a title and a name


@attrs.frozen(slots=True)
class Mention:
    """A speaker phrase as read: what kind of source it names, its words as written and where they
    stand, and the name, role, organisation and country the phrase gives."""

    kind: MentionKind
    text: str  # as written, leading article dropped
    start: int  # paragraph offsets of the phrase
    end: int
    name: str | None = None  # a person's name without titles, or an institution's name
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    head: str | None = None  # the head noun, lower case ("doctor", "minister")
    modifiers: tuple[str, ...] = ()  # words before the head ("Russian", "Wikileaks")
    pronoun: str | None = None  # "person", "thing", "plural", "self"
    titled: bool = False  # an honorific or title before the name ("Mr. Lou") or an age after it: a person
    written: str | None = None  # an unnamed source as written, article included ("a senior official")
    listed: bool = True  # False: an unnamed source whose head noun no list knows ("the admiral"); a feature
    gender: str | None = None  # "m" or "f" from an honorific before a name ("Mrs. Vesper")

    @property
    def label(self) -> str:
        """The kind as the choice model sees it: an unlisted head is weighed apart ("generic?")."""
        return self.kind if self.listed else f"{self.kind}?"


# "a producer for X", "an analyst at Y"; "-ment" names a thing ("an argument with X"), not an agent
# (words that only end like agents: "the Slovenia-born former model" is headed by "model")
AGENT_NOUN = re.compile(
    r"(?!(?:former|other|another|further|together|whether|however|whatever|whenever|wherever|earlier|later|latter"
    r"|rather|either|neither|under|over|after|never|ever|proper|sooner|longer|bigger|larger|greater|higher|lower"
    r"|smaller|stronger|tougher|harder|closer|wider|younger|older|major|minor|junior|senior|prior|superior|inferior"
    r"|interior|exterior|wonder|matter|number|order|border|power|water|letter|murder|danger|anger|winter|summer"
    r"|error|terror|horror|honor|honour|labor|labour|favor|favour|color|colour|humor|humour|rumor|rumour|event"
    r"|moment|comment|percent|present|content|extent|intent|talent|want|plant|grant|meant|instant|distant"
    r"|pleasant|constant|relevant|important|significant|recent|different|current|silent|violent|urgent)$)"
    r"[a-z]{3,}(?:er|or|ist|ian|(?<!m)ent|ant)s?$"
)


AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians|(?<!m)ents|ants|ees|ics)$")


def people_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun for people or sources: a head the training data showed to speak ("officials", "aides",
    "poll"), a plural agent noun ("proponents", "organizers", "critics"), a role's plural ("nurses") or
    a people ("Israelis")."""
    low = strip_possessive(tok.lower)
    return (
        low in lex.source_nouns
        or low in lex.unidentified
        or AGENT_PLURAL.match(low) is not None
        or people_plural(low, lex)
    )


def role_noun(low: str, lex: Lexicon) -> bool:
    """A role or an agent noun (lower case): "minister", "spokesman", "retailer", "producer"."""
    return low in lex.roles or AGENT_NOUN.match(low) is not None


def role_plural(low: str, lex: Lexicon) -> bool:
    """ "nurses", "diplomats", "witnesses", "deputies", "spokesmen": the plural of a role noun (lower
    case)."""
    if low.endswith("s"):
        return (
            low[:-1] in lex.roles
            or (low.endswith("es") and low[:-2] in lex.roles)
            or (low.endswith("ies") and f"{low[:-3]}y" in lex.roles)
        )
    return low.endswith("men") and f"{low[:-3]}man" in lex.roles


def people_plural(low: str, lex: Lexicon) -> bool:
    """ "nurses", "israelis": the plural of a role noun, or a people (a nationality word's plural,
    not a state's name)."""
    if role_plural(low, lex):
        return True  # "nurses", "men"
    return low.endswith("s") and lex.country_of(low) is not None and lex.country_of(low[:-1]) is not None


def common_noun(tok: Token, lex: Lexicon) -> bool:
    """Is this word a common noun that can head a source ("officials", "critics", "police")? An
    acronym is a name ("WHO")."""
    if len(tok.text) > 1 and tok.text.isupper():
        return False
    low = strip_possessive(tok.lower)
    return low in lex.unidentified or low in lex.source_nouns or low in lex.institutions or low in lex.roles


def join_tokens(tokens: Sequence[Token], text: str) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def country_in(tokens: Sequence[Token], lex: Lexicon, text: str) -> str | None:
    """The first place or nationality the words name, multi-word names first."""
    n = len(tokens)
    for size in (4, 3, 2, 1):
        for k in range(0, n - size + 1):
            code = lex.country_of(join_tokens(tokens[k : k + size], text))
            if code:
                return code
    return None


def is_age(appositive: Sequence[Token]) -> bool:
    """An appositive that is a person's age ("Vesper, 45,")."""
    return len(appositive) == 1 and appositive[0].text.isdigit() and 0 < int(appositive[0].text) < 120


ROLE_CLAUSE = words("who whom whose which that")
MEMBER_COUNTS = words("one another two three four five six seven eight nine ten")
RANKS = words(
    "Col. Col Colonel Gen. Gen General Lt. Lt Lieutenant Maj. Maj Major Capt. Capt Captain Sgt. Sgt Sergeant "
    "Adm. Adm Admiral Brig. Brigadier Cpl. Corporal Pvt. Private Cmdr. Commander"
)
PLACE_PREPOSITIONS = words("in at")


# a relative clause after a name that gives a job at a body ("who heads the X Institute")
LEADING_VERBS = {
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "directs": "director",
    "chairs": "chair",
    "runs": "head",
    "founded": "founder",
}


# "A third, Daniel Varga, said", "Another, X, said": one more of a group counted before
ONE_MORE = words("another other second third fourth fifth sixth latter former")


def one_more(words: Sequence[Token]) -> bool:
    """ "a third", "another", "the other": an ordinal alone, a member of a group named before."""
    last = words[-1].lower if words else ""
    return last in ONE_MORE and (len(words) == 1 or (len(words) == 2 and words[0].lower in ("a", "an", "the")))


def role_owner(member_of: str | None, definite: bool, body: bool) -> str | None:
    """The organisation of an unnamed role: "a White House official" (as written), "the Kestrel
    Union's foreign policy chief" (a possessive body, named with an institution's word: "Kestrel
    Bay's foreign minister" serves a place); none for "the White House official"."""
    if member_of and member_of.endswith(POSSESSIVE_ENDS):
        return strip_possessive(member_of) if body else None
    return None if definite else member_of
