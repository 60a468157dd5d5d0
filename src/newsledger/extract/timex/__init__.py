"""Time expressions in TIMEX3 terms: a rule-based tagger and normaliser for English news.

``find_times(text, published)`` scans once with one compiled regex (``patterns``), normalises
each hit (``resolve``, ``periods``) against the publication date and the narrative reference,
and joins neighbours ("noon Saturday"). Calendar arithmetic is in ``calendar``.
"""

from newsledger.extract.timex.calendar import add_duration
from newsledger.extract.timex.scan import Found, find_times

__all__ = ["Found", "add_duration", "find_times"]
