"""Helpers that adapters compose: field sources, dates, authors, body paragraphs, text dumps."""
