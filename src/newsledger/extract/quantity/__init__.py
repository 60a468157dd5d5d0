"""The quantity extractor's parts: tokens, number reading, the scanner, exclusions, counted
phrases and the word lists they share. ``newsledger.extract.quantities`` is the stage."""

from newsledger.extract.quantity.counted import normal_head
from newsledger.extract.quantity.scan import Found, scan

__all__ = ["Found", "normal_head", "scan"]
