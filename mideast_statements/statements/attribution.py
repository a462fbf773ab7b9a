"""Who said what in one sentence: speech cues, their speakers and what they report.

Each cue (a speech verb from the lexicon, outside quotations) gets a speaker — the noun phrase
before it ("Zakharova said"), after it ("…," said Juan Perez), the clause's speaker for a
participle or a coordinated verb (", adding that", "and called on"), or the antecedent of
"which"/"who" — and a complement: a that-clause or bare clause (indirect, or mixed when it
carries quoted words), a quotation (direct), or an object (a speech act). A cue with nothing
after it attributes what stands before it ("…," she said / "Clause, the ministry said").
"according to X" makes a statement of the clause beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ..model import StatementKind
from .lexicon import Cue, Lexicon
from .mentions import INTERJECTIONS, Mention, analyse, phrase_word
from .text import Token, Unit, has_quote_marks, quoted_span, words

__all__ = ["Claim", "read_unit"]

BOUNDARY_WORDS = words(
    "that which who whom whose and but or nor while whereas when after before because as since although "
    "though if where once until whether so than"
)
AUX = words("is are was were be been being has have had will would could can should may might must did does do")
PASSIVE_AUX = words("is are was were be been being")
SUBJECT_PRONOUNS = words("he she it they we i there this")
NOT_BEFORE_ED = words("the a an his her its their of to by and or been be being has have had was were is are so")
NOUN_MARKERS = words("the a an his her its their this these those our my your most more less least very")
INFINITIVE = words("to")
GERUND_BEFORE = words("with by of for in on about after before without from than into")
DATE_WORDS = words("on late early earlier last this")


@attrs.define
class Hit:
    index: int  # token index of the cue's first word
    stop: int  # one past its last word
    cue: Cue
    negated: bool = False
    subject: str = "np"  # "np", "chain", "next", "unit", "after", "none"
    mentions: list[Mention] = attrs.field(factory=list)
    clause_start: int = 0  # where this cue's clause begins (ends the complement before it)
    subject_start: int | None = None
    date_tokens: list[Token] = attrs.field(factory=list)
    nested: bool = False
    speakers: list[object] = attrs.field(factory=list)  # resolved entities, filled by the caller


@attrs.define
class Claim:
    """A statement found in a unit, its speaker(s) still to be resolved by the caller."""

    speakers: list[object]
    kind: StatementKind
    start: int  # paragraph offsets
    end: int
    cue: str
    date_tokens: list[Token]
    run_on: bool = False  # a direct quotation whose closing mark is missing (it runs on)


Resolver = Callable[[Mention], object | None]


def _skip_back(tokens: Sequence[Token], k: int, lex: Lexicon, dates: list[Token]) -> int:
    """Step left over adverbs, auxiliaries, dates and ", however," between a speaker and its verb."""
    while k >= 0:
        tok = tokens[k]
        low = tok.lower
        day = tok.is_word and (low in lex.weekdays or low in lex.today or low in lex.yesterday)
        if day or (tok.is_word and low in lex.between):
            if day:
                dates.insert(0, tok)
            k -= 1
        elif tok.is_word and low in DATE_WORDS and k + 1 < len(tokens) and tokens[k + 1] in dates:
            dates.insert(0, tok)
            k -= 1
        elif tok.text == "," and k >= 2 and tokens[k - 1].lower in INTERJECTIONS and tokens[k - 2].text == ",":
            k -= 3
        else:
            break
    return k


def _np_start(tokens: Sequence[Token], k: int, cues: Callable[[int], bool]) -> int:
    """Start of the noun phrase ending at token k: back to a clause boundary, after any verb."""
    s = k
    while s >= 0 and tokens[s].is_word and tokens[s].lower not in BOUNDARY_WORDS and k - s < 14:
        s -= 1
    s += 1
    for m in range(k, s - 1, -1):
        if (tokens[m].lower in AUX and not tokens[m].capitalized) or (m < k and cues(m)):
            return m + 1
    return s


def _list_before(tokens: Sequence[Token], s: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Earlier items of a list of names ending at s ("Abbas, Assad, Raisi, and el-Sisi")."""
    items: list[tuple[int, int]] = []
    k = s - 1
    if k < 0 or tokens[k].lower != "and":
        return []
    while k >= 0 and tokens[k].lower in ("and", ","):
        k -= 1
        if k >= 0 and tokens[k].text == "," and tokens[k + 1].lower == "and":
            continue
        e = k + 1
        while k >= 0 and (tokens[k].capitalized or tokens[k].lower in lex.particles) and e - k <= 4:
            k -= 1
        if e - (k + 1) < 1:
            return []
        items.insert(0, (k + 1, e))
        if k < 0 or tokens[k].lower not in ("and", ","):
            break
    return items


def _skip_addressee(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    """After "told"/"informed": the listener ("reporters", "the BBC", "US media", "his colleagues")."""
    n = len(tokens)
    k = j
    if k < n and tokens[k].lower in ("the", "a", "an", "his", "her", "their", "its", "our"):
        k += 1
    caps = k
    while caps < n and (tokens[caps].capitalized or tokens[caps].lower in lex.particles) and caps - k < 5:
        caps += 1
    end = caps
    if end < n and tokens[end].lower in lex.addressee_nouns:
        end += 1
    elif end == k and end + 1 < n and tokens[end + 1].lower in lex.addressee_nouns:
        end += 2
    if end == k:
        return j
    return end


def _skip_adjuncts(tokens: Sequence[Token], j: int, lex: Lexicon, cues: Callable[[int], bool]) -> int:
    """Past "in a statement on Wednesday", "this month", "following a meeting in X" to a "that"."""
    n = len(tokens)
    if j >= n or tokens[j].lower not in lex.adjunct_openers:
        return j
    k = j
    while k < n and k - j < 14 and (tokens[k].is_word or tokens[k].text in "-’'.") and tokens[k].lower != "that":
        if cues(k):
            return j
        k += 1
    return k


def _clausal(tokens: Sequence[Token], s: int) -> bool:
    """Does a finite clause start at s ("the talks failed", "he would…", "was in retaliation…")?"""
    n = len(tokens)
    if s >= n or not tokens[s].is_word:
        return False
    first = tokens[s].lower
    if first in SUBJECT_PRONOUNS or first in AUX:
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
        if low in ("where", "which", "who", "whom", "whose", "that"):
            break
        if low in AUX:
            return True
        if low.endswith("ed") and not tok.capitalized and tokens[k - 1].lower not in NOT_BEFORE_ED:
            return True
    return False


def _last_word_index(tokens: Sequence[Token]) -> int:
    k = len(tokens) - 1
    while k >= 0 and tokens[k].kind == "punct":
        k -= 1
    return k


def read_unit(
    unit: Unit,
    text: str,
    lex: Lexicon,
    resolve: Resolver,
    context: Callable[[], object | None],
    unit_subject: object | None,
) -> list[Claim]:
    """Statements of one sentence unit of paragraph ``text``.

    ``resolve`` turns a mention into an entity (in reading order, so "it" can stand for a
    speaker earlier in the same sentence); ``context`` gives the last speaker before this unit;
    ``unit_subject`` is the entity the sentence opens with (for a participle with no verb before).
    """
    tokens = list(unit.tokens)
    lowers = [t.lower if t.kind != "quote" else "\x00" for t in tokens]
    hits = _find_hits(tokens, lowers, lex)
    cue_starts = {h.index for h in hits}

    def is_cue(k: int) -> bool:
        return k in cue_starts

    for order, hit in enumerate(hits):
        _find_subject(tokens, hit, hits[:order], lex, text, is_cue)
    complements = [_complement(tokens, lowers, hit, hits, lex, is_cue) for hit in hits]
    _mark_nested(hits, complements)

    claims: list[Claim] = []
    for order, hit in enumerate(hits):
        if hit.nested:
            continue
        hit.speakers = _speakers(hit, hits, order, resolve, context, unit_subject)
        if hit.negated or not hit.speakers:
            continue
        frame, start = complements[order]
        if frame is not None:
            claim = _claim_from_complement(tokens, text, hit, hits, order, frame, start, lex)
        elif hit.subject not in ("chain", "next", "unit"):
            claim = _post_attribution(tokens, text, hit, hits, order, lex)
        else:
            claim = None
        if claim is not None:
            claims.append(claim)
    claims.extend(_according(tokens, lowers, text, hits, lex, resolve))
    claims.extend(_noun_cues(tokens, text, hits, lex, resolve))
    return claims


def _find_hits(tokens: Sequence[Token], lowers: Sequence[str], lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        cue = lex.cue_at(lowers, i) if tokens[i].is_word else None
        if cue is None:
            i += 1
            continue
        stop = i + len(cue.words)
        prev = lowers[i - 1] if i else ""
        if prev.endswith(("’s", "'s")) and not cue.participle:
            i = stop  # "the ministry's claim": a noun
            continue
        if (
            prev in NOUN_MARKERS
            or prev in INFINITIVE
            or (tokens[i].capitalized and i and not cue.participle)
            or (cue.participle and prev in GERUND_BEFORE)
        ):
            i = stop
            continue
        k = i - 1
        while k >= 0 and lowers[k] in lex.between and lowers[k] not in PASSIVE_AUX:
            k -= 1
        if k >= 0 and lowers[k] in PASSIVE_AUX and not cue.participle:
            i = stop  # "was accused of", "is expected": no speaker acts here
            continue
        window = lowers[max(0, i - 4) : i]
        negated = any(w in lex.negations for w in window) or any(
            " ".join(window[m : m + 2]) in lex.negations for m in range(len(window) - 1)
        )
        hits.append(Hit(index=i, stop=stop, cue=cue, negated=negated, clause_start=i))
        i = stop
    return hits


def _find_subject(
    tokens: Sequence[Token], hit: Hit, before: Sequence[Hit], lex: Lexicon, text: str, is_cue: Callable[[int], bool]
) -> None:
    dates: list[Token] = []
    k = _skip_back(tokens, hit.index - 1, lex, dates)
    hit.date_tokens = dates
    connector = k
    if k >= 1 and tokens[k].lower in ("and", "but") and tokens[k - 1].text == ",":
        connector = k - 1
    if hit.cue.participle:
        if k < 0:
            hit.subject = "next"
            return
        if tokens[k].text == "," or tokens[k].kind == "quote" or tokens[k].lower in ("and", "but"):
            hit.subject = "chain" if before else "unit"
            hit.clause_start = connector if tokens[k].kind != "quote" else hit.index
            return
        s = _np_start(tokens, k, is_cue)
        mention = analyse(tokens[s : k + 1], text, lex)
        if mention is None or mention.kind == "document" or mention.head in lex.documents:
            hit.subject = "chain" if before else "unit"
            return
        hit.mentions, hit.subject_start, hit.clause_start = [mention], s, s
        return
    if k < 0:
        hit.subject = "none"
        return
    tok = tokens[k]
    if before and (tok.lower in ("and", "but", "or") or tok.text == ","):
        hit.subject, hit.clause_start = "chain", connector
        return
    if tok.lower in ("which", "who"):
        a = k - 1
        if a >= 0 and tokens[a].text == ",":
            a -= 1
        if a < 0 or not tokens[a].is_word:
            hit.subject = "none"
            return
        s = a
        while s > 0 and tokens[s - 1].is_word and tokens[s - 1].lower not in BOUNDARY_WORDS and a - s < 6:
            if tokens[s].lower in ("the", "a", "an") or (tokens[s].capitalized and not tokens[s - 1].capitalized):
                break
            s -= 1
        mention = analyse(tokens[s : a + 1], text, lex)
        hit.mentions = [mention] if mention else []
        hit.subject_start, hit.clause_start = s, (k - 1 if tokens[k - 1].text == "," else k)
        return
    if tok.text == ",":
        found = _apposition(tokens, k, text, lex, is_cue)
        if found is None:
            _subject_after(tokens, hit, text, lex)
            return
        mention, s = found
        hit.mentions = [mention] if mention else []
        hit.subject_start = hit.clause_start = s
        return
    if tok.kind == "quote" or tok.kind == "punct":
        _subject_after(tokens, hit, text, lex)
        return
    s = _np_start(tokens, k, is_cue)
    items = _list_before(tokens, s, lex)
    mention = analyse(tokens[s : k + 1], text, lex)
    listed = [analyse(tokens[a:b], text, lex) for a, b in items]
    names = ("person", "institution")
    if items and mention is not None and mention.kind in names and all(m and m.kind in names for m in listed):
        hit.mentions = [m for m in listed if m is not None] + [mention]
        s = items[0][0]
    else:
        hit.mentions = [mention] if mention else []
    hit.subject_start = hit.clause_start = s


def _apposition(
    tokens: Sequence[Token], k: int, text: str, lex: Lexicon, is_cue: Callable[[int], bool]
) -> tuple[Mention | None, int] | None:
    """ "Name, the minister, said" / "The minister, Name, said" / "The body, which …, said"."""
    a = k - 1
    while a >= 0 and tokens[a].text != "," and tokens[a].kind != "quote" and k - a < 20:
        a -= 1
    if a < 0 or tokens[a].text != ",":
        return None
    segment = tokens[a + 1 : k]
    if not segment:
        return None
    first = segment[0]
    participial = (
        first.is_word and not first.capitalized and first.lower.endswith(("ed", "ing"))
    ) or first.lower == "led"
    if first.lower in ("which", "who", "whose") or participial or all(t.lower in INTERJECTIONS for t in segment):
        appositive: Sequence[Token] = ()
    elif any(t.lower in AUX for t in segment) or any(t.kind == "quote" for t in segment):
        return None  # a clause between the commas, not an appositive
    else:
        appositive = segment
    head_end = a - 1
    if head_end < 0 or not tokens[head_end].is_word:
        return None
    s = _np_start(tokens, head_end, is_cue)
    mention = analyse(tokens[s : head_end + 1], text, lex, appositive)
    return (mention, s) if mention is not None else None


def _subject_after(tokens: Sequence[Token], hit: Hit, text: str, lex: Lexicon) -> None:
    """'"…," said Juan Perez, senior trader at X.' — the speaker follows the verb."""
    n = len(tokens)
    j = hit.stop
    e = j
    while e < n and tokens[e].is_word and phrase_word(tokens[e], lex):
        e += 1
    if e == j or (e < n and tokens[e].text not in (",", ".") and tokens[e].lower not in lex.adjunct_openers):
        hit.subject = "none"  # '"…," said the council would …' is no inversion
        return
    appositive: Sequence[Token] = ()
    if e < n and tokens[e].text == "," and e + 1 < n and tokens[e + 1].lower not in ("who", "which", "whose"):
        last = _last_word_index(tokens)
        appositive = tokens[e + 1 : last + 1]
    mention = analyse(tokens[j:e], text, lex, appositive)
    hit.subject = "after"
    hit.mentions = [mention] if mention else []
    hit.subject_start = j


def _complement(
    tokens: Sequence[Token],
    lowers: Sequence[str],
    hit: Hit,
    hits: Sequence[Hit],
    lex: Lexicon,
    is_cue: Callable[[int], bool],
) -> tuple[str | None, int]:
    """(frame, first token) of what the cue reports; (None, 0) when it reports what came before."""
    n = len(tokens)
    frames = hit.cue.frames
    j = hit.stop
    if hit.subject == "after":
        return None, 0
    m = _skip_addressee(tokens, j, lex) if hit.cue.addressee else j
    if m < n and lowers[m] == "that":
        return "that", m + 1
    a = _skip_adjuncts(tokens, m, lex, is_cue)
    if a > m:
        hit.date_tokens.extend(tokens[m:a])
        if a < n and lowers[a] == "that":
            return "that", a + 1
    q = a
    last = _last_word_index(tokens)
    later = [h.index for h in hits if h.index > hit.index]
    quote_next = q + 1 < n and tokens[q].text in (":", ",") and tokens[q + 1].kind == "quote"
    if quote_next and (q + 1 == last or (later and later[0] > q + 1 and q + 2 < n and tokens[q + 2].text == ",")):
        return "quote", q + 1
    if "quote" in frames and last > hit.index and tokens[last].kind == "quote" and not any(h < last for h in later):
        a_quote, b_quote = quoted_span(tokens[last])
        content = tokens[last].text[a_quote - tokens[last].start : b_quote - tokens[last].start]
        gap = [t for t in tokens[a:last] if t.is_word]
        if content[:1].isupper() and "that" not in [t.lower for t in gap] and (q == last or len(gap) <= 14):
            return "quote", last
    if "clause" in frames and _clausal(tokens, a):
        return "clause", a
    if (
        "np" in frames
        and j < n
        and (tokens[j].is_word or tokens[j].kind == "quote")
        and (tokens[j].lower not in lex.adjunct_openers or tokens[j].lower == "to")
    ):
        if m > j and m < n and lowers[m] in ("of", "about"):
            return "np", m + 1
        if tokens[j].lower in ("that", "this", "it", "so") and j + 1 < n and tokens[j + 1].kind == "punct":
            return None, 0
        return "np", j
    return None, 0


def _mark_nested(hits: Sequence[Hit], complements: Sequence[tuple[str | None, int]]) -> None:
    """A cue inside a reported clause ("said that Russia calls for …") is part of it, not a new statement."""
    for order, hit in enumerate(hits):
        frame, start = complements[order]
        if hit.nested or frame not in ("that", "clause"):
            continue
        for later in hits[order + 1 :]:
            if (
                later.subject == "chain"
                and any(h.nested for h in hits if h.index < later.index and h.index > hit.index)
            ) or (later.subject == "np" and later.subject_start is not None and later.subject_start == start):
                later.nested = True


def _speakers(
    hit: Hit,
    hits: Sequence[Hit],
    order: int,
    resolve: Resolver,
    context: Callable[[], object | None],
    unit_subject: object | None,
) -> list[object]:
    if hit.subject == "chain":
        for prev in reversed(hits[:order]):
            if not prev.nested and prev.speakers:
                return list(prev.speakers)
        return [unit_subject] if unit_subject else []
    if hit.subject in ("next", "unit"):
        if hit.subject == "next":
            for later in hits[order + 1 :]:
                if later.subject == "np" and later.mentions:
                    found = [e for e in (resolve(m) for m in later.mentions) if e is not None]
                    if found:
                        return found
        if unit_subject is not None:
            return [unit_subject]
        last = context()
        return [last] if last is not None else []
    return [e for e in (resolve(m) for m in hit.mentions) if e is not None]


def _span(tokens: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    return tokens[a].start, tokens[b - 1].end


def _claim_from_complement(
    tokens: Sequence[Token],
    text: str,
    hit: Hit,
    hits: Sequence[Hit],
    order: int,
    frame: str,
    start: int,
    lex: Lexicon,
) -> Claim | None:
    n = len(tokens)
    end = n
    for later in hits[order + 1 :]:
        if not later.nested and later.clause_start > start and (later.subject != "np" or later.mentions):
            end = later.clause_start  # a cue with no possible speaker ("a weekly report") ends nothing
            break
    for k in range(start, end):
        tok = tokens[k]
        if tok.text == "," and k + 2 < n and tokens[k + 1].lower == "according" and tokens[k + 2].lower == "to":
            end = k
            break
        if tok.text == ";" or (frame == "np" and tok.text in (",", "(", "—", "–")):
            end = k
            break
    while end > start and tokens[end - 1].kind == "punct":
        end -= 1
    if end <= start:
        return None
    cue = _cue_text(text, tokens, hit)
    body = tokens[start:end]
    if frame == "quote" or (len(body) == 1 and body[0].kind == "quote"):
        kind: StatementKind = "direct" if frame != "np" else "act"
        return _quote_claim(body[0], hit.speakers, kind, cue, hit.date_tokens)
    a, b = _span(tokens, start, end)
    kind = "act" if frame == "np" else _clause_kind(text, a, b)
    return Claim(hit.speakers, kind, a, b, cue, hit.date_tokens)


def _quote_claim(tok: Token, speakers: list[object], kind: StatementKind, cue: str, dates: list[Token]) -> Claim | None:
    """A statement of a quotation's words; None for a one-word scare quote."""
    if tok.quote is None:
        return None
    a, b = quoted_span(tok)
    if len(tok.text[a - tok.start : b - tok.start].split()) < 2:
        return None
    return Claim(speakers, kind, a, b, cue, dates, run_on=not tok.quote.closed)


def _clause_kind(text: str, a: int, b: int) -> StatementKind:
    """A reported clause is mixed when it carries quoted words, indirect otherwise."""
    return "mixed" if has_quote_marks(text[a:b]) else "indirect"


def _cue_text(text: str, tokens: Sequence[Token], hit: Hit) -> str:
    return text[tokens[hit.index].start : tokens[hit.stop - 1].end]


def _post_attribution(
    tokens: Sequence[Token], text: str, hit: Hit, hits: Sequence[Hit], order: int, lex: Lexicon
) -> Claim | None:
    """The cue attributes what stands before it: a quotation, or a clause ended by a comma."""
    left = hit.subject_start if hit.subject == "np" and hit.subject_start is not None else hit.index
    k = left - 1
    comma = k >= 0 and tokens[k].text == ","
    if comma:
        k -= 1
    if k < 0 or any(h.index < k for h in hits[:order] if not h.nested):
        return None
    cue = _cue_text(text, tokens, hit)
    if tokens[k].kind == "quote":
        words_before = [t for t in tokens[:k] if t.is_word]
        if len(words_before) >= 2:
            a, b = tokens[_first_word(tokens)].start, tokens[k].end
            return Claim(hit.speakers, "mixed", a, b, cue, hit.date_tokens)
        return _quote_claim(tokens[k], hit.speakers, "direct", cue, hit.date_tokens)
    if comma:
        first = _first_word(tokens)
        words = [t for t in tokens[first : k + 1] if t.is_word]
        if len(words) < 4 or not _ends_attribution(tokens, hit, lex):
            return None
        a, b = tokens[first].start, tokens[k].end
        return Claim(hit.speakers, _clause_kind(text, a, b), a, b, cue, hit.date_tokens)
    return None


def _ends_attribution(tokens: Sequence[Token], hit: Hit, lex: Lexicon) -> bool:
    """After a closing "…, the ministry said" only adjuncts or a listener may follow ("in a
    statement on Tuesday", "told reporters"), so "…, when he responded quickly" is no attribution."""
    rest = [t for t in tokens[hit.stop :] if t.kind != "punct"]
    if hit.subject == "after" or not rest:
        return True
    first = rest[0]
    return (
        first.lower in lex.adjunct_openers
        or first.lower in lex.addressee_nouns
        or (hit.cue.addressee and (first.capitalized or first.lower in NOUN_MARKERS))
    )


def _first_word(tokens: Sequence[Token]) -> int:
    k = 0
    while k < len(tokens) - 1 and tokens[k].kind == "punct":
        k += 1
    return k


def _according(
    tokens: Sequence[Token], lowers: Sequence[str], text: str, hits: Sequence[Hit], lex: Lexicon, resolve: Resolver
) -> list[Claim]:
    """ "X happened, according to Y." and "According to Y, X happened."."""
    claims: list[Claim] = []
    n = len(tokens)
    for phrase in lex.according:
        size = len(phrase)
        for k in range(n - size + 1):
            if tuple(lowers[k : k + size]) != phrase:
                continue
            e = k + size
            while e < n and tokens[e].is_word:
                e += 1
            mention = analyse(tokens[k + size : e], text, lex)
            if mention is None:
                continue
            last = _last_word_index(tokens)
            if e < n and tokens[e].text == "," and (k == 0 or tokens[k - 1].text == ",") and last > e:
                a_idx, b_idx = e + 1, last + 1
            elif k >= 1 and tokens[k - 1].text == ",":
                a_idx, b_idx = _first_word(tokens), k - 1
            else:
                continue
            if any(a_idx <= h.index < b_idx and not h.negated for h in hits):
                continue  # the clause has its own speaker; "according to" names the channel
            body = tokens[a_idx:b_idx]
            if len([t for t in body if t.is_word or t.kind == "quote"]) < 1:
                continue
            speaker = resolve(mention)
            if speaker is None:
                continue
            cue = text[tokens[k].start : tokens[k + size - 1].end]
            if len(body) == 1 and body[0].kind == "quote":
                claim = _quote_claim(body[0], [speaker], "direct", cue, [])
                if claim:
                    claims.append(claim)
                continue
            a, b = _span(tokens, a_idx, b_idx)
            claims.append(Claim([speaker], _clause_kind(text, a, b), a, b, cue, []))
    return claims


def _noun_cues(tokens: Sequence[Token], text: str, hits: Sequence[Hit], lex: Lexicon, resolve: Resolver) -> list[Claim]:
    """ "his often-repeated vow that Britain would leave …": the owner of a speech noun said the clause."""
    claims: list[Claim] = []
    for k in range(2, len(tokens) - 1):
        if tokens[k].lower != "that" or tokens[k - 1].lower not in lex.noun_cues:
            continue
        owner = None
        for m in range(k - 2, max(-1, k - 6), -1):
            tok = tokens[m]
            if not tok.is_word:
                break
            if tok.lower in ("his", "her", "its", "their"):
                owner = analyse([tok], text, lex)
                break
            if tok.text.endswith(("’s", "'s")):
                owner = analyse(tokens[_np_start(tokens, m, lambda _: False) : m + 1], text, lex)
                break
        if owner is None:
            continue
        end = next((h.clause_start for h in hits if h.index > k and h.subject in ("chain", "np")), len(tokens))
        while end > k + 1 and tokens[end - 1].kind == "punct":
            end -= 1
        if end <= k + 1:
            continue
        speaker = resolve(owner)
        if speaker is None:
            continue
        a, b = _span(tokens, k + 1, end)
        claims.append(Claim([speaker], _clause_kind(text, a, b), a, b, tokens[k - 1].text, []))
    return claims
