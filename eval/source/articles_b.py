"""Placeholder."""

ARTICLES = ()
