"""What a role noun is written with ("the prime minister", "Qarvat's envoy"), and whether a person
the article named before fits it: the words that make one office another, and the places or bodies
that own the role; the nouns for a news outlet, a pair of people and any body that stand for
someone named before; and a role's words as the article gives them, cleaned (``clean_role``)."""

from __future__ import annotations

import re
from collections.abc import Collection

from .bodies import PREPOSITIONS
from .lexicon import Lexicon
from .names import strip_possessive
from .phrase_words import DETERMINERS, ROLE_CLAUSE, Mention, role_noun
from .text import words

__all__ = [
    "ANY_BODY",
    "BODY_NOUNS",
    "OUTLET_NOUNS",
    "PAIR",
    "PAIR_OFFICES",
    "ROLE_QUALIFIERS",
    "STATE_BODIES",
    "clean_role",
    "owned_by",
    "role_owners",
    "role_qualifiers",
]

# words that make one office of a role noun another ("prime", "foreign", "defence" minister): a role
# noun that has one fits only a person whose titles have it too
ROLE_QUALIFIERS = words(
    "prime foreign defence defense interior finance health justice education energy economy trade deputy vice "
    "assistant opposition"
)
NOT_OWNERS = frozenset(("his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "this", "that"))


def role_qualifiers(mention: Mention) -> frozenset[str]:
    """The words of a role noun that name one office ("the prime minister" → {"prime"})."""
    return frozenset(m.lower() for m in mention.modifiers) & ROLE_QUALIFIERS


def role_owners(mention: Mention) -> set[str]:
    """The places and bodies the role is written with ("Qarvat's envoy" → {"qarvat"}); "His" opening
    a sentence is none."""
    return {m.lower() for m in mention.modifiers if m[:1].isupper()} - ROLE_QUALIFIERS - NOT_OWNERS


def owned_by(owners: set[str], names: Collection[str]) -> bool:
    """Does every place or body a role noun is written with stand among the words an entity was
    called by ("Qarvati", "Qarvat's")?"""
    return all(any(w.startswith(owner) for w in names) for owner in owners)


# what an article calls a news outlet it named before, and the words the outlet's name then holds
_PAPER_WORDS = words("Times Post Journal Gazette Herald Tribune Daily News Telegraph Chronicle Star Sun Mail")
_BROADCAST_WORDS = words("TV Radio Television Channel Broadcasting Network News")
OUTLET_NOUNS = {
    **dict.fromkeys(("newspaper", "daily", "paper", "tabloid"), _PAPER_WORDS),
    **dict.fromkeys(("broadcaster", "channel", "station", "network"), _BROADCAST_WORDS),
    "outlet": _PAPER_WORDS | _BROADCAST_WORDS | words("Agency Press"),
}
# two people spoken of together ("the two leaders", "both foreign ministers")
PAIR = re.compile(
    r"(?:the two|both(?: the)?|the two (?:foreign|prime|defen[cs]e))\s+(?:foreign |prime |defen[cs]e )?"
    r"(?:leaders|ministers|presidents|premiers|counterparts|diplomats|envoys|heads of state|kings|officials)"
)
# the office a pair's noun names: a person known by another role is not one of them
PAIR_OFFICES = {"ministers": "minister", "presidents": "president", "premiers": "premier", "kings": "king"}
ANY_BODY = frozenset(("group", "organisation", "organization", "body"))  # words for any body


# words for a non-state body ("the group said" after "Hamas said"), and the last words of a state's own
BODY_NOUNS = frozenset(["group", "movement", "militia", "faction", "organization", "organisation", "body", "bloc"])
STATE_BODIES = words(
    "ministry government army forces force police office presidency kremlin palace house embassy "
    "cabinet parliament court department agency administration military navy council"
)


ROLE_EDGES = PREPOSITIONS | DETERMINERS | words("and or but by about including as known called named")


def clean_role(role: str, lex: Lexicon) -> str | None:
    """A role as the article gives it, or None: cut before a relative clause ("oncologist who advised
    …"), without a dangling preposition ("popularity of"), and only when it holds a word for a role,
    an agent noun or a title ("Sen.", "Foreign Ministry Spokesperson"); a verb phrase the words
    before a name were ("suggesting that …", "some senators vented about") is none."""
    parts = role.split()
    cut = next((k for k, w in enumerate(parts) if k and w.lower() in ROLE_CLAUSE), len(parts))
    parts = parts[:cut]
    while parts and parts[-1].lower().strip(",") in ROLE_EDGES:
        parts.pop()
    while parts and parts[0].lower() in ROLE_EDGES:
        parts.pop(0)
    if not parts or VERB_FORM.fullmatch(parts[-1]) or any(VERB_FORM.fullmatch(w) for w in parts[1:-1]):
        return None  # "some senators vented", "group One Wisconsin Now unearthed controversial columns"
    lows = [strip_possessive(w.lower().strip(",")) for w in parts]
    if VERB_FORM.fullmatch(parts[0]) and lows[-1] not in lex.roles:
        return None  # "suggesting that …", "explaining he worked more"; "managing director" is a role
    if not any(role_noun(w, lex) or p[:1].isupper() for w, p in zip(lows, parts, strict=True)):
        return None
    return " ".join(parts).strip(",")


VERB_FORM = re.compile(r"[a-z]{3,}(?:ing|ed)")
