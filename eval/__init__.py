"""Accuracy of each extractor against gold data, with pinned floors (the ratchet).

Run ``python -m eval all`` or ``python -m eval NAME``; each module ``eval/NAME.py`` has
``main(argv: list[str]) -> int`` and pins its floors in ``eval/floors/NAME.json``.
"""
