#!/usr/bin/env python3
"""Learn the statement engine's data from PolNeAR's training split.

    python benchmarks/train_statements.py [cues] [names] [speakers] [all] [--train DIR] [--out DIR]

Reads ``../shared/corpus/polnear-train`` (840 US political news articles, 19,400 attribution
relations; PolNeAR, Newell, Margolin & Ruths, LREC 2018, MIT as declared by its authors) and
writes, under ``mideast_statements/data/``:

- ``cues.toml`` (step ``cues``): the cue lexicon mined from the training attributions. For every
  verb (and particle verb, "call for") that heads a cue: its lemma, class (speech or belief), how
  often it is a cue, the share of its occurrences outside quotations that are cues (its rate),
  the shapes its content takes (that-clause, bare clause, quotation, object, or before the verb),
  and how often a listener stands between the verb and the content ("told reporters that").
  Also the head nouns of unnamed sources ("officials", "the campaign", "experts").
- ``names.toml`` (step ``names``): first names and whether "he" or "she" stands for them, learnt
  from the pronouns the corpus's coreference resolved and from "Mr./Ms. Surname" beside full names.
- ``choice_model.json`` (step ``speakers``): the weights of the pronoun-antecedent ranking
  (``statements/antecedents.py``), trained on the pronouns the corpus's coreference resolved, and
  of the choice model (``statements/confidence.py``), trained on every statement the rules find.

Nothing of the articles' text is written: only words of the lexicon with their counts, and
feature weights. The output is deterministic: the same corpus gives the same files. Never point
this at polnear-dev (validation) or at the gold folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import corpus_dir
from mideast_statements.statements.antecedents import AntecedentModel
from mideast_statements.statements.confidence import ChoiceModel
from mideast_statements.statements.cues import lowered, verb_position
from mideast_statements.statements.lexicon import inflect, load_lexicon
from mideast_statements.statements.text import Token, split_units, words

DATA = Path(__file__).resolve().parents[1] / "mideast_statements" / "data"

# Words a cue may carry before or around its verb ("has also said", "did not respond to").
NOT_HEAD = words(
    "has have had was is were are be been being also did does do would will could can may might should must "
    "not never n't then later recently often first now even still just already repeatedly publicly quickly "
    "previously once initially only strongly regularly reportedly again further earlier finally ’s 's ’ve 've "
    "’re 're ’d 'd ’ll 'll didn’t didn't doesn’t doesn't don’t don't hasn’t hasn't haven’t haven't wasn’t wasn't "
    "to first openly directly personally explicitly flatly sharply angrily"
)
# Words that make a particle verb with the verb before them ("call for", "point to", "talk about").
PARTICLES = words("for on upon to about of out at against with into over up")
# A cue that opens with one of these is a noun phrase ("a claim", "his criticism of"), not a verb.
NOUN_OPENERS = words("a an the his her its their my our your this that these those some any no")
FUNCTION_WORDS = words(
    "all and as at both ever for in on one since so while without yet but or nor if than then there here "
    "nothing something anything everything monday tuesday wednesday thursday friday saturday sunday "
    "its his hers ours theirs this"
)
# Last words of unnamed sources as written that head no source ("… who worked with him").
NOT_SOURCES = words("him her them himself herself themselves who whom whose which here there me us you one ones")
PRONOUN_SUBJECTS = words("he she it they we i you there this that these those")
AUXILIARIES = words("is are was were be been has have had will would could can should may might must did does do")
# Irregular past forms of verbs that head cues; regular forms are found by inflection.
IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "made": "make",
    "went": "go",
    "gone": "go",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "found": "find",
    "heard": "hear",
    "felt": "feel",
    "meant": "mean",
    "brought": "bring",
    "sought": "seek",
    "led": "lead",
    "left": "leave",
    "kept": "keep",
    "held": "hold",
    "stood": "stand",
    "shown": "show",
    "swore": "swear",
    "sworn": "swear",
    "chose": "choose",
    "chosen": "choose",
    "got": "get",
    "gotten": "get",
    "won": "win",
    "dealt": "deal",
    "fought": "fight",
    "sent": "send",
    "spent": "spend",
    "lost": "lose",
    "taught": "teach",
    "forbade": "forbid",
    "foresaw": "foresee",
    "withdrew": "withdraw",
    "underwent": "undergo",
    "put": "put",
    "read": "read",
    "cast": "cast",
    "forecast": "forecast",
    "set": "set",
    "let": "let",
    "quit": "quit",
    "bid": "bid",
    "hit": "hit",
    "shut": "shut",
    "says": "say",
    "saying": "say",
    "tells": "tell",
    "telling": "tell",
    "writes": "write",
    "writing": "write",
}
_WORD = re.compile(r"[a-z]+(?:[’'][a-z]+)?")


def articles(folder: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(folder.glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


# -- where a gold cue sits ---------------------------------------------------------------------


def locate_cue(paragraph: str, statement: dict[str, Any]) -> tuple[int, int] | None:
    """Character span of the statement's cue in its paragraph: of the cue's occurrences, the one
    nearest its content (PolNeAR gives the cue's words, not their place)."""
    cue = (statement.get("cue") or "").strip()
    if not cue:
        return None
    spans = [(a, b) for p, a, b in statement.get("spans") or [] if p == statement["paragraph"]]
    spans = spans or [(statement["start"], statement["end"])]
    best: tuple[int, int, int] | None = None
    for m in re.finditer(re.escape(cue), paragraph):
        a, b = m.start(), m.end()
        if any(a >= s and b <= e for s, e in spans):
            continue  # inside the content: a cue never is
        gap = min(min(abs(a - e), abs(s - b)) for s, e in spans)
        if best is None or gap < best[0]:
            best = (gap, a, b)
    return (best[1], best[2]) if best else None


def head_token(tokens: Sequence[Token], a: int, b: int) -> int | None:
    """Index of the cue's head verb among the paragraph's tokens: its first word that is no auxiliary."""
    for k, tok in enumerate(tokens):
        if (
            tok.start >= a
            and tok.end <= b
            and tok.is_word
            and tok.lower not in NOT_HEAD
            and not tok.lower.endswith("ly")
        ):
            return None if tok.lower in NOUN_OPENERS else k
    return None


def clausal(tokens: Sequence[Token]) -> bool:
    """A crude finite-clause test on the first words of a content span."""
    first = tokens[0].lower if tokens else ""
    if first in PRONOUN_SUBJECTS or first in AUXILIARIES:
        return True
    for k, tok in enumerate(tokens[1:12], start=1):
        if tok.lower in AUXILIARIES:
            return True
        if tok.is_word and not tok.capitalized and tok.lower.endswith("ed") and tokens[k - 1].lower not in ("the", "a"):
            return True
    return False


def frame_of(tokens: Sequence[Token], head_end: int, start: int, end: int) -> tuple[str, bool]:
    """(frame, listener between) of content [start, end) that follows a cue ending at token head_end."""
    gap = [t for t in tokens if t.start >= tokens[head_end - 1].end and t.end <= start]
    content = [t for t in tokens if t.start >= start and t.end <= end]
    gap_words = [t for t in gap if t.is_word]
    listener = bool(gap_words) and gap_words[0].lower not in (
        "that",
        "in",
        "on",
        "at",
        "during",
        "after",
        "this",
        "last",
    )
    if (gap_words and gap_words[-1].lower == "that") or (content and content[0].lower == "that"):
        return "that", listener
    if (content and content[0].kind == "quote") or (gap and gap[-1].text == ":"):
        return "quote", listener
    if content and clausal(content):
        return "clause", listener
    return "np", listener


# -- lemmas ------------------------------------------------------------------------------------


def lemma_of(form: str, counts: Counter[str]) -> str:
    """The lemma whose regular forms include ``form``. Of the candidates, the one whose other forms
    occur in the corpus (its -s form, then its base, then its -ing form), the longer on a tie:
    "noted" is "note" ("notes" occurs, "nots" does not), "added" is "add", "denied" is "deny"."""
    if form in IRREGULAR:
        return IRREGULAR[form]
    candidates = set()
    for suffix in ("ing", "ed", "es", "s", "ied", "ies", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 1:
            stem = form[: -len(suffix)]
            candidates |= {stem, stem + "e", stem + "y"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.add(stem[:-1])
    fitting = [c for c in candidates if form in inflect(c) and form != c]
    if not fitting:
        return form

    def attested(c: str) -> tuple[bool, bool, bool, bool, bool, int, str]:
        base, third, _, gerund = inflect(c)
        # with no evidence, English spelling decides: a final e after v, z, c, g, u ("criticize"), and
        # no base ends in a doubled b, c, g, k, m, n, p, r or t ("quipp", "plann")
        spelling = c.endswith("e") == bool(
            re.search(r"(?:[vzcu]|[aeiou]s|[^n]g|[^aeiou]l)e$", c + ("" if c.endswith("e") else "e"))
        )
        single = re.search(r"([bcgkmnprt])\1$", c) is None
        seen = counts[gerund] > 0 and gerund != form
        return counts[third] > 0, counts[base] > 0, seen, single, spelling, len(c), c

    return max(fitting, key=attested)


# -- step 3: the choice model ------------------------------------------------------------------


def _scorer(corpus: Path) -> Any:
    """The corpus's score.py: the same token and speaker matching the figures use."""
    spec = importlib.util.spec_from_file_location("gold_score", corpus / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {corpus / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@attrs.define
class _Article:
    gold_tokens: list[list[str]]
    speech: list[int]  # gold speech attributions with a source (recall is counted on these)
    gold: list[dict[str, Any]]
    preds: list[tuple[str, list[str], tuple[str, ...], bool]]  # name, tokens, features, right


def _right(S: Any, name: str, gold: dict[str, Any]) -> bool:
    """score_polnear's rule: an unresolved pronoun source accepts any speaker."""
    if not gold.get("speaker"):
        return False
    if gold.get("source_kind") == "pronoun" and not gold.get("speaker_resolved"):
        return bool(name)
    return bool(S.speakers_match(name, gold))


def antecedent_examples(folder: Path, S: Any, model: ChoiceModel) -> list[list[tuple[list[str], bool]]]:
    """The candidates of each "he"/"she" the rules resolve in the training articles (one group per
    pronoun), each with its features and whether it is the person the corpus's coreference resolved
    that pronoun to (the gold attribution whose source is that pronoun: its occurrence nearest the
    gold content). Pronouns whose person is among no candidates teach nothing and are left out."""
    import datetime as dt

    from mideast_statements.statements.extractor import explain_statements

    examples: list[list[tuple[list[str], bool]]] = []
    for article in articles(folder):
        published = dt.date.fromisoformat(article["published"]) if article.get("published") else None
        decisions: list[Any] = []
        explain_statements(article["body"], published, choice=model, pronouns=decisions)
        golds = [
            g
            for g in article["statements"]
            if g.get("source_kind") == "pronoun"
            and g.get("speaker_resolved")
            and (g.get("source_text") or "").strip().lower() in ("he", "she")
        ]
        for at, word, candidates, features, _ in decisions:
            gold = _pronoun_gold(article["body"], golds, at, word)
            if gold is None or not candidates:
                continue
            labels = [bool(S.speakers_match(c.entity.fullest(), gold)) for c in candidates]
            if any(labels):
                examples.append(list(zip(features, labels, strict=True)))
    return examples


def _pronoun_gold(body: Sequence[str], golds: Sequence[dict[str, Any]], at: tuple[int, int], word: str) -> Any:
    paragraph = body[at[0]]
    for gold in golds:
        if gold["paragraph"] != at[0] or gold["source_text"].strip().lower() != word:
            continue
        places = [m.start() for m in re.finditer(r"\b" + re.escape(gold["source_text"].strip()) + r"\b", paragraph)]
        if places and min(places, key=lambda o: abs(o - gold["start"])) == at[1]:
            return gold
    return None


def choice_examples(folder: Path, S: Any, model: ChoiceModel | None = None) -> list[_Article]:
    """Every statement the rules find in the training articles, with its features and whether it
    is right: half its words or more in gold attributions of the same speaker (score.py's rule)."""
    import datetime as dt

    from mideast_statements.statements.extractor import explain_statements

    out = []
    for article in articles(folder):
        published = dt.date.fromisoformat(article["published"]) if article.get("published") else None
        gold = article["statements"]
        gold_tokens = [S.statement_tokens(g) for g in gold]
        preds = []
        for statement, features in explain_statements(article["body"], published, choice=model):
            tokens = S.tokens(statement.text + " " + (statement.continuation or ""))
            name = statement.speaker.name
            same = [gold_tokens[i] for i, g in enumerate(gold) if _right(S, name, g)]
            preds.append((name, tokens, features, S.covered(tokens, same) >= 0.5))
        speech = [i for i, g in enumerate(gold) if g.get("cue_class") == "speech" and g.get("speaker")]
        out.append(_Article(gold_tokens, speech, gold, preds))
    return out


def fit_logistic(
    examples: Sequence[tuple[Sequence[str], bool]],
    *,
    epochs: int = 20,
    l2: float = 1e-4,
    rate: float = 0.1,
    seed: int = 7,
) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent with L2, over string features (pure Python,
    seeded: the same examples give the same weights). Features seen fewer than 3 times are dropped.
    The weights returned are averaged over the last half of the epochs: a small change in the
    examples then moves them little, where the last step's weights would jump."""
    frequent = _frequent(features for features, _ in examples)
    kept = [([f for f in features if f in frequent], label) for features, label in examples]
    weights: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    bias = total_bias = 0.0
    averaged = 0
    order = list(range(len(kept)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1.0 + epoch)
        for i in order:
            features, label = kept[i]
            z = bias + sum(weights[f] for f in features)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - (1.0 if label else 0.0)
            bias -= step * g
            for f in features:
                weights[f] -= step * (g + l2 * weights[f])
        if epoch >= epochs // 2:  # once per epoch: the average of the epochs' end points
            averaged += 1
            total_bias += bias
            for f, w in weights.items():
                total[f] += w
    return _rounded({f: t / averaged for f, t in total.items()}), round(total_bias / averaged, 4)


SEEDS = (7, 11, 13, 17, 19)


def fit_bagged(examples: Sequence[tuple[Sequence[str], bool]]) -> tuple[dict[str, float], float]:
    """The mean of logistic regressions fit in different example orders (SEEDS): one order's
    weights move with the order; their mean moves less when the data change a little."""
    fits = [fit_logistic(examples, seed=seed) for seed in SEEDS]
    features = {f for weights, _ in fits for f in weights}
    mean = {f: sum(weights.get(f, 0.0) for weights, _ in fits) / len(fits) for f in features}
    return _rounded(mean), round(sum(bias for _, bias in fits) / len(fits), 4)


def fit_ranking(
    groups: Sequence[Sequence[tuple[Sequence[str], bool]]],
    *,
    epochs: int = 15,
    rate: float = 0.1,
    seed: int = 7,
) -> dict[str, float]:
    """A listwise ranking (softmax over each group's candidates, the right ones as the target), by
    stochastic gradient descent with averaged weights: each pronoun's candidates compete with each
    other, as at inference, where the highest score wins. Pure Python and seeded; features seen
    fewer than 3 times are dropped. (5-fold on the training pronouns: 0.770 of them right, against
    0.753 for a logistic regression over single candidates.)"""
    frequent = _frequent(features for group in groups for features, _ in group)
    kept = [[([f for f in features if f in frequent], label) for features, label in group] for group in groups]
    weights: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)  # the sum of the weights after every step, for averaging
    steps = 0
    order = list(range(len(kept)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            group = kept[i]
            scores = [sum(weights[f] for f in features) for features, _ in group]
            top = max(scores)
            exps = [math.exp(z - top) for z in scores]
            norm = sum(exps)
            chance = [e / norm for e in exps]
            right = sum(c for c, (_, label) in zip(chance, group, strict=True) if label)
            for c, (features, label) in zip(chance, group, strict=True):
                gradient = (c / right if label else 0.0) - c
                if gradient:
                    for f in features:
                        weights[f] += rate * gradient
            steps += 1
            for f, w in weights.items():
                total[f] += w
    return _rounded({f: t / steps for f, t in total.items()})


def _frequent(feature_lists: Iterable[Sequence[str]]) -> frozenset[str]:
    """Features seen in 3 examples or more: the fits drop rarer ones, whose weights would be noise."""
    counts: Counter[str] = Counter(f for features in feature_lists for f in set(features))
    return frozenset(f for f, n in counts.items() if n >= 3)


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    """Weights as written to the model file: sorted, to 4 places, the negligible ones left out."""
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}


def _figures(S: Any, data: Sequence[_Article], scores: Sequence[Sequence[float]], threshold: float) -> dict[str, float]:
    """score_polnear's speaker-aware P/R/F1 and attribution accuracy when statements whose
    probability (``scores``, per article and statement) is below ``threshold`` are left out."""
    kept_right = kept = found = speech = attributed = right = 0
    for art, probabilities in zip(data, scores, strict=True):
        preds = [(n, t, r) for (n, t, _, r), p in zip(art.preds, probabilities, strict=True) if p >= threshold]
        kept += len(preds)
        kept_right += sum(r for _, _, r in preds)
        for gi in art.speech:
            speech += 1
            same = [t for n, t, _ in preds if _right(S, n, art.gold[gi])]
            found += S.covered(art.gold_tokens[gi], same) >= 0.5
        for name, tokens, _ in preds:
            if art.gold_tokens and S.covered(tokens, art.gold_tokens) >= 0.5:
                cover = [S.covered(tokens, [g]) for g in art.gold_tokens]
                top = max(cover)
                attributed += 1
                right += any(_right(S, name, art.gold[i]) for i, c in enumerate(cover) if c == top)
    p = kept_right / kept if kept else 0.0
    r = found / speech if speech else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "attribution": round(right / attributed, 4) if attributed else 0.0,
        "kept": kept,
    }


FOLDS = 5


def _probability(weights: dict[str, float], bias: float, features: Sequence[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _out_of_fold(data: Sequence[_Article]) -> list[list[float]]:
    """Each found statement's probability under a model fit on the other folds of articles (every
    FOLDS-th article held out in turn), per article and statement."""
    unseen: list[list[float]] = [[] for _ in data]
    for fold in range(FOLDS):
        rest = [(f, r) for i, art in enumerate(data) if i % FOLDS != fold for _, _, f, r in art.preds]
        weights, bias = fit_bagged(rest)
        for i in range(fold, len(data), FOLDS):
            unseen[i] = [_probability(weights, bias, features) for _, _, features, _ in data[i].preds]
    return unseen


def best_threshold(f1: dict[float, float]) -> float:
    """The threshold of the best F1 once each point of the curve is averaged with its neighbours.
    The curve is flat near its top (±0.002 over 0.1 of threshold) and its points move with any
    retraining: a rule that took the highest threshold within a margin of the best wandered from 0.475
    to 0.525 between retrainings on nearly the same data, moving recall by a point; the smoothed
    top stays put. Users who want fewer wrong speakers raise ``min_confidence``."""
    steps = sorted(f1)

    def smoothed(k: int) -> float:
        near = [f1[steps[m]] for m in range(max(0, k - 1), min(len(steps), k + 2))]
        return sum(near) / len(near)

    return steps[max(range(len(steps)), key=lambda k: (smoothed(k), -k))]


def train_choice(folder: Path, corpus: Path) -> dict[str, Any]:
    """The antecedent ranking first (traced with the rule it replaces), then the choice model over
    the statements found with that ranking in place."""
    S = _scorer(corpus)
    blank = ChoiceModel(weights={}, bias=0.0, threshold=0.0)
    pronouns = antecedent_examples(folder, S, blank)
    ranking, ranking_bias = fit_ranking(pronouns), 0.0  # a ranking needs no bias: only differences count
    model = ChoiceModel(weights={}, bias=0.0, threshold=0.0, antecedents=AntecedentModel(ranking, ranking_bias))
    data = choice_examples(folder, S, model)
    examples = [(f, r) for art in data for _, _, f, r in art.preds]
    weights, bias = fit_bagged(examples)
    # the threshold is read on probabilities each article got from a model that never saw it (out of
    # fold): in-sample probabilities are too sure of the training statements and ask for too high a bar
    unseen = _out_of_fold(data)
    steps = tuple(round(0.3 + 0.025 * k, 3) for k in range(15))  # 0.3 … 0.65
    curve = {t: _figures(S, data, unseen, t) for t in steps}
    threshold = best_threshold({t: f["f1"] for t, f in curve.items()})
    return {
        "bias": bias,
        "threshold": threshold,
        "weights": weights,
        "antecedent": {"bias": ranking_bias, "weights": ranking},
        "meta": {
            "antecedent_trained_on": (
                f"{sum(map(len, pronouns))} candidates of {len(pronouns)} he/she the corpus's coreference resolved"
            ),
            "trained_on": f"{folder.name} ({len(data)} articles, {len(examples)} statements found)",
            "label": "right when half its words or more lie in gold attributions of the same speaker (score.py)",
            "threshold": (
                "the best speaker-aware F1 on the training articles, each point of the curve averaged with its "
                f"neighbours, each article scored by a model fit on the other {FOLDS - 1} of {FOLDS} folds"
            ),
            "training_figures": {str(t): f for t, f in curve.items()},
        },
    }


# -- step 2: first names and the pronouns that stand for them ----------------------------------

HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z’'-]+)")
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z’'-]+)\b")
MALE, FEMALE = words("he him his himself"), words("she her hers herself")


def mine_openers(folder: Path) -> list[str]:
    """Words that open sentences capitalised but are ordinary words ("Critically", "Meanwhile",
    "Officials"): seen capitalised at a sentence's start, and inside sentences at least twice in
    lower case and at least as often in lower case as capitalised (a name written in lower case now
    and then, in a web address or a hashtag, is still a name: "Clinton", "Bush")."""
    opening: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    inside_capitalized: Counter[str] = Counter()
    for article in articles(folder):
        for paragraph in article["body"]:
            for unit in split_units(paragraph):
                words_of = [t for t in unit.tokens if t.is_word]
                if words_of and words_of[0].capitalized:
                    opening[words_of[0].lower] += 1
                for tok in words_of[1:]:
                    (inside_capitalized if tok.capitalized else inside)[tok.lower] += 1
    return sorted(w for w in opening if inside[w] >= 2 and inside[w] >= inside_capitalized[w] and w.isalpha())


def mine_names(folder: Path) -> dict[str, str]:
    """First names and the gender the training articles give them: by the pronouns their
    coreference resolved to a full name, and by "Mr./Ms. Surname" beside "First Surname" in the
    same article. Kept when at least 3 cues agree and nine in ten point the same way."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles(folder):
        text = "\n".join(article["body"])
        honorifics = {surname: ("f" if title != "Mr" else "m") for title, surname in HONORIFIC.findall(text)}
        for first, surname in FULL_NAME.findall(text):
            if surname in honorifics and first not in ("Mr", "Mrs", "Ms", "Miss"):
                votes[first.lower()][honorifics[surname]] += 1
        for st in article["statements"]:
            source = (st.get("source_text") or "").strip().lower()
            name = (st.get("speaker") or "").split()
            if not st.get("speaker_resolved") or len(name) < 2 or not name[0][:1].isupper():
                continue
            gender = "m" if source in MALE else "f" if source in FEMALE else None
            if gender:
                votes[name[0].lower()][gender] += 1
    lex = load_lexicon(mined=False)
    # a function word or a title opening a resolved speaker ("But Vale", "President Vale") is no first name
    no_names = NOT_FIRST_NAMES | lex.roles | lex.honorifics | {t.lower() for t in lex.titles}
    names = {}
    for first, counts in sorted(votes.items()):
        total = sum(counts.values())
        gender, top = counts.most_common(1)[0]
        if total >= 3 and top >= 0.9 * total and first.isalpha() and len(first) > 1 and first not in no_names:
            names[first] = gender
    return names


NOT_FIRST_NAMES = words("but if when and or so as while then after before because since though team")


def write_names(names: dict[str, str], openers: Sequence[str], path: Path, folder: Path) -> None:
    lines = [
        "# First names and the pronoun (he or she) the training articles resolve to them; learnt from",
        "# PolNeAR's training split by benchmarks/train_statements.py (coreference and Mr./Ms. beside full",
        '# names). Used only to keep "she" from resolving to a man and "he" to a woman; never written to',
        "# a record. Generated: re-run the script rather than edit.",
        f"# Articles read: {sum(1 for _ in folder.glob('*.json'))}.",
        "",
        "[first_names]",
    ]
    lines.extend(f'{name} = "{gender}"' for name, gender in names.items())
    lines.append("")
    lines.append("# Words that open sentences capitalised but are ordinary words (seen in lower case inside")
    lines.append("# sentences too): such a word alone at a sentence's start is no name.")
    lines.append("[common_openers]")
    lines.append("words = [")
    row: list[str] = []
    for word in openers:
        row.append(f'"{word}"')
        if len(", ".join(row)) > 100:
            lines.append("    " + ", ".join(row) + ",")
            row = []
    if row:
        lines.append("    " + ", ".join(row) + ",")
    lines.append("]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- step 1: the cue lexicon -------------------------------------------------------------------


def mine_cues(folder: Path) -> dict[str, Any]:
    occurrences: Counter[str] = Counter()  # word or "word particle" outside quotations
    cue_forms: dict[str, Counter[str]] = defaultdict(Counter)  # cue class -> form -> count
    frames: dict[str, Counter[str]] = defaultdict(Counter)
    listeners: Counter[str] = Counter()
    source_nouns: Counter[str] = Counter()
    lex = load_lexicon(mined=False)
    for article in articles(folder):
        body = article["body"]
        tokenized = []
        for paragraph in body:
            tokens = [t for u in split_units(paragraph) for t in u.tokens]
            lowers = lowered(tokens)
            tokenized.append(tokens)
            for k, tok in enumerate(tokens):
                # count a word only where the cue finder would take it for a verb, so that a rate
                # says how often a verb in that position is a cue ("to describe", "a call" never are)
                if tok.is_word and verb_position(tokens, lowers, k, 1, tok.lower.endswith("ing"), lex):
                    occurrences[tok.lower] += 1
                    if k + 1 < len(tokens) and tokens[k + 1].lower in PARTICLES:
                        occurrences[f"{tok.lower} {tokens[k + 1].lower}"] += 1
        for st in article["statements"]:
            if st.get("source_kind") == "common" and st.get("cue_class") == "speech":
                found = _WORD.findall((st.get("source_text") or "").lower())
                head = found[-1] if found else ""
                written = (st.get("source_text") or "").split()
                if (
                    head.isalpha()
                    and written[-1][:1].islower()
                    and head not in FUNCTION_WORDS | PRONOUN_SUBJECTS | NOT_SOURCES
                ):
                    source_nouns[head] += 1
            paragraph = body[st["paragraph"]]
            place = locate_cue(paragraph, st)
            if place is None:
                continue
            tokens = tokenized[st["paragraph"]]
            head = head_token(tokens, *place)
            if head is None or tokens[head].kind != "word":
                continue
            if not verb_position(tokens, lowered(tokens), head, 1, tokens[head].lower.endswith("ing"), lex):
                continue
            k = head
            form, stop = tokens[k].lower, k + 1
            if stop < len(tokens) and tokens[stop].lower in PARTICLES and tokens[stop].end <= place[1]:
                form, stop = f"{form} {tokens[stop].lower}", stop + 1
            cue_class = st.get("cue_class") or "other"
            cue_forms[cue_class][form] += 1
            if cue_class != "speech":
                continue
            if st["start"] >= tokens[stop - 1].end:
                frame, listener = frame_of(tokens, stop, st["start"], st["end"])
                frames[form][frame] += 1
                listeners[form] += listener
            elif st["end"] <= tokens[k].start:
                frames[form]["before"] += 1
    table = _cue_table(occurrences, cue_forms, frames, listeners, source_nouns)
    table["hand_rates"] = _hand_rates(occurrences, cue_forms)
    return table


# Seen this often, a hand-listed form's share is evidence enough: ten uses that are all (or nearly all)
# no cue ("The army maintained the road") outweigh the hand list; at twenty, one article more or less
# moved "maintained" across the line.
HAND_RATE_MIN = 10


def _hand_rates(occurrences: Counter[str], cue_forms: dict[str, Counter[str]]) -> dict[str, float]:
    """For the hand-written lexicon's one-word and particle forms seen at least ``HAND_RATE_MIN``
    times: the share of their occurrences that head a cue of any class (the loader drops those that
    seldom do)."""
    lex = load_lexicon(mined=False, beliefs=True)
    rates: dict[str, float] = {}
    for cues in lex.cues.values():
        for cue in cues:
            form = " ".join(cue.words)
            if len(cue.words) > 2 or occurrences[form] < HAND_RATE_MIN:
                continue
            heads = sum(cue_forms[c][form] for c in cue_forms)
            rates[form] = round(min(1.0, heads / occurrences[form]), 3)
    return dict(sorted(rates.items()))


def _cue_table(
    occurrences: Counter[str],
    cue_forms: dict[str, Counter[str]],
    frames: dict[str, Counter[str]],
    listeners: Counter[str],
    source_nouns: Counter[str],
) -> dict[str, Any]:
    by_lemma: dict[str, dict[str, Any]] = {}
    word_counts = Counter({w: c for w, c in occurrences.items() if " " not in w})
    for cue_class in ("speech", "belief"):
        for form, count in cue_forms[cue_class].items():
            verb, _, particle = form.partition(" ")
            if not verb.isalpha():
                continue
            lemma = (lemma_of(verb, word_counts) + (" " + particle if particle else "")).strip()
            entry = by_lemma.setdefault(
                lemma, {"forms": Counter(), "classes": Counter(), "frames": Counter(), "listener": 0, "seen": 0}
            )
            entry["forms"][form] += count if cue_class == "speech" else 0
            entry["classes"][cue_class] += count
            if cue_class == "speech":
                entry["frames"].update(frames[form])
                entry["listener"] += listeners[form]
    cues = []
    for lemma, entry in sorted(by_lemma.items()):
        classes: Counter[str] = entry["classes"]
        total = sum(classes.values())
        cue_class = "speech" if classes["speech"] * 2 >= total else "belief"
        if classes[cue_class] < 2 or (" " in lemma and not _particle_verb(lemma, entry, by_lemma, occurrences)):
            continue
        if not _verb_like(lemma, entry["forms"]) and cue_class == "speech":
            continue  # "all", "while", "controversial": a word beside the cue, not its verb
        forms = {f: (n, round(n / max(occurrences[f], n), 3)) for f, n in sorted(entry["forms"].items()) if n}
        seen = sum(occurrences[f] for f in forms) or 1
        # a form seen often as a verb but never as a cue is listed with rate 0, so that it does not
        # take the lemma's rate ("in order to" is no cue because "ordered" is one)
        verb, _, particle = lemma.partition(" ")
        candidates = (f"{f} {particle}".strip() for f in inflect(verb)) if cue_class == "speech" else ()
        never = {form: (0, 0.0) for form in candidates if form not in forms and occurrences[form] >= NEVER_A_CUE}
        frame_counts: Counter[str] = entry["frames"]
        after = sum(v for k, v in frame_counts.items() if k != "before")
        cues.append(
            {
                "lemma": lemma,
                "class": cue_class,
                "count": classes[cue_class],
                "rate": round(sum(n for n, _ in forms.values()) / seen, 3) if forms else 0.0,
                "forms": {f: {"count": n, "rate": r} for f, (n, r) in sorted({**forms, **never}.items())},
                "frames": {k: frame_counts[k] for k in ("that", "clause", "quote", "np", "before") if frame_counts[k]},
                "listener": round(entry["listener"] / after, 3) if after else 0.0,
            }
        )
    nouns = {w: n for w, n in sorted(source_nouns.items()) if n >= 2}
    return {"cues": cues, "source_nouns": nouns}


NEVER_A_CUE = 5  # times a form must be seen as a verb, never as a cue, to be listed as no cue


def _verb_like(lemma: str, forms: Counter[str]) -> bool:
    """Does the lemma show itself a verb: an inflected form among its cues, or an irregular one?"""
    verb = lemma.split()[0]
    if verb in FUNCTION_WORDS or len(verb) < 3 or any(f.split()[0] in FUNCTION_WORDS for f in forms):
        return False
    return any(f.split()[0] in IRREGULAR or re.search(r"(?:[^s]s|ed|ing)$", f.split()[0]) for f in forms)


def _particle_verb(
    lemma: str, entry: dict[str, Any], by_lemma: dict[str, dict[str, Any]], occurrences: Counter[str]
) -> bool:
    """Is "verb particle" a verb of its own ("call for", "point out"), not a cue verb followed by an
    adjunct ("said on Friday", "said of him")? Kept when the verb alone is seldom a cue or the pair
    takes an object, and its content does not mostly stand before it."""
    frames: Counter[str] = entry["frames"]
    total = sum(frames.values())
    if entry["classes"]["speech"] < 3 or not total or frames["before"] * 2 >= total:
        return False
    verb = lemma.split()[0]
    alone = by_lemma.get(verb)
    verb_rate = 0.0
    if alone is not None:
        seen = sum(occurrences[f] for f in alone["forms"]) or 1
        verb_rate = sum(alone["forms"].values()) / seen
    return verb_rate < 0.2 or frames["np"] * 2 >= total


def write_cues(table: dict[str, Any], path: Path, folder: Path) -> None:
    lines = [
        "# The cue lexicon mined from PolNeAR's training split (Newell, Margolin & Ruths, LREC 2018; MIT as",
        "# declared by its authors) by benchmarks/train_statements.py. Generated: edit lexicon.toml instead,",
        "# or re-run the script. Only words and counts are kept, never the articles' text.",
        "#",
        "# count: times the lemma heads a cue of its class in the training attributions; rate: the share",
        "# of its occurrences (outside quotations) that are such cues; frames: what its content was, after",
        "# the verb (that-clause, bare clause, quotation, object) or before it; listener: the share of",
        "# contents after the verb with a listener between (told reporters that ...).",
        f"# Articles read: {sum(1 for _ in folder.glob('*.json'))}.",
        "",
    ]
    for cue in table["cues"]:
        lines.append("[[cue]]")
        lines.append(f'lemma = "{cue["lemma"]}"')
        lines.append(f'class = "{cue["class"]}"')
        lines.append(f"count = {cue['count']}")
        lines.append(f"rate = {cue['rate']}")
        forms = ", ".join(f'"{f}" = {{ count = {v["count"]}, rate = {v["rate"]} }}' for f, v in cue["forms"].items())
        lines.append(f"forms = {{ {forms} }}")
        frame = ", ".join(f"{k} = {v}" for k, v in cue["frames"].items())
        lines.append(f"frames = {{ {frame} }}")
        lines.append(f"listener = {cue['listener']}")
        lines.append("")
    lines.append(
        f"# Forms of the hand-written lexicon seen at least {HAND_RATE_MIN} times, "
        "and the share of them that headed a cue"
    )
    lines.append("# of any class (speech, belief, other); forms below [mined] min_rate are not read as cues.")
    lines.append("[hand_rates]")
    lines.extend(f'"{form}" = {rate}' for form, rate in table["hand_rates"].items())
    lines.append("")
    lines.append("# Head nouns of unnamed sources (officials, the campaign, experts) and how often each headed one.")
    lines.append("[source_nouns]")
    lines.extend(f"{noun} = {n}" for noun, n in table["source_nouns"].items())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # default "all" as a string: argparse checks a list default against choices as one value
    ap.add_argument("steps", nargs="*", choices=["cues", "names", "speakers", "all"], default="all")
    ap.add_argument("--train", type=Path, help="the training folder (default: ../shared/corpus/polnear-train)")
    ap.add_argument("--out", type=Path, default=DATA, help="where the data files go (default: the package's data/)")
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    folder = args.train or (corpus / "polnear-train" if corpus else None)
    if folder is None or not folder.is_dir():
        print("no training folder (../shared/corpus/polnear-train is absent); nothing to learn", file=sys.stderr)
        return 1
    steps = {args.steps} if isinstance(args.steps, str) else set(args.steps)
    if steps & {"cues", "all"}:
        table = mine_cues(folder)
        write_cues(table, args.out / "cues.toml", folder)
        kinds = Counter(c["class"] for c in table["cues"])
        print(
            f"cues.toml: {kinds['speech']} speech and {kinds['belief']} belief lemmas, "
            f"{len(table['source_nouns'])} source nouns"
        )
    if steps & {"names", "all"}:
        names, openers = mine_names(folder), mine_openers(folder)
        write_names(names, openers, args.out / "names.toml", folder)
        print(f"names.toml: {len(names)} first names, {len(openers)} common sentence openers")
    if steps & {"speakers", "all"}:
        model = train_choice(folder, folder.parent)
        (args.out / "choice_model.json").write_text(
            json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        for t, figures in model["meta"]["training_figures"].items():
            print(f"  threshold {t}: {figures}")
        print(f"choice_model.json: {len(model['weights'])} weights, threshold {model['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
