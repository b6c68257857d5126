"""Opening pages in a real headless browser: Debian's chromium driven by Playwright.

The browser is never downloaded (no ``playwright install``): .ci/run installs Debian's
``chromium`` package when it is missing. A test skips, saying why, only where the
browser or Playwright cannot be had.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

#: Where Debian's chromium package puts the browser.
CHROMIUM = Path("/usr/bin/chromium")
#: The arguments for a quiet headless run as root, with no network of its own.
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def executable() -> str:
    """The chromium to drive; skips the test when there is none."""
    found = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    if found is None:
        pytest.skip("needs Debian's chromium (apt-get install -y chromium; .ci/run installs it)")
    return found


def open_page(path: Path) -> tuple[list[str], dict[str, Any]]:
    """Open a local page; the console errors and page errors it gave, and a few facts of
    the page as the browser sees it (its title, the number of SVG charts and tables)."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="needs Playwright for Python (the test extra)"
    )
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable(), args=ARGS)
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda message: errors.append(message.text) if message.type == "error" else None,
            )
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("requestfailed", lambda request: errors.append(f"request {request.url}"))
            page.goto(path.resolve().as_uri())
            page.wait_for_load_state("load")
            facts = {
                "title": page.title(),
                "charts": page.locator(".chart svg").count(),
                "tables": page.locator("table").count(),
                "width": page.evaluate("document.querySelector('.chart svg').getBBox().width"),
            }
        finally:
            browser.close()
    return errors, facts
