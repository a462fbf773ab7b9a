"""Built-in outlet adapters (installed as ``mideast_statements.adapters``).

One module per outlet; ``BUILTIN`` is the order the default registry tries them in, the generic
adapter last.
"""

from __future__ import annotations

from .ahram import AhramOnline
from .albawaba import AlBawaba
from .aljazeera import AlJazeera
from .almayadeen import AlMayadeen
from .anadolu import Anadolu
from .ap import AP
from .arabnews import ArabNews
from .bbc import BBC
from .dailysabah import DailySabah
from .generic import Generic
from .jpost import JPost
from .kuna import KUNA
from .middleeasteye import MiddleEastEye
from .presstv import PressTV
from .reuters import Reuters
from .rt import RT
from .sputnik import Sputnik
from .tass import TASS
from .telesur import Telesur
from .timesofisrael import TimesOfIsrael
from .trtworld import TRTWorld
from .wafa import WAFA
from .xinhua import Xinhua

__all__ = [
    "AP",
    "BBC",
    "BUILTIN",
    "KUNA",
    "RT",
    "TASS",
    "WAFA",
    "AhramOnline",
    "AlBawaba",
    "AlJazeera",
    "AlMayadeen",
    "Anadolu",
    "ArabNews",
    "DailySabah",
    "Generic",
    "JPost",
    "MiddleEastEye",
    "PressTV",
    "Reuters",
    "Sputnik",
    "TRTWorld",
    "Telesur",
    "TimesOfIsrael",
    "Xinhua",
]

BUILTIN = (
    Telesur,
    Anadolu,
    RT,
    AlJazeera,
    Sputnik,
    AP,
    Reuters,
    BBC,
    AlBawaba,
    JPost,
    TASS,
    AlMayadeen,
    PressTV,
    TRTWorld,
    DailySabah,
    Xinhua,
    TimesOfIsrael,
    MiddleEastEye,
    WAFA,
    KUNA,
    ArabNews,
    AhramOnline,
    Generic,
)
