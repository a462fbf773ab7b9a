"""Where a report's words end when its sentence goes on: at the main clause after an opening
participle or subordinate clause, at a relative clause on the whole clause before, or at the
writer's summary that another source's verb hangs from. Split from ``content`` so that each module
reads in one sitting."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .asides import DASHES
from .candidates import Candidate
from .complements import SUBORDINATORS, SUMMING_OPENERS
from .subjects import lead_in_end
from .text import SUBJECT_PRONOUNS, Token, uncontracted, words

__all__ = ["before_main_clause", "before_main_subject", "first_word", "sentential_relative", "summary_start"]


def first_word(tokens: Sequence[Token]) -> int:
    """The index of the sentence's first token that is no punctuation (an opening quotation counts)."""
    k = 0
    while k < len(tokens) - 1 and tokens[k].kind == "punct":
        k += 1
    return k


def before_main_subject(tokens: Sequence[Token], subject: Candidate, start: int, end: int) -> int:
    """An opening participle's words end at the comma before the main clause's subject, who speaks
    ("Despite saying that the talks failed, Vesper stayed": the words are "the talks failed")."""
    if subject.relation != "next" or not subject.mentions:
        return end
    at = subject.mentions[0].start
    cut = next((k for k in range(start, end) if tokens[k].start >= at), None)
    while cut is not None and cut - 1 > start and tokens[cut - 1].lower in ("the", "a", "an"):
        cut -= 1  # the mention's article ("…, the minister left")
    return cut - 1 if cut is not None and cut - 1 > start and tokens[cut - 1].text == "," else end


OPENING_SUBORDINATORS = SUBORDINATORS | words("if")


def before_main_clause(tokens: Sequence[Token], subject: Candidate, start: int, end: int) -> int:
    """The words of a verb in an opening subordinate clause end at the comma before the main
    clause ("When Lind pointed out that X calls it a plan, Dorn seized upon it": the words are
    "X calls it a plan"): the first comma followed by a name and a lower-case word, "the", or a
    subject pronoun."""
    first = lead_in_end(tokens, first_word(tokens))
    if subject.relation != "subject" or tokens[first].lower not in OPENING_SUBORDINATORS or subject.start != first + 1:
        return end
    for k in range(start + 1, end - 2):
        if tokens[k].kind == "quote":
            return end  # a quotation inside: its commas are the speaker's
        if tokens[k].text != ",":
            continue
        nxt, after = tokens[k + 1], tokens[k + 2]
        if (
            uncontracted(nxt.lower) in SUBJECT_PRONOUNS
            or (nxt.lower == "the" and after.is_word)
            or (nxt.capitalized and after.is_word and not after.capitalized and after.lower not in ("and", "or", "of"))
        ):
            return k
    return end


def sentential_relative(tokens: Sequence[Token], k: int) -> bool:
    """Does the comma at ``k`` open a relative clause on the whole clause before, running to the
    sentence's end (", to which Lind interjected: …", ", at which point Vale left.")?"""
    n = len(tokens)
    if tokens[k].text != "," or k + 2 >= n or tokens[k + 1].lower not in RELATIVE_PREPOSITIONS:
        return False
    if tokens[k + 2].lower != "which":
        return False
    return not any(t.text == "," for t in tokens[k + 3 :])  # a closing comma: a noun's relative clause


RELATIVE_PREPOSITIONS = words("to at after upon")


def summary_start(tokens: Sequence[Token], c: int, openers: Collection[str] = SUMMING_OPENERS) -> int:
    """Where the words before a later report's clause at ``c`` end: at the dash or comma that opens the
    writer's summary it hangs from ("… at the time — a point that officials have disputed"), else ``c``.
    ``openers``: the words that may open the summary."""
    if c < 2 or tokens[c - 1].lower not in ("that", "which"):
        return c
    for m in range(c - 2, max(-1, c - 7), -1):
        if tokens[m].text in DASHES or tokens[m].text == ",":
            return m if tokens[m + 1].lower in openers else c
        if not tokens[m].is_word:
            return c
    return c
