"""The report as one self-contained HTML page: inline styles, inline SVG charts, the
tables; no script, no network."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["page"]

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 62em;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: 0.92em; }
"""

_TITLES = {
    "overview": "Overview",
    "by_gender": "By gender",
    "by_kind": "Quotations by kind of speaker and of quotation",
    "by_role": "By role",
    "top_speakers": "Top speakers",
    "by_outlet": "By outlet",
    "by_month": "By month",
}
_CHART_TITLES = {
    "sources_by_outlet": "Sources by gender per outlet",
    "top_sources": "Top sources",
    "women_over_time": "Share of women over time",
}
_ABOUT = (
    "Sources are the people an article quotes, people mentioned everyone it names; each "
    "counts once per article. Gender is read from how each article refers to the person "
    "(pronouns, honorifics, gendered nouns) and, only when it says nothing, from first-name "
    "statistics; role from the titles and descriptions it gives. Both are estimates: see "
    "newsmodel's docs/people.md for what they can and cannot know."
)


def _cell(value: Any) -> str:
    if value is None:
        return "<td>-</td>"
    if isinstance(value, float):
        return f'<td class="n">{value:.3f}</td>'
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<td class="n">{value:,}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def _table(rows: Sequence[Mapping[str, Any]]) -> str:
    if not rows:
        return '<p class="note">Nothing to show: the input says nothing of this.</p>'
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in columns)
    body = "\n".join("<tr>" + "".join(_cell(r.get(c)) for c in columns) + "</tr>" for r in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def page(
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    charts: Mapping[str, str],
    *,
    title: str = "Who gets quoted",
    note: str | None = None,
) -> str:
    """The HTML page of a report: its charts (SVG text by name) and its tables."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="note">{html.escape(_ABOUT)}</p>',
    ]
    if note:
        parts.append(f'<p class="note">{html.escape(note)}</p>')
    for name, svg in charts.items():
        parts.append(f"<h2>{html.escape(_CHART_TITLES.get(name, name))}</h2>")
        parts.append(f'<div class="chart" id="chart-{html.escape(name)}">{svg}</div>')
    for name, rows in tables.items():
        parts.append(f'<h2 id="{html.escape(name)}">{html.escape(_TITLES.get(name, name))}</h2>')
        parts.append(_table(rows))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
