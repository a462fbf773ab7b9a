"""Paragraph shapes that attribute a whole paragraph: transcript and interview lines ("TAPPER: …",
"Jake Tapper: …", "Q: …", "A: …") and a closing credit after a quotation ('"…" ― Jane Doe').

A label of one title-case word ("Vesper: …") is a speaker only where the article has named a
person of that surname, and the line holds five words or more ("Vale: Win in a walk." heads a
roundup). A news outlet's label asks questions ("Selan Daily: What …?"); no other line is an outlet's.
A question ("Q:") belongs to whoever asked it: the interviewer when the article names one
anywhere ("Interview by …", "The interview … was conducted by …", "interviewed by …"), else it
keeps its label "Q" as an unnamed source; it is never given to a "reporter" the article does not
name. An answer ("A:") is the interviewee's: the person the article is about (the one it has named
most often so far), else the one an interview credit names ("The interview with X …"), else "A".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .text import words

__all__ = ["Line", "Span", "interview_credits", "read_line"]

# "TAPPER:", "JAKE TAPPER:", "Jake Tapper:", "Q:", "A:" at the start of a paragraph
# ("Vesper:", one title-case word, is a label only where the article has named a Vesper: see reader)
_LABEL = re.compile(r"^(?P<label>Q|A|[A-Z][A-Z’'.\- ]{1,30}[A-Z.]|(?:[A-Z][\w’'\-]+ ){0,2}[A-Z][\w’'\-]+)\s*:\s+(?=\S)")
# '"…" ― Jane Doe' / '"…" — Jane Doe, the minister' at the end of a paragraph
_CREDIT = re.compile(r"(?P<words>.*?[”\"'’.!?])\s*[―—–-]\s*(?P<name>(?:[A-Z][\w’'.\-]+ ?){1,4})(?:,[^,]{0,60})?\s*$")
# A label that is furniture, not a speaker ("Update:", "Correction:", "Contributing:", "Related:")
NOT_SPEAKERS = frozenset(
    [
        "update",
        "correction",
        "contributing",
        "related",
        "note",
        "watch",
        "photo",
        "video",
        "source",
        "sources",
        "listen",
        "advertisement",
        "disclaimer",
        "caption",
        "credit",
        "breaking",
        "news",
        "read",
        "more",
        "editor's",
        "note",
        "also",
        "see",
        "full",
        "text",
        "key",
        "points",
    ]
) | {"breaking news", "read more", "editor's note", "also see", "full text", "key points", "bottom line"}


# Speech verbs that may open a sentence before their speaker ('Said Varga: "…"')
OPENING_VERBS = words(
    "said says added adds asked asks wrote writes noted notes explained explains recalled recalls continued "
    "continues concluded concludes insisted insists argued argues warned warns replied replies"
)


@attrs.frozen(slots=True)
class Line:
    """A paragraph attributed whole: the label or credited name as written, and the words' span."""

    label: str
    start: int
    end: int
    kind: str  # "transcript", "question", "answer" or "credit"


def read_line(paragraph: str) -> Line | None:
    """The paragraph as one attributed line, or None."""
    m = _LABEL.match(paragraph)
    if m is not None:
        label = m.group("label").strip()
        words = paragraph[m.end() :].rstrip()
        low = label.lower().rstrip(".")
        if low in NOT_SPEAKERS or len(words.split()) < 3 or not re.search(r"[a-z]", words) or _a_list(words):
            return None  # "Clinton: 547." is a tally, "Update: …" furniture, "Ohio: Jo Vale, Al Reyes, …" a list
        if " " in low and low.split(" ", 1)[0] in OPENING_VERBS:
            return None  # 'Adds Tal Vesper: "…"' opens with its verb: a sentence, not a label
        if low.startswith("dear ") or (low not in ("q", "question", "a", "answer") and not _spoken(words)):
            return None  # "DEAR ABBY:" greets; "More sports: https://…", "Containers: 1 Green, 1 Red" are no words said
        # "Q:"/"A:", and the words written out as a briefing's transcript has them ("Question:", "ANSWER:")
        kind = "question" if low in ("q", "question") else "answer" if low in ("a", "answer") else "transcript"
        return Line(label, m.end(), m.end() + len(words), kind)
    credit = _CREDIT.match(paragraph)
    if credit is not None and paragraph[:1] in "“\"'‘":
        words = credit.group("words")
        inner = words[1:].rstrip("”\"'’ ")
        offset = 1 + len(inner) - len(inner.lstrip())
        text = inner.strip().rstrip(",;:").rstrip()
        if len(text.split()) >= 3:
            return Line(credit.group("name").strip(), offset, offset + len(text), "credit")
    return None


def _spoken(words: str) -> bool:
    """Words a person may have said: two lower-case words or more, links at most half of them."""
    links = len(re.findall(r"(?:https?://|www\.)\S+", words))
    lower = re.findall(r"\b[a-z][a-z’'\-]*", re.sub(r"(?:https?://|www\.)\S+", " ", words))
    return len(lower) >= 2 and links * 2 < len(words.split())


def _a_list(words: str) -> bool:
    """Three commas or more and no lower-case word but "and": names listed under a heading."""
    lower = [w for w in re.findall(r"[A-Za-z’'\-]+", words) if w[:1].islower() and w != "and"]
    return words.count(",") >= 3 and not lower


_WORD = r"(?:[A-Z][\w’'\-]+|(?:al|el|ad|as|bin|ibn|abu|de|di|van|von)-[A-Z][\w’'\-]+)"  # "al-Haddad" too
_NAME = rf"((?:{_WORD} ){{0,3}}{_WORD})"
# "Interview by Lina Corve", "The interview … was conducted by Lina Corve", "interviewed by Lina Corve"
_INTERVIEWER = re.compile(r"\b[Ii]nterview(?:ed)?\b[^.?!:]{0,120}?\bby " + _NAME)
# "The interview with Foreign Minister Samir al-Haddad was conducted …"
_INTERVIEWEE = re.compile(
    r"\b[Ii]nterview with (?:(?:[A-Z][\w’'\-]+|[a-z]+) ){0,3}?" + _NAME + r"\b(?= was| has| took| is|,| in| on)"
)


Span = tuple[int, int, int]  # paragraph, start, end


def interview_credits(paragraphs: Sequence[str]) -> tuple[Span | None, Span | None]:
    """Where the article names its interviewer and its interviewee: (paragraph, start, end) of each
    name, or None. Only a paragraph that is no question or answer line is read."""
    asker: Span | None = None
    answerer: Span | None = None
    for pi, paragraph in enumerate(paragraphs):
        if "nterview" not in paragraph or _LABEL.match(paragraph):
            continue
        if asker is None and (m := _INTERVIEWER.search(paragraph)) is not None:
            asker = (pi, m.start(1), m.end(1))
        if answerer is None and (m := _INTERVIEWEE.search(paragraph)) is not None:
            answerer = (pi, m.start(1), m.end(1))
    return asker, answerer
