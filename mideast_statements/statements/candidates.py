"""Stage 3a — speaker candidates: who a cue's sentence offers as its speaker.

Read from the cue outwards: the noun phrase before the verb ("Zakharova said", with appositions
either way round and lists of names), the one after it ('"…," said Juan Perez'), the antecedent of
"which"/"who", the speaker of an earlier verb of the same sentence (", adding that", "and called
on"), the sentence's own subject (for a participle with no verb before it) or the subject of a
later verb ("Speaking to reporters, X said"). Each reading is a ``Candidate``; the choice among
them is the next stage's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .appositions import PREPOSITIONS, comma_subject, segment_kind
from .asides import (
    DASHES,
    adverbial_phrase,
    gerund_object,
    occasion_after_name,
    opening_concession,
    opening_dash,
    opening_with,
)
from .cues import MODALS, PASSIVE_AUX, SO_FAR_AS, TO_CARRIERS, CueHit
from .documents import issued_after
from .inverted import inverted_reading
from .joined import NAMES, across_list_of, across_roles, joined_groups, listed_subject
from .lexicon import Lexicon
from .mentions import (
    AGENT_NOUN,
    INTERJECTIONS,
    Mention,
    analyse,
    describing_participle,
    people_noun,
    role_plural,
)
from .phrase_extent import NUMBER_WORDS, TIME_AFTER, TIME_UNITS, across_name_and, issued_by
from .phrases import (
    AUX,
    BOUNDARY_WORDS,
    DETERMINERS,
    FINDING_VERBS,
    Candidate,
    Relation,
    across_joined_prepositions,
    can_head,
    np_start,
    opening_bracket,
    with_relative,
)
from .relatives import cue_in_relative, long_relative, relative_subject, relative_that
from .subjects import coordinated_subject, main_clause_subject, subject_phrase, subordinate
from .text import (
    FINITE_VERBS,
    LY_NOUNS,
    MONTHS,
    PERIODS,
    POSSESSIVE_ENDS,
    SUBJECT_PRONOUNS,
    VERB_MARKS,
    Token,
    comma_at,
    marks_verb,
    quotation_after,
    title_words,
    titled_quote,
    uncontracted,
    words,
)

__all__ = ["AUX", "BOUNDARY_WORDS", "QUOTING", "Candidate", "Relation", "charge_aside", "np_start", "read_subject"]

DATE_WORDS = words("on late early earlier last this")
DEGREE_ADVERBS = words("most more very so less least too almost nearly")
STAYING_LY = LY_NOUNS | words("early")  # "-ly" words _skip_back does not step over: no adverbs there
ADJUNCT_OPENERS = words("in on at during")
INTENSIFIERS = words("himself herself itself themselves")
TIME_NOUNS = PERIODS


def _skip_back(tokens: Sequence[Token], k: int, lex: Lexicon, dates: list[Token]) -> int:
    """Step left over adverbs, auxiliaries, dates and ", however," between a speaker and its verb."""
    while k >= 0:
        tok = tokens[k]
        low = tok.lower
        day = tok.is_word and low in lex.days
        adverb = tok.is_word and not tok.capitalized and low.endswith("ly") and low not in STAYING_LY
        # "who was not authorized to speak publicly said": the adverb ends the infinitive before it
        if adverb and k >= 2 and tokens[k - 2].lower == "to" and tokens[k - 1].is_word:
            break
        # a capitalised word inside the sentence is a name, whatever it spells ("Theresa May said")
        if day or adverb or (tok.is_word and low in lex.between and not (tok.capitalized and k > 0)):
            if day:
                dates.insert(0, tok)
                if k >= 3 and tokens[k - 1].lower == "on" and _participle(tokens[k - 2]):
                    k -= 1  # "A report released on Tuesday said": "on" and the day go with the participle
                k -= _describing_participle(tokens, k - 1)
            elif adverb and k >= 1 and tokens[k - 1].lower in DEGREE_ADVERBS:
                k -= 1  # "and most recently defended": the degree word is the adverb's
            k -= 1
        elif tok.is_word and low in DATE_WORDS and k + 1 < len(tokens) and tokens[k + 1] in dates:
            dates.insert(0, tok)
            k -= 1
        elif tok.is_word and low in TIME_NOUNS and k >= 1 and tokens[k - 1].lower in DATE_WORDS | {"next"}:
            k -= 2  # "X, whose …, last year proposed": a time, not the speaker
            if k >= 1 and tokens[k].lower in ("late", "early", "earlier", "later"):
                k -= 1  # "surveys of voters late last week indicated"
            k -= _describing_participle(tokens, k)
        elif low == "to" and k >= 2 and tokens[k - 1].lower == "on" and tokens[k - 2].lower in TO_CARRIERS:
            k -= 3  # "He went on to say": the carrier verb's subject speaks ("continued to" is a cue itself)
        elif low == "to" and k >= 2 and tokens[k - 1].lower in TO_CARRIERS and tokens[k - 1].is_word:
            k -= 2  # "The faction continues to tell itself that …": the carrier verb's subject speaks
        elif low == "to" and k >= 4 and [t.lower for t in tokens[k - 3 : k]] == SO_FAR_AS:
            k -= 5 if tokens[k - 4].lower in TO_CARRIERS else 4  # "went so far as to say"
        elif tok.text == "," and k >= 2 and tokens[k - 1].lower in INTERJECTIONS and tokens[k - 2].text == ",":
            k -= 3
        elif size := adverbial_phrase(tokens, k):
            k -= size  # "have, in fact, praised", "have in particular noted": a set phrase between them
        elif (
            tok.kind == "punct"
            and tok.text in VERB_MARKS
            and k >= 1
            and tokens[k - 1].is_word
            and marks_verb(tokens, k)
        ):
            k -= 1  # 'The ministry "strongly condemned" the raid': the marks around the verb
        elif low in ("not", "never") and k >= 1 and tokens[k - 1].lower in lex.between:
            k -= 1  # "the candidate was not contradicting": the cue keeps its negation, the subject is before
        elif low in INTENSIFIERS and k >= 1 and _stressed(tokens[k - 1], lex):
            k -= 1  # "Vale himself acknowledged", "the minister herself said": the pronoun stresses the subject
        elif low == "since" and k >= 1 and tokens[k - 1].lower in ("has", "have", "had"):
            k -= 1  # "X has since apologized": "since" is an adverb here, no clause's opening
        elif tok.text == ")" and (opening := opening_bracket(tokens, k)) is not None:
            k = opening - 1  # "Harry Reid (D-Nev.) said", "Ida Lind (34) said": the bracket describes the name
        elif tok.text in DASHES and (opening := opening_dash(tokens, k)) is not None:
            k = opening - 1  # "Many speakers - including imams and rabbis - said": an aside between dashes
        elif tok.is_word and (opening := occasion_after_name(tokens, k)) is not None:
            k = opening - 1  # "Erdogan in a statement said": the occasion, between the name and its verb
        elif tok.text == "," and (opening := opening_concession(tokens, k)) is not None:
            k = opening - 1  # "Many Democrats, while still confident, are warning": the aside between commas
        else:
            break
    return k


def _participle_before_verb(tokens: Sequence[Token], hit: CueHit) -> bool:
    """An -ed cue after "that" and a people noun that describes them, the clause's own verb still to
    come ("that superdelegates pledged to her may …"); with no verb after it ("a bill that critics
    called anti-gay") the noun is its subject."""
    if not tokens[hit.index].lower.endswith("ed"):
        return False
    after = tokens[hit.stop : hit.stop + 8]
    return any(t.is_word and not t.capitalized and (t.lower in AUX or t.lower in FINITE_VERBS) for t in after)


def _relative_of_clause(tokens: Sequence[Token], k: int) -> int | None:
    """The "who" that opens the clause the word at ``k`` stands in, with no comma between; None when
    the clause is the sentence's own."""
    for m in range(k - 1, max(-1, k - 15), -1):
        if not tokens[m].is_word:
            return None
        if tokens[m].lower == "who":
            return m if m >= 1 and tokens[m - 1].text == "," else None
    return None


def _stressed(tok: Token, lex: Lexicon) -> bool:
    """Can the word end a subject that "himself" or "itself" stresses (a name, a role, a body, a
    group)? Not a verb ("found himself saying")."""
    low = tok.lower
    return tok.capitalized or low in lex.roles or low in lex.institutions or low in lex.source_nouns


# Nouns that sum up a clause just written, before a relative clause about it ("a claim X rejects")
CHARGES = words(
    "charge claim accusation allegation assertion account version characterization characterisation position stance "
    "view demand argument idea proposal suggestion notion"
)


def charge_aside(tokens: Sequence[Token], c: int) -> bool:
    """Does the comma at ``c`` open the writer's aside about the clause before it (", a charge X
    denies", ", an allegation the group …")?"""
    return (
        c + 2 < len(tokens)
        # the comma, or a quotation whose last mark it is ('… of "harbouring terrorists," a charge …')
        and comma_at(tokens[c])
        and tokens[c + 1].lower in ("a", "an")
        and tokens[c + 2].lower in CHARGES
    )


def _participle(tok: Token) -> bool:
    return tok.is_word and not tok.capitalized and len(tok.lower) > 4 and tok.lower.endswith("ed")


def _describing_participle(tokens: Sequence[Token], k: int) -> int:
    """1 when the word at ``k``, just before a date, is a participle that describes the word before
    it ("A news report published Wednesday said", "a report issued earlier this year said"): the
    date is the participle's, and both go with it; else 0."""
    return 1 if k >= 1 and _participle(tokens[k]) and tokens[k - 1].is_word else 0


def read_subject(
    tokens: Sequence[Token],
    hit: CueHit,
    before: Sequence[CueHit],
    lex: Lexicon,
    text: str,
    is_cue: Callable[[int], bool],
) -> Candidate:
    """The speaker reading the sentence's shape gives for ``hit`` (``before``: the cue before it in
    the sentence, if any)."""
    if issued_by(tokens, hit.index, lex) or issued_after(tokens, hit.index, lex) or _passive(tokens, hit.index):
        # "a report published by X found", "in an interview published on Sunday": a participle that
        # describes a document reports nothing; "a move condemned by the UN" is no move's report
        return Candidate("none", clause_start=hit.index)
    dates: list[Token] = []
    k = _skip_back(tokens, hit.index - 1, lex, dates)
    found = tuple(dates)
    connector = k
    if k >= 1 and tokens[k].lower in ("and", "but") and tokens[k - 1].text == ",":
        connector = k - 1
    if hit.cue.participle:
        return _participle_subject(tokens, hit, before, lex, text, is_cue, k, connector, found)
    if k < 0:
        # ("Continued Stone:": a verb that may take a listener opens with a name, no listener's words)
        name_next = hit.stop < len(tokens) and tokens[hit.stop].capitalized and tokens[hit.stop].lower not in lex.days
        mark = quotation_after(tokens, hit.stop) if hit.index == 0 and (not hit.cue.addressee or name_next) else None
        # 'Said Varga, "…"', 'Adds the minister: "…"': the sentence opens with the verb, its speaker
        # after it, the words after the comma or colon
        if mark is not None and mark > hit.stop and (inverted := _named_after(tokens, hit, text, lex, found)):
            return inverted
        return Candidate("none", clause_start=hit.index, dates=found)
    tok = tokens[k]
    if before and tok.text == ",":
        # "Mark Cuban, the owner of a team who rebuffed pleas to run, says": commas close an
        # interruption after the subject; else the verb shares the speaker of the one before
        apposed = comma_subject(tokens, k, text, lex, is_cue)
        # "…, and Brian Vale, the council's adviser, said": a subject after "and" opens a new clause
        # and so does one after a bracket or a semicolon ("… (Raphael Lemkin, who …, once said, “…”)")
        opens = apposed is not None and apposed[1] > 0 and tokens[apposed[1] - 1].lower in CLAUSE_JOINERS
        if apposed is not None and apposed[1] >= 2 and tokens[apposed[1] - 1].lower == "that":
            # "Lind said that Tal Vesper, the minister, told her …": the that-clause's subject, inside the words
            return Candidate("subject", (apposed[0],), apposed[1], apposed[1], found)
        if apposed is not None and (apposed[1] < before[-1].index or opens):
            start = apposed[1]
            clause = (
                start - 2 if opens and start >= 2 and tokens[start - 2].text == "," else start - 1 if opens else start
            )
            return Candidate("subject", (apposed[0],), start, clause, found)
        noun = _described_before_name(tokens, before[-1], apposed, text, lex) if apposed is not None else None
        if apposed is not None and noun is not None:
            # "One pastor supporting the bill, Dara Whit of Hope Church, said": the name apposed to the
            # noun the participle describes speaks, and that noun is its role
            person = apposed[0]
            if not person.role:
                person = attrs.evolve(person, role=noun.role or noun.written)
            return Candidate("subject", (person,), 0, 0, found)
        if (
            before[-1].cue.participle
            and before[-1].index <= 1
            and apposed is not None
            and apposed[0].kind == "person"
            and tokens[apposed[1] - 1].text == ","
        ):
            # "Writing on X, the envoy to the UN, Eitan Rosh, accused …": the person set off after the
            # opening participle's phrase is the subject of both
            return Candidate("subject", (apposed[0],), apposed[1], apposed[1], found)
        if (
            # "Defending that terrain is …, said a handful of Democrats": the opening participle is
            # the content's, not a verb whose speaker this one shares
            (before[-1].cue.participle and before[-1].index <= 1)
            # "… a favorite backed by big donors, said Dan Scolar, a professor": a name between the
            # verb and a break speaks, whatever verb came before
            or (not hit.cue.addressee and _name_then_break(tokens, hit.stop, lex))
        ) and (inverted := _named_after(tokens, hit, text, lex, found)):
            return inverted
        return Candidate("chain", clause_start=connector, dates=found)
    if before and tok.lower in ("and", "but", "or"):
        # "When asked whom she backed, Ms. Lind smiled and said": a new subject after the earlier
        # cue's clause, then a verb of its own before "and"
        comma = next((c for c in range(k - 1, before[-1].index, -1) if tokens[c].text == ","), None)
        if comma is not None and k - comma <= 8 and tokens[comma + 1].capitalized and not tokens[k - 1].capitalized:
            mention = subject_phrase(tokens, comma + 1, lex, text)
            if mention is not None and mention.kind in ("person", "institution") and mention.end < tokens[k - 1].start:
                return Candidate("subject", (mention,), comma + 1, comma + 1, found)
        verb = before[-1].index
        gerund = before[-1].cue.participle and verb >= 1 and tokens[verb - 1].lower not in AUX  # not "was saying"
        if gerund and not hit.cue.participle:
            # "senators vented about X vowing to fight on and said …": a finite verb joins the main
            # clause's verb, not a gerund's; its subject is the sentence's
            return Candidate("sentence", clause_start=connector, dates=found)
        return Candidate("chain", clause_start=connector, dates=found)
    if tok.lower in ("and", "but") and k > 0:
        return Candidate("sentence", clause_start=connector, dates=found)  # "X compared … and urged …", ", but said"
    if tok.lower in ("which", "who") or relative_that(tokens, hit, k, lex, is_cue):
        return relative_subject(tokens, hit, k, lex, text, found)
    # 'X, host of MSNBC’s “Morning Joe,” suggested': a title that closes on a comma closes the appositive
    if (
        tok.text == ","
        and not hit.cue.addressee
        and _name_then_break(tokens, hit.stop, lex)
        and (inverted := _named_after(tokens, hit, text, lex, found))
    ):
        # "Lina Sorel also lacks in the looks department, said Keller, but …": a name after the verb
        # and before a break is the speaker, not the subject of the clause before the comma
        return inverted
    if tok.text == "," or (tok.kind == "quote" and titled_quote(tokens, k) and tok.text.rstrip("”\"’' ").endswith(",")):
        apposed = comma_subject(tokens, k, text, lex, is_cue)
        if apposed is None:
            who = _relative_before_aside(tokens, k, lex, is_cue)
            if who is not None:  # "X, who, after trading insults with Y, said": the relative's antecedent
                return relative_subject(tokens, hit, who, lex, text, found)
            return inverted_reading(tokens, hit, text, lex, found)
        subject, s = apposed
        named = _apposed_names(tokens, subject, k, lex, text)
        if named:  # "The mediators, Qatar and Egypt, said": the names say who the mediators are
            return Candidate("subject", _with_plural_role(named, subject, lex), s, s, found)
        return listed_subject(tokens, s, subject, lex, text, found)
    if tok.kind in ("quote", "punct"):
        return inverted_reading(tokens, hit, text, lex, found)
    s = _over_participle(tokens, np_start(tokens, k, is_cue), lex, is_cue, text)
    s = across_list_of(tokens, across_name_and(tokens, across_joined_prepositions(tokens, s, is_cue), lex), lex, is_cue)
    s = across_roles(tokens, s, lex, text, is_cue)
    if (
        2 <= s <= k
        and tokens[s - 1].kind == "quote"
        and tokens[s - 2].lower in ("the", "a", "an")
        and _title(tokens[s - 1])
    ):
        s = s - 2  # 'the "Pose" actor said': a work's title inside the speaker phrase
    if 0 < s < k and charge_aside(tokens, s - 1):
        # "…, a charge Moravia denies": the verb is a relative clause's, about the clause before; the
        # speaker of that clause keeps it, and the denial reports no words of its own
        return Candidate("none", clause_start=s - 1 if tokens[s - 1].text == "," else s, dates=found)
    if (
        before
        and s < k
        and tokens[s].lower in ADJUNCT_OPENERS
        and tokens[s + 1].lower in DETERMINERS
        and not any(t.capitalized for t in tokens[s + 1 : k + 1])
    ):
        # "X said …, but in a later interview said": an adjunct before the verb, whose subject is the sentence's
        return Candidate("sentence", clause_start=s, dates=found)
    if before and (relative := cue_in_relative(tokens, before[-1], s, lex)) is not None:
        # "Lawmakers who have called for an inquiry said": the earlier verb is the relative clause's,
        # whose antecedent speaks; the clause ends the earlier verb's object
        a = np_start(tokens, relative - 1, is_cue)
        mention = analyse(tokens[a:relative], text, lex)
        if (listed := _names_before_others(tokens, a, mention, lex, text, found)) is not None:
            return listed
        if mention is not None:
            mention = with_relative(mention, tokens, relative - 1, k, text)
        return Candidate("subject", (mention,) if mention else (), a, k + 1, found)
    r = s - 1
    while r >= 1 and tokens[r].lower in AUX and not tokens[r].capitalized:
        r -= 1  # "executives who have worked with him say": over the relative clause's auxiliaries
    if r >= 2 and tokens[r].is_word and not tokens[r].capitalized and tokens[r - 1].lower in ("who", "that"):
        r -= 1  # "A person who attended the meeting said": over the relative clause's verb
    if (
        r >= 2
        and tokens[r].lower == "who"
        and tokens[r - 1].text == ","
        and tokens[r + 1].is_word
        and not tokens[r + 1].capitalized  # "Bannon, who Vale called …": the relative has its own subject
        and hit.index - r >= 3  # a predicate before the verb: "who is chairman …", not "who hadn't endorsed"
        # "who is said to have pressed": a passive report, no predicate of the person's
        and not any(
            (tokens[m - 1].lower in AUX and is_cue(m)) or tokens[m].lower == "said" for m in range(r + 2, hit.index)
        )
        and all(tokens[m].text != "," for m in range(r + 1, hit.index))
    ):
        # "Tal Vesper, who is chairman of the council said": the relative clause's closing comma is
        # missing; its antecedent speaks
        return relative_subject(tokens, hit, r, lex, text, found)
    if not (r >= 1 and tokens[r].lower in ("who", "that")):
        r = long_relative(tokens, s, lex, is_cue) or r  # "The man who built his career on … said"
    before_relative = tokens[r - 1] if r >= 1 else None
    verb_before = before_relative is not None and (
        before_relative.lower in lex.weekdays  # "said Wednesday that X rejected": a that-clause, not a relative
        or before_relative.lower in ("morning", "afternoon", "evening", "night")
        or (not before_relative.capitalized and before_relative.lower.endswith("ed"))  # "research showed that"
        or (r >= 2 and before_relative.lower in FINITE_VERBS and tokens[r - 2].lower not in DETERMINERS)
    )  # "a survey found that": an irregular past, not a noun ("the found …")
    # "told reporters that Smith said": a name or a determiner after "that" opens the subject of a
    # reported clause; a relative "that" is followed by its verb ("a group that has sued")
    # "remember that social scientists say", "the deal that officials say will …": a noun for people
    # right before the verb is its subject, whatever "that" opens (an -ed form may be a participle
    # describing them: "that superdelegates pledged to her may …")
    people_verb = r == s - 1 and people_noun(tokens[k], lex) and not _participle_before_verb(tokens, hit)
    complement = (
        tokens[r].lower == "that"
        and (
            tokens[r + 1].capitalized
            or tokens[r + 1].lower in DETERMINERS
            or people_verb
            or tokens[r + 1].lower in _THIRD_OR_FIRST_PRONOUNS  # "moves that he said improved …": he speaks
            or tokens[r + 1].text[:1].isdigit()  # "found that 45 percent of voters backed …": a number is no verb
        )
    )
    if (
        r >= 1
        and uncontracted(tokens[r].lower) in ("who", "that", "whose")  # "leaders who’d rather … said"
        and tokens[r - 1].is_word
        and not is_cue(r - 1)
        and not (tokens[r].lower == "that" and (verb_before or complement))
    ):
        # "A person who attended the meeting said": the subject is before the relative clause
        s = across_name_and(tokens, np_start(tokens, r - 1, is_cue), lex)
        clause_end = k
        k = s
        while k + 1 < len(tokens) and uncontracted(tokens[k + 1].lower) not in ("who", "that", "whose"):
            k += 1
        mention = analyse(tokens[s : k + 1], text, lex)
        if mention is not None and _published_object(tokens, s, mention, lex):
            return Candidate("sentence", clause_start=s, dates=found)
        before_apposition = _name_before_apposition(
            tokens, s, mention, text, lex, is_cue, found, tokens[r].lower == "who"
        )
        if before_apposition is not None:
            return before_apposition
        if (listed := _names_before_others(tokens, s, mention, lex, text, found)) is not None:
            return listed
        return Candidate(
            "subject", (with_relative(mention, tokens, k, clause_end, text),) if mention else (), s, s, found
        )
    s = _after_time_lead(tokens, s, k)
    mention = analyse(tokens[s : k + 1], text, lex)
    s, mention = joined_groups(tokens, s, k, mention, lex, text, is_cue)
    before_apposition = _name_before_apposition(tokens, s, mention, text, lex, is_cue, found)
    return before_apposition or listed_subject(tokens, s, mention, lex, text, found)


def _name_before_apposition(
    tokens: Sequence[Token],
    s: int,
    mention: Mention | None,
    text: str,
    lex: Lexicon,
    is_cue: Callable[[int], bool],
    found: tuple[Token, ...],
    personal: bool = False,
) -> Candidate | None:
    """ "Sen. Kirsten Vale (D-NY), a supporter of the bill told host X": an apposition at ``s`` whose
    closing comma is missing; the name before it speaks. ``personal``: a "who" after the
    description says it is a person's ("Nat Orlo, the polling guru who founded X tweeted")."""
    if not (
        mention is not None
        and mention.kind in ("description", "generic")
        and tokens[s].lower in ("a", "an", "the")  # one described person, not "these people", "officials"
        and s >= 2
        and tokens[s - 1].text == ","
        # a person's description ("a supporter of the bill"), not a thing ("Led by X, the rally …")
        and (personal or mention.role is not None or AGENT_NOUN.match(mention.head or "") is not None)
    ):
        return None
    comma = s - 1
    if tokens[comma - 1].text == ")" and (opening := opening_bracket(tokens, comma - 1)) is not None:
        comma = opening  # "Sen. Kirsten Vale (D-NY), a supporter …": the bracket describes the name
    apposed = comma_subject(tokens, comma, text, lex, is_cue)
    if apposed is None or apposed[0].kind != "person" or not (" " in (apposed[0].name or "") or apposed[0].titled):
        return None
    person, start = apposed
    if mention.role and not person.role:  # the description after the comma gives the role
        person = attrs.evolve(person, role=mention.role, organization=person.organization or mention.organization)
    return Candidate("subject", (person,), start, start, found)


def _apposed_names(tokens: Sequence[Token], subject: Mention, k: int, lex: Lexicon, text: str) -> tuple[Mention, ...]:
    """The names of a list set off by commas between an unnamed plural subject and its verb's comma
    at k ("The mediators, Qatar and Egypt, said"); none when the stretch is anything else."""
    if subject.kind not in ("generic", "description") or not (
        (subject.head or "").endswith("s") or subject.head in ("two", "three", "both")
    ):
        return ()
    a = next((m for m in range(k) if tokens[m].start >= subject.end), k)
    if a >= k - 3 or tokens[a].text != ",":
        return ()
    items: list[tuple[int, int]] = []
    start = a + 1
    for m in range(a + 1, k + 1):
        if m == k or tokens[m].text == "," or tokens[m].lower == "and":
            if m > start:
                items.append((start, m))
            start = m + 1
        elif not (tokens[m].capitalized or (tokens[m].lower == "the" and m == start)):
            return ()
    names = [analyse(tokens[i:j], text, lex) for i, j in items]
    if len(names) < 2 or not all(n is not None and n.kind in NAMES for n in names):
        return ()
    return tuple(n for n in names if n is not None)


def _with_plural_role(named: tuple[Mention, ...], group: Mention, lex: Lexicon) -> tuple[Mention, ...]:
    """ "The two presidents, X and Y, said": each person named takes the group's role noun, in the
    singular, when the article gives them none."""
    head = group.head or ""
    role = head[:-1] if role_plural(head, lex) else None
    if role is None:
        return named
    # a full personal name only: one capitalised word may be a state ("The mediators, Qarvat and …")
    return tuple(
        attrs.evolve(m, role=role) if m.kind == "person" and not m.role and " " in (m.name or "") else m for m in named
    )


NOUN_BEFORE_PARTICIPLE = 3  # words of the noun phrase a sentence opens with before its describing participle


def _described_before_name(
    tokens: Sequence[Token], participle: CueHit, apposed: tuple[Mention, int], text: str, lex: Lexicon
) -> Mention | None:
    """The described noun a sentence opens with, before its participle phrase ("One pastor supporting
    the bill,"), when a person's name is apposed to it before the verb; None otherwise."""
    person, start = apposed
    p = participle.index
    if not (participle.cue.participle and 1 <= p <= NOUN_BEFORE_PARTICIPLE and start > p):
        return None
    if person.kind != "person" or not (" " in (person.name or "") or person.titled):
        return None
    if not all((t.is_word and not t.capitalized) or i == 0 for i, t in enumerate(tokens[:p])):
        return None  # a name before the participle ("Vale, defending the bill,") is the subject itself
    noun = analyse(tokens[:p], text, lex)
    return noun if noun is not None and noun.kind in ("generic", "description") else None


def _published_object(tokens: Sequence[Token], s: int, mention: Mention, lex: Lexicon) -> bool:
    """ "The group issued a report that cited …", "X is releasing an ad that urges …": a document
    that is the object of the sentence's verb speaks for the verb's subject."""
    if mention.kind != "document" and mention.head not in lex.documents and mention.head not in PUBLISHED_THINGS:
        return False
    k = s - 1
    while k >= 0 and tokens[k].is_word and tokens[k].lower in DETERMINERS:
        k -= 1
    before = tokens[k] if k >= 0 else None
    return (
        before is not None
        and before.is_word
        and not before.capitalized
        and before.lower not in PREPOSITIONS
        and before.lower not in BOUNDARY_WORDS
        and before.lower.endswith(("ed", "ing", "es", "s"))
    )


# Things a speaker puts out that carry its words, beside the lexicon's documents.
PUBLISHED_THINGS = words("ad ads advertisement video memo op-ed editorial filing lawsuit complaint brief petition")


def _participle_subject(
    tokens: Sequence[Token],
    hit: CueHit,
    before: Sequence[CueHit],
    lex: Lexicon,
    text: str,
    is_cue: Callable[[int], bool],
    k: int,
    connector: int,
    dates: tuple[Token, ...],
) -> Candidate:
    """ "…, adding that": the speaker of the verb before; "Speaking to X, Y said" and "But while
    denouncing X, she …": the subject of the clause after; "voters saying …": the noun before."""
    shared: Relation = "chain" if before else "sentence"
    if k >= 1 and tokens[k].lower in ("not", "never") and tokens[k - 1].lower in ("for", "of", "without"):
        # "criticized voters for (not) supporting X": a gerund after a preposition is what the verb's
        # object did, no report of the sentence's and no clause of its own (it ends no earlier verb's
        # words); a later "…, declaring" goes on with the subject
        return Candidate("none", clause_start=0, dates=dates)
    if (
        before
        and k >= 0
        and (tokens[k].text == "," or tokens[k].lower in BY_GERUND)
        and subordinate(tokens, before[-1].index)
    ):
        # "While rivals called for X, Vale kept to Y, noting that …": the participle belongs to the main clause
        # the first comma that a subject follows ends the subordinate clause (", also known as X," does not)
        commas = (m for m in range(before[-1].stop, k) if tokens[m].text == ",")
        main = next((found for m in commas if (found := subject_phrase(tokens, m + 1, lex, text)) is not None), None)
        if main is not None:
            return Candidate("next", (main,), clause_start=connector, dates=dates)
    if not before and k >= 0 and tokens[k].text == ",":
        # "Dorn pivoted to trade, but Wallin brought him back …, asking Dorn …": the last clause's subject
        later = coordinated_subject(tokens, k, lex, text)
        if later is not None:
            return Candidate("next", (later,), clause_start=connector, dates=dates)
    if k >= 1 and tokens[k].lower in ("by", "for") and any(t.lower in CHARGING for t in tokens[max(0, k - 8) : k]):
        # "charged X with espionage by publishing files": the gerund is the charge's deed, the
        # accused one's, and no report of the subject's
        return Candidate("none", clause_start=hit.index, dates=dates)
    if k < 0 or all(t.lower in PARTICIPLE_OPENERS for t in tokens[: k + 1]):
        main = main_clause_subject(tokens, hit.stop, lex, text)
        return Candidate("next", (main,) if main else (), clause_start=hit.index, dates=dates)
    if tokens[k].lower in BY_GERUND and (who := _relative_of_clause(tokens, k)) is not None:
        # "Ryan, who a week ago surprised Trump by declaring …": the gerund's subject is the relative's
        # antecedent, when that is a person named ("a tightening of the race with X, who …" is left alone)
        antecedent = relative_subject(tokens, hit, who, lex, text, dates)
        if antecedent.mentions and all(m.kind == "person" for m in antecedent.mentions):
            return antecedent
    if (
        tokens[k].text == ","
        or tokens[k].kind == "quote"
        or tokens[k].lower in ("and", "but")
        or tokens[k].lower in BY_GERUND
    ):
        return Candidate(shared, clause_start=connector if tokens[k].kind != "quote" else hit.index, dates=dates)
    quoted = _quoted_as(tokens, k, lex, text, is_cue) or _passive_quoted(tokens, k, lex, text, is_cue)
    if quoted is not None:  # "The agency quoted Tal Vesper as saying …": the one quoted speaks
        return Candidate("subject", (quoted[0],), quoted[1], quoted[1], dates)
    if tokens[k].lower == "at" or (k >= 2 and tokens[k - 1].lower in PREPOSITIONS and tokens[k - 2].lower in AUX):
        # "are better at informing parents", "are on record opposing the plan": the predicate's, whose
        # subject is the sentence's
        return Candidate(shared, clause_start=hit.index, dates=dates)
    s = across_name_and(tokens, np_start(tokens, k, is_cue), lex)
    if s >= 1 and tokens[s - 1].lower in MODALS and not tokens[s].capitalized and s < k:
        if not any(t.capitalized for t in tokens[s + 1 : k + 1]):
            # "Republicans can reasonably campaign saying …", "would require disclosing": the words after
            # a modal are its verb phrase, no noun phrase; whether the participle is the verb's object or
            # the subject's report, no speaker is read off it
            return Candidate("none", clause_start=hit.index, dates=dates)
        s += 1  # "will follow Hillary Vale's speech denouncing …": the verb's object holds the speaker
    s = next((w + 1 for w in range(k - 1, s, -1) if opening_with(tokens, w)), s)  # "ended with Vale asking"
    if s < k and tokens[s].lower == "with":
        s += 1  # "…, with a spokesperson telling reporters that …": the noun after "with" speaks
    if gerund_object(tokens, s):
        # "no problem with presidents criticizing judges", "evidence of soldiers attacking": what the
        # noun does is the preposition's object, no report
        return Candidate("none", clause_start=hit.index, dates=dates)
    if s > 0 and tokens[s - 1].lower in ("who", "which") and tokens[s].lower not in AUX:
        # "the emails, which included staff members suggesting …": people named as the relative's
        # object are who the participle describes
        plural = tokens[k].lower.endswith("s") or tokens[k].lower in ("people", "staff", "police", "personnel")
        if k > s and plural and people_noun(tokens[k], lex) and not tokens[s].capitalized:
            mention = analyse(tokens[s + 1 : k + 1], text, lex)
            if mention is not None:
                return Candidate("subject", (mention,), s + 1, s + 1, dates)
        # "Otter, who spent more time talking about …": a verb phrase after the relative pronoun
        return relative_subject(tokens, hit, s - 1, lex, text, dates)
    p = s if tokens[s].lower in ("on", "to", "via") else s - 1
    if p >= 1 and tokens[p].lower in ("on", "to", "via") and tokens[p - 1].lower in POSTING:
        # "posted on Twitter accusing …", "wrote to the council urging …": where or to whom, not who
        return Candidate(shared, clause_start=hit.index, dates=dates)
    mention = analyse(tokens[s : k + 1], text, lex)
    if (
        mention is None
        or mention.kind == "document"
        or mention.head in lex.documents
        or mention.head in PUBLISHED_THINGS
    ):
        if mention is None and hit.cue.act_share >= 0.5 and tokens[k].is_word and not tokens[k].capitalized:
            # "a series of tweets supporting Johnson", "ads attacking rivals": the participle
            # describes the thing before it; nobody acts through it
            return Candidate("none", clause_start=hit.index, dates=dates)
        return Candidate(shared, clause_start=hit.index, dates=dates)
    return Candidate("subject", (mention,), s, s, dates)


QUOTING = words("quoted quotes quoting cited cites citing")
# verbs of where or to whom words went ("took to X", "appeared on Y", "wrote to Z"), then a participle
POSTING = words("posted wrote tweeted appeared spoke went took turned")


def _quoted_as(
    tokens: Sequence[Token], k: int, lex: Lexicon, text: str, is_cue: Callable[[int], bool]
) -> tuple[Mention, int] | None:
    """The object of "quoted … as" before a participle ("The agency quoted Tal Vesper as saying"), and
    where it starts: a news outlet passes on what that person said."""
    if k < 2 or tokens[k].lower != "as":
        return None
    s = np_start(tokens, k - 1, is_cue)
    if s < 1 or s >= k or tokens[s - 1].lower not in QUOTING:
        return None
    mention = analyse(tokens[s:k], text, lex)
    return (mention, s) if mention is not None else None


def _passive(tokens: Sequence[Token], k: int) -> bool:
    """A past participle with its agent after "by", after a thing or an auxiliary ("a move condemned by
    the United Nations", "was rejected by Hamas"): the phrase before it did not speak ("said by
    phone" after a name, "responded by saying" are no passives)."""
    if not (0 < k < len(tokens) - 2 and tokens[k].lower.endswith("ed") and tokens[k + 1].lower == "by"):
        return False
    agent, before = tokens[k + 2], tokens[k - 1]
    if not (agent.capitalized or agent.lower == "the"):
        return False
    return before.lower in PASSIVE_AUX or (
        before.is_word and not before.capitalized and uncontracted(before.lower) not in SUBJECT_PRONOUNS
    )


def _passive_quoted(
    tokens: Sequence[Token], k: int, lex: Lexicon, text: str, is_cue: Callable[[int], bool]
) -> tuple[Mention, int] | None:
    """The subject of "X was quoted (by the agency) as saying": the one quoted speaks, and where the
    subject starts."""
    if k < 3 or tokens[k].lower != "as":
        return None
    q = next((m for m in range(k - 1, max(0, k - 8), -1) if tokens[m].lower == "quoted"), None)
    if q is None or (q < k - 1 and tokens[q + 1].lower != "by") or not all(t.is_word for t in tokens[q:k]):
        return None  # only "quoted as" or "quoted by the agency as"
    a = q - 1
    while a >= 0 and tokens[a].lower in AUX and not tokens[a].capitalized:
        a -= 1
    if a == q - 1 or a < 0:
        return None
    if tokens[a].text == ",":  # "the commander of the force, Brig. Gen. X, was quoted as saying"
        return comma_subject(tokens, a, text, lex, is_cue)
    if not tokens[a].is_word:
        return None
    s = np_start(tokens, a, is_cue)
    mention = analyse(tokens[s : a + 1], text, lex)
    return (mention, s) if mention is not None else None


ASIDES_AFTER_RELATIVE = 3  # comma-delimited asides between a relative pronoun and its verb


def _relative_before_aside(tokens: Sequence[Token], k: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> int | None:
    """The relative pronoun of "X, who, after trading insults with Y, said": "who" alone between
    commas, then adverbial or participle asides up to the comma at ``k`` before the verb."""
    end = k
    for _ in range(ASIDES_AFTER_RELATIVE):
        c = next((m for m in range(end - 1, max(end - 20, -1), -1) if tokens[m].text == ","), None)
        if c is None or c + 1 >= end:
            return None
        if end - c == 2 and tokens[c + 1].lower in ("who", "which"):
            return c + 1
        if segment_kind(tokens, c + 1, end, lex, is_cue) not in ("adverbial", "participle"):
            return None
        end = c
    return None


# what opens a new clause before an apposed subject ("…, while a senior official, X, said")
CLAUSE_JOINERS = frozenset(("and", "but", "(", ";", "while", "whereas"))
CHARGING = words("charged indicted convicted sentenced arrested prosecuted sued fined jailed detained")
# Words that may open a sentence before a participle whose subject comes after it ("But while denouncing …, she").
BY_GERUND = words("by after before while when upon")  # "…, by saying that": the clause's subject speaks
PARTICIPLE_OPENERS = words("but and while when after before by in since without despite upon also even yet so")


TIME_LEAD_NUMBERS = NUMBER_WORDS | {"an"}
TIME_LEAD_UNITS = TIME_UNITS | words("hour day week month year decade minute moments")


def _after_time_lead(tokens: Sequence[Token], s: int, k: int) -> int:
    """Where the subject starts after a time that opens it with no comma ("Years later Dorn said", "Two
    weeks earlier the ministry said"): the time is no part of the source."""
    m = s
    while m < k and (tokens[m].lower in TIME_LEAD_NUMBERS or tokens[m].text.isdigit()):
        m += 1
    if m + 1 < k and tokens[m].lower in TIME_LEAD_UNITS and tokens[m + 1].lower in TIME_AFTER:
        return m + 2
    return s


def _names_before_others(
    tokens: Sequence[Token], s: int, mention: Mention | None, lex: Lexicon, text: str, dates: tuple[Token, ...]
) -> Candidate | None:
    """ "Hale and others who oppose the dam said": "others" after "and" names nobody; the names
    before it speak (``listed_subject``), whatever relative clause follows. None when no name does."""
    if (
        mention is None
        or mention.kind != "generic"
        or mention.head != "others"
        or s < 2
        or tokens[s - 1].lower != "and"
    ):
        return None
    listed = listed_subject(tokens, s, mention, lex, text, dates)
    return listed if listed.mentions and all(m.kind in ("person", "institution") for m in listed.mentions) else None


HEAD_ENDERS = FINITE_VERBS | FINDING_VERBS  # "the former president gave …", "Findings show voters …"


def _over_participle(tokens: Sequence[Token], s: int, lex: Lexicon, is_cue: Callable[[int], bool], text: str) -> int:
    """ "Officials speaking on condition of anonymity said", "Protesters demanding the release of X
    said": a cue's participle right after a noun for people describes the noun, and the subject
    phrase begins before them both."""
    if s >= 2 and is_cue(s - 1) and describing_participle(tokens, s - 1, lex):
        return np_start(tokens, s - 2, is_cue)
    if s >= 3 and is_cue(s - 1) and tokens[s - 1].lower.endswith("ing") and tokens[s - 2].capitalized:
        # "Officials in Ombrin speaking on condition of anonymity said": the participle describes
        # the people a place follows
        a = np_start(tokens, s - 2, is_cue)
        described = analyse(tokens[a : s - 1], text, lex) if a < s - 2 else None
        if described is not None and described.kind == "generic" and described.listed:
            return a
    by = s if s < len(tokens) and tokens[s].lower == "by" else s - 1
    if by >= 2 and tokens[by].lower == "by" and issued_by(tokens, by - 1, lex):
        return np_start(tokens, by - 2, is_cue)  # "A statement released by the ministry said"
    return s


def _title(quote: Token) -> bool:
    """A short quotation in title case, a work's name ("Pose", "Morning Joe"), not anyone's words."""
    title = title_words(quote)
    return 0 < len(title) <= 4 and all(w[0].isupper() for w in title)


def _past_date(tokens: Sequence[Token], e: int, lex: Lexicon) -> int:
    """The token after a date at ``e`` ("on Tuesday, November 19", "Tuesday"); ``e`` when none starts there."""
    k = e + 1 if e + 1 < len(tokens) and tokens[e].lower == "on" else e
    d = k
    while d < len(tokens) and (
        tokens[d].lower in lex.weekdays
        or tokens[d].lower in MONTHS
        or (d > k and (tokens[d].text[:1].isdigit() or tokens[d].text == ","))
    ):
        d += 1
    while d > k and tokens[d - 1].text == ",":
        d -= 1
    return d if d > k else e


def _name_then_break(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """Capitalised words (not a day or a month) right after the verb, then the sentence's end or a
    comma and a lower-case word or an owner: ", said Keller, but …", ", said Tomas Keller.", ", said
    lobbyist and party strategist Tomas Keller, Vale's former partner." (role nouns before the name)."""
    e, named = j, 0
    while e < len(tokens) and e - j < 7 and tokens[e].is_word:
        tok = tokens[e]
        if tok.capitalized:
            if tok.lower in lex.weekdays or tok.lower in MONTHS:
                if not named:
                    return False
                break  # ", said Ombrin Watch Tuesday.": the day after the name dates the words
            named += 1
        elif not (can_head(tok, lex) or (e > j and tok.lower == "and")):
            break
        e += 1
    if not named or not tokens[e - 1].capitalized:
        return False
    e = _past_date(tokens, e, lex)
    if e == len(tokens) or tokens[e].text == ".":
        return True
    after = tokens[e + 1] if tokens[e].text == "," and e + 1 < len(tokens) else None
    return after is not None and after.is_word and (not after.capitalized or after.text.endswith(POSSESSIVE_ENDS))


def _named_after(
    tokens: Sequence[Token], hit: CueHit, text: str, lex: Lexicon, found: tuple[Token, ...]
) -> Candidate | None:
    """The speaker the words after the verb name ('…, said Keller'), or None when they name none."""
    inverted = inverted_reading(tokens, hit, text, lex, found)
    return inverted if inverted.mentions else None


_THIRD_OR_FIRST_PRONOUNS = SUBJECT_PRONOUNS - {"you"}  # made once: tested per reported clause
