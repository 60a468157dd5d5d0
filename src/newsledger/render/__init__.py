"""Renderers: terminal summary, Markdown and standalone HTML reports, and the exports."""

from newsledger.render.html import render_html
from newsledger.render.markdown import render_markdown
from newsledger.render.terminal import render_terminal
from newsledger.render.view import StoryView, build_story_view, build_views

__all__ = [
    "StoryView",
    "build_story_view",
    "build_views",
    "render_html",
    "render_markdown",
    "render_terminal",
]
