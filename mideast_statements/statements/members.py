"""Members of a people or a party as sources: "a Democrat familiar with the talks", "one Israeli
official", "Many liberal Democrats", "Democrats close to the campaign", "Some Democrats" — an
unnamed group or person, as written, never the party or the country itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from .bodies import PREPOSITIONS
from .lexicon import Lexicon
from .names import strip_possessive
from .phrase_extent import DESCRIBING_PARTICIPLES, TIME_UNITS, is_plural
from .phrase_words import MEMBER_COUNTS, POSSESSIVES
from .text import AUX, FINITE_VERBS, LY_NOUNS, Token, words

__all__ = [
    "ADJECTIVE_ENDINGS",
    "COUNTING_OPENERS",
    "GROUP_OPENERS",
    "MEMBER_FOLLOWERS",
    "capitalized_plural",
    "clause_inside",
    "described_members",
    "group_member",
    "member_word",
    "no_noun",
]

ADJECTIVE_ENDINGS = ("an", "ic", "ese", "ish")  # "Republican", "Democratic", "Lebanese", "British"

# what may follow a group's member in a source phrase: a describing word or a preposition, no noun
MEMBER_FOLLOWERS = words("familiar close present who") | PREPOSITIONS


def group_member(words: Sequence[Token], indefinite: bool, lex: Lexicon) -> int | None:
    """Index of a capitalised head counted by "a"/"an" (already stripped: ``indefinite``) or by a
    number ("one Democrat", "an Israeli familiar with …"): names take no article. None otherwise."""
    h = 1 if words and words[0].lower in MEMBER_COUNTS else 0
    g = 1 if words and words[0].lower in GROUP_OPENERS else 0
    if len(words) > g + 3 and words[g].lower in SENIORITY and words[g + 1].capitalized:
        g += 1  # "senior Democrats on the committee": a rank before the members
    after = words[g + 1].lower if len(words) > g + 2 else ""
    # "Democrats on the committee", "Republicans in Congress": where the members sit describes them too
    if not (indefinite or h) and (after in _DESCRIBE_MEMBERS or after in _MEMBERS_WHERE):
        low = strip_possessive(words[g].lower)
        # "Democrats close to the campaign", "Some Varnians familiar with the talks": members of a
        # party or a people, described by the words after them
        plural_member = words[g].capitalized and is_plural(low) and member_word(low[:-1], lex)
        return g if plural_member and not words[g].text.isupper() and low not in lex.institutions else None
    if not (indefinite or h) or h >= len(words):
        return None
    head = words[h]
    if not head.is_word or not head.capitalized or head.text.isupper() or head.lower in lex.institutions:
        return None
    if h + 1 < len(words):
        # "an Israeli official", "one Reuters reporter": the head comes later
        return h if words[h + 1].lower in _AFTER_MEMBER else None
    # alone, only a word for a member of a people or a party ("an Israeli", "one Democrat"): "a
    # Rochester", "A Clinton" are cut from "a Rochester rally", "A Clinton presidency"
    low = strip_possessive(head.lower)
    return h if member_word(low, lex) or is_plural(low) else None


def described_members(words: Sequence[Token], lex: Lexicon) -> bool:
    """Members of a people or a party (the last word) after a lower-case describing word."""
    last = words[-1]
    low = strip_possessive(last.lower)
    return (
        len(words) > 1
        and last.capitalized
        # a plural of a member word ("Democrats", "Nordmarkians"); one member must be a known people's
        # word ("a lifelong Democrat"): "Logan", "Vivian" end like "Republican"
        and (
            member_word(low[:-1], lex)
            if is_plural(low)
            else lex.country_of(low) is not None or low.endswith("crat") or low == "republican"
        )
        and not any(t.lower in PREPOSITIONS for t in words)
        and _describing(words[-2], len(words) - 2, is_plural(low), lex)  # "owner Anna Cuban" names a person
    )


def _describing(tok: Token, k: int, plural: bool, lex: Lexicon) -> bool:
    """A lower-case describing word, or an ordinary one capitalised because it opens the phrase
    before a plural ("Veteran Republicans"; "Senate Republicans" is a body, not described members;
    "Anna Cuban" a name)."""
    if not tok.is_word or tok.lower in POSSESSIVES or tok.lower.endswith("ing"):
        return False  # "featuring Hispanics": a verb and its object
    if not tok.capitalized:
        return True
    return plural and k == 0 and tok.lower in lex.common_words and tok.text not in lex.institution_words


def member_word(low: str, lex: Lexicon) -> bool:
    """Is this lower-case word one for a member of a people or a party ("israeli", "democrat")?"""
    return lex.country_of(low) is not None or low.endswith((*ADJECTIVE_ENDINGS, "crat", "crats"))


GROUP_OPENERS = words("some many several other most few numerous various")
# words that open a phrase by counting or pointing ("One tweet said", "Another statement"), no name
COUNTING_OPENERS = MEMBER_COUNTS | GROUP_OPENERS | words("each every this that these those no")


def capitalized_plural(words: Sequence[Token], lex: Lexicon) -> bool:
    """Capitalised words ending in a plural that names no institution ("Democrats", "Senate Republicans")."""
    last = words[-1]
    return (
        all(t.is_word and t.capitalized for t in words)
        and is_plural(last.lower)
        and not last.text.isupper()
        and last.lower not in lex.institutions
        and last.text not in lex.institution_words
    )


_AFTER_MEMBER = MEMBER_FOLLOWERS | DESCRIBING_PARTICIPLES
_DESCRIBE_MEMBERS = (MEMBER_FOLLOWERS - PREPOSITIONS) | DESCRIBING_PARTICIPLES
_MEMBERS_WHERE = words("on in at from across")
SENIORITY = words("senior junior top leading veteran prominent former")


DEGREE_WORDS = words("most more least less overall very")


def no_noun(words: Sequence[Token], definite: bool) -> bool:
    """The phrase (its article off) ends in a span of time ("the last two weeks", "Hours"), is a degree word
    cut before its noun ("the most telling") or an adverb after a quantifier ("most frequently in …")."""
    last = words[-1]
    if len(words) > 1 and words[0].lower in GROUP_OPENERS and words[1].lower.endswith("ly"):
        return words[1].lower not in LY_NOUNS and (len(words) == 2 or words[2].lower in PREPOSITIONS)  # "elderly" no
    if last.capitalized and len(words) > 1:
        return False  # "13 Hours": a title
    if len(words) > 2 and words[1].lower == "of" and words[0].lower not in DEGREE_WORDS:
        return False  # "The employee of nearly four years": the head is before "of"
    # a span of time, or a singular one with a word before it ("the day", "This year"); "Day said" is a surname
    if last.lower in TIME_UNITS or (f"{last.lower}s" in TIME_UNITS and (definite or len(words) > 1)):
        return True
    return definite and words[0].lower in DEGREE_WORDS and len(words) <= 2


RELATIVE_WORDS = words("who whom whose which that")
# finite verbs that are no past participle as well ("reporters led by", "troops sent to" describe)
CLAUSE_VERBS = FINITE_VERBS - words(
    "held said told won lost made found kept left put sent stood thought brought bought caught felt fought heard "
    "led meant met paid sat shot sold spent hit quit shut hurt beat understood"
)


def clause_inside(words: Sequence[Token]) -> bool:
    """A finite verb stands inside the phrase, after a name or a plural and before more words ("the
    Courier got into the act", "some voters wore T-shirts"): a clause, no source's name. A relative
    pronoun before it ("the man who held …"), a participle ("reporters led by …", "an account she
    gave") and an adverb or a determiner right before it ("previously kept") leave a phrase."""
    for k in range(1, len(words) - 1):
        low = words[k].lower
        if low in RELATIVE_WORDS:
            return False
        before = words[k - 1]
        verb = (low in CLAUSE_VERBS or low in AUX) and not words[k].capitalized and before.is_word
        if verb and (before.capitalized or _plural_noun(before.lower)):
            return True
        if len(before.text) > 1 and before.text.isupper() and _past_with_object(words[k], words[k + 1]):
            return True  # "the KSB planted newspaper articles": an acronym, then its verb and object
    return False


def _past_with_object(tok: Token, after: Token) -> bool:
    """An -ed word with a lower-case noun after it, no preposition ("planted newspaper articles"): a
    verb and its object. Before a preposition it is a participle ("a bank based in …", "led by")."""
    low = tok.lower
    return (
        tok.is_word
        and not tok.capitalized
        and len(low) > 4
        and low.endswith("ed")
        and low.isalpha()  # "now-deceased" describes
        and after.is_word
        and not after.capitalized
        and after.lower not in PREPOSITIONS
        and after.lower not in ("by", "and", "or", "to", "as")
    )


def _plural_noun(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s"))
