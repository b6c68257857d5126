"""The newsmodel command line.

``main(argv=None) -> int`` runs one subcommand and returns the exit status:

- ``newsmodel parse [FILE|DIR|-]... --to FORMAT``: parse plain-text articles (and
  web pages ending ``.html``/``.htm``) and write them in any writable format of the
  registry, or as an ``outline`` for people;
- ``newsmodel convert FILE --from FORMAT --to FORMAT``: read and write via the registry;
- ``newsmodel demo``: the structure of the built-in sample article;
- ``newsmodel formats``: the formats, with what each can read and write.

The command line uses only newsmodel's public API. It reads input as UTF-8; a file
in another 8-bit encoding is read as cp1252 (or latin-1) with a one-line warning
naming it. Every problem (an unreadable file, a malformed document) is one line
on stderr, ``newsmodel: error: <file>: <reason>``, and the exit status is 1 once
any input failed; the other inputs are still processed. Usage errors exit with 2.

Parsing runs as a pipeline of three steps, so that batch features can wrap any
of them: :func:`iter_sources` yields each input's name and content,
:func:`parse_source` turns one into an Article, and a :class:`Writer` writes
articles in the chosen format.

Batches: ``parse`` also reads JSON Lines files of raw articles (one object a line
with ``"text"`` and optional ``"headline"``, ``"url"``, ``"published"``,
``"language"``, ``"id"``), runs on several processes with ``--workers N`` (each
worker reads, decodes, parses and renders its inputs, the parent only writes, in
input order), shows a progress bar on stderr when stderr is a terminal, and closes
with a summary line.
"""

from newsmodel.cli._batch import ITEM_KEYS
from newsmodel.cli._common import Reporter
from newsmodel.cli._inputs import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    Source,
    iter_sources,
    parse_source,
)
from newsmodel.cli._main import build_parser, main
from newsmodel.cli._outputs import CLI_OUTPUTS, Writer, outline

__all__ = [
    "CLI_OUTPUTS",
    "HTML_SUFFIXES",
    "ITEM_KEYS",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "Reporter",
    "Source",
    "Writer",
    "build_parser",
    "iter_sources",
    "main",
    "outline",
    "parse_source",
]
