"""mideast_statements: news articles about Middle East diplomacy as typed records.

import mideast_statements as ms
article = ms.parse(html_or_text, url=None)
article.title, article.published, article.paragraphs
ms.dumps(article); ms.loads(data); article.to_dict()
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from pathlib import Path


class _CheckoutAdapters(importlib.abc.MetaPathFinder):
    """In a source checkout, adapters/ sits beside this package (an install puts it inside):
    this finder gives the folder its installed name, so the checkout runs without installing."""

    name = __name__ + ".adapters"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        return importlib.util.spec_from_file_location(
            fullname, self.folder / "__init__.py", submodule_search_locations=[str(self.folder)]
        )


def _install_checkout_finder() -> None:
    here = Path(__file__).resolve().parent
    beside = here.parent / "adapters"
    installed = (here / "adapters").is_dir()
    present = any(isinstance(f, _CheckoutAdapters) for f in sys.meta_path)
    if not installed and not present and (beside / "__init__.py").is_file():
        sys.meta_path.append(_CheckoutAdapters(beside))


_install_checkout_finder()

from .adapter import Adapter, Fields  # noqa: E402
from .api import Failure, Skipped, parse, parse_file, parse_stream  # noqa: E402
from .batch import iter_articles  # noqa: E402
from .errors import (  # noqa: E402
    AdapterError,
    DecodeError,
    EmptyInput,
    InputTooLarge,
    InputUnreadable,
    MideastStatementsError,
    NoArticleFound,
    RecordError,
    TimeBudgetExceeded,
    UnknownAdapter,
)
from .export import export_rows, statements_frame  # noqa: E402
from .model import Article, Outlet, Provenance, Speaker, Statement  # noqa: E402
from .routing import Registry, default_registry  # noqa: E402
from .serialize import SCHEMA_VERSION, dumps, from_dict, loads, schema, to_dict  # noqa: E402
from .store import Store, StoredStatement, StoreError  # noqa: E402
from .stories import group_stories, story_key  # noqa: E402
from .warc import iter_warc  # noqa: E402

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # ``ms.registry`` is the default registry, built on first use (it imports the adapters).
    if name == "registry":
        return default_registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def register(cls: type[Adapter], *, replace: bool = False, prefer: bool | None = None) -> type[Adapter]:
    """Add an adapter to the default registry (usable as a class decorator). ``prefer=True`` makes
    it win over built-ins for the hosts they share; ``replace=True`` lets it take over an id."""
    return default_registry().register(cls, replace=replace, prefer=prefer)


__all__ = [
    "SCHEMA_VERSION",
    "Adapter",
    "AdapterError",
    "Article",
    "DecodeError",
    "EmptyInput",
    "Failure",
    "Fields",
    "InputTooLarge",
    "InputUnreadable",
    "MideastStatementsError",
    "NoArticleFound",
    "Outlet",
    "Provenance",
    "RecordError",
    "Registry",
    "Skipped",
    "Speaker",
    "Statement",
    "Store",
    "StoreError",
    "StoredStatement",
    "TimeBudgetExceeded",
    "UnknownAdapter",
    "__version__",
    "default_registry",
    "dumps",
    "export_rows",
    "from_dict",
    "group_stories",
    "iter_articles",
    "iter_warc",
    "loads",
    "parse",
    "parse_file",
    "parse_stream",
    "register",
    "registry",
    "schema",
    "statements_frame",
    "story_key",
    "to_dict",
]
