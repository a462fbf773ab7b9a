"""Which adapter reads a page: by URL, by the page's own marks, by a dump's fingerprints.

The built-in adapters come from ``mideast_statements.adapters``; third-party ones are added with
``register`` (a decorator too) or through the ``mideast_statements.adapters`` entry-point group.
The generic adapter is always last.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterator
from functools import cache
from importlib.metadata import entry_points

from .adapter import Adapter
from .errors import UnknownAdapter
from .page import HtmlPage, Page, TextPage, host_of

__all__ = ["ENTRY_POINT_GROUP", "PluginWarning", "Registry", "default_registry", "generic_adapter"]

ENTRY_POINT_GROUP = "mideast_statements.adapters"
# A dump must carry this much of an outlet's furniture before we name the outlet.
TEXT_THRESHOLD = 2


class Registry:
    """An ordered set of adapter classes, looked up by id, host, page marks or text fingerprints."""

    def __init__(self, adapters: tuple[type[Adapter], ...] = ()) -> None:
        self._adapters: dict[str, type[Adapter]] = {}
        self._preferred: set[str] = set()
        for cls in adapters:
            self.register(cls)

    def register(self, cls: type[Adapter], *, replace: bool = False, prefer: bool | None = None) -> type[Adapter]:
        """Add an adapter class (usable as a decorator). ``replace=True`` lets it take over an id;
        ``prefer=True`` (default: the class's ``overrides``) makes it win over the others for the
        hosts, page marks and dump fingerprints they share."""
        if not (isinstance(cls, type) and issubclass(cls, Adapter)) or not cls.id:
            raise TypeError(f"{cls!r} is not an Adapter subclass with an id")
        if cls.id in self._adapters and self._adapters[cls.id] is not cls and not replace:
            raise ValueError(f"an adapter with id {cls.id!r} is registered already (pass replace=True)")
        self._adapters[cls.id] = cls
        if prefer or (prefer is None and cls.overrides):
            self._preferred.add(cls.id)
        else:
            self._preferred.discard(cls.id)
        return cls

    def unregister(self, adapter_id: str) -> None:
        self._adapters.pop(adapter_id, None)
        self._preferred.discard(adapter_id)

    def __iter__(self) -> Iterator[type[Adapter]]:
        return iter(self._adapters.values())

    def __len__(self) -> int:
        return len(self._adapters)

    def __contains__(self, adapter_id: object) -> bool:
        return adapter_id in self._adapters

    def get(self, adapter_id: str) -> type[Adapter]:
        try:
            return self._adapters[adapter_id.lower()]
        except KeyError:
            known = ", ".join(sorted(self._adapters))
            raise UnknownAdapter(f"no adapter {adapter_id!r}; known: {known}") from None

    def outlets(self) -> list[type[Adapter]]:
        """Outlet adapters, without the generic one; preferred ones first."""
        outlets = [cls for cls in self if cls.id != "generic"]
        return sorted(outlets, key=lambda c: c.id not in self._preferred)

    def for_url(self, url: str | None) -> type[Adapter] | None:
        """The adapter whose domains hold the URL's host (the most specific domain wins)."""
        host = host_of(url)
        owners = [cls for cls in self.outlets() if cls.owns_host(host)]
        return max(owners, key=lambda c: (c.id in self._preferred, max(len(d) for d in c.domains)), default=None)

    def detect(self, page: Page) -> type[Adapter]:
        """URL first; then, for HTML, the page's own marks; for dumps, their furniture."""
        return self.explain(page)[0]

    def explain(self, page: Page) -> tuple[type[Adapter], str]:
        """The adapter for a page and why it was chosen."""
        by_url = self.for_url(page.url)
        if by_url:
            return by_url, f"url host {host_of(page.url)}"
        if isinstance(page, HtmlPage):
            for cls in self.outlets():
                if cls.claims_page(page):
                    return cls, "page marks (canonical link, og:site_name or JSON-LD publisher)"
        elif isinstance(page, TextPage):
            scored = sorted(
                ((cls.text_score(page), cls.id in self._preferred, cls.id, cls) for cls in self.outlets()), reverse=True
            )
            if scored and scored[0][0] >= TEXT_THRESHOLD:
                return scored[0][3], f"text fingerprints (score {scored[0][0]})"
        return self.get("generic"), "no outlet recognised"

    def copy(self) -> Registry:
        clone = Registry()
        for cls in self:
            clone.register(cls, prefer=cls.id in self._preferred)
        return clone


def _builtin() -> tuple[type[Adapter], ...]:
    module = importlib.import_module("mideast_statements.adapters")
    adapters: tuple[type[Adapter], ...] = module.BUILTIN
    return adapters


def _plugins() -> list[type[Adapter]]:
    """Installed adapter plug-ins. One that fails to import, or is no Adapter, is skipped with a
    warning: a broken plug-in must not stop every parse."""
    found = []
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = point.load()
        except Exception as exc:  # any error of a third party's import
            warnings.warn(
                f"adapter plug-in {point.name!r} ({point.value}) skipped: {type(exc).__name__}: {exc}",
                PluginWarning,
                stacklevel=2,
            )
            continue
        if isinstance(cls, type) and issubclass(cls, Adapter):
            found.append(cls)
        else:
            warnings.warn(
                f"adapter plug-in {point.name!r} ({point.value}) skipped: not an Adapter class",
                PluginWarning,
                stacklevel=2,
            )
    return found


class PluginWarning(UserWarning):
    """An installed adapter plug-in could not be used."""


@cache
def default_registry() -> Registry:
    """Built-ins, then entry-point plug-ins (a plug-in with a built-in's id takes its place; one with
    ``overrides = True`` wins over built-ins for the hosts they share)."""
    registry = Registry(_builtin())
    for cls in _plugins():
        registry.register(cls, replace=True)
    generic = registry.get("generic")  # keep the generic fallback last
    registry.unregister("generic")
    registry.register(generic)
    return registry


@cache
def generic_adapter() -> Adapter:
    cls: type[Adapter] = importlib.import_module("mideast_statements.adapters.generic").Generic
    return cls()
