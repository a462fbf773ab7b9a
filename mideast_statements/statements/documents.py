"""Documents as sources: "the statement said", "a Kremlin readout", "Tal Vesper's statement", "a report
by the ministry". A document speaks for whoever issued it: the person or body its words name (after
"by"/"from", in capitals before it, a possessive owner, a body's noun), else the one the sentences
before name ("the statement"), else itself, as written ("a statement posted on its website").

The readings here are the mention reader's (``mentions.analyse``), which passes itself in to read
an issuer's own words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .lexicon import Lexicon
from .members import COUNTING_OPENERS
from .names import strip_possessive
from .phrase_extent import ISSUING, issuable, issued_by
from .phrase_words import POSSESSIVES, Mention, join_tokens
from .text import MONTHS, POSSESSIVE_ENDS, Token, is_plural, words

__all__ = [
    "DOCUMENT_TITLES",
    "HELD_BY",
    "PUBLISHED_WORDS",
    "bare_documents",
    "document_by",
    "document_head",
    "document_source",
    "issued_after",
    "issued_by_at",
    "issuer_named",
]

Analyse = Callable[[Sequence[Token], str, Lexicon], "Mention | None"]

ISSUED_BY = frozenset(["by", "from"])  # "a statement by the ministry", "a letter from Tal Vesper"
HELD_BY = frozenset(["seen", "obtained", "reviewed", "viewed"])  # "a UN report seen by Reuters"
# what is published besides documents that speak: "an interview published on Sunday"
PUBLISHED_WORDS = words("interview interviews remarks comments speech video article column footage message transcript")
# capitalised last words that make a name a document's title, never a person's
DOCUMENT_TITLES = frozenset(
    ("Report", "Reports", "Letter", "Release", "Notice", "Memo", "Memorandum", "Newsletter", "Newsletters")
)


def issued_by_at(words: Sequence[Token]) -> int:
    """Where "by"/"from" stands in the phrase (0 when nowhere past its first word)."""
    return next((k for k, t in enumerate(words) if t.lower in ISSUED_BY), 0)


def issuer_named(words: Sequence[Token], by: int, text: str, lex: Lexicon, analyse: Analyse) -> Mention | None:
    """The person or body named after "by"/"from" at ``by`` when a document (or "figures released")
    stands before it: "a statement by the Kestrel Foreign Ministry", "a statement by the ministry";
    None when the issuer is no name or body ("a press release from the harbour board")."""
    issued_at = by - 2 if by >= 2 and issued_by(words, by - 1, lex) else by - 1  # "figures released by"
    # ("reports from the Courier": a plural document as well)
    if not (issuable(words[issued_at], lex) and not words[issued_at].capitalized and by < len(words) - 1):
        return None
    named_issuer = analyse(words[by + 1 :], text, lex)
    # "the ministry", "the Egyptian presidency": a body's noun after "the" and capitalised words
    # "by the ministry", "by the Kestrel Foreign Ministry", "from Talmani's office": a body
    article = words[by + 1].lower == "the"
    describing = words[by + 1 + article : -1]
    # ("the Varnian foreign ministry": a name's capitalised word first, describing words after it)
    the_body = (
        len(words) >= by + 3
        and (article or words[by + 1].text.endswith(POSSESSIVE_ENDS))
        and words[-1].lower in lex.institutions
        and (
            all(t.capitalized for t in describing)
            or (describing[0].capitalized and all(t.is_word and t.lower not in lex.cues for t in describing))
        )
    )
    if (
        named_issuer is not None
        and named_issuer.kind in ("person", "institution")
        and (words[-1].capitalized or the_body)
    ):
        return named_issuer
    return None


def document_head(words: Sequence[Token], prep: int, written_start: int, lex: Lexicon) -> bool:
    """Does a document noun head the phrase? "the Post" is a newspaper; "The Report" alone, after its
    article, is the report named before."""
    head_tok = words[prep - 1]
    if strip_possessive(head_tok.lower) not in lex.documents:
        return False
    titled = prep == 1 == len(words) and head_tok.text in DOCUMENT_TITLES and written_start != words[0].start
    return not head_tok.capitalized or titled


def document_source(
    words: Sequence[Token],
    tokens: Sequence[Token],
    prep: int,
    written_start: int,
    country: str | None,
    definite: bool,
    text: str,
    lex: Lexicon,
    analyse: Analyse,
) -> Mention | None:
    """Who a phrase headed by a document noun (``words[prep - 1]``) speaks for; None when nobody is
    named for it ("a statement posted on its website": the caller keeps it as written)."""
    head_tok = words[prep - 1]
    head = strip_possessive(head_tok.lower)
    start, end = words[0].start, words[-1].end
    # a nationality word is no issuer ("the Israeli statement"); a seat of government is ("the Kremlin readout")
    bare = [(t, strip_possessive(t.text)) for t in words[: prep - 1] if t.capitalized]
    # ("a UN report": an acronym is a body's, whatever country code the lexicon gives it)
    # ("One tweet said": a counting word capitalised because it opens the sentence names no issuer)
    issuer = [
        t
        for t, b in bare
        if (lex.country_of(b) is None or b in lex.institution_words or b.isupper())
        and not (t is words[0] and t.lower in COUNTING_OPENERS)
        and b.lower() not in lex.weekdays  # "Thursday's memo" is dated, not issued, by its day
        and b.lower() not in MONTHS
        and b not in lex.platforms  # "a Twitter post": the service carries it, someone else wrote it
    ]
    possessor = _owner(words[: prep - 1], [t for t in tokens if t.start >= written_start], text, lex, analyse)
    if possessor is not None and (possessor.kind != "institution" or not issuer):
        # "Tal Vesper's statement", "the minister's post", "the school's Facebook post": the owner
        # the possessive names issued it (a body named in capitals is read as an issuer below)
        return possessor
    noun = words[prep - 2] if prep >= 2 else None
    # "the ministry's statement": a body's noun that owns the document
    body_noun = noun is not None and not noun.capitalized and strip_possessive(noun.lower) in lex.institutions
    if issuer and (prep == len(words) or words[prep].lower == "of" or words[prep].lower in HELD_BY):
        # "the Pentagon readout", "a Kremlin statement": the document speaks for the body it names
        # ("the Kremlin readout of the call", "a UN report seen by Reuters")
        # ("the Varnian ministry's statement", "a Varnian ministry memo": the name runs on to the body's noun)
        name = strip_possessive(join_tokens([issuer[0], noun] if body_noun and noun else issuer, text))
        return Mention("institution", name, start, end, name=name, country=country, head=head)
    if noun is not None and body_noun:
        # "a ministry statement", "an army statement": the body the noun names, as "the ministry"
        issuer_noun = strip_possessive(noun.text)
        return Mention(
            "institution",
            issuer_noun,
            noun.start,
            noun.start + len(issuer_noun),
            name=issuer_noun,
            country=country,
            head=issuer_noun.lower(),
        )
    if definite:  # "the statement": whoever issued it, from the sentences before
        return Mention("document", text[start:end], start, end, head=head, written=text[written_start:end])
    return None


def _owner(
    before: Sequence[Token], phrase: Sequence[Token], text: str, lex: Lexicon, analyse: Analyse
) -> Mention | None:
    """The person or body a possessive before a document noun names ("Tal Vesper's", "the minister's",
    "the school's Facebook"), when only lower-case words or a platform's name stand between them;
    None for "his"/"its" (the sentences before say whose) and for anything else. ``before``: the
    head's words before the noun; ``phrase``: the phrase's tokens from its article on."""
    k = len(before) - 1
    while k >= 0 and (before[k].text in lex.platforms or (before[k].is_word and not before[k].capitalized)):
        if before[k].text.endswith(POSSESSIVE_ENDS):
            break
        k -= 1
    if k < 0 or not before[k].text.endswith(POSSESSIVE_ENDS) or before[k].lower in POSSESSIVES:
        return None
    owner = analyse([t for t in phrase if t.end <= before[k].end], text, lex)
    if owner is None or owner.kind not in ("person", "role", "description", "institution"):
        return None
    acronym = owner.kind == "person" and bool(owner.name) and strip_possessive(owner.name or "").isupper()
    return attrs.evolve(
        owner,
        kind="institution" if acronym else owner.kind,  # "The CIA's report": a body's letters, no person's name
        text=strip_possessive(owner.text),
        name=strip_possessive(owner.name) if owner.name else None,
        written=strip_possessive(owner.written) if owner.written else None,
        head=strip_possessive(owner.head) if owner.head else None,
    )


def document_by(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """ "a letter seen by X", "a statement by X": "by" after a document names who wrote or holds it."""
    return words[k].lower == "by" and any(strip_possessive(t.lower) in lex.documents for t in words[:k])


def issued_after(words: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A participle of issuing right after a document noun ("an interview published on Sunday", "a
    statement released Monday"): it describes the document."""
    return (
        k > 0
        and words[k].lower in ISSUING
        and not words[k - 1].capitalized
        and (issuable(words[k - 1], lex) or words[k - 1].lower in PUBLISHED_WORDS)
    )


def bare_documents(words: Sequence[Token], lex: Lexicon) -> bool:
    """ "reports from the Courier", "reports": a plural document noun alone or before "from"/"by"."""
    low = words[0].lower
    return (
        is_plural(low)
        and low[:-1] in lex.documents
        and (len(words) == 1 or words[1].lower in ("from", "by", "in", "on"))
    )
