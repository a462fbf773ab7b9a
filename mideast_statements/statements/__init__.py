"""Statements: who said what, when, in what words, about what.

    from mideast_statements.statements import extract_statements
    extract_statements(article.paragraphs, article.published)

Rules read clean paragraphs and never markup. Their words — speech verbs, role nouns, titles,
places, the speaker registry and the topic rules — are data files in ``mideast_statements/data``,
loaded once; ``load_lexicon``, ``load_speakers`` and ``load_topics`` extend or replace them.
"""

from __future__ import annotations

from .confidence import ChoiceModel, default_choice_model, load_choice_model
from .extractor import explain_statements, extract_statements
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .registry import KnownSpeaker, SpeakerRegistry, default_speakers, load_speakers
from .topics import TopicRules, default_topics, load_topics

__all__ = [
    "ChoiceModel",
    "KnownSpeaker",
    "Lexicon",
    "SpeakerRegistry",
    "TopicRules",
    "default_choice_model",
    "default_lexicon",
    "default_speakers",
    "default_topics",
    "explain_statements",
    "extract_statements",
    "load_choice_model",
    "load_lexicon",
    "load_speakers",
    "load_topics",
]
