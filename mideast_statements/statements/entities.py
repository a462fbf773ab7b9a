"""The article's cast: who its mentions stand for, and each source's fullest name.

Mentions are merged into entities (a person by surname or registry entry, an institution by
its name's last words), and pronouns, role nouns ("the top diplomat") and documents ("the
statement said") are resolved to the last fitting entity before them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import islice

import attrs

from ..model import Speaker, SpeakerKind
from .antecedents import AntecedentModel, Candidate, rank
from .entity import Entity, Link, same_person
from .lexicon import Lexicon
from .mentions import AGENT_NOUN, Mention, member_word
from .names import before_of, ends_alike
from .registry import KnownSpeaker, SpeakerRegistry, given_name, name_key, surname_key
from .role_words import (
    ANY_BODY,
    BODY_NOUNS,
    OUTLET_NOUNS,
    PAIR,
    PAIR_OFFICES,
    STATE_BODIES,
    owned_by,
    role_owners,
    role_qualifiers,
)

__all__ = ["Cast", "Entity", "Link", "Position"]

Position = tuple[int, int]  # (paragraph, character offset)
MALE_PRONOUNS = frozenset(("he", "him", "his", "himself"))
FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
_SPEAKER_KIND: dict[str, SpeakerKind] = {"person": "person", "institution": "organization"}


LOOKBACK = 20  # paragraphs a pronoun for a thing or a group looks back
GENDER_REACH = 20  # people of one surname looked at for the one an honorific's gender fits
SHARE_OF = re.compile(r"\w+ of ")  # "One of the sources", "some of them": a share of a group
PAIR_REACH = 3  # paragraphs back a pair may have been named in
LEDE_NAMED_PARAGRAPHS = 2  # how far after the lede its role's bearer may be named
ROLE_NAMED_PARAGRAPHS = 2  # how far back a role noun finds a person named but not yet speaking
ROLE_REACH = 50  # people called by a role word that "the minister" may stand for, the latest first


class Cast:
    """Entities of one article, in the order they speak or are introduced."""

    def __init__(
        self,
        lex: Lexicon,
        registry: SpeakerRegistry,
        people: Iterable[tuple[Position, Mention]] = (),
        honorifics: Mapping[str, str] | None = None,
        antecedents: AntecedentModel | None = None,
        described: Collection[Position] = (),
        opening: Collection[Position] = (),
    ) -> None:
        """``people``: every titled or full personal name in the article, with its position (for
        fullest names and for matching role nouns), whether or not the person speaks.
        ``honorifics``: surname key → "m" or "f", from the article's "Mr. X" / "Ms. X".
        ``described``: where a name is followed by a comma (an appositive or a relative clause
        describes the person there). ``opening``: where a name opens its paragraph's first clause
        after an opening participle ("Speaking to reporters, Nasser Kavani said"); a name at a
        paragraph's start opens it in any case."""
        self.lex = lex
        self.registry = registry
        self.honorifics = dict(honorifics or {})
        self.entities: list[Entity] = []
        self._institutions: dict[str, list[Entity]] = {}  # each ending of a name (or "id:" registry id) → institutions
        self._latest_body: dict[str, Entity] = {}  # a name's last word → the body named or heard last with it
        self._institution_names: dict[str, list[Entity]] = {}  # a whole name → institutions
        self._filed: set[tuple[int, str, int]] = set()  # (index, key, entity) already filed, for both kinds
        self._persons: dict[str, list[Entity]] = {}  # surname (or "id:" registry id) → people
        self._unnamed: dict[tuple[str, str], Entity] = {}  # (kind, name key) → the last description or group
        self._labels: dict[str, Entity] = {}  # transcript labels ("Q") → their unnamed speaker
        self._by_head: dict[str, dict[int, Entity]] = {}  # a role word → who has been called by it
        self._event_orders: dict[int, list[int]] = {}  # an entity → its places in ``events``
        self.link = Link("none", 0, 0)
        self._found_at: Position | None = None
        self._candidates = 0
        self.antecedents = antecedents
        self.trace: list[tuple[Position, str, list[Candidate], list[list[str]], Candidate | None]] | None = None
        self.spoken: dict[int, int] = {}
        self.issuers: set[int] = set()  # entities that put out words not given ("X issued a statement.")
        # bodies read from one capitalised word for want of a first name ("Vasko said"), with no word of
        # the article showing a body: their kind is unknown
        self._bodies_by_default: set[int] = set()
        self.joint: tuple[int, tuple[Entity, ...]] | None = None  # the paragraph and speakers of a joint statement
        self.last_speaker: Entity | None = None
        self.previous_subject: object | None = None  # the entity the sentence before opened with
        self.sentence_start: Position = (0, 0)  # where the sentence being read begins
        self.events: list[tuple[Position, Entity]] = []  # who spoke or stood as a subject, in order
        # full names by "surname|first name" ("surname|" for those without one), and each surname's
        # first first name: a new person takes the forms of its own name, looked up, never scanned
        self._people: dict[str, list[Mention]] = {}
        self._first_given: dict[str, str] = {}
        self._described = frozenset(described)
        self._opening = frozenset(opening)
        self._in_order = sorted(people, key=lambda item: item[0])
        self._positions = [pos for pos, _ in self._in_order]
        for _, mention in self._in_order:
            key = surname_key(mention.name or "")
            if key:
                given = given_name(mention.name or "") or ""
                self._people.setdefault(f"{key}|{given}", []).append(mention)
                if given:
                    self._first_given.setdefault(key, given)
        self._surnames = {key.split("|")[0] for key in self._people}
        # "spokesperson Li Hua", later "Li": Chinese, Korean and Vietnamese names put the family name
        # first. The first word of a two-word name given with a title or role → the names it opens
        # (one only is read as that person; an untitled pair may be a product or a firm)
        self._family_first: dict[str, set[str]] = {}
        for _, mention in self._in_order:
            parts = (mention.name or "").split()
            if (
                len(parts) == 2
                and (mention.role or mention.titled)
                and parts[0].lower() not in lex.first_names
                and parts[1] not in lex.titles  # "RNC Chief" is a title, not a given name
                and parts[1] not in lex.institution_words
            ):
                self._family_first.setdefault(name_key(parts[0]), set()).add(mention.name or "")

    def knows_surname(self, word: str) -> bool:
        return surname_key(word) in self._surnames

    def family_name_first(self, word: str) -> str | None:
        """The one full name the article gives that opens with ``word`` ("Li" → "Li Hua"), when the
        word is no one's last name, place or institution; else None."""
        if surname_key(word) in self._surnames or self.lex.country_of(word) is not None:
            return None
        names = self._family_first.get(name_key(word), set())
        return next(iter(names)) if len(names) == 1 else None

    # -- resolution -----------------------------------------------------------------------
    def resolve(self, mention: Mention, at: Position, not_for: Entity | None = None) -> Entity | None:
        """The entity a mention stands for; ``self.link`` then says how it was found (for the choice).
        ``not_for``: an entity a pronoun cannot stand for (the clause subject of "Hale, she said, …")."""
        self._found_at = None
        entity = self._resolve(mention, at, not_for)
        if entity is not None:
            self._index_heads(entity)
        how = mention.kind
        if how in ("pronoun", "document", "role") and entity is not None and self._found_at is not None:
            self.link = Link(how, at[0] - self._found_at[0], self._candidates)
        elif how == "role" and entity is not None and entity.kind == "person":
            self.link = Link("role ahead", 0, 1)
        else:
            self.link = Link("new role" if how == "role" else how, 0, 1)
        return entity

    def _resolve(self, mention: Mention, at: Position, not_for: Entity | None = None) -> Entity | None:
        kind = mention.kind
        if kind == "pronoun":
            return self._antecedent(mention.pronoun or "", at, mention.text.lower(), not_for)
        if kind == "document":  # its issuer, the last that spoke before its sentence; else the document as written
            same = self._document_heard(mention)
            if same is not None:
                return same
            # ("X reaffirmed …, the statement said": X, named in the sentence it reports, is not its issuer)
            before = min(at, (self.sentence_start[0], self.sentence_start[1] - 1))
            issuer = self._last(
                before,
                lambda e: e.kind in ("person", "institution") and (id(e) in self.spoken or id(e) in self.issuers),
            )
            return issuer or self._new("generic", attrs.evolve(mention, name=mention.text))
        if kind == "role":
            entity = (
                self._role_antecedent(mention, at) or self._role_ahead(mention, at) or self._new("description", mention)
            )
            if entity.kind == "description" and mention.written and mention.written != entity.written:
                entity.add(mention)  # "the man" read again with its relative clause: "the man who …"
            return entity
        if kind in ("description", "generic"):
            two = self._former_or_latter(mention, at) or self._outlet_named_before(mention, at)
            if two is not None:
                return two
            same = self._unnamed.get((kind, name_key(mention.text))) or self._same_noun(kind, mention)
            if same is not None and mention.written and mention.written != same.written:
                same.add(mention)  # "executives" read again with its relative clause
            return same or self._new(kind, mention)
        one_word = " " not in (mention.name or "").strip()
        full = self.family_name_first(mention.name) if one_word and mention.name else None
        if full is not None and kind in ("person", "institution") and mention.name not in self.lex.institution_words:
            entity = self._person(attrs.evolve(mention, kind="person", name=full))
            entity.add(mention)  # "Li" stays among its forms
            return entity
        by_default = kind == "person" and one_word and not self._is_person_word(mention)
        if by_default:
            kind = "institution"
        elif kind == "institution" and one_word and mention.name and self.knows_surname(mention.name):
            kind = "person"  # "Cuban said", after "Anna Cuban": a surname the article gave a person
        if kind == "person" and self._registered_body(mention):
            kind = "institution"  # "the Islamic State": a registry body named like a person
        if kind == "person":
            return self._person(mention)
        made = len(self.entities)
        entity = self._body_named_before(mention, at) or self.institution(mention)
        if by_default and entity.order >= made:  # a body first read here, from the word alone
            self._bodies_by_default.add(id(entity))
        elif not by_default:
            self._bodies_by_default.discard(id(entity))  # "The Darsa-based Vantor": the analysis found a body
        return entity

    def _same_noun(self, kind: str, mention: Mention) -> Entity | None:
        """ "the source" after "a diplomatic source told AFP": the last unnamed source of that noun."""
        written = (mention.written or "").lower().split()
        if len(written) != 2 or written[0] != "the" or not mention.head:
            return None
        head = mention.head  # "One of the sources" is one of them, not "the sources"
        return self._recent_unnamed(
            lambda e: e.kind == kind and head in e.heads and not SHARE_OF.match(e.written or "")
        )

    def _recent_unnamed(self, test: Callable[[Entity], bool]) -> Entity | None:
        """The latest unnamed source that passes ``test``, among the latest ``ROLE_REACH`` (a bounded
        look back: no article makes it a scan of the cast)."""
        return next((e for e in islice(reversed(self._unnamed.values()), ROLE_REACH) if test(e)), None)

    def _document_heard(self, mention: Mention) -> Entity | None:
        """ "the report said" after "according to a congressional report": the document that already
        spoke as a source of its own, when its words take in the mention's."""
        words, head = set(name_key(mention.text).split()) - {"the", "this", "that"}, mention.head
        if not head:
            return None
        return self._recent_unnamed(
            lambda e: (
                e.kind == "generic"
                and id(e) in self.spoken
                and head in e.heads
                and words <= set(name_key(e.fullest()).split())
            )
        )

    def _body_named_before(self, mention: Mention, at: Position) -> Entity | None:
        """ "The group", "the militant movement" after "Hamas said", "the pan-Arab body" after the Arab
        League spoke: the non-state body heard last, in this paragraph or the one before, when no
        body of the article is named with that word."""
        if mention.head not in BODY_NOUNS or self._institutions.get(mention.head):
            return None
        name = mention.name or mention.text
        # describing words only: lower case, "Iran-backed", "pan-Arab", "Palestinian" (no name of its own)
        if not all(
            w.islower() or re.match(r"[A-Z]\w*-[a-z]|[a-z]+-[A-Z]", w) or self.lex.country_of(w) for w in name.split()
        ):
            return None

        def non_state(entity: Entity) -> bool:
            words = entity.fullest().split()
            named = entity.known is not None or len(words) > 1 or words[-1].isupper()  # not "Juan", "mission"
            return (
                entity.kind == "institution"
                and id(entity) in self.spoken  # a body that spoke, not one only mentioned
                and named
                and words[-1][:1].isupper()
                and self.lex.country_of(entity.fullest()) is None
                and words[-1].lower() not in STATE_BODIES
            )

        return self._last(at, non_state)

    def _outlet_named_before(self, mention: Mention, at: Position) -> Entity | None:
        """ "The broadcaster said", "the Israeli daily reported" after "Al-Kestrel TV reported": the
        news outlet of that kind that spoke last, in this paragraph or the one before (its name ends
        in a newsroom's word: "TV", "Times"); None when none did, and the phrase stays as written."""
        written = (mention.written or mention.text).split()
        names = OUTLET_NOUNS.get(mention.head or "")
        if names is None or written[0].lower() != "the" or len(written) > 3:
            return None
        if not all(w.islower() or self.lex.country_of(w) for w in written[1:]):
            return None  # "the Kestrel Daily" is a name of its own

        def outlet(entity: Entity) -> bool:  # the name's last word says what kind of outlet it is
            last = entity.fullest().split()[-1]
            return entity.kind == "institution" and id(entity) in self.spoken and last in names

        return self._last(at, outlet)

    def _is_person_word(self, mention: Mention) -> bool:
        """A lone capitalised word is a person when the article or registry knows it as a surname,
        or a title stands before it ("Ms Persson"); otherwise an institution ("Twitter")."""
        word = mention.name or ""
        if self.knows_surname(word) or mention.role or mention.titled:
            return True
        known = self.registry.lookup(word) or self.registry.by_surname(word)
        return known is not None and known.kind == "person"

    def _person(self, mention: Mention) -> Entity:
        name = mention.name or mention.text
        surname = surname_key(name)
        words = name.split()
        # "Observer Ida Lind": an untitled word before the name may still be a description
        known = self.registry.lookup(name) or (self.registry.lookup(" ".join(words[1:])) if len(words) > 2 else None)
        if known is None and len(words) == 1 and not self.knows_surname(name):
            known = self.registry.by_surname(name)  # "Lavrov said", no full name in the article: the registry's
        # the first person made with this surname or registry entry: an index, not a scan of the cast
        given = given_name(name)
        # with a first name: those of that first name and those known by the surname alone; without
        # one: everyone of the surname
        keys = [f"{surname}|{given}", f"{surname}|"] if given else [surname]
        keys += [f"id:{known.id}"] if known else []
        same = (e for key in keys for e in self._persons.get(key, []) if e.kind == "person" and same_person(e, name))
        first = self._first_fitting(same, mention)
        if first is None and len(words) == 1 and mention.gender is None and known is None:  # "Ms. Gao": a surname
            # "Sheikh Hamad stressed …" after "Sheikh Hamad bin Nasser Al Sadi": a lone word that is no
            # one's surname but one person's first name (Gulf and royal usage) is that person; after
            # "Mr."/"Ms." it is a surname
            named = {id(e): e for e in self._persons.get(f"given:{name_key(name)}", []) if e.kind == "person"}
            first = next(iter(named.values())) if len(named) == 1 else None
        if first is not None:
            return self._index_person(_merged(first, mention, known))
        entity = self._new("person", mention)
        own = given or self._first_given.get(surname, "")  # a surname alone takes the first full name's forms
        for other in [*self._people.get(f"{surname}|{own}", []), *(self._people.get(f"{surname}|", []) if own else [])]:
            entity.add(other)
        entity.known = known or next(
            (k for k in (self.registry.lookup(f) for f in entity.forms) if k and k.kind == "person"), None
        )
        return self._index_person(entity)

    def _first_fitting(self, same: Iterable[Entity], mention: Mention) -> Entity | None:
        """The first-made person a name may stand for, of the gender its honorific gives where several
        share a surname ("Mrs. Vesper" after Tom and Mara Vesper is Mara). A bounded look: the lists
        are in the order the cast was made, so the first few hold the answer."""
        found = sorted(islice(same, GENDER_REACH), key=lambda e: e.order)
        if mention.gender and len(found) > 1:
            return next((e for e in found if self.gender_of(e) == mention.gender), found[0])
        return found[0] if found else None

    def _index_person(self, entity: Entity) -> Entity:
        surname = entity.surname
        keys = [surname, *(f"{surname}|{g}" for g in entity.givens), *([] if entity.givens else [f"{surname}|"])]
        keys += [f"given:{g}" for g in entity.givens]
        for key in (*keys, *([f"id:{entity.known.id}"] if entity.known else [])):
            self._file(self._persons, key, entity)
        return entity

    def institution(self, mention: Mention) -> Entity:
        """The institution the mention names: one whose name ends with the mention's words (or the other
        way round: "the ministry", "the Foreign Ministry"), or the same registry entry. Looked up by
        the name's last word and the registry id, not by a scan over the cast. Also called for a body
        named in passing ("the Varnia Space Agency's search"), so that "the agency" may stand for it."""
        name = mention.name or mention.text
        key = self._body_key(name)
        known = self.registry.lookup(name)
        # those whose name ends with this one, those whose whole name this one ends with, the same
        # registry entry: three lookups, each list in the order the cast was made
        lists = [
            self._institutions.get(" ".join(key), []),
            *(self._institution_names.get(" ".join(key[i:]), []) for i in range(1, len(key))),
            *([self._institutions.get(f"id:{known.id}", [])] if known else []),
        ]
        fitting = (next((e for e in found if self._same_institution(e, key, known)), None) for found in lists)
        entity = min((e for e in fitting if e is not None), key=lambda e: e.order, default=None)
        if entity is not None and len(key) == 1 and name.islower():
            entity = self._latest_body.get(key[0], entity)  # "the party": the one named last
        if entity is not None:
            return self._index(_merged(entity, mention, known), known)
        employer = self._employer_called(name) if len(key) == 1 and name.islower() else None
        if employer is not None:  # "the front announced" after "… of the Velan Resistance Front, X,"
            return self.institution(attrs.evolve(mention, name=employer, text=employer))
        entity = self._new("institution", mention)
        entity.known = known
        return self._index(entity, known)

    def _employer_called(self, noun: str) -> str | None:
        """The organisation of a person met lately whose name ends with ``noun`` ("Velan Resistance
        Front" for "the front"); a bounded look back, as ``ROLE_REACH`` bounds the speakers'."""
        for entity in islice(reversed(self.entities), ROLE_REACH):
            org = entity.organization if entity.kind == "person" else None
            if org and " " in org and self._body_key(org)[-1] == self._body_key(noun)[-1]:
                return org
        return None

    def _same_institution(self, entity: Entity, key: list[str], known: KnownSpeaker | None) -> bool:
        other = self._body_key(entity.fullest())
        return bool(known and entity.known and known.id == entity.known.id) or ends_alike(key, other)

    def _body_key(self, name: str) -> list[str]:
        """The name's words as the cast files a body ("Meridian military" → "meridian army")."""
        synonyms = self.lex.body_synonyms
        return [synonyms.get(w, w) for w in name_key(name).split(" ")]

    def _index(self, entity: Entity, known: KnownSpeaker | None) -> Entity:
        """File an institution under every ending of its fullest name ("foreign ministry",
        "ministry"), its whole name, and its registry id."""
        words = self._body_key(entity.fullest())
        head = before_of(words)  # "foreign ministry" of "foreign ministry of jordan": no ending after "of"
        keys = [" ".join(words[i:]) for i in range(len(head))]
        keys += [" ".join(head[i:]) for i in range(len(head)) if len(head) < len(words)]
        entry = known or entity.known
        if entry is not None:
            keys.append(f"id:{entry.id}")
        for key in keys:
            self._file(self._institutions, key, entity)
        self._file(self._institution_names, keys[0], entity)
        if entity.fullest()[:1].isupper():  # a name, not a description ("the new government")
            self._latest_body[words[-1]] = entity
        return entity

    def _file(self, index: dict[str, list[Entity]], key: str, entity: Entity) -> None:
        """File the entity under ``key`` once, each list kept in the order the cast was made (so the
        first that fits is the earliest)."""
        if (id(index), key, id(entity)) not in self._filed:
            self._filed.add((id(index), key, id(entity)))
            bisect.insort(index.setdefault(key, []), entity, key=lambda e: e.order)

    def _new(self, kind: str, mention: Mention) -> Entity:
        entity = Entity(kind=kind, forms=[], order=len(self.entities))
        entity.add(mention)
        self.entities.append(entity)
        if kind in ("description", "generic"):
            self._unnamed[(kind, name_key(entity.forms[0]))] = entity
        return entity

    def _last(self, at: Position, test: Callable[[Entity], bool]) -> Entity | None:
        """The last entity before ``at`` that passes ``test``; records where it stood and how many
        other entities passing it stood in the same or the previous paragraph (the ambiguity)."""
        found: Entity | None = None
        others: set[int] = set()
        for pos, entity in reversed(self.events):
            if pos > at:
                continue
            if (found is not None and pos[0] < at[0] - 1) or pos[0] < at[0] - LOOKBACK:
                break  # "it" and "they" look back a few paragraphs, not through the whole article
            if test(entity):
                if found is None:
                    found, self._found_at = entity, pos
                others.add(id(entity))
        self._candidates = len(others)
        return found

    def _antecedent(self, pronoun: str, at: Position, word: str = "", not_for: Entity | None = None) -> Entity | None:
        if pronoun == "person":
            return self._person_antecedent(at, word, not_for)
        if pronoun == "thing":
            return self.antecedent_body(at)
        if pronoun == "plural":
            return self.antecedent_body(at) or self._last(at, lambda e: True)
        return None

    def antecedent_body(self, at: Position, noun: str | None = None) -> Entity | None:
        """The body "it", "its" or "they" stands for at ``at``: the last institution before it; with
        ``noun`` ("the movement's chief"), the last whose name has that noun, or for a word any body
        goes by ("group", "organisation") the last institution."""
        if noun is None:
            return self._last(at, lambda e: e.kind == "institution")
        if noun in ANY_BODY:  # "the group": no army, ministry or government, which no one calls so
            return self._last(
                at, lambda e: e.kind == "institution" and not STATE_BODIES & set(name_key(e.fullest()).split())
            )
        return self._last(at, lambda e: e.kind == "institution" and noun in name_key(e.fullest()).split(" "))

    def _person_antecedent(self, at: Position, word: str, not_for: Entity | None = None) -> Entity | None:
        """ "he", "she": the person the antecedent model ranks first among those named or speaking
        in this paragraph and the three before it (see ``antecedents``)."""
        wanted = "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None
        candidates = self._pronoun_candidates(at)
        if not_for is not None:
            candidates = [c for c in candidates if c.entity is not not_for]
        chosen, features = rank(
            candidates, at, wanted, self.last_speaker, self.antecedents, self.previous_subject, self.sentence_start
        )
        if self.trace is not None:
            self.trace.append((at, word, candidates, features, chosen))
        if chosen is None:
            return None
        entity = chosen.entity
        assert isinstance(entity, Entity)
        if entity.kind == "institution":
            entity.kind = "person"  # "Cruz said …. He added": a lone name that "he" stands for is a person
            self._index_person(entity)
        self._found_at, self._candidates = chosen.last, len(candidates)
        if wanted is not None and entity.gender is None:
            entity.gender = wanted  # "she" said it: later pronouns agree with that
        return entity

    def _pronoun_candidates(self, at: Position) -> list[Candidate]:
        """People who spoke, stood as subjects or were named since three paragraphs before ``at``,
        nearest first."""
        window = at[0] - 3
        found: dict[int, Candidate] = {}
        for pos, entity in reversed(self.events):
            # a lone name that stood as a subject earlier in this sentence has not spoken yet, but may
            # be the one "he" stands for ("While Comey said …, he said …")
            recent = pos >= self.sentence_start
            if pos > at or not (
                entity.kind == "person"
                or (entity.kind == "description" and self._personal(entity))
                or self._maybe_person(entity, recent)
            ):
                continue
            if pos[0] < window:
                if not found:  # nobody near: the last speaker or subject before stays a candidate
                    self._candidate(found, entity, pos, event=True)
                break
            self._candidate(found, entity, pos, event=True)
        start = bisect.bisect_left(self._positions, (window, 0))
        for pos, mention in self._in_order[start:]:
            if pos >= at:
                break
            if not self._registered_body(mention):
                self._candidate(found, self._person(mention), pos, event=False)
        return sorted(found.values(), key=lambda c: c.last, reverse=True)

    def _registered_body(self, mention: Mention) -> bool:
        return getattr(self.registry.lookup(mention.name or ""), "kind", None) == "institution"

    def _personal(self, entity: Entity) -> bool:
        """Is an unnamed source a person "he" or "she" may stand for: a role, an agent noun or a
        member of a people ("a retired teacher", "one Democrat"), not a thing a head no list knows
        was read as ("a passion", "campaign stop")?"""
        lex = self.lex
        return (
            any(
                head in lex.roles or head in lex.source_nouns or AGENT_NOUN.match(head) or member_word(head, lex)
                for head in entity.heads
            )
            or not entity.heads
        )

    def _maybe_person(self, entity: Entity, recent: bool = False) -> bool:
        """A lone capitalised word read as an institution for want of a first name ("Cruz said") may
        still be a person when it has spoken (or stood as a subject in the pronoun's own sentence,
        ``recent``): not an acronym, a known institution, place or registry entry."""
        if entity.kind != "institution" or entity.known is not None or not (recent or id(entity) in self.spoken):
            return False  # only one that has spoken: "Michigan was only doing …, he told" is no person
        return self._bare_word(entity)

    def _bare_word(self, entity: Entity) -> bool:
        """Is every form of the entity one capitalised word no list knows (no acronym, institution,
        body's word or place)? Such a word may name a person or a body."""
        lex = self.lex
        return all(
            " " not in form
            and form[:1].isupper()  # "the campaign's claim": a common noun is no one's name
            and not form.isupper()
            and form.lower() not in lex.institutions
            and form not in lex.institution_words
            and form.upper() not in lex.institution_words  # "Nato", "Unicef": an acronym written as a word
            and lex.country_of(form) is None
            for form in entity.forms
        )

    def _candidate(self, found: dict[int, Candidate], entity: Entity, pos: Position, event: bool) -> None:
        candidate = found.get(id(entity))
        if candidate is None:
            candidate = Candidate(
                entity,
                pos,
                event,
                self.spoken.get(id(entity), 0),
                0,
                self.gender_of(entity),
                len(self._event_orders.get(id(entity), ())),
            )
            found[id(entity)] = candidate
        candidate.last = max(candidate.last, pos)
        candidate.event = candidate.event or event
        candidate.mentions += 1

    def issued(self, entity: Entity) -> None:
        """Record that the entity put out words the sentence does not give ("X issued a statement."):
        a document named next may be its."""
        self.issuers.add(id(entity))

    def speaks_in_first_person(self, entity: Entity) -> None:
        """ "'I will not resign,' Vesper said": a lone name read as an institution for want of a
        first name speaks as one person; it is a person."""
        if entity.kind == "institution" and self._maybe_person(entity, recent=True):
            entity.kind = "person"
            self._index_person(entity)

    def spoke_jointly(self, paragraph: int, entities: tuple[Entity, ...] | None) -> None:
        """The speakers of the last statement when they were several ("X and Y said in a joint
        statement"); None after a statement of one speaker."""
        self.joint = (paragraph, entities) if entities else None

    def spoke(self, entity: Entity) -> None:
        """Record a statement of the entity (the antecedent ranking weighs who has spoken)."""
        self.spoken[id(entity)] = self.spoken.get(id(entity), 0) + 1
        self.last_speaker = entity

    def _role_antecedent(self, mention: Mention, at: Position) -> Entity | None:
        """ "the Russian minister", "the top diplomat" → the last person whose titles fit the role noun
        (its own words, or a synonym: a diplomat may be a foreign minister) and whose country does
        not clash; None when nobody fits, and the role noun stays a source of its own."""
        head = mention.head or ""
        wanted = {head, *(m.lower() for m in mention.modifiers)} - {""}
        synonyms = self.lex.role_synonyms.get(head, ())
        country = mention.country
        qualifiers = role_qualifiers(mention)
        owners = role_owners(mention)
        best: tuple[int, int, Entity] | None = None
        # those called by the role word or a synonym's first word (an index, not a scan of the events)
        called: dict[int, Entity] = {}
        for word in {head, *(synonym.split()[0] for synonym in synonyms)}:
            # the most recent few who were called so: a role noun never reaches back past dozens of them
            called.update(islice(reversed(self._by_head.get(word, {}).items()), ROLE_REACH))
        for entity in called.values():
            order = self._last_event(entity, at)
            if order is None or entity.kind not in ("person", "description") or not (entity.heads or entity.known):
                continue  # an untitled capitalised pair may be a place ("Kestrel Bay"): no antecedent
            if country and self.country_of(entity) not in (None, country):
                continue
            heads = entity.heads
            fits = head in heads or any(set(s.split()) <= heads for s in synonyms)
            words = heads | entity.words
            if not fits or not qualifiers <= words:  # "the prime minister" is not the foreign minister
                continue
            # the country the entity speaks for stands for a national owner, not for a region of it
            # ("the Florida senator" is not the senator from Vermont)
            same_country = bool(country) and self.country_of(entity) == country
            needed = {o for o in owners if o in self.lex.regions} if same_country else owners
            if needed:
                described = f"{entity.role or ''} {entity.organization or ''}"
                if not owned_by(needed, words | set(name_key(described).split())):
                    continue  # "Qarvat's envoy" is not the envoy named with no Qarvat
            score = sum(1 for w in wanted if w in words)
            if best is None or (score, order) >= (best[0], best[1]):
                best = (score, order, entity)
        if best is None:
            return self._role_named_before(mention, at, head, synonyms)
        self._found_at, self._candidates = self.events[best[1]][0], 1
        return best[2]

    def _role_named_before(self, mention: Mention, at: Position, head: str, synonyms: Sequence[str]) -> Entity | None:
        """A person the article named with that role before ``at`` but who has not spoken yet ("met
        Egyptian Foreign Minister Oren Haskel. The Egyptian minister said"): the nearest one whose
        country does not clash. A bounded look back, as ``ROLE_REACH`` bounds the speakers'."""
        qualifiers = role_qualifiers(mention)
        for pos, person in self._named_before(at):
            role = set((person.role or "").lower().split())
            if not role or not (head in role or any(set(s.split()) <= role for s in synonyms)):
                continue
            if not qualifiers <= role:
                continue
            if pos[0] < at[0] - ROLE_NAMED_PARAGRAPHS:
                break
            known = self.registry.lookup(person.name or person.text)
            country = person.country or (known.country if known else None)
            if mention.country and country not in (None, mention.country):
                continue  # "The Qatari minister" is not Lavrov, whom the registry files under RU
            self._found_at, self._candidates = pos, 1
            return self._person(person)
        return None

    def person_ending_at(self, pi: int, end: int) -> Entity | None:
        """The person whose name the article gives ending at ``end`` of paragraph ``pi``."""
        k = bisect.bisect_left(self._positions, (pi, end))
        pos, mention = self._in_order[k - 1] if k else ((-1, 0), None)
        return self._person(mention) if mention is not None and pos[0] == pi and mention.end == end else None

    def _named_before(self, at: Position) -> Iterator[tuple[Position, Mention]]:
        """The people the article names before ``at``, the nearest first, at most ``ROLE_REACH``."""
        k = bisect.bisect_left(self._positions, at)
        return (self._in_order[i] for i in range(k - 1, max(-1, k - 1 - ROLE_REACH), -1))

    def _role_ahead(self, mention: Mention, at: Position) -> Entity | None:
        """ "…, the country's foreign minister said." before the minister is named: the first
        person named later with that role ("Foreign Minister Rasmus Aldane")."""
        head = mention.head or ""
        for pos, person in self._in_order:
            if pos > at and head and head in (person.role or "").lower().split():
                return self._person(person)
        return self._named_next(mention, at)

    def _named_next(self, mention: Mention, at: Position) -> Entity | None:
        """Wire copy's lede: "Moravia's caretaker prime minister said Saturday …", and the next
        paragraphs open with his name and no title ("Hamid Zaidan spoke after …", "Speaking on
        Monday, Hamid Zaidan said …"). The role in the article's first paragraph is the first person
        named after it, when that name opens one of the next two paragraphs with no role of its own
        and no description after it."""
        if at[0] > 0:
            return None
        k = bisect.bisect_right(self._positions, at)
        if k >= len(self._in_order) or (k and self._in_order[k - 1][0][0] == 0):
            return None  # a person named in the lede before the role may be the one it describes
        pos, person = self._in_order[k]
        opens = pos[1] == 0 or pos in self._opening  # "Hamid Zaidan spoke …", "Speaking …, Hamid Zaidan said"
        if not opens or not 0 < pos[0] <= LEDE_NAMED_PARAGRAPHS or person.role or pos in self._described:
            return None  # "Ana Lind, who leads the opposition, …" is someone the article introduces
        if mention.country and person.country not in (None, mention.country):
            return None
        entity = self._person(person)
        entity.role = entity.role or mention.role  # the lede's words are the title the article gives
        entity.country = entity.country or mention.country
        entity.heads.update(w.rstrip(".") for w in (mention.head, *(mention.role or "").lower().split()) if w)
        self._index_heads(entity)  # "the prime minister said" later is the same person
        return entity

    def pair(self, mention: Mention, at: Position) -> tuple[Entity, ...] | None:
        """ "The two leaders", "both ministers": the last two people the article named or heard in this
        paragraph or the one before (a phone call's readout: "X spoke with Y … The two leaders
        stressed …"); None when the phrase is no such pair or two people are not there. "The
        statement" after "X and Y said in a joint statement" is both of theirs."""
        if mention.kind == "document" and self.joint and self.joint[0] >= at[0] - PAIR_REACH:
            self.link = Link("document", at[0] - self.joint[0], len(self.joint[1]))
            return self.joint[1]
        if mention.kind != "generic" or PAIR.fullmatch((mention.written or mention.text).lower()) is None:
            return None
        # the pair named in this paragraph, or (none named here) the one before, else the two before
        # that ("X met Y …", a paragraph of quotation, then "Both ministers called for …")
        people = self._recent_people(at, 0)
        if len(people) == 1:
            return None  # "X took a call from the French president, in which the two leaders …": one unnamed
        if not people:
            people = self._recent_people(at)
        if len(people) < 2:
            people = self._recent_people(at, PAIR_REACH)
        office = PAIR_OFFICES.get((mention.written or mention.text).lower().rsplit(" ", 1)[-1])
        if office is not None:  # "the two ministers" are no president and a minister
            people = [
                p for p in people if p.role is None or office in p.role.lower() or "counterpart" in p.role.lower()
            ]
        if len(people) < 2:
            return None
        self.link = Link("pair", 0, len(people))
        return people[1], people[0]

    def _recent_people(self, at: Position, back: int = 1) -> list[Entity]:
        """The people named or heard before ``at`` in its paragraph or the ``back`` before, the latest first."""
        seen: list[tuple[Position, Entity]] = []
        for pos, person in self._named_before(at):
            if pos[0] < at[0] - back:
                break
            seen.append((pos, self._person(person)))
        for pos, entity in reversed(self.events[-ROLE_REACH:]):
            if pos[0] < at[0] - back:
                break
            if pos < at and entity.kind == "person":
                seen.append((pos, entity))
        people: list[Entity] = []
        for _, entity in sorted(seen, key=lambda item: item[0], reverse=True):
            if all(entity is not other for other in people):
                people.append(entity)
        return people

    def _former_or_latter(self, mention: Mention, at: Position) -> Entity | None:
        """ "The latter said …" after "X met Y": Y; "the former": X."""
        written = (mention.written or mention.text).lower()
        if written not in ("the former", "the latter"):
            return None
        people = self._recent_people(at)
        if len(people) < 2:
            return None
        self._found_at, self._candidates = at, len(people)
        return people[0] if written == "the latter" else people[1]

    def unnamed(self, label: str, role: str) -> Entity:
        """An unnamed source known by a label only ("Q" in an interview), one entity per label."""
        same = self._labels.get(label)
        if same is not None:
            return same
        entity = Entity(kind="generic", forms=[label], role=role, order=len(self.entities))
        self.entities.append(entity)
        self._labels[label] = entity
        self._unnamed[("generic", name_key(label))] = entity
        return entity

    def main_person(self) -> Entity | None:
        """The person the article has spoken of most so far (an interview's "A:" is theirs)."""
        counts: dict[int, int] = {}
        people = {id(e): e for _, e in self.events if e.kind == "person"}
        for _, entity in self.events:
            if entity.kind == "person":
                counts[id(entity)] = counts.get(id(entity), 0) + 1
        return people[max(counts, key=lambda k: counts[k])] if counts else None

    def gender_of(self, entity: Entity) -> str | None:
        """ "m", "f" or None: from a first name the lexicon knows, "Mr./Ms. Surname" in the article
        or a gendered role noun ("spokeswoman"); worked out once per entity."""
        if entity.gender is None and entity.kind == "person":
            name = entity.fullest()
            first = name_key(name).split(" ")[0] if " " in name_key(name) else ""
            # the first name before the article's "Mr./Ms. Surname", which two people of one surname share
            entity.gender = (
                self.lex.first_names.get(first)
                or self.honorifics.get(entity.surname)
                or next((self.lex.gendered[h] for h in entity.heads if h in self.lex.gendered), None)
            )
        elif entity.gender is None and entity.kind == "description":
            entity.gender = next((self.lex.gendered[h] for h in entity.heads if h in self.lex.gendered), None)
        return entity.gender

    # -- bookkeeping ----------------------------------------------------------------------
    def note(self, entity: Entity, at: Position) -> None:
        """Record that the entity spoke or stood as a sentence subject at this position."""
        self._event_orders.setdefault(id(entity), []).append(len(self.events))
        self.events.append((at, entity))
        self._index_heads(entity, recent=True)

    def _index_heads(self, entity: Entity, recent: bool = False) -> None:
        """File the entity under each word it has been called by; ``recent`` moves it to the end
        (the index keeps who stood last at its end)."""
        for word in entity.heads:
            called = self._by_head.setdefault(word, {})
            if recent:
                called.pop(id(entity), None)
            called.setdefault(id(entity), entity)

    def _last_event(self, entity: Entity, at: Position) -> int | None:
        """The place in ``events`` where the entity last stood at or before ``at``."""
        for order in reversed(self._event_orders.get(id(entity), ())):
            if self.events[order][0] <= at:
                return order
        return None

    def country_of(self, entity: Entity) -> str | None:
        return entity.country or (entity.known.country if entity.known else None)

    def speaker(self, entity: Entity) -> Speaker:
        # an unnamed source keeps its words as first written ("a doctor on the scene", "the
        # spokesman"): the article tells a reader which one; names come without titles
        name = entity.written if entity.kind in ("description", "generic") and entity.written else entity.fullest()
        if entity.kind == "institution" and name.islower() and (entity.written or "").lower().endswith(f" {name}"):
            name = entity.written or name  # a body no name was found for: "the ministry", not "ministry"
        aliases = tuple(dict.fromkeys(f for f in entity.forms if f != name and name_key(f) != name_key(name)))
        known = entity.known
        # "Vasko said", "Reuters reported": one capitalised word nothing shows to be a person or a body
        # ("he", a first name, an institution's word, a describing word, the registry) may be either;
        # the kind is left unknown
        unknown = (
            entity.kind == "institution"
            and id(entity) in self._bodies_by_default
            and entity.known is None
            and self._bare_word(entity)  # an acronym ("CNN", "FBI") is a body's
        )
        return Speaker(
            name=name,
            kind=None if unknown else _SPEAKER_KIND.get(entity.kind, "unnamed"),
            role=entity.role,
            organization=entity.organization or (known.organization if known else None),
            country=self.country_of(entity),
            id=known.id if known else None,
            aliases=aliases,
        )


def _merged(entity: Entity, mention: Mention, known: KnownSpeaker | None) -> Entity:
    """One more mention of an entity already in the cast."""
    entity.add(mention)
    entity.known = entity.known or known
    return entity
