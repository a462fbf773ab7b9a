"""The speaker registry (data/speakers.toml): canonical names and stable ids for known sources."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import attrs

from .lexicon import read_toml
from .text import words

__all__ = [
    "KnownSpeaker",
    "SpeakerRegistry",
    "default_speakers",
    "given_name",
    "load_speakers",
    "name_key",
    "surname_key",
]

_TOKEN = re.compile(r"\w+")
_DROP = words("the mr mrs ms dr sir sheikh king prince ayatollah")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-tolerant key: accents, case, punctuation and honorifics folded away."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("’", "'")
    words = [w for w in _TOKEN.findall(folded.replace("'", "")) if w not in _DROP]
    return " ".join(words)


def surname_key(name: str) -> str:
    """The last word of ``name_key``: how a person is found again by surname."""
    return name_key(name).split(" ")[-1]


NAME_PARTICLES = words(
    "al el bin ibn abu abul abou bint de di da del della van von der den du la le dos das ben bar st"
)


def given_name(name: str) -> str | None:
    """The first name of a full name, keyed ("Tom Vesper" → "tom"); None for a surname alone or an
    initial ("J. Vesper")."""
    words = name.split()  # "Lopez-Cantera" is one word; "de Blasio", "Le Pen" give no first name
    if len(words) < 2 or words[0].lower() in NAME_PARTICLES:
        return None
    first = name_key(words[0])
    return first if len(first) > 1 and " " not in first else None


@attrs.frozen(slots=True)
class KnownSpeaker:
    id: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9][a-z0-9-]*"))
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    country: str | None = None
    organization: str | None = None
    kind: str = attrs.field(default="person", validator=attrs.validators.in_(("person", "institution")))


class SpeakerRegistry:
    """Look up a name as an article writes it; returns the entry whose name or alias it is."""

    def __init__(self, speakers: Iterable[KnownSpeaker] = ()) -> None:
        self._by_id: dict[str, KnownSpeaker] = {}
        self._by_key: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}
        for speaker in speakers:
            self.add(speaker)

    def add(self, speaker: KnownSpeaker) -> None:
        """Add an entry; an entry with the same id is replaced."""
        replaced = self._by_id.get(speaker.id)
        for form in (replaced.name, *replaced.aliases) if replaced else ():
            self._by_surname.get(surname_key(form), set()).discard(speaker.id)  # the replaced entry's surnames
        self._by_id[speaker.id] = speaker
        for form in (speaker.name, *speaker.aliases):
            self._by_key[name_key(form)] = speaker.id
            if speaker.kind == "person" and " " in name_key(form) and surname_key(form) not in NAME_PARTICLES:
                self._by_surname.setdefault(surname_key(form), set()).add(speaker.id)

    def get(self, speaker_id: str) -> KnownSpeaker | None:
        return self._by_id.get(speaker_id)

    def lookup(self, name: str) -> KnownSpeaker | None:
        found = self._by_key.get(name_key(name))
        return self._by_id.get(found) if found else None

    def by_surname(self, word: str) -> KnownSpeaker | None:
        """The one person entry whose full name (or an alias) ends with ``word`` ("Lavrov"); None when
        no entry or several do ("Abbas" may be two people)."""
        found = self._by_surname.get(name_key(word), set())
        return self._by_id[next(iter(found))] if len(found) == 1 else None

    def __iter__(self) -> Iterator[KnownSpeaker]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


def _entries(data: dict[str, Any]) -> list[KnownSpeaker]:
    return [KnownSpeaker(**entry) for entry in data.get("speaker", [])]


def load_speakers(path: str | Path | None = None, *, extra: Iterable[str | Path] = ()) -> SpeakerRegistry:
    """The packaged registry (or the file at ``path`` instead), with each ``extra`` file's entries added."""
    registry = SpeakerRegistry(_entries(read_toml(path, "speakers.toml")))
    for more in extra:
        for speaker in _entries(read_toml(more, "")):
            registry.add(speaker)
    return registry


@cache
def default_speakers() -> SpeakerRegistry:
    return load_speakers()
