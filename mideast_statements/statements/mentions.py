"""What a noun phrase before (or after) a speech verb names: a person with titles, an
institution, a pronoun, a role noun ("the top diplomat"), a description ("a doctor on the scene")
or an unnamed, generic source ("officials", "experts", "some analysts")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

import attrs

from .bodies import (
    MEDIA_WORDS,
    PREPOSITIONS,
    body_called,
    institution_of_chain,
    institution_with_and,
    known_as_body,
    office_of,
    press_office,
)
from .documents import (
    DOCUMENT_TITLES,
    HELD_BY,
    PUBLISHED_WORDS,
    bare_documents,
    document_by,
    document_head,
    document_source,
    issued_by_at,
    issuer_named,
)
from .lexicon import Lexicon
from .members import (
    ADJECTIVE_ENDINGS,
    GROUP_OPENERS,
    capitalized_plural,
    clause_inside,
    described_members,
    group_member,
    member_word,
    no_noun,
)
from .names import (
    HYPHENED_PARTICIPLE,
    MONTH_OPENERS,
    PLACE_OPENERS,
    THING_NAME_ENDS,
    name_tokens,
    party_tag,
    strip_possessive,
    titleish,
)
from .persons import is_title, person_phrase, split_appositive, titled_head
from .phrase_extent import (
    CLAUSE_STARTS,
    DATE_MODIFIERS,
    DATED_PERIODS,
    DAY_PARTS,
    DESCRIBING_PARTICIPLES,
    QUANTIFIERS,
    QUANTITIES,
    TIME_UNITS,
    WORKS,
    dated_word,
    describing_participle,
    is_plural,
    is_weekday,
    noun_phrase,
    numbered_name,
    numbered_part,
    participle_after_plural,
    verb_with_object,
)
from .phrase_words import (
    AGENT_NOUN,
    AGENT_PLURAL,
    DETERMINERS,
    HONORIFIC_GENDER,
    LEADING_VERBS,
    MEMBER_COUNTS,
    NAME_MODIFIERS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    RANKS,
    Mention,
    MentionKind,
    common_noun,
    country_in,
    join_tokens,
    one_more,
    people_noun,
    people_plural,
    role_owner,
    role_plural,
)
from .role_words import clean_role
from .text import LEADING_JUNK, LY_NOUNS, MONTHS, POSSESSIVE_ENDS, SUBJECT_PRONOUNS, Token, uncontracted, words

__all__ = [
    "AGED",
    "AGENT_NOUN",
    "HONORIFIC_GENDER",
    "LEADING_VERBS",
    "QUANTITIES",
    "TIME_UNITS",
    "Mention",
    "MentionKind",
    "analyse",
    "describing_participle",
    "group_noun",
    "member_word",
    "people_noun",
    "phrase_word",
    "remembered_readings",
    "role_plural",
    "share_of_them",
    "verb_with_object",
]


# Words that start a clause inside a phrase: the speaker phrase ends before them.
OPENING_PREPOSITIONS = words(
    "of for at in on from with to by about into onto over under through during after before since until upon "
    "despite without within among between against"
)
NEVER_NAMES = words("had has have is are was were did does do would could should been being")
INTERJECTIONS = words("however meanwhile too though also instead moreover")
CLAUSE_OPENERS = words("it what that there here who you")  # with a verb written on ("it's"), a clause
STYLES = words("highness majesty excellency eminence holiness")  # "His Majesty", "Her Excellency"
# where in a place, before its name ("a resident in northern Gaza"): no part of a person's name
COMPASS_WORDS = words("northern southern eastern western central northeastern northwestern southeastern southwestern")


def phrase_word(tok: Token, lex: Lexicon) -> bool:
    """May this word stand in a speaker's noun phrase read left to right ("the Kremlin",
    "Foreign Minister X", "the port authority")?"""
    low = tok.lower
    return tok.capitalized or low in DETERMINERS or low in lex.roles or low in lex.particles or low in lex.institutions


def group_noun(tok: Token, lex: Lexicon) -> bool:
    """A plural noun for people ("ministers", "protesters", "Israelis"): the head of a group named by
    the places its members come from ("the ministers of X and Y")."""
    return strip_possessive(tok.lower).endswith("s") and people_noun(tok, lex)


def _first_preposition(words: Sequence[Token]) -> int:
    """Index of the first preposition after the phrase's first word (its length when there is none)."""
    return next((k for k, t in enumerate(words) if k and t.lower in PREPOSITIONS), len(words))


def _group_of_names(words: Sequence[Token], lex: Lexicon) -> str | None:
    """The head of "ministers of X, Y and Z", "protesters in X and Y": a plural noun for people, a
    preposition and a list of names; None when the words are no such group."""
    prep = _first_preposition(words)
    if prep < 1 or prep + 1 >= len(words) or words[prep].lower not in ("of", "in", "from"):
        return None
    group = words[prep - 1]
    if not group_noun(group, lex):
        return None
    listed = words[prep + 1 :]
    if not any(t.lower == "and" for t in listed):
        return None
    # names, and the "of" inside one ("the Ministry of Ports and Harbours")
    names = all(t.capitalized or t.lower in ("and", "the", "of") or t.text == "," for t in listed)
    return strip_possessive(group.lower) if names else None


def share_of_them(words: Sequence[Token]) -> bool:
    """ "most of them", "many of us", "two of them": a count or a group word, "of", and a plural pronoun."""
    return (
        len(words) == 3
        and words[1].lower == "of"
        and words[2].lower in ("them", "us")
        and (words[0].lower in _COUNTED_OPENERS or words[0].text.isdigit())
    )


# A share of those polled or counted: "six in 10", "about 9 percent", "42%", "two-thirds of Democratic
# insiders", "large majorities of voters" — an unnamed source, kept as written
SHARE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|some|only|just|over|under|around|more than|fewer than|less than|"
    r"at least|close to|a|the)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:in|out of)\s+(?:\d+|ten|five|four|three)(?:\s+(?!of\b|in\b|among\b)[^,;]{1,60})?|"  # "eight in 10 voters"
    r"(?:one|two|three)-(?:thirds?|quarters?|fifths?)|"
    r"(?:third|quarter|half|fifth)|(?:(?:large|slim|narrow|clear|small|wide|overwhelming|solid|big)\s+)?"
    r"(?:majority|majorities|minority|plurality))(?:\s+(?:of|in|among)\s+[^,;]{1,80})?",
    re.IGNORECASE,
)


def _share(tokens: Sequence[Token], text: str) -> Mention | None:
    words = [t for t in tokens if t.kind != "quote"]
    while words and words[-1].kind == "punct" and words[-1].text != "%":
        words = words[:-1]
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    phrase = text[start:end]
    if SHARE.fullmatch(phrase) is None:
        return None
    return Mention("generic", phrase, start, end, name=phrase, head=words[-1].lower, written=phrase)


# Readings already made in the article being read: a name comes back sentence after sentence
# ("Mr. Vesper said"), and a phrase's reading depends only on its words (see ``analyse``)
_READ: ContextVar[dict[tuple[object, ...], tuple[Mention | None, int]] | None] = ContextVar("_READ", default=None)


@contextmanager
def remembered_readings() -> Iterator[None]:
    """Within the block, ``analyse`` reads each phrase once (one article: nothing is kept after it)."""
    scope = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(scope)


def analyse(tokens: Sequence[Token], text: str, lex: Lexicon, appositive: Sequence[Token] = ()) -> Mention | None:
    """Read a noun phrase (tokens of paragraph ``text``); None when it names no possible source.
    The reading is a function of the phrase's words as written, their token kinds, the appositive's
    words and where it stands from the phrase: the same phrase elsewhere gets the same reading,
    moved to where it stands."""
    read = _READ.get()
    if read is None or not tokens:
        return _read(tokens, text, lex, appositive)
    first = tokens[0].start
    key = (
        id(lex),
        text[first : tokens[-1].end],
        tuple(t.kind for t in tokens),
        text[appositive[0].start : appositive[-1].end] if appositive else None,
        tuple(t.kind for t in appositive),
        appositive[0].start - first if appositive else 0,
    )
    found = read.get(key)
    if found is None:
        mention = _read(tokens, text, lex, appositive)
        read[key] = (mention, first)
        return mention
    mention, at = found
    if mention is None or at == first:
        return mention
    return attrs.evolve(mention, start=mention.start + first - at, end=mention.end + first - at)


def _read(tokens: Sequence[Token], text: str, lex: Lexicon, appositive: Sequence[Token]) -> Mention | None:
    mention = _analyse(tokens, text, lex, appositive)
    if mention is None or not mention.role:
        return mention
    role = clean_role(mention.role, lex)
    return mention if role == mention.role else attrs.evolve(mention, role=role)


AGED = re.compile(r"\d{1,3}-year-old")


def _analyse(tokens: Sequence[Token], text: str, lex: Lexicon, appositive: Sequence[Token] = ()) -> Mention | None:
    share = _share(tokens, text)
    if share is not None and not (appositive and one_more(tokens)):  # "a third, Daniel Varga,": the name
        return share
    words = noun_phrase([t for t in tokens if t.kind != "quote"], lex)
    opened_by_date = False  # "In May Vale said", "Last August Vale said": a month after it is a date
    while len(words) > 1 and (
        words[0].lower in LEADING_JUNK
        or words[0].kind == "punct"
        or (is_weekday(words[0], lex) and not words[0].text.endswith(POSSESSIVE_ENDS))
        # "this morning", "Last week", "late Tuesday": a date ("this look-alike", "early results" are no date)
        or (words[0].lower in DATE_MODIFIERS and dated_word(words[1], lex))
        or (words[0].lower in DAY_PARTS and words[0].lower not in DATE_MODIFIERS and not words[0].capitalized)
        or (opened_by_date and (words[0].lower in MONTHS or words[0].lower in DATED_PERIODS))
    ):
        opened_by_date = words[0].lower in MONTH_OPENERS or words[0].lower in DATE_MODIFIERS
        words = words[1:]  # "Tuesday night he said": the date before a subject is no part of it
    if opened_by_date and len(words) == 1 and words[0].lower in DATED_PERIODS:
        return None  # "This year, he rose …": a date alone names no source
    if len(words) > 2 and words[0].lower == "no" and words[1].lower == "wonder":
        words = words[2:]  # "No wonder Vale said …": the writer's comment opens the sentence
    if (
        len(words) > 1
        and words[1].capitalized
        and words[1].lower not in lex.weekdays
        and words[1].lower not in MONTHS
        and words[0].lower.endswith("s")
        and words[0].text not in lex.titles
        and words[0].text[:-1] not in lex.titles  # "Presidents Reagan and Bush": a title, plural
        and people_noun(words[0], lex)
        and not words[0].text.isupper()
    ):
        words = words[1:]  # "Mediators Qarvat and Egypt said": the plural noun describes the names after it
    if not words or strip_possessive(words[-1].lower) in lex.weekdays:
        return None  # a day ("Thursday", "Thursday's") names no source
    if (
        words[0].text[:1].isdigit()
        and not words[-1].capitalized
        and uncontracted(words[-1].lower) not in SUBJECT_PRONOUNS  # "In 2010 she said"
        and not _source_head(words[-1], lex)
    ):
        return None  # "3,248 cases reported", "1 pass defended": a count of things, no source
    if 2 <= len(words) <= 3 and words[0].lower in ("his", "her") and words[-1].lower in STYLES:
        # "His Highness stressed …", "His Royal Highness": a style that stands for the one it was given
        # to, as "he" does
        return Mention("pronoun", text[words[0].start : words[-1].end], words[0].start, words[-1].end, pronoun="person")
    if len(words) == 2 and words[0].lower in ("the", "a") and AGED.fullmatch(words[1].lower):
        # '"…," said the 46-year-old': a person described by age alone, as written (who it is the
        # sentences before may say, but an age is no name to resolve)
        phrase = text[words[0].start : words[1].end]
        return Mention(
            "description", phrase, words[0].start, words[1].end, name=phrase, head=words[1].lower, written=phrase
        )
    if party_tag(words[0]) and all(party_tag(t) or not t.is_word for t in words):
        return None  # "(D-Va.)": a party and a state describe the name before them
    written_start = words[0].start
    if len(words) > 1 and words[0].lower in GROUP_OPENERS and capitalized_plural(words[1:], lex):
        # "Some Democrats", "Other Republicans", "Many Netizens": a group, as written, not a name
        phrase = text[written_start : words[-1].end]
        head = strip_possessive(words[-1].lower)
        return Mention("generic", phrase, written_start, words[-1].end, name=phrase, head=head, written=phrase)
    if share_of_them(words) or (len(words) == 1 and words[0].text == "One") or (appositive and one_more(words)):
        # "Most of them said", "one of us", "One, who works for a charity, said": a share of a group
        # named before, as written ("One of
        # them, the Kestrel Union, said": the body named beside it)
        named = analyse(appositive, text, lex) if appositive else None
        if named is not None and named.kind in ("person", "institution"):
            return named
        phrase = text[written_start : words[-1].end]
        return Mention(
            "generic", phrase, written_start, words[-1].end, name=phrase, head=words[-1].lower, written=phrase
        )
    definite = False
    stripped = words[0].lower in _LEADING_DETERMINERS
    while words and words[0].lower in _LEADING_DETERMINERS:
        definite = definite or words[0].lower == "the"
        words = words[1:]
        if len(words) > 1 and words[0].lower == "of":  # "all of the candidates"
            words = words[1:]
    if len(words) > 1 and words[0].lower in ("its", "their") and strip_possessive(words[-1].lower) in lex.institutions:
        definite, words = True, words[1:]  # "Its foreign ministry said": the ministry, as "the ministry" is
    first = words[0].lower if words else ""
    # "according to reports from the Courier": a plural document noun before its issuer is no verb
    stripped = stripped or (bool(words) and bare_documents(words, lex))
    if words and (no_noun(words, definite) or clause_inside(words)):
        return None  # "The last two weeks signaled", "the most telling promise", "the Courier got into the act"
    if (
        not words
        # a cue word after an article describes ("a publishing executive"); first, it is a verb
        or (not words[0].capitalized and (first in CLAUSE_STARTS or (first in lex.cues and not stripped)))
        or first in NEVER_NAMES  # "Had their arguments prevailed": an inverted clause
        or first in OPENING_PREPOSITIONS
    ):
        return None  # "to his supporters", "By some standards", "said investigators": no subject starts so
    # "Palestinian militant group Hamas", "the rights group Amnesty International", "Lebanon's Hezbollah
    # group": the body's own name, described by the words around it; "Israel's Channel 12", "France 24":
    # a broadcaster's name that ends in its number
    # "a Kestrel City newspaper": after "a", the capitalised words before a media noun say where it
    # is, no name ("the Kan broadcaster" names it)
    part = numbered_part(words)
    if part is not None:
        # "Article 5 says …", "Security Council Resolution 2334 says …", "Article 51 of the UN Charter
        # says …": a numbered part of a text speaks as a document does, as written
        phrase = text[written_start : words[-1].end]
        return Mention(
            "generic", phrase, written_start, words[-1].end, name=phrase, head=words[part].lower, written=phrase
        )
    indefinite = words[-1].lower in MEDIA_WORDS and text[written_start : words[0].start].strip().lower() in ("a", "an")
    named_body = None if indefinite else body_called(words, lex)
    if named_body is None and (numbered := numbered_name(words, lex)) is not None:
        named_body = words[numbered:]
    if named_body is not None:
        name = join_tokens(named_body, text)
        country = country_in(words, lex, text)
        return Mention(
            "institution", name, words[0].start, words[-1].end, name=name, country=country, head=name.lower()
        )
    start, end = words[0].start, words[-1].end
    phrase, written = text[start:end], text[written_start:end]
    # an article, a quantifier, a possessive or a number before the head: "the admiral", "two lawyers"
    determined = (
        written_start != start
        or words[0].lower in POSSESSIVES
        # '"…," this impostor declared': a demonstrative before a word for a person ("This section
        # describes", "These cells called" are things, no sources)
        or (
            len(words) > 1
            and words[0].lower in DEMONSTRATIVES
            and (AGENT_NOUN.match(words[-1].lower) is not None or people_noun(words[-1], lex))
        )
        or words[0].text[:1].isdigit()
        # "Vale's coach", "Tal Vale's trainer": a name's possessive before a head that names a person
        # ("Vale's article" is the writer's: a thing made or published speaks for its maker)
        or (
            len(words) >= 2
            and all(t.capitalized for t in words[:-1])
            and words[-2].text.endswith(POSSESSIVE_ENDS)
            and words[-1].lower not in PUBLISHED_WORDS
            and words[-1].lower not in WORKS
            and words[-1].lower not in lex.documents
        )
    )
    base = uncontracted(words[0].lower)
    if len(words) > 1 and base != words[0].lower and base in SUBJECT_PRONOUNS:
        # "She's a Sanders supporter, but concedes …": the pronoun with its verb written on is the subject
        return _analyse(words[:1], text, lex)
    if len(words) > 1 and words[0].lower in SUBJECT_PRONOUNS:
        return None  # "he remembers celebrating …": a clause, no speaker's name
    if base != words[0].lower and base in CLAUSE_OPENERS and not any(t.capitalized for t in words[1:]):
        return None  # "it's time", "What's more": a clause, no speaker's name
    if len(words) > 1 and words[-1].lower in _TRAILING_PRONOUNS:
        # "In 2010 she said", "the candidates they were supporting": the pronoun is the subject
        return analyse(words[-1:], text, lex)
    if len(words) == 1 and words[0].lower in NO_NAME_WORDS:
        return None  # "You agree …", "This explains …", "Our …": a function word, capitalised, names nobody
    pronoun = lex.pronouns.get(uncontracted(words[0].lower)) if len(words) == 1 else None
    if pronoun:  # "he", "he's said"
        return Mention("pronoun", phrase, start, end, pronoun=pronoun)
    before_object = _first_preposition(words)
    if words[0].lower in POSSESSIVES or any(t.text.endswith(POSSESSIVE_ENDS) for t in words[: before_object - 1]):
        # "his aide", "Kestrel Bay’s foreign minister": a possessive makes it definite ("a statement from
        # Vale's office" stays indefinite: the possessive is the preposition's)
        definite = True

    # "a Democrat familiar with the talks", "one Republican involved in …", "two Palestinians present":
    # a capitalised word counted by an article or a number is a member of a group; "Many liberal
    # Democrats", "a lifelong Republican": members of a party or a people, described
    member = group_member(words, text[written_start:start].strip().lower() in ("a", "an"), lex)
    if member is None and described_members(words, lex):
        member = len(words) - 1
    if member is not None:
        low = strip_possessive(words[member].lower)
        member_kind: MentionKind = "generic" if is_plural(low) else "description"
        country = country_in(words, lex, text)
        return Mention(member_kind, phrase, start, end, name=phrase, country=country, head=low, written=written)
    listed = _group_of_names(words, lex)
    if listed is not None:
        # "the foreign ministers of Qarvat, Moravia and Kestrel": one group, as written; a country only
        # when its names give one ("Leaders of the North Carolina Senate and House")
        states = {lex.country_of(strip_possessive(t.text)) for t in words if t.capitalized} - {None}
        country = country_in(words, lex, text) if len(states) <= 1 else None
        return Mention("generic", phrase, start, end, name=phrase, country=country, head=listed, written=written)
    named = _name_before_preposition(words, appositive, text, lex, start, end)
    if named is not None:
        return named
    if institution_with_and(words, lex):
        # "Nordmark Institute for Coastal Research and Prevention": one institution's name, "and" inside it
        return Mention("institution", phrase, start, end, name=phrase, country=country_in(words, lex, text))
    # "Officials said", "Critics argue": a common noun capitalised because it opens the sentence
    common_start = (len(words) == 1 or not words[1].capitalized) and (
        common_noun(words[0], lex)
        or (is_plural(words[0].lower) and words[0].lower in lex.common_words)
        or people_plural(words[0].lower, lex)  # "Doctors", "Israelis" (not "Sanders": no -ers word here)
        or participle_after_plural(words, 2)  # "Residents displaced by the fighting"
        or describing_participle(words, 1, lex)  # "Diplomats following the talks"
    )
    i, j = name_tokens(words, lex)
    # "the mayor of Tel Varun" names a place after a role, not a person
    b = i
    while b > 0 and (
        words[b - 1].lower in _OPENING_DETERMINERS
        or (words[b - 1].lower in COMPASS_WORDS and not words[b - 1].capitalized)
    ):
        b -= 1  # "an adviser to both Clintons", "the mayor of the Tel Varun district", "in northern Gaza"
    titled = b
    while titled > 0 and (
        # a title, not a country or an institution ("ambassador to Nordmark Tal Vesper" is the ambassador)
        (
            words[titled - 1].capitalized
            and (words[titled - 1].text in lex.titles or words[titled - 1].lower in lex.honorifics)
        )
        or (titled > 1 and words[titled - 1].lower in NAME_MODIFIERS and words[titled - 2].lower in PREPOSITIONS)
    ):
        titled -= 1  # "an adviser to former Gov. Tal Vesper": the titled name is the object of "to"
    # "the lawyer representing Tal Vesper": the name is the participle's object, as a preposition's
    after_preposition = (
        (
            b > 0
            and (
                words[b - 1].lower in PREPOSITIONS
                or describing_participle(words, b - 1, lex)
                or document_by(words, b - 1, lex)
            )
        )
        or (
            # "Friends of Mr. Vesper", "an aide of Gov. Vesper": an "of" after no title is the
            # preposition before its object ("Secretary of State X" keeps its title's "of")
            0 < titled < b
            and titled >= 2
            and words[titled - 1].lower == "of"
            and not is_title(words[titled - 2], lex)
            and not words[titled - 2].text.isupper()
        )
        or (
            titled < b
            and titled > 0
            and words[titled - 1].lower in _PREPOSITIONS_BUT_OF  # "Secretary of State X"
            # "Minister of State for Foreign Affairs X": a title's "for" and its field, not "Adviser to
            # Gov. X", "Spokesman for Foreign Minister X" (a role after the preposition is the name's)
            and not (
                words[titled - 1].lower == "for"
                and titled >= 2
                and is_title(words[titled - 2], lex)
                and strip_possessive(words[b - 1].lower) not in lex.roles
            )
        )
        or office_of(words, titled)
    )
    if (
        # ("the Paris Agreement", "the Oslo Accords": a place's name before the thing's word is the name's)
        (j - i > 1 or (i >= 1 and words[i - 1].capitalized and words[i - 1].lower not in DETERMINERS))
        and words[j - 1].text in THING_NAME_ENDS
        and not (i < j and words[i].lower in lex.first_names)  # "James Bill": a surname that is also a thing's word
        and not after_preposition
        # "Downing Street said": a seat of government that speaks for its country stays a source
        and lex.country_of(" ".join(t.text for t in words[i:j])) is None
    ):
        return None  # "the Affordable Care Act", "Wall Street": the name of a law or a place, no source
    # "New Marovia", "South Kestrel Republican": a place's name, not a person's
    place = j - i >= 2 and words[i].lower in PLACE_OPENERS and not any(titleish(t, lex) for t in words[:i])
    if (
        j > i
        and words[j - 1].capitalized
        and not after_preposition
        and not (common_start and j - i == 1 and i == 0)
        and not place
    ):
        pre = words[:i]
        state = join_tokens(words[i - 1 : j], text) if i >= 1 and pre[-1].capitalized else None
        if state is None and j - i >= 2:
            state = join_tokens(words[i:j], text)  # "Downing Street", "Saudi Arabia" opening the phrase
        if state is not None and lex.country_of(strip_possessive(state)) is not None:
            # "Saudi Arabia": a state's name of two words, the first a people's word, is no "Arabia";
            # "Downing Street": a seat of government speaks for its country
            name = strip_possessive(state)
            return Mention("institution", name, start, end, name=name, country=lex.country_of(name), head=name.lower())
        if known_as_body(words, i, j, lex):
            # "the military body responsible for civilian affairs, known as CAFA": the body's own name
            name = join_tokens(words[i:j], text)
            country = country_in(pre, lex, text)
            return Mention("institution", name, start, end, name=name, country=country, head=words[j - 1].lower)
        body_start = institution_of_chain(words, i, lex)
        if body_start is not None:
            name = join_tokens(words[body_start:j], text)
            country = country_in(words, lex, text)
            return Mention("institution", name, start, end, name=name, country=country, head=name.lower())
        if words[j - 1].text in DOCUMENT_TITLES and words[i].lower not in lex.first_names:
            # "the Annual Security Report said", "a Warning Letter": a document's title, as written
            head = words[j - 1].lower
            return Mention("generic", written, start, end, name=written, head=head, written=written)
        title_at = _title_the(words, i, lex)
        if title_at is not None:
            # "gave to The Washington Free Beacon": "The", a place and words that open no person's
            # name are a title (a paper, a show)
            name = text[title_at : words[j - 1].end]
            return Mention("institution", name, start, end, name=name, head=words[j - 1].lower)
        return person_phrase(words[i:j], pre, appositive, text, lex, start, end)
    if (
        appositive
        and appositive[0].lower not in ("who", "which", "whose")
        and not any(t.lower == "and" for t in appositive)  # "The two leaders, X and Y,": a list, read by the caller
        and any(
            common_noun(t, lex) or people_noun(t, lex) or (not t.capitalized and AGENT_NOUN.match(t.lower))
            for t in words
        )
    ):
        # "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said" / "An Israeli
        # blogger, Tal Vale, reported" (an agent noun no list holds still describes the name) /
        # "The mediator, Kestrel Bay's deputy foreign minister Anja Morrow, said"
        named = analyse(appositive, text, lex)
        if named is not None and named.kind == "person":
            role, organization = split_appositive(words, text, lex)
            return attrs.evolve(
                named,
                # "The spokesman for the army, Col. Idris Farah": a rank alone is no job; the description is
                role=role if role and (not named.role or RANKS.issuperset(named.role.split())) else named.role or role,
                organization=named.organization or organization,
                # "Saudi Arabia's crown prince, …"; "Castavia's ambassador to Kuwait" speaks for no Kuwait
                country=named.country or country_in(words[: _first_preposition(words)], lex, text),
            )
        if (
            named is not None
            and named.kind == "institution"
            and not any(strip_possessive(t.lower) in lex.roles for t in words)  # a person's role names a person
        ):
            return named  # "The main opposition party, the Kestrel Union, said": the body the description names

    prep = _first_preposition(words)
    # "residents displaced by the fighting": the participle after a plural ends the head's words
    prep = next((k + 1 for k in range(1, prep) if participle_after_plural(words, k + 1)), prep)
    # "lawyers representing the families": the noun before the participle is the head
    prep = next((k for k in range(1, prep) if describing_participle(words, k, lex)), prep)
    if (
        prep >= 2
        and not words[prep - 1].capitalized
        and (
            people_noun(words[prep - 2], lex)
            or strip_possessive(words[prep - 2].lower) in lex.roles
            or words[prep - 1].lower in DESCRIBING_PARTICIPLES  # "one Republican involved in …"
            or participle_after_plural(words, prep)  # "veterans interviewed at rallies"
        )
        and not people_noun(words[prep - 1], lex)
        and words[prep - 1].lower not in lex.roles
    ):
        prep -= 1  # "two senators present", "officials familiar with …": a word after the head describes it
    # "a UN report seen by Reuters": whoever saw the document did not issue it; the phrase's head is the document
    prep = next(
        (k for k in range(2, prep - 1) if words[k].lower in HELD_BY and words[k - 1].lower in lex.documents), prep
    )
    counted = (
        prep < len(words) - 1 and words[prep].lower == "of" and strip_possessive(words[prep - 1].lower) in QUANTITIES
    )
    if counted and definite and words[prep - 1].lower in MEASURES:
        return None  # "the number of visitors declined": a measure of a group, which says nothing
    if counted:
        # "a large majority of voters", "62 percent of Republicans": the head is what is counted
        after = prep + 1
        prep = next((k for k, t in enumerate(words) if k > after and t.lower in PREPOSITIONS), len(words))
        # "two of the candidates seeking the presidency", "some of the residents displaced by the army":
        # a participle after the counted noun describes it, as after any head
        prep = next(
            (
                k
                for k in range(after + 1, prep)
                if describing_participle(words, k, lex) or participle_after_plural(words, k + 1)
            ),
            prep,
        )
    head_tok = words[prep - 1]
    head = strip_possessive(head_tok.lower)
    modifiers = tuple(strip_possessive(t.text) for t in words[: prep - 1])
    country = country_in(words, lex, text)
    lowercase_head = not head_tok.capitalized or (common_start and prep == 1)

    def generic() -> Mention:  # an unnamed group or person, its words as written, article included
        return Mention(
            "generic", phrase, start, end, name=phrase, country=country, head=head, modifiers=modifiers, written=written
        )

    if (head in lex.unidentified and lowercase_head) or phrase.lower() in lex.unidentified:
        return generic()
    by = issued_by_at(words)
    if by:
        named_issuer = issuer_named(words, by, text, lex, analyse)
        if named_issuer is not None:
            return named_issuer
        if not words[0].capitalized and strip_possessive(words[0].lower) in lex.documents:
            return generic()  # "a statement obtained by the Herald": a document someone else holds, as written
    if document_head(words, prep, written_start, lex):
        return document_source(words, tokens, prep, written_start, country, definite, text, lex, analyse) or generic()
    whole = " ".join(t.lower for t in words) if definite else ""  # joined only where it can count (hot path)
    if definite and " of " in whole and whole in lex.roles:
        # "the head of state": one role noun whose "of" is its own, as "the president"
        return Mention(
            "role", phrase, start, end, name=phrase, role=phrase, country=country, head=whole, written=written
        )
    if head in lex.roles:
        org_caps = [t for t in words[: prep - 1] if t.capitalized and lex.country_of(strip_possessive(t.text)) is None]
        # a name of two words or more, or in capitals ("an Associated Press journalist", "a CNN
        # reporter"); one title-case word is more often an adjective ("a Democratic aide")
        # words that end like adjectives ("a Florida Republican strategist") name no organisation
        organisation = (len(org_caps) >= 2 and not org_caps[-1].text.endswith(ADJECTIVE_ENDINGS)) or (
            len(org_caps) == 1 and org_caps[0].text.isupper()
        )
        member_of = join_tokens(org_caps, text) if organisation and words[0].capitalized else None
        if not definite and member_of and head in NEWSROOM_ROLES:
            # "an Associated Press journalist": a news organisation reports through its journalists
            return Mention("institution", member_of, start, end, name=member_of, role=head, country=country, head=head)
        # "a White House official": an unnamed source of that organisation, as written (anonymity is
        # what a reader of sourcing studies), never the organisation's own statement
        kind: MentionKind = "role" if definite and prep == len(words) else "description"
        role, org = (
            split_appositive(words, text, lex)
            if prep < len(words) and not describing_participle(words, prep, lex)
            else (
                titled_head(words[: prep - 1], head_tok, text, lex),
                role_owner(
                    member_of, definite, any(strip_possessive(t.text) in lex.institution_words for t in org_caps)
                ),
            )
        )
        return Mention(
            kind,
            phrase,
            start,
            end,
            name=phrase,
            role=role,
            organization=org,
            country=country,
            head=head,
            modifiers=modifiers,
            written=written,
        )
    if (head in lex.source_nouns or people_noun(head_tok, lex)) and lowercase_head and head not in lex.institutions:
        # "officials in Washington": the head is an unnamed group, whatever the place after it
        return generic()
    last = words[-1]
    if (
        prep < len(words)
        and not head_tok.capitalized
        and not (
            common_noun(head_tok, lex)
            or head in lex.documents
            or head in WORKS  # "a Herald review of election filings"
            or AGENT_NOUN.match(head)
            or head in QUANTITIES
        )
        and not participle_after_plural(words, prep + 1)  # "veterans interviewed at rallies" are people, as written
    ):
        return None  # "Vargas' question on Facebook": a thing, not the name of an institution
    if counted and capitalized_plural(words[prep - 1 : prep], lex):
        return generic()  # "a handful of Democrats": a share of a group, as written, no institution
    if last.capitalized and HYPHENED_PARTICIPLE.search(last.text):
        return None  # "The Harbour-born, …": a describing word cut before its name
    if prep + 2 < len(words) and words[prep].lower == "of" and press_office(words[:prep]):
        body = analyse(words[prep + 1 :], text, lex)
        if body is not None and body.kind == "institution":
            return body  # "the press service of the Kestrel Defence Ministry": the ministry speaks
    if (
        (not head_tok.capitalized or (prep == 1 and AGENT_PLURAL.match(head) is not None))  # "Shopkeepers in …"
        and head not in lex.institutions
        and AGENT_NOUN.match(head)
        and prep < len(words)
        and words[prep].lower in PLACE_PREPOSITIONS
    ):
        # "a volunteer in Dunmere", "a shopkeeper in the city of Karsk": a person described by where
        # they are, as written; the place's name after the preposition makes no institution of them
        return attrs.evolve(generic(), kind="generic" if is_plural(head) else "description", listed=False)
    if (last.capitalized and not (common_start and len(words) == 1)) or head in lex.institutions:
        # "Yemen's Iran-aligned Houthis": a country's possessive before a describing word is no name
        owner = prep > 2 and words[0].text.endswith(POSSESSIVE_ENDS) and country is not None
        # "Lebanon's Hezbollah", "Yemen's Houthis": a country's possessive before a body's one-word
        # name describes it ("Iraq's parliament", "Iraq's Foreign Ministry" keep theirs)
        own_name = (
            prep == 2 == len(words)
            and words[0].text.endswith(POSSESSIVE_ENDS)
            and country is not None
            and lex.country_of(strip_possessive(words[0].text)) is not None
            and words[1].capitalized
            and words[1].lower not in lex.institutions
            and lex.country_of(words[1].text) is None
        )
        lead = 1 if (owner and HYPHENED_PARTICIPLE.search(words[1].text)) or own_name else 0
        while lead < prep - 1 and HYPHENED_PARTICIPLE.search(words[lead].text):
            lead += 1  # "the Saudi-owned Al Arabiya": a describing word before the name
        if lead:
            start = words[lead].start
            phrase = text[start:end]
        described = prep < len(words) and words[prep].lower in PLACE_PREPOSITIONS
        if described and not any(t.capitalized for t in words[prep:]):
            # "the Health Ministry in the besieged enclave", "the military in a statement": a place or
            # an occasion in common words describes the body; its name ends before it
            phrase = text[start : words[prep - 1].end]
        written = text[written_start : start + len(phrase)]  # a body no name is found for: "the ministry"
        return Mention("institution", phrase, start, end, name=phrase, country=country, head=head, written=written)
    if head in lex.source_nouns and lowercase_head:
        return generic()
    if AGENT_NOUN.match(head) and not head_tok.capitalized and not definite and prep == len(words):
        return generic()  # "a retired teacher", "one local farmer": an unnamed person, as written
    if _unlisted_head(words, prep, determined, lex):
        # "The admiral said", "Companies say": a common noun no list knows still names a source
        # as written; the choice model weighs such heads apart (Mention.label)
        return attrs.evolve(generic(), kind="generic" if is_plural(head) else "description", listed=False)
    return None


DEMONSTRATIVES = words("this that these those")
# closed-class words that, alone and capitalised at a sentence's start, are no one's name ("those"
# stays: "those who …" is a group)
NO_NAME_WORDS = words("you your yours our ours my this that these there here how what why when where please not yes")
MEASURES = words("number share")
NEWSROOM_ROLES = words("journalist journalists reporter reporters correspondent correspondents photographer crew")
_ADJECTIVE_SUFFIXES = ("ous", "ory", "ful", "able", "ible", "less")
_NOT_HEADS = words(
    "one ones himself herself itself themselves yourself myself ourselves them him her it this that these those "
    "who whom which what whose here there nothing something anything everything all both each either neither"
)


def _unlisted_head(words: Sequence[Token], prep: int, determined: bool, lex: Lexicon) -> bool:
    """A noun phrase whose head is an ordinary lower-case noun: after an article, a possessive or a
    number ("the admiral", "his biographer", "two lawyers"), or plural ("Companies say", the head
    capitalised only because it opens the sentence; "Numerous veterans")."""
    head_tok = words[prep - 1]
    low = head_tok.lower
    adverb = low.endswith("ly") and low not in LY_NOUNS
    if not head_tok.is_word or not low.replace("-", "").isalpha() or low in _NOT_HEADS or adverb:
        return False
    if head_tok.capitalized and not (prep == 1 and (low in lex.common_words or participle_after_plural(words, 2))):
        return False
    if low.endswith(_ADJECTIVE_SUFFIXES):
        return False  # "the derogatory …" cut before its noun: a describing word heads nothing
    # "Numerous veterans", "Several engineers": a plural counted by a group word is as determined
    return determined or (is_plural(low) and (prep == 1 or words[0].lower in GROUP_OPENERS))


def _source_head(tok: Token, lex: Lexicon) -> bool:
    """Can the word head a counted source ("12 officials", "two lawyers", "300 protesters")?"""
    low = strip_possessive(tok.lower)
    return people_noun(tok, lex) or low in lex.roles or low in lex.documents or low in lex.institutions


def _title_the(words: Sequence[Token], i: int, lex: Lexicon) -> int | None:
    """Where a title's capitalised "The" stands inside the phrase when a place's name (and only that)
    stands between it and the name at i, and the name opens with no first name; None otherwise."""
    if i >= len(words) or words[i].lower in lex.first_names:
        return None
    k = i
    while k > 0 and words[k - 1].capitalized and words[k - 1].text != "The":
        k -= 1
    places = words[k:i]
    if not places or not all(
        lex.country_of(t.text) is not None and t.text not in lex.titles and t.text not in lex.institution_words
        for t in places
    ):
        return None
    # inside the phrase only: at a sentence's start "The" is as often the article ("The Israeli X said")
    return words[k - 1].start if k > 0 and words[k - 1].text == "The" else None


def _name_before_preposition(
    words: Sequence[Token], appositive: Sequence[Token], text: str, lex: Lexicon, start: int, end: int
) -> Mention | None:
    """ "Sen. Ted Cruz of Texas", "Robert Antonacci of the New York delegation": a person's name,
    then what they belong to (the organisation). "The mayor of X" and "University of X" are not."""
    prep = next(
        (k for k, t in enumerate(words) if (k and t.lower in PREPOSITIONS and t.lower != "of") or t.lower == "of"), None
    )
    if prep is None or prep == 0 or prep == len(words) - 1:
        return None
    i, j = name_tokens(words[:prep], lex)
    if j != prep or i == j or not words[j - 1].capitalized:
        return None
    if j - i < 2 and not i:
        return None  # one capitalised word alone ("Texas of …") is no person
    bodies = lex.institution_words
    if any(strip_possessive(t.text) in bodies or t.text[:-1] in bodies for t in words[i:j]):
        return None  # "the Division of …", "Most Boards of Equalization": a body's name, no person's
    person = person_phrase(words[i:j], words[:i], appositive, text, lex, start, end)
    rest = [t for t in words[prep + 1 :] if t.lower not in DETERMINERS]
    organization = person.organization or (join_tokens(rest, text) if rest else None)
    return attrs.evolve(person, organization=organization, end=end)


# unions the analysis tests on every phrase, made once
_COUNTED_OPENERS = GROUP_OPENERS | QUANTIFIERS | MEMBER_COUNTS
_LEADING_DETERMINERS = DETERMINERS | QUANTIFIERS
_OPENING_DETERMINERS = DETERMINERS | QUANTIFIERS | POSSESSIVES
_TRAILING_PRONOUNS = SUBJECT_PRONOUNS - {"you"}
_PREPOSITIONS_BUT_OF = PREPOSITIONS - {"of"}
