"""Line rules: what a paragraph or dump line is (furniture, meta, credit, caption, body).

Both paths use them: text dumps line by line, and HTML paragraphs after their blocks are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from . import furniture
from .furniture import CAPTION, CREDIT, compile_lines, sign_off_names, strip_bullet

__all__ = ["Cleaned", "LineRules", "clean_paragraphs", "drop_pull_quotes"]

# Header lines every dump may carry; adapters add their own (named groups say what a line gives).
META = (
    r"(?:home|news)\s*[>»/]\s*(?P<section>[^>»/]{2,40}?)\s*",  # breadcrumb "News > Palestine"
    r"(?P<section>[A-Z][\w&' ]{1,30}?)\s*\|",  # "Politics |"
    r"\|?\s*(?:published|posted|updated|last update[d]?)\s*(?::|on)?\s*(?P<date>.*\d{4}.*)",
    r"(?:by|editor|author|reporter|written by|reporting by)\s*:?\s*"
    r"(?P<authors>[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){0,3})*)",
)
_QUOTE_ONLY = re.compile(r'^[“"‘«](?P<quote>[^“”"«»]{12,}?)[.,!?]?[”"’»]\.?$')
_PULL_QUOTE = re.compile(r'^[“"‘](?P<quote>.{30,}?)[,.]?[”"’],?\s+(?P<attribution>[^“"”]{3,80})$')


@attrs.frozen(slots=True)
class LineRules:
    drop: re.Pattern[str] | None
    skip_next: re.Pattern[str] | None
    end: re.Pattern[str] | None
    meta: tuple[re.Pattern[str], ...]

    @classmethod
    def build(
        cls,
        *,
        drop: Iterable[str] = (),
        skip_next: Iterable[str] = (),
        end: Iterable[str] = (),
        meta: Iterable[str] = (),
    ) -> LineRules:
        """The shared rules plus an outlet's own (the outlet's meta patterns are tried first)."""
        return cls(
            drop=compile_lines([*furniture.DROP, *drop]),
            skip_next=compile_lines([*furniture.SKIP_NEXT, *skip_next]),
            end=compile_lines([*furniture.END, *end]),
            meta=tuple(re.compile(r"^(?:" + p + r")$", re.I) for p in (*meta, *META)),
        )

    def meta_match(self, line: str) -> dict[str, str] | None:
        text = strip_bullet(line)
        for pattern in self.meta:
            found = pattern.match(text)
            if found:
                return {k: v.strip() for k, v in found.groupdict().items() if v and v.strip()}
        return None


@attrs.define
class Cleaned:
    paragraphs: list[str] = attrs.Factory(list)
    captions: list[str] = attrs.Factory(list)
    source_agency: str | None = None
    credited: list[str] = attrs.Factory(list)  # names of a sign-off line ("Reporting by …")
    removed: int = 0


def clean_paragraphs(paragraphs: Sequence[str], rules: LineRules, *, title: str | None = None) -> Cleaned:
    """Drop furniture from a run of body paragraphs; keep captions and a wire credit apart."""
    out = Cleaned()
    skip = False
    title_key = _key(title) if title else None
    prose_after: list[int] = []  # prose paragraphs from each index on; counted once, at the first end mark
    for at, text in enumerate(paragraphs):
        if skip:
            skip, out.removed = False, out.removed + 1
            continue
        bare = strip_bullet(text)
        if out.paragraphs and rules.end and rules.end.match(bare):
            out.removed += 1
            prose_after = prose_after or _prose_counts(paragraphs)
            prose, rest = prose_after[at + 1], len(paragraphs) - at - 1
            if prose >= 3 and prose * 2 >= rest:
                continue  # a "Related articles" box inside the body: the line is furniture, the rest is not
            break
        if rules.skip_next and rules.skip_next.match(bare):
            skip, out.removed = True, out.removed + 1
            continue
        credit = CREDIT.match(bare)
        if credit:
            out.source_agency = out.source_agency or credit.group("agency")
            out.removed += 1
            continue
        names = sign_off_names(bare)
        if names is not None:
            out.credited.extend(names)
            out.removed += 1
            continue
        if CAPTION.search(bare):
            out.captions.append(bare)
            out.removed += 1
            continue
        if (rules.drop and rules.drop.match(bare)) or (title_key and _key(bare) == title_key):
            out.removed += 1
            continue
        out.paragraphs.append(text)
    kept = drop_pull_quotes(out.paragraphs)
    out.removed += len(out.paragraphs) - len(kept)
    out.paragraphs = kept
    return out


PROSE_WORDS = 12  # a teaser or headline seldom runs this long and ends a sentence
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def _prose_counts(paragraphs: Sequence[str]) -> list[int]:
    """For each index, how many paragraphs from there on are prose: PROSE_WORDS or more, ending a
    sentence (after an end mark, a list of other stories is headlines or short teasers)."""
    counts = [0] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        p = paragraphs[i]
        counts[i] = counts[i + 1] + (len(p.split()) >= PROSE_WORDS and _SENTENCE_END.search(p.rstrip()) is not None)
    return counts


def drop_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Quotations the page repeats as display text are furniture, not second statements:
    a paragraph that is only a quotation plus its attribution, or only a quotation (a crosshead
    made of a quote), whose words stand in a longer paragraph of the same body."""
    out = []
    for i, text in enumerate(paragraphs):
        quote = _display_quote(text)
        if quote and any(
            j != i and len(other) > len(text) and _repeats(quote, other) for j, other in enumerate(paragraphs)
        ):
            continue
        out.append(text)
    return out


def _display_quote(text: str) -> str | None:
    found = _PULL_QUOTE.match(text)
    if found:
        return found.group("quote")
    found = _QUOTE_ONLY.match(text)
    return found.group("quote") if found else None


def _repeats(quote: str, other: str) -> bool:
    if quote in other:
        return True
    words = re.findall(r"\w+", quote.lower())
    have = set(re.findall(r"\w+", other.lower()))
    return len(words) >= 4 and sum(w in have for w in words) >= 0.9 * len(words)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
