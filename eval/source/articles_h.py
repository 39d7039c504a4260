"""Dev articles (h): written without sight of the detector, to widen the tuning set."""

from __future__ import annotations

from source.model import Article

ARTICLES: tuple[Article, ...] = ()
