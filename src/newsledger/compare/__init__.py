"""Cross-check a story: align claims across articles, verdicts, independence, timeline."""

from newsledger.compare.check import check_story
from newsledger.compare.timeline import build_timeline, story_deadlines

__all__ = ["build_timeline", "check_story", "story_deadlines"]
