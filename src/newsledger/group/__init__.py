"""Group articles into stories: incremental, index-backed, serialisable."""

from newsledger.group.index import StoryIndex, group_stories
from newsledger.group.signature import signature

__all__ = ["StoryIndex", "group_stories", "signature"]
