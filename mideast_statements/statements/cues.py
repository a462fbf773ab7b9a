"""Stage 2 — cues: the speech verbs of a sentence, outside its quotations.

A cue is a form of a lexicon verb ("said", "pointed out", "calling for") standing as a verb: not
a noun ("the ministry's claim", "a call"), not an infinitive ("to say"), not passive ("was
accused"). Each hit records whether it is negated ("did not say", "declined to comment"): a
negated cue reports nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .lexicon import Cue, Lexicon
from .text import (
    PERIODS,
    POSSESSIVE_ENDS,
    SUBJECT_PRONOUNS,
    Token,
    bare_duration,
    closing_mark,
    duration_end,
    is_plural,
    uncontracted,
    words,
)

__all__ = ["UNNAMED", "CueHit", "find_cues", "lowered", "verb_position"]

NOUN_MARKERS = words("the a an his her its their this these those our my your most more less least very")
# "one tweet", "another call": a base form after them is a noun ("another notes", "each said" stay verbs)
SINGLE_MARKERS = words("one another each every")
PASSIVE_AUX = words("is are was were be been being")
# Prepositions before an -ing cue that make it no statement of the sentence's subject ("accused of
# saying", "known for calling"); after "by", "after", "before", "while", "when" the subject speaks,
# and so does one who "made a point of saying".
GERUND_BEFORE = words("with of for in on about without from than into against")
# verbs whose object is a gerund ("would keep supporting the talks"): an act's gerund after them is no
# report of its own ("kept saying that …" still reports)
ASPECT_VERBS = words(
    "keep keeps kept continue continues continued stop stops stopped start starts started began begin begins "
    "avoid avoided consider considered resume resumed"
)
# No finite verb follows these: a cue word after them is a noun
NOUN_AFTER_PREPOSITION = words("of for with from in at into about without against among between")
# "went on to say", "continued to insist": an infinitive cue that still reports speech
TO_CARRIERS = words(
    "on continued continues continue continuing went goes go going gone proceeded "
    "appeared appears appear seemed seems seem"  # "She appeared to imply that …": a hedged report is still hers
)
SO_FAR_AS = ["so", "far", "as"]  # "went so far as to say": the words before "to" that carry the verb too


@attrs.frozen(slots=True)
class CueHit:
    """A cue in a sentence: tokens [index, stop) of the sentence's token list."""

    index: int
    stop: int
    cue: Cue
    negated: bool = False


def lowered(tokens: Sequence[Token]) -> list[str]:
    """Lower-case words, with a quotation standing as one opaque mark no lexicon word can match."""
    return [t.lower if t.kind != "quote" else "\x00" for t in tokens]


def find_cues(tokens: Sequence[Token], lowers: Sequence[str], lex: Lexicon) -> list[CueHit]:
    hits: list[CueHit] = []
    i = 0
    n = len(tokens)
    quoted = "\x00" in lowers  # a quotation in the sentence: only then may a verb be read from its frame
    listed = lex.cues
    while i < n:
        low = lowers[i]
        if low not in listed and not (quoted or low in lex.that_only or low in READS):
            i += 1  # most words start no cue: one set lookup, not a call (the loop runs on every word)
            continue
        cue = lex.cue_at(lowers, i) if tokens[i].is_word else None
        if cue is None and quoted and (lowers[i].endswith("ed") or low in FRAMED_NOUNS) and _framed_verb(tokens, i):
            cue = Cue((lowers[i],), lowers[i], QUOTE_FRAME, participle=False, addressee=False, rate=FRAMED_RATE)
        if cue is None and lowers[i] in lex.that_only and i + 1 < n and lowers[i + 1] == "that":
            participle = lowers[i].endswith("ing")  # "is reporting that"
            cue = Cue((lowers[i],), lowers[i], THAT_FRAME, participle=participle, addressee=False, rate=FRAMED_RATE)
        if cue is None and lowers[i] in READS and i and lowers[i - 1] in lex.documents:
            # '"…," the statement read.', "the letter reads: …": what a document's words are
            cue = Cue((lowers[i],), "read", READ_FRAMES, participle=False, addressee=False)
        if cue is None:
            i += 1
            continue
        if len(cue.words) > 1 and (
            _date_after(lowers, i + len(cue.words), lex)
            or duration_end(lowers, i + len(cue.words) - 1) > i + len(cue.words) - 1
            or bare_duration(lowers, i + len(cue.words) - 1)  # "has pushed for months, but …"
        ):
            # "called on Monday for an end to …": "on" opens the date; "argued for decades that …": "for"
            # opens a span of time; the verb alone is the cue
            cue = next((c for c in listed.get(low, ()) if len(c.words) == 1), None)
            if cue is None:
                i += 1
                continue
        stop = i + len(cue.words)
        if stop < n and lowers[stop] in NOT_REPORTING.get(cue.lemma, ()):
            i = stop  # "write off capital investment", "called off the talks": a phrasal verb, no report
            continue
        if i and lowers[i - 1] == "," and not cue.participle and _by_agent(tokens, lowers, stop):
            i = stop  # "X, a staffer, backed by the senator": a passive participle describes X
            continue
        framed = cue.rate == FRAMED_RATE and cue.frames == QUOTE_FRAME  # its place already shows a verb
        if not (framed or verb_position(tokens, lowers, i, len(cue.words), cue.participle, lex)) or (
            cue.participle and i and lowers[i - 1] in ASPECT_VERBS and cue.act_share >= 0.5
        ):
            i = stop
            continue
        negated = (
            _anonymity(lowers, stop)
            or _negated(lowers, i, lex)
            or _hypothetical(lowers, i, cue, lex)
            or _comparison_standard(lowers, i)
        )
        hits.append(CueHit(index=i, stop=stop, cue=cue, negated=negated))
        i = stop
    describing = [
        _reduced_relative(tokens, lowers, h, hits[k + 1 : k + 2], lex) or _object_relative(tokens, lowers, h, lex)
        for k, h in enumerate(hits)
    ]
    return [h for h, no in zip(hits, describing, strict=True) if not no]


AGENT_OPENERS = frozenset(("the", "a", "an", "both", "his", "her", "its", "their", "many", "some"))


def _by_agent(tokens: Sequence[Token], lowers: Sequence[str], k: int) -> bool:
    """ "by" and its agent at ``k`` ("by the party", "by Kestrel"); not a means ("by telephone")."""
    return k + 1 < len(tokens) and lowers[k] == "by" and (lowers[k + 1] in AGENT_OPENERS or tokens[k + 1].capitalized)


def _comparison_standard(lowers: Sequence[str], i: int) -> bool:
    """Is the verb at ``i`` the standard of an "as … as" comparison ("not as extensive as some people
    first reported", "as bad as critics claim")? It reports no words of its own."""
    for m in range(i - 1, max(-1, i - 7), -1):
        if lowers[m] in (",", ";", ":", "\x00"):
            return False
        if lowers[m] == "as":
            # "as many as 40 percent … said", "as well as ruling": an amount or a link, no comparison
            return m >= 2 and lowers[m - 2] == "as" and lowers[m - 1] not in AS_AS_LINKS
    return False


AS_AS_LINKS = words("many much few little well long soon far")


def _date_after(lowers: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Does a day open at ``k``, right after a cue that ends in "on"/"at"/"in" ("called on Monday")?"""
    return k < len(lowers) and lowers[k - 1] in ("on", "at", "in") and lowers[k] in lex.days


HELPING = words("help helps helped helping")
# particles that make a verb no report ("called out to the crowd" shouts, "called out X" criticises)
NOT_REPORTING = {"write": ("off", "down"), "call": ("off",), "call out": ("to",)}
QUOTE_FRAME = frozenset({"quote"})
THAT_FRAME = frozenset({"that"})
READS = frozenset(["read", "reads"])
# present forms of speaking verbs mostly read as nouns ("the states"), a verb only where a quotation's
# attribution puts one ('"…," the ad states.')
FRAMED_NOUNS = frozenset(["states", "state"])
READ_FRAMES = frozenset({"quote", "clause"})
FRAMED_RATE = 0.5  # a verb no lexicon lists, read as a cue from its frame alone


def _framed_verb(tokens: Sequence[Token], i: int) -> bool:
    """'"…," Oliver barked.' and '"…," mused Stu Vale, a host.': a past form no lexicon lists stands
    where a quotation's attribution puts its verb, next to a name and the sentence's end."""
    tok = tokens[i]
    if (
        not tok.is_word
        or tok.capitalized
        or len(tok.lower) < 5
        or not (tok.lower.endswith("ed") or tok.lower in FRAMED_NOUNS)
    ):
        return False
    n = len(tokens)
    j = i - 1
    while j >= 0 and (tokens[j].is_word or tokens[j].text in "-’'") and i - j <= 7:
        j -= 1
    closes = (
        i + 1 == n
        or tokens[i + 1].text in (".", "!", "?")
        or _adjunct_to_end(tokens, i + 1)
        or (
            i + 2 < n and tokens[i + 1].lower in ("and", "as") and tokens[i + 2].is_word
        )  # '"…," Vale barked and left.'
    )
    phrase = tokens[j + 1 : i]
    named = bool(phrase) and (all(t.capitalized for t in phrase) or phrase[0].lower in NOUN_MARKERS)
    if named and j >= 0 and _quote_closing(tokens[j]) and closes:
        return True  # quotation, a name or "the minister", the verb, the end
    if i >= 1 and tokens[i - 1].capitalized and i + 2 < n and tokens[i + 1].text == ":":
        return tokens[i + 2].kind == "quote"  # 'to which Lind interjected: "…"': a name, the verb, a colon, the words
    if i == 0 or not _quote_closing(tokens[i - 1]):
        return False
    k = i + 1
    while k < n and tokens[k].is_word and k - i <= 6:
        k += 1
    # quotation, the verb, words ending in a name, then the end or a comma
    return k > i + 1 and tokens[k - 1].capitalized and (k == n or tokens[k].text in (".", ","))


# what opens a short adjunct between such a verb and the sentence's end ('…," Vale fumed on Tuesday.')
FRAMED_ADJUNCTS = words(
    "on in at during after before to from yesterday today tonight last this earlier later "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _adjunct_to_end(tokens: Sequence[Token], k: int) -> bool:
    """A short adjunct of plain words from ``k`` to the sentence's end ("on Tuesday", "in an interview")."""
    if k >= len(tokens) or tokens[k].lower not in FRAMED_ADJUNCTS:
        return False
    end = next((m for m in range(k, len(tokens)) if tokens[m].text in (".", "!", "?")), len(tokens))
    return end - k <= 6 and all(t.is_word for t in tokens[k:end])


def _quote_closing(tok: Token) -> bool:
    """A quotation whose own words end on a comma, "?" or "!": an attribution follows it."""
    return tok.kind == "quote" and tok.quote is not None and closing_mark(tok) in (",", "?", "!")


# words that stand before a subject pronoun without being the noun an object relative clause hangs on
NOT_ANTECEDENTS = words(
    "and but or nor so then now once when while if because as since that which who what where why how "
    "though although unless until after before than also still even just yet again later earlier first "
    "the a an this these those his her its their our my your is are was were be been has have had do does did "
    "will would could should can may might must not to of in on at for with by from about into over"
)


TIME_NOUNS = PERIODS | words("weeks months years day days ago today tonight yesterday")


def _object_relative(tokens: Sequence[Token], lowers: Sequence[str], hit: CueHit, lex: Lexicon) -> bool:
    """ "the respect they express toward their father gives …", "everything he said": a pronoun
    between a noun and the verb opens an object relative clause; the noun is the verb's object and
    the verb reports no clause of its own (a "that" after it still opens one)."""
    i = hit.index
    after = lowers[hit.stop] if hit.stop < len(lowers) else ""
    if i < 2 or lowers[i - 1] not in SUBJECT_PRONOUNS or after == "that" or after in SUBJECT_PRONOUNS:
        return False  # "… potential he said she should call …": a clause follows, so the verb reports it
    noun = tokens[i - 2]
    low = lowers[i - 2]
    return (
        noun.is_word
        and not noun.capitalized
        and low not in NOT_ANTECEDENTS
        and not low.endswith(("ly", "ed"))
        and not low[:1].isdigit()  # "In 2010 she said"
        and low not in TIME_NOUNS  # "Last week he said …": a date, no antecedent
        and lex.cue_at(lowers, i - 2) is None
    )


# words before an -ed form that make it a finite verb, not a participle describing a noun
FINITE_SUBJECTS = SUBJECT_PRONOUNS | words("it who which that")


def _reduced_relative(
    tokens: Sequence[Token], lowers: Sequence[str], hit: CueHit, after: Sequence[CueHit], lex: Lexicon
) -> bool:
    """ "A statement posted on its website said …", "a report released Monday said …": an -ed form
    after a noun, then an adjunct and nothing else before the next finite cue, describes that noun
    (two finite verbs never follow one subject without a conjunction)."""
    i = hit.index
    if not after or after[0].cue.participle or not lowers[i].endswith("ed") or i == 0 or hit.stop >= after[0].index:
        return False
    before = tokens[i - 1]
    if not before.is_word or before.capitalized or lowers[i - 1] in _FINITE_BEFORE:
        return False  # "they posted", "who have praised", "was released": finite
    first = lowers[hit.stop]
    if (first not in lex.adjunct_openers and first not in lex.weekdays) or first == "by":
        # "released its list of recommended delegates": an object, so a verb; "released by X": the
        # verb names the document's issuer, who speaks through it
        return False
    between = range(hit.stop, after[0].index)
    return len(between) <= 8 and all(tokens[m].is_word and lowers[m] not in CLAUSE_JOINERS for m in between)


HAVE = words("have has had")


CLAUSE_JOINERS = words("that and but or while as because when then")


PAST_SPEAKING = words("said told wrote")


def _name_in_s_then_verb(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int) -> bool:
    """ "Varden’s noted that …", '"…," Varden’s added.', "Vale's said he …": a name that ends in
    "’s", then a past form before "that", a pronoun or the sentence's end (or "said", "told",
    "wrote"), is the subject and its verb ("Vale's stated goal" describes a noun)."""
    if size != 1 or not tokens[i - 1].capitalized or not (lowers[i].endswith("ed") or lowers[i] in PAST_SPEAKING):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        after is None
        or lowers[i] in PAST_SPEAKING  # "Vale's said he …", "Vale's told reporters": no describing word
        or after.lower == "that"
        or after.lower in SUBJECT_PRONOUNS
        or (after.kind == "punct" and after.text in ".,;:")
    )


def verb_position(
    tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int, participle: bool, lex: Lexicon
) -> bool:
    """May the ``size`` words at ``i`` stand as a speaking verb here? Not after a possessive or a
    determiner (a noun: "the ministry's claim", "a call"), not after "to" (an infinitive, unless
    "went on to say"), not capitalised mid-sentence, not passive ("was accused of"), not naming
    ("a group called X")."""
    prev = lowers[i - 1] if i else ""
    if (
        prev.endswith(("’s", "'s"))
        and not participle
        and prev[:-2] not in CONTRACTED_SUBJECTS
        and not _name_in_s_then_verb(tokens, lowers, i, size)
    ):
        return False  # "the ministry's claim" is a noun; "he's said" is a verb
    if prev.endswith(("s’", "s'")) and not participle and i and tokens[i - 1].is_word:
        return False  # "the Guards' demands", "Davis' call for": a plural's or an s-name's possessive
    if prev == "to":  # "went on to say", "went so far as to say"
        return i >= 2 and (lowers[i - 2] in TO_CARRIERS or (i >= 4 and lowers[i - 4 : i - 1] == SO_FAR_AS))
    if lowers[i] == "thanks" and i + 1 < len(lowers) and lowers[i + 1] == "to":
        return False  # "thanks to": a preposition
    if i + size < len(lowers) and (
        lowers[i + size] == "than"  # "easier said than done": a comparison, no report
        # "continued campaigning Friday": an aspect verb before a gerund that reports nothing
        or (lowers[i] in ASPECT_VERBS and lowers[i + size].endswith("ing") and len(lowers[i + size]) > 5)
    ):
        return False
    if prev in HELPING:
        return False  # "which helps explain why …": a bare infinitive after "help", no one's report
    if _counted_participle(tokens, lowers, i, size):
        return False  # "her five proposed bills": a participle after an article and a number describes the noun
    if _change_by_amount(lowers, i + size):
        return False  # "Trade declined 40 percent": a change by an amount, no one's refusal
    if (
        size == 1
        and i + 1 < len(lowers)
        and lowers[i + 1] in PLURAL_VERBS
        and lowers[i].endswith("s")
        and not lowers[i].endswith("ss")
        and lowers[i] not in NEVER_NOUNS
    ):
        return False  # "the Russian and Syrian claims are false": a plural noun, the subject of "are"
    if (
        size == 1
        and not participle
        and i + 1 < len(lowers)
        and lowers[i + 1] in MODALS
        and lowers[i] not in NEVER_NOUNS
    ):
        return False  # "the Vale brand would survive": no speaking verb has a modal right after it
    if (
        prev in NOUN_MARKERS
        or (prev in SINGLE_MARKERS and not lowers[i].endswith(("s", "ed")) and lowers[i] not in NEVER_NOUNS)
        or (tokens[i].capitalized and i and not participle)
        or (participle and prev in GERUND_BEFORE and not (prev == "of" and i >= 2 and lowers[i - 2] == "point"))
        or (participle and prev in ("despite", "amid", "over", "under") and _describes_next(tokens, lowers, i + size))
        or (not participle and prev in NOUN_AFTER_PREPOSITION)  # "a series of tweets", "asked for comment"
    ):
        return False
    if (
        _names_something(tokens, lowers, i, size)
        or _modified_noun(lowers, i, lex)
        or _named_noun(tokens, lowers, i)
        or _compound_noun(tokens, lowers, i, size)
        or _after_hyphenated_modifier(lowers, i)
        or _noun_in_adjunct(tokens, lowers, i)
        or _coordinated_noun(tokens, lowers, i, size)
        or _plural_after_describer(tokens, lowers, i, size, lex)
        or _modifies_plural(tokens, lowers, i, size, lex)
    ):
        return False
    k = i - 1
    # over adverbs, listed or not ("are easily refuted"), back to a passive's auxiliary
    while k >= 0 and (lowers[k] in lex.between or (lowers[k].endswith("ly") and len(lowers[k]) > 4)):
        if lowers[k] in PASSIVE_AUX:
            break
        k -= 1
    return not (k >= 0 and lowers[k] in PASSIVE_AUX and not participle)


COUNT_WORDS = words("two three four five six seven eight nine ten twelve dozen several few many")
AMOUNT_UNITS = words("percent per % points point")


def _counted_participle(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int) -> bool:
    """An -ed form between an article and a number before it and a plural noun after it ("her five
    proposed bills"); "the two suggested both …" keeps its verb."""
    k = i + size
    return (
        i >= 2
        and size == 1
        and lowers[i].endswith("ed")
        and (lowers[i - 1].isdigit() or lowers[i - 1] in COUNT_WORDS)
        and lowers[i - 2] in NOUN_MARKERS
        and k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].capitalized
        and lowers[k].endswith("s")
        and lowers[k] not in SINGULAR_VERB_ENDS
    )


SINGULAR_VERB_ENDS = words("is was has does says")


def _change_by_amount(lowers: Sequence[str], k: int) -> bool:
    """Does an amount of change open at ``k`` ("40 percent", "12%", "three points")?"""
    if k + 1 >= len(lowers) or not (lowers[k][:1].isdigit() or lowers[k] in COUNT_WORDS):
        return False
    return lowers[k].endswith("%") or lowers[k + 1] in AMOUNT_UNITS


COMPARATIVES = words("fewer more most less")


def _modifies_plural(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int, lex: Lexicon) -> bool:
    """ "Some protest leaders said": a base form after a counting word, then a plural noun that the
    next verb follows, describes that noun ("Some argue that", "Many criticize politicians for" keep
    their verbs)."""
    if size != 1 or i == 0 or i + 2 >= len(tokens):
        return False
    noun = tokens[i + 1]
    plural = noun.is_word and not noun.capitalized and noun.lower.endswith("s") and not noun.lower.endswith("ss")
    if lowers[i - 1] in COMPARATIVES and lowers[i].endswith("ed"):
        return plural  # "if he has fewer pledged delegates": a past form between a comparative and its noun
    if lowers[i - 1] not in COUNTING or lowers[i].endswith(("s", "ed", "ing")):
        return False
    verb = lowers[i + 2]
    return plural and (verb in PASSIVE_AUX or verb in HAVE or verb in lex.cues)


def _describes_next(tokens: Sequence[Token], lowers: Sequence[str], k: int) -> bool:
    """A plain lower-case word after a participle ("despite mounting pressure", "amid growing calls"):
    the participle describes that noun ("despite saying that", "despite calling the talks" stay verbs)."""
    return (
        k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].capitalized
        and lowers[k] not in DETERMINER_WORDS
        and lowers[k] not in ("that", "to", "it", "him", "her", "them", "for", "on", "about")
    )


DETERMINER_WORDS = words("the a an his her its their this these those our my your no any some all")


def _anonymity(lowers: Sequence[str], stop: int) -> bool:
    """ "who asked not to be named", "declined to be identified", "requested anonymity": the words
    after the verb ask for anonymity; they report nothing."""
    rest = lowers[stop : stop + 5]
    if rest[:3] == ["not", "to", "be"] or rest[:1] == ["anonymity"]:
        return True  # "who requested anonymity", "who asked not to be …"
    k = next((m for m, w in enumerate(rest) if w not in ("not", "to", "be")), len(rest))
    if k >= 1 and rest[k - 1] == "be" and k < len(rest) and rest[k] in UNNAMED:
        return True
    # "asked that neither she nor her organisation be named", "asked that his name not be used"
    clause = lowers[stop : stop + ANONYMITY_REACH]
    if clause[:1] != ["that"] or "be" not in clause:
        return False
    after = clause.index("be") + 1
    named = "name" in clause[: after - 1] and clause[after : after + 1] == ["used"]
    return after < len(clause) and (clause[after] in UNNAMED or named)


ANONYMITY_REACH = 12  # words of a "that" clause asking for anonymity


UNNAMED = words("named identified quoted")


def _negated(lowers: Sequence[str], i: int, lex: Lexicon) -> bool:
    """ "did not say", "declined to comment", "did not, however, say": a negation among the few words
    before the verb, not in a clause or a request for anonymity before it ("An official who asked
    not to be named said …")."""
    if i >= 1 and lowers[i - 1] == "," and lowers[i].endswith("ing"):
        return False  # "declined to comment, saying …": the participle after the comma is said
    if i >= 2 and lowers[i - 1] == "," and lowers[i - 2] not in ASIDE_ADVERBS and lowers[i - 2] not in lex.negations:
        # "X, who asked that her name not be used, said …": the negation was the relative clause's
        return False
    window = lowers[max(0, i - 4) : i]
    # ('Privacy is not "a thing," Vale said': a quotation, one opaque mark here, ends the clause
    # whose negation it was)
    cut = max((m for m, w in enumerate(window) if w in NEGATION_BOUNDS or w == "\x00"), default=-1)
    window = window[cut + 1 :]
    return any(w in lex.negations for w in window) or any(
        " ".join(window[m : m + 2]) in lex.negations for m in range(len(window) - 1)
    )


ASIDE_ADVERBS = words("however though therefore also yet still then now instead")  # "did not, however, say"
# Words after which an earlier negation is no longer the verb's ("No wonder Vale said": the writer's)
NEGATION_BOUNDS = words("who which that wonder") | UNNAMED


def _hypothetical(lowers: Sequence[str], i: int, cue: Cue, lex: Lexicon) -> bool:
    """ "will agree to", "may call for", "could say": a modal before the verb's base form reports
    what has not been said (yet)."""
    if cue.words[0] != cue.lemma.split()[0]:
        return False  # not the base form: "would have said" is reported
    k = i - 1
    while k >= 0 and lowers[k] in lex.between and lowers[k] not in MODALS:
        k -= 1
    if k >= 1 and lowers[k] == "will" and "\x00" in lowers[max(0, k - 4) : k]:
        return False  # '"…," he will say.': the words of a speech given out before it, quoted
    return k >= 0 and lowers[k] in MODALS


def _names_something(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int) -> bool:
    """ "a group called Citizens for Trump", "a bill dubbed X": a past participle between a common noun
    and a name names the noun; nobody speaks."""
    if i == 0 or i + size >= len(tokens) or lowers[i] not in NAMING:
        return False
    before, after = tokens[i - 1], tokens[i + size]
    named = after.capitalized or any(c.isdigit() for c in after.text)  # "another called i360"
    if not (before.is_word and before.lower not in NOT_NOUNS and named):
        return False
    article = None
    for m in range(i - 1, max(-1, i - 5), -1):  # the noun phrase's own article, not past its start
        if not tokens[m].is_word or lowers[m] in ARTICLES:
            article = lowers[m] if tokens[m].is_word else None
            break
    if article in INDEFINITES:
        return True  # "a group called X", "a super PAC called Future45": a new thing, named
    if before.capitalized:
        return False
    # "The ministry called Lind a liar": the name has its own description after it, so the verb reports
    e = i + size
    while e < len(tokens) and (tokens[e].capitalized or tokens[e].lower in ("of", "al", "bin")):
        e += 1
    described = e < len(tokens) and (lowers[e] in ARTICLES or tokens[e].kind == "quote")
    return not (described or tokens[e - 1].text.endswith(POSSESSIVE_ENDS))  # "called Lind's plan …"


ARTICLES = words("a an another the his her its their")
INDEFINITES = words("a an another")


def _after_hyphenated_modifier(lowers: Sequence[str], i: int) -> bool:
    """ "another anti-Vale protest", "a pro-Lind rally": a word opened by a describing prefix makes
    the word after it a noun ("the front-runner said", "Mark-Vale said" keep their verbs)."""
    if i == 0:
        return False
    prefix, hyphen, _ = lowers[i - 1].partition("-")
    return bool(hyphen) and prefix in DESCRIBING_PREFIXES


DESCRIBING_PREFIXES = words("anti pro non post pre mid multi cross pan")


# words that describe a plural noun after them ("Previous reports by the group", "unconfirmed claims")
DESCRIBERS = words(
    "previous recent earlier similar new such other further initial unconfirmed conflicting separate "
    "repeated numerous multiple several many latest local false"
)


def _plural_after_describer(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int, lex: Lexicon) -> bool:
    """ "Previous reports by the group", "dismissed claims that …", "Israeli claims that …": a plural
    cue word after a word that describes it (a people's adjective too, not a country's name: "Israel
    claims" keeps its verb), or after a past verb whose object it is, is a noun ("says" is never one)."""
    low = lowers[i]
    if size != 1 or i == 0 or not low.endswith("s") or low.endswith("ss") or low in NEVER_NOUNS:
        return False
    before = tokens[i - 1]
    if not before.is_word:
        return False
    past = not before.capitalized and len(before.lower) > 4 and before.lower.endswith("ed")
    people = before.capitalized and before.lower.endswith(PEOPLE_ENDS) and lex.country_of(before.text) is not None
    # "sweeping territorial claims", "its legislative demands": an adjective's ending ("the general
    # claims", "the official says" keep their verbs: a noun for people is the subject)
    adjective = (
        not before.capitalized
        and len(before.lower) > 5
        and before.lower.endswith(ADJECTIVE_ENDS)
        and before.lower not in lex.roles
        and before.lower not in lex.source_nouns
    )
    return before.lower in DESCRIBERS or past or people or adjective


PEOPLE_ENDS = ("ian", "ean", "ese", "ish", "ican", "i")  # "Israeli", "Iranian", "Turkish", "American"
ADJECTIVE_ENDS = ("ial", "ical", "ive", "ous", "ary", "ful")  # "territorial", "legislative", "judicial"


def _coordinated_noun(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int) -> bool:
    """ "Media reports and party sources said": a plural joined by "and"/"or" to a word that is no
    verb (no -s or -ed form, no adverb) is a noun in a list of subjects ("says and does" keeps its
    verb: "says" is never a noun)."""
    if size != 1 or i + 2 >= len(tokens) or lowers[i + 1] not in ("and", "or"):
        return False
    low, after = lowers[i], tokens[i + 2]
    return (
        is_plural(low)
        and low not in NEVER_NOUNS
        and after.is_word
        and not after.capitalized
        and not after.lower.endswith(("s", "ed"))
        and after.lower not in NOT_SUBJECT_NOUNS
        and not after.lower.endswith("ly")
    )


def _compound_noun(tokens: Sequence[Token], lowers: Sequence[str], i: int, size: int) -> bool:
    """ "the private server email story", "the campaign email said": a base form between a singular
    noun and another lower-case word is a noun of a compound, not a verb ("officials say talks …"
    keeps its plural subject; "he", "will", "to" before it make it a verb)."""
    if (
        size != 1
        or i == 0
        or i + 1 >= len(tokens)
        or lowers[i].endswith(("s", "ed", "ing"))
        or lowers[i] in NEVER_NOUNS
    ):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (
        before.is_word
        and after.is_word
        and not before.capitalized
        and not after.capitalized
        and not lowers[i - 1].endswith(("s", "ly", "n't", "n’t"))
        and not lowers[i - 1][:1].isdigit()  # "six in 10 say": a count before a verb
        and lowers[i - 1] not in IRREGULAR_PLURALS  # "the women say officers …"
        and lowers[i - 1] not in NOT_SUBJECT_NOUNS
        and uncontracted(lowers[i + 1]) not in NOT_OBJECT_START  # "say he’s …"
        and not _people_described(lowers, i - 1)
    )


def _people_described(lowers: Sequence[str], k: int) -> bool:
    """ "those surveyed", "voters polled": a participle at ``k`` after "those" or a plural describes
    the people who are the verb's subject."""
    return k >= 1 and lowers[k].endswith("ed") and (lowers[k - 1] in ("those", "people") or is_plural(lowers[k - 1]))


def _noun_in_adjunct(tokens: Sequence[Token], lowers: Sequence[str], i: int) -> bool:
    """ "said in court files that", "wrote in a court file": a plural cue word after a preposition and a
    singular noun, or any after "in a" and a noun, is the compound noun of an adjunct, not a verb ("the
    man in charge says" keeps its verb: "says" is never a noun)."""
    if i < 2 or lowers[i] in NEVER_NOUNS or lowers[i].endswith(("ed", "ing")):
        return False
    noun = tokens[i - 1]
    k = i - 3 if lowers[i - 2] in ("a", "an", "the") else i - 2
    # a base form after "in a court": "a court" could not be its subject ("residents in the city say")
    return (
        k >= 0
        and (lowers[i].endswith("s") or (lowers[i - 2] in ("a", "an") and lowers[k] in ("in", "during", "via")))
        and noun.is_word
        and not noun.capitalized
        and (lowers[i - 1] == "news" or not lowers[i - 1].endswith(("s", "ly")))
        and lowers[k] in ADJUNCT_PREPOSITIONS
    )


ADJUNCT_PREPOSITIONS = words("in on at through via from by during")
IRREGULAR_PLURALS = words("men women people children police staff folks clergy")
# words before a verb that are no noun of a compound, and words after a verb that start its object
NOT_SUBJECT_NOUNS = words(
    "and but or nor i you we they he she it who which that will would can could should may might must to not "
    "never also did do does had have has then still now just often always only even already who'd i'd we'd they'd "
    "here"
)
NOT_OBJECT_START = words(
    "the a an his her its their our my your this that these those him them us me it for to on about with "
    "in at by of up out back down over into he she they we i you there "
    "each every some any all both no many most several few"  # "voters in each state say each of …"
)


def _modified_noun(lowers: Sequence[str], i: int, lex: Lexicon) -> bool:
    """ "the minister's repeated calls", "their new demands": a describing word between a possessive
    or a determiner and a cue word that can be a noun (a plural or a base form) makes it a noun."""
    if i < 1 or lowers[i].endswith("ed") or lowers[i] in NEVER_NOUNS:
        return False
    if lowers[i].endswith("s") and (
        _counted(lowers[i - 1]) or (i >= 2 and _counted(lowers[i - 2]) and lowers[i - 1] not in NOT_NOUNS)
    ):
        return True  # "two other emails", "several calls", "150 phone calls": a counted plural is a noun
    if i < 2:
        return False
    modifier, marker = lowers[i - 1], lowers[i - 2]
    describing = modifier in DESCRIBING or modifier.endswith(("ed", "al", "ive", "ous", "ic", "ful"))
    possessive = marker.endswith(("’s", "'s")) and marker[:-2] not in CONTRACTED_SUBJECTS
    # "the official said", "the general argues": a noun for people is the subject, not a describing word
    people = modifier in lex.roles or modifier in lex.source_nouns
    # "a pro-Vale rally", "a phone call": after "a" and one word, a base form is a noun (a verb there
    # would take -s or -ed; "a puppet saying" is a participle)
    # unless the phrase is the object in a describing phrase ("people familiar with a plan say")
    singular = (
        marker in ("a", "an")
        and not lowers[i].endswith(("s", "ing"))
        and (i < 3 or lowers[i - 3] not in DESCRIBING_PREPOSITIONS)
    )
    return (
        (describing or singular) and (possessive or marker in NOUN_MARKERS) and modifier not in NOT_NOUNS and not people
    )


DESCRIBING_PREPOSITIONS = words("to with of on about for from")


def _counted(word: str) -> bool:
    return word in COUNTING or (word[:1].isdigit() and word not in ("1", "one"))


def _named_noun(tokens: Sequence[Token], lowers: Sequence[str], i: int) -> bool:
    """ "in response to a Freedom of Information Act request": after a preposition, an article and
    capitalised words, a cue word is the noun they describe."""
    if lowers[i].endswith("ed") or lowers[i] in NEVER_NOUNS:
        return False  # a past form is a verb: "the head of the Foreign Affairs Committee said", "… Herald says"
    k = i - 1
    while k >= 0 and (tokens[k].capitalized or (lowers[k] == "of" and k + 1 < i)):
        k -= 1
    if k < i - 1 and k >= 2 and lowers[k + 1] == "of" and not tokens[k].capitalized and not lowers[i].endswith("ing"):
        # "in a series of Twitter posts": the noun before "of" is the one the preposition takes ("by a
        # chorus of Democrats urging": a participle describes the people)
        k -= 1
    return k < i - 1 and k >= 1 and lowers[k] in ("a", "an", "the") and lowers[k - 1] in PREPOSITIONS


PREPOSITIONS = words("to in for with under after by from on at about against")
# verb forms only ("Dorn further alleges": no "further claims"-like noun)
NEVER_NOUNS = words(
    "said says told tells wrote writes spoke alleges argues insists asserts contends explains adds warns "
    "stresses suggests acknowledges admits denies"
)
PLURAL_VERBS = words("are were have")  # a verb form after them is a plural noun's ("claims are")
COUNTING = words("other two three four five six seven eight nine ten several numerous dozens hundreds some many few")
DESCRIBING = words(
    "new latest recent repeated frequent many several public private earlier later first last two three "
    "main key major big bigger biggest top important significant central serious real only same other various "
    "specific broader general urgent"
)
CONTRACTED_SUBJECTS = words("he she it who that there what")
MODALS = words("will would could can may might should must shall cannot")
NAMING = words("called dubbed labeled labelled branded named titled termed nicknamed")
NOT_NOUNS = words(
    "he she it they we i you who which that and or but also then has have had was were is are be been "
    "not never later earlier publicly repeatedly once recently just already still even"
)

_FINITE_BEFORE = FINITE_SUBJECTS | PASSIVE_AUX | HAVE  # made once: the union is tested per cue
