"""Held-out test articles (l): written without sight of the detector."""

from __future__ import annotations

from source.model import Article

ARTICLES: tuple[Article, ...] = ()
