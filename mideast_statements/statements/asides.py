"""Asides between a speaker and its verb that the subject reading steps over (", in fact,", "-
including imams -", ", while still confident,"), and the preposition's object a participle's noun
may be ("a problem with ministers criticizing judges")."""

from __future__ import annotations

from collections.abc import Sequence

from .text import Token, is_plural, words

__all__ = [
    "ADVERBIAL_PHRASES",
    "ASIDE_OPENERS",
    "CONCESSIONS",
    "DASHES",
    "DASH_REACH",
    "GERUND_PREPOSITIONS",
    "OCCASIONS",
    "SEQUENCE_VERBS",
    "adverbial_phrase",
    "gerund_object",
    "occasion_after_name",
    "opening_concession",
    "opening_dash",
    "opening_with",
]


# set phrases that stand as an adverb between a subject (or its auxiliary) and the verb
ADVERBIAL_PHRASES = frozenset(
    (
        "in fact",
        "of course",
        "in particular",
        "in turn",
        "at least",
        "in effect",
        "by contrast",
        "in contrast",
        "for example",
        "for instance",
        "in private",
        "in public",
        "at times",
        "in part",
        "on balance",
        "in response",
        "once again",
        "yet again",
        "after all",
        "above all",
        "for now",
        "for his part",
        "for her part",
        "for its part",
        "for their part",
        "for the most part",
        "at the same time",
    )
)


def adverbial_phrase(tokens: Sequence[Token], k: int) -> int:
    """How many tokens a set phrase ends at ``k`` takes, its commas included when it is set off
    (", in fact,"): 0 when none ends there."""
    comma = tokens[k].text == ","
    end = k - 1 if comma else k
    for size in (2, 3, 4):
        start = end - size + 1
        if start < 1 or not all(t.is_word and not t.capitalized for t in tokens[start : end + 1]):
            continue
        if " ".join(t.lower for t in tokens[start : end + 1]) not in ADVERBIAL_PHRASES:
            continue
        if comma:
            return size + 2 if tokens[start - 1].text == "," else 0
        return size
    return 0


DASHES = ("-", "—", "–", "―")
DASH_REACH = 16  # tokens an aside between dashes may take
ASIDE_OPENERS = words(
    "including a an the who which whose one both all each among like such himself herself themselves "
    # "Democrats - and some Republicans - say": an aside that adds to the subject
    "and or along plus especially particularly notably even some many most several two three four five "
    # "Vesper - after a long pause - told …": the circumstance of the words
    "after before during while without following despite amid"
)
# "The insiders - about 40 percent nationally - stressed …": a share of the plural before the dash
SHARE_OPENERS = words("about roughly nearly almost around approximately more fewer less at")


def opening_dash(tokens: Sequence[Token], k: int) -> int | None:
    """The dash that opens the aside the dash at ``k`` closes, with words before it; None when a
    quotation or a sentence mark comes first."""
    for j in range(k - 1, max(0, k - DASH_REACH), -1):
        tok = tokens[j]
        if tok.text in DASHES:
            # an aside describes the subject ("- including imams -", "- the group's founder -")
            # (after a name's bracket too: "Tal Vesper (Labour) - who chairs … - said")
            before = tokens[j - 1].is_word or tokens[j - 1].text == ")"
            # or names the subject's people ("The three scholars - Mr. Tarn, Ms. Orlo and Mr. Amel -")
            names = all(t.capitalized or t.text in ",." or t.lower == "and" for t in tokens[j + 1 : k])
            # or describes them by whose they are ("- Vesper's girlfriend and co-host -")
            owner = tokens[j + 1].capitalized and tokens[j + 1].text.endswith(("'s", "’s"))
            # or counts a share of the plural before it ("insiders - about 40 percent of them -")
            share = (tokens[j + 1].text[:1].isdigit() or tokens[j + 1].lower in SHARE_OPENERS) and is_plural(
                tokens[j - 1].lower
            )
            return j if before and (tokens[j + 1].lower in ASIDE_OPENERS or names or owner or share) else None
        if tok.kind == "quote" or tok.text in ".;:!?":
            return None
    return None


# words that open an aside between a subject and its verb (", while still confident in X,")
CONCESSIONS = words("while though although despite even if")


def opening_concession(tokens: Sequence[Token], k: int) -> int | None:
    """The comma that opens an aside of concession the comma at ``k`` closes (", while still
    confident in X,"), with a word before it; None when another mark comes first."""
    for j in range(k - 1, max(0, k - DASH_REACH), -1):
        tok = tokens[j]
        if tok.text == ",":
            return j if j >= 1 and tokens[j - 1].is_word and tokens[j + 1].lower in CONCESSIONS else None
        if (not tok.is_word and tok.text not in "’'-") or _finite(tok):
            return None  # "…, while others aren't counted at all, said X": a clause, no aside
    return None


def _finite(tok: Token) -> bool:
    low = tok.lower
    return low in CLAUSE_VERBS or low.endswith(("n't", "n’t")) or low in ("i", "he", "she", "we", "they", "it")


CLAUSE_VERBS = words("is are was were has have had will would could should can may might must did does do")


# prepositions whose object may be a noun and its gerund ("a problem with X criticizing …")
GERUND_PREPOSITIONS = words("of with about against over")  # "met by a chorus of X urging …" describes


def gerund_object(tokens: Sequence[Token], s: int) -> bool:
    """Does the noun phrase at ``s`` (with the one "and"/"or" joins to it) stand after a preposition
    inside a phrase? "with" after a comma or opening the sentence opens a clause of its own ("…, with
    a spokesperson telling reporters")."""
    p = s - 1
    if p >= 1 and tokens[p].lower in ("and", "or"):
        first = p - 1  # the first of the two nouns: "with presidents or candidates criticizing"
        while (
            first >= 0 and p - first <= 4 and tokens[first].is_word and tokens[first].lower not in GERUND_PREPOSITIONS
        ):
            first -= 1
        p = first
    if p < 0 or tokens[p].lower not in GERUND_PREPOSITIONS:
        return False
    if opening_with(tokens, p):
        return False  # "The talk ended with Vale asking …": the noun is who asks
    return not (tokens[p].lower == "with" and (p == 0 or not tokens[p - 1].is_word))  # ", with", "- with"


# verbs of how an event began or ended: "with" after them opens a gerund clause whose subject follows
SEQUENCE_VERBS = words(
    "began begins begin ended ends end opened opens open closed closes close concluded concludes started starts "
    "finished finishes wrapped"
)


def opening_with(tokens: Sequence[Token], p: int) -> bool:
    """Is the "with" at ``p`` after a verb of beginning or ending ("The talk ended with Vale asking …")?"""
    return tokens[p].lower == "with" and p >= 1 and tokens[p - 1].lower in SEQUENCE_VERBS


OCCASIONS = words(
    "statement interview letter tweet post video speech conference briefing meeting call message op-ed article "
    "email remarks communique communiqué address session summit visit filing monday tuesday wednesday thursday friday "
    "saturday sunday today yesterday"
)
_OCCASION_OPENERS = words("in on at during")
_CLAUSE_OPENERS = words("after before while when upon by since without despite of from with")
_NOT_IN_ADJUNCT = words("he she they it we i you what who whom which that for and but or to as than")


def occasion_after_name(tokens: Sequence[Token], k: int) -> int | None:
    """Where an adjunct of occasion that ends at ``k`` opens, right after a name ("Erdogan in a
    statement said", "Vale in a speech on Monday said"); None when the words up to k are no such
    adjunct ("Sources in Cairo said" name a place)."""
    if tokens[k].lower in _CLAUSE_OPENERS:
        return None  # "told the AP on Monday after hinting": the word before the verb opens its own phrase
    for j in range(k, max(0, k - 10), -1):
        tok = tokens[j]
        if not tok.is_word or tok.lower in _NOT_IN_ADJUNCT:
            return None  # "… on Sunday for what he called": a clause of its own, no adjunct
        # a capitalised word before the opener may be a place inside the adjunct ("… in Gaza on Monday")
        after_name = tok.lower in _OCCASION_OPENERS and tokens[j - 1].is_word and tokens[j - 1].capitalized
        if after_name and any(t.lower in OCCASIONS for t in tokens[j + 1 : k + 1]):
            return j
    return None
