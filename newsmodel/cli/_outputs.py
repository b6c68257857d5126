"""Writing articles: the registry formats, and the outline and text only the command line
writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

import newsmodel
from newsmodel.cli._common import (
    _clip,
    _plural,
    _UnreadableError,
)
from newsmodel.cli._inputs import (
    Source,
)
from newsmodel.cli._tables import TABLE_OUTPUTS

#: The registry formats that hold many articles in one stream, one per line.
STREAM_FORMATS = frozenset({"jsonl"})


def outline(article: newsmodel.Article) -> str:
    """A readable outline of an article: its fields, paragraphs by kind, quotations, speakers."""
    lines: list[str] = []

    def field(label: str, value: object) -> None:
        lines.append(f"{label:<13} {'-' if value in (None, '', ()) else value}")

    field("Headline", article.headline)
    d = article.dateline
    if d is None:
        field("Dateline", None)
    else:
        parts = [
            f"{k}: {v}"
            for k, v in (("place", d.location), ("source", d.source), ("date", d.date))
            if v
        ]
        field("Dateline", f"{_clip(d.text, 50)}" + (f"  [{'; '.join(parts)}]" if parts else ""))
    b = article.byline
    field(
        "Byline",
        None
        if b is None
        else _clip(b.text, 60) + (f"  [organisation: {b.organisation}]" if b.organisation else ""),
    )
    field("Authors", "; ".join(article.authors))
    field("Contributors", "; ".join(article.contributors))
    field("Published", article.published.isoformat() if article.published else None)
    field("Modified", article.modified.isoformat() if article.modified else None)
    field("URL", article.url)
    field("Language", article.language)

    kinds: dict[str, int] = {}
    for p in article.paragraphs:
        kinds[p.kind.value] = kinds.get(p.kind.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    lines.append("")
    lines.append(f"Paragraphs ({len(article.paragraphs)}{': ' + summary if summary else ''})")
    for i, p in enumerate(article.paragraphs):
        lines.append(
            f"  {i:>3}  {p.kind.value:<12} {_plural(len(p.sentences), 'sentence'):<12} {_clip(p.text, 60)}"
        )

    lines.append("")
    lines.append(f"Quotations ({len(article.quotations)})")
    for i, q in enumerate(article.quotations):
        where = f"¶{q.paragraph}" if q.paragraph is not None else "¶-"
        a = q.attribution
        if a is None:
            who, cue = "(nobody)", "-"
        else:
            s = a.speaker
            mention = f', "{s.mention.text}"' if s.mention and s.mention.text != s.name else ""
            who = f"{s.name} ({s.kind.value}{mention})"
            cue = a.cue.text if a.cue else "-"
        lines.append(
            f"  {i:>3}  {q.kind.value:<9} {where:<5} {_clip(who, 30):<30} {_clip(cue, 10):<10} {_clip(q.text, 40)}"
        )

    speakers = article.speakers
    lines.append("")
    lines.append(f"Speakers ({len(speakers)})")
    for sp in speakers:
        about = "; ".join(x for x in (sp.title, sp.description) if x)
        lines.append(
            f"  {sp.name} ({sp.kind.value}): {_plural(len(sp.quotations), 'quotation')}"
            + (f"; {_clip(about, 60)}" if about else "")
        )
    return "\n".join(lines) + "\n"


def _plain_text(article: newsmodel.Article) -> str:
    """The article's paragraphs as plain text, separated by blank lines."""
    texts = [p.text for p in article.paragraphs]
    has_headline = any(p.kind is newsmodel.ParagraphKind.HEADLINE for p in article.paragraphs)
    if article.headline and not has_headline and (not texts or texts[0] != article.headline):
        texts.insert(0, article.headline)
    return "\n\n".join(texts) + "\n"


def _cli_outputs() -> dict[str, tuple[str, Callable[[newsmodel.Article], str]]]:
    """Outputs the command line writes beyond the registry: name -> (description, writer)."""
    outputs: dict[str, tuple[str, Callable[[newsmodel.Article], str]]] = {
        "outline": ("a readable outline of the structure, for people", outline)
    }
    if "text" not in newsmodel.formats:
        outputs["text"] = ("the paragraphs as plain text, separated by blank lines", _plain_text)
    return outputs


#: Names of the outputs only the command line writes (``outline``, and ``text`` until
#: a registry format of that name exists).
CLI_OUTPUTS = ("outline", "text")


def _writable() -> list[str]:
    names = {n for n, f in newsmodel.formats.items() if f.can_write}
    return sorted(names | set(_cli_outputs()) | set(TABLE_OUTPUTS))


def _readable() -> list[str]:
    return sorted(n for n, f in newsmodel.formats.items() if f.can_read)


class Writer:
    """Writes articles in one output format to a stream, or one file each to a folder."""

    def __init__(
        self,
        name: str,
        stream: IO[str] | None = None,
        folder: Path | None = None,
        *,
        indent: int | None = None,
    ) -> None:
        self.name = name
        self.stream = stream
        self.folder = folder
        self.indent = indent
        self.written = 0
        self._files: dict[Path, str] = {}
        cli = _cli_outputs().get(name)
        self._cli_writer = cli[1] if cli else None

    @property
    def streams_many(self) -> bool:
        """Whether many articles can follow one another in one stream of this format."""
        return self.name in STREAM_FORMATS

    @property
    def extension(self) -> str:
        if self.name in newsmodel.formats:
            return newsmodel.formats[self.name].extension
        return ".txt"

    def render(self, article: newsmodel.Article) -> str:
        """The article in this writer's format, ending with a newline."""
        if self._cli_writer is not None:
            out = self._cli_writer(article)
        elif self.name == "json" and self.indent is not None:
            out = newsmodel.dumps(article, format="json", indent=self.indent)
        else:
            out = newsmodel.dumps(article, format=self.name)
        return out if out.endswith("\n") else out + "\n"

    def write(self, article: newsmodel.Article, source: Source | None = None) -> None:
        """Write one article (to the folder, under the name of its source)."""
        if source is None:
            self.put(self.render(article))
        else:
            self.put(self.render(article), source.name, source.relative)

    def put(self, out: str, name: str = "<stdin>", relative: Path | None = None) -> None:
        """Write one article already rendered (to the folder, under ``relative``)."""
        if self.folder is None:
            assert self.stream is not None
            self.stream.write(out)
        else:
            target = self.folder / (relative or Path("stdin")).with_suffix(self.extension)
            earlier = self._files.get(target)
            if earlier is not None:
                raise _UnreadableError(f"would overwrite {target}, written for {earlier}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(out)
            self._files[target] = name
        self.written += 1
