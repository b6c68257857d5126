"""The report's charts, drawn with matplotlib (the ``charts`` extra) as SVG text.

Each chart is a :class:`matplotlib.figure.Figure` built directly, never through pyplot's
global state, and written to SVG in memory; the page inlines it. Charts are drawn from the
report's tables only:

- ``sources_by_outlet``: sources by gender per outlet, stacked bars (the whole corpus as
  one bar when the input names no outlets);
- ``top_sources``: the most quoted people, bars coloured by gender;
- ``women_over_time``: the share of women among sources of known gender, month by month.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsmodel.errors import MissingDependencyError

__all__ = ["COLOURS", "charts"]

#: Colours by gender (colour-blind safe: Okabe and Ito's palette).
COLOURS = {"female": "#CC79A7", "male": "#0072B2", "unknown": "#BBBBBB"}
_GENDERS = ("female", "male", "unknown")
Rows = Sequence[Mapping[str, Any]]


def _figure_class() -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingDependencyError("the report's charts", "charts") from None
    return Figure


def _svg(figure: Any) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = out.getvalue()
    text = text[max(0, text.find("<svg")) :]
    # the RDF metadata block names vocabularies by URL: no use in a page
    start, end = text.find("<metadata>"), text.find("</metadata>")
    if 0 <= start < end:
        text = text[:start] + text[end + len("</metadata>") :]
    return text


def _sources_by_outlet(figure_class: Any, tables: Mapping[str, Rows]) -> str:
    rows = list(tables["by_outlet"])
    if rows:
        labels = [str(r["outlet"]) for r in rows][:30]
        values = {g: [int(r[f"sources_{g}"]) for r in rows][:30] for g in _GENDERS}
    else:
        by_gender = {str(r["gender"]): int(r["sources"]) for r in tables["by_gender"]}
        labels = ["all articles"]
        values = {g: [by_gender.get(g, 0)] for g in _GENDERS}
    figure = figure_class(figsize=(7.5, 0.45 * len(labels) + 1.4))
    ax = figure.add_subplot()
    left = [0] * len(labels)
    for gender in _GENDERS:
        ax.barh(labels, values[gender], left=left, color=COLOURS[gender], label=gender)
        left = [a + b for a, b in zip(left, values[gender], strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("sources (people quoted, per article)")
    ax.set_title("Sources by gender per outlet")
    ax.legend(loc="lower right", frameon=False)
    return _svg(figure)


def _top_sources(figure_class: Any, tables: Mapping[str, Rows]) -> str:
    rows = list(tables["top_speakers"])[:15]
    figure = figure_class(figsize=(7.5, 0.38 * max(len(rows), 1) + 1.4))
    ax = figure.add_subplot()
    names = [str(r["name"]) for r in rows]
    counts = [int(r["quotations"]) for r in rows]
    colours = [COLOURS.get(str(r["gender"]), COLOURS["unknown"]) for r in rows]
    ax.barh(names, counts, color=colours)
    ax.invert_yaxis()
    ax.set_xlabel("quotations")
    ax.set_title("Top sources (colour: gender)")
    if not rows:
        ax.text(0.5, 0.5, "no person quoted", ha="center", va="center", transform=ax.transAxes)
    return _svg(figure)


def _women_over_time(figure_class: Any, tables: Mapping[str, Rows]) -> str:
    rows = [r for r in tables["by_month"] if r["sources_women_share"] is not None]
    figure = figure_class(figsize=(7.5, 3.2))
    ax = figure.add_subplot()
    if rows:
        months = [str(r["month"]) for r in rows]
        shares = [100 * float(r["sources_women_share"]) for r in rows]
        ax.plot(months, shares, marker="o", color=COLOURS["female"])
        ax.set_ylim(0, 100)
        ax.set_ylabel("women among sources (%)")
        if len(months) > 12:
            ax.set_xticks(months[:: max(1, len(months) // 12)])
        ax.tick_params(axis="x", labelrotation=45)
    else:
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            "No dates in the input: give articles a published date, or name a date field.",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
    ax.set_title("Share of women among sources over time")
    return _svg(figure)


_CHARTS: dict[str, Callable[[Any, Mapping[str, Rows]], str]] = {
    "sources_by_outlet": _sources_by_outlet,
    "top_sources": _top_sources,
    "women_over_time": _women_over_time,
}


def charts(tables: Mapping[str, Rows]) -> dict[str, str]:
    """Each chart of the report as SVG text, by name. Raises
    :class:`~newsmodel.errors.MissingDependencyError` without matplotlib."""
    figure_class = _figure_class()
    return {name: draw(figure_class, tables) for name, draw in _CHARTS.items()}
