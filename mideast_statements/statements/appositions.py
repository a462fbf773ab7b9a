"""The subject of ", said" when commas close interruptions between it and the verb: "Name, the
minister, said", "The minister, Name, said", "X, who has campaigned as a populist, has said",
"Clinton, during a town hall in Columbus, Ohio, said". The stretch before the verb is cut at commas
and each piece read as a noun phrase, a relative or participle phrase, an adverbial or a clause."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .cues import UNNAMED
from .lexicon import Lexicon
from .mentions import INTERJECTIONS, LEADING_VERBS, Mention, analyse, verb_with_object
from .phrase_extent import ISSUING, across_name_and
from .phrases import AUX, BOUNDARY_WORDS, DETERMINERS, auxiliary, np_start, opening_bracket, written_through
from .text import MONTHS, Token, titled_quote, words

__all__ = ["ADVERBS", "PREPOSITIONS", "SegmentKind", "comma_subject", "segment_kind"]


ADVERBS = words("long ago still also already now then recently later earlier once never just soon again even")
SegmentKind = Literal["np", "opening np", "relative", "participle", "adverbial", "clause"]
LINKING_ADVERBS = words("now then also still instead meanwhile later earlier again")
# a sentence's opening words set off by a comma that name nobody ("Earlier, the envoy, X, told …")
OPENING_ADVERBS = (
    INTERJECTIONS | LINKING_ADVERBS | words("separately additionally previously elsewhere likewise similarly")
)
CONJUNCTIONS = words("and but or yet so while whereas though although because since")
RELATIVES = words("who which whose whom where when")
# Words that open an interruption between a subject and its verb ("CNN, like the AP, said").
INTERRUPTION_OPENERS = words("like unlike including such now then himself herself itself themselves too also both")
PREPOSITIONS = words(
    "in on at during after before following from for with without despite amid over under through since "
    "throughout across against about by near inside outside upon within"
)


def segment_kind(tokens: Sequence[Token], a: int, b: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> SegmentKind:
    """What a comma-delimited stretch [a, b) before a verb is: a noun phrase (a subject or an
    appositive), a relative clause, a participle phrase, an adverbial, or a clause of its own."""
    first = tokens[a]
    low = first.lower
    if low in RELATIVES:  # "Roffman, who estimates that his costs were …, described": still an interruption
        return "relative"
    if first.is_word and not first.capitalized and low in AUX and a > 0 and tokens[a - 1].text == ",":
        # "Rubio, whose hometown, Miami, is projected to flood, argues": a verb with no subject goes
        # on with the relative clause an appositive broke; with no relative before it, it is the main
        # clause's verb ("Vass, 58, a former minister, was taken away …, his wife, X, told")
        return "relative" if any(t.lower in RELATIVES for t in tokens[:a]) else "clause"
    # "the owner of the Mavericks who rebuffed pleas to run": a noun phrase with its relative clause
    relative = next(
        (
            m
            for m in range(a + 1, b)
            if tokens[m - 1].is_word
            and (
                tokens[m].lower in ("who", "whom", "whose", "which")
                # "a conservative group that has sued …": "that" after a noun, before its verb
                or (
                    tokens[m].lower == "that"
                    and first.lower in DETERMINERS
                    and m + 1 < b
                    and not tokens[m + 1].capitalized
                )
            )
        ),
        b,
    )
    # "X, a team-mate of Dorn's while he was at City, said": an appositive's time clause, as a relative
    if low in ("a", "an", "the") and a > 0 and tokens[a - 1].text == ",":
        relative = next((m for m in range(a + 2, relative) if tokens[m].lower in ("when", "while")), relative)
    participle = first.is_word and not first.capitalized and low.endswith("ing")
    if any(
        t.kind == "quote" and not titled_quote(tokens, m) and not (participle and len(t.text.split()) <= 3)
        for m, t in enumerate(tokens[a:relative], a)
    ):
        # a quotation is a clause's, but not a title ('host of MSNBC’s “Morning Joe”') nor a name a
        # participle phrase carries ('wearing “Ted Cruz” campaign pins')
        return "clause"
    if any(is_cue(m) for m in range(a, relative)):
        # "in an opinion article published in the Post": a participle inside an adverbial is no clause
        adverbial = (
            low in PREPOSITIONS
            and not first.capitalized
            and all(
                not is_cue(m) or (tokens[m].lower.endswith("ed") and tokens[m - 1].is_word)
                for m in range(a + 1, relative)
            )
        )
        # "a superdelegate supporting Clinton", "a group representing farmers": a noun phrase with
        # its reduced relative, the cue a participle after the noun
        reduced = (
            low in ("a", "an")
            and not first.capitalized
            and all(
                not is_cue(m) or (tokens[m].lower.endswith(("ing", "ed")) and tokens[m - 1].is_word and m > a + 1)
                for m in range(a + 1, relative)
            )
        )
        if not adverbial and not reduced:
            return "clause"
    # "…, but General Mark Milley, chairman of X, told": a new clause opens; so does "As John Vale, the
    # party's No. 2, put it:" with a name
    if (low in CONJUNCTIONS or (low == "as" and a == 0 and b - a > 2 and tokens[a + 1].capitalized)) and b - a > 1:
        c = a + 1
        while c < b - 1 and (
            tokens[c].lower in LINKING_ADVERBS or (tokens[c].lower == "so" and tokens[c + 1].lower == "far")
        ):
            c += 2 if tokens[c].lower == "so" else 1  # "but so far Canova, …": an adverb before the subject
        return "opening np" if segment_kind(tokens, c, b, lex, is_cue) == "np" else "clause"
    if low in RELATIVES:
        return "relative"
    if first.is_word and not first.capitalized and (low.endswith(("ed", "ing")) or low == "led"):
        # "retired Gen. Tarek Vale", "embattled Sen. Ana Lind": a describing word before a title and a name
        titled = b - a >= 3 and all(
            t.capitalized and t.lower not in lex.weekdays and t.lower not in MONTHS for t in tokens[a + 1 : b]
        )
        return "np" if titled and low.endswith("ed") else "participle"
    if all(t.lower in OPENING_ADVERBS or t.lower in lex.weekdays for t in tokens[a:b] if t.is_word):
        return "adverbial"
    if low in INTERRUPTION_OPENERS or (low in PREPOSITIONS and not first.capitalized) or low in PREPOSITIONS:
        return "adverbial"
    if any(auxiliary(t) for t in tokens[a:relative]) or low in BOUNDARY_WORDS:
        return "clause"
    if first.capitalized and first.lower not in DETERMINERS and verb_with_object(tokens[a:b], 0, lex):
        return "participle"  # "Alarmed by the unrest, Senator X said"
    if first.capitalized and any(
        # only before a relative pronoun: "Some voters who have listened to his speeches" is a noun phrase
        verb_with_object(tokens[a:b], m, lex)
        for m in range(1, relative - a)
        if not tokens[a + m].capitalized
    ):
        # "Facebook created the tool, a spokeswoman, X, said": the content's clause; a phrase with
        # an article keeps its reduced relative ("a super PAC allied with …")
        return "clause"
    # "director of the Center for … at the … Institute of … at … University", "a former aide to X
    # and now the chairman of …": a role's long object
    # ("a Vale superdelegate from the District and the president of the D.C.-based X Institute")
    longest = 24 if any(t.lower in lex.roles for t in tokens[a:relative]) else 16
    if relative - a > longest or not any(t.is_word for t in tokens[a:b]):
        return "clause"  # a long stretch is a clause; a noun phrase may still carry a long relative clause
    return "np"


def comma_subject(
    tokens: Sequence[Token], k: int, text: str, lex: Lexicon, is_cue: Callable[[int], bool]
) -> tuple[Mention, int] | None:
    """The subject of ", said" when commas close interruptions between it and the verb: "Name, the
    minister, said", "The minister, Name, said", "Mark Holden, chairman of X, the network's arm,
    said", "Mr. Trump, who has campaigned as a populist, has said", "Clinton, during a town hall in
    Columbus, Ohio, said". The stretch before the verb is cut at commas; read from the right, the run
    of interruptions (noun phrases, relative and participle phrases, adverbials) stops at a clause or
    a quotation; the leftmost noun phrase of the run is the subject, the next one its appositive."""
    bounds: list[tuple[int, int]] = []
    end = k
    a = k - 1
    while a >= -1 and len(bounds) < 6:
        # "Sen. Jo Vale (R-Ga.), one of …, said": a bracket before a comma or the verb stays in, as
        # does one inside an interruption ("whose … in the Reserve Officers' Training Corps (ROTC) program,")
        if a >= 0 and tokens[a].text == ")":
            opening = opening_bracket(tokens, a)
            if opening is not None:
                a = opening - 1
                continue
        inner_name = (  # 'wearing “Ted Cruz” campaign pins': a short quotation inside a phrase
            a > 0
            and tokens[a].kind == "quote"
            and a + 1 < end
            and tokens[a - 1].is_word
            and tokens[a + 1].is_word
            and len(tokens[a].text.split()) <= 3
            and not tokens[a].text.rstrip("”\"’' ").endswith(",")  # '"…," an official, X, said': the words end
        )
        if a > 0 and tokens[a].kind == "quote" and titled_quote(tokens, a):
            # "X, the co-author of “Going Viral,” about …, said": a title's closing comma ends a stretch
            if tokens[a].text.rstrip("”\"’' ").endswith(","):
                if a + 1 < end:
                    bounds.insert(0, (a + 1, end))
                end = a + 1
            a -= 1
            continue
        if a == -1 or (
            not inner_name and (tokens[a].text in (",", ";", ":", "(", ")", "—", "–") or tokens[a].kind == "quote")
        ):
            if a + 1 < end:
                bounds.insert(0, (a + 1, end))
            if a == -1 or tokens[a].text != ",":
                break
            end = a
        a -= 1
    # "in what Kessa Dorn, the treasurer, called …", "It was years ago that Tal Vesper, who …, said":
    # the name opens a run
    for i, (s0, e0) in enumerate(bounds):
        what = next((m for m in range(e0 - 2, s0 - 1, -1) if tokens[m].lower in ("what", "whom", "that")), None)
        if what is not None and all(t.capitalized for t in tokens[what + 1 : e0]):
            bounds[i] = (what + 1, e0)
    kinds = [segment_kind(tokens, s, e, lex, is_cue) for s, e in bounds]
    start = len(bounds)
    while start > 0 and kinds[start - 1] != "clause":
        start -= 1
        if kinds[start] == "opening np":
            break
    # the leftmost noun phrase that names a source; one that does not is the content's own clause
    # ("The tool helps in a crisis, a spokeswoman, Anna White, said")
    for head in (i for i in range(start, len(bounds)) if kinds[i] in ("np", "opening np")):
        s_head, e_head = bounds[head]
        # "Some voters who have listened to his speeches, on television …, said": the noun before "who"
        who = next((m for m in range(s_head + 1, e_head) if tokens[m].lower == "who"), None)
        if who is not None and head == start and tokens[who - 1].is_word:
            e_head = who
        if tokens[e_head - 1].text == ")":  # "Sen. Jo Vale (R-Ga.)": the name before the bracket
            opening = opening_bracket(tokens, e_head - 1)
            e_head = e_head if opening is None else opening
        s = max(across_name_and(tokens, np_start(tokens, e_head - 1, is_cue), lex), s_head)
        appositive: Sequence[Token] = ()
        if head + 1 < len(bounds) and (
            kinds[head + 1] == "np"
            # "X, who heads the Y Centre, said": a relative clause that gives a job at a body
            or (kinds[head + 1] == "relative" and tokens[bounds[head + 1][0] + 1].lower in LEADING_VERBS)
        ):
            appositive = tokens[bounds[head + 1][0] : bounds[head + 1][1]]
            if (
                len(appositive) == 1
                and appositive[0].text.isdigit()
                and head + 2 < len(bounds)
                and kinds[head + 2] == "np"
                and tokens[bounds[head + 2][0]].lower in ("a", "an")
            ):
                appositive = tokens[bounds[head + 2][0] : bounds[head + 2][1]]  # "Vasko, 62, a former general,"
        elif head + 1 < len(bounds) and kinds[head + 1] == "relative":
            # "X, who is also the defence minister, said": the role after the copula is an appositive's
            appositive = _copula_role(tokens[bounds[head + 1][0] : bounds[head + 1][1]], lex)
        mention = analyse(tokens[s:e_head], text, lex, appositive)
        if (
            mention is not None
            and mention.kind == "person"
            and head + 1 < len(bounds)
            and kinds[head + 1] == "relative"
            and tokens[bounds[head + 1][0]].lower == "who"
        ):
            mention = attrs.evolve(mention, titled=True)  # "Vasko, who …, said": "who" is said of a person
        if mention is not None and head + 1 < len(bounds):
            mention = (
                _issuer_set_off(tokens[s:e_head], tokens[bounds[head + 1][0] : bounds[head + 1][1]], text, lex)
                or mention
            )
        if mention is not None:
            if mention.kind == "role" and _asked_anonymity(tokens, e_head, k):
                # "the official, who requested anonymity, told …": unnamed on purpose, as written; no
                # one named before is that official
                mention = attrs.evolve(mention, kind="description", written=mention.written or mention.text)
            return _with_members(mention, tokens, bounds[head + 1 :], text), s
    return None


def _issuer_set_off(document: Sequence[Token], aside: Sequence[Token], text: str, lex: Lexicon) -> Mention | None:
    """ "The statement, issued by the Kestrel foreign ministry, said": a document, then its issuer set off
    by commas; read as one phrase ("a statement issued by …"), its issuer speaks. None otherwise."""
    if len(aside) < 3 or aside[0].lower not in ISSUING or aside[1].lower != "by":
        return None
    joined = analyse([*document, *aside], text, lex)
    return joined if joined is not None and joined.kind in ("person", "institution") else None


ANONYMITY_WORDS = words("anonymity anonymously")


def _asked_anonymity(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Do tokens[a:b] say the source asked not to be named ("who requested anonymity", "speaking
    on condition he not be named", "who was not authorised to speak")?"""
    for m in range(a, b):
        low = tokens[m].lower
        if low in ANONYMITY_WORDS:
            return True
        if m > a and low in UNNAMED and tokens[m - 1].lower == "be":  # the words cues read after a verb
            return True
        if m > a and low in ("authorized", "authorised") and tokens[m - 1].lower == "not":
            return True
    return False


MEMBER_OPENERS = words("including like")


def _with_members(mention: Mention, tokens: Sequence[Token], after: Sequence[tuple[int, int]], text: str) -> Mention:
    """An unnamed group keeps, as written, the members the article names in it ("Several
    candidates, including Vale, said")."""
    if mention.kind not in ("generic", "description") or not mention.written or not after:
        return mention
    a, b = after[0]
    if tokens[a].lower not in MEMBER_OPENERS or b - a > 12:
        return mention
    return written_through(mention, text, tokens[b - 1].end)


COPULA_ADVERBS = words("also now currently still")
COPULA_STOPS = words("until since in from before after during when while who which that")


def _copula_role(clause: Sequence[Token], lex: Lexicon) -> Sequence[Token]:
    """ "who is also the defence minister": the noun phrase after "who is" (and an adverb), when it
    starts with an article and ends in a role noun; else nothing."""
    if len(clause) < 4 or clause[0].lower != "who" or clause[1].lower != "is":
        return ()  # ("who was the head …" gives a former job, not the one the record would show)
    k = 2
    while k < len(clause) and clause[k].lower in COPULA_ADVERBS:
        k += 1
    phrase = clause[k:]
    if len(phrase) < 2 or phrase[0].lower not in ("the", "a", "an") or not all(t.is_word for t in phrase):
        return ()
    if any(t.lower in COPULA_STOPS or t.text[:1].isdigit() for t in phrase):
        return ()  # "who is the head of X until May": a time or a place after the job is not its body
    end = next((m for m, t in enumerate(phrase) if t.lower in ("of", "for", "at", "to")), len(phrase))
    return phrase if phrase[end - 1].lower in lex.roles else ()
