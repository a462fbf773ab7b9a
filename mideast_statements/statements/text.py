"""Paragraph text as the attribution rules see it: quotation spans, tokens and sentence units.

A quotation is one opaque token, so that no rule ever looks inside quoted words (a speech verb
inside a quotation is the speaker's, not the article's), and offsets always point back into
the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import attrs

__all__ = [
    "AUX",
    "LY_NOUNS",
    "PERIODS",
    "POSSESSIVE_ENDS",
    "Quote",
    "Token",
    "Unit",
    "bare_duration",
    "closing_comma",
    "comma_at",
    "duration_end",
    "find_quotes",
    "gerund_word",
    "has_quote_marks",
    "is_plural",
    "last_word_index",
    "quotation_after",
    "quoted_span",
    "split_units",
    "title_words",
    "titled_quote",
    "tokenize",
    "uncontracted",
    "verb_word",
    "words",
]


# how a possessive ends: "Vale's", and a plural's ("the Guards' commander", kept by the tokenizer
# only before a lower-case word)
POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")


def words(text: str) -> frozenset[str]:
    """A set of words written as one string: short word lists stay on one readable line."""
    return frozenset(text.split())


SUBJECT_PRONOUNS = words("he she they we i you")  # what opens a clause as its subject
AUX = words("is are was were be been being has have had will would could can should may might must did does do")
# Irregular finite verbs a clause may turn on ("the dam held", "the talks broke down").
FINITE_VERBS = words(
    "held said told won lost made took went came gave found kept left put ran saw sent stood struck thought knew "
    "got began became brought bought caught fell felt fought grew heard led meant met paid rose sat shot sold "
    "spent spoke stole swore threw understood withdrew broke remains remained seems seemed appears appeared "
    "needs wants plans faces lacks hit quit shut hurt beat drew drove flew hid rode wore wrote chose forgot forgave"
)


OPENERS = "“„«"
CLOSERS = "”»"
DOUBLE_CLOSERS = ("’’", "''")
SINGLE_FRAGMENT = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'][^‘’'\n]{2,}?[’'](?=[\s,.;:!?)\]]|$)")
# Double quotation marks in every style: curly and guillemets, the straight mark, and the marks of
# two apostrophes that wire and archive text use (both straight and curly); three straight
# apostrophes are a single mark and a double one together.
_MARK = re.compile("'{3}|’’|‘‘|''|[" + OPENERS + CLOSERS + '"]')
_BEFORE_OPENER = "([{—–-/"
# British style: ‘…’ outside double marks. The opening ‘ follows a space or a bracket; a closing ’
# is not followed by a letter ("We’re" is an apostrophe).
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[{—–/-]))‘(?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?!\w)")
# The same with the typewriter apostrophe ('We will win,' he said): the opener must be followed by a
# letter or digit, so that a lone mark or "rock 'n' roll" spacing opens nothing; a closer is no
# apostrophe inside a word ("don't").
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[{—–/-]))'(?=[^\W_])")
_STRAIGHT_CLOSE = re.compile(r"(?<=\S)'(?!\w)")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|abd|abdel|ben|bar|de|di|da|van|von)-[A-Z]")
# The alternatives that open with a capital or a digit sit behind a look-ahead for one, so that a
# lower-case word skips them at one character test (the scan is the engine's hottest loop).
_WORD = re.compile(
    r"(?=[A-Z])(?:(?:Gov|Sen|Rep|Gen|Brig|Lt|Col|Sgt|Maj|Capt|Cmdr|Cpl|Pvt|Adm|Dr|Mr|Mrs|Ms|Prof|St|Rev|Hon)\.(?=\s+[A-Z])|(?:Jr|Sr)\.|No\.(?=\s*\d)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)|(?:Mr|Mrs|Ms|Dr)\.(?=\s+(?:[a-z]{1,4}\s+){1,2}[A-Z])"
    r"|[RDI]-(?:[A-Z][a-z]*\.){1,3}(?=[,)])"  # a party and a state: "R-W.Va.", "D-N.Y.", "D-Calif."
    r"|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z](?:[a-z]|\.\s+[A-Z])))|no\.(?=\s*\d)|(?=\d)(?:\d+(?:[.,]\d+)*%|\d+(?:[.,]\d+)+)"
    r"|\w++\.(?:com|org|net|info|gov|edu|int|io|us|uk|news|tv)\b(?!\.\w)"  # "told Polygraph.info that"
    r"|\w+(?:[’'\-&]\w+)*(?:[’']s|(?<=s)[’'](?=\s+[a-z]))?|-{2,3}|[^\w\s]"
)  # a plural's possessive keeps its apostrophe when a lower-case word follows ("the Guards' aerospace force")
# Nouns that end in -ly, never adverbs ("the Israeli daily", "an ally", "the rally")
LY_NOUNS = words("family july italy reply supply rally ally daily weekly monthly quarterly assembly")
# Words after whose full stop a sentence does not end.
ABBREVIATIONS = words(
    "mr mrs ms dr gen lt col sgt st jr sr no oct nov dec jan feb mar apr aug sep sept inc corp co ltd gov "
    "sen rep prof vs etc maj capt adm rev hon est approx dept univ fig brig cmdr cpl pvt"
)


@attrs.frozen(slots=True)
class Quote:
    """A quotation in a paragraph: ``content`` is between the marks (``opened``/``closed`` say
    whether each mark is there: a quotation can run on from or into another paragraph)."""

    start: int  # first character of the opening mark (or of the content when there is none)
    content_start: int
    content_end: int
    end: int  # one past the closing mark (or the content's end when there is none)
    opened: bool = True
    closed: bool = True


@attrs.define(slots=True)
class Token:
    """A word, a punctuation mark or a whole quotation. ``lower``, ``is_word`` and ``capitalized``
    (capitalised, or a name with a particle: "el-Sisi") are worked out once when it is made, since the
    rules ask them of every token many times. Never changed once made; not frozen only because a frozen
    class costs four times as much to build, and the tokenizer builds one per word."""

    text: str
    start: int
    end: int
    kind: Literal["word", "punct", "quote"]
    quote: Quote | None = None
    lower: str = ""
    is_word: bool = False
    capitalized: bool = False

    @classmethod
    def make(
        cls, text: str, start: int, end: int, kind: Literal["word", "punct", "quote"], quote: Quote | None = None
    ) -> Token:
        word = kind == "word"
        caps = word and (text[:1].isupper() or (text[:2].islower() and _PARTICLE_NAME.match(text) is not None))
        return cls(text, start, end, kind, quote, text.lower(), word, caps)


@attrs.frozen(slots=True)
class Unit:
    """A sentence (quotations kept whole): its tokens and where it sits in the paragraph."""

    tokens: tuple[Token, ...]
    start: int
    end: int


def _double_marks(paragraph: str) -> list[tuple[int, int, str]]:
    """(position, length, "open" | "close") of every double quotation mark, in order."""
    marks: list[tuple[int, int, str]] = []
    n = len(paragraph)
    for m in _MARK.finditer(paragraph):
        i, ch = m.start(), m.group()
        if len(ch) == 3:  # a single mark with a double one: closing after a word, opening before one
            closing = i > 0 and not paragraph[i - 1].isspace()
            marks.append((i + 1, 2, "close") if closing else (i, 2, "open"))
        elif ch in CLOSERS or ch == "’’":
            # a closer typed where an opener stands (at the start or after a space, a word right after)
            wrong_way = ch == "”" and (i == 0 or paragraph[i - 1].isspace()) and paragraph[i + 1 : i + 2].isalnum()
            marks.append((i, len(ch), "open" if wrong_way else "close"))
        elif ch in OPENERS or ch == "‘‘":
            marks.append((i, len(ch), "open"))
        else:  # a straight mark: the side it stands on tells
            before = paragraph[i - 1] if i else " "
            after = paragraph[i + len(ch)] if i + len(ch) < n else " "
            opener = (before.isspace() or before in _BEFORE_OPENER) and not after.isspace()
            marks.append((i, len(ch), "open" if opener else "close"))
    return marks


def _pair(paragraph: str, marks: list[tuple[int, int, str]]) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: tuple[int, int] | None = None
    for pos, length, role in marks:
        if open_at is None:
            if role == "open":
                open_at = (pos, length)
            elif not quotes and pos > 0:  # the paragraph continues a quotation opened earlier
                quotes.append(Quote(0, 0, pos, pos + length, opened=False))
        elif role == "close" or paragraph[pos] in "\"'":  # a straight mark closes whatever is open
            start, olen = open_at
            quotes.append(Quote(start, start + olen, pos, pos + length))
            open_at = None
    if open_at is not None:
        start, olen = open_at
        end = len(paragraph.rstrip())
        quotes.append(Quote(start, start + olen, end, end, closed=False))
    return quotes


def _single_quotes(
    paragraph: str,
    start: int,
    stop: int,
    opening: re.Pattern[str] = _SINGLE_OPEN,
    closing: re.Pattern[str] = _SINGLE_CLOSE,
) -> list[Quote]:
    """British-style ‘…’ quotations between ``start`` and ``stop``, a stretch outside double marks.
    The closing mark is the first ’ next to punctuation, else the first not after an "s" (the plural
    possessive in ‘the Palestinians’ rights matter’ is not it); an opener with neither is no quote."""
    quotes: list[Quote] = []
    pos = start
    while (opener := opening.search(paragraph, pos, stop)) is not None:
        following = opening.search(paragraph, opener.end(), stop)
        limit = following.start() if following else stop
        closers = [m.start() for m in closing.finditer(paragraph, opener.end(), limit)]
        strong = [c for c in closers if paragraph[c - 1] in ",.!?;:" or paragraph[c + 1 : c + 2] in ("", *",.;:")]
        weak = [c for c in closers if paragraph[c - 1] != "s"]
        if not strong and not weak:
            pos = opener.end()
            continue
        chosen = (strong or weak)[0]
        quotes.append(Quote(opener.start(), opener.end(), chosen, chosen + 1))
        pos = chosen + 1
    return quotes


def find_quotes(paragraph: str) -> list[Quote]:
    """Quotation spans, paired left to right; a span may lack one of its marks. Double marks first,
    then British single marks in the stretches outside them."""
    doubles = _pair(paragraph, _double_marks(paragraph))
    curly = "‘" in paragraph
    # typewriter single marks only where no curly ones are used (there a straight mark is an apostrophe)
    straight = not curly and "'" in paragraph and _STRAIGHT_OPEN.search(paragraph) is not None
    if not curly and not straight:
        return doubles
    opening, closing = (_SINGLE_OPEN, _SINGLE_CLOSE) if curly else (_STRAIGHT_OPEN, _STRAIGHT_CLOSE)
    singles: list[Quote] = []
    gap = 0
    for q in [*doubles, None]:
        stop = q.start if q else len(paragraph)
        singles.extend(_single_quotes(paragraph, gap, stop, opening, closing))
        if q:
            gap = q.end
    return sorted([*doubles, *singles], key=lambda q: q.start)


def closing_mark(quote: Token) -> str:
    """The last character inside a quotation's marks ('"You tell me,"' → ",")."""
    q = quote.quote
    inner = quote.text[q.content_start - quote.start : q.content_end - quote.start] if q else quote.text
    return inner.rstrip()[-1:]


QUOTATION_REACH = 12  # tokens of a speaker phrase between an opening verb and its quotation


def quotation_after(tokens: Sequence[Token], j: int) -> int | None:
    """The comma or colon, reached from ``j`` over words and commas, that a quotation follows ('Said
    Varga, a lawyer: "…"'); None when another mark or the reach comes first."""
    for e in range(j, min(len(tokens) - 1, j + QUOTATION_REACH)):
        if tokens[e].text in (",", ":") and tokens[e + 1].kind == "quote":
            return e
        if not (tokens[e].is_word or tokens[e].text == ","):
            return None
    return None


def closing_comma(tokens: Sequence[Token], a: int, b: int) -> int | None:
    """The comma that ends a run of plain words from ``a``: the first token in ``[a, b)`` that is no
    word, when it is a comma; None when another mark comes first or none before ``b``."""
    c = next((m for m in range(a, min(b, len(tokens))) if not tokens[m].is_word), None)
    return c if c is not None and tokens[c].text == "," else None


def comma_at(tok: Token) -> bool:
    """A comma, or a quotation whose own words end on one ('… "in good faith," while …'): where the
    writer's next clause or aside may begin."""
    return tok.text == "," or (tok.kind == "quote" and closing_mark(tok) == ",")


def quoted_span(tok: Token) -> tuple[int, int]:
    """Paragraph offsets of a quotation token's words: the marks, surrounding blanks and a comma
    or colon before the attribution left out ('"We are ready," she said' → We are ready)."""
    q = tok.quote
    if q is None:
        return tok.start, tok.end
    inner = tok.text[q.content_start - tok.start : q.content_end - tok.start]
    lead = len(inner) - len(inner.lstrip())
    body = inner.strip().rstrip(",;: ").rstrip()
    return q.content_start + lead, q.content_start + lead + len(body)


def has_quote_marks(text: str) -> bool:
    """Whether a clause carries quoted words (double marks or a single-quoted fragment)."""
    if any(c in text for c in OPENERS + CLOSERS + '"') or any(d in text for d in DOUBLE_CLOSERS):
        return True
    return SINGLE_FRAGMENT.search(text) is not None


def tokenize(paragraph: str, quotes: list[Quote]) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    particle_name = _PARTICLE_NAME.match
    pos = 0
    for quote in [*quotes, None]:
        stop = quote.start if quote else len(paragraph)
        if quote is not None and _quoted_verb(paragraph, quote):
            stop = quote.end  # read as words: the verb in its marks is the sentence's verb
            quote = None
        for m in _WORD.finditer(paragraph, pos, stop):
            text = m.group()
            first = text[0]
            a, b = m.span()
            if first.isalnum() or first == "_":  # a word: worked out here, the hot loop of the engine
                # a particle name has its hyphen ("el-Sisi"): the cheap test first, the pattern after
                caps = first.isupper() or ("-" in text and first.islower() and particle_name(text) is not None)
                if caps and first == "I" and text[1:2] in ("'", "’"):
                    caps = False  # "people I've spoken with": the pronoun, written on, names nobody
                append(Token(text, a, b, "word", None, text.lower(), True, caps))
            else:
                # two or three hyphens are a dash as typewriters wrote it ("X -- who … -- said")
                dash = "—" if text[:2] == "--" else text
                append(Token(dash, a, b, "punct", None, dash, False, False))
        if quote:
            append(Token.make(paragraph[quote.start : quote.end], quote.start, quote.end, "quote", quote))
            pos = quote.end
        else:
            pos = stop
    return tokens


VERB_MARKS = frozenset("\"“”‘’'")  # the marks around a quoted verb, read as punctuation tokens


def verb_mark_in(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Is there a mark of a quoted verb among tokens[a:b] (read as punctuation)?"""
    return any(tokens[m].kind == "punct" and tokens[m].text in VERB_MARKS for m in range(max(0, a), b))


def marks_verb(tokens: Sequence[Token], k: int) -> bool:
    """Is the mark at k one of a pair a word or two apart (around a verb or its adverb)?"""
    return verb_mark_in(tokens, k + 2, min(k + 5, len(tokens))) or verb_mark_in(tokens, k - 4, k - 1)


_QUOTED_VERB = re.compile(r"(?:[a-z]+ly )?[a-z]+ed|[a-z]{4,}ly")  # "strongly condemned", "rejected", "energetically"


def _quoted_verb(paragraph: str, quote: Quote) -> bool:
    """'The ministry "strongly condemned" the raid': a past verb (with its adverb) in marks, between
    a word and a lower-case object, is the sentence's verb written as the source's word."""
    if not (quote.opened and quote.closed) or quote.content_end - quote.content_start > 40:
        return False
    if _QUOTED_VERB.fullmatch(paragraph, quote.content_start, quote.content_end) is None:
        return False
    before = paragraph[max(0, quote.start - 2) : quote.start]
    after = paragraph[quote.end : quote.end + 2]
    if not (before[-1:] == " " and before[:1].isalpha() and after[:1] == " " and after[1:2].islower()):
        return False
    # 'it was "deeply concerned" by …': after a linking verb the word describes the subject
    previous = paragraph[max(0, quote.start - 12) : quote.start].split()[-1:]
    if previous and previous[0].lower() in _LINKING_VERBS:
        return False
    if paragraph[quote.content_end - 2 : quote.content_end] == "ly":
        # an adverb alone only before a past verb ('"energetically" condemned'; 'knowing each other
        # "casually" from …' stays a quotation)
        return _PAST_VERB.match(paragraph, quote.end + 1) is not None
    return True


_PAST_VERB = re.compile(r"[a-z]+ed\b")


_LINKING_VERBS = words(
    "is are was were be been being am get gets got feel feels felt seem seems seemed remain remains remained "
    "become became"
)


def is_plural(low: str) -> bool:
    """A plural's look (lower case): "talks", "sources"; not "press", "status", "analysis"."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def last_word_index(tokens: Sequence[Token]) -> int:
    """Index of the last token that is no punctuation (-1 when there is none)."""
    k = len(tokens) - 1
    while k >= 0 and tokens[k].kind == "punct":
        k -= 1
    return k


_ENDERS = frozenset(".!?")


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.text == "(" and i + 2 < len(tokens):
        nxt = tokens[i + 2]  # "… Varga said. (Just take a look …)": a bracketed sentence opens
    starts_new = nxt.kind == "quote" or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
    if not starts_new:
        return False
    if tok.text == ")":
        return i > 0 and tokens[i - 1].text in _ENDERS  # "(… the decision.) But": the bracketed sentence ends
    if tok.kind == "quote":
        content = tok.text.rstrip("”»\"’' ")
        if content[-1:] in ("!", "?") and _attribution_follows(tokens, i + 1) and not _introduced_then_new(tokens, i):
            return False  # '"Will I change?" Trump asked reporters.': one sentence
        return content[-1:] in (".", "!", "?")
    if tok.text not in _ENDERS:
        return False
    if tok.text == "." and i:
        prev = tokens[i - 1]
        if prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper()):
            return False
        if _in_short_brackets(tokens, i):
            return False  # "Sen. Heidi Heitkamp (D-N.D.) said": an abbreviation in a name's bracket
    return True


def _in_short_brackets(tokens: list[Token], i: int) -> bool:
    """Token i sits in a bracket of a few tokens, opened before it and closed just after it."""
    opened = next((j for j in range(i - 1, max(-1, i - 6), -1) if tokens[j].text in "()"), None)
    if opened is None or tokens[opened].text != "(":
        return False
    return any(tokens[j].text == ")" for j in range(i + 1, min(len(tokens), i + 4)))


# The verbs of a closing attribution after a question or an exclamation ('"…?" she asked').
_CLOSING_VERBS = words(
    "said says asked asks wrote writes added adds told tells replied replies shouted declared insisted "
    "exclaimed wondered quipped joked tweeted answered responded"
)


def _framed_past(tokens: list[Token], k: int, j: int) -> bool:
    """Capitalised words from ``k`` to an -ed form at ``j`` that ends the sentence ("Lind pressed.")."""
    tok = tokens[j]
    if not (tok.kind == "word" and not tok.capitalized and len(tok.lower) > 4 and tok.lower.endswith("ed")):
        return False
    if j - k > 3 or not all(t.kind == "word" and t.capitalized for t in tokens[k:j]):
        return False
    return j + 1 == len(tokens) or tokens[j + 1].text in (".", "!")


def _introduced_then_new(tokens: list[Token], i: int) -> bool:
    """'Lind was asked, "…?" He answered, "…"': the quotation at ``i`` was introduced by its own
    verb, and the attribution after it brings words of its own, a quotation or a clause ('Dorn
    asked: "Why now?" Vesper replied that …'): two sentences."""
    if i == 0 or tokens[i - 1].text not in (",", ":"):
        return False
    for j in range(i + 1, min(i + 9, len(tokens) - 2)):
        if tokens[j].lower in _CLOSING_VERBS:
            if tokens[j + 1].lower in ("back", "out", "up") and j + 3 < len(tokens):
                j += 1  # "Vale then writes back, …": the verb's particle
            after = tokens[j + 1]
            if after.lower == "that" or after.lower in SUBJECT_PRONOUNS:
                return True
            return after.text in (",", ":") and tokens[j + 2].kind == "quote"
    return False


def _attribution_follows(tokens: list[Token], k: int) -> bool:
    """A speaker phrase of a few words and a speech verb open what follows ("Trump asked", "the
    senator said"): the quotation's sentence goes on."""
    commas = 0
    for j in range(k, min(k + 8, len(tokens))):
        if tokens[j].text == "," and j > k:
            commas += 1  # '"Onward!" Rep. Tal Vesper, R-Pa., said': an aside between commas, then the verb
            continue
        if tokens[j].kind != "word" or tokens[j].text in ".!?;":
            return False
        if tokens[j].lower in _CLOSING_VERBS and j > k:
            return True
        if j > k and _framed_past(tokens, k, j):
            return True  # '"…?" Lind pressed.': a name and a past form no list holds, then the end
        if commas == 2:
            return False
    return False


def split_units(paragraph: str) -> list[Unit]:
    """The paragraph's sentences, never splitting inside a quotation."""
    quotes = find_quotes(paragraph)
    tokens = tokenize(paragraph, quotes)
    units: list[Unit] = []
    begin = 0
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        # only a full stop, "!", "?" or a quotation can end a sentence: other tokens skip the check
        if i == last or ((tok.kind == "quote" or tok.text in _ENDERS or tok.text == ")") and _ends_sentence(tokens, i)):
            chunk = tuple(tokens[begin : i + 1])
            if chunk:
                units.append(Unit(chunk, chunk[0].start, chunk[-1].end))
            begin = i + 1
    return units


TITLE_BEFORE = words("on in with of to titled called named dubbed nicknamed show program programme podcast documentary")


def verb_word(tok: Token) -> bool:
    """A lower-case word that may be a finite verb: an auxiliary, an irregular past or an -ed form."""
    low = tok.lower
    return tok.is_word and not tok.capitalized and (low in AUX or low in FINITE_VERBS or low.endswith("ed"))


def gerund_word(tok: Token) -> bool:
    """A lower-case -ing form of six letters or more ("citing", "adding"), no name."""
    return tok.is_word and not tok.capitalized and len(tok.lower) > 5 and tok.lower.endswith("ing")


def title_words(quote: Token) -> list[str]:
    """The words of a quotation read as a title ("“An American Son.”" → An, American, Son)."""
    return [w for w in quote.text.strip("“”\"‘’'. ,").split() if w[:1].isalpha()]


def titled_quote(tokens: Sequence[Token], q: int) -> bool:
    """ "on MSNBC's “Morning Joe”", "in an interview with “Face the Nation”": the quotation at ``q``
    is a title (of a show, a book, a paper), not anyone's words."""
    before = tokens[q - 1] if q else None
    if before is not None and before.text == "," and q >= 2 and tokens[q - 2].lower in WORK_NOUNS:
        # "in his 2012 book, “An American Son.”": a work's title in capitals set off after its noun
        title = title_words(tokens[q])
        return 0 < len(title) <= 8 and sum(w[0].isupper() for w in title) * 2 > len(title)
    if before is not None and before.lower in ("of", "by") and q >= 2 and tokens[q - 2].is_word:
        # "the co-author of “Going Viral,”", "a song by “The Harbour Boys”": a title in capitals
        title = title_words(tokens[q])
        return 0 < len(title) <= 8 and title[0][0].isupper() and sum(w[0].isupper() for w in title) * 2 > len(title)
    if before is not None and before.lower == "as" and q >= 2 and tokens[q - 2].lower == "known":
        return True  # "the hacker known as “Ghost,”": a name the person goes by
    if before is None or not (before.text.endswith(POSSESSIVE_ENDS) or before.lower in TITLE_BEFORE):
        return False
    # 'Dorn's “looks like a vanity candidacy,” says X': four lower-case words or more are someone's
    # clause, no title ('Vale's "genuine empathy,"' stays a noun phrase in marks)
    title = title_words(tokens[q])
    return len(title) < 4 or title[0][0].isupper()


WORK_NOUNS = words("book memoir memoirs novel autobiography film movie documentary album song poem play essay series")


def uncontracted(word: str) -> str:
    """A pronoun with its auxiliary written on: "he's" (has), "they've" → the pronoun."""
    if "'" not in word and "’" not in word:
        return word  # most words: two C-level tests instead of twelve
    for suffix in ("’s", "'s", "’ve", "'ve", "’d", "'d", "’m", "'m", "’re", "'re", "’ll", "'ll"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Words before a subject that are no part of it ("Meanwhile, officials said", "But Vale said").
LEADING_JUNK = words(
    "despite with in on for meanwhile also but and so then however while as after following moreover "
    "furthermore separately now today yesterday even instead still yet thus though although when speaking "
    "later earlier nevertheless nonetheless indeed besides notably plus said says added asked wrote "
    "something anything nothing everything ones apart likewise similarly additionally previously elsewhere "
    "subsequently consequently accordingly ultimately finally lastly therefore hence otherwise regardless"
)
MONTHS = words("january february march april may june july august september october november december")


# the nouns of a period of time ("this week", "last summer", "Tuesday night"); the modules add their
# own neighbours to it (plurals, "ago", "season" …)
PERIODS = words("week month year weekend night morning afternoon evening summer winter spring fall autumn")
DURATION_NOUNS = words("years decades months weeks days hours year decade month week time")
DURATION_WORDS = words("a the past last several many some few two three four five six seven eight nine ten long")


def _span_noun(lowers: Sequence[str], j: int) -> int | None:
    """Where the noun of a span of time after "for" at ``j`` would stand ("for the past two years"):
    past its counting words; None when ``j`` holds no "for"."""
    if j >= len(lowers) or lowers[j] != "for":
        return None
    k = j + 1
    while k < len(lowers) and k - j <= 4 and (lowers[k] in DURATION_WORDS or lowers[k].isdigit()):
        k += 1
    return k


def bare_duration(lowers: Sequence[str], j: int) -> bool:
    """A span of time alone after "for" ("pushed for months, but …"), no object: not "called for
    months of talks"."""
    k = _span_noun(lowers, j)
    n = len(lowers)
    return k is not None and k < n and lowers[k] in DURATION_NOUNS and (k + 1 == n or lowers[k + 1] != "of")


def duration_end(lowers: Sequence[str], j: int) -> int:
    """Past a span of time before "that" ("argued for decades that …", "said for the past two
    years that …"); ``j`` when none opens there: a "for" before an object stays ("argued for a plan")."""
    k = _span_noun(lowers, j)
    if k is None or k + 1 >= len(lowers):
        return j
    return k + 1 if lowers[k] in DURATION_NOUNS and lowers[k + 1] == "that" else j
