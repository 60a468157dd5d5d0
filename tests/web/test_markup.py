"""Safe-by-construction HTML helpers."""

from __future__ import annotations

import json

import pytest

from newsledger.web.markup import Html, esc, fmt, join, json_for_script, path_segment, safe_url


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<b>", "&lt;b&gt;"),
        ("a \"quoted\" & 'single'", "a &quot;quoted&quot; &amp; &#x27;single&#x27;"),
        (None, ""),
        (1500, "1500"),
        (Html("<b>safe</b>"), "<b>safe</b>"),
    ],
)
def test_markup_esc_escapes_unless_already_html(value: object, expected: str) -> None:
    assert esc(value) == expected


def test_markup_fmt_escapes_positional_and_keyword_values() -> None:
    assert fmt('<a href="{}">{name}</a>', '"x', name="<i>") == '<a href="&quot;x">&lt;i&gt;</a>'


def test_markup_fmt_does_not_escape_twice() -> None:
    inner = fmt("<i>{}</i>", "&")
    assert fmt("<p>{}</p>", inner) == "<p><i>&amp;</i></p>"


def test_markup_join_escapes_plain_parts() -> None:
    assert join(["<", Html("<br>"), ">"], " ") == "&lt; <br> &gt;"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("  http://example.org  ", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("/relative", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_markup_safe_url_links_only_http(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    "text", ["</script><script>alert(1)</script>", "<!-- x -->", "a & b", "\u2028\u2029", "é"]
)
def test_markup_json_for_script_round_trips_without_angle_brackets(text: str) -> None:
    encoded = json_for_script({"text": text})
    assert not any(char in encoded for char in "<>&\u2028\u2029")
    assert json.loads(encoded) == {"text": text}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("story:abc", "story%3Aabc"), ("a/b c", "a%2Fb%20c"), ("plain-id_1", "plain-id_1")],
)
def test_markup_path_segment_quotes_everything_reserved(value: str, expected: str) -> None:
    assert path_segment(value) == expected
