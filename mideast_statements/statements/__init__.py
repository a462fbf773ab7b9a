"""Statements: who said what, when, in what words, about what.

    from mideast_statements.statements import extract_statements
    extract_statements(article.paragraphs, article.published)

A pipeline of small stages over clean paragraphs, never markup: quotations and tokens
(``text``), whole-paragraph lines (``transcript``), speech cues (``cues``), speaker candidates and
content spans (``candidates``, ``content``, ``phrasal``), the choice and the article's cast
(``choice``, ``entities``), the choice model's score (``confidence``), and the records
(``extractor``, with ``dates``, ``topics``, ``registry``). Their words and weights are data files in
``mideast_statements/data`` — hand-written, or learnt from training attributions by
``benchmarks/train_statements.py`` — loaded once; ``load_lexicon``, ``load_speakers``,
``load_topics`` and ``load_choice_model`` extend or replace them. See docs/statements.md.
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
