"""Reading an article through the stages, sentence by sentence, in reading order: the cast of the
article, whole-paragraph lines, each sentence's statements, bare quotations and the attributions
beside them. What it finds (``Found``) carries its features for the choice model; the records are
made by the extractor."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Any

import attrs

from ..budget import check_budget
from ..model import StatementKind
from .antecedents import AntecedentModel
from .candidates import AUX
from .confidence import describe
from .content import Content, quote_content
from .dates import statement_date
from .entities import Cast, Entity, Link, Position
from .lexicon import Lexicon
from .mentions import HONORIFIC_GENDER, TIME_UNITS, Mention, analyse, remembered_readings
from .names import joined_titles, strip_possessive
from .phrase_extent import DATE_MODIFIERS, NUMBER_WORDS, TIME_AFTER, dated_word
from .phrases import np_start
from .registry import SpeakerRegistry, name_key, surname_key
from .sentence import OCCASION_PARTICIPLES, Claim, read_sentence
from .subjects import subject_phrase
from .text import (
    FINITE_VERBS,
    LEADING_JUNK,
    MONTHS,
    POSSESSIVE_ENDS,
    Token,
    Unit,
    closing_comma,
    quoted_span,
    split_units,
    words,
)
from .transcript import Line, Span, interview_credits, read_line

__all__ = ["Found", "read_article"]

QUOTE_OPENERS = "“\"'‘«„"
MIN_QUOTE_WORDS = 3  # a bare quotation shorter than this is a scare quote, not a statement
# Words that open a sentence with a phrase before its subject ("On Thursday, …", "Meanwhile, …").
OPENING_WORDS = words(
    "on in at after following meanwhile earlier later speaking as with during while but however back since "
    "before when last here there"
)


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@attrs.define
class Found:
    """A statement found in the article, before it becomes a record."""

    entity: Entity
    kind: StatementKind
    paragraph: int
    unit: int
    start: int
    end: int
    cue: str | None
    date: dt.date | None
    run_on: bool = False
    continuation: tuple[int, int, int] | None = None  # (paragraph, start, end)
    features: list[str] = attrs.field(factory=list)  # what the choice model weighs


class _Reader:
    """One article's pass: the cast, the statements found so far, how each entity was last found."""

    def __init__(
        self,
        paragraphs: Sequence[str],
        day: dt.date | None,
        lex: Lexicon,
        registry: SpeakerRegistry,
        antecedents: AntecedentModel | None = None,
    ) -> None:
        # invisible format marks (zero-width spaces, direction marks) read as spaces, offsets kept
        self.paragraphs = [_INVISIBLE.sub(" ", p) if _INVISIBLE.search(p) else p for p in paragraphs]
        paragraphs = self.paragraphs
        self.day = day
        self.lex = lex
        self.registry = registry
        self.units = [_without_dateline(split_units(p), p) for p in paragraphs]
        self.headlines = {id(u) for us in self.units for u in us if _headline(u)}
        people: list[tuple[Position, Mention]] = []
        # bodies named in each paragraph ("the Varnia Space Agency's search"): "the agency" may stand for them
        self.bodies: list[list[Mention]] = [[] for _ in paragraphs]
        for pi, (p, us) in enumerate(zip(paragraphs, self.units, strict=True)):
            for u in us:
                if id(u) not in self.headlines:
                    people.extend(((pi, m.start), m) for m in _people(u, p, lex, self.bodies[pi]))
        proper = {t.text for us in self.units for u in us for t in u.tokens[1:] if t.capitalized}
        # a capitalised word the article never writes in lower case is a name even where it opens a sentence;
        # one in -ly only before an irregular past or an -s verb ("Kelly said", "Kelly says"; not "Finally, …",
        # "Highly recommended")
        proper |= {
            u.tokens[0].text
            for us in self.units
            for u in us
            if u.tokens
            and u.tokens[0].capitalized
            and u.tokens[0].lower not in lex.common_words
            and (not u.tokens[0].lower.endswith("ly") or (len(u.tokens) > 1 and _finite_after_ly(u.tokens[1], lex)))
        }
        self.proper = proper
        # "X, who leads the opposition, …" introduces someone; "X, who …, made the remarks at …" is the
        # one whose remarks the article has reported
        described = [
            pos
            for pos, m in people
            if paragraphs[pos[0]][m.end : m.end + 1] == "," and not REMARKS_MADE.match(paragraphs[pos[0]], m.end)
        ]
        opening = [
            pos
            for pos, m in people
            if pos[1]
            and (
                OPENING_PARTICIPLE.fullmatch(paragraphs[pos[0]][: pos[1]])
                or OPENING_QUOTATION.fullmatch(paragraphs[pos[0]][: pos[1]])
            )
        ]
        self.cast = Cast(lex, registry, people, _honorifics(paragraphs), antecedents, described, opening)
        self.found: list[Found] = []
        self.links: dict[int, Link] = {}
        self.orphan: tuple[Claim, int] | None = None  # an attribution with nothing to attribute, and its paragraph

    @cached_property
    def credits(self) -> tuple[Credit, Credit]:
        """Who asked and who answered, as the article's interview credit names them: read only for an
        article with a paragraph attributed whole."""
        return _interview_credits(self.paragraphs, self.units, self.lex)

    def read(self) -> list[Found]:
        for pi, paragraph in enumerate(self.paragraphs):
            check_budget()  # where no timer can interrupt (a worker thread), the budget is kept here
            for body in self.bodies[pi]:
                self.cast.institution(body)
            line = read_line(paragraph)
            self.cast.sentence_start = (pi, 0)
            whole = (
                _line_statement(line, paragraph, pi, self.units[pi], self.lex, self.cast, self.credits)
                if line
                else None
            )
            if whole is not None:
                self.found.append(whole)
                self.orphan = None
            else:
                if line is not None and line.kind == "transcript":
                    self.units[pi] = _without_dateline(self.units[pi], paragraph, _COLON_DATELINE)
                self._paragraph(pi, paragraph)
        return self.found

    def _paragraph(self, pi: int, paragraph: str) -> None:
        units = self.units[pi]
        pending: tuple[Unit, int] | None = None  # a bare quotation waiting for the sentence after it
        for ui, unit in enumerate(units):
            if id(unit) in self.headlines:
                continue  # "Review: Crowd Does Not Like Donald Trump": a headline, no sentence to read
            # a line with no lower-case word ("FULL TEXT.") has no subject to stand for later pronouns
            heading = not any(t.is_word and t.text[:1].islower() for t in unit.tokens)
            self.cast.sentence_start = (pi, unit.start)
            subject = None if heading else _unit_subject(unit, paragraph, self.lex)
            subject_entity = self._resolve(subject, pi, unit) if subject else None
            # the sentence's subject and where its phrase ends ("Hale" of "Hale, she said, had …")
            clause = (subject_entity, subject.end) if subject_entity is not None and subject else None
            reading = read_sentence(
                unit,
                paragraph,
                self.lex,
                lambda m, pi=pi, unit=unit, clause=clause: self._speakers(m, pi, unit, clause),  # type: ignore[misc]
                self._context,
                subject_entity,
                (units[ui - 1].start, units[ui - 1].end) if ui else None,
            )
            if pending is not None:  # '"…!" X said as he left.': the quotation before is X's
                quote_unit, quote_ui = pending
                if reading.orphan is not None and (content := _quote_of(quote_unit, answer=True)) is not None:
                    content = attrs.evolve(content, cue=reading.orphan.content.cue)
                    self._add(attrs.evolve(reading.orphan, relation="orphan|before"), content, pi, quote_ui, None, 1)
                    reading = attrs.evolve(reading, orphan=None)
                elif not self._to_orphan(quote_unit, pi, quote_ui):
                    _bare_quote(quote_unit, pi, quote_ui, self.found)
                pending = None
            intro = _intro_dates(unit)
            for claim in reading.claims:
                date = statement_date([t.text for t in [*claim.dates, *intro]], self.day, self.lex)  # its own first
                self._add(claim, claim.content, pi, ui, date, len(reading.claims))
            if not reading.claims and _is_bare_quote(unit):
                # a sentence after it in the paragraph may name its speaker ('"…?" Lind asked.'), first
                if ui + 1 < len(units):
                    pending = (unit, ui)
                elif not self._to_orphan(unit, pi, ui):
                    _bare_quote(unit, pi, ui, self.found)
            if reading.orphan is not None and not reading.claims:
                self.orphan = (reading.orphan, pi)
                issuers = tuple(e for e in reading.orphan.speakers if isinstance(e, Entity))
                for entity in issuers:
                    self.cast.issued(entity)
                self.cast.spoke_jointly(pi, issuers if len(issuers) > 1 else None)  # "X issued a statement."
            elif reading.claims:
                self.orphan = None
            self.cast.previous_subject = subject_entity  # a pronoun in the next sentence may stand for it
        if pending is not None:
            _bare_quote(pending[0], pi, pending[1], self.found)

    def _to_orphan(self, unit: Unit, pi: int, ui: int) -> bool:
        """ "X said in a statement." then "…": the quotation is what X said, when X spoke in this
        paragraph or the one before."""
        content = _quote_of(unit)
        if self.orphan is None or content is None or self.orphan[1] < pi - 1:
            return False
        content = attrs.evolve(content, cue=self.orphan[0].content.cue)
        self._add(attrs.evolve(self.orphan[0], relation="orphan|after"), content, pi, ui, None, 1)
        return True

    def _resolve(self, mention: Mention, pi: int, unit: Unit, not_for: Entity | None = None) -> Entity | None:
        if mention.start == unit.start and not _proper_start(mention, self.proper, self.lex, self.registry):
            return None
        entity = self.cast.resolve(self._owned_body(mention, pi, unit), (pi, mention.start), not_for)
        if entity is not None:
            self._noted(entity, (pi, mention.start))
            if entity.kind == "person" and entity.organization is None and mention.role:
                self._owner_of_role(entity, mention, pi, unit)
            elif entity.kind == "person" and (entity.organization or "").lower() in self.lex.institutions:
                # "A spokesman for the group, Abu Khalil": the group named before is his organisation
                owner = self.cast.antecedent_body((pi, mention.start), (entity.organization or "").lower())
                if owner is not None:
                    entity.organization = owner.fullest()
        return entity

    def _owned_body(self, mention: Mention, pi: int, unit: Unit) -> Mention:
        """ "Its foreign ministry said" after "Qarvat denied …": Qarvat's foreign ministry (the body
        named before this sentence owns it)."""
        if mention.kind != "institution" or not mention.name:
            return mention
        if _OWNED.search(self.paragraphs[pi], max(0, mention.start - 6), mention.start) is None:
            return mention
        owner = self.cast.antecedent_body((pi, unit.start - 1))
        if owner is None or name_key(owner.fullest()).endswith(name_key(mention.name)):
            return mention
        return attrs.evolve(mention, name=f"{owner.fullest()}'s {mention.name}")

    def _owner_of_role(self, entity: Entity, mention: Mention, pi: int, unit: Unit) -> None:
        """ "Its spokeswoman, Hala Nour, said" after "The Kestrel Union said", "Sara Lind, the group's
        regional director" after "Amnesty Watch said": the body "its" or "the group's" stands for
        is the person's organisation."""
        role = mention.role or ""
        near = self.paragraphs[pi][max(unit.start, mention.start - len(role) - 6) : mention.end]
        owned = _BODY_OWNER.match(role)
        noun = strip_possessive(owned.group(0).strip().lower()) if owned else None
        if noun is None or noun not in self.lex.institutions:
            noun = None
            if re.search(r"\b[Ii]ts\s+" + re.escape(role) + r"\b", near) is None:
                return
        owner = self.cast.antecedent_body((pi, mention.start), noun)
        if owner is not None:
            entity.organization = owner.fullest()

    def _speakers(
        self, mention: Mention, pi: int, unit: Unit, clause: tuple[Entity, int] | None = None
    ) -> Entity | tuple[Entity, ...] | None:
        """What a speaker phrase stands for: one entity, or the two people of "the two leaders".
        ``clause``: the sentence's subject and where its phrase ends."""
        pair = self.cast.pair(mention, (pi, mention.start))
        if pair is None:
            # "Hale, she said, had promised …": she is not Hale, the reported clause's subject; nor is she
            # the thing it opens with in "The Net has sped it up, she said" (a person may be: "He was
            # tired, he said")
            set_off = clause is not None and (
                self.paragraphs[pi][clause[1] : mention.start] == ", "
                or (
                    clause[0].kind == "institution"
                    and self.paragraphs[pi][max(0, mention.start - 2) : mention.start] == ", "
                )
            )
            not_for = clause[0] if clause is not None and set_off and mention.kind == "pronoun" else None
            window = max(0, mention.start - 12)  # a bounded look: ", whom " and its spaces
            if mention.kind == "pronoun" and (
                who := _RELATIVE_BEFORE.search(self.paragraphs[pi], window, mention.start)
            ):
                # "Kessa Dorn, who he claims has been unfair": "he" is not the relative's antecedent
                not_for = self.cast.person_ending_at(pi, who.start()) or not_for
            return self._resolve(mention, pi, unit, not_for)
        for entity in pair:
            self._noted(entity, (pi, mention.start))
        return pair

    def _noted(self, entity: Entity, at: Position) -> None:
        """The entity stood at ``at``, found as the cast's last resolution says."""
        self.cast.note(entity, at)
        self.links[id(entity)] = self.cast.link

    def _context(self) -> Entity | None:
        return self.found[-1].entity if self.found else None

    def _add(self, claim: Claim, content: Content, pi: int, ui: int, date: dt.date | None, claims: int) -> None:
        paragraph = self.paragraphs[pi]
        first_person = content.kind == "direct" and _FIRST_PERSON.search(paragraph, content.start, content.end)
        for entity in claim.speakers:
            assert isinstance(entity, Entity)
            if first_person and len(claim.speakers) == 1:
                self.cast.speaks_in_first_person(entity)
            features = describe(
                relation=claim.relation,
                mentions=claim.mentions,
                entity=entity,
                link=self.links.get(id(entity)),
                cue=claim.cue,
                kind=content.kind,
                words=paragraph.count(" ", content.start, content.end) + 1,
                speakers=len(claim.speakers),
                same_as_last=bool(self.found) and self.found[-1].entity is entity,
                paragraph_opens_with_quote=paragraph[:1] in QUOTE_OPENERS,
                sentence_claims=claims,
            )
            more = (pi, *content.continuation) if content.continuation else None
            c = content
            self.found.append(Found(entity, c.kind, pi, ui, c.start, c.end, c.cue, date, c.run_on, more, features))
            self.cast.spoke(entity)
        several = len(claim.speakers) > 1 and "statement" in paragraph.lower()  # "X and Y said in a joint statement"
        self.cast.spoke_jointly(pi, tuple(e for e in claim.speakers if isinstance(e, Entity)) if several else None)


_BODY_OWNER = re.compile(r"[a-z]+['’]s ")  # "group's regional director": a body's noun owns the role
_OWNED = re.compile(r"\b(?:[Ii]ts|[Tt]heir) $")  # the possessive right before a body's name


def read_article(
    paragraphs: Sequence[str],
    day: dt.date | None,
    lex: Lexicon,
    registry: SpeakerRegistry,
    antecedents: AntecedentModel | None = None,
    trace: list[Any] | None = None,
) -> tuple[list[Found], Cast]:
    """Every statement the stages find in the article, in reading order, and the article's cast.
    ``trace`` collects each pronoun's candidates and features (to train the antecedent ranking)."""
    with remembered_readings():
        reader = _Reader(paragraphs, day, lex, registry, antecedents)
        reader.cast.trace = trace
        return reader.read(), reader.cast


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|myself)\b")
# "PORT SELAN, Marovia (AP) — ", "LONDON (Reuters) - ", "CLEVELAND, July 19 (UPI) — ": a dateline
_DATELINE = re.compile(
    r"^[A-Z][A-Z.’'\-/ ]*[A-Z.](?:,[\w.’' ]{1,30}){0,2}\s*(?:\([^)]{1,40}\))?\s*(?:[—–-]{1,2}\s+|\n\s*)(?=\S)"
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r"(?:(?:,[\w.’' ]{1,30}){1,2}\s*\([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}\)|\s*\([A-Z]{2,6}\))"
    r"\s*[—–-]{1,2}\s+(?=\S)"
)  # "GAZA CITY, Gaza Strip (AP) — …", "ANKARA (AA) - …", "DOHA, 9th March, 2026 (QNA) -- …", a
# dateline on a line of its own ("ISTANBUL\n…"), and a title-case place with its agency in brackets
# ("Moscow, Oct. 14 (TASS) — …")
# "RIYADH: …": read so only when the paragraph is no transcript line of a person's ("TAPPER: …")
_COLON_DATELINE = re.compile(r"^[A-Z][A-Z.’'\-/ ]*[A-Z]:\s+(?=[A-Z])")


def _without_dateline(units: list[Unit], paragraph: str, dateline: re.Pattern[str] = _DATELINE) -> list[Unit]:
    """The paragraph's sentences with a leading dateline left out: a place is no sentence subject."""
    m = dateline.match(paragraph) if units else None
    if m is None:
        return units
    first = units[0]
    kept = tuple(t for t in first.tokens if t.start >= m.end())
    if not kept:
        return units[1:]
    return [Unit(kept, kept[0].start, first.end), *units[1:]]


def _headline(unit: Unit) -> bool:
    """A title-case line: five words or more, nearly all capitalised, no quotation."""
    tokens = unit.tokens
    limit = 0.15 * len(tokens)  # more lower-case words than this and no count of words can pass
    words = lower = 0
    for t in tokens:
        if t.kind == "quote":
            return False
        if t.is_word:
            words += 1
            first = t.text[:1]
            if not (first.isupper() or first.isdigit()):
                lower += 1
                if lower > limit:
                    return False  # nearly every sentence of prose ends here, a few words in
    return words >= 5 and lower <= 0.15 * words


Credit = tuple[Position, Mention] | None  # a name an interview credit gives, and where


def _interview_credits(
    paragraphs: Sequence[str], units: Sequence[Sequence[Unit]], lex: Lexicon
) -> tuple[Credit, Credit]:
    """The interviewer and the interviewee the article's interview credit names, read as mentions."""

    def read(span: Span | None) -> Credit:
        if span is None:
            return None
        pi, a, b = span
        tokens = [t for u in units[pi] for t in u.tokens if t.start >= a and t.end <= b]
        mention = analyse(tokens, paragraphs[pi], lex) if tokens else None
        return ((pi, a), mention) if mention is not None and mention.kind == "person" else None

    asker, answerer = interview_credits(paragraphs)
    return read(asker), read(answerer)


def _line_statement(
    line: Line,
    paragraph: str,
    pi: int,
    units: Sequence[Unit],
    lex: Lexicon,
    cast: Cast,
    credits: tuple[Credit, Credit] = (None, None),
) -> Found | None:
    """A paragraph attributed whole (a transcript line, an interview's question or answer, a closing
    credit): the label's speaker said all of it, word for word. ``credits``: the interviewer and the
    interviewee an interview credit names."""
    entity: Entity | None
    asker, answerer = credits
    if line.kind == "question":
        entity = cast.resolve(asker[1], asker[0]) if asker else None
        entity = entity or cast.unnamed(line.label, "interviewer")
    elif line.kind == "answer":
        entity = cast.main_person() or (cast.resolve(answerer[1], answerer[0]) if answerer else None)
        entity = entity or cast.unnamed(line.label, "interviewee")
    else:
        at = paragraph.rfind(line.label) if line.kind == "credit" else 0
        tokens = [t for u in units for t in u.tokens if t.start >= at and t.end <= at + len(line.label)]
        mention = analyse(tokens, paragraph, lex)
        if mention is None:
            return None
        if line.kind == "transcript" and " " not in line.label and (not line.label.isupper() or pi == 0):
            # "Vesper: …" is a transcript line only after the article named a Vesper ("Update: …" is not);
            # so is "MARRAH: …" opening the article (a dateline, unless the article names a Marrah)
            short = len(paragraph[line.start : line.end].split()) < 5  # "Vale: Win in a walk." heads a roundup
            if short or not cast.knows_surname(line.label):
                return None
            mention = attrs.evolve(mention, kind="person")
        asks = paragraph[: line.end].rstrip().endswith("?")
        if mention.kind != "person" and not (mention.kind == "institution" and asks):
            return None  # an outlet's line is its question ("Selan Daily: What …?"); other lines need a person
        entity = cast.resolve(attrs.evolve(mention, titled=True), (pi, at))
        if entity is None:
            return None
        cast.note(entity, (pi, at))
    cue = ":" if line.kind != "credit" else next((c for c in paragraph[line.end :] if c in "―—–-"), "―")
    features = [f"rel={line.kind}", f"ek={entity.kind}"]
    return Found(entity, "direct", pi, 0, line.start, line.end, cue, None, features=features)


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ((?:[A-Z][\w’'-]+ ?){1,3})")


def _honorifics(paragraphs: Sequence[str]) -> dict[str, str]:
    """Surname key → "m" or "f" for each "Mr. X" / "Ms. X" of the article (pronoun agreement only)."""
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        if "M" not in paragraph:
            continue
        for title, name in _HONORIFIC.findall(paragraph):
            found.setdefault(surname_key(name), HONORIFIC_GENDER[title.lower()])
    return found


def _proper_start(mention: Mention, proper: set[str], lex: Lexicon, registry: SpeakerRegistry) -> bool:
    """A one-word phrase opening a sentence is a name only if the article capitalises it
    elsewhere too, or the lexicon or registry knows it ("Critically, it …" is not a speaker)."""
    words = mention.text.split()
    if len(words) != 1 or mention.kind in ("pronoun", "generic", "description", "role"):
        return True
    word = words[0]
    low = word.lower()
    return (
        word in proper
        or low in lex.institutions
        or low in lex.roles
        or word in lex.institution_words
        or lex.country_of(word) is not None
        or registry.lookup(word) is not None
    )


def _people(unit: Unit, text: str, lex: Lexicon, bodies: list[Mention]) -> list[Mention]:
    """Every personal name with a title or a first name ("Wikileaks co-founder Julian Assange");
    names of bodies of two words or more that end in a body's word ("Space Agency") go to ``bodies``."""
    tokens = unit.tokens
    out: list[Mention] = []
    k, n = 0, len(tokens)
    while k < n:
        if not tokens[k].capitalized:
            k += 1
            continue
        e = k
        while e < n and (
            tokens[e].capitalized
            or (tokens[e].lower in lex.particles and e + 1 < n and tokens[e + 1].capitalized)
            or (e > k and tokens[e].kind == "quote" and _nickname(tokens, e))
        ):
            e += 1
        s = k
        while (
            s > 0
            and s > k - 3
            and tokens[s - 1].is_word
            and (tokens[s - 1].lower in lex.roles or tokens[s - 1].capitalized)
        ):
            s -= 1
        if s >= 2 and tokens[s - 1].lower == "and":
            s = joined_titles(tokens, s, lex)  # "Prime Minister and Foreign Minister Sheikh X"
        # "Vasko's wife, Mirela, is …": one word set off by commas after a role noun is that person's name
        apposed = e - s == 1 and _name_apposed_to_role(tokens, s, e, lex)
        if e - s == 1 and not apposed:  # one capitalised word with no title before it is never a full personal name
            k = e
            continue
        start = np_start(tokens, s - 2, lambda _: False) if apposed else s
        mention = analyse(tokens[start:e], text, lex, _role_apposed(tokens, e, lex))
        nicknames = [t.text for t in tokens[s:e] if t.kind == "quote"]
        if mention is not None and mention.name and nicknames:
            # 'Juan “Chico” Varden': the name without the nickname, as a registry or a later mention gives it
            bare = mention.name
            for nickname in nicknames:
                bare = bare.replace(nickname, " ")
            mention = attrs.evolve(mention, name=" ".join(bare.split()))
        named = mention is not None and mention.kind == "person" and mention.name is not None
        if mention is not None and mention.kind == "institution" and e - s > 1 and _body_head(tokens[e - 1]):
            bodies.append(_without_owner(mention, tokens[s:e], lex))
        full = mention is not None and (" " in (mention.name or "") or mention.role or mention.titled)
        if named and mention and full and not (k == 0 and e - k == 1) and not _place(tokens, s, mention, lex):
            out.append(mention)
        k = e
    return out


def _name_apposed_to_role(tokens: Sequence[Token], s: int, e: int, lex: Lexicon) -> bool:
    """ "Vasko's wife, Mirela,": the capitalised word at s, between commas, after a role noun."""
    return (
        s >= 2
        and tokens[s - 1].text == ","
        and tokens[s - 2].lower in lex.roles
        and e < len(tokens)
        and tokens[e].text == ","
        and lex.country_of(tokens[s].text) is None
    )


def _nickname(tokens: Sequence[Token], e: int) -> bool:
    """'Juan “Chico” Varden': one or two capitalised words in marks between two parts of a name."""
    inner = tokens[e].text.strip("“”\"‘’' ").split()
    return (
        tokens[e].kind == "quote"
        and e + 1 < len(tokens)
        and tokens[e + 1].capitalized
        and 0 < len(inner) <= 2
        and all(w[:1].isupper() and w.isalpha() for w in inner)
    )


def _role_apposed(tokens: Sequence[Token], e: int, lex: Lexicon) -> Sequence[Token]:
    """The role set off by commas after a name ("Selim Haddad, the Egyptian president, met …",
    "…, Egypt's president, …"), so that the person keeps it for a later "the Egyptian leader"; none
    when the words between the commas are not a role."""
    if e + 2 >= len(tokens) or tokens[e].text != ",":
        return ()
    close = next((c for c in range(e + 1, min(len(tokens), e + 8)) if not tokens[c].is_word), None)
    if close is None or tokens[close].text not in (",", ".") or close - e < 3:
        return ()
    first = tokens[e + 1]
    # the role's noun ends the phrase or stands before "of"/"for"/"to" ("the head of the delegation")
    head = next((c - 1 for c in range(e + 2, close) if tokens[c].lower in ("of", "for", "to")), close - 1)
    # ", Emir of Qarvat,": a title-case role with its "of" needs no article
    titled = head == e + 1 and head + 1 < close and first.capitalized and first.lower in lex.roles
    opened = first.lower in ("the", "a", "an") or first.text.endswith(POSSESSIVE_ENDS) or titled
    role = (titled or not tokens[head].capitalized) and tokens[head].lower in lex.roles
    return tokens[e + 1 : close] if opened and role else ()


# last words of a body's name that "the agency", "the ministry" may take up
BODY_HEADS = words(
    "agency ministry council commission committee department court union league party front movement "
    "authority bureau office service institute foundation organization organisation association"
)


def _without_owner(mention: Mention, words: Sequence[Token], lex: Lexicon) -> Mention:
    """The body's own name: "Supreme Court" of "Mr. Varga's Supreme Court" (a country that owns it
    stays: "Ombrin's Health Ministry"); no possessive after it."""
    owner = max((i for i, t in enumerate(words[:-1]) if t.text.endswith(POSSESSIVE_ENDS)), default=None)
    name = mention.name or mention.text
    if owner is not None and lex.country_of(strip_possessive(words[owner].text)) is None:
        name = " ".join(t.text for t in words[owner + 1 :])
    return attrs.evolve(mention, name=strip_possessive(name))


def _body_head(tok: Token) -> bool:
    return strip_possessive(tok.lower) in BODY_HEADS


REMARKS_MADE = re.compile(r",[^.;:\"“”]{0,200}?, (?:made|delivered) (?:the|his|her|these|those) (?:remarks|comments)\b")
# a paragraph's opening participle phrase, before its subject ("Speaking at his weekly briefing, ")
OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,.;:\"“”]{0,120}, ")
# or the quotation it opens with, the name its speaker's ('"We are ready," Nasser Kavani told …')
OPENING_QUOTATION = re.compile(r"[“\"‘][^“”\"]{1,600}?[,.!?…][”\"’] ")


LOCATIVES = words("in at near outside across throughout downtown suburban rural northern southern eastern western")


def _place(tokens: Sequence[Token], s: int, mention: Mention, lex: Lexicon) -> bool:
    """ "in New Hampshire", "In downtown San Francisco": two capitalised words after a word of
    place, with no title and no first name the training data knows, name a place, not a person."""
    before = s - 2 if s >= 2 and tokens[s - 1].lower == "the" else s - 1  # "in the Rust Belt"
    if before < 0 or tokens[before].lower not in LOCATIVES or mention.role or mention.titled:
        return False
    first = (mention.name or "").split()[0].lower()
    return first not in lex.first_names


def _finite_after_ly(tok: Token, lex: Lexicon) -> bool:
    """A verb that no adverb in -ly stands before at a sentence's start: an irregular past ("said",
    "told") or a present in -s that is a cue ("says"); an -ed form may be a participle ("Highly
    recommended")."""
    low = tok.lower
    return tok.is_word and not tok.capitalized and (low in FINITE_VERBS or (low.endswith("s") and low in lex.cues))


def _unit_subject(unit: Unit, text: str, lex: Lexicon) -> Mention | None:
    """The noun phrase a sentence opens with (after an opening phrase such as "On Thursday,")."""
    tokens = unit.tokens
    k = 0
    comma = next((i for i, t in enumerate(tokens[:25]) if t.text == ","), None)
    # "Critically, …", "Likewise, …": an adverb before the subject
    adverb = (
        len(tokens) > 1
        and tokens[1].text == ","
        and (tokens[0].lower.endswith("ly") or tokens[0].lower in LEADING_JUNK)
    ) or (  # "More recently, …", "Most importantly, …": a degree word and its adverb
        len(tokens) > 2
        and tokens[0].lower in ADVERB_DEGREES
        and tokens[1].lower.endswith("ly")
        and tokens[2].text == ","
    )
    # "Utilizing the language of …, the party sought": a participle opens the sentence
    # ("Boeing is one of …", "Reading has …": a name ending like a participle, then its verb)
    participle = (
        len(tokens) > 1
        and tokens[0].lower.endswith(("ing", "ed"))
        and not tokens[1].capitalized
        and tokens[1].lower not in AUX
    )
    # "Two weeks after …, the justice broke": a time before the subject
    timespan = len(tokens) > 2 and tokens[0].lower in NUMBER_WORDS and tokens[1].lower in TIME_UNITS
    # "But a few days later, Trump reversed himself": a time before the subject
    time_after_but = comma is not None and comma <= 7 and any(t.lower in TIME_UNITS for t in tokens[1:comma])
    # "Hours later, Vale returned …", "A week ago, …": a time phrase before the subject
    time_ago = comma is not None and 1 < comma <= 5 and tokens[comma - 1].lower in TIME_AFTER
    # "This year, he rose …", "Late Tuesday, the ministry said": a date before the subject
    dated = comma is not None and 1 < comma <= 4 and tokens[0].lower in DATE_MODIFIERS and dated_word(tokens[1], lex)
    if tokens and tokens[0].lower in OPENING_CONJUNCTIONS:
        # "But on Sunday he finally gave …": a short adjunct, then the pronoun that is the subject
        for k in range(1, min(len(tokens) - 1, 7)):
            tok = tokens[k]
            if tok.lower in ("he", "she"):
                return subject_phrase(tokens, k, lex, text)
            if not tok.is_word or (tok.capitalized and tok.lower not in lex.weekdays):
                break
    # "And even Vale tried …": a focusing adverb between the conjunction and the subject
    s = 2 if len(tokens) > 3 and tokens[1].lower in FOCUS_ADVERBS else 1
    if (
        len(tokens) > s + 1
        and tokens[0].lower in NAME_CONJUNCTIONS
        and (tokens[s].capitalized or tokens[s].lower in ("the", "a", "an"))
        and tokens[s].lower not in OPENING_WORDS
        and not time_after_but
    ):
        return subject_phrase(tokens, s, lex, text)  # "But Akhil Vale, the chief …, noted": no opening phrase
    if (tokens and tokens[0].is_word and not tokens[0].capitalized) or (
        comma is not None
        and (
            tokens[0].lower in OPENING_WORDS or adverb or participle or timespan or time_after_but or time_ago or dated
        )
    ):
        if comma is None:
            return None
        k = _after_adjuncts(tokens, comma + 1, lex)
    return _apposed_person(tokens, subject_phrase(tokens, k, lex, text), lex, text)


ADVERB_DEGREES = words("more most less least even perhaps very")


def _apposed_person(tokens: Sequence[Token], subject: Mention | None, lex: Lexicon, text: str) -> Mention | None:
    """ "The envoy, Sara Lind, briefed …": the name set off by commas after an unnamed subject is
    who the subject is; the subject's words give the person's role."""
    one_of = subject is not None and subject.kind == "generic" and (subject.written or "").lower().startswith("one of ")
    if subject is None or not (subject.kind in ("role", "description") or one_of):
        return subject  # "One of the men, Tal Vesper, had served …": one of them, named after it
    e = next((m for m, t in enumerate(tokens) if t.start >= subject.end), len(tokens))
    if e + 2 >= len(tokens) or tokens[e].text != ",":
        return subject
    person = subject_phrase(tokens, e + 1, lex, text)
    after = next((m for m in range(e + 1, len(tokens)) if tokens[m].start >= person.end), None) if person else None
    if person is None or person.kind != "person" or " " not in (person.name or "") or after is None:
        return subject
    if tokens[after].text != ",":
        return subject
    if one_of:
        return person  # a share of a group gives no role
    first = next((m for m, t in enumerate(tokens) if t.end > subject.start), 0)
    named = analyse(tokens[first:e], text, lex, tokens[e + 1 : after])  # the description gives the role
    return named if named is not None and named.kind == "person" else subject


_RELATIVE_BEFORE = re.compile(r",\s*(?:who|whom)\s+$")  # right before an object relative's pronoun
FOCUS_ADVERBS = words("even also then now still only")
OPENING_CONJUNCTIONS = words("but and yet so then")  # before a subject: "But on Sunday he …"
NAME_CONJUNCTIONS = OPENING_CONJUNCTIONS - {"so", "then"}  # before a name with no opening phrase: "But Vale, …"
PLACE_OPENERS = words("at in on from during after before outside near")


def _after_adjuncts(tokens: Sequence[Token], k: int, lex: Lexicon) -> int:
    """Past the rest of an opening phrase's commas: "At an event in Ames, Iowa, on Sunday, Mrs.
    Clinton …" — a place of one to three capitalised words, or a date, set off by commas; "On
    Thursday, after remaining neutral for months, Vale …" — a clause of circumstance."""
    while True:
        if k < len(tokens) and tokens[k].lower in CIRCUMSTANCE and (end := _circumstance_end(tokens, k)) is not None:
            k = end + 1
            continue
        comma = next((m for m in range(k, min(k + 5, len(tokens))) if tokens[m].text == ","), None)
        if comma is None or comma == k:
            return k
        segment = tokens[k:comma]
        # "in Ames, Iowa,": a place after a place, never a name after an adverb ("Recently, Herman Cain,")
        place = (
            len(segment) <= 3
            and all(t.capitalized for t in segment)
            and k >= 3
            and tokens[k - 2].capitalized
            and tokens[k - 2].lower not in MONTHS  # "In October, Rep. Tal Vesper, …": a date, then a name
            and not (segment[0].text in lex.titles or segment[0].lower in lex.honorifics)
            and (tokens[0].lower in PLACE_OPENERS or tokens[0].lower.endswith("ing"))
        )
        date = segment[0].lower in ("on", "last", "this", "late", "early") or all(
            t.lower in lex.weekdays or t.text.isdigit() for t in segment
        )
        if not (place or date) or comma + 1 >= len(tokens):
            return k
        k = comma + 1


# words that open a clause of circumstance between an opening phrase and the subject
CIRCUMSTANCE = words("after before while when since despite following amid during without")


def _circumstance_end(tokens: Sequence[Token], k: int) -> int | None:
    """The comma that closes a clause of circumstance opening at ``k`` (words only, at most 14 of
    them), when a subject can follow it: a capitalised word or a determiner."""
    c = closing_comma(tokens, k + 1, min(k + 16, len(tokens) - 1))
    if c is None:
        return None
    after = tokens[c + 1]
    return c if after.is_word and (after.capitalized or after.lower in ("the", "a", "an")) else None


def _intro_dates(unit: Unit) -> list[Token]:
    """ "On Thursday, …" at the head of a sentence dates what it reports, as does the occasion an
    opening phrase names ("Speaking at a news conference on Tuesday, …", "In a speech on Sunday, …");
    a clause before the comma ("After talks collapsed on Monday, …") dates an event, not the words."""
    tokens = unit.tokens
    reach = OCCASION_REACH if tokens and tokens[0].lower in OCCASION_OPENERS else 5
    for c, tok in enumerate(tokens[:reach]):
        if tok.text == ",":
            return list(tokens[:c])
    return []


OCCASION_OPENERS = OCCASION_PARTICIPLES | words("in at during")
OCCASION_REACH = 16  # an opening phrase longer than this is rarely just the occasion


def _is_bare_quote(unit: Unit) -> bool:
    """A sentence that is one quotation and nothing else."""
    return sum(1 for t in unit.tokens if t.kind == "quote") == 1 and not any(t.is_word for t in unit.tokens)


def _quote_of(unit: Unit, answer: bool = False) -> Content | None:
    """The words of a sentence that is only a quotation, as a direct statement's content; with
    ``answer``, a question or an exclamation of fewer words counts ('"Grizzly Adams?" X asked.')."""
    quote = next(t for t in unit.tokens if t.kind == "quote")
    short = answer and quote.text.rstrip("”\"’' ").endswith(("?", "!"))
    if len(quote.text.split()) < (1 if short else MIN_QUOTE_WORDS):
        return None
    return quote_content(quote, "direct", "")


def _bare_quote(unit: Unit, pi: int, ui: int, found: list[Found]) -> None:
    """A sentence that is only a quotation: the second half of a split quotation, a quotation
    running on from the paragraph before, or a new quotation of the last speaker."""
    quotes = [t for t in unit.tokens if t.kind == "quote"]
    words = [t for t in unit.tokens if t.is_word]
    if len(quotes) != 1 or words or not found:
        return
    q = quotes[0].quote
    assert q is not None
    text_start, text_end = quoted_span(quotes[0])
    if text_end - text_start <= 0 or len(quotes[0].text.split()) < MIN_QUOTE_WORDS:
        return
    prev = found[-1]
    if prev.kind == "act":  # '"…," said X, who has offered advice to Y. "…"': the quotation is X's
        prev = next((f for f in reversed(found) if f.kind != "act"), prev)
    if prev.kind != "direct" and prev.paragraph == pi and prev.unit == ui - 1:
        # '"…," X told the Journal, after Y stated an interest in … "…"': a quotation goes on the one
        # quoted in the sentence before, not a report inside that sentence's aside
        prev = next(
            (f for f in reversed(found[-8:]) if f.paragraph == pi and f.unit == ui - 1 and f.kind == "direct"), prev
        )
    follows = (
        prev.kind == "direct"
        and prev.continuation is None
        and ((prev.paragraph == pi and prev.unit == ui - 1) or (prev.run_on and prev.paragraph == pi - 1 and ui == 0))
    )
    if follows:
        prev.continuation = (pi, text_start, text_end)
        prev.run_on = not q.closed
    elif prev.paragraph >= pi - 2:
        features = [f"rel=bare|{pi - prev.paragraph}", f"ek={prev.entity.kind}", f"rel|prev={prev.features[0]}"]
        found.append(
            Found(prev.entity, "direct", pi, ui, text_start, text_end, None, prev.date, not q.closed, None, features)
        )
