"""Built-in outlet adapters (installed as ``mideast_statements.adapters``).

One module per outlet; ``BUILTIN`` is the order the default registry tries them in, the generic
adapter last.
"""

from __future__ import annotations

from .anadolu import Anadolu
from .generic import Generic
from .rt import RT
from .telesur import Telesur

__all__ = ["BUILTIN", "RT", "Anadolu", "Generic", "Telesur"]

BUILTIN = (Telesur, Anadolu, RT, Generic)
