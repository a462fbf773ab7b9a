"""Names of bodies inside a speaker phrase: where an institution's, a group's or an outlet's name
begins and ends ("the rights group X", "Lebanon's X movement", "the Darsa Institute for Policy
Studies", "the office of X"). The mention reader (``mentions``) asks these of a phrase's words."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .names import HYPHENED_PARTICIPLE, strip_possessive
from .text import POSSESSIVE_ENDS, Token, words

__all__ = [
    "BODY_JOINERS",
    "PREPOSITIONS",
    "body_called",
    "body_end",
    "institution_with_and",
    "known_as_body",
    "office_of",
    "press_office",
    "run_start",
    "trailing_caps",
]


PREPOSITIONS = words("of for at in on from with to near under over inside within involved based")


def known_as_body(words: Sequence[Token], i: int, j: int, lex: Lexicon) -> bool:
    """The name at words[i:j] follows "known as" and names a body: an acronym, or a body's noun
    before it ("the unit, known as Kestrel Force"); "a commander known as Abu Salem" is a person."""
    if i < 2 or words[i - 1].lower != "as" or words[i - 2].lower != "known":
        return False
    acronym = j - i == 1 and len(words[i].text) > 1 and words[i].text.isupper()
    return acronym or any(strip_possessive(t.lower) in lex.institutions for t in words[: i - 2])


BODY_WORDS = words("group groups movement militia faction organization organisation monitor")


# media nouns a broadcaster's or a paper's name stands beside ("the Kan public broadcaster", "the
# Saudi-owned Al Arabiya channel", "public broadcaster Kan")
MEDIA_WORDS = words("broadcaster channel network station newspaper daily outlet")
NEWS_AGENCY = MEDIA_WORDS | {"agency"}  # "agency" names a medium after "news" only ("Syria's SANA news agency")
MEDIA_DESCRIBERS = words("public state private official national independent satellite commercial news television")


def body_called(words: Sequence[Token], lex: Lexicon) -> Sequence[Token] | None:
    """The capitalised name beside a lower-case body noun: after it ("militant group (the) X", "rights
    group X") or before it, after describing words ("Lebanon's X group", "the X movement")."""
    media = NEWS_AGENCY if len(words) > 2 and words[-2].lower == "news" and words[-1].lower == "agency" else MEDIA_WORDS
    if not any(t.lower in BODY_WORDS or t.lower in media for t in words):
        return None  # nearly every phrase: both readings need a body noun
    lows = [t.lower for t in words]
    for g, low in enumerate(lows):
        noun = low in BODY_WORDS or low in media
        # ("newspaper Harbour Times" after its article: the noun may open the phrase when lower-case)
        if noun and (not words[g].capitalized or (g == 1 and low in media)) and g < len(words) - 1:
            rest = list(words[g + 2 :] if lows[g + 1] == "the" else words[g + 1 :])
            if rest and all(t.capitalized or t.lower in lex.particles or t.lower in ("of", "for", "and") for t in rest):
                return rest if rest[-1].capitalized else None
    last = words[-1]
    if len(words) >= 2 and (last.lower in ("group", "movement") or last.lower in media) and not last.capitalized:
        e = len(words) - 1
        if last.lower in media:
            while (
                e > 1
                and e > len(words) - 3
                and (words[e - 1].lower in MEDIA_DESCRIBERS or HYPHENED_PARTICIPLE.search(words[e - 1].lower))
            ):
                e -= 1  # "the Kan public broadcaster", "the X state-run channel": describing words
        k = run_start(words, e)
        if last.lower in media:
            if any(t.lower in PREPOSITIONS for t in words):
                return None  # "a source at the Tampa station": the station is no speaker here
            if k > 0 and words[k - 1].capitalized and lex.country_of(strip_possessive(words[k - 1].text)) is None:
                k -= 1  # "the People's Daily newspaper": a possessive inside the paper's name
        named = list(words[k:e])
        if any(t.lower.startswith(("pro-", "anti-")) for t in words[max(0, k - 1) : k + 1]):
            return None  # "a pro-Islamic State group" stands for the name it backs, it is not that body
        while named and HYPHENED_PARTICIPLE.search(named[0].text):
            named = named[1:]  # "the Iran-backed group": a describing word, no name
        if named and all(t.text in lex.platforms for t in named):
            return None  # "the ministry's Telegram channel": an account on a service, not the service
        # after describing words only: "the Kestrel Front group", "Lebanon's X group" (not "the Reagan era group")
        if named and (k == 0 or words[k - 1].text.endswith(POSSESSIVE_ENDS) or not words[k - 1].capitalized):
            if k == 0 and len(named) == 1 and _purpose_word(named[0].lower):
                return None  # "Rights group urges …", "Aid group says": a headline's common noun, no name
            return named if not any(lex.country_of(t.text) for t in named) else None
    return None


# what a group is for, written before "group" with a capital only when it opens a headline or sentence
PURPOSE_WORDS = words(
    "rights aid relief watchdog advocacy lobby pressure activist campaign protest peace opposition rebel "
    "militant research industry trade business environmental student youth veterans faith civic"
)


def _purpose_word(low: str) -> bool:
    return low in PURPOSE_WORDS or (low.endswith("s") and not low.endswith("ss") and len(low) > 4)


def office_of(words: Sequence[Token], titled: int) -> bool:
    """ "the office of (Eskari Prime Minister) X": the office speaks; the name is the object of "of"."""
    t = titled
    while t > 0 and words[t - 1].capitalized and titled - t < 4:
        t -= 1
    return t >= 2 and words[t - 1].lower == "of" and words[t - 2].lower in ("office", "offices")


def press_office(words: Sequence[Token]) -> bool:
    """ "press service", "press office", "media office": a body's own voice, not a body of its own."""
    return len(words) == 2 and words[0].lower in ("press", "media") and words[1].lower in ("service", "office")


def run_start(words: Sequence[Token], e: int) -> int:
    """Where the capitalised words that end before ``e`` begin, back to a possessive ("Lebanon's X")."""
    k = e
    while k > 0 and words[k - 1].capitalized and not words[k - 1].text.endswith(POSSESSIVE_ENDS):
        k -= 1
    return k


def body_end(tok: Token, lex: Lexicon) -> bool:
    """A word that may end a body's name ("Ministry", "embassy")."""
    return tok.text in lex.institution_words or strip_possessive(tok.lower) in lex.institutions


def trailing_caps(tokens: Sequence[Token], lex: Lexicon) -> list[Token]:
    """The capitalised name that ends ``tokens``, with its particles; a body's own "for"/"on"/"to"
    stays in ("the Darsa Institute for Policy Studies", "the Council on Foreign Relations")."""
    out: list[Token] = []
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        joiner = tok.lower in BODY_JOINERS and k > 0 and strip_possessive(tokens[k - 1].text) in lex.institution_words
        if tok.capitalized or (out and (tok.lower in lex.particles or tok.text in ".&" or joiner)):
            out.insert(0, tok)
        else:
            if out and tok.lower == "and" and k > 0:
                # "the Center for Strategic and International Studies": "and" inside one body's name
                longer = [*trailing_caps(tokens[:k], lex), tok, *out]
                if institution_with_and(longer, lex):
                    return longer
            break
    return out


BODY_JOINERS = frozenset(("for", "on", "to"))


def institution_with_and(words: Sequence[Token], lex: Lexicon) -> bool:
    """Capitalised words joined by "of", "for" and "and", an institution's word among them before an
    "and" that has capitalised words on both sides: a name such as "Department of Ports and Inland
    Waterways" (two names joined by "and" have no institution's word before it)."""
    joins = [k for k, t in enumerate(words) if t.lower == "and"]
    if not joins or not all(t.capitalized or t.lower in ("of", "for", "and") for t in words):
        return False
    k = joins[0]
    # the "and" joins the words after the institution's "of"/"for" ("Hamas and Islamic Jihad" are two)
    return 0 < k < len(words) - 1 and any(
        strip_possessive(t.text) in lex.institution_words and any(w.lower in ("of", "for") for w in words[i + 1 : k])
        for i, t in enumerate(words[:k])
    )


def institution_of_chain(words: Sequence[Token], i: int, lex: Lexicon) -> int | None:
    """Where an institution's name starts when the capitalised words before the name at ``i`` run on
    from that institution's "of": "the National Association of Criminal Defense Lawyers" (a word
    that can title a person, "Defense", stopped the name short), not a person titled by them. None
    when a role, an honorific or a first name shows a person ("Department of Defense Secretary Vale")."""
    if i < 3 or words[i].lower in lex.first_names or words[i - 1].lower in lex.roles:
        return None
    if words[i - 1].lower in lex.honorifics or any(t.text.endswith(POSSESSIVE_ENDS) for t in words[i - 1 : i + 1]):
        return None
    o = i - 1
    while o > 0 and words[o].lower != "of" and words[o].capitalized and not words[o].text.endswith(POSSESSIVE_ENDS):
        o -= 1
    if o < 1 or o == i - 1 or words[o].lower != "of":
        return None
    if strip_possessive(words[o - 1].text) not in lex.institution_words:
        return None
    return run_start(words, o)
