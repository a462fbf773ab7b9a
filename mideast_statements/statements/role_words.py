"""What a role noun is written with ("the prime minister", "Qarvat's envoy"), and whether a person
the article named before fits it: the words that make one office another, and the places or bodies
that own the role."""

from __future__ import annotations

from collections.abc import Collection

from .phrase_words import Mention
from .text import words

__all__ = ["ROLE_QUALIFIERS", "owned_by", "role_owners", "role_qualifiers"]

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
