"""Which words of a phrase are a person's name: capitalised words and particles, not titles,
institutions, places, dates or the word that opens a sentence; and the small word tests the name
readers share (a particle, a title-like word, a party-and-state tag, a possessive)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .text import LEADING_JUNK, MONTHS, POSSESSIVE_ENDS, Token, words

__all__ = [
    "HYPHENED_PARTICIPLE",
    "MONTH_OPENERS",
    "NEVER_IN_NAMES",
    "PLACE_OPENERS",
    "THING_NAME_ENDS",
    "before_of",
    "ends_alike",
    "is_particle",
    "joined_titles",
    "name_tokens",
    "no_title",
    "party_tag",
    "strip_possessive",
    "titleish",
]


def strip_possessive(word: str) -> str:
    last = word[-1:]  # one look at the last character first: this runs for nearly every word read
    if last == "s":
        return word[:-2] if word.endswith(("’s", "'s")) else word
    if (last == "’" or last == "'") and word[-2:-1] == "s":
        return word[:-1]  # a plural's possessive ("the Guards' commander")
    return word


def joined_titles(tokens: Sequence[Token], s: int, lex: Lexicon) -> int:
    """Where the titles before "and" at s - 1 begin when both sides are titles of one person
    ("Qatar's Prime Minister and Foreign Minister Sheikh X"): over the titles and their owner; s
    when the words before "and" are no title."""
    if (
        s < 2
        or tokens[s - 1].lower != "and"
        or tokens[s].text not in lex.titles
        or tokens[s - 2].text not in lex.titles
        # "the Foreign Ministry and Defence Ministry": two bodies
        or any(t.text in lex.institution_words for t in tokens[s - 2 : s + 3])
    ):
        return s
    a = s - 2
    while a > 0 and s - a < 6 and tokens[a - 1].capitalized and tokens[a - 1].text in lex.titles:
        a -= 1
    if a > 0 and tokens[a - 1].lower in ("of", "for"):
        return s  # "the Ministry of Culture and Information": the fields of a body's name, no person's titles
    if a > 0 and tokens[a - 1].capitalized and tokens[a - 1].text.endswith(POSSESSIVE_ENDS):
        a -= 1  # the owner of both
    return a


def is_particle(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower
    if low in lex.particles:
        return True
    head, dash, rest = tok.text.partition("-")
    return bool(dash) and head.lower() in lex.particles and rest[:1].isupper()


_MODIFIER = re.compile(r"\w-[a-z]")  # "Australian-born", "London-based": describes, does not name


_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # "D-Va.", "R-Ohio"


def party_tag(tok: Token) -> bool:
    return tok.text[1:2] == "-" and _PARTY_TAG.fullmatch(tok.text) is not None


HYPHENED_PARTICIPLE = re.compile(r"\w-[a-z]*(?:ed|born|made|run)$")  # "Harbour-born", "Texas-based"


def titleish(tok: Token, lex: Lexicon) -> bool:
    text = strip_possessive(tok.text)
    return (
        _MODIFIER.search(text) is not None
        or text in lex.titles
        or (text.endswith("s") and text[:-1] in lex.titles)  # "Presidents Vela, Moreno and …"
        or text in lex.institution_words
        or tok.lower in lex.honorifics
        or lex.country_of(text) is not None
    )


# Last words of a capitalised name that make it a law, a place, an event or a thing, not a person.
THING_NAME_ENDS = frozenset(
    [
        *("Act", "Acts", "Bill", "Law", "Amendment", "Treaty", "Accord", "Accords", "Agreement", "Protocol"),
        *("Convention", "Doctrine", "Plan", "Street", "Avenue", "Road", "Square", "Park"),
        *("Bridge", "Tower", "Building", "Airport", "Station", "Stadium", "Island", "Islands", "River", "Sea"),
        *("Ocean", "Valley", "Mountains", "Strait", "Gulf", "Canal", "Province", "County", "Prize", "Award"),
        *("Awards", "Games", "Cup", "Day", "War", "Summit", "Index", "Festival", "Olympics"),
        *("Championship", "Trophy", "Strip", "Heights", "Peninsula", "Desert", "Coast", "Corridor", "Crossing"),
        *("Conventions", "Partnership", "Pact", "Charter", "Spring", "Revolution", "Intifada"),
    ]
)


MONTH_OPENERS = words("last this next early late mid in on since until by during")  # "Last August", "In May"


def name_tokens(tokens: Sequence[Token], lex: Lexicon) -> tuple[int, int]:
    """The span (i, j) of a person's name at the end of ``tokens``: capitalised words that are
    not titles, institutions or places; (j, j) when there is none."""
    j = len(tokens)
    while j and ((tokens[j - 1].kind == "punct" and tokens[j - 1].text in ".()") or party_tag(tokens[j - 1])):
        j -= 1  # "Sen. Tal Vesper (D-Va.)": the party and state after a name are no part of it
    while j and (
        tokens[j - 1].lower in lex.weekdays
        # "… in March" (a month after a name is one: "Theresa May", "April Ryan" keep theirs)
        or (
            tokens[j - 1].lower in MONTHS
            and not (j >= 2 and tokens[j - 2].capitalized and tokens[j - 2].lower not in MONTH_OPENERS)
        )
    ):
        j -= 1  # "… in South Carolina Saturday", "… in March": a date ends no name
    i = j
    named = 0  # words of the name so far, particles not counted
    while i > 0:
        tok = tokens[i - 1]
        if i < j and tok.text.endswith(POSSESSIVE_ENDS):
            break  # "CNN's Jake Tapper": the possessive is where the person works, not their name
        if i < j and tok.lower in MONTHS and i >= 2 and tokens[i - 2].lower in MONTH_OPENERS:
            break  # "Last August Vale said", "In May Vale said": a date before the name
        digits = not tok.text.isalpha() and any(c.isdigit() for c in tok.text)
        particle = is_particle(tok, lex)
        if digits or (named >= 4 and not particle):
            break  # a name has no digits and at most four words besides particles ("Yusuf bin Rashid Al Marri")
        # a title word that ends the name is a surname ("Peter T. King", "Martin Luther King")
        surname = (
            (
                i == j
                and i >= 2
                and tok.text in lex.titles
                and tok.text not in lex.institution_words  # "the Kestrel Ministry" is no Mr. Ministry
                and not tok.text.isupper()  # "Kestrel PM": an abbreviated title is nobody's surname
                and _given_name(tokens[i - 2], lex)
            )
            or (
                # a people's word after a first name the training data knows is a surname ("Anna Cuban")
                i == j and i >= 2 and lex.country_of(tok.text) is not None and tokens[i - 2].lower in lex.first_names
            )
            or (
                # a place's word between two name words is a middle name ("Deborah Jordan Reynolds")
                i < j
                and i >= 2
                and named >= 1
                and lex.country_of(tok.text) is not None
                and tokens[i - 2].is_word
                and tokens[i - 2].capitalized
                and tokens[i - 2].lower not in ("the", "a", "an", "this", "that")  # "The Cairo Evening Lantern"
                and not tokens[i - 2].text.endswith(POSSESSIVE_ENDS)
                and not titleish(tokens[i - 2], lex)
            )
        )
        if (tok.capitalized and (surname or not titleish(tok, lex))) or (particle and i < j and tok.lower != "of"):
            i -= 1
            named += not particle
        else:
            break
    # "said de Vos" starts no name at its particle; "Mr. de Vos", "Judge van Dyke" do
    titled = i > 0 and (tokens[i - 1].lower in lex.honorifics or tokens[i - 1].text in lex.titles)
    while i < j and is_particle(tokens[i], lex) and not tokens[i].capitalized and not titled:
        i += 1
    while j - i >= 2 and _opening_word(tokens[i], tokens[i + 1], j - i, lex):
        i += 1  # "Maybe Vesper", "Rival Ana Lind": a word capitalised because it opens the sentence
    return i, j


# capitalised only where they open a sentence: never a name's first word
NEVER_IN_NAMES = LEADING_JUNK | words(
    "if because that whatever some several like maybe perhaps certainly specifically against outside using his "
    "her their its this these those what when where why how unless whether"
)
PLACE_OPENERS = words("new north south east west san los las saint st fort port mount lake great united royal")


def no_title(tok: Token, lex: Lexicon) -> bool:
    """An honorific, a function word or a verb's -ing form before a name titles nobody ("After
    telling Tal Vesper": no "Telling")."""
    low = tok.lower
    # "King" ends in -ing but is no verb form
    return (
        low in lex.honorifics
        or low in NEVER_IN_NAMES
        or (len(low) > 4 and low.endswith("ing") and low in lex.common_words)
    )


def _opening_word(tok: Token, following: Token, size: int, lex: Lexicon) -> bool:
    """Is ``tok``, the first of ``size`` capitalised words, no part of the name that follows? A
    function word never is; an ordinary noun ("Rival", "Comedian") is not when a first name and a
    surname still follow it ("Bill Vale" keeps "Bill")."""
    low = tok.lower
    if low in NEVER_IN_NAMES:
        return True
    # a first name the training data knows follows ("Palm Harbour County", "Clear Water …" keep theirs)
    return (
        size >= 3
        and low in lex.common_words
        and low not in lex.first_names
        and low not in PLACE_OPENERS
        and following.lower in lex.first_names
        and following.capitalized
        and not following.text.endswith(".")
        and not is_particle(following, lex)
    )


def _given_name(tok: Token, lex: Lexicon) -> bool:
    """A word that can stand before a surname: an initial ("T.") or a capitalised non-title word."""
    return (len(tok.text) == 2 and tok.text.endswith(".") and tok.text[0].isupper()) or (
        tok.capitalized and not titleish(tok, lex) and not tok.text.endswith(POSSESSIVE_ENDS)
    )


def before_of(words: list[str]) -> list[str]:
    return words[: words.index("of")] if "of" in words[1:] else words


def ends_alike(key: list[str], other: list[str]) -> bool:
    """Do two institutions' names end alike ("the ministry", "the Foreign Ministry", "the Foreign
    Ministry of Jordan")? A word after "of" names what the body belongs to: "Jordan" is not the
    Foreign Ministry of Jordan."""
    shorter, longer = sorted((key, other), key=len)
    if longer[-len(shorter) :] == shorter and "of" not in longer[: len(longer) - len(shorter)]:
        return True
    head = before_of(longer)
    return len(head) < len(longer) and "of" not in shorter and head[-len(shorter) :] == shorter
