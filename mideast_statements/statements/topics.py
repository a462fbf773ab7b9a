"""Topics by transparent rules (data/topics.toml): a topic is given when one of its patterns occurs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from .lexicon import read_toml

__all__ = ["TopicRules", "default_topics", "load_topics"]


@attrs.frozen(slots=True)
class TopicRules:
    patterns: dict[str, re.Pattern[str]]  # topic → one alternation of its patterns
    anaphora: frozenset[str]
    any_topic: re.Pattern[str] | None = None  # every topic's patterns in one: most statements match none
    # the same, lower-cased and without IGNORECASE (three times faster), for lower-cased ASCII text;
    # None when lower-casing would change what the patterns mean (an escape such as \S or \D)
    any_lower: re.Pattern[str] | None = None

    def topics(self, text: str) -> tuple[str, ...]:
        """Topics whose patterns occur in ``text``, in the vocabulary's order."""
        if self.any_topic is not None:
            if self.any_lower is not None and text.isascii():
                if self.any_lower.search(text.lower()) is None:
                    return ()
            elif self.any_topic.search(text) is None:
                return ()
        return tuple(topic for topic, pattern in self.patterns.items() if pattern.search(text))

    def refers_back(self, text: str) -> bool:
        """Whether a statement leans on the one before it ("this logic", "their return", "here")."""
        return any(word in self.anaphora for word in re.findall(r"[a-z]+", text.lower()))


def _compile(data: dict[str, Any]) -> TopicRules:
    patterns = {
        topic: re.compile(r"(?<!\w)(?:" + "|".join(rules) + r")", re.IGNORECASE)
        for topic, rules in data.get("topics", {}).items()
        if rules
    }
    every = [rule for rules in data.get("topics", {}).values() for rule in rules]
    any_topic = re.compile(r"(?<!\w)(?:" + "|".join(every) + r")", re.IGNORECASE) if every else None
    any_lower = None
    if any_topic is not None and not re.search(r"\\[A-Z]", any_topic.pattern):
        any_lower = re.compile(any_topic.pattern.lower())
    anaphora = frozenset(w.lower() for w in data.get("anaphora", []))
    return TopicRules(patterns=patterns, anaphora=anaphora, any_topic=any_topic, any_lower=any_lower)


def load_topics(path: str | Path | None = None, *, extra: Iterable[str | Path] = ()) -> TopicRules:
    """The packaged rules (or the file at ``path`` instead), with each ``extra`` file's patterns added."""
    data = read_toml(path, "topics.toml")
    topics: dict[str, list[str]] = {k: list(v) for k, v in data.get("topics", {}).items()}
    anaphora = list(data.get("anaphora", []))
    for more in extra:
        added = read_toml(more, "")
        for topic, rules in added.get("topics", {}).items():
            topics.setdefault(topic, []).extend(rules)
        anaphora.extend(added.get("anaphora", []))
    return _compile({"topics": topics, "anaphora": anaphora})


@cache
def default_topics() -> TopicRules:
    return load_topics()
