"""The HTML view in a real headless Chromium: every quotation drawn, visible and highlighted,
nothing overflowing, no console error, nothing fetched, and the keyboard reaching every
quotation. Each test saves a screenshot under its temporary folder.

Skips, saying why, only where the browser is missing (.ci/run installs Debian's chromium).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.sample import sample_article
from newsmodel.views import to_html
from tests import browser
from tests.conftest import corpus
from tests.views_articles import hostile, tangled

#: PolNeAR dev articles opened by the suite (bench/tables.py opens 40).
POLNEAR_SAMPLE = 8


@pytest.fixture(scope="module")
def chromium() -> Iterator[browser.Browser]:
    reason = browser.missing()
    if reason is not None:
        pytest.skip(reason)
    with browser.chromium() as opened:
        yield opened


def show(
    chromium: browser.Browser,
    article: newsmodel.Article,
    tmp_path: Path,
    name: str,
    **options: Any,
) -> browser.Seen:
    """Write the article's page, open it, and check what every page must be."""
    path = tmp_path / f"{name}.html"
    path.write_text(to_html(article), encoding="utf-8")
    screenshot = tmp_path / f"{name}.png"
    seen = chromium.open(path, screenshot=screenshot, **options)
    assert screenshot.stat().st_size > 1000
    assert seen.console_errors == []
    assert seen.requests == []
    assert seen.indexes == set(range(len(article.quotations)))
    assert seen.hidden == []
    assert not seen.overflows, seen.overflowing[:5]
    return seen


def test_sample_article_page(chromium: browser.Browser, tmp_path: Path) -> None:
    """The sample article: every quotation visible and highlighted, with its speaker."""
    article = sample_article()
    seen = show(chromium, article, tmp_path, "sample")
    for i, q in enumerate(article.quotations):
        assert set(seen.quotations[i]["speakers"]) == {q.speaker.name if q.speaker else ""}


@pytest.mark.parametrize("width", [1200, 360])
def test_tangled_quotations_page(chromium: browser.Browser, tmp_path: Path, width: int) -> None:
    """Nested, overlapping and paragraph-crossing quotations all show, on a wide window and
    on a phone's."""
    seen = show(chromium, tangled(), tmp_path, f"tangled-{width}", width=width)
    assert seen.quotations[2]["elements"] == 3


def test_hostile_text_stays_text(chromium: browser.Browser, tmp_path: Path) -> None:
    """Markup, style sheets and control characters in the text run nothing and hide nothing;
    a very long word wraps instead of overflowing."""

    def check(page: Any) -> None:
        assert page.evaluate("document.querySelectorAll('script, img, body style').length") == 0
        assert page.evaluate("getComputedStyle(document.body).display") == "block"
        shown = page.inner_text(".nm-text")
        assert "<script>alert(1)</script>" in shown
        assert "<img src=x onerror=alert(2)>" in shown

    show(chromium, hostile(), tmp_path, "hostile", width=480, then=check)


def test_keyboard_reaches_every_quotation(chromium: browser.Browser, tmp_path: Path) -> None:
    """Tab moves through the quotations in order; the focused one shows its kind, speaker,
    rule and confidence at the foot of the window."""
    article = sample_article()
    count = len(article.quotations)
    focused: list[int] = []
    tips: list[str] = []

    def tab_through(page: Any) -> None:
        for _ in range(count + 3 * len(article.speakers) + 20):
            page.keyboard.press("Tab")
            index = page.evaluate("document.activeElement.dataset.quotation")
            if index is not None:
                focused.append(int(index))
                tips.append(
                    page.evaluate("getComputedStyle(document.activeElement, '::after').content")
                )
        page.focus('[data-quotation="3"]')
        page.screenshot(path=str(tmp_path / "focused.png"))

    show(chromium, article, tmp_path, "keyboard", then=tab_through)
    assert focused[:count] == list(range(count))
    q = article.quotations[3]
    assert q.attribution is not None
    tip = tips[3]
    for part in (q.kind.value, q.attribution.speaker.name, q.attribution.rule, "confidence"):
        assert part in tip


def test_notebook_view_keeps_its_style_to_itself(chromium: browser.Browser, tmp_path: Path) -> None:
    """The _repr_html_ fragment inside a host page styles itself and not the host."""
    article = sample_article()
    host = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>p { line-height: 11px; }"
        "</style></head><body><p id='host'>The notebook's own paragraph.</p>"
        f"{article._repr_html_()}</body></html>"
    )
    path = tmp_path / "notebook.html"
    path.write_text(host, encoding="utf-8")
    line_heights: list[str] = []

    def measure(page: Any) -> None:
        line_heights.append(
            page.evaluate("getComputedStyle(document.getElementById('host')).lineHeight")
        )

    seen = chromium.open(path, screenshot=tmp_path / "notebook.png", then=measure)
    assert line_heights == ["11px"]
    assert seen.console_errors == []
    assert seen.indexes == set(range(len(article.quotations)))
    assert seen.hidden == []


def test_polnear_articles_open_cleanly(chromium: browser.Browser, tmp_path: Path) -> None:
    """Real political news (PolNeAR dev): each page opens without a console error and shows
    every quotation parse_text finds."""
    paths = sorted(corpus("polnear", "dev").glob("*.txt"))
    step = max(1, len(paths) // POLNEAR_SAMPLE)
    quotations = 0
    for path in paths[::step][:POLNEAR_SAMPLE]:
        article = newsmodel.parse_text(path.read_text(encoding="utf-8"))
        quotations += len(article.quotations)
        show(chromium, article, tmp_path, path.stem)
    assert quotations > 50
