"""One source of an article as the cast knows it (``Entity``: its forms, role, body, gender) and how
a mention found it (``Link``). Split from ``entities`` so that the cast module reads in one sitting."""

from __future__ import annotations

import attrs

from .mentions import Mention
from .registry import KnownSpeaker, given_name, name_key, surname_key

__all__ = ["Entity", "Link", "same_person"]


@attrs.frozen(slots=True)
class Link:
    """How a mention found its entity: ``how`` ("person", "pronoun", "role", "document", "new role",
    …), ``distance`` in paragraphs back to the antecedent, ``candidates`` that fitted there."""

    how: str
    distance: int
    candidates: int


@attrs.define(eq=False)
class Entity:
    kind: str  # "person", "institution", "description" (an unnamed person) or "generic" ("officials")
    forms: list[str]
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    known: KnownSpeaker | None = None
    heads: set[str] = attrs.field(factory=set)  # role nouns and words it was called by
    gender: str | None = None  # "m" or "f" where the article shows it; only for pronoun agreement
    written: str | None = None  # an unnamed source as first written ("a senior official"): its name
    order: int = 0  # its place in the cast: the first-made of several that fit wins
    # kept as forms are added, so that no lookup reads every form: a person may be named hundreds of ways
    _fullest: str | None = attrs.field(default=None, init=False, repr=False)
    _form_set: set[str] = attrs.field(factory=set, init=False, repr=False)
    words: set[str] = attrs.field(factory=set, init=False, repr=False)  # the words of its names, keyed
    givens: set[str] = attrs.field(factory=set, init=False, repr=False)  # first names it was called by

    def __attrs_post_init__(self) -> None:
        forms, self.forms = self.forms, []
        for form in forms:
            self._add_form(form)

    @property
    def surname(self) -> str:
        return surname_key(self.forms[0]) if self.forms else ""

    def _add_form(self, name: str) -> None:
        if name in self._form_set:
            return
        self._form_set.add(name)
        self.forms.append(name)
        self.words.update(name_key(name).split())
        given = given_name(name)
        if given:
            self.givens.add(given)
        if self._fullest is None or _fullness(name) > _fullness(self._fullest):
            self._fullest = name  # the first of the fullest forms stays

    def add(self, mention: Mention) -> None:
        name = mention.name or mention.text
        if name:
            self._add_form(name)
        if mention.written and (not self.written or mention.written.startswith(self.written)):
            self.written = mention.written  # the same words read with their relative clause are fuller
        self.role = self.role or mention.role
        self.organization = self.organization or mention.organization
        self.country = self.country or mention.country
        for word in (mention.head, *(m.lower() for m in mention.modifiers), *(mention.role or "").lower().split()):
            if word:
                self.heads.add(word.rstrip("."))  # "Sen." is filed as "sen", the lexicon's form

    def fullest(self) -> str:
        return self._fullest or ""


def same_person(entity: Entity, name: str) -> bool:
    """May this name be the entity's? Not when both give first names and they differ: "Tom Vesper"
    is not "Mara Vesper", whose surname he shares."""
    given = given_name(name)
    return given is None or not entity.givens or given in entity.givens


def _fullness(form: str) -> tuple[int, bool, int]:
    """More name words first, then mixed case over capitals, then the longer spelling."""
    return (len(name_key(form).split()), not form.isupper(), len(form))
