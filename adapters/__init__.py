"""Built-in outlet adapters (installed as ``mideast_statements.adapters``).

One module per outlet; ``BUILTIN`` is the order the default registry tries them in, the generic
adapter last.
"""

from __future__ import annotations

from .albawaba import AlBawaba
from .aljazeera import AlJazeera
from .anadolu import Anadolu
from .ap import AP
from .bbc import BBC
from .generic import Generic
from .jpost import JPost
from .reuters import Reuters
from .rt import RT
from .sputnik import Sputnik
from .telesur import Telesur

__all__ = [
    "AP",
    "BBC",
    "BUILTIN",
    "RT",
    "AlBawaba",
    "AlJazeera",
    "Anadolu",
    "Generic",
    "JPost",
    "Reuters",
    "Sputnik",
    "Telesur",
]

BUILTIN = (Telesur, Anadolu, RT, AlJazeera, Sputnik, AP, Reuters, BBC, AlBawaba, JPost, Generic)
