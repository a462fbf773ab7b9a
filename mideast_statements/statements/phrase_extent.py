"""Where a speaker phrase ends and what its words are: the noun phrase before a verb (up to an
auxiliary, a verb with its object, a date), and the word classes that tell a noun from a verb there
("Residents displaced by the fighting", "a report published by the ministry")."""

from __future__ import annotations

from collections.abc import Sequence

from .bodies import PREPOSITIONS, run_start
from .cues import SINGLE_MARKERS
from .lexicon import Lexicon
from .names import joined_titles, strip_possessive
from .phrase_words import DETERMINERS, POSSESSIVES, people_noun, people_plural
from .text import (
    LEADING_JUNK,
    MONTHS,
    PERIODS,
    POSSESSIVE_ENDS,
    SUBJECT_PRONOUNS,
    Token,
    is_plural,
    uncontracted,
    words,
)

__all__ = [
    "CLAUSE_STARTS",
    "DATED_PERIODS",
    "DATE_MODIFIERS",
    "DAY_PARTS",
    "DESCRIBING_PARTICIPLES",
    "ISSUING",
    "NUMBER_WORDS",
    "QUANTIFIERS",
    "QUANTITIES",
    "TIME_AFTER",
    "TIME_UNITS",
    "WORKS",
    "across_name_and",
    "dated_word",
    "describing_participle",
    "is_plural",
    "is_weekday",
    "issuable",
    "issued_by",
    "joined_modifier",
    "noun_phrase",
    "numbered_name",
    "numbered_part",
    "participle_after_plural",
    "role_object_and",
    "verb_with_object",
]


QUANTIFIERS = words("all both each neither either")


CLAUSE_STARTS = words(
    "who whom whose which that is are was were be been being will would could should can may might must "
    "has have had does did do didn’t didn't doesn’t doesn't don’t don't won’t won't can’t can't isn’t isn't "
    "wasn’t wasn't aren’t aren't hasn’t hasn't haven’t haven't wouldn’t wouldn't couldn’t couldn't"
)


QUANTITIES = words(
    "chorus majority minority percent share half third quarter number most many some plurality group handful dozens "
    "hundreds thousands millions bunch couple pair lot lots all both each none one two three four five several "
    "array range slew variety series rest"
)
TRAILING_ADVERBS = words("now also still already then too again even just further")  # "local leaders now recognize"


MONTH_PREPOSITIONS = words("in on since until by during last this next early late mid")
TIME_UNITS = words("hours days weeks months years decades minutes")
NUMBER_WORDS = words("one two three four five six seven eight nine ten several a few many")  # "Two weeks later"
TIME_AFTER = words("later earlier ago")  # "Hours later", "A week ago"
# Words around a day that belong to the date, not to a speaker ("late Thursday night").
DAY_PARTS = words("morning afternoon evening night late early last this next")
# Object starters: a participle followed by one of them is a verb with its object or adjunct
# ("elaborated in a piece", "approved a resolution"), not a modifier ("retired general").
_OBJECT_STARTS = PREPOSITIONS | DETERMINERS | POSSESSIVES | words("by about into onto through during")
_NOT_PARTICIPLES = words(
    "need speed seed creed breed greed feed shed hundred bed red "
    # participles that have become adjectives before a title ("ranking Democrat Elijah Cummings")
    "ranking acting outgoing incoming presiding founding managing sitting visiting retiring ruling reigning "
    "morning evening"  # "This morning Vesper said": a time of day, no verb
)


# works whose author speaks through them ("a count by the Kestrel Times", "a poll by the institute")
WORKS = words("count tally analysis study survey review estimate estimates figures data audit assessment poll")


def participle_after_plural(words: Sequence[Token], prep: int) -> bool:
    """A plural noun, then a past participle before the preposition at ``prep`` ("residents displaced
    by …", "veterans interviewed at …"): the participle describes the noun."""
    return (
        2 <= prep <= len(words)
        and words[prep - 1].lower.endswith("ed")
        and not words[prep - 1].capitalized
        and is_plural(words[prep - 2].lower)
        and not words[prep - 2].text.endswith(POSSESSIVE_ENDS)  # "Hamas's armed wing": a possessive, no plural
    )


def describing_participle(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A noun for people or a role, then a present participle with words after it at ``k``
    ("diplomats following the talks", "lawyers representing the families"): the participle opens a
    reduced relative that describes the noun, which stays the phrase's head."""
    if not 1 <= k < len(words) - 1:
        return False
    low = words[k].lower
    return (
        not words[k].capitalized
        and len(low) >= 6
        and low.endswith("ing")
        and low not in _NOT_PARTICIPLES
        and (k == 1 or not words[k - 1].capitalized)  # "the Real Clear Politics polling average" is a name
        and (people_noun(words[k - 1], lex) or strip_possessive(words[k - 1].lower) in lex.roles)
    )


# past forms that, after a noun or a name, describe it rather than act ("a Republican involved in …")
DESCRIBING_PARTICIPLES = words("involved briefed based concerned affiliated associated aligned allied stationed")


COUNTED = words("other two three four five six seven eight nine ten several numerous")  # "two other emails"
# after these a past form describes ("the detained", "one unaligned …", "Some miffed …"), and a cue
# word after these is a noun ("the talks", "two other calls"); built once, used in every phrase's loop
ADJECTIVE_AFTER = DETERMINERS | POSSESSIVES | COUNTED | QUANTITIES
NOUN_AFTER = DETERMINERS | PREPOSITIONS | COUNTED | SINGLE_MARKERS  # "one protest organizer"


DATED_BY = words("out on through until till since by as of from")


def _titles_and_name(words: Sequence[Token], lex: Lexicon) -> bool:
    """Capitalised words, particles and the "and"/"for" that join titles, nothing else."""
    return all(t.capitalized or t.lower in lex.particles or t.lower in ("and", "for") for t in words)


def _head_and_places(words: Sequence[Token], lex: Lexicon) -> bool:
    """ "Current and former officials in the Ombrin Bureau and at the Justice Ministry": a plural head
    for sources in its first four words, then only prepositions, articles, "and" and capitalised
    names (no verb, no clause)."""
    head = next((k for k, t in enumerate(words[:4]) if is_plural(t.lower) and people_noun(t, lex)), None)
    return head is not None and all(
        t.capitalized or t.lower in PREPOSITIONS or t.lower in DETERMINERS or t.lower == "and"
        for t in words[head + 1 :]
    )


def _date_opens(words: Sequence[Token], k: int) -> bool:
    """Does the day at ``k`` open the phrase, its subject after it ("On Monday he", "Late Tuesday the
    minister")? Not when a preposition follows ("late Friday with an editor's note")."""
    j = k + 1
    while j < len(words) and words[j].lower in DAY_PARTS:
        j += 1
    return (
        j < len(words)
        and words[j].lower not in PREPOSITIONS
        and all(w.lower in LEADING_JUNK or w.lower in DAY_PARTS for w in words[:k])
    )


def noun_phrase(words: list[Token], lex: Lexicon) -> list[Token]:
    """The words of a speaker phrase, cut where a clause begins inside it: at "who"/"which"/"that",
    an auxiliary or a cue verb ("the person who attended …"); a reduced relative stays, as written
    ("the lawyer for the woman involved in the case"); trailing punctuation dropped."""
    for k, tok in enumerate(words):
        if k and (
            (is_weekday(tok, lex) and not _date_opens(words, k))
            or (
                tok.lower in ("last", "this")
                and k >= 2  # "a poll last week", not "Earlier this week"
                and k + 2 == len(words)  # at the phrase's end
                and words[k + 1].lower.rstrip("s") + "s" in TIME_UNITS
            )
        ):
            # "the city council on Wednesday", "a report Tuesday", "a poll last week": the date ends it
            words = words[:k]
            while words and (
                words[-1].lower in DAY_PARTS
                or (len(words) > 1 and not words[-1].capitalized and words[-1].lower.endswith("ed"))
                or (len(words) > 1 and words[-1].lower in DATED_BY)
            ):
                # "A news report published Wednesday", "a poll out Thursday", "results tallied through
                # Wednesday afternoon": the date and what dates it
                words = words[:-1]
            break
        if (
            k > 1
            and tok.lower in MONTHS
            and tok.capitalized
            and words[k - 1].lower in MONTH_PREPOSITIONS
            and words[k - 2].capitalized
        ):
            words = words[: k - 1]  # "Vesper in October revealed": a date ends a name ("a poll in May" keeps it)
            break
        if (
            0 < k < len(words) - 1
            and tok.is_word
            and words[k - 1].is_word
            and not words[k - 1].capitalized
            and uncontracted(tok.lower) in SUBJECT_PRONOUNS
            and not any(t.kind == "punct" for t in words[k:])
        ):
            break  # "Several people I've spoken with over …": an object relative clause, kept as written
        if not tok.is_word or (tok.capitalized and k):
            continue
        low = tok.lower
        if _verb_after_name(words, k, lex):
            words = words[:k]  # "Sanders started out the debate saying …": the name, then its verb
            break
        if k and low in TRAILING_ADVERBS and words[k - 1].capitalized and k + 1 < len(words) and words[k + 1].is_word:
            words = words[:k]  # "Trump also struck populist notes": the name, then its verb phrase
            break
        if verb_with_object(words, k, lex):
            if k == 0:
                return []  # "worked with …", "advised by …": a verb phrase, no subject
            words = words[:k]  # "Schoen elaborated in a piece for …": the name before the verb
            break
        if k == 0:
            continue
        compound = k + 1 < len(words) and (
            words[k + 1].lower in lex.roles
            or words[k + 1].capitalized
            or words[k + 1].lower in lex.institutions
            # "Some protest leaders": a base form before a noun for people ("X rebuked critics" keeps its verb)
            or (people_noun(words[k + 1], lex) and not low.endswith(("s", "ed", "ing")))
        )  # "the RNC's powerful rules committee"
        # a cue word that ends the phrase after a describing word is a noun ("the organizer of a pro-Trump rally"),
        # and so is a document after a singular noun ("a press release from …", "a campaign tweet")
        before = words[k - 1]
        describing = before.is_word and not before.capitalized
        compound = (
            compound
            or (k == len(words) - 1 and describing)
            or (low in lex.documents and describing and not is_plural(before.lower) and not before.lower.endswith("ly"))
        )
        if low in CLAUSE_STARTS or (
            low in lex.cues
            and words[k - 1].lower not in NOUN_AFTER
            and not compound
            and not describing_participle(words, k, lex)  # "officials speaking on condition of anonymity"
            and not issued_by(words, k, lex)  # "figures released by the ministry"
        ):
            # "the person who attended", "officials said"; but "the talks" is a noun, and so is "press"
            # before a role or a name ("White House press secretary Josh Earnest")
            words = words[:k]
            break
    if len(words) > 10:  # a long phrase keeps its head, not a reduced relative ("polls conducted by …")
        cut = next(
            (
                k
                for k, t in enumerate(words)
                if k > 1 and t.is_word and not t.capitalized and t.lower.endswith(("ed", "ing"))
            ),
            None,
        )
        words = words[:cut] if cut else words
    # a long phrase is a clause, unless it is all titles and a name ("Qatar's Prime Minister and
    # Minister of Foreign Affairs Sheikh Hamad bin Nasser Al Sadi")
    if len(words) > 12 and (len(words) > 18 or not (_titles_and_name(words, lex) or _head_and_places(words, lex))):
        return []
    cut = _verb_before_determiner(words, lex)
    if cut:
        words = words[cut:]  # "would shield some groups that …", "all too often the purveyors of …"
    while words and words[-1].kind == "punct":
        words = words[:-1]
    while words and (words[-1].lower in _TRAILING_FUNCTION_WORDS or words[-1].lower in TRAILING_ADVERBS):
        words = words[:-1]  # "the head of" cut before its object: no dangling "of"
    if _ends_in_infinitive(words) and not any(describing_participle(words, m, lex) for m in range(1, len(words))):
        return []  # "a prosecutor to investigate [alleged …]": the cue word is the infinitive's object
    return words


ISSUING = words(
    "released issued published compiled provided prepared distributed posted circulated signed written conducted "
    "emailed sent mailed faxed delivered shared "
    "aired broadcast televised"
)


def issuable(tok: Token, lex: Lexicon) -> bool:
    """A document or a work that an issuer puts out ("statement", "figures", "poll", "exit polls")."""
    low = strip_possessive(tok.lower)
    single = low[:-1] if is_plural(low) else low
    return low in lex.documents or low in WORKS or single in lex.documents or single in WORKS or low in _COUNTS


# what is counted and put out, as well as WORKS ("numbers released by the ministry")
_COUNTS = words("numbers results statistics returns tallies")


def issued_by(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A past participle between a document and its issuer ("a statement released by", "figures
    issued by", "a report published by"): it describes the document, whose issuer follows."""
    return (
        0 < k < len(words) - 1
        and (words[k].lower in ISSUING or words[k].lower == "reported")  # "exit polls reported by CNN"
        and words[k + 1].lower == "by"
        and issuable(words[k - 1], lex)
    )


# what "to" may lead to at a phrase's end without being an infinitive ("a source close to him")
_TO_OBJECTS = DETERMINERS | POSSESSIVES | QUANTIFIERS | words("him her them us me whom many most some those these")


def _ends_in_infinitive(words: Sequence[Token]) -> bool:
    """The phrase ends with "to" and a lower-case word that is no object: "… to help", "… to investigate"."""
    if len(words) < 3 or words[-2].lower != "to":
        return False
    last = words[-1]
    return (
        last.is_word
        and not last.capitalized
        and last.lower not in _TO_OBJECTS
        and last.lower.isalpha()
        # "sources privy to negotiations": after an adjective that takes "to", a plural is its object
        and not (words[-3].lower in _ADJECTIVES_WITH_TO and is_plural(last.lower))
    )


_ADJECTIVES_WITH_TO = words("privy close closest loyal near opposed sympathetic friendly hostile allied")


# words that may stand before an article inside one noun phrase ("the head of the", "half a dozen")
_BEFORE_ARTICLE = (
    PREPOSITIONS
    | QUANTITIES
    | words("by about against among like than between across around toward towards behind into via through")
    | words("during after before since without per versus and or nor as such")
)
_OPENING_ARTICLES = DETERMINERS | POSSESSIVES | words("some")


def _verb_before_determiner(words: Sequence[Token], lex: Lexicon) -> int:
    """Where the noun phrase really starts when a lower-case word that can stand before no article
    inside a noun phrase (a verb, an adverb) precedes one: "shield some groups" starts at "some".
    0 when nothing is cut; a participle describing a source before it cuts nothing ("lawyers
    representing the families")."""
    for k in range(len(words) - 1, 0, -1):
        before = words[k - 1]
        if (
            words[k].lower in _OPENING_ARTICLES
            and before.is_word
            and not before.capitalized
            and before.lower not in _BEFORE_ARTICLE
        ):
            return 0 if any(describing_participle(words, m, lex) for m in range(1, k)) else k
    return 0


def _verb_after_name(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A past form right after a name that opens the phrase ("Sanders started", "Clinton vowed") is
    the name's verb; after an article it describes ("the Obama-appointed", "a Senate passed bill"),
    and after a noun for sources it is a reduced relative ("Officials briefed on the talks")."""
    low = words[k].lower
    if k == 0 or len(low) < 5 or not low.endswith("ed") or "-" in low or low in _NOT_PARTICIPLES:
        return False
    if words[k - 1].text.endswith(POSSESSIVE_ENDS):
        return False  # "Hamas's armed wing": after a possessive, a describing word
    opener = strip_possessive(words[0].lower)
    if k == 1 and (opener in lex.source_nouns or opener in lex.unidentified):
        return False
    if k == 1 and is_plural(opener) and (opener in lex.common_words or people_plural(opener, lex)):
        return False  # "Students arrested at the protest": a plural common noun, then its reduced relative
    # every word before it capitalised: "Seventy-four percent of Democratic registered voters" is no name
    return all(t.capitalized for t in words[:k]) and words[0].lower not in ADJECTIVE_AFTER  # "Some miffed supporters"


def is_weekday(tok: Token, lex: Lexicon) -> bool:
    """A day of the week as a date ("on Wednesday"); "Thursday's meeting" is a noun phrase."""
    return tok.lower in lex.weekdays


DATE_MODIFIERS = words("late early last this next")
DATED_PERIODS = DAY_PARTS | PERIODS | words("time season")


def dated_word(tok: Token, lex: Lexicon) -> bool:
    """Is the word after "this", "last", "early" … a time ("this morning", "late Tuesday", "early
    2015")? "this look-alike declared", "early results of the poll show": the subject, no date;
    "this year's campaign": a possessive time makes a noun phrase, no date."""
    low = tok.lower
    return low in DATED_PERIODS or low in MONTHS or tok.text[:1].isdigit() or is_weekday(tok, lex)


def verb_with_object(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Is the lower-case word at k a verb in the past or a present participle with its object or
    adjunct after it ("ended with Maddow", "attending Wednesday's town hall")? A participle after a
    noun for sources is a reduced relative and stays ("officials involved in the talks", "a report
    released by the ministry")."""
    low = words[k].lower
    if len(low) < 5 or low in _NOT_PARTICIPLES or not low.endswith(("ed", "ing")) or "-" in low:
        return False  # "Texas-based", "London-born": modifiers
    if low in DESCRIBING_PARTICIPLES:  # "one Republican involved in the planning": describes what it follows
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    # a name after it is its object only inside a phrase ("worked with X" is caught by "with");
    # "Retired Army Col. X" opens with an adjective
    names_object = after is not None and after.capitalized and k > 0 and not words[k].capitalized
    if after is None or not (after.lower in _OBJECT_STARTS or names_object):
        return False
    if k == 0:
        return True
    before = words[k - 1]
    if before.kind != "word" or before.lower in ADJECTIVE_AFTER or before.lower in PREPOSITIONS:
        return False  # "the detained", "his elected …", "of registered voters": an adjective, not a verb
    if before.text[:1].isdigit():
        return False  # "a poll of 400 registered Latino voters": after a number, an adjective
    if participle_after_plural(words, k + 1) and not before.text.isupper():
        return False  # "residents displaced by the fighting", "veterans interviewed at rallies"
    return not (people_noun(before, lex) or strip_possessive(before.lower) in lex.documents)


_TRAILING_FUNCTION_WORDS = PREPOSITIONS | DETERMINERS  # made once: tested on every noun phrase


# describing words that come joined before a source's noun ("current and former officials")
JOINED_MODIFIERS = words(
    "current former senior junior retired active serving local federal state military civilian foreign "
    "liberal conservative progressive moderate religious secular independent muslim jewish christian arab kurdish"
)
# words before joined describing words that belong to the phrase ("some current and former officials");
# mentions.GROUP_OPENERS is another list, of words that open an unnamed group
MODIFIER_OPENERS = words(
    "some many several two three four five six seven eight nine ten eleven twelve dozens the other"
)


def joined_modifier(tok: Token, lex: Lexicon) -> bool:
    """A describing word: a listed one, or a people's ("Qarvati"), not a place's name ("Georgia")."""
    demonym = tok.capitalized and tok.lower.endswith(("an", "i", "ese", "ish")) and lex.country_of(tok.text) is not None
    return tok.lower in JOINED_MODIFIERS or demonym


NAME_JOINERS = words("of for the")


def across_name_and(tokens: Sequence[Token], s: int, lex: Lexicon) -> int:
    """Where a subject that np_start began after "and" really begins when the "and" is inside an
    institution's name: "the Institute for Coastal Research and Prevention", "the Customs and
    Border Services", "Dr. Ida Lind of the Department of Ports and Inland Waterways"; or inside
    joined describing words: "current and former officials", "Qarvati and Varnian officials"."""
    joined = s >= 2 and tokens[s - 1].lower in ("and", "or") and s + 1 < len(tokens) and tokens[s + 1].is_word
    if joined and tokens[s + 1].lower not in lex.cues and all(joined_modifier(tokens[m], lex) for m in (s - 2, s)):
        a = s - 2
        while a > 0 and tokens[a - 1].lower in MODIFIER_OPENERS:
            a -= 1  # "some current and former officials"
        # "But current and former officials": a conjunction opening the sentence is no part of it
        return a if a == 0 or not tokens[a - 1].is_word or (a == 1 and tokens[0].lower in LEADING_JUNK) else s
    if s >= 3 and tokens[s - 1].lower == "and" and (role := _role_of_before(tokens, s - 1, lex)) is not None:
        return role  # "The minister of foreign affairs and expatriates, X,": "and" joins the role's objects
    if s < 2 or tokens[s - 1].lower != "and" or not tokens[s].capitalized or not tokens[s - 2].capitalized:
        return s
    if tokens[s].lower in lex.first_names or tokens[s].lower == "the":
        return s  # "the Ministry of Health and Anna Lind", "NBC and The Harbour Times": two sources
    titles = joined_titles(tokens, s, lex)  # "Qatar's Prime Minister and Foreign Minister Sheikh X"
    if titles != s:
        return titles
    e = s
    while e < len(tokens) and tokens[e].capitalized:
        e += 1
    a = s - 2
    while a > 0 and (tokens[a - 1].capitalized or tokens[a - 1].lower in NAME_JOINERS) and s - a < 12:
        a -= 1
    if tokens[s - 2].text in lex.institution_words and not any(t.lower in ("of", "for") for t in tokens[a : s - 2]):
        return s  # "Hamas and Islamic Jihad", "the Foreign Ministry and Defence Ministry": two whole names
    # an institution's word ends the right side, or leads "of"/"for" on the left
    inside = tokens[e - 1].text in lex.institution_words or any(
        tokens[m].lower in ("of", "for") and tokens[m - 1].text in lex.institution_words for m in range(a + 1, s - 1)
    )
    if not inside:
        return s
    while a < s - 1 and tokens[a].lower in ("of", "for"):
        a += 1
    return a


def _role_of_before(tokens: Sequence[Token], c: int, lex: Lexicon) -> int | None:
    """Where the phrase starts when a role noun and "of" stand a few plain words before the "and" at
    ``c`` ("the minister of environment and energy"), the role's article or describing words with it."""
    of = next((m for m in range(c - 1, max(0, c - 5), -1) if tokens[m].lower == "of"), None)
    if of is None or of < 1 or tokens[of - 1].lower not in lex.roles:
        return None
    if not all(t.is_word and not t.capitalized and t.lower not in ("and", "or") for t in tokens[of + 1 : c]):
        return None  # lower-case objects only: "Secretary of State Hillary Clinton and …" joins two people
    a = of - 1
    while (
        a > 0
        and tokens[a - 1].is_word
        and (tokens[a - 1].capitalized or tokens[a - 1].lower in ("the", "a", "its", "his", "her"))
    ):
        a -= 1  # "The Qarvati minister of …", "its minister of …"
    return a


def role_object_and(tokens: Sequence[Token], c: int, lex: Lexicon) -> bool:
    """Does the "and" at ``c`` join the objects of a role's "of" ("minister of environment and
    energy"), a lower-case word after it?"""
    return (
        c + 1 < len(tokens)
        and tokens[c + 1].is_word
        and not tokens[c + 1].capitalized
        and (_role_of_before(tokens, c, lex) is not None)
    )


def numbered_name(words: Sequence[Token], lex: Lexicon) -> int | None:
    """Where a name that ends in a number begins ("Channel 12", "Israel's Channel 12"); None when the
    phrase is no such name ("March 12" is a date)."""
    if len(words) < 2 or not (words[-1].text.isdigit() and len(words[-1].text) <= 3):
        return None
    k = run_start(words, len(words) - 1)
    named = words[k:-1]
    if not named or any(t.lower in MONTHS or is_weekday(t, lex) for t in named):
        return None
    return k


NUMBERED_TEXTS = frozenset(("Article", "Resolution", "Section", "Chapter", "Clause", "Paragraph", "Protocol"))


def numbered_part(words: Sequence[Token]) -> int | None:
    """Where a text's numbered part is named ("Article 5", "Security Council Resolution 2334",
    "Article 51 of the UN Charter"): the index of its word, after capitalised words only; None when
    the phrase is no such name."""
    part = next((k for k, t in enumerate(words[:-1]) if t.text in NUMBERED_TEXTS and words[k + 1].text.isdigit()), None)
    if part is None or not all(t.capitalized for t in words[:part]):
        return None
    return part if len(words) == part + 2 or words[part + 2].lower == "of" else None
