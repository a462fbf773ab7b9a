"""Field sources: the little strings adapters use to say where a field is on a page.

``"ld:headline"``           a key of the page's JSON-LD article (dots walk into objects: ``ld:author.name``)
``"meta:og:title"``         a <meta property|name|itemprop> value
``"css:h1.title"``          the text of each element the CSS selector matches
``"css:time@datetime"``     an attribute of each match instead of its text
"""

from __future__ import annotations

from typing import Any

from ..page import HtmlPage, fold, ld_scalars, ld_values

__all__ = ["ld_names", "resolve"]

_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "website", "organisation"}


def resolve(page: HtmlPage, spec: str) -> list[str]:
    """All non-empty values a source gives on the page, in page order."""
    kind, _, rest = spec.partition(":")
    if kind == "meta":
        return list(page.metas.get(rest.lower(), []))
    if kind == "ld":
        return ld_values(page.ld_article, rest.split("."))
    if kind == "css":
        css, _, attribute = rest.partition("@")
        if attribute:
            return [fold(n.get(attribute)) for n in page.select(css) if fold(n.get(attribute))]
        return page.select_text(css)
    raise ValueError(f"unknown field source {spec!r} (use ld:, meta: or css:)")


def ld_names(value: Any, *, people_only: bool = True) -> list[str]:
    """Names from a JSON-LD author/publisher value; organisations skipped when ``people_only``."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.extend(ld_scalars(item))
        elif isinstance(item, dict):
            types = item.get("@type")
            type_set = {str(t).lower() for t in (types if isinstance(types, list) else [types]) if t}
            if people_only and type_set & _ORG_TYPES:
                continue
            out.extend(ld_scalars(item.get("name")))
    return out
