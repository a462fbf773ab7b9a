"""The speaker after the verb: '"…," said Juan Perez, senior trader at X', '"…," said Democratic
pollster Stan Greenberg' — read from the cue forwards, to a comma, the sentence's end or an adjunct."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from .cues import CueHit
from .joined import unnamed
from .lexicon import Lexicon
from .mentions import QUANTITIES, Mention, analyse, share_of_them
from .phrase_words import role_noun
from .phrases import AUX, BOUNDARY_WORDS, Candidate, can_head, with_relative
from .text import Token, gerund_word, is_plural, last_word_index, words

__all__ = ["inverted_reading"]


def _after_quotation(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Does a plain verb of saying follow a quotation ('"…," said Vale')? Objects follow other verbs
    there ('called his comments "toxic," portrayed X as …')."""
    return hit.index > 0 and tokens[hit.index - 1].kind == "quote" and hit.cue.lemma in PLAIN_SAYING


PLAIN_SAYING = words("say add ask tell write continue explain reply respond recall")


def inverted_reading(
    tokens: Sequence[Token], hit: CueHit, text: str, lex: Lexicon, dates: tuple[Token, ...]
) -> Candidate:
    """'"…," said Juan Perez, senior trader at X.' / '"…," said Democratic pollster Stan Greenberg.' —
    the speaker follows the verb: words up to a comma, the sentence's end or an adjunct ("in a
    statement"), ending in a name or a noun that can head a source."""
    n = len(tokens)
    j = hit.stop
    e = _inverted_end(tokens, j, lex)
    first: Mention | None = None
    if j < e < n - 1 and tokens[e].lower == "and" and can_head(tokens[e - 1], lex):
        # "said Doyle and others,": two speakers, read one by one
        second = _inverted_end(tokens, e + 1, lex)
        if second > e + 1 and e - j == 1 and not tokens[j].capitalized and not is_plural(tokens[j].lower):
            e = second  # "said lobbyist and party strategist Tom Vale": a bare role noun is the name's title
        elif second > e + 1:
            first = analyse(tokens[j:e], text, lex)
            last = analyse(tokens[e + 1 : second], text, lex)
            if unnamed(first) and unnamed(last):
                first, e = None, second  # "said officials and diplomats": one unnamed source, as written
            else:
                j, e = e + 1, second
    if (owner := _owner_end(tokens, j, e, lex)) is not None:
        e = owner  # "said a longtime adviser to Tom Vale, who …": the head's complement is the phrase's
    ends = (
        e == n
        or tokens[e].text in (",", ".", ";", ":", "(", "—", "–")
        or tokens[e].lower in lex.adjunct_openers
        or tokens[e].lower in ("who", "whose")  # "said a handful of Democrats who point to …"
        # '"…," said Vale as he closed out.' (after a quotation only: "praised X as a fighter" is an object's)
        or (tokens[e].lower in ("as", "because") and e > j and _after_quotation(tokens, hit))
        # '"…," said Kal Theron citing …': a participle after the name goes on with the speaker's act
        or (gerund_word(tokens[e]) and e > j and tokens[e - 1].capitalized and _after_quotation(tokens, hit))
    )
    if e > j and ends and not can_head(tokens[e - 1], lex) and not share_of_them(tokens[j:e]):
        described = _described_head(tokens, j, e, lex)  # '"…," said a person close to the talks.'
        # '"…," said another advocate, X': after a verb that follows the words, never one opening the sentence
        # ('"…," says Kestrel graphics architect, Aras Lind': a body's name before the bare description)
        described_by = tokens[j].lower in DESCRIBED_OPENERS or (
            tokens[j].capitalized and e - j >= 2 and not tokens[e - 1].capitalized
        )
        named = hit.index > 0 and described_by and _name_set_off(tokens, e)
        if (
            described is None
            and not named
            and _participle_after_head(tokens, j, e, lex)
            and _after_quotation(tokens, hit)
        ):
            described = e  # '"…," says a young man wearing a mask.': the participle's words describe him
        if described is None and not named:
            return Candidate("none", clause_start=hit.index, dates=dates)
        e = described if described is not None else e
    elif _with_knowledge(tokens, e, lex):
        # '"…," said one person with knowledge of the talks': "with" and a bare noun describe the source
        e = _phrase_end(tokens, e + 1, j) or e
    elif e == j or not ends:
        return Candidate("none", clause_start=hit.index, dates=dates)  # '"…," said the council would …'
    appositive: Sequence[Token] = ()
    if e < n and tokens[e].text == "," and e + 1 < n and tokens[e + 1].lower not in ("who", "which", "whose"):
        appositive = tokens[e + 1 : last_word_index(tokens) + 1]
        comma = next((k for k, t in enumerate(appositive) if t.text == ","), len(appositive))
        after_age = appositive[comma + 1 :]
        appositive = appositive[:comma]  # "said the bureau's director, Jane Roe, on Monday"
        if len(appositive) == 1 and appositive[0].text.isdigit() and after_age and after_age[0].lower in ("a", "an"):
            # "said Hussein Haidar, 52, a farmer from …": the description after the age
            appositive = after_age[: next((k for k, t in enumerate(after_age) if t.text == ","), len(after_age))]
    mention = analyse(tokens[j:e], text, lex, appositive)
    if mention is not None and e < n and tokens[e].lower == "who":
        # "said a committee member who supports Vale.": the relative clause defines the unnamed source
        clause_end = e
        while clause_end + 1 < n and (tokens[clause_end + 1].is_word or tokens[clause_end + 1].text in "-’'"):
            clause_end += 1
        mention = with_relative(mention, tokens, e - 1, clause_end, text)
    if first is not None and mention is not None and mention.kind == "generic" and mention.head == "others":
        mention = None  # "said Doyle and others": the named one speaks, "others" names nobody
    found = tuple(m for m in (first, mention) if m is not None)
    return Candidate(
        "inverted",
        found,
        hit.stop,
        hit.index,
        dates + _day_after(tokens, hit.stop, e + (len(appositive) + 1 if appositive else 0), lex),
    )


def _day_after(tokens: Sequence[Token], j: int, k: int, lex: Lexicon) -> tuple[Token, ...]:
    """ "…, said spokesperson Lin Hao on Friday.", "…, said the ministry Friday": a day among the
    speaker phrase's words (from ``j``) or right after it (and its appositive, ending at ``k``) dates
    what was said."""
    stop = min(len(tokens), k + 3)
    days = (t for t in tokens[j:stop] if t.is_word and (t.lower in lex.weekdays or t.lower in lex.yesterday))
    return tuple(islice(days, 1))


def _inverted_end(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    """Where the words of a speaker phrase after the verb stop (at most 12)."""
    e = j
    while (
        e < len(tokens)
        and e - j < 12
        and (
            _inverted_word(tokens[e], lex) or (tokens[e].lower == "of" and e > j and tokens[e - 1].lower in QUANTITIES)
        )
    ):
        e += 1  # "said a handful of Democrats": "of" after a quantity stays in the phrase
    return e


HEAD_COMPLEMENTS = words("to of at")  # "an adviser to X", "the director of X", "a professor at X"
# heads whose "to" names whom they serve ("an adviser to X"); after others "to" names the hearer
SERVING_HEADS = words(
    "adviser advisers advisor advisors aide aides assistant assistants ambassador envoy envoys counsel "
    "consultant consultants spokesman spokeswoman spokesperson successor heir donor donors"
)


def _owner_end(tokens: Sequence[Token], j: int, e: int, lex: Lexicon) -> int | None:
    """ "said an adviser to the campaign", "said a professor at Columbia": after a lower-case head
    that names a role, "to"/"of"/"at" and a named or definite object belong to the speaker's phrase
    (an adjunct opens with an article: "at a news conference", or a bare noun: "to reporters").
    The phrase's new end, or None."""
    n = len(tokens)
    if not (j < e < n - 1 and tokens[e].lower in HEAD_COMPLEMENTS):
        return None
    head, after = tokens[e - 1], tokens[e + 1]
    if tokens[e].lower == "of" and role_noun(head.lower, lex) and (titled := _office_then_name(tokens, e, lex)):
        return titled  # "said (former) Secretary of State Mara Vesper": the office, then the person
    if head.capitalized or not role_noun(head.lower, lex):
        return None
    if tokens[e].lower == "to" and head.lower not in SERVING_HEADS:
        return None  # "said the minister to the Post": the one spoken to
    if not (after.capitalized or after.lower in ("the", "his", "her", "their", "its")):
        return None
    end = _inverted_end(tokens, e + 1, lex)
    named = any(t.capitalized or t.lower in lex.institutions for t in tokens[e + 1 : end])
    return end if end > e + 1 and named else None


def _office_then_name(tokens: Sequence[Token], of: int, lex: Lexicon) -> int | None:
    """After a role noun's "of": a field of office of a word or two ("state", "Homeland Security")
    and a capitalised name closing the phrase ("of state Mara Vesper"). The phrase's end, or None."""
    end = _inverted_end(tokens, of + 1, lex)
    named = end - of - 1 >= 2 and tokens[end - 1].capitalized and tokens[end - 2].capitalized
    return end if named and end - of - 1 <= 5 and all(t.is_word for t in tokens[of + 1 : end]) else None


def _described_head(tokens: Sequence[Token], j: int, e: int, lex: Lexicon) -> int | None:
    """ "said a person close to the talks", "said an official familiar with the plan": a head noun,
    one describing word and a prepositional phrase up to the sentence's end or a comma. The end of
    that phrase, or None when the words after the verb are not so shaped."""
    n = len(tokens)
    k = e - 1  # the describing word ("close", "familiar") before the preposition at e
    if k - 1 < j or not can_head(tokens[k - 1], lex) or tokens[k].capitalized or e >= n or not tokens[e].is_word:
        return None
    return _phrase_end(tokens, e + 1, j)


def _participle_after_head(tokens: Sequence[Token], j: int, e: int, lex: Lexicon) -> bool:
    """A lower-case head that can name a source, then a participle ("a man wearing a mask", "a woman
    standing nearby"), in the words from ``j`` to ``e``."""
    return any(
        gerund_word(tokens[g]) and not tokens[g - 1].capitalized and can_head(tokens[g - 1], lex)
        for g in range(j + 1, e)
    )


def _phrase_end(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """Where a describing prepositional phrase that starts at ``start`` ends: at a comma or the
    sentence's end, with no clause word inside and the whole phrase (from ``j``) under 14 tokens;
    None when it is not so shaped."""
    n = len(tokens)
    end = start
    while end < n and end - j < 14 and (tokens[end].is_word or tokens[end].text in ("’", "'", "-")):
        if tokens[end].lower in BOUNDARY_WORDS or tokens[end].lower in AUX:
            return None
        end += 1
    if end == start or (end < n and tokens[end].text not in (",", ".", ";", "—", "–")):
        return None
    return end


def _with_knowledge(tokens: Sequence[Token], e: int, lex: Lexicon) -> bool:
    """ "one person with knowledge of …", "an official with ties to …": a common noun, then "with"
    and a noun without an article ("with a smile" is how it was said)."""
    n = len(tokens)
    if not (1 <= e < n - 1 and tokens[e].lower == "with" and tokens[e + 1].is_word):
        return False
    head, after = tokens[e - 1], tokens[e + 1]
    bare = not after.capitalized and after.lower not in ("a", "an", "the")
    return bare and not head.capitalized and can_head(head, lex)


def _inverted_word(tok: Token, lex: Lexicon) -> bool:
    if not tok.is_word:
        return tok.text in ("-", "’", "'", "/", "&")  # "Selects/Kestrel Films president X", "Dorn & Vale"
    low = tok.lower
    return tok.capitalized or not (low in BOUNDARY_WORDS or low in AUX or low in lex.adjunct_openers or low in lex.cues)


DESCRIBED_OPENERS = frozenset(("a", "an", "another", "the", "one"))  # "said another advocate, X"


def _name_set_off(tokens: Sequence[Token], e: int) -> bool:
    """ "said another leading advocate, Tal Vesper of …": a comma, then a personal name of two
    capitalised words or more; the name says who the unlisted noun before it is."""
    return (
        e + 2 < len(tokens)
        and tokens[e].text == ","
        and all(t.is_word and t.capitalized for t in tokens[e + 1 : e + 3])
        and not tokens[e + 1].text.isupper()
    )
