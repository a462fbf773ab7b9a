"""Stage 3b — content spans: what a cue reports (the frame after the verb, and where its words
begin, is read by ``complements``).

After the verb: a that-clause or bare clause (``indirect``, or ``mixed`` when it carries quoted
words), a quotation (``direct``), or an object (a speech ``act``: "condemned the strikes", "urged
the council to act"); a listener ("told reporters") and adjuncts ("in a statement on Tuesday")
may stand between. A cue with nothing after it reports what stands before it ('"…," she said',
"Clause, the ministry said"). A content runs to where the next cue's clause begins.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

import attrs

from ..model import StatementKind
from .asides import DASHES, OCCASIONS
from .candidates import AUX, Candidate, charge_aside
from .clause_ends import before_main_clause, before_main_subject, first_word, sentential_relative, summary_start
from .complements import (
    ARTICLE_TAKERS,
    NOT_BEFORE_ED,
    PERIODS,
    SPOKEN_TO,
    SUBORDINATORS,
    SUMMING_OPENERS,
    Complement,
    as_clause,
    closes_on_comma,
    dash_summary,
    name_then_end,
    skip_date,
    words_in,
)
from .cues import MODALS, NOUN_MARKERS, CueHit
from .lexicon import Lexicon
from .names import strip_possessive
from .phrase_extent import DAY_PARTS
from .phrase_words import role_noun
from .text import (
    FINITE_VERBS,
    LEADING_JUNK,
    LY_NOUNS,
    SUBJECT_PRONOUNS,
    Token,
    closing_comma,
    closing_mark,
    comma_at,
    gerund_word,
    has_quote_marks,
    last_word_index,
    quotation_after,
    quoted_span,
    titled_quote,
    verb_word,
    words,
)

__all__ = [
    "Content",
    "clause_kind",
    "content_of",
    "first_word",
    "nested",
    "quote_content",
]


@attrs.frozen(slots=True)
class Content:
    """A statement's words: paragraph offsets [start, end), its kind and the cue as written."""

    kind: StatementKind
    start: int
    end: int
    cue: str
    run_on: bool = False  # a direct quotation whose closing mark is missing (it runs on)
    continuation: tuple[int, int] | None = None  # the words after a parenthetical "…, X said, …"


def nested(
    hits: Sequence[CueHit],
    subjects: Sequence[Candidate],
    complements: Sequence[Complement],
    tokens: Sequence[Token],
    lowers: Sequence[str],
) -> list[bool]:
    """Which cues sit inside an earlier cue's reported clause ("said that Russia calls for …"): they
    are part of that statement, not new ones. A cue is inside when an earlier cue that is not itself
    inside reports a clause, and the cue's subject opens that clause — its first words, after a
    subordinator ("said that since X was backing him, …"), or before a date the subject phrase took
    in ("reported last month X had ordered …") — or the cue shares the speaker of a verb that is
    inside ("said that Russia calls for talks and urges …"), or shares it after a modal ("said the
    country was ready but would respond …": the modal is the reported clause's). One pass, in order."""
    inside = [False] * len(hits)
    latest: list[int] = []  # where the last three reported clauses of earlier cues begin (no further back)
    reporting = False  # an earlier cue reports a clause
    inside_since = False  # a cue after the first such cue is inside

    def opens_clause(subject: Candidate, hit: CueHit) -> bool:
        start = subject.start
        if start is None:
            return False
        # "said that since X was …", "said both he and Rubio promised …": a word or two open the clause
        if any(0 <= start - c <= 3 and all(w.isalpha() for w in lowers[c:start]) for c in latest):
            return True
        # "said he is unconvinced that Kestrel believes …": a that-clause within the reported one, but
        # not one hanging from the writer's summing-up after it ("…, a charge that Kestrel denied")
        if start >= 1 and lowers[start - 1] == "that" and latest and latest[-1] < start:
            if any(w in (";", ":") for w in lowers[latest[-1] : start]):
                return False
            return summary_start(tokens, start, SUMMING_UP) == start
        # "reported last month Cameron had ordered …": the subject phrase took in the date before it
        return any(
            start < c < hit.index and c - start <= 3 and all(w.isalpha() for w in lowers[start:c]) for c in latest
        )

    what_clause: int | None = None  # where "what" opens an earlier cue's object ("denounced what he called …")
    for order, subject in enumerate(subjects):
        if (
            what_clause is not None
            and subject.start == what_clause + 1
            and subject.mentions[:1]
            and subject.mentions[0].kind == "pronoun"
        ):
            inside[order] = True  # "denounced what he called …": the speaker's own words for the object
        elif reporting and _relative_aside(subject, hits[order], lowers):
            inside[order] = True  # "said the talks, which she said were mediated by X, had stalled"
        elif reporting and (
            (
                subject.relation == "chain"
                and (inside_since or _after_modal(subject, hits[order], lowers))
                # "said that X was …, noting that …": a participle after a comma is the speaker's own
                and not (hits[order].cue.participle and lowers[hits[order].index - 1] == ",")
            )
            or (subject.relation == "subject" and opens_clause(subject, hits[order]))
        ):
            inside[order] = True
            inside_since = True
        elif complements[order].frame == "np" and lowers[complements[order].start] == "what":
            what_clause = complements[order].start
        elif complements[order].frame in ("that", "clause") and not hits[order].negated:
            latest[:] = [*latest[-2:], complements[order].start]
            reporting = True
    return inside


def _clause_opens(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A name or a subject pronoun and then a verb at ``k`` (before ``end``): a new clause begins."""
    if k + 1 >= end or not tokens[k].is_word:
        return False
    subject = tokens[k].capitalized or tokens[k].lower in ("he", "she", "they", "it", "we", "i")
    return subject and verb_word(tokens[k + 1])


SUMMING_UP = SUMMING_OPENERS | {"something"}  # "…, a charge that", "— something that"


def _relative_aside(subject: Candidate, hit: CueHit, lowers: Sequence[str]) -> bool:
    """ "which she said were …", "who he says is …": a pronoun and its verb right after a relative
    pronoun inside a reported clause tell whose words the relative clause is, and report nothing new."""
    start = subject.start
    return (
        subject.relation == "subject"
        and start is not None
        and start >= 1
        and hit.index == start + 1
        and lowers[start - 1] in ("which", "who", "that", "whom")
        and bool(subject.mentions)
        and subject.mentions[0].kind == "pronoun"
        # the relative clause's own verb follows ("which she said were …"; "who he blasted as …" is
        # his own act on the relative's noun)
        and hit.stop < len(lowers)
        and lowers[hit.stop] in RELATIVE_VERBS
    )


RELATIVE_VERBS = words("is are was were had has would will")


def _after_modal(subject: Candidate, hit: CueHit, lowers: Sequence[str]) -> bool:
    """A modal between the conjunction and the verb ("… but would respond"): in past-tense narration
    it is the reported clause's future, not the narrator's."""
    return any(lowers[k] in MODALS for k in range(subject.clause_start, hit.index))


def clause_kind(text: str, a: int, b: int) -> StatementKind:
    """A reported clause is mixed when it carries quoted words, indirect otherwise."""
    return "mixed" if has_quote_marks(text[a:b]) else "indirect"


def quote_content(tok: Token, kind: StatementKind, cue: str, min_words: int = 2) -> Content | None:
    """A statement of a quotation's words; None for a one-word scare quote (``min_words`` 1: a
    quotation that opens the sentence before its attribution, '"No," Vale replied.', is an answer)."""
    if tok.quote is None:
        return None
    a, b = quoted_span(tok)
    if len(tok.text[a - tok.start : b - tok.start].split()) < min_words:
        return None
    return Content(kind, a, b, cue, run_on=not tok.quote.closed)


def _cue_text(text: str, tokens: Sequence[Token], hit: CueHit) -> str:
    return text[tokens[hit.index].start : tokens[hit.stop - 1].end]


def _occasion(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Does an adjunct of occasion or time start at k ("in a statement", "on Tuesday", "during a call")?"""
    if tokens[k].lower not in _OCCASION_OPENERS:
        return False
    for m in range(k + 1, min(end, k + 5)):
        t = tokens[m]
        if not t.is_word or t.lower in _OCCASION_OPENERS:
            return False  # 'blamed the shelling on "enemy forces," in a statement': the object goes on
        if t.lower in OCCASIONS:
            # "described the group during an interview as …": what it was called follows ("as he left"
            # is a clause of time)
            called = m + 2 < end and tokens[m + 1].lower == "as" and tokens[m + 2].lower not in PERSONAL_SUBJECTS
            return not called
    return False


_OCCASION_OPENERS = words("in on at during via through after")
PERSONAL_SUBJECTS = SUBJECT_PRONOUNS | {"it"}


def _contrast(tokens: Sequence[Token], subject: Candidate) -> bool:
    """ "…, while his host said …", "…, whereas the envoy said …": after a comma, a clause set against
    the report before it is a report of its own, not part of it."""
    c = subject.clause_start
    return c >= 2 and tokens[c - 1].lower in ("while", "whereas") and comma_at(tokens[c - 2])


# what a report went without, in the writer's words (", without giving details")
WITHHELD = words(
    "giving providing offering citing elaborating specifying naming identifying disclosing explaining presenting "
    "revealing"
)


# what a report appeared in, set off after the clause by the writer (", in remarks carried by …")
SAID_IN = words(
    "statement statements interview remarks comments speech post tweet message address briefing letter video "
    "communique communiqué op-ed article"
)


def _where_said(tokens: Sequence[Token], c: int) -> bool:
    """Does the comma at ``c`` open ", in remarks carried by the agency", ", in a televised speech"?"""
    return (
        c + 2 < len(tokens)
        and tokens[c].text == ","
        and tokens[c + 1].lower == "in"
        and any(t.lower in SAID_IN for t in islice(tokens, c + 2, min(len(tokens), c + 5)))
    )


def _according_next(tokens: Sequence[Token], c: int) -> bool:
    """Does the comma at ``c`` (or a quotation closing on one) come before "according to"?"""
    return comma_at(tokens[c]) and [t.lower for t in tokens[c + 1 : c + 3]] == ["according", "to"]


def _without_detail(tokens: Sequence[Token], c: int) -> bool:
    """Does the comma at ``c`` open ", without giving details", ", without elaborating", or the
    writer's time frame ", a day after the two sides exchanged fire"?"""
    if c + 2 >= len(tokens) or not comma_at(tokens[c]):
        return False
    if tokens[c + 1].lower == "without":
        return tokens[c + 2].lower in WITHHELD
    k = c + 1
    if tokens[k].lower not in FRAME_UNITS and tokens[k].lower in FRAME_COUNTS and k + 2 < len(tokens):
        k += 1  # ", a day after", ", two weeks before"; ", hours after" has no count
    return tokens[k].lower in FRAME_UNITS and k + 1 < len(tokens) and tokens[k + 1].lower in ("after", "before")


FRAME_COUNTS = words("a one two three four five several just only")
FRAME_UNITS = words("day days week weeks hours hour month months minutes")


def content_of(
    tokens: Sequence[Token],
    text: str,
    order: int,
    hits: Sequence[CueHit],
    subjects: Sequence[Candidate],
    complements: Sequence[Complement],
    inside: Sequence[bool],
    lex: Lexicon,
    first_made: int | None = None,
) -> Content | None:
    """What the ``order``-th cue of the sentence reports, after it or before it. ``first_made``:
    the token index of the first earlier cue that made a statement (it owns what stands before this
    one)."""
    subject, complement = subjects[order], complements[order]
    if complement.frame is not None:
        return _after(tokens, text, order, hits, subjects, complement, inside)
    if subject.relation in ("chain", "next", "sentence"):
        return None
    hit = hits[order]
    colon_last = hit.stop < len(tokens) and tokens[hit.stop].text == ":" and last_word_index(tokens) < hit.stop
    if colon_last and not as_clause(tokens, subject):
        # "…, the emir said:" at the end: what he said is the next paragraph, not the words before
        # (", as the report notes:" still reports the words before)
        return None
    if subject.relation == "inverted" and all(
        t.kind == "punct" or t.lower in _OPENING_CONJUNCTIONS for t in tokens[: hit.index]
    ):
        # 'Said Vesper: "…"', 'But, said Vesper, "…"': the verb opens the sentence, the words follow
        return _after_opening_verb(tokens, text, hit, subject, lex)
    return _before(tokens, text, order, hits, subject, first_made, lex)


_OPENING_CONJUNCTIONS = words("but and yet so still")


def _after_opening_verb(
    tokens: Sequence[Token], text: str, hit: CueHit, subject: Candidate, lex: Lexicon
) -> Content | None:
    """'Said Varga, "…"', 'Adds the minister: "…"': the quotation after the speaker the sentence's
    opening verb names."""
    mark = quotation_after(tokens, _attribution_end(tokens, hit, subject, lex))  # past "…, a lawyer:"
    return quote_content(tokens[mark + 1], "direct", _cue_text(text, tokens, hit)) if mark is not None else None


def _after(
    tokens: Sequence[Token],
    text: str,
    order: int,
    hits: Sequence[CueHit],
    subjects: Sequence[Candidate],
    complement: Complement,
    inside: Sequence[bool],
) -> Content | None:
    hit, frame, start = hits[order], complement.frame, complement.start
    following = hits[order + 1] if order + 1 < len(hits) else None  # hits are in order: only the next can be there
    if frame == "clause" and following is not None and following.index == start and following.cue.participle:
        return None  # "issued a statement saying …": the participle reports it, with the same speaker
    if following is not None and following.index == start and tokens[start - 1].lower == "to":
        return None  # "continued to insist that …": the verb after "to" reports, with the same speaker
    n = len(tokens)
    end = n
    lead = _leading_clause_end(tokens, start) if frame in ("clause", "that") else None
    for later in range(order + 1, len(hits)):
        subject = subjects[later]
        if lead is not None and subject.clause_start == lead + 1 and subject.relation == "subject":
            continue  # "said that, if elected, she would ask …": the main clause of the words
        if subject.relation == "none" and subject.clause_start == hits[later].index:
            continue  # "the draft proposed by Washington is …": a participle describing a noun inside the words
        if hits[later].cue.participle and all(_gerund_adverb(t) for t in tokens[start : hits[later].index]):
            continue  # "believe that merely assailing X may not …": the gerund, after an adverb, is the subject
        if not inside[later] and subject.clause_start > start and (subject.relation != "subject" or subject.mentions):
            opener = subject.clause_start - 1
            if tokens[opener].lower == "the" and opener > start:
                opener -= 1  # "whether the United States and China could agree": the list starts after "the"
            if subject.relation == "subject" and (
                (tokens[opener].lower in SUBORDINATORS | {"if", "whether"} and not _contrast(tokens, subject))
                or tokens[subject.clause_start].lower in ("who", "which")  # "… the leaders who insisted on …"
                # "… it was the governor's talk that fired them up": a relative clause inside the words
                or tokens[hits[later].index - 1].lower in ("who", "which", "that")
                # "the attack, which it called X, was …": a pronoun's relative clause inside the words
                or (tokens[opener].lower in ("which", "whom") and all(m.kind == "pronoun" for m in subject.mentions))
                or tokens[opener].lower == "what"  # "slammed them for what he called …"
            ):
                continue  # "said he was angry when he called them": the later report is inside this one
            end = summary_start(tokens, subject.clause_start)  # a cue with no possible speaker ends nothing
            break
        if (
            not inside[later]
            and subject.relation == "subject"
            and (
                any(m.start <= tokens[hit.index].start < m.end for m in subject.mentions)
                # "X, who asked that her name not be used, said …": this cue is the relative
                # clause's, inside the later verb's subject
                or (
                    subjects[order].relation == "subject"
                    and subject.mentions
                    and subject.clause_start < subjects[order].clause_start
                    and _relative_at(tokens, subjects[order].clause_start)
                )
            )
        ):
            # "Protesters demanding the release of X said …": this cue is inside the later verb's
            # subject phrase; its words end where that verb (and its auxiliaries) begins
            end = hits[later].index
            while end > start and tokens[end - 1].lower in AUX:
                end -= 1
            break
    end = before_main_subject(tokens, subjects[order], start, end)
    end = before_main_clause(tokens, subjects[order], start, end)
    rel = next(
        (m for m in range(hit.index - 1, max(-1, hit.index - 4), -1) if tokens[m].lower in ("who", "which")), None
    )
    if rel is not None and not any(verb_word(t) for t in tokens[:rel]):
        # "X, who said she would march, was turned away": the relative clause ends at the comma before
        # the main verb (the last such comma: "who said the plan, which he drafted, was fair, has …")
        end = next((k for k in range(end - 2, start, -1) if tokens[k].text == "," and _main_verb(tokens[k + 1])), end)
    subject = subjects[order]
    if (
        hit.cue.participle
        and frame in ("np", "clause")
        and subject.relation == "subject"
        and subject.start is not None
        and subject.start <= 1  # the participle's noun opens the sentence: it is the sentence's subject
        and _noun_before(tokens, hit.index)
        and not any(verb_word(t) for t in tokens[: hit.index])
    ):
        # "A resolution demanding a ceasefire was adopted", "Protesters demanding X marched": the
        # participle's words end before the sentence's main verb: the first verb after a noun for an
        # object, the second for a clause ("Officials saying the talks failed left the hall")
        verbs = [k for k in range(start + 1, end) if _verb_after_noun(tokens, k)]
        if frame == "np" and verbs:
            end = verbs[0]
        elif frame == "clause" and len(verbs) >= 2:
            end = verbs[1]
        elif frame == "clause" and verbs and hit.cue.act_share >= 0.5:
            end, frame = verbs[0], "np"  # "a resolution demanding a ceasefire was adopted": an object
    skip = start
    for k in range(start, end):
        tok = tokens[k]
        if (
            charge_aside(tokens, k)
            or _without_detail(tokens, k)
            or _according_next(tokens, k)
            or sentential_relative(tokens, k)
            or (frame != "np" and _where_said(tokens, k))
        ):
            # "…, an allegation the group has not commented on", "…, without giving details", "…,
            # according to the agency": the writer's aside about the clause, no words of the speaker's
            end = k + 1 if tokens[k].kind == "quote" else k  # a quotation that closes on its comma stays
            break
        if frame != "np" and tok.text == "," and _verb_phrase_after(tokens, k, end):
            end = k  # "told reporters that troops had found shafts, but gave no details": the speaker's own verb
            break
        if frame == "np" and tok.text == ":" and k + 1 < end and _quote_then_attribution(tokens, k + 1, end):
            end = k  # 'defends his record in an ad: "…," the senator says': the quotation is the next report's
            break
        if k < skip:
            continue
        if frame == "np" and (close := _aside_then_quote(tokens, k, end)):
            skip = close + 1  # 'calling him, among other things, "a failed candidate."': the aside is inside
            continue
        if tok.text == ";" or (frame == "np" and tok.text in (",", "(", "—", "–") and not _name_list(tokens, k, end)):
            end = k
            break
        if (
            frame == "np"
            and k > start
            and tok.kind == "quote"
            and closing_mark(tok) == ","
            and _clause_opens(tokens, k + 1, end)
        ):
            end = k + 1  # 'slammed as "extremely careless," Clinton has …': the main clause after the object
            break
        if frame == "np" and k > start and _occasion(tokens, k, end):
            end = k  # "confirmed the date in a written statement": the occasion is no part of the act
            break
    while end > start and (
        (tokens[end - 1].kind == "punct" and not _closes_single_quote(tokens, start, end - 1))
        or tokens[end - 1].lower in ("and", "but", "or", "while", "whereas", "where")
        or (
            tokens[end - 1].lower in ("which", "whom")
            and end - 2 > start
            and tokens[end - 2].lower in ARTICLE_TAKERS | {"in", "during"}
        )
    ):
        # "…, but six in 10 said": the next clause's conjunction is no part of this one; nor is the
        # relative that opens it ("a call from X, in which the two leaders discussed …")
        end -= 2 if tokens[end - 1].lower in ("which", "whom") else 1
    if end - start == 1 and tokens[start].lower in VERB_PARTICLES:
        # "Berlin backed off", "the envoy backed down", "the talk fired them up": a phrasal verb, nothing reported
        return None
    if 0 < start < end and tokens[start - 1].lower == "that" and end - start <= 6 and _occasion(tokens, start, end):
        return None  # "hinted at that in a news conference": "that" was the object, no clause follows
    if end - start == 1 and tokens[start].lower in ("nothing", "little"):
        return None  # "said nothing", "said little": no words reported
    if end - start == 1 and (tokens[start].lower in LONE_ADVERBS or _adverb(tokens[start])):
        return None  # "responded first, ripping into …": an adverb of the verb, no words
    if end <= start or (frame == "np" and end - start == 1 and tokens[start].lower in ("what", "which")):
        return None  # "condemned what the ministry described as …": the object is the next report's
    if frame == "clause" and end - start <= 3 and tokens[start].lower in ("a", "an"):
        return None  # "wrote a letter urging …": an object, then the participle's own report; no clause
    cue = _cue_text(text, tokens, hit)
    body = tokens[start:end]
    if frame == "quote" or (len(body) == 1 and body[0].kind == "quote"):
        # 'Asked whether he would resign, Vale said, "Probably."': a quotation set off by the verb's
        # comma that closes the sentence is an answer, even of one word (no scare quote is)
        answer = start and tokens[start - 1].text in ",:" and closing_mark(body[0]) in (".", "!", "?")
        return quote_content(body[0], "direct" if frame != "np" else "act", cue, 1 if answer else 2)
    a, b = tokens[start].start, tokens[end - 1].end
    return Content("act" if frame == "np" else clause_kind(text, a, b), a, b, cue)


VERB_PARTICLES = words("off down away up out back over")
LONE_ADVERBS = words("first again later too then once twice instead afterward afterwards soon")


def _adverb(tok: Token) -> bool:
    """An -ly adverb ("quickly"), not a name or a noun that ends so ("Italy", "family", "rally")."""
    return tok.lower.endswith("ly") and not tok.capitalized and tok.lower not in LY_NOUNS


def _gerund_adverb(tok: Token) -> bool:
    return _adverb(tok) or tok.lower in ("not", "only", "just", "even", "simply")


def _quote_then_attribution(tokens: Sequence[Token], q: int, end: int) -> bool:
    """A quotation at ``q`` that closes on its comma right before the later attribution at ``end``
    ('…: "Securing the border is a duty," the senator says'): the quotation is that report's."""
    return tokens[q].kind == "quote" and q + 1 == end and closes_on_comma(tokens[q])


def _closes_single_quote(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Is token k the closing single mark of a fragment the words opened ("was 'catastrophic'")?"""
    if tokens[k].text not in ("'", "’"):
        return False
    return any(tokens[m].text in ("'", "‘") for m in range(max(start, k - QUOTED_FRAGMENT_REACH), k))


QUOTED_FRAGMENT_REACH = 8  # words a single-quoted fragment ending the words may take


def _leading_clause_end(tokens: Sequence[Token], start: int) -> int | None:
    """The comma closing a subordinate clause that opens the reported words ("if elected," "when
    the talks resume,"): the clause after it is still the speaker's."""
    k = start + 1 if start < len(tokens) and tokens[start].text == "," else start
    if k >= len(tokens) or tokens[k].lower not in SUBORDINATORS | {"if", "unless"}:
        return None
    return closing_comma(tokens, k + 1, min(k + 12, len(tokens) - 1))


def _verb_phrase_after(tokens: Sequence[Token], k: int, end: int) -> bool:
    """ ", but gave no details", ", and declined to comment": a comma, a conjunction and a past-tense
    verb with no subject of its own go on with the sentence's subject, outside the reported clause."""
    if tokens[k].text != "," or k + 2 >= end or tokens[k + 1].lower not in ("but", "and"):
        return False
    verb = tokens[k + 2]
    return verb.is_word and not verb.capitalized and (verb.lower in FINITE_VERBS or verb.lower.endswith("ed"))


def _aside_then_quote(tokens: Sequence[Token], k: int, end: int) -> int:
    """The closing comma of an aside of a few plain words opened by the comma at ``k``, when a
    quotation follows it; 0 when there is no such aside."""
    if tokens[k].text != ",":
        return 0
    close = closing_comma(tokens, k + 1, min(k + 6, end - 1))
    if close is not None and close > k + 1 and tokens[close + 1].kind == "quote":
        return close
    return 0


def _relative_at(tokens: Sequence[Token], k: int) -> bool:
    """A relative clause opens at k (", who …" or "who …")."""
    if tokens[k].text == "," and k + 1 < len(tokens):
        k += 1
    return tokens[k].lower in ("who", "which")


def _name_list(tokens: Sequence[Token], k: int, end: int) -> bool:
    """The comma at ``k`` goes on with a list of names ("thanked Qatar, Egypt and the United States"):
    capitalised words and commas up to "and"/"or" and one more name, all before ``end``."""
    if k == 0 or not tokens[k - 1].capitalized:
        return False
    j = k + 1
    while j < end and j < k + 12:
        tok = tokens[j]
        if tok.lower in ("and", "or"):
            after = j + 2 if j + 1 < end and tokens[j + 1].lower == "the" else j + 1
            return j > k + 1 and after < end and tokens[after].capitalized
        if not (tok.capitalized or tok.text == "," or (tok.lower == "the" and tokens[j - 1].text == ",")):
            return False
        j += 1
    return False


NOT_NOUNS = words("after before while when since by for of in on with without about not never also")


def _noun_before(tokens: Sequence[Token], k: int) -> bool:
    """Does a word that may end a noun phrase stand right before ``k`` ("resolution demanding",
    not "after initially saying", "isn't detailing", ", outlining")?"""
    if k == 0 or not tokens[k - 1].is_word:
        return False
    low = tokens[k - 1].lower
    return not (low in NOT_NOUNS or low in AUX or low.endswith("ly") or "'" in low or "’" in low)


def _verb_after_noun(tokens: Sequence[Token], k: int) -> bool:
    """A verb word at ``k`` right after a word that may end a noun phrase ("a ceasefire was", "the
    detainees marched"; not "of detained activists", "has been")."""
    before = tokens[k - 1]
    return verb_word(tokens[k]) and before.is_word and before.lower not in NOT_BEFORE_ED and before.lower not in AUX


def _main_verb(tok: Token) -> bool:
    """A lower-case auxiliary or finite verb: the main clause's, after a relative clause's comma."""
    return tok.is_word and not tok.capitalized and (tok.lower in AUX or tok.lower in FINITE_VERBS)


def _before(
    tokens: Sequence[Token],
    text: str,
    order: int,
    hits: Sequence[CueHit],
    subject: Candidate,
    first_made: int | None,
    lex: Lexicon,
) -> Content | None:
    """The cue reports what stands before its speaker phrase (or itself): a quotation, or a clause
    ended by a comma ("Clause, the ministry said")."""
    hit = hits[order]
    k = (subject.start if subject.relation == "subject" and subject.start is not None else hit.index) - 1
    if k >= 1 and subject.relation == "subject" and tokens[k].lower == "as":
        k -= 1  # "…, as Vale said.": "as" belongs to the attribution
    comma = k >= 0 and tokens[k].text == ","
    if comma:
        k -= 1
    quoted = k >= 0 and tokens[k].kind == "quote" and subject.relation in ("inverted", "subject")
    if k < 0:
        return None
    if not quoted and first_made is not None and first_made < k and subject.relation != "inverted":
        # an earlier cue that made a statement owns what stands before, but not a quotation; a
        # closing "…, Kasper told reporters." reports the whole sentence, the earlier statement in it
        if not (comma and subject.relation == "subject" and _closes_sentence(tokens, hit, lex)):
            return None
        a, b = tokens[first_word(tokens)].start, tokens[k].end
        return Content(clause_kind(text, a, b), a, b, _cue_text(text, tokens, hit))
    cue = _cue_text(text, tokens, hit)
    if tokens[k].kind == "quote":
        # 'Vale defends his record in an ad: "…," the senator says': after a colon the quotation alone
        colon = (
            k >= 1
            and tokens[k - 1].text == ":"
            # 'Vale said: "…," the Courier reported': the colon's verb reports the quotation, the later one all
            and not any(h.index < k and h.cue.act_share < 0.5 for h in hits[:order])
        )
        if words_in(tokens, 0, k, 2) >= 2 and not colon:
            return Content("mixed", tokens[first_word(tokens)].start, tokens[k].end, cue)
        opens = colon or (
            all(not t.is_word and t.kind != "quote" for t in tokens[:k])
            and (comma or tokens[k].text.rstrip("”\"’' ").endswith((",", "?", "!")))
        )
        content = quote_content(tokens[k], "direct", cue, 1 if opens else 2)
        rest = _resumed_quote(tokens, hit.stop)
        if content is not None and rest is not None:
            content = attrs.evolve(content, continuation=quoted_span(rest))  # '"A," he said, "B."'
        return content
    if comma:
        first = first_word(tokens)
        # a quotation counts as words enough ('"…" for the victory, Sanders said')
        found = 3 if any(t.kind == "quote" for t in tokens[first : k + 1]) else words_in(tokens, first, k + 1, 3)
        a, b = tokens[first].start, tokens[k].end
        stop = _attribution_end(tokens, hit, subject, lex)
        # "The paradox, says X, historian at Y, is that …": the clause goes on after an inverted speaker
        goes_on = (
            subject.relation == "inverted"
            and stop + 1 < len(tokens)
            and tokens[stop].text == ","
            and not tokens[stop + 1].capitalized
            and (tokens[stop + 1].lower in AUX or tokens[stop + 1].lower in FINITE_VERBS)
        )
        if (stop >= len(tokens) or tokens[stop].text != ",") and _openers_only(text[a:b], lex):
            return None  # "Then, last week, Dorn posted on X …": an opener and a time, no words of hers
        if (
            first + 1 <= k
            and tokens[first].lower in SUBORDINATORS
            and gerund_word(tokens[first + 1])
            and not any(t.text == "," for t in tokens[first : k + 1])
        ):
            return None  # "Before dropping out, X responded …": a reduced clause of time, no words of his
        if _participle_adjunct(tokens[first : k + 1]) and not _clause_goes_on(tokens, stop):
            return None  # "Weighing in on the talks, Vale agreed": how she spoke, not what she said
        if found >= 3 and not goes_on and _ends_attribution(tokens, hit, lex, subject.relation):
            return Content(clause_kind(text, a, b), a, b, cue)
        if found and _short_answer(tokens[first : k + 1]) and (stop >= len(tokens) - 1 or tokens[stop].text in ".!?"):
            return Content(clause_kind(text, a, b), a, b, cue)  # "Sorry, Hart said.": a word or two, all it says
        return _parenthetical(tokens, text, stop, a, b, cue) if found else None
    return None


def _participle_adjunct(words: Sequence[Token]) -> bool:
    """A participle phrase alone before the speaker ("Speaking to reporters", "Weighing in on the
    talks"): an -ing word opening lower-case words, with no verb of a clause ("Raising taxes is
    wrong, she said" reports a clause) and no comma or quotation."""
    first = words[0].lower
    if len(words) < 2 or not words[0].capitalized or len(first) < 6 or first.endswith("thing"):
        return False
    return (
        first.endswith("ing")
        and words[1].is_word
        and not words[1].capitalized
        and all(t.is_word and not _main_verb(t) for t in words[1:])
    )


def _clause_goes_on(tokens: Sequence[Token], stop: int) -> bool:
    """After the attribution's comma a lower-case word other than a participle follows: the clause
    before it goes on ("Bringing the show back, he said, feels right")."""
    if stop + 1 >= len(tokens) or tokens[stop].text != ",":
        return False
    after = tokens[stop + 1]
    return after.is_word and not after.capitalized and not after.lower.endswith("ing")


def _short_answer(words: Sequence[Token]) -> bool:
    """One or two words before ", X said." that are an answer ("Sorry", "Absolutely not"), not an
    opener of the attribution ("Meanwhile", "Later", "Privately")."""
    return (
        len(words) <= 2
        and all(t.is_word for t in words)
        and words[0].capitalized
        and words[0].lower not in LEADING_JUNK
        and not any(t.lower.endswith("ly") or t.lower in DAYS for t in words)
    )


DAYS = words("monday tuesday wednesday thursday friday saturday sunday tonight")


def _attribution_end(tokens: Sequence[Token], hit: CueHit, subject: Candidate, lex: Lexicon) -> int:
    """The token after the attribution: after the verb, or after the speaker it names and the
    description set off after the name ("The plan, said Tal Vesper, will fail", "The paradox, says
    Carl Anthony, historian at the Library, is that …")."""
    if subject.relation != "inverted" or not subject.mentions:
        return _past_adjunct(tokens, hit, lex)
    end = subject.mentions[-1].end
    stop = next((m for m in range(hit.stop, len(tokens)) if tokens[m].start >= end), len(tokens))
    if stop + 2 < len(tokens) and tokens[stop].text == "," and _describes(tokens[stop + 1], lex):
        c = closing_comma(tokens, stop + 2, min(stop + 16, len(tokens)))
        if c is not None and not any(t.lower in AUX for t in tokens[stop + 1 : c]):
            return c
    return stop


def _past_adjunct(tokens: Sequence[Token], hit: CueHit, lex: Lexicon) -> int:
    """The comma after an occasion, a day or a listener right after the verb ("The plan, Vale said
    in his email, is …", "…, Vale told reporters on Monday, …"): the attribution ends there; else
    the token after the verb."""
    j = hit.stop
    c = closing_comma(tokens, j, min(j + 7, len(tokens)))
    if c is None or c == j:
        return j
    first = tokens[j].lower
    listener = hit.cue.addressee and first in LISTENERS
    if listener or first in lex.weekdays or _occasion(tokens, j, c + 1) or (first == "on" and c == j + 2):
        return c
    return j


LISTENERS = SPOKEN_TO | {"supporters"}  # "told reporters", "told him"


def _describes(tok: Token, lex: Lexicon) -> bool:
    """Can the word open a description of a person ("a", "the", "historian", "spokesman")?"""
    low = strip_possessive(tok.lower)
    return low in ("a", "an", "the") or (not tok.capitalized and role_noun(low, lex))


def _resumed_quote(tokens: Sequence[Token], j: int) -> Token | None:
    """The quotation that resumes after an attribution within its sentence: '"A," X said Tuesday,
    "B."', '"A," said X, the mayor, "B."'; None when another quotation, a clause end or a long
    stretch comes first."""
    for m in range(j, min(j + 14, len(tokens) - 1)):
        tok = tokens[m]
        if tok.kind == "quote" or tok.text in (".", ";", ":", "?", "!"):
            return None
        if tok.text == "," and tokens[m + 1].kind == "quote" and not titled_quote(tokens, m + 1):
            after = next((t for t in tokens[m + 2 :] if t.kind != "punct"), None)
            # '"A," X said, "B," Y added': a name after it opens its own attribution
            return tokens[m + 1] if after is None or not after.capitalized else None
    return None


def _parenthetical(tokens: Sequence[Token], text: str, stop: int, a: int, b: int, cue: str) -> Content | None:
    """ "Russia, he said, is ready to talk": an attribution inside its clause, ending before token
    ``stop``. The words before it are the text, those after the comma that closes it the continuation."""
    n = len(tokens)
    if stop >= n - 1 or tokens[stop].text != ",":
        return None
    rest = list(islice((t for t in tokens[stop + 1 :] if t.kind != "punct" or t.text in "-’'"), 2))
    # "…, sources said, Axelrod still has …", "…, Mr. Trump is seen as …": a name (after its
    # honorific) may open the rest when a lower-case word follows it
    if len(rest) == 2 and rest[0].lower.rstrip(".") in NAME_HONORIFICS:
        rest = list(islice((t for t in tokens[stop + 2 :] if t.kind != "punct" or t.text in "-’'"), 2))
    named = bool(rest) and rest[0].capitalized and len(rest) > 1 and rest[1].is_word and not rest[1].capitalized
    if len(rest) < 2 or not rest[0].is_word or (rest[0].capitalized and not named):
        return None
    if (rest[0].lower in ("and", "but") or gerund_word(rest[0])) and not named:
        # "The plan was a failure, he said, and the districts lost out": the clause before is his;
        # "Yes, Vale said, adding that …": the participle reports on its own
        return Content(clause_kind(text, a, b), a, b, cue)
    if rest[0].lower in ("who", "which") or (named and rest[1].lower in ("and", "or")):
        return None
    last = n - 1
    while last > stop and tokens[last].kind == "punct":
        last -= 1
    c, d = tokens[stop + 1].start, tokens[last].end
    if _only_opener(text[a:b]):
        # "Still, he said, officials have to decide …": an opening adverb is no part of what was said
        return Content(clause_kind(text, c, d), c, d, cue)
    kind: StatementKind = "mixed" if has_quote_marks(text[a:b]) or has_quote_marks(text[c:d]) else "indirect"
    return Content(kind, a, b, cue, continuation=(c, d))


NAME_HONORIFICS = words("mr mrs ms dr")
SENTENCE_OPENERS = words(
    "still however but yet and so now then instead meanwhile indeed also again ultimately nevertheless "
    "nonetheless moreover besides otherwise thus therefore anyway first second finally later earlier today"
)


TIME_WORDS = DAY_PARTS | words("week month year weekend on earlier later ago today yesterday tonight")


def _openers_only(before: str, lex: Lexicon) -> bool:
    """Is the stretch before an attribution only openers and times ("Then, last week", "Later, on
    Monday")?"""
    pieces = [p.strip().lower() for p in before.split(",") if p.strip()]
    return bool(pieces) and all(
        _only_opener(p) or all(w in TIME_WORDS or w in lex.days for w in p.split()) for p in pieces
    )


def _only_opener(before: str) -> bool:
    """Is the stretch before a parenthetical attribution one opening adverb ("Still", "Ultimately")?"""
    word = before.strip(" ,").lower()
    return (
        word in SENTENCE_OPENERS
        or word in PHRASE_OPENERS
        or (word.isalpha() and word.endswith("ly") and " " not in word)
    )


# openers of a few words, the writer's or the speaker's link to what came before ("In fact, X said, …")
PHRASE_OPENERS = frozenset(
    (
        "in fact",
        "if anything",
        "of course",
        "at least",
        "for now",
        "in the end",
        "in short",
        "by contrast",
        "in any case",
        "for example",
        "for instance",
        "in turn",
        "after all",
        "above all",
        "in other words",
    )
)


def _finite_after_and(tok: Token) -> bool:
    """A lower-case past or third-person form ("linked", "added", "left", "says") after "and"."""
    low = tok.lower
    return tok.is_word and not tok.capitalized and (low.endswith("ed") or low in FINITE_VERBS)


def _closes_sentence(tokens: Sequence[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Nothing but a listener, a date or punctuation follows the cue: it closes its sentence."""
    # at most the few words a closing adjunct has: a longer rest is no close (and the look stays short)
    # a date or a span of time first ("…, as the Courier reported a few days later")
    rest = list(islice((t for t in tokens[skip_date(tokens, hit.stop, lex) :] if t.is_word), 8))
    if hit.cue.addressee and rest and (rest[0].lower in lex.addressee_nouns or rest[0].capitalized):
        rest = rest[1:]
    return len(rest) < 7 and all(t.lower in lex.weekdays or t.lower in CLOSING_ADJUNCT for t in rest)


CLOSING_ADJUNCT = words("on in an a the interview statement")  # "…, X said in a statement"


def _ends_attribution(tokens: Sequence[Token], hit: CueHit, lex: Lexicon, relation: str) -> bool:
    """After a closing "…, the ministry said" only adjuncts or a listener may follow ("in a
    statement on Tuesday", "told reporters"), so "…, when he responded quickly" is no attribution."""
    # a date first is part of the attribution ("…, he said Wednesday morning on MSNBC")
    j = skip_date(tokens, hit.stop, lex)
    rest = list(islice((t for t in tokens[j:] if t.kind != "punct"), 2))
    if relation == "inverted" or not rest or (j < len(tokens) and tokens[j].text == ";"):
        return True  # "…, he said; his agents found them": the semicolon ends the attribution
    if dash_summary(tokens, j):
        return True  # "…, the office reported — a development that …": the writer's word on the clause
    first = rest[0]
    # "…, Vale said — including …": a dash sets off the participle as a comma does
    after_comma = j < len(tokens) and (tokens[j].text == "," or tokens[j].text in DASHES)
    if after_comma and first.lower == "but" and any(t.kind == "quote" for t in tokens[j + 2 : j + 5]):
        return True  # '"…," Vale said, but instead "…"': the words go on after the attribution
    if not after_comma and first.lower == "and" and len(rest) > 1 and _finite_after_and(rest[1]):
        return True  # "…, one speaker noted and linked this to …": the source's second verb
    if first.lower in ("this", "that", "these", "those") and not (len(rest) > 1 and rest[1].lower in PERIODS):
        return False  # "…, many economists say, this effect could …": a clause, not "this week"
    return (
        (after_comma and first.lower.endswith("ing"))  # "…, the Post reported, citing another source"
        or first.lower in lex.adjunct_openers
        # "…, he told reporters"; after a comma the word opens a clause ("…, X acknowledged, it becomes …")
        or (first.lower in lex.addressee_nouns and not after_comma)
        or (hit.cue.addressee and (first.capitalized or first.lower in NOUN_MARKERS))
        or name_then_end(tokens, j)  # "…, Vale wrote Lind.": the one written to
    )
