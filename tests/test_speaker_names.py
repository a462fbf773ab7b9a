"""The speaker-name invariant: every speaker the library reports is a name or a noun phrase, never
a fragment — no "Mr." alone, no "secretary of", no verb inside, no clause, no date, no headline —
checked over every statement it produces on the whole shared corpus (aeb, fundus, seeds and
polnear-train). The rules here are written apart from the library's own, on purpose."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable

import pytest
from helpers import corpus_articles, corpus_or_skip

from mideast_statements import Speaker, Statement
from mideast_statements.statements import extract_statements

PARTICLES = set(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "abu",
        "de",
        "di",
        "da",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "y",
        "dos",
        "das",
        "ben",
        "bar",
    ]
)
HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|abd|abdel|ben|bar|de|di|da|van|von)-[A-Z]")
TITLES = set(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "maj",
        "capt",
        "adm",
        "prof",
        "rev",
        "hon",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "minister",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "general",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "chairman",
        "chief",
        "judge",
        "king",
        "queen",
        "prince",
        "sheikh",
    ]
)
WEEKDAYS = set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
MONTHS = set(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
CLAUSE_WORDS = set(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "has",
        "have",
        "had",
        "who",
        "which",
        "that",
        "whose",
        "whom",
        "be",
        "been",
        "being",
        "does",
        "did",
        "do",
        "can",
        "could",
        "should",
    ]
)
RELATIVE_WORDS = {"who", "that", "which", "whom", "whose"}
OBJECT_STARTS = {"a", "an", "the", "his", "her", "their", "its", "in", "on", "at", "with", "by", "for", "to", "from"}
# common nouns that open a sentence capitalised ("People briefed on the talks said")
COMMON_OPENERS = {"people", "officials", "sources", "aides", "experts", "analysts", "those", "others", "staff"}
COUNTS = {"a", "an", "one", "another", "two", "three", "four", "five"}
FUNCTION_WORDS = {"of", "and", "or", "to", "by", "for", "in", "on", "at", "from", "with"}


def problems(speaker: Speaker) -> list[str]:
    """What is wrong with a speaker's name, by the rules of this test; empty when nothing is."""
    words = speaker.name.split()
    found = []
    if speaker.kind == "person":
        if not 1 <= len(words) <= 6:
            found.append("a person's name of more than six words")
        for word in words:
            bare = word.strip(".,’'")
            if bare in PARTICLES or re.fullmatch(r"[A-Z]\.", word) or HYPHEN_PARTICLE.match(bare):
                continue
            if not bare[:1].isupper():
                found.append(f"a lower-case word in a name: {word!r}")
            if bare.lower() in WEEKDAYS or (bare.lower() in MONTHS and len(words) == 1):
                found.append(f"a date as a name: {word!r}")
            if any(c.isdigit() for c in word):
                found.append(f"a digit in a name: {word!r}")
        if " ".join(w.strip(".").lower() for w in words) in TITLES:
            found.append("a title alone")
        if words[-1] in PARTICLES or words[-1] == "of":
            found.append("a name cut after a particle")
        if words[-1].endswith(("’s", "'s")):
            found.append("a possessive: the owner of something, not a speaker")
    else:
        relative = next((k for k, w in enumerate(words) if w.lower() in ("who", "which")), len(words))
        for k, word in enumerate(words):
            bare = word.strip(".,’'")
            # (a day inside a relative clause describes the source: "Democrats who watched the Saturday debate")
            if bare.lower() in WEEKDAYS and k < relative:
                found.append(f"a date inside a source: {word!r}")
            # "worked with X", "approved a resolution": a verb with its object, unless the phrase is a
            # noun with a reduced relative ("officials involved in the talks")
            verb = re.fullmatch(r"[a-z]{3,}(?:ed|ing)", bare) is not None
            has_object = k + 1 < len(words) and words[k + 1].lower() in OBJECT_STARTS
            after_name = k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in COMMON_OPENERS
            # "one Republican involved in the planning": a counted member of a group, no name before its verb
            after_name = after_name and not (k > 1 and words[k - 2].lower() in COUNTS)
            # "Six newspapers in the state, including the Harbor Gazette": the group's named members
            verb = verb and not (bare == "including" and words[k - 1].endswith(","))
            if verb and has_object and (k == 0 or after_name):
                found.append(f"a verb phrase or a clause: {word!r}")
        if len(words) > (12 if speaker.kind == "organization" else 15):
            found.append("a clause-long source")
        # an unnamed source may keep its defining relative clause ("those who back her opponents");
        # before it, no clause word may stand
        relative = next((k for k, w in enumerate(words) if k and w.lower() in RELATIVE_WORDS), len(words))
        found.extend(
            f"a verb or clause word: {w!r}" for w in words[:relative] if w.lower() in CLAUSE_WORDS and not w.isupper()
        )
        if relative < len(words) and speaker.kind != "unnamed":
            found.append("a relative clause in an organisation's name")
        # "At least half of voters": a count's own opening, not a preposition's phrase
        counted = " ".join(words[:2]).lower() in ("at least", "at most") and len(words) > 2
        if words[0].lower() in FUNCTION_WORDS and not counted:
            found.append(f"opens with {words[0]!r}")
        head = words[:relative]  # "consumers who sought help on launch day": the relative clause aside
        found.extend(_no_noun_problems([w.strip(".,’'").lower() for w in head], head))
    return found


TIME_SPANS = {"hours", "days", "weeks", "months", "years", "decades", "minutes"}
DEGREE = {"most", "more", "least", "less", "overall"}
TO_OBJECTS = {"the", "a", "an", "his", "her", "their", "its", "him", "them", "us", "me", "many", "some", "those"}


def _no_noun_problems(low: list[str], words: list[str]) -> list[str]:
    """A source that is a span of time ("the last two weeks"), a describing word cut before its noun
    ("the most telling") or a verb's infinitive ("a prosecutor to investigate")."""
    found = []
    last_lower = not words[-1][:1].isupper()
    # "the employee of nearly four years": a noun before "of" heads the phrase, the time describes it
    of = low.index("of") if "of" in low[1:] else 0
    headed = of > 0 and low[of - 1] not in TIME_SPANS | DEGREE | {"the", "a", "an"}
    if last_lower and not headed and (low[-1] in TIME_SPANS or (len(low) > 1 and f"{low[-1]}s" in TIME_SPANS)):
        found.append(f"a span of time: {words[-1]!r}")
    if low[0] == "the" and 1 < len(low) <= 3 and low[1] in DEGREE:
        found.append("a describing word without its noun")
    # "sources privy to negotiations": a plural after an adjective taking "to" is its object
    object_of_adjective = (
        len(low) > 2 and low[-3] in ("privy", "close", "closest", "loyal", "near") and low[-1].endswith("s")
    )
    if (
        len(low) > 2
        and low[-2] == "to"
        and last_lower
        and low[-1].isalpha()
        and low[-1] not in TO_OBJECTS
        and not object_of_adjective
    ):
        found.append(f"an infinitive: to {words[-1]!r}")
    return found


def _report(statements: Iterable[tuple[str, Statement]]) -> tuple[int, list[str]]:
    checked, bad = 0, list[str]()
    for where, statement in statements:
        checked += 1
        bad.extend(
            f"{where}: {statement.speaker.name!r} ({statement.speaker.kind}): {p}" for p in problems(statement.speaker)
        )
    return checked, bad


def test_the_rules_of_this_test_catch_the_fragments_the_issue_names() -> None:
    bad = ["Mr.", "then secretary of", "Vermont senator opened a Rochester rally", "Tuesday", "Marovia’s"]
    assert all(problems(Speaker(name=n, kind="person")) for n in bad)
    assert problems(Speaker(name="said one former executive", kind="unnamed"))
    clauses = ["Tuesday", "worked with Lachlan Murdoch", "Schoen elaborated in an editorial piece", "report on Friday"]
    assert all(problems(Speaker(name=n, kind="organization")) for n in clauses)
    reduced = [
        "People briefed on the talks",
        "officials involved in the talks",
        "a report released by the ministry",
        "those who back her opponents",
    ]
    assert problems(Speaker(name="who back her opponents", kind="unnamed"))
    fragments = ["the last two weeks", "This year", "The most telling", "a special prosecutor to investigate"]
    assert all(problems(Speaker(name=n, kind="unnamed")) for n in fragments)
    kept = ["a source close to him", "an adviser to the mayor", "Aides to Vale", "48 percent overall"]
    assert not any(problems(Speaker(name=n, kind="unnamed")) for n in kept)
    assert not any(problems(Speaker(name=n, kind="unnamed")) for n in reduced)
    good = ["Abdel Fattah el-Sisi", "Joseph R. Biden Jr.", "Mohammed bin Salman", "April Mellody", "Bruce Ash"]
    assert not any(problems(Speaker(name=n, kind="person")) for n in good)


def test_every_speaker_on_the_corpus_pages_is_a_name() -> None:
    corpus_or_skip()
    checked, bad = _report((a.url or a.id, s) for a in corpus_articles() for s in a.statements)
    assert checked > 800
    assert not bad, "\n".join(bad[:30])


def test_every_speaker_on_polnear_train_is_a_name() -> None:
    corpus = corpus_or_skip()
    folder = corpus / "polnear-train"
    if not folder.is_dir():
        pytest.skip("polnear-train is absent")

    def statements() -> Iterable[tuple[str, Statement]]:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
            for statement in extract_statements(gold["body"], published):
                yield gold["id"], statement

    checked, bad = _report(statements())
    assert checked > 9000
    assert not bad, "\n".join(bad[:30])
