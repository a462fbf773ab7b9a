"""One exception family: every error the library raises on purpose is a MideastStatementsError."""

from __future__ import annotations

__all__ = [
    "AdapterError",
    "DecodeError",
    "EmptyInput",
    "InputTooLarge",
    "InputUnreadable",
    "MideastStatementsError",
    "NoArticleFound",
    "RecordError",
    "TimeBudgetExceeded",
    "UnknownAdapter",
]


class MideastStatementsError(Exception):
    """Base of every error this library raises about its input or its configuration."""


class EmptyInput(MideastStatementsError):
    """The input has no content (zero bytes, or only white space)."""


class InputTooLarge(MideastStatementsError):
    """The input is larger than the configured limit (``max_bytes``)."""


class DecodeError(MideastStatementsError):
    """The bytes are not text in any encoding we can trust (binary data, or hopelessly mis-encoded)."""


class NoArticleFound(MideastStatementsError):
    """The input decoded, but holds no article body (a truncated head, an index page, a blank page)."""


class UnknownAdapter(MideastStatementsError, KeyError):
    """An adapter id was asked for (``outlet=``) that the registry does not know."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "unknown adapter"


class AdapterError(MideastStatementsError):
    """An adapter failed on a page in a way it could not recover from (a bug or a broken page)."""


class RecordError(MideastStatementsError):
    """A serialised record does not fit the article model (``from_dict`` / ``loads``)."""


class InputUnreadable(MideastStatementsError, OSError):
    """A file or stream could not be read (missing, a directory, no permission)."""


class TimeBudgetExceeded(MideastStatementsError):
    """A page used more CPU time than its budget (``time_budget``); the batch records it and goes on."""
