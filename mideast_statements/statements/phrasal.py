"""Cues that are phrases, not verbs: "according to X" on either side of a clause, and speech nouns
with a that-clause ("his vow that …", "the ministry's insistence that …"). Each finding pairs the
source's mention with the content it owns; the caller resolves the mention.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from .asides import DASHES, OCCASIONS
from .candidates import AUX, charge_aside, np_start
from .complements import closes_on_comma, words_in
from .content import Content, clause_kind, first_word, quote_content
from .cues import CueHit
from .lexicon import Lexicon
from .mentions import Mention, analyse, people_noun
from .names import strip_possessive
from .phrase_extent import issuable
from .text import POSSESSIVE_ENDS, Token, is_plural, last_word_index, words

__all__ = ["according_to", "colon_quotes", "in_words", "noun_cues"]

# Words before a possessive owner that are no part of its phrase
OWNER_BOUNDS = words("of for to about on in with by from at")
# Words that open a clause linked to the one before: "…, according to X, although …"
LINKED_CLAUSE = words("although though but while whereas and because since so yet which where when")


@functools.lru_cache(maxsize=8)
def _with_longest(phrases: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((phrase, max(phrase, key=len)) for phrase in phrases)


CAME = words("came comes come")
# how a source's aside opens ("According to X, writing for the Courier, …")
SOURCE_PARTICIPLES = words("writing speaking talking citing quoting testifying reporting addressing")


def _closing_dash(tokens: Sequence[Token], d: int) -> bool:
    """Does the dash at ``d`` close an aside opened by a dash before it?"""
    return tokens[d].text in DASHES and sum(t.text in DASHES for t in tokens[:d]) % 2 == 1


SOURCE_RELATIVES = words("who whose which")  # a relative after "according to X," describes X
_IN_OCCASION = words("in during")


PAPERS = words("sheet sheets document documents records files memo memos papers emails")


def _before_contact_clause(tokens: Sequence[Token], a: int, e: int, lex: Lexicon) -> int:
    """Where a source's words end before a clause with no "that" about it ("according to a fact sheet
    lawmakers released Monday", "documents investigators obtained"): the people and their verb say
    who put it out, they are no part of its name."""
    for m in range(a, e - 1):
        noun, verb = tokens[m], tokens[m + 1]
        if (
            noun.is_word
            and not noun.capitalized
            and is_plural(noun.lower)
            and people_noun(noun, lex)
            and (issuable(tokens[m - 1], lex) or tokens[m - 1].lower in PAPERS)  # what they put out
            and verb.is_word
            and not verb.capitalized
            and verb.lower.endswith("ed")
        ):
            return m
    return e


def _before_occasion(tokens: Sequence[Token], a: int, e: int) -> int:
    """Where a source's words end before an occasion ("according to her lawyers in a court filing",
    "… the ministry in a statement"): the occasion says where the source spoke, it is no part of it."""
    for m in range(a, e - 1):
        if tokens[m].lower in _IN_OCCASION and any(t.lower in OCCASIONS for t in tokens[m + 1 : min(e, m + 5)]):
            return m
    return e


_NO_SOURCE_OPENERS = frozenset(("whether", "how", "what", "which", "when", "where", "if", "why"))


def according_to(
    tokens: Sequence[Token],
    lowers: Sequence[str],
    text: str,
    hits: Sequence[CueHit],
    lex: Lexicon,
    previous: tuple[int, int] | None = None,
) -> list[tuple[Mention, Content, bool]]:
    """ "X happened, according to Y." and "According to Y, X happened.", and whether the clause
    reports a statement of its own ("X said Y, according to Z"); "That's according to Y." sources
    the sentence before (``previous``: where it starts and ends in ``text``)."""
    found: list[tuple[Mention, Content, bool]] = []
    n = len(tokens)
    for phrase, longest in _with_longest(lex.according):
        if longest not in lowers:
            continue  # its longest word ("according", "reported") is nowhere in the sentence
        size = len(phrase)
        for k in range(n - size + 1):
            if tuple(lowers[k : k + size]) != phrase:
                continue
            e = k + size
            if e < n and lowers[e] in _NO_SOURCE_OPENERS:
                continue  # "sorted according to whether the software is free": a criterion, no source
            while e < n and (tokens[e].is_word or (_joiner(tokens, e) and e + 1 < n and tokens[e + 1].is_word)):
                e += 1  # "according to a New York Times/CBS News poll"
            e = _before_occasion(tokens, k + size + 1, e)
            e = _before_contact_clause(tokens, k + size + 1, e, lex)
            mention = analyse(tokens[k + size : e], text, lex)
            if mention is None:
                continue
            mention = _with_relative(mention, tokens, k + size, e, text)
            named = _name_after_role(tokens, mention, e, text, lex)
            if named is not None:  # "according to the ministry's spokesman, Ashraf Qudra, …": the name speaks
                mention, e = named
            if previous is not None and _that_is(lowers[:k]):
                # "Teens love the earbuds. That's according to a survey from X.": the sentence before
                a, b = previous
                b = a + len(text[a:b].rstrip(" ."))  # the words, as a clause is read, without the full stop
                cue = text[tokens[k].start : tokens[k + size - 1].end]
                found.append((mention, Content(clause_kind(text, a, b), a, b, cue), False))
                continue
            last = last_word_index(tokens)
            after_comma = e < n and tokens[e].text == "," and last > e
            closing = after_comma and words_in(tokens, 0, k - 1, 4) >= 4 and tokens[k - 1].text == ","
            # (after a name set off from its role, "who …" describes the person too)
            relative = named is not None and lowers[e + 1] == "who" if after_comma else False
            # "…, according to the ministry, taking a step toward …": a participle goes on with the clause
            # before; "…, according to Tal Vesper, who leads the group": a relative describes the source
            participle = after_comma and (
                (lowers[e + 1].endswith("ing") and not tokens[e + 1].capitalized) or lowers[e + 1] in SOURCE_RELATIVES
            )
            if participle and k >= 3 and tokens[k - 1].text == ",":
                closing = True  # however short the clause before ("The talks resumed, according to …")
            # "Dorn leads by 271 delegates according to a count by X, but …": no comma before, a clause after
            # ("Dorn leads, according to a count by X, but …": a short clause before, with its comma)
            unmarked = (
                after_comma
                and k >= 1
                and lowers[e + 1] in LINKED_CLAUSE
                and words_in(tokens, 0, k, 2) >= 2
                and (tokens[k - 1].is_word or tokens[k - 1].text == ",")
            )
            if unmarked or (
                closing
                and (
                    _appositive(tokens[e + 1 : last + 1], lex)
                    or lowers[e + 1] in LINKED_CLAUSE
                    or relative
                    or participle
                )
            ):
                # "…, according to Brian Wieser, an analyst at X.": the words after the source describe it;
                # "…, according to the average, although Ames keeps it close": they add a clause of the writer's
                a_idx, b_idx = first_word(tokens), (k if tokens[k - 1].is_word else k - 1)
            elif after_comma and (k == 0 or tokens[k - 1].text == ","):
                a_idx, b_idx = e + 1, last + 1
                comma = next((c for c in range(e + 1, min(e + 10, last)) if tokens[c].text == ","), None)
                aside = tokens[e + 1 : comma] if comma is not None else ()
                # "According to Tom Vale, the mayor, the plan failed.", "According to Tom Vale, writing
                # for the Courier, the plan failed.": the words between the commas describe the source
                participle = bool(aside) and aside[0].lower in SOURCE_PARTICIPLES
                if k == 0 and comma is not None and (_appositive(aside, lex) or participle):
                    a_idx = comma + 1
                elif k == 0 and comma is None and lowers[e + 1] in SOURCE_PARTICIPLES:
                    continue  # "According to Jack Vale, writing for the Courier:": the words follow the colon
            elif k >= 1 and (tokens[k - 1].text == "," or _closing_dash(tokens, k - 1)):
                a_idx, b_idx = first_word(tokens), k - 1  # "…, according to Y", "… — including X — according to Y"
            elif (
                k >= 1
                and tokens[k - 1].kind == "quote"
                and closes_on_comma(tokens[k - 1])
                and not _reports_before(hits, k)
            ):
                # '"We are ready," according to the ministry.': the quotation alone; 'Vale met Lind "to
                # discuss the test," according to a readout.': the clause the quotation closes, when no
                # verb in it reports ("Putin expressed …, according to the readout" keeps Putin's acts)
                a_idx, b_idx = first_word(tokens), k
            elif k >= 4 and tokens[k - 1].is_word and (e == last + 1 or after_comma) and not _reports_before(hits, k):
                # "Vale leads by 271 delegates according to a count by the agency, but …": no comma
                # before the phrase, which ends the clause it sources
                a_idx, b_idx = first_word(tokens), k
            else:
                continue
            if b_idx <= k:
                # "Vale's remarks came as strikes killed three people, according to the ministry": the
                # source gives the event after "came as", not the writer's frame before it
                a_idx = next(
                    (m + 2 for m in range(a_idx, b_idx - 2) if lowers[m] in CAME and lowers[m + 1] == "as"), a_idx
                )
            # "…, a claim that could not be independently verified": the writer's aside ends the words
            b_idx = next((c for c in range(a_idx + 1, b_idx) if charge_aside(tokens, c)), b_idx)
            # "X said Y, according to Z": Z reports X's statement, which is reported too (its own claim)
            reports = any(a_idx <= h.index < b_idx and not h.negated and h.cue.act_share < 0.5 for h in hits)
            body = tokens[a_idx:b_idx]
            if not any(t.is_word or t.kind == "quote" for t in body):
                continue
            cue = text[tokens[k].start : tokens[k + size - 1].end]
            if len(body) == 1 and body[0].kind == "quote":
                content = quote_content(body[0], "direct", cue)
                if content is not None:
                    found.append((mention, content, reports))
                continue
            a, b = tokens[a_idx].start, tokens[b_idx - 1].end
            found.append((mention, Content(clause_kind(text, a, b), a, b, cue), reports))
    return found


def _that_is(before: Sequence[str]) -> bool:
    """The words before "according to" are "That's", "That is" or "This is" (and an "at least")."""
    words = [w for w in before if w not in ("at", "least")]
    return words in (["that's"], ["that’s"], ["that", "is"], ["this", "is"], ["that", "'s"], ["that", "’s"])


def _name_after_role(
    tokens: Sequence[Token], mention: Mention, e: int, text: str, lex: Lexicon
) -> tuple[Mention, int] | None:
    """A person's name set off after a role ("the ministry's spokesman, Ashraf Qudra,"): the person,
    with the role, and where the name ends."""
    if mention.kind not in ("description", "role", "generic") or e >= len(tokens) or tokens[e].text != ",":
        return None
    if mention.role is None and (mention.head or "") not in lex.roles:
        return None  # "according to an FBI summary, Cheryl Mills …": a document, then the clause's subject
    g = e + 1
    while g < len(tokens) and tokens[g].is_word and tokens[g].capitalized and g - e <= 4:
        g += 1
    if g == e + 1 or (g < len(tokens) and tokens[g].is_word):
        return None
    named = analyse(tokens[e + 1 : g], text, lex)
    if named is None or named.kind != "person":
        return None
    return attrs.evolve(named, role=named.role or mention.role, end=tokens[g - 1].end), g


def _reports_before(hits: Sequence[CueHit], k: int) -> bool:
    """A verb before ``k`` reports: "according to" without a comma is then part of what it reports."""
    return any(h.index < k and not h.negated for h in hits)


POSSESSIVE_PRONOUNS = words("his her its their")


def in_words(tokens: Sequence[Token], hits: Sequence[CueHit], text: str, lex: Lexicon) -> list[tuple[Mention, Content]]:
    """ "In his words, the West bears responsibility.", "In the envoy's words, …": a phrase that opens
    the sentence gives the source of the clause after its comma (wire copy's way of going on with a
    speaker; "in the words of X" is an "according to" phrase of the lexicon). A clause with a speech
    verb of its own is that verb's."""
    n = len(tokens)
    if not n or tokens[0].lower != "in":
        return []  # nearly every sentence: no such opening
    comma = next((c for c in range(1, min(n, 12)) if tokens[c].text == ","), None)
    if comma is None or comma + 1 >= n or any(h.index > comma for h in hits):
        return []
    lows = [t.lower for t in tokens[:comma]]
    end = comma - 2 if lows[-2:] == ["own", "words"] else comma - 1  # "In his own words,"
    if lows[-1] != "words" or end < 2:
        return []
    if not ((end == 2 and lows[1] in POSSESSIVE_PRONOUNS) or tokens[end - 1].text.endswith(POSSESSIVE_ENDS)):
        return []  # "In other words,": no owner
    owner = tokens[1:end]  # "In his words,", "In the diplomat's words,"
    if not all(t.is_word for t in owner):
        return []
    mention = analyse(owner, text, lex)
    last = last_word_index(tokens)
    if mention is None or last <= comma:
        return []
    a, b = tokens[comma + 1].start, tokens[last].end
    return [(mention, Content(clause_kind(text, a, b), a, b, text[tokens[0].start : tokens[comma - 1].end]))]


def _joiner(tokens: Sequence[Token], e: int) -> bool:
    """A "/", "&" or a hyphen that joins words of one name ("Times/CBS", "AT&T"); a spaced " - " is a
    dash that ends the source ("according to the Tax Policy Center - half a point")."""
    text = tokens[e].text
    if text == "-":
        return e > 0 and tokens[e - 1].end == tokens[e].start
    return text in ("/", "&")


def _appositive(words: Sequence[Token], lex: Lexicon) -> bool:
    """Do the words after a source and its comma only describe it ("an analyst at X", "the group's
    founder", "who studies polls")? No auxiliary among them, and after "the" a role word ("the
    mayor"): "the budget rose" is a clause."""
    tag = [t for t in words if t.text != "."]
    if tag and len(tag) <= 3 and all(t.is_word and t.capitalized for t in tag):
        return True  # "according to former Sen. Scott Brown, R-Mass.": a party and state, a title
    if not words or not words[0].is_word:
        return False
    # "director of the X Center, which ran the poll": a role with no article, as wire copy writes it
    bare_role = any(t.lower in lex.roles and not t.capitalized for t in words[:3]) and all(
        t.is_word and not t.capitalized for t in words[:2]
    )
    if words[0].lower not in APPOSITIVE_OPENERS and not bare_role:
        return False
    # "a law professor at X, and Kevin Quinn, a political scientist at Y": a role first allows a long one
    role_first = bare_role or (
        words[0].lower in ("a", "an") and any(strip_possessive(t.lower) in lex.roles for t in words[1:4])
    )
    if len(words) > (40 if role_first else 16):
        return False
    if any(t.lower in CLAUSE_WORDS for t in words[1:]):
        return False
    return words[0].lower != "the" or any(strip_possessive(t.lower) in lex.roles for t in words)


APPOSITIVE_OPENERS = words("a an the who which whose including")  # ", including one from X"
CLAUSE_WORDS = AUX - words("be been being has have had")  # "who has studied …" still describes


def _with_relative(mention: Mention, tokens: Sequence[Token], start: int, end: int, text: str) -> Mention:
    """ "according to a campaign official who was not authorized to speak": an unnamed source keeps
    its defining relative clause as written (up to the comma or the sentence's end)."""
    if mention.kind not in ("generic", "description") or not mention.written:
        return mention
    who = next((m for m in range(start, end) if tokens[m].lower == "who" and tokens[m].start >= mention.end), None)
    if who is None:
        return mention
    written = text[mention.end - len(mention.written) : tokens[end - 1].end]
    return attrs.evolve(mention, written=written) if len(written.split()) <= MAX_SOURCE_WORDS else mention


MAX_SOURCE_WORDS = 15  # a longer "source" is a clause, not a name (tests/test_speaker_names.py)


OPENING_PREPOSITIONS = words("despite amid given after with in following notwithstanding")


def noun_cues(
    tokens: Sequence[Token], text: str, clause_starts: Sequence[tuple[int, int]], lex: Lexicon
) -> list[tuple[Mention, Content]]:
    """ "his often-repeated vow that Britain would leave …": the owner of a speech noun said the
    clause. ``clause_starts``: (cue index, where its clause starts) for cues with a speaker."""
    found: list[tuple[Mention, Content]] = []
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
            if tok.text.endswith(POSSESSIVE_ENDS):
                start = np_start(tokens, m, lambda _: False)
                # "seeking evidence of his father's assertion": the owner starts after the preposition
                start = max([start, *(c + 1 for c in range(start, m) if tokens[c].lower in OWNER_BOUNDS)])
                owner = analyse(tokens[start : m + 1], text, lex)
                break
        if owner is None:
            continue
        if owner.name and owner.name.endswith(POSSESSIVE_ENDS):  # "the UK's position that …": the UK
            owner = attrs.evolve(owner, name=strip_possessive(owner.name))
        if owner.written and owner.written.endswith(POSSESSIVE_ENDS):  # "his father's assertion": "his father"
            owner = attrs.evolve(owner, written=strip_possessive(owner.written))
        end = next((start for index, start in clause_starts if index > k), len(tokens))
        if tokens[0].lower in OPENING_PREPOSITIONS:
            # "Despite the UK's insistence that X, building went on": the opening phrase ends at its comma
            end = next((c for c in range(k + 1, end) if tokens[c].text == ","), end)
        while end > k + 1 and tokens[end - 1].kind == "punct":
            end -= 1
        if end <= k + 1:
            continue
        a, b = tokens[k + 1].start, tokens[end - 1].end
        found.append((owner, Content(clause_kind(text, a, b), a, b, tokens[k - 1].text)))
    return found


def colon_quotes(
    tokens: Sequence[Token], text: str, hits: Sequence[CueHit], lex: Lexicon
) -> list[tuple[Mention, Content]]:
    """ "Headline - Michael Vale: “…”", "Ana Lind: "…" Tom Vale: "…"": a name, a colon and a quotation
    inside a paragraph, with no speech verb between the name and the colon, is a line of that
    speaker's words."""
    found: list[tuple[Mention, Content]] = []
    for c in range(1, len(tokens) - 1):
        if tokens[c].text != ":" or tokens[c + 1].kind != "quote":
            continue
        s = c
        while s > 0 and (tokens[s - 1].capitalized or (tokens[s - 1].lower == "and" and s - 1 > 0)) and c - s < 6:
            s -= 1  # the run of capitalised words (and "and") before the colon
        owner = _message_owner(tokens, c, hits)
        if owner is not None:  # 'Vale's message to the council was blunt: "…"'
            mention = analyse(tokens[:owner], text, lex)
            content = quote_content(tokens[c + 1], "direct", ":")
            if mention is not None and mention.kind in ("person", "institution") and content is not None:
                found.append((attrs.evolve(mention, name=strip_possessive(mention.name or "")), content))
            continue
        if any(s <= h.index < c for h in hits):
            continue  # 'Vale Said: "…"' is the cue's
        if s == c or not tokens[s].capitalized or not _opens_line(tokens, s):
            continue
        mention = analyse(tokens[s:c], text, lex)
        if mention is None or mention.kind not in ("person", "institution"):
            continue
        content = quote_content(tokens[c + 1], "direct", ":")
        if content is not None:
            found.append((mention, content))
    return found


MESSAGE_NOUNS = words("message response reply answer warning verdict retort advice")


def _message_owner(tokens: Sequence[Token], c: int, hits: Sequence[CueHit]) -> int | None:
    """Where the possessive name ends in a sentence opening "Vale's message (to X) was blunt:" before
    the colon at ``c``: the owner of the message speaks the quotation after the colon."""
    p = 0
    while p < c and tokens[p].capitalized and not tokens[p].text.endswith(POSSESSIVE_ENDS):
        p += 1
    if p >= c or not tokens[p].capitalized or p + 1 >= c or tokens[p + 1].lower not in MESSAGE_NOUNS:
        return None
    if c - p > 9 or any(p < h.index < c for h in hits) or not all(t.is_word for t in tokens[p:c]):
        return None
    return p + 1


def _opens_line(tokens: Sequence[Token], s: int) -> bool:
    """A name opens the sentence, or follows a dash, a quotation (the line before) or an opening
    "From"/"More from" ("More from Vale and Lind:"), not "suggested Curiel was from Mexico:"."""
    if s == 0 or tokens[s - 1].text in ("-", "—", "–", "―") or tokens[s - 1].kind == "quote":
        return True
    return tokens[s - 1].lower == "from" and (s == 1 or (s == 2 and tokens[0].lower == "more"))
