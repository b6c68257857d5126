"""Open pages in the system's headless Chromium (Debian's ``chromium``) through Playwright,
and measure what a reader sees: which quotations are drawn, visible and highlighted,
whether anything overflows the window, what the console said, what was fetched.

Used by tests/test_views_browser.py and bench/tables.py. Playwright drives the browser at
``CHROMIUM`` (``/usr/bin/chromium``, or ``$NEWSMODEL_CHROMIUM``); Playwright's own
browser downloads are never used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

CHROMIUM = Path(os.environ.get("NEWSMODEL_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def missing() -> str | None:
    """Why the browser cannot be had here, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return 'needs Playwright for Python: pip install -e ".[test]"'
    if not CHROMIUM.exists():
        return f"needs Chromium at {CHROMIUM}: apt-get install -y chromium (.ci/run installs it)"
    return None


#: Measures the page in the browser: every element with data-quotation, and the page.
MEASURE_JS = """
() => {
  const width = document.documentElement.clientWidth;
  const quotations = {};
  for (const el of document.querySelectorAll('[data-quotation]')) {
    const index = el.dataset.quotation;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const entry = quotations[index] || (quotations[index] = {
      elements: 0, visible: false, highlighted: false, speakers: [], inside: true});
    entry.elements += 1;
    entry.speakers.push(el.dataset.speaker);
    if (box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
        && style.display !== 'none' && parseFloat(style.opacity) > 0) entry.visible = true;
    if (style.backgroundColor !== 'rgba(0, 0, 0, 0)'
        && parseFloat(style.borderBottomWidth) > 0) entry.highlighted = true;
    if (box.left < -0.5 || box.right > width + 0.5) entry.inside = false;
  }
  const overflowing = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      overflowing.push(el.tagName + '.' + el.className);
  }
  return {
    quotations,
    overflowing,
    scrollWidth: document.documentElement.scrollWidth,
    width,
  };
}
"""


@attrs.frozen
class Seen:
    """What the browser showed of one page."""

    quotations: dict[int, dict[str, Any]]
    overflowing: list[str]
    scroll_width: int
    width: int
    console_errors: list[str]
    requests: list[str]

    @property
    def indexes(self) -> set[int]:
        return set(self.quotations)

    @property
    def hidden(self) -> list[int]:
        """Quotations with no visible, highlighted element inside the window."""
        return sorted(
            i
            for i, q in self.quotations.items()
            if not (q["visible"] and q["highlighted"] and q["inside"])
        )

    @property
    def overflows(self) -> bool:
        return self.scroll_width > self.width or bool(self.overflowing)


class Browser:
    """One headless Chromium; :meth:`open` shows a page in a fresh tab and measures it."""

    def __init__(self, chromium: Any) -> None:
        self.chromium = chromium

    def open(
        self,
        path: Path,
        *,
        width: int = 1000,
        screenshot: Path | None = None,
        then: Any = None,
    ) -> Seen:
        """Load the file at ``path``, measure it, run ``then(page)`` if given, and save a
        full-page screenshot at ``screenshot``."""
        page = self.chromium.new_page(viewport={"width": width, "height": 800})
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        try:
            page.goto(path.resolve().as_uri())
            found = page.evaluate(MEASURE_JS)
            if then is not None:
                then(page)
            if screenshot is not None:
                page.screenshot(path=str(screenshot), full_page=True)
        finally:
            page.close()
        return Seen(
            {int(k): v for k, v in found["quotations"].items()},
            found["overflowing"],
            found["scrollWidth"],
            found["width"],
            errors,
            [url for url in requests if url != path.resolve().as_uri()],
        )


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium for the duration of the block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield Browser(launched)
        finally:
            launched.close()


def open_page(path: Path, screenshot: Path | None = None) -> tuple[list[str], dict[str, Any]]:
    """Open a local page (the report's, say) and return the console and page errors it
    gave, the requests it made beyond itself among them, and a few facts of the page as
    the browser sees it: its title, the number of SVG charts and of tables, and the
    width of the first chart. Skips the test, saying why, where the browser is missing."""
    import pytest

    reason = missing()
    if reason is not None:
        pytest.skip(reason)
    facts: dict[str, Any] = {}

    def read(page: Any) -> None:
        facts["title"] = page.title()
        facts["charts"] = page.locator(".chart svg").count()
        facts["tables"] = page.locator("table").count()
        facts["width"] = page.evaluate(
            "(() => { const s = document.querySelector('.chart svg');"
            " return s ? s.getBBox().width : 0; })()"
        )

    with chromium() as browser:
        seen = browser.open(path, then=read, screenshot=screenshot)
    errors = seen.console_errors + [f"request {url}" for url in seen.requests]
    return errors, facts
