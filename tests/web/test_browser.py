"""The pages in a real browser (headless Chromium): the page script runs under the CSP, and
the markup inside an article stays text in the DOM."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from web_fixtures import FakeLedger, build_story, entity, other_analysis, wire_analysis

from newsledger.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: Seconds to wait for the server to start and for Chromium to load a page; Chromium's cold
#: start takes 1-3 s on the 2-core CI machine.
STARTUP_SECONDS = 10
PAGE_SECONDS = 60


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    uvicorn = pytest.importorskip("uvicorn")
    wire, other = wire_analysis(), other_analysis()
    ledger = FakeLedger(
        analyses={"wire": wire, "other": other},
        story_list=[build_story(wire, other)],
        entity_list=[entity(wire, "Jane Smith", "PERSON")],
    )
    config = uvicorn.Config(create_app(ledger), host="127.0.0.1", port=0, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "the server did not start"
    port = instance.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=STARTUP_SECONDS)


def dom(url: str) -> str:
    """The DOM after the page's scripts ran, as Chromium serialises it."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--dump-dom", url],
        capture_output=True, text=True, timeout=PAGE_SECONDS, check=True,
    )  # fmt: skip
    return result.stdout


def test_browser_article_script_runs_and_focuses_the_linked_item(server: str) -> None:
    claim = wire_analysis().claims[0].id.replace(":", "%3A")
    page = dom(f"{server}/articles/wire#item-{claim}")
    assert 'data-ready="true"' in page
    assert re.search(r'class="hl k-quantity k-claim focus"', page)
    assert page.count('<div class="item">') == 1


def test_browser_article_markup_stays_text(server: str) -> None:
    page = dom(f"{server}/articles/wire")
    assert len(re.findall(r"<script\b", page)) == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
