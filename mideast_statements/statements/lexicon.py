"""The lexicon (data/lexicon.toml and data/countries.toml) loaded once into lookup tables."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from .text import words

__all__ = ["Cue", "Lexicon", "default_lexicon", "inflect", "load_lexicon", "read_toml"]

# Verbs of more than one syllable that double their final consonant (stress on the last syllable);
# one-syllable verbs ending consonant-vowel-consonant double by rule ("quip" → "quipped").
_DOUBLE_FINAL = words("admit commit submit omit regret refer prefer confer deter compel rebut")
_CVC = re.compile(r"^(?:[^aeiouy]*|qu)[aeiou][bdgklmnprt]$")


@attrs.frozen(slots=True)
class Cue:
    """One surface form of a speech verb: "pointed out" of lemma "point out"."""

    words: tuple[str, ...]
    lemma: str
    frames: frozenset[str]  # "that", "clause", "quote", "np"
    participle: bool  # the -ing form ("adding that …"): its speaker is the clause's
    addressee: bool  # a listener may follow ("told reporters that …")
    rate: float = 1.0  # share of the form's uses that were cues in the training data (1.0: hand-listed)
    belief: bool = False  # a belief or intention ("thinks", "wants"), used only when asked for
    act_share: float = 0.0  # how often its content is an object (a speech act) rather than a clause
    clause_share: float = 0.0  # how often its content after the verb, with no "that", was a bare clause


def inflect(lemma: str) -> tuple[str, str, str, str]:
    """Regular forms of an English verb: (base, -s, past, -ing)."""
    if lemma.endswith("ee"):
        return lemma, lemma + "s", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")) or (lemma.endswith("o") and not lemma.endswith("oo")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    if lemma in _DOUBLE_FINAL or _CVC.match(lemma):
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def _forms(entry: str) -> tuple[str, list[str]]:
    """ "say: says said saying" → ("say", [say, says, said, saying]); particles carried along."""
    head, _, irregular = entry.partition(":")
    words = head.split()
    verb, rest = words[0], words[1:]
    forms = [verb, *irregular.split()] if irregular.strip() else list(inflect(verb))
    tail = (" " + " ".join(rest)) if rest else ""
    return head.strip(), [f + tail for f in forms]


@attrs.frozen(slots=True)
class Lexicon:
    cues: dict[str, tuple[Cue, ...]]  # first word → cues starting with it, longest first
    according: tuple[tuple[str, ...], ...]
    negations: frozenset[str]
    between: frozenset[str]
    addressee_nouns: frozenset[str]
    adjunct_openers: frozenset[str]
    unidentified: frozenset[str]
    pronouns: dict[str, str]  # word → "person" | "thing" | "plural" | "self"
    roles: frozenset[str]
    institutions: frozenset[str]
    documents: frozenset[str]
    noun_cues: frozenset[str]
    particles: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    institution_words: frozenset[str]
    weekdays: tuple[str, ...]
    today: frozenset[str]
    yesterday: frozenset[str]
    places: dict[str, str]  # folded country / nationality word → code
    source_nouns: frozenset[str] = frozenset()  # heads of unnamed sources: officials, campaign, experts
    role_synonyms: dict[str, tuple[str, ...]] = attrs.field(factory=dict)  # "diplomat" → ("foreign minister", …)
    body_synonyms: dict[str, str] = attrs.field(factory=dict)  # "military" → "army": one key for a body's name
    first_names: dict[str, str] = attrs.field(factory=dict)  # "hillary" → "f": pronoun agreement only
    common_words: frozenset[str] = frozenset()  # "critically", "meanwhile": open sentences, name nobody
    gendered: dict[str, str] = attrs.field(factory=dict)  # "spokeswoman" → "f", "husband" → "m"
    # hand-listed past forms and participles the training data shows seldom to be cues ("maintained"
    # a road, "his reporting"): a cue only when "that" follows ("maintained that the talks failed")
    that_only: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()  # "Facebook", "Telegram": where a post is, never who wrote it
    regions: frozenset[str] = frozenset()  # folded names of states and provinces within a country ("florida")
    # country_of's answers by the word as written: asked for every capitalised word of every phrase
    _country_memo: dict[str, str | None] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    # every word that names a day ("monday", "today", "yesterday"): one set for the per-token tests
    days: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @days.default
    def _all_days(self) -> frozenset[str]:
        return frozenset(self.weekdays) | self.today | self.yesterday

    def cue_at(self, words: Sequence[str], i: int) -> Cue | None:
        """The longest cue whose words start at ``words[i]`` (lower case)."""
        for cue in self.cues.get(words[i], ()):
            n = len(cue.words)
            if tuple(words[i : i + n]) == cue.words:
                return cue
        return None

    def country_of(self, text: str) -> str | None:
        memo = self._country_memo
        if text not in memo:
            if len(memo) > 100_000:
                memo.clear()  # a corpus run's vocabulary: bounded, whatever its size
            memo[text] = self.places.get(_fold(text))
        return memo[text]


def _fold(text: str) -> str:
    text = text.replace("’", "'")
    if text.endswith("'s"):
        text = text[:-2]
    return text.lower().strip()


# endings of nouns for people: "attendee", "donor", "strategist", "historian", "spokesman"
_PERSON_NOUN = re.compile(r"[a-z]{2,}(?:er|or|ee|ist|ian|ant|(?<!m)ent|man|men)s?")


def number_forms(nouns: frozenset[str]) -> frozenset[str]:
    """The nouns with their other number, for nouns of people: a person noun the training data saw
    head a source in one number heads one in the other ("attendees" → "an attendee said"). Nouns of
    things keep the number they were seen in ("a series of tweets" is no source)."""
    out = set(nouns)
    for noun in nouns:
        if not _PERSON_NOUN.fullmatch(noun) or noun in ("other", "others"):
            continue
        if noun.endswith(("ers", "ors")):
            continue  # a singular in -er or -or is often a surname ("Backer says"): kept plural only
        if noun.endswith("ies") and len(noun) > 4:
            out.add(noun[:-3] + "y")
        elif noun.endswith(("ches", "shes", "sses", "xes")):
            out.add(noun[:-2])
        elif noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ics", "news")):
            out.add(noun[:-1])
        elif noun.endswith("y") and noun[-2:-1] not in "aeiou":
            out.add(noun[:-1] + "ies")
        elif noun.endswith(("ch", "sh", "ss", "x")):
            out.add(noun + "es")
        elif noun.endswith(("man", "men")):  # "spokesman", "congressmen"
            out.add(noun[:-2] + ("en" if noun.endswith("man") else "an"))
        elif not noun.endswith("s"):
            out.add(noun + "s")
    return frozenset(out)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists are extended, tables merged, anything else replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def read_toml(path: str | Path | None, packaged: str) -> dict[str, Any]:
    """A data file: the one at ``path``, or the packaged ``mideast_statements/data/<packaged>``."""
    if path is None:
        text = resources.files("mideast_statements").joinpath("data", packaged).read_text(encoding="utf-8")
        return tomllib.loads(text)
    with open(path, "rb") as handle:
        return tomllib.load(handle)


_HAND_FRAMES = {"report": {"that", "clause", "quote"}, "report_or_act": {"that", "quote", "np"}, "act": {"np"}}
_HAND_ACT_SHARE = {"report_or_act": 0.5, "act": 1.0}


@attrs.define
class _Entry:
    lemma: str
    frames: set[str]
    rate: float
    addressee: bool
    belief: bool
    act_share: float = 0.0
    clause_share: float = 0.0


def _hand_cues(verbs: dict[str, list[str]], addressee: Iterable[str], table: dict[tuple[str, ...], _Entry]) -> None:
    listeners = set(addressee)
    for group, entries in verbs.items():
        for entry in entries:
            lemma, forms = _forms(entry)
            for form in forms:
                key = tuple(form.lower().split())
                found = table.setdefault(
                    key, _Entry(lemma, set(), 1.0, lemma.split()[0] in listeners, group == "belief")
                )
                found.frames.update(_HAND_FRAMES.get(group, {"that", "clause"}))
                found.act_share = max(found.act_share, _HAND_ACT_SHARE.get(group, 0.0))


def _act_share(counts: dict[str, int]) -> float:
    after = sum(v for k, v in counts.items() if k != "before")
    return counts.get("np", 0) / after if after else 0.0


def _mined_frames(entry: dict[str, Any], settings: dict[str, Any]) -> set[str]:
    """A that-clause or a quotation is read after any cue; a bare clause only after verbs whose
    training contents were clauses often enough; an object (a speech act: "condemned the strikes")
    only after verbs seen often, mostly as cues, whose contents were mostly objects (``[mined]``
    act_min_share, act_min_rate, act_min_count) — "posted a video" or "avoided extradition" is no act."""
    counts: dict[str, int] = entry.get("frames", {})
    after = sum(v for k, v in counts.items() if k != "before") or 1
    frames = {"that", "quote"}
    if counts.get("clause", 0) / after >= 0.1:
        frames.add("clause")
    best_rate = max((float(v["rate"]) for v in entry.get("forms", {}).values()), default=0.0)
    if (
        _act_share(counts) >= float(settings.get("act_min_share", 0.5))
        and best_rate >= float(settings.get("act_min_rate", 0.5))
        and entry["count"] >= int(settings.get("act_min_count", 8))
    ):
        frames.add("np")
    return frames


def _mined_cues(
    mined: Sequence[dict[str, Any]], settings: dict[str, Any], beliefs: bool, table: dict[tuple[str, ...], _Entry]
) -> None:
    """Forms of the mined lemmas that are cues often enough (``[mined]`` in lexicon.toml says how often)."""
    min_count, min_rate = int(settings.get("min_count", 3)), float(settings.get("min_rate", 0.2))
    exclude = set(settings.get("exclude", []))
    for entry in mined:
        belief = entry.get("class") == "belief"
        if (belief and not beliefs) or entry["count"] < min_count or entry["lemma"] in exclude:
            continue
        lemma = entry["lemma"]
        verb, _, particle = lemma.partition(" ")
        rates = {f: float(v["rate"]) for f, v in entry.get("forms", {}).items()}
        for form in inflect(verb):
            rates.setdefault(f"{form} {particle}".strip(), float(entry["rate"]))
        frames = _mined_frames(entry, settings)
        share = _act_share(entry.get("frames", {})) if "np" in frames else 0.0
        counts = entry.get("frames", {})
        bare = counts.get("clause", 0) + counts.get("np", 0)
        clause_share = (counts.get("clause", 0) + 1) / (bare + 2)  # smoothed: no evidence is 0.5
        listener = float(entry.get("listener", 0.0)) >= 0.25 and entry["count"] >= 5
        for form, rate in rates.items():
            if rate < min_rate:
                continue
            key = tuple(form.split())
            found = table.setdefault(key, _Entry(lemma, set(), rate, listener, belief))
            found.frames |= frames
            found.rate = max(found.rate, rate)
            found.act_share = max(found.act_share, share)
            found.clause_share = max(found.clause_share, clause_share)


_IZE = re.compile(r"iz(e|es|ed|ing)$")


def _with_british_spellings(table: dict[tuple[str, ...], _Entry]) -> dict[tuple[str, ...], _Entry]:
    """Every "-ize" cue form also in its British "-ise" spelling ("characterised"), the same entry:
    the training articles are American, the region's English-language press often British."""
    for key in list(table):
        british = tuple(_IZE.sub(r"is\1", w) for w in key)
        if british != key:
            table.setdefault(british, table[key])
    return table


def _build_cues(table: dict[tuple[str, ...], _Entry]) -> dict[str, tuple[Cue, ...]]:
    by_first: dict[str, list[Cue]] = {}
    for cue_words, e in table.items():
        cue = Cue(
            words=cue_words,
            lemma=e.lemma,
            frames=frozenset(e.frames),
            participle=cue_words[0].endswith("ing") and not e.lemma.split()[0].endswith("ing"),
            addressee=e.addressee,
            rate=e.rate,
            belief=e.belief,
            act_share=e.act_share,
            clause_share=e.clause_share,
        )
        by_first.setdefault(cue_words[0], []).append(cue)
    return {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()}


def load_lexicon(
    path: str | Path | None = None,
    *,
    extra: Iterable[str | Path] = (),
    mined: str | Path | bool | None = True,
    beliefs: bool = False,
) -> Lexicon:
    """Read the lexicon: the packaged files (or ``path`` instead of lexicon.toml), with the lists
    of each ``extra`` file added. Countries come from countries.toml unless the lexicon has its own.

    ``mined``: the cue lexicon learnt from training data (the packaged cues.toml, another file, or
    False for none). ``beliefs``: also read belief and intention verbs ("thinks", "wants", "hopes")
    as cues; left out by default, since they report no statement.
    """
    data = read_toml(path, "lexicon.toml")
    if "countries" not in data:
        data = _merge(data, read_toml(None, "countries.toml"))
    for more in extra:
        data = _merge(data, read_toml(more, ""))
    verbs = data.get("verbs", {})
    groups = ("report", "report_or_act", "act", *(("belief",) if beliefs else ()))
    table: dict[tuple[str, ...], _Entry] = {}
    _hand_cues(
        {k: v for k, v in verbs.items() if isinstance(v, list) and k in groups}, verbs.get("addressee", []), table
    )
    learnt: dict[str, Any] = {}
    that_only: set[str] = set()
    believing = {_forms(entry)[0] for entry in verbs.get("belief", [])}
    learnt_names: dict[str, Any] = read_toml(None, "names.toml") if mined is not False else {}
    if mined is not False:
        learnt = read_toml(None if mined is True else mined, "cues.toml")
        settings = data.get("mined", {})
        floor = float(settings.get("min_rate", 0.2))
        for form, rate in learnt.get("hand_rates", {}).items():
            if float(rate) < floor:  # a hand-listed form the training data shows to be seldom a cue
                dropped = table.pop(tuple(form.split()), None)
                belief = dropped is not None and (dropped.belief or dropped.lemma in believing)
                if dropped is not None and not belief and form.endswith(("ed", "ing")) and " " not in form:
                    that_only.add(form)  # "maintained", "is reporting" keep a cue's reading before "that"
        _mined_cues(learnt.get("cue", []), settings, beliefs, table)
    pronouns = {w: kind for kind, words in data.get("pronouns", {}).items() for w in words}
    places = {
        _fold(w): code
        for table in ("countries", "regions")
        for code, words in data.get(table, {}).items()
        for w in words
    }
    nouns, names, dates = data.get("nouns", {}), data.get("names", {}), data.get("dates", {})

    def low(values: Iterable[str]) -> frozenset[str]:
        return frozenset(v.lower() for v in values)

    return Lexicon(
        cues=_build_cues(_with_british_spellings(table)),
        according=tuple(tuple(a.lower().split()) for a in verbs.get("according", [])),
        negations=low(verbs.get("negations", [])),
        between=low(verbs.get("between", [])),
        addressee_nouns=low(verbs.get("addressee_nouns", [])),
        adjunct_openers=low(verbs.get("adjunct_openers", [])),
        unidentified=low(verbs.get("unidentified", [])),
        pronouns=pronouns,
        roles=low(nouns.get("roles", [])),
        institutions=low(nouns.get("institutions", [])),
        documents=low(nouns.get("documents", [])),
        noun_cues=low(nouns.get("cues", [])),
        particles=low(names.get("particles", [])),
        honorifics=low(names.get("honorifics", [])),
        titles=frozenset(names.get("titles", [])),
        institution_words=frozenset(names.get("institution_words", [])),
        weekdays=tuple(w.lower() for w in dates.get("weekdays", [])),
        today=low(dates.get("today", [])),
        yesterday=low(dates.get("yesterday", [])),
        places=places,
        regions=frozenset(_fold(w) for words in data.get("regions", {}).values() for w in words),
        source_nouns=number_forms(frozenset(learnt.get("source_nouns", {})) | low(nouns.get("sources", []))),
        role_synonyms={k.lower(): tuple(v.lower() for v in vs) for k, vs in nouns.get("role_synonyms", {}).items()},
        body_synonyms={k.lower(): v.lower() for k, v in nouns.get("body_synonyms", {}).items()},
        first_names=dict(learnt_names.get("first_names", {})),
        common_words=frozenset(learnt_names.get("common_openers", {}).get("words", []))
        | low(verbs.get("unidentified", []))
        | low(verbs.get("adjunct_openers", [])),
        that_only=frozenset(that_only),
        platforms=frozenset(nouns.get("platforms", [])),
        gendered={w.lower(): g for g, ws in (("f", names.get("female", [])), ("m", names.get("male", []))) for w in ws},
    )


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once."""
    return load_lexicon()
