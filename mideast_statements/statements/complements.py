"""Stage 3b — the complement: what follows a cue.

A that-clause or a bare clause, a quotation, or an object (a speech act: "condemned the strikes");
a listener ("told reporters") and adjuncts ("in a statement on Tuesday") may stand between the
verb and it. ``read_complement`` gives the frame and where the words begin; ``content`` then cuts
the words themselves. No complement (frame None): the cue reports what stands before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .asides import DASHES
from .candidates import AUX, QUOTING, Candidate
from .cues import CueHit
from .documents import issued_after
from .lexicon import Lexicon
from .listeners import (
    LISTENER_REACH,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    TELLING,
    listener_before_that,
    quote_formula,
    skip_addressee,
)
from .phrase_extent import is_plural
from .text import (
    FINITE_VERBS,
    LY_NOUNS,
    PERIODS,
    VERB_MARKS,
    Token,
    closing_comma,
    closing_mark,
    duration_end,
    last_word_index,
    quoted_span,
    titled_quote,
    uncontracted,
    verb_mark_in,
    verb_word,
    words,
)

__all__ = [
    "ARTICLE_TAKERS",
    "NOT_BEFORE_ED",
    "PERIODS",
    "SPOKEN_TO",
    "SUBORDINATORS",
    "Complement",
    "Frame",
    "as_clause",
    "closes_on_comma",
    "dash_summary",
    "name_then_end",
    "read_complement",
    "skip_date",
    "words_in",
]


Frame = Literal["that", "clause", "quote", "np"]
# "said if …" reports a condition more often than not (9 in 12 in the training data): "if" stays out
SUBORDINATORS = words("as while when after before because since although though until whereas once")
OBJECT_PRONOUNS = words("him her them us me it reporters journalists")
SPOKEN_TO = OBJECT_PRONOUNS - {"it"}
NEVER_SUBJECTS = words("him them us me")
DETERMINERS = words("a an the his her its their our this that these those last next")
# Words that start a clause after an adjunct's noun phrase: a subject pronoun, a determiner, an auxiliary.
CLAUSE_OPENERS = words(
    "he she it they we i there the a an his her its their this these those is are was were will would"
)
OBJECT_STARTS = words("a an the that to this these those his her its their our my no any some more")
NOT_BEFORE_ED = words("the a an his her its their of to by and or been be being has have had was were is are so")


@attrs.frozen(slots=True)
class Complement:
    """What follows a cue: its frame and first token (frame None: the cue reports what came before)."""

    frame: Frame | None
    start: int = 0
    dates: tuple[Token, ...] = ()  # adjuncts between verb and content ("on Tuesday")


POINTING_OBJECTS = words("what it this")


def _cue_with(lex: Lexicon, verb: str, particle: str) -> bool:
    """Is the verb form with this particle after it a cue of its own ("warned of", "called for")?"""
    cue = lex.cue_at((verb, particle), 0) if particle in ("of", "for", "on", "against", "to") else None
    return cue is not None and cue.words == (verb, particle)


def _that_past_relative(tokens: Sequence[Token], lowers: Sequence[str], k: int) -> Complement:
    """After a noun, "that" and an auxiliary at ``k`` open the noun's relative clause ("the confusion
    that has surrounded the talks"): the clause reported starts at a later "that" in the sentence
    ("told the crowd that had gathered outside that …") or the quotation after a colon ("replied
    with a phrase that could have come from X: “…”"), else nothing is reported."""
    for m in range(k + 2, len(tokens)):
        if tokens[m].text == ":" and m + 1 < len(tokens) and tokens[m + 1].kind == "quote":
            return Complement("quote", m + 1)
        if tokens[m].kind == "quote" or tokens[m].text in (";", ":"):
            break  # the sentence's own words go on in a quotation or another clause
        if lowers[m] == "that" and m + 1 < len(tokens) and lowers[m + 1] not in AUX and tokens[m + 1].is_word:
            return Complement("that", m + 1)
    return Complement(None)


def _past_verb(tokens: Sequence[Token], k: int) -> bool:
    """A past verb at ``k`` right after "that", which then has no subject of its own: a past form
    before its object, an article, possessive, object pronoun or name ("that gave President X", "that
    ended the talks"; in "that armed groups …", "that paid speeches …" it is a describing word)."""
    if not verb_word(tokens[k]) or tokens[k].lower in AUX or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.lower in OBJECT_OPENERS or (after.capitalized and after.lower != "i")


OBJECT_OPENERS = DETERMINERS | words("him them us me it")


def _opens_subject(tok: Token) -> bool:
    """A word that can open a clause's subject ("his policy", "the plan", "Moscow", "it"), not a
    participle going on with the sentence ("…, revealing that …")."""
    return tok.is_word and (tok.capitalized or tok.lower in SUBJECT_OPENERS)


SUBJECT_OPENERS = words("he she it they we i you his her its their our my the a an this that these those")


MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."
)


def skip_date(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    """Past a date right after a verb, AP style: "said Tuesday that", "said Tuesday night",
    "said Nov. 7", "said last week", "said yesterday", and as translated copy writes it: "said this
    Monday that"."""
    n = len(tokens)
    k = j
    while k < n:
        low = tokens[k].lower
        if low in lex.days or low in ("today", "yesterday", "tonight"):
            k += 1
            if k < n and tokens[k].lower in PERIODS:
                k += 1
        elif low in ("last", "this", "next", "earlier", "later") and k + 1 < n and tokens[k + 1].lower in PERIODS:
            k += 2
        elif low == "that" and k + 2 < n and tokens[k + 1].lower in PERIODS and not verb_word(tokens[k + 2]):
            k += 2  # "reported that night X testifies …" ("said that night was …": the clause's subject)
        elif low in ("late", "early") and k + 1 < n and tokens[k + 1].lower in lex.weekdays:
            k += 1  # "reported late Thursday": the day is read next time round
        elif (
            low in ("last", "this", "past")
            and k + 1 < n
            and (
                tokens[k + 1].lower in lex.weekdays
                or (
                    low == "this"
                    and tokens[k + 1].lower == "past"
                    and k + 2 < n
                    and tokens[k + 2].lower in lex.weekdays
                )
            )
        ):
            k += 1  # "said this Monday that", "last Friday": the day is read next time round
        elif (
            low in MONTHS
            and tokens[k].capitalized
            and k + 1 < n
            and (
                tokens[k + 1].text[:1].isdigit()
                or (tokens[k + 1].text == "." and k + 2 < n and tokens[k + 2].text[:1].isdigit())
            )
        ):
            k += 2 if tokens[k + 1].text != "." else 3
            if k + 1 < n and tokens[k].text == "," and tokens[k + 1].text.isdigit():
                k += 2
        elif (span := _time_later(tokens, k)) > k:
            k = span  # "responded hours later", "a day later", "two weeks earlier"
        else:
            break
    return k


LATER = words("later earlier afterwards after before")
SPAN_UNITS = words("minutes hours days weeks months years minute hour day week month year")


def _time_later(tokens: Sequence[Token], k: int) -> int:
    """Past "hours later", "a day later", "a few days later", "two weeks earlier" at ``k`` (``k`` when
    there is none)."""
    n = len(tokens)
    j = k
    while j + 1 < n and j - k < 2 and tokens[j].lower in SPAN_COUNTS:
        j += 1  # "a few days later"
    if j + 1 < n and tokens[j].lower in SPAN_UNITS and tokens[j + 1].lower in LATER:
        after = tokens[j + 2] if j + 2 < n else None
        # "a day after the strike" opens an adjunct, no date alone
        if tokens[j + 1].lower in ("after", "before") and after is not None and after.is_word:
            return k
        return j + 2
    return k


SPAN_COUNTS = words("a an one two three four five six several few some")


def _infinitive(tokens: Sequence[Token], k: int) -> bool:
    """ "to resume talks" (an infinitive) rather than "to reporters", "to the BBC", "to him"."""
    if tokens[k].lower != "to" or k + 1 >= len(tokens):
        return False
    if k and tokens[k - 1].lower in ("due", "owing", "prior", "thanks"):
        return False  # "due to restrictions": a compound preposition
    after = tokens[k + 1]
    return (
        after.is_word
        and not after.capitalized
        and after.lower not in DETERMINERS
        and after.lower not in OBJECT_PRONOUNS
        and after.lower not in WH_WORDS  # "to what he called …": a preposition and its object
        and not is_plural(after.lower)  # "in a response to questions from …": a plural noun, no verb
    )


def _quoted_infinitive(tokens: Sequence[Token], k: int) -> bool:
    """ "to" and a quotation opening on a lower-case word that is no determiner or pronoun."""
    if k + 1 >= len(tokens) or tokens[k].lower != "to" or tokens[k + 1].kind != "quote":
        return False
    quote = tokens[k + 1]
    a, b = quoted_span(quote)
    first = quote.text[a - quote.start : b - quote.start].split(" ", 1)[0]
    return first[:1].islower() and first not in DETERMINERS and first not in OBJECT_PRONOUNS | WH_WORDS


def _as_description(tokens: Sequence[Token], k: int) -> bool:
    """ "as" at ``k`` and a description, not a clause: a quotation, an article, or one lower-case
    word that ends the clause ("rejected as baseless.")."""
    if k + 1 >= len(tokens) or tokens[k].lower != "as":
        return False
    after = tokens[k + 1]
    if after.kind == "quote" or after.lower in ("a", "an", "the"):
        return True
    ends = k + 2 >= len(tokens) or tokens[k + 2].kind == "punct"
    return after.is_word and not after.capitalized and after.lower not in SUBJECT_PRONOUNS and ends


WH_WORDS = words("what which whom whose where whoever whatever how")


def _skip_adjuncts(tokens: Sequence[Token], j: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> int:
    """Past adjuncts between a verb and its content: "in a statement on Wednesday", "this month",
    "following a meeting in X". Each is an opener and one noun phrase; a pronoun, a determiner or an
    auxiliary after the phrase's noun starts the content ("said in a statement it would appeal")."""
    n = len(tokens)
    k = j
    if j < n and tokens[j].lower == "for":  # "argued for decades that …"
        k = j + duration_end([t.lower for t in tokens[j : j + 8]], 0)
    while k < n and tokens[k].lower in lex.adjunct_openers and not (_infinitive(tokens, k) or _approximate(tokens, k)):
        if tokens[k].lower == "this" and (k + 1 >= n or tokens[k + 1].lower not in PERIODS):
            break  # "say this is just a rough patch": the pronoun opens the clause ("this week" is a time)
        if tokens[k].lower in SUBORDINATORS and k + 1 < n and uncontracted(tokens[k + 1].lower) in SUBJECT_PRONOUNS:
            # "as X suggested after she swept the south": a clause of time, no adjunct; "told the Post
            # before he spoke that …": the reported clause follows it
            that = next(
                (m for m in range(k + 2, min(n, k + 14)) if not tokens[m].is_word or tokens[m].lower == "that"), n
            )
            return that if that < n and tokens[that].lower == "that" else k
        k += 1
        if k < n and tokens[k].is_word and not tokens[k].capitalized and tokens[k].lower.endswith("ing"):
            if k + 1 < n and tokens[k + 1].lower == "that":
                return j  # "continued after determining that …": the clause is the gerund's, not the verb's
            while k < n and tokens[k].is_word and tokens[k].lower != "that" and not is_cue(k):
                k += 1  # "said in posing the question": a gerund phrase is all adjunct
            continue
        noun = False
        # a title in marks stays in the phrase ("on the MSNBC show 'Morning Joe' that")
        while k < n and k - j < 14 and (tokens[k].is_word or tokens[k].text in "-’'." or titled_quote(tokens, k)):
            low = tokens[k].lower
            if low == "that":
                return k
            if is_cue(k) and not issued_after(tokens, k, lex):  # "in an interview published on Sunday" goes on
                return j
            # an article after "for" goes on the phrase ("in an op-ed for the Marrah Times that")
            if noun and (low in CLAUSE_OPENERS or low in lex.adjunct_openers) and tokens[k - 1].lower != "for":
                break
            if noun and low in ("the", "a", "an") and tokens[k - 1].lower not in lex.adjunct_openers | ARTICLE_TAKERS:
                break  # "stressed during his meeting with a delegation the importance of …": the object's article
            noun = noun or (low not in DETERMINERS and low != "of")  # "ahead of the vote that": "of" is no noun
            k += 1
        if k < n and not tokens[k].is_word:
            break
    return k


ARTICLE_TAKERS = words("for of to with by from into about over than")  # "an op-ed for the Marrah Times"
APPROXIMATORS = words("about around nearly almost roughly over")
AMOUNTS = words("half one two three four five six seven eight nine ten dozen dozens hundreds thousands")
FRACTIONS = words("third quarter fifth dozen half")  # "about a third of …"


def _approximate(tokens: Sequence[Token], k: int) -> bool:
    """ "said about half of the …", "said nearly 40 people …", "said at least 12 people …": words
    before an amount that open the content, no preposition."""
    if tokens[k].lower == "at" and k + 2 < len(tokens) and tokens[k + 1].lower in ("least", "most"):
        k += 1  # "at least" is one approximator, as "nearly" is
    elif tokens[k].lower not in APPROXIMATORS or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.lower in ("a", "an"):
        return k + 2 < len(tokens) and tokens[k + 2].lower in FRACTIONS
    return after.text[:1].isdigit() or (after.lower in AMOUNTS and not after.capitalized)


def _clausal(tokens: Sequence[Token], s: int, is_cue: Callable[[int], bool]) -> bool:
    """Does a finite clause start at s ("the talks failed", "he would…", "the dam held", "Russia
    wants a deal")? A subject pronoun or auxiliary first, or a finite verb in the first words: an
    auxiliary, an -ed form not after a determiner, an irregular past, or an -s form followed by its
    object ("wants a", "says that")."""
    n = len(tokens)
    if s < n and tokens[s].kind == "quote":
        return _strongly_clausal(tokens, s)
    if s >= n or not tokens[s].is_word:
        return False
    first = tokens[s].lower
    if uncontracted(first) in SUBJECT_PRONOUNS or first in AUX:  # "he’s at least …"
        return True
    if not tokens[s].capitalized and (first.endswith("ed") or first.endswith("ing")):
        return True
    for k in range(s + 1, min(n, s + 12)):
        tok = tokens[k]
        if not tok.is_word:
            if tok.text in ",;:" or tok.kind == "quote":
                break
            continue
        low = tok.lower
        if low in ("where", "which", "who", "whom", "whose", "that") or is_cue(k):
            break  # a later cue ("… and said …") is the subject's verb, not the content's
        if tok.capitalized:
            continue
        if low in AUX or low in FINITE_VERBS:
            return True
        before = tokens[k - 1].lower
        if low.endswith("ed") and before not in NOT_BEFORE_ED:
            return True
        after = tokens[k + 1].lower if k + 1 < n else ""
        plural = low.endswith(("ss", "us", "is"))
        if low.endswith("s") and not plural and before not in NOT_BEFORE_ED and after in OBJECT_STARTS:
            return True
    return False


def _strongly_clausal(tokens: Sequence[Token], a: int) -> bool:
    if a >= len(tokens):
        return False
    if tokens[a].kind == "quote":
        # 'acknowledged "it will be very hard to win"': a quotation that opens with a subject pronoun is a clause
        q, _ = quoted_span(tokens[a])
        first = tokens[a].text[q - tokens[a].start :].split(maxsplit=1)[:1]
        word = uncontracted(first[0]) if first else ""
        return word in QUOTED_SUBJECTS or word == "I"
    if uncontracted(tokens[a].lower) in SUBJECT_PRONOUNS:
        return True
    for t in tokens[a : a + 6]:
        if t.lower == "that":
            return False  # "rejected Israeli claims that it was …": the auxiliary is the noun's clause's
        if t.is_word and not t.capitalized and t.lower in AUX:
            return True
    return False


# lower case: a capital may open a title or a name ("We the People"); a cut into a sentence is lower case
QUOTED_SUBJECTS = words("i we you he she they it there")


def _opens_clause(tokens: Sequence[Token], a: int, lex: Lexicon, addressee: bool) -> bool:
    """Whether the word at ``a`` may open a reported clause. A listener noun may not after a verb
    that takes a listener ("told reporters"); after one that takes none, it is the clause's subject
    ("said her family asked for privacy", "said officials were told"), unless it is an object pronoun.
    Called after the listener is read, so a pronoun there opens the clause ("told reporters her country …")."""
    if a < len(tokens) and tokens[a].kind == "quote":  # 'said "local forces" must lead', 'said “there is …”'
        return not titled_quote(tokens, a)
    if a >= len(tokens) or not tokens[a].is_word:
        return False
    low = tokens[a].lower
    listener = low in NEVER_SUBJECTS if not addressee else low in lex.addressee_nouns and low not in PRONOUNS
    return low not in lex.adjunct_openers and not listener and low not in lex.weekdays


DAY_REACH = 12  # words of place between a closing verb and the day that ends its sentence


def _closing_day(
    tokens: Sequence[Token], lowers: Sequence[str], k: int, lex: Lexicon, is_cue: Callable[[int], bool]
) -> tuple[int, int]:
    """'"…," X told party members at its headquarters in Ankara on Wednesday.': the day that ends
    the sentence after the verb's places; (k, k) when there is none."""
    last = last_word_index(tokens)
    for m in range(k, min(last, k + DAY_REACH)):
        if not tokens[m].is_word or is_cue(m):
            break
        if lowers[m] == "on" and (e := skip_date(tokens, m + 1, lex)) > last:
            return m + 1, e
    return k, k


def read_complement(
    tokens: Sequence[Token],
    lowers: Sequence[str],
    hit: CueHit,
    subject: Candidate,
    next_cue: int | None,
    lex: Lexicon,
    is_cue: Callable[[int], bool],
) -> Complement:
    """The frame and first token of what ``hit`` reports after it (``next_cue``: the index of the
    sentence's next cue, if any)."""
    n = len(tokens)
    frames = hit.cue.frames
    j = hit.stop
    if (
        j < n - 1
        and tokens[j].kind == "punct"
        and tokens[j].text in VERB_MARKS
        and tokens[j + 1].is_word
        and verb_mark_in(tokens, hit.index - 3, hit.index)  # its opening mark stands before the verb
    ):
        j += 1  # 'The ministry "strongly condemned" the raid': the verb's closing mark
    if subject.relation == "inverted":
        return Complement(None)  # '"…?" asked Trump': the quotation is what it reports (its reading dates it)
    if j < n and lowers[j] in ("and", "or", "but"):
        return Complement(None)  # "reports and confirms that …": the verb after "and" reports it
    # 'Although X admitted they had "been friends," he claimed they …', 'Citing "obligations at home,"
    # the spokeswoman told the Herald that …': a quotation inside an opening clause is not what the
    # verb reports when a clause or a listener follows the verb
    embedded = (
        j < n
        and (
            lowers[j] in SUBJECT_PRONOUNS | {"that", "the", "a", "an"}
            or (hit.cue.addressee and tokens[j].is_word)
            or (tokens[j].text == ":" and j + 1 < n and tokens[j + 1].kind == "quote")  # 'X said: "…"'
            or (tokens[j].capitalized and lowers[j] not in lex.weekdays and lowers[j] not in MONTHS)
        )
        and _quote_in_clause(tokens, subject.start)
    )
    if (
        subject.relation == "subject"
        and subject.start is not None
        and _after_quotation(tokens, subject.start)
        and not embedded
    ):
        # '"…?" Trump asked reporters during …': the quotation is what it reports; '"…," Vale said
        # Monday.', '… said on Monday.': the day after the verb dates it
        k = skip_addressee(tokens, j, lex) if hit.cue.addressee else j  # "told reporters on Monday"
        k = k + 1 if k < n and lowers[k] == "on" else k
        e = skip_date(tokens, k, lex)
        if e == k:
            k, e = _closing_day(tokens, lowers, k, lex, is_cue)
        return Complement(None, dates=tuple(tokens[k:e]))
    start = subject.start if subject.relation == "subject" else None
    if hit.cue.act_share < 0.5 and start is not None and name_then_end(tokens, j) and _closing(tokens, start):
        return Complement(None)  # "…, there is no need to move them, Vale wrote Lind.": Lind was written to
    if start is not None and _closing(tokens, start):
        d = skip_date(tokens, j + 1 if lowers[j : j + 1] == ["on"] else j, lex)
        if dash_summary(tokens, d):
            # "Clause, the office reported on Tuesday — a development that …": the dash opens the
            # writer's word on the clause before, which is what was reported
            return Complement(None, dates=tuple(tokens[j:d]) if d > j else ())
    if lowers[hit.index] in QUOTING and next_cue is not None and lowers[next_cue - 1] == "as":
        return Complement(None)  # "The agency quoted Tal Vesper as saying …": what is reported is Vesper's
    dated = skip_date(tokens, j + 1 if lowers[j : j + 1] == ["on"] else j, lex)
    if j < dated < n - 1 and _cue_with(lex, lowers[hit.index], lowers[dated]) and hit.stop == hit.index + 1:
        # "warned today of the consequences", "called on Monday for an end to …": the verb's own
        # preposition after the date opens the object
        return Complement("np", dated + 1, tuple(tokens[j:dated]))
    m = skip_addressee(tokens, j, lex) if hit.cue.addressee else j
    m = quote_formula(tokens, lowers, m)  # 'said, and I quote, "…"'
    if hit.cue.lemma in TELLING and m == j:
        m = listener_before_that(tokens, lowers, j)
    while (
        m < n - 1
        and (_manner_adverb(tokens[m]) or lowers[m] == "only")
        and (lowers[m + 1] == "that" or tokens[m + 1].text in ASIDE)
    ):
        m += 1  # "argued emphatically - rebuking X - that …", "said quietly that …", "saying only that …"
    if m < n and lowers[m] == "that" and _that_thing(tokens, m, is_cue):
        # "rejected that claim.": "that" points at a thing, no clause follows ("dispute that account.":
        # a verb with no object frame reports nothing)
        return Complement("np", m) if "np" in frames else Complement(None)
    # "released a statement that said …": after a cue that ends in its noun, "that" is the noun's
    noun_cue = m == j and hit.cue.words[-1] == "statement"
    if (
        m < n
        and lowers[m] == "that"
        and lowers[m + 1 : m + 2]
        and (lowers[m + 1] in AUX or _past_verb(tokens, m + 1) or (noun_cue and is_cue(m + 1)))
    ):
        if (m == j and not noun_cue) or lowers[m - 1] in PRONOUNS or is_plural(lowers[m - 1]):
            # "said that was a mistake", "told reporters that was …": "that" is the clause's subject
            return Complement("that", m)
        # "told the crowd that had gathered …", "released a statement that said …": "that" opens the
        # noun's relative clause, whose own verb reports
        return _that_past_relative(tokens, lowers, m)
    if m + 2 < n and lowers[m] == "that" and lowers[m + 1] in PERIODS:
        frame: Frame = "clause" if "clause" in frames else "that"
        after = tokens[m + 2]
        if after.lower in ("and", "or", "but", ",", "."):
            return Complement(None)  # "wrote songs that summer and sent …": a date ends what it reports
        if after.capitalized or after.lower in DETERMINERS or uncontracted(after.lower) in SUBJECT_PRONOUNS:
            return Complement(frame, m + 2, tuple(tokens[m : m + 2]))  # "reported that night X testifies …"
        # "said that night was the worst", "that week after week …": "that" opens the clause's phrase
        return Complement(frame, m)
    if m < n and lowers[m] == "that":
        dated = m > j and skip_date(tokens, j, lex) == m  # "warned Thursday that"
        opening = m + 2 if m + 2 < n and tokens[m + 1].text == "," else m + 1  # "said that, if elected, …"
        return Complement("that", opening, tuple(tokens[j:m]) if dated else ())
    if "clause" in frames and m == j and _conditional_aside(tokens, lowers, m):
        return Complement("clause", m + 1)  # "said, if elected, she would act": the condition is said too
    if (
        "clause" in frames
        and m + 2 < n
        and tokens[m].text == ":"
        and tokens[m + 1].is_word
        and tokens[m + 1].capitalized
        and tokens[m + 2].is_word
    ):
        return Complement("clause", m + 1)  # "A reporter asked: Did they talk about …?": the words, unquoted
    if hit.cue.lemma in ASKING:
        # "asked whether candidates supported the bill", "asked the minister if …": the question asked,
        # after the one asked
        w = next((k for k in range(m, min(n, m + ASKED_REACH)) if lowers[k] in ("whether", "if")), None)
        if w is not None and all(tokens[x].is_word for x in range(m, w)):
            return Complement("clause", w)
    if (
        hit.cue.lemma in TELLING
        and j < m < n - 1
        and tokens[m].text == ","
        and _opens_subject(tokens[m + 1])
        and _strongly_clausal(tokens, m + 1)
    ):
        return Complement("clause", m + 1)  # "Trump told CNN, his policy would be …": a listener, then the clause
    after_aside = _that_after_aside(tokens, lowers, m, lex)  # "said, without evidence, that …", "said — on X — that …"
    if after_aside is not None:
        return Complement("that", after_aside)
    after_source = _clause_after_according(tokens, lowers, m)
    if after_source is not None and "clause" in frames:
        return Complement("clause", after_source)  # "reported, according to sources, Vale tried …"
    object_after = _object_after_aside(tokens, lowers, m)
    if object_after is not None and "np" in frames and hit.cue.act_share >= 0.5:
        return Complement("np", object_after)  # "described, in blistering terms, a set of practices …"
    if object_after is not None and "clause" in frames and hit.cue.clause_share >= 0.6:
        return Complement("clause", object_after)  # "said, in a statement, the talks had failed"
    if "np" in frames and j < m < n - 1 and lowers[m] in ("of", "about"):
        return Complement("np", m + 1)  # "informed the prime minister of the steps …"
    if "np" in frames and hit.cue.act_share >= 0.5 and m == j and _quoted_infinitive(tokens, m):
        return Complement("np", m)  # 'vowed to "respond decisively" to …': the infinitive in the source's words
    a = _skip_adjuncts(tokens, skip_date(tokens, m, lex), lex, is_cue)
    dates = tuple(tokens[m:a])
    if a + 1 < n and tokens[a].text == "," and as_clause(tokens, subject) and _as_opens(tokens, subject.start or 0):
        # "As the paper noted, it is surprising …", "and as Comey noted, people …" ('"…," as she put it
        # on Monday in X, where …': after a quotation the words are the quotation)
        return Complement("clause", a + 1, dates)
    if a > m and a < n and lowers[a] == "that":
        if a + 1 < n and (lowers[a + 1] in AUX or (a > j and _past_verb(tokens, a + 1))):
            # "added to the confusion that has surrounded …", "wrote a bill that gave …": the noun's relative
            return _that_past_relative(tokens, lowers, a)
        return Complement("that", a + 1, dates)
    after_aside = _that_after_aside(tokens, lowers, a, lex) if a > m else None
    if after_aside is not None:  # "wrote on X, formerly Twitter, that …": an aside after the adjunct
        return Complement("that", after_aside, dates)
    object_after = _object_after_aside(tokens, lowers, a) if a > m else None
    if object_after is not None and "clause" in frames and _strongly_clausal(tokens, object_after):
        # "reported on Monday, based on the count, the nominee will be …": an auxiliary shows the clause
        return Complement("clause", object_after, dates)
    q = a
    if a + 2 < n and lowers[a] in SPOKEN_TO and tokens[a + 1].text in (":", ",") and tokens[a + 2].kind == "quote":
        q = a + 1  # 'chiding him, "What difference does it make?"': the one spoken to, then the words
    last = last_word_index(tokens)
    quote_next = (
        q + 1 < n and tokens[q].text in (":", ",") and tokens[q + 1].kind == "quote" and not titled_quote(tokens, q + 1)
    )
    # 'said: "…"', 'said, "You tell me," repeatedly, before …': the quotation is the content
    if quote_next and (q + 1 == last or (q + 2 < n and tokens[q + 2].text == ",") or closes_on_comma(tokens[q + 1])):
        return Complement("quote", q + 1, dates)
    if quote_next and "clause" in frames and (next_cue is None or next_cue > last):
        return Complement("clause", q + 1, dates)  # 'said, “I have not heard that concern” from …': mixed
    if (
        # 'apologized for what happened: "…"': after an object that only points at them ("what
        # happened", "it") and a colon, the closing quotation is the words, whatever frames the verb takes
        ("quote" in frames or (tokens[last - 1].text == ":" and lowers[m] in POINTING_OBJECTS))
        and last > hit.index
        and tokens[last].kind == "quote"
        and (next_cue is None or next_cue > last)
        and not titled_quote(tokens, last)
        and not _closing(tokens, subject.start if subject.start is not None else hit.index)
    ):
        a_quote, b_quote = quoted_span(tokens[last])
        content = tokens[last].text[a_quote - tokens[last].start : b_quote - tokens[last].start]
        # a closing quotation that is a whole sentence after a listener ('told the mayors who came,
        # "no one should …."') is the words though it opens in lower case: a cut into the sentence
        whole = (
            hit.cue.lemma in TELLING
            and tokens[last - 1].text in (",", ":")
            and all(t.is_word for t in tokens[a : last - 1])
            and last - 1 - a <= LISTENER_REACH
            and content[-1:] in ".?!"
            and len(content.split()) >= 4
        )
        if (content[:1].isupper() or whole) and (q == last or _short_gap(tokens, a, last)):
            return Complement("quote", last, dates)
        first = next((m for m in range(a, last) if tokens[m].kind == "quote"), None)
        if first is not None and first > a and tokens[first - 1].text == "," and _short_gap(tokens, a, first):
            # 'chanted back at him, "Send them home," and "Build the wall."': quotations in a row after
            # the verb's adjuncts are the words, from the first
            return Complement("clause", first, dates)
    described = subject.relation == "subject" and _as_description(tokens, a)  # its own subject, before it
    if "np" in frames and hit.cue.act_share >= 0.5 and a == j and described:
        # "a move Volkova dismissed as "a whitewash"": the object stands before (a relative's gap);
        # what the speaker called it follows "as"
        return Complement("np", a, dates)
    if a < n and lowers[a] in SUBORDINATORS:
        return Complement(None, 0, dates)  # "said as he left", "said while visiting": no reported clause
    if a < n and lowers[a] in NOUN_OWN_VERBS and lowers[hit.index].endswith("ed") and subject.relation == "subject":
        # "The plan rejected on Monday was similar to …": the participle describes its noun, whose own
        # verb follows; nothing is reported
        return Complement(None, 0, dates)
    if _only_adverbs(tokens, m, lex):
        return Complement(None, 0, dates)  # "reported just today.", "noted recently in New York magazine."
    # a verb whose contents are mostly objects ("accused him of publishing documents related to …")
    # reads a clause only on strong evidence: a subject pronoun or an auxiliary in its first words
    # (a verb ending in its preposition, "called for", "called on", takes an object whatever follows it)
    object_first = "np" in frames and (
        (hit.cue.act_share >= 0.5 and not _strongly_clausal(tokens, a)) or hit.cue.words[-1] in PREPOSITION_ENDS
    )
    # after a verb whose training contents were nearly always clauses ("said"), any words that are
    # no adjunct or listener begin the clause ("said the dam held"); after others, a verb must show
    clause_verb = (
        (hit.cue.clause_share >= 0.6 or "np" not in frames)
        and not (hit.cue.addressee and m == j)  # "told our correspondent": a listener, not a clause
        and _opens_clause(tokens, a, lex, hit.cue.addressee)
    )
    if (
        clause_verb
        and hit.cue.clause_share < 0.6
        and lowers[a] in ("a", "an")
        and (next_cue is None or next_cue - a > 3)  # "wrote a letter urging …": the participle reports
        and not _clausal(tokens, a, is_cue)
    ):
        # "revealed a variety of dynamics": after a verb seldom followed by a bare clause, "a" and no
        # verb show an object, whatever frames the training data gave it
        return Complement("np", a, dates)
    if "clause" in frames and not object_first and (clause_verb or _clausal(tokens, a, is_cue)):
        return Complement("clause", a, dates)
    listener = m > j and tokens[j].lower not in lex.weekdays and tokens[j].lower not in lex.adjunct_openers
    if "np" in frames and hit.cue.act_share >= 0.3 and not listener and j < a < n and _infinitive(tokens, a):
        # "promised Sunday at a rally to end …" (after a listener, "urged the council in X to …" keeps it)
        return Complement("np", a, dates)
    if "np" in frames and hit.cue.act_share >= 0.5 and j < a < n and _object_after_adjunct(tokens, j, a, lex):
        return Complement("np", a, dates)  # "rejected through a communiqué the measures …": the object after it
    on_day = j + 2 < n and lowers[j] == "on" and lowers[j + 1] in lex.weekdays
    if "np" in frames and hit.cue.act_share >= 0.5 and on_day:
        # translated word order: "rejected on Wednesday the measures imposed by …"
        k = skip_date(tokens, j + 1, lex)
        if k < n and (lowers[k] in ("the", "a", "an", "all", "any") or tokens[k].kind == "quote"):
            return Complement("np", k, dates)
    j = skip_date(tokens, j, lex)  # "pledged Wednesday to release …"
    if (
        "np" in frames
        and j < n
        and (tokens[j].is_word or tokens[j].kind == "quote" or _sum_of_money(tokens, j))
        and (tokens[j].lower not in lex.adjunct_openers or tokens[j].lower == "to")
    ):
        if tokens[j].lower in ("that", "this", "it", "so") and j + 1 < n and tokens[j + 1].kind == "punct":
            return Complement(None, 0, dates)
        return Complement("np", j, dates)
    return Complement(None, 0, dates)


PREPOSITION_ENDS = words("for on upon against at")
SUMMING_OPENERS = words("a an another one the this")  # "— a move that …", "— the latest sign of …"


def dash_summary(tokens: Sequence[Token], d: int) -> bool:
    """Does a dash at ``d`` ("—", "--") open the writer's summing-up of the clause before ("— a move
    that …")?"""
    e = d
    while e < len(tokens) and tokens[e].text in DASHES:
        e += 1
    return d < e < len(tokens) and tokens[e].lower in SUMMING_OPENERS


def _that_thing(tokens: Sequence[Token], m: int, is_cue: Callable[[int], bool]) -> bool:
    """After "that" at ``m``, a few words and the sentence's end with no verb ("that claim.")."""
    k = m + 1
    while k < len(tokens) and tokens[k].is_word and k - m <= 4:  # a fifth word is already too many
        k += 1
    ends = k == len(tokens) or tokens[k].text in ".;!?"
    if not (0 < k - m - 1 <= 3 and ends and not tokens[m + 1].capitalized):
        return False
    # "reject that reading.", "that ruling.": one -ing word alone is a noun, no clause
    lone = k - m - 1 == 1 and tokens[m + 1].lower.endswith("ing")
    return lone or not _clausal(tokens, m + 1, is_cue)


def _object_after_adjunct(tokens: Sequence[Token], j: int, a: int, lex: Lexicon) -> bool:
    """An adjunct of manner right after the verb, then its object ("rejected through a communiqué the
    measures", "condemned in the strongest terms the attack"): an article or a quotation opens it."""
    return tokens[j].lower in ("through", "in", "via", "with", "during", "at") and (
        tokens[a].lower in ("the", "a", "an", "all", "any") or tokens[a].kind == "quote"
    )


def _sum_of_money(tokens: Sequence[Token], j: int) -> bool:
    """ "pledged $50 million in aid": a currency sign and a number open an object."""
    return tokens[j].text in CURRENCY_SIGNS and j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit()


CURRENCY_SIGNS = ("$", "€", "£", "¥")
ASKING = words("ask wonder inquire enquire question query")
ASKED_REACH = 6  # words for the one asked before "whether"
NOUN_OWN_VERBS = words("was were is are has have had will would")


def _as_opens(tokens: Sequence[Token], s: int) -> bool:
    """Does the "as" before the speaker phrase at ``s`` open the clause after it ("As X noted, …",
    "In May, as X reported, …"), rather than close a quotation before it ('"…," as she put it')?"""
    return s < 2 or tokens[s - 2].kind != "quote"


def as_clause(tokens: Sequence[Token], subject: Candidate) -> bool:
    """Does "as" open the speaker's clause ("As the paper noted, …", "…, as Vale said.")?"""
    s = subject.start
    return subject.relation == "subject" and s is not None and s >= 1 and tokens[s - 1].lower == "as"


ASIDE = {",": ",", "—": "—", "–": "–", "-": "-", "(": ")"}  # what opens an aside after a verb, and what closes it


def _that_after_aside(tokens: Sequence[Token], lowers: Sequence[str], m: int, lex: Lexicon) -> int | None:
    """Where the clause starts when an aside of a few words at ``m`` is closed by its mark and "that"."""
    n = len(tokens)
    if m >= n or tokens[m].text not in ASIDE:
        return None
    close = next((c for c in range(m + 1, min(m + 10, n)) if tokens[c].text == ASIDE[tokens[m].text]), m + 1)
    if close == m + 1:
        return None
    k = close + 1
    if lowers[k : k + 1] == ["on"]:
        k = skip_date(tokens, k + 1, lex)  # "told investors of X, the group's parent, on Oct. 31 that …"
    return k + 1 if lowers[k : k + 1] == ["that"] else None


VERB_ASIDE_OPENERS = words("in on at during with without however after before among for based")


def _object_after_aside(tokens: Sequence[Token], lowers: Sequence[str], m: int) -> int | None:
    """Where the object or clause starts after an aside of plain words between commas right after
    the verb ("in blistering terms", "without evidence"), when a determiner or a subject pronoun
    opens it."""
    if m + 1 >= len(tokens) or tokens[m].text != "," or lowers[m + 1] not in VERB_ASIDE_OPENERS:
        return None
    close = closing_comma(tokens, m + 1, min(m + 8, len(tokens) - 1))
    if close is None:
        return None
    return close + 1 if lowers[close + 1] in DETERMINERS or lowers[close + 1] in SUBJECT_PRONOUNS else None


def _clause_after_according(tokens: Sequence[Token], lowers: Sequence[str], m: int) -> int | None:
    """Where a clause starts after an "according to" aside between commas right after the verb
    ("reported, according to sources in the meetings, Vale tried …"): a subject, then a verb."""
    n = len(tokens)
    if m + 4 >= n or tokens[m].text != "," or lowers[m + 1] != "according" or lowers[m + 2] != "to":
        return None
    close = closing_comma(tokens, m + 3, min(m + 14, n - 1))
    if close is None or not (tokens[close + 1].is_word or tokens[close + 1].kind == "quote"):
        return None
    verb = any(verb_word(t) for t in tokens[close + 2 : close + 8])
    return close + 1 if verb and lowers[close + 1] not in ("and", "but", "or") else None


def _only_adverbs(tokens: Sequence[Token], m: int, lex: Lexicon) -> bool:
    """Adverbs and adjuncts only from m to the sentence's end: the verb reports nothing after it."""
    k = m
    while k < len(tokens) and tokens[k].is_word and (_manner_adverb(tokens[k]) or tokens[k].lower in TIME_ADVERBS):
        k += 1
    if k == m:
        return False
    k = _skip_adjuncts(tokens, skip_date(tokens, k, lex), lex, lambda _: False)
    return k >= len(tokens) or (tokens[k].text in ".!?" and k == len(tokens) - 1)


TIME_ADVERBS = words("just today yesterday tonight live daily again also still now then here there once twice")


def _manner_adverb(tok: Token) -> bool:
    return tok.is_word and not tok.capitalized and tok.lower.endswith("ly") and tok.lower not in NOT_ADVERBS


NOT_ADVERBS = LY_NOUNS | words("only early likely")


def closes_on_comma(quote: Token) -> bool:
    """'"You tell me,"': the quotation's own words end on a comma; the sentence goes on after it."""
    return closing_mark(quote) == ","


def _after_quotation(tokens: Sequence[Token], s: int) -> bool:
    """The speaker phrase at ``s`` follows a quotation that closes on a comma, "?" or "!" ('"…,"
    he said', '"…?" she asked'), or a quotation and a comma ('"…", he said')."""
    if s >= 1 and tokens[s - 1].kind == "quote":
        return closing_mark(tokens[s - 1]) in (",", "?", "!", "…") and not titled_quote(tokens, s - 1)
    return s >= 2 and tokens[s - 1].text == "," and tokens[s - 2].kind == "quote" and not titled_quote(tokens, s - 2)


def _quote_in_clause(tokens: Sequence[Token], s: int | None) -> bool:
    """Is the quotation before the speaker phrase at ``s`` part of a clause ('Although X admitted
    they had "been friends," he claimed they …': words before it), not the words of the verb?"""
    q = s - 1 if s is not None and s >= 1 and tokens[s - 1].kind == "quote" else (s or 0) - 2
    if q < 1 or tokens[q].kind != "quote" or not tokens[q - 1].is_word:
        return False
    # "Citing "…," he said": an opening participle, capitalised because it opens the sentence
    return not tokens[q - 1].capitalized or (q == 1 and tokens[0].lower.endswith("ing"))


def _closing(tokens: Sequence[Token], s: int) -> bool:
    """'"…," the candidate said' / 'Clause, he said': the speaker phrase follows a comma after four
    words or a quotation, so the cue reports what stands before it."""
    if s < 2 or tokens[s - 1].text != ",":
        return False
    return tokens[s - 2].kind == "quote" or words_in(tokens, 0, s - 1, 4) >= 4


def name_then_end(tokens: Sequence[Token], j: int) -> bool:
    """A capitalised name of one to three words right after the verb, then the sentence's end."""
    e = j
    while e < len(tokens) and e - j < 3 and tokens[e].is_word and tokens[e].capitalized:
        e += 1
    return e > j and (e == len(tokens) or tokens[e].text in (".", "!", "?"))


CONDITIONS = words("if unless once when whenever")


def _conditional_aside(tokens: Sequence[Token], lowers: Sequence[str], m: int) -> bool:
    """ "said, if elected, she would …": a comma after the verb, a condition of a few plain words
    set off by commas, then a subject pronoun or a name and the clause's verb."""
    n = len(tokens)
    if not (m + 3 < n and tokens[m].text == "," and lowers[m + 1] in CONDITIONS):
        return False
    c = closing_comma(tokens, m + 2, min(n, m + 12))
    if c is None or c + 2 >= n:
        return False
    opener = tokens[c + 1]
    subject = (
        opener.lower in SUBJECT_PRONOUNS or opener.lower in ("the", "a", "an", "this", "these") or opener.capitalized
    )
    return subject and tokens[c + 2].is_word


def _short_gap(tokens: Sequence[Token], a: int, last: int) -> bool:
    """At most 14 words and no "that" between a verb's adjuncts and a closing quotation, nor another
    quotation ('said places "have …," while "X is …"': the quotations are parts of one clause); the
    count stops at the 15th word, so a long sentence costs no more than a short one."""
    return words_in(tokens, a, last, 15) <= 14 and all(t.lower != "that" and t.kind != "quote" for t in tokens[a:last])


def words_in(tokens: Sequence[Token], a: int, b: int, enough: int) -> int:
    """How many words tokens[a:b] hold, counted up to ``enough`` (no further: linear overall)."""
    count = 0
    for k in range(a, b):
        if tokens[k].is_word:
            count += 1
            if count >= enough:
                break
    return count
