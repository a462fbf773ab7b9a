"""Any site: JSON-LD and meta tags for the fields, trafilatura for the body; always tried last."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class Generic(Adapter):
    id = "generic"
    name = "Generic (any site)"
    version = "1"
