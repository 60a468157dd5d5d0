"""Helpers for the "who" extractors (entities, quotes, attribution): tokens, names, speech."""
