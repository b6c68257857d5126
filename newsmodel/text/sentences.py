"""Sentence splitting: where the sentences of a paragraph begin and end.

:func:`split_sentences` returns the :class:`~newsmodel.model.Span` of each sentence
of ``text[start:end]``, in order, without the white space around it. It works in one
pass over the text and decides each candidate boundary (``.``, ``?``, ``!``, ``…``
with any closing quotes and brackets) by named rules:

- a word in lower case after the mark never starts a sentence (``Yahoo! in``,
  ``"This is great." she said``, ``the U.S. for 20 years``);
- ``?`` and ``!`` end a sentence before anything else;
- an ellipsis ends one before a capital, except the spaced three-dot omission
  ``. . .`` and a bracketed ``[...]``;
- a sentence that ends inside a quotation ends after the closing mark;
- after a period, the word before it decides: a title (``Mr.``, ``Sen.``, ``Gov.``)
  never ends a sentence, a number abbreviation (``No.``, ``Vol.``) does not before a
  number, an abbreviation that can end a sentence (``Inc.``, ``Calif.``, ``U.S.``,
  ``a.m.``, an initial) ends one only before a sentence starter (``The``, ``He``,
  ``However`` ...), and any other word ends one before a capital, digit or symbol;
- list items (``1. ... 2. ...``, ``a) ... b) ...``) and bullets start sentences.

The abbreviations, sentence starters and prepositions are package data written for
newsmodel (``newsmodel/text/data/sentences_en.txt``); NLTK's downloadable punkt
models are used only when asked for (``use_nltk_data=True``). Single newlines are
white space like any other, so hard-wrapped wire copy splits as if it were one line.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from newsmodel.errors import FormatError, InputError, MissingDataError
from newsmodel.model import Span

__all__ = [
    "AbbreviationKind",
    "Boundary",
    "BoundaryRule",
    "SentenceSplitter",
    "SplitterData",
    "punkt_parameters",
    "sentence_bounds",
    "split_sentences",
]

#: A candidate boundary: a run of final marks (periods of a spaced ellipsis count as
#: one run) and the closing quotes and brackets after it, followed by white space,
#: the end, or a capitalised word glued to it ("tsunami.Steve", "carpet.\"It").
#: The lookbehinds make a run start at its first mark, so a long run is read once.
CANDIDATE_RE = regex.compile(
    r"(?<![.?!…‽])(?<![.?!…‽][ \u00a0])"
    r"(?P<run>[.?!…‽](?:[ \u00a0]?[.?!…‽])*+)"
    r"(?P<close>[\"'”’»›)\]}]*+)"
    r"(?=\s|\Z|\p{Lu}\p{Ll})"
)
#: A final mark, a space and an ellipsis that opens the next sentence: ". ...".
LEADING_ELLIPSIS_RE = regex.compile(r"[.?!][ \u00a0](?:\.\.\.|…)")
#: White space between sentences: what str.isspace takes, the information separators
#: U+001C to U+001F included (which Unicode's White_Space, and so regex's \s, leaves out).
SPACE_RE = regex.compile(r"[\s\x1c-\x1f]*+")
#: Closing quotes and brackets.
CLOSERS_RE = regex.compile(r"[\"'”’»›)\]}]++")
#: Opening quotes and brackets before the first word of a sentence.
OPENERS_RE = regex.compile(r"[\"'“‘„«‹(\[{¿¡]*+")
#: A word: letters, and hyphenated parts ("Under-Secretary").
WORD_RE = regex.compile(r"\p{L}++(?:-\p{L}++)*+")
#: A word in lower case that is a name all the same ("iPhone", "eBay").
CAMEL_RE = regex.compile(r"\p{Ll}{1,2}\p{Lu}")
#: A letter or number or letter-and-period chain before a final period: "J", "U.S", "a.m".
INITIALS_RE = regex.compile(r"(?:\p{L}\.)*+\p{L}")
#: The label of a list item at the start of a sentence: "1", "12", "a".
ENUMERATOR_RE = regex.compile(r"\d{1,3}|\p{L}")
#: What may come before the first word of a sentence: space, bullets, opening marks.
LEAD_RE = regex.compile(r"[\s•⁃▪◦‣●*\"'“‘„«‹(\[{]*+")
#: A letter or digit: a sentence needs one before it can end.
ALNUM_RE = regex.compile(r"[\p{L}\p{N}]")
#: A bullet that opens a list item: "• 9. The first item", "⁃9. The first item".
BULLET_RE = regex.compile(r"(?<!\S)[•⁃▪◦‣●]|(?<=\n[ \t]*+)\*(?=[ \t])")
#: A list item label followed by a capitalised word: "1. The", "2.) The", "b) The".
LIST_MARKER_RE = regex.compile(
    r"(?<![^\s•⁃▪◦‣●])(?P<label>\d{1,3}|\p{Ll})(?P<sep>\.\)|\)|\.)(?=[ \t\n]++\p{Lu})"
)
#: The first label of a list at the start of a paragraph: "1. The", "a) The".
LIST_START_RE = regex.compile(r"[•⁃▪◦‣●]?+\s*+(?:1|a)(?:\.\)|\)|\.)\s")
#: The first label of a list after a colon, a newline or a bullet (a quick test that
#: spares paragraphs without lists the slower LIST_MARKER_RE).
LIST_OPENER_RE = regex.compile(r"[:\n•⁃▪◦‣●][ \t]*+(?:1|a)(?:\.\)|\)|\.)\s")
#: A conjunction ending the text before a list label ("X and 2) Y").
LIST_JOINER_RE = regex.compile(r"(?<!\S)(?:and|or|&)\Z")
#: A sentence adverb ("Initially", "Currently", "Unfortunately"), which starts a
#: sentence where a name ("Kelly", "Beverly") would not.
ADVERB_RE = regex.compile(r"\p{L}{2,}+(?<=ally|ntly|ously|ively|ately|edly|ingly|fully|ably|ibly)")
#: A data file section header: "[title]".
SECTION_RE = regex.compile(r"\[(?P<name>[a-z]++)\]")

_TOKEN_WINDOW = 40  # the longest word before a period that is looked at
_FRAGMENT_WINDOW = 40  # the longest sentence opening that can be a fronted phrase
_FRAGMENT_WORDS = 4
_STRONG = frozenset("?!‽")
_AFTER_CLOSING = frozenset(",;:.?!)]}")
_QUOTES = frozenset("\"'”’»›")
_TOKEN_OPENERS = "\"'“‘„«‹([{¿¡"
_BULLETS = frozenset("•⁃▪◦‣●*")
#: Characters one of which every match of BULLET_RE is, and one of which comes before
#: every match of LIST_OPENER_RE: paragraphs without them skip those patterns.
_BULLET_CHARS = "•⁃▪◦‣●*"
_LIST_OPENER_CHARS = ":\n•⁃▪◦‣●"
#: ... and one of these first labels is in it too.
_FIRST_LABELS = ("1.", "1)", "a.", "a)")
#: What LEAD_RE can match besides white space: a sentence that starts otherwise has
#: no lead.
_LEAD_CHARS = frozenset("•⁃▪◦‣●*\"'“‘„«‹([{")
#: The characters of OPENERS_RE: a word that starts with none of them starts at once.
_OPENER_CHARS = frozenset("\"'“‘„«‹([{¿¡")
_WORD_MARKS = frozenset(".-'’°º&")  # inside a word before a period: "U.S", "R-Fla", "N°"
# NLTK's orthographic context flags (nltk.tokenize.punkt._ORTHO_*).
_ORTHO_MID_UC = 1 << 2
_ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)

_DATA_FILE = "sentences_en.txt"


class AbbreviationKind(enum.Enum):
    """How an abbreviation behaves at the end of a sentence."""

    #: Written before a name ("Mr.", "Sen."): never ends a sentence.
    TITLE = "title"
    #: Written before a number ("No. 3"): a word elsewhere.
    NUMBER = "number"
    #: Can end a sentence ("Inc.", "U.S."): ends one before a sentence starter.
    AMBIGUOUS = "ambiguous"


class BoundaryRule(enum.Enum):
    """The rule that decided a candidate sentence boundary."""

    #: A lower-case word follows: no boundary.
    LOWERCASE_NEXT = "lowercase-next"
    #: The sentence has no letter or digit yet: no boundary.
    NO_WORD_YET = "no-word-yet"
    #: Only opening marks follow: no boundary.
    NO_WORD_AFTER = "no-word-after"
    #: A question or exclamation mark: boundary.
    STRONG_MARK = "strong-mark"
    #: An ellipsis before a capital: boundary (otherwise none).
    ELLIPSIS = "ellipsis"
    #: A spaced three-dot or bracketed ellipsis marking an omission: no boundary.
    OMISSION = "omission"
    #: A period glued to a capitalised word that is no sentence ("www.DearAbby.com").
    GLUED = "glued"
    #: A period inside a closing quotation mark: boundary after the mark.
    QUOTE_CLOSED = "quote-closed"
    #: The period of a list item label ("1.", "a.") at the start of a sentence.
    ENUMERATION = "enumeration"
    #: A title ("Mr.", "Gov."): no boundary.
    TITLE = "title"
    #: A number abbreviation before a number ("No. 3"): no boundary.
    NUMBER_ABBREVIATION = "number-abbreviation"
    #: An abbreviation or initial before a sentence starter: boundary.
    ABBREVIATION_STARTER = "abbreviation-starter"
    #: An abbreviation or initial before a name or number: no boundary.
    ABBREVIATION = "abbreviation"
    #: A short fronted phrase ending in an abbreviation ("At 5 a.m."): no boundary.
    FRAGMENT = "fragment"
    #: An ordinary word, then a capital, digit or symbol: boundary.
    PERIOD = "period"
    #: A list item label continuing a numbered or lettered list: boundary before it.
    LIST_ITEM = "list-item"
    #: A bullet: boundary before it.
    BULLET = "bullet"


@attrs.frozen
class Boundary:
    """A candidate sentence boundary and how it was decided.

    ``position`` is where the sentence would end (after the mark and any closing
    quotes), ``split`` whether it does, ``rule`` the rule that said so.
    """

    position: int
    split: bool
    rule: BoundaryRule


def _kinds(value: Mapping[str, AbbreviationKind]) -> dict[str, AbbreviationKind]:
    return dict(value)


def _words(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _flags(value: Mapping[str, int]) -> dict[str, int]:
    return dict(value)


@attrs.frozen(eq=False)
class SplitterData:
    """The word lists the splitter decides by.

    ``exact`` maps abbreviations as written (and in all capitals) to their kind,
    ``folded`` maps lower-case abbreviations that match in any case; ``starters``
    and ``prepositions`` are lower case. ``ortho_context`` holds NLTK punkt's
    orthographic flags by lower-case word when NLTK data was merged in.
    """

    exact: dict[str, AbbreviationKind] = attrs.field(converter=_kinds)
    folded: dict[str, AbbreviationKind] = attrs.field(converter=_kinds)
    starters: frozenset[str] = attrs.field(converter=_words)
    prepositions: frozenset[str] = attrs.field(converter=_words)
    ortho_context: dict[str, int] = attrs.field(factory=dict, converter=_flags)

    @classmethod
    def from_text(cls, text: str, *, source: str = "sentence data") -> SplitterData:
        """Read the data file format of ``newsmodel/text/data/sentences_en.txt``."""
        exact: dict[str, AbbreviationKind] = {}
        folded: dict[str, AbbreviationKind] = {}
        starters: set[str] = set()
        prepositions: set[str] = set()
        section: str | None = None
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            header = SECTION_RE.fullmatch(line)
            if header is not None:
                section = header["name"]
                if section not in ("starter", "preposition") and section not in {
                    k.value for k in AbbreviationKind
                }:
                    raise FormatError(
                        f"unknown section [{section}]", format=source, where=f"line {number}"
                    )
                continue
            if section is None:
                raise FormatError(
                    "words before the first [section]", format=source, where=f"line {number}"
                )
            for word in line.split():
                if section == "starter":
                    starters.add(word.lower())
                elif section == "preposition":
                    prepositions.add(word.lower())
                else:
                    kind = AbbreviationKind(section)
                    table, keys = (
                        (folded, [word]) if word == word.lower() else (exact, [word, word.upper()])
                    )
                    for key in keys:
                        known = table.get(key)
                        if known is not None and known is not kind:
                            raise FormatError(
                                f"{word!r} is listed as {known.value} and as {kind.value}",
                                format=source,
                                where=f"line {number}",
                            )
                        table[key] = kind
        return cls(exact, folded, starters, prepositions)

    @classmethod
    def builtin(cls) -> SplitterData:
        """The data shipped with newsmodel, for English."""
        return _builtin_data()

    def with_punkt(self, params: Any) -> SplitterData:
        """This data with the abbreviations, sentence starters and orthographic
        context of an NLTK ``PunktParameters`` added (ours win where both say)."""
        folded = dict(self.folded)
        for word in params.abbrev_types:
            if word not in folded and word not in self.exact:
                folded[word] = AbbreviationKind.AMBIGUOUS
        return SplitterData(
            self.exact,
            folded,
            self.starters | {w.lower() for w in params.sent_starters},
            self.prepositions,
            {**self.ortho_context, **dict(params.ortho_context)},
        )

    def kind(self, word: str) -> AbbreviationKind | None:
        """The kind of abbreviation ``word`` (written without its final period) is,
        if it is one: a listed word, a single letter or a letter-period chain; the
        part after a hyphen counts too ("R-Fla")."""
        kind = self.exact.get(word)
        if kind is None:
            kind = self.folded.get(word.lower())
        if kind is None and _initials(word):
            kind = AbbreviationKind.AMBIGUOUS
        if kind is None and "-" in word:
            tail = word.rsplit("-", 1)[1]
            if tail:
                kind = self.exact.get(tail) or self.folded.get(tail.lower())
                if kind is None and _initials(tail):
                    kind = AbbreviationKind.AMBIGUOUS
        return kind

    def starts_sentence(self, word: str) -> bool:
        """Whether a capitalised ``word`` after an abbreviation starts a sentence."""
        lower = word.lower()
        if lower in self.starters or ADVERB_RE.fullmatch(lower) is not None:
            return True
        flags = self.ortho_context.get(lower, 0)
        return bool(flags & _ORTHO_LC) and not flags & _ORTHO_MID_UC

    def abbreviations(self) -> frozenset[str]:
        """Every abbreviation listed, in lower case, without its final period."""
        return frozenset(w.lower() for w in self.exact) | frozenset(self.folded)


def _initials(word: str) -> bool:
    """Whether INITIALS_RE matches all of ``word`` (which needs one letter, or a period
    after the first letter)."""
    return (len(word) == 1 or word[1:2] == ".") and INITIALS_RE.fullmatch(word) is not None


@functools.lru_cache(maxsize=1)
def _builtin_data() -> SplitterData:
    path = resources.files("newsmodel.text").joinpath("data").joinpath(_DATA_FILE)
    return SplitterData.from_text(path.read_text(encoding="utf-8"), source=_DATA_FILE)


class _Next(enum.Enum):
    """What the next sentence would start with."""

    LOWER = 1
    UPPER = 2
    DIGIT = 3
    OTHER = 4


# Enum members and the verdicts of _decide as plain names: reading an enum member as a
# class attribute costs a call, and _decide runs at every candidate boundary.
_UPPER, _DIGIT, _OTHER = _Next.UPPER, _Next.DIGIT, _Next.OTHER
_TITLE = AbbreviationKind.TITLE
_NUMBER = AbbreviationKind.NUMBER
_AMBIGUOUS = AbbreviationKind.AMBIGUOUS
_KEEP_ABBREVIATION = (False, BoundaryRule.ABBREVIATION)
_KEEP_ELLIPSIS = (False, BoundaryRule.ELLIPSIS)
_KEEP_ENUMERATION = (False, BoundaryRule.ENUMERATION)
_KEEP_FRAGMENT = (False, BoundaryRule.FRAGMENT)
_KEEP_GLUED = (False, BoundaryRule.GLUED)
_KEEP_LOWERCASE_NEXT = (False, BoundaryRule.LOWERCASE_NEXT)
_KEEP_NO_WORD_AFTER = (False, BoundaryRule.NO_WORD_AFTER)
_KEEP_NO_WORD_YET = (False, BoundaryRule.NO_WORD_YET)
_KEEP_NUMBER_ABBREVIATION = (False, BoundaryRule.NUMBER_ABBREVIATION)
_KEEP_OMISSION = (False, BoundaryRule.OMISSION)
_KEEP_TITLE = (False, BoundaryRule.TITLE)
_SPLIT_ABBREVIATION_STARTER = (True, BoundaryRule.ABBREVIATION_STARTER)
_SPLIT_ELLIPSIS = (True, BoundaryRule.ELLIPSIS)
_SPLIT_PERIOD = (True, BoundaryRule.PERIOD)
_SPLIT_QUOTE_CLOSED = (True, BoundaryRule.QUOTE_CLOSED)
_SPLIT_STRONG_MARK = (True, BoundaryRule.STRONG_MARK)


@attrs.frozen(eq=False)
class SentenceSplitter:
    """Splits paragraphs into sentences with the given :class:`SplitterData`."""

    data: SplitterData = attrs.field(factory=SplitterData.builtin)

    @classmethod
    def from_nltk(cls, language: str = "english") -> SentenceSplitter:
        """A splitter that also knows the installed NLTK punkt model of ``language``
        (``nltk.download("punkt_tab")``); raises
        :class:`~newsmodel.errors.MissingDataError` when it is not installed."""
        return _nltk_splitter(language)

    def split(self, text: str, start: int = 0, end: int | None = None) -> list[Span]:
        """The spans of the sentences in ``text[start:end]``."""
        return [Span(a, b) for a, b in self._run(text, start, end, None)]

    def explain(self, text: str, start: int = 0, end: int | None = None) -> list[Boundary]:
        """Every candidate boundary in ``text[start:end]`` with the rule that decided it."""
        record: list[Boundary] = []
        self._run(text, start, end, record)
        return record

    def _run(
        self, text: str, start: int, end: int | None, record: list[Boundary] | None
    ) -> list[tuple[int, int]]:
        stop = len(text) if end is None else end
        if not 0 <= start <= stop <= len(text):
            raise InputError(
                f"sentence region {start}:{end} does not lie inside the text "
                f"of {len(text)} characters"
            )
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start == stop:
            return []
        forced, labels = _forced_breaks(text, start, stop)
        forced_at = 0
        forced_count = len(forced)
        bounds: list[tuple[int, int]] = []
        sentence = start  # where the current sentence starts
        first_alnum = -1  # where its first letter or digit is, once looked up
        counted = start  # quotation marks are counted up to here
        straight = 0  # '"' marks before `counted`
        curly_open = 0  # opening minus closing curly double quotes before `counted`
        kinds: dict[str, AbbreviationKind | None] = {}  # data.kind of words seen
        for m in CANDIDATE_RE.finditer(text, start, stop):
            run_start, close_end = m.span()
            while forced_at < forced_count and forced[forced_at][0] <= run_start:
                position, rule = forced[forced_at]
                forced_at += 1
                if position > sentence:
                    bounds.append(_forced_bound(text, position, rule, record))
                    sentence, first_alnum = position, -1
            if close_end >= stop:
                break
            if first_alnum < 0:
                opening = text[sentence]
                if opening.isascii() and opening.isalnum():
                    first_alnum = sentence  # (ALNUM_RE would find it there)
                else:
                    found = ALNUM_RE.search(text, sentence, stop)
                    first_alnum = found.start() if found is not None else stop
            has_word = first_alnum < run_start
            run, closers = m.groups()  # (the groups "run" and "close")
            if len(run) > 2 and not closers and LEADING_ELLIPSIS_RE.fullmatch(run) is not None:
                # "winning again. ... America": the period ends the sentence, the
                # ellipsis opens the next.
                following = run_start + 2
                split, rule = self._decide(
                    text, run_start, ".", "", sentence, has_word, following, stop, False, kinds
                )
                if record is not None:
                    record.append(Boundary(run_start + 1, split, rule))
                if split:
                    bounds.append((run_start + 1, following))
                    sentence, first_alnum = following, -1
                continue
            if run_start in labels:
                if record is not None:
                    record.append(Boundary(close_end, False, BoundaryRule.ENUMERATION))
                continue
            glued = not text[close_end].isspace()
            if glued:
                following = close_end
            elif text[close_end] == " " and not text[close_end + 1].isspace():
                # One space (SPACE_RE takes what str.isspace takes).
                following = close_end + 1
            else:
                following = _skip(SPACE_RE, text, close_end, stop)
            sentence_end = close_end
            mark = text[following]
            if not glued and (mark in _QUOTES or mark in ")]}"):
                # A closing mark after a space ("win. ”He said") closes this sentence.
                after = text[following + 1] if following + 1 < stop else " "
                if mark in ")]}":
                    closes = True
                elif mark == '"' or mark == "”":
                    straight += text.count('"', counted, following)
                    curly_open += text.count("“", counted, following) - text.count(
                        "”", counted, following
                    )
                    counted = following
                    if mark == '"':
                        # Closes an open quotation unless a word follows at once: BBC
                        # copy opens each paragraph of a long quote ('. "Next').
                        closes = straight % 2 == 1 and not after.isalnum()
                    else:
                        closes = not after.isalnum() or after.islower() or curly_open > 0
                else:
                    # ' and ’ after a space open a quotation more often than they
                    # close one ("said. '' If", NYT style): only before punctuation.
                    closes = after in _AFTER_CLOSING
                if closes:
                    stray = CLOSERS_RE.match(text, following, stop)
                    if stray is not None:
                        sentence_end = stray.end()
                        closers += stray.group()
                        following = _skip(SPACE_RE, text, sentence_end, stop)
                        if following >= stop:
                            break
            word_at = (
                _skip(OPENERS_RE, text, following, stop)
                if text[following] in _OPENER_CHARS
                else following
            )
            split, rule = self._decide(
                text,
                run_start,
                run,
                closers,
                sentence,
                has_word,
                word_at,
                stop,
                glued,
                kinds,
            )
            if record is not None:
                record.append(Boundary(sentence_end, split, rule))
            if split:
                bounds.append((sentence_end, following))
                sentence, first_alnum = following, -1
        for position, rule in forced[forced_at:]:
            if position > sentence:
                bounds.append(_forced_bound(text, position, rule, record))
                sentence = position
        spans = []
        begin = start
        for last, following in bounds:
            spans.append((begin, last))
            begin = following
        spans.append((begin, stop))
        return spans

    def _decide(
        self,
        text: str,
        run_start: int,
        run: str,
        closers: str,
        sentence: int,
        has_word: bool,
        word_at: int,
        stop: int,
        glued: bool,
        kinds: dict[str, AbbreviationKind | None],
    ) -> tuple[bool, BoundaryRule]:
        if word_at >= stop:
            return _KEEP_NO_WORD_AFTER
        first = text[word_at]
        if first.islower():
            if CAMEL_RE.match(text, word_at) is None:
                return _KEEP_LOWERCASE_NEXT
            after = _UPPER
        elif first.isdigit():
            after = _DIGIT
        elif first.isalpha():
            after = _UPPER
        else:
            after = _OTHER
        if not has_word:
            return _KEEP_NO_WORD_YET
        if run != ".":  # (a single period, the usual run, is neither)
            if _STRONG.intersection(run):
                return _SPLIT_STRONG_MARK
            if "…" in run or run.count(".") >= 3:
                if text[run_start - 1 : run_start] == "[" and closers.startswith("]"):
                    return _KEEP_OMISSION
                if run.count(".") == 3 and (" " in run or "\u00a0" in run):
                    return _KEEP_OMISSION
                return _SPLIT_ELLIPSIS if after is _UPPER else _KEEP_ELLIPSIS
        # A period (or two): the word before it decides.
        low = run_start - _TOKEN_WINDOW
        if low < sentence:
            low = sentence
        token_start = run_start
        while token_start > low and (
            text[token_start - 1].isalnum() or text[token_start - 1] in _WORD_MARKS
        ):
            token_start -= 1
        raw = text[token_start:run_start]
        token = raw.lstrip("-'’")
        token_start += len(raw) - len(token)
        data = self.data
        if not token:
            kind = None
        elif token in kinds:
            kind = kinds[token]
        else:
            kind = kinds[token] = data.kind(token)
        if glued and not closers:
            word = WORD_RE.match(text, word_at)
            tail = text[word.end() : word.end() + 2] if word is not None else ""
            whole = token_start
            while whole > low and not text[whole - 1].isspace():
                whole -= 1
            if (
                len(token) < 2
                or not token[-1].islower()
                or any(c in text[whole:run_start] for c in "./@:")
                or (len(tail) == 2 and tail[0] in "./@" and tail[1].isalnum())
            ):
                return _KEEP_GLUED
        if closers and _QUOTES.intersection(closers) and kind is not _TITLE:
            return _SPLIT_QUOTE_CLOSED
        if (
            len(token) <= 3
            and (
                token_start == sentence or text[sentence] in _LEAD_CHARS or text[sentence].isspace()
            )
            and ENUMERATOR_RE.fullmatch(token) is not None
            and _skip(LEAD_RE, text, sentence, token_start) >= token_start
        ):
            return _KEEP_ENUMERATION
        if kind is _TITLE:
            return _KEEP_TITLE
        if kind is _NUMBER and after is _DIGIT:
            return _KEEP_NUMBER_ABBREVIATION
        if kind is _AMBIGUOUS:
            if after is not _UPPER:
                return _KEEP_ABBREVIATION
            if first.isalpha() and text[word_at + 1 : word_at + 2] == ".":
                return _KEEP_ABBREVIATION  # an initial (as below, sooner)
            word = WORD_RE.match(text, word_at)
            name = word.group() if word is not None else ""
            initial = len(name) == 1 and text[word_at + 1 : word_at + 2] == "."
            if initial or not data.starts_sentence(name):
                return _KEEP_ABBREVIATION
            if token_start - sentence <= _FRAGMENT_WINDOW:
                opening = text[sentence:token_start].split()
                if (
                    opening
                    and len(opening) < _FRAGMENT_WORDS
                    and opening[0].lstrip(_TOKEN_OPENERS).lower() in data.prepositions
                ):
                    return _KEEP_FRAGMENT
            return _SPLIT_ABBREVIATION_STARTER
        return _SPLIT_PERIOD


def _forced_bound(
    text: str, position: int, rule: BoundaryRule, record: list[Boundary] | None
) -> tuple[int, int]:
    """The end of the sentence before a bullet or list item at ``position``, and
    the position."""
    last = position
    while text[last - 1].isspace():
        last -= 1
    if record is not None:
        record.append(Boundary(last, True, rule))
    return last, position


def _skip(pattern: regex.Pattern[str], text: str, position: int, stop: int) -> int:
    """Where a match of ``pattern`` (which may match nothing) at ``position`` ends."""
    found = pattern.match(text, position, stop)
    return found.end() if found is not None else position


def _forced_breaks(
    text: str, start: int, stop: int
) -> tuple[list[tuple[int, BoundaryRule]], set[int]]:
    """Where bullets and list items start sentences, in order, and where the
    periods of list labels are (no boundaries)."""
    found: list[tuple[int, BoundaryRule]] = (
        [(b.start(), BoundaryRule.BULLET) for b in BULLET_RE.finditer(text, start, stop)]
        if _holds_any(text, _BULLET_CHARS, start, stop)
        else []
    )
    labels: set[int] = set()
    if LIST_START_RE.match(text, start, stop) is None and not (
        _holds_any(text, _LIST_OPENER_CHARS, start, stop)
        and _holds_any(text, _FIRST_LABELS, start, stop)
        and LIST_OPENER_RE.search(text, start, stop) is not None
    ):
        return found, labels
    chains: dict[tuple[bool, str], list[tuple[int, int, int]]] = {}
    items: list[int] = []
    for marker in LIST_MARKER_RE.finditer(text, start, stop):
        label = marker["label"]
        numeric = label.isdigit()
        value = int(label) if numeric else ord(label)
        style = (numeric, marker["sep"])
        chain = chains.get(style)
        member = (marker.start(), marker.start("sep"), value)
        if chain is not None and chain[-1][2] == value - 1:
            chain.append(member)
            items.append(marker.start())
            labels.update(sep for _, sep, _ in chain[-2:])
        elif value == (1 if numeric else ord("a")) and _opens_list(text, start, marker.start()):
            chains[style] = [member]
    for position in items:
        # A bullet before the label starts the item ("• 10. The second item").
        before = position
        while before > start and text[before - 1].isspace():
            before -= 1
        if before > start and text[before - 1] in _BULLETS:
            continue
        # An inline enumeration ("two reasons: 1) X and 2) Y") stays one sentence.
        if before > start and (
            text[before - 1] in ",;" or LIST_JOINER_RE.search(text, start, before) is not None
        ):
            continue
        found.append((position, BoundaryRule.LIST_ITEM))
    found.sort(key=lambda item: item[0])
    return found, labels


def _holds_any(text: str, chars: Iterable[str], start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` holds one of ``chars`` (or of these strings: str.find
    copies nothing, and returns at once for a character wider than any in the text)."""
    find = text.find
    # A loop: any() over a generator costs more, and this runs for every paragraph.
    for c in chars:  # noqa: SIM110
        if find(c, start, stop) >= 0:
            return True
    return False


def _opens_list(text: str, start: int, position: int) -> bool:
    """Whether a first list label at ``position`` can open a list: it starts the
    paragraph or a line, or follows a colon or a bullet."""
    before = position
    while before > start and text[before - 1] in " \t":
        before -= 1
    return before == start or text[before - 1] in ":\n" or text[before - 1] in _BULLETS


@functools.lru_cache(maxsize=8)
def _nltk_splitter(language: str) -> SentenceSplitter:
    try:
        from nltk.data import find
        from nltk.tokenize.punkt import load_punkt_params
    except ImportError as error:  # NLTK older than 3.9 has no punkt_tab
        raise MissingDataError(f"NLTK punkt_tab models need NLTK 3.9 or newer ({error})") from error
    try:
        params = load_punkt_params(find(f"tokenizers/punkt_tab/{language}/"))
    except (LookupError, OSError, ValueError) as error:
        raise MissingDataError(
            f"NLTK's punkt_tab model for {language!r} is not installed; install it with "
            "python -m nltk.downloader punkt_tab, or split without use_nltk_data"
        ) from error
    return SentenceSplitter(SplitterData.builtin().with_punkt(params))


@functools.lru_cache(maxsize=1)
def _default_splitter() -> SentenceSplitter:
    return SentenceSplitter()


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, use_nltk_data: bool = False
) -> list[Span]:
    """Spans of the sentences in ``text[start:end]``, without surrounding whitespace.

    The spans come in order, do not overlap and lie inside ``[start, end)``. With
    ``use_nltk_data=True`` the installed NLTK punkt model for English adds its
    abbreviations, sentence starters and orthographic context to ours.

    >>> text = "Mr. Smith left at 5 p.m. Friday. “We will win.” Then he left."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['Mr. Smith left at 5 p.m. Friday.', '“We will win.”', 'Then he left.']
    """
    return [Span(a, b) for a, b in sentence_bounds(text, start, end, use_nltk_data=use_nltk_data)]


def sentence_bounds(
    text: str, start: int = 0, end: int | None = None, *, use_nltk_data: bool = False
) -> list[tuple[int, int]]:
    """The sentences of :func:`split_sentences` as ``(start, end)`` pairs, without
    building a Span for each."""
    splitter = _nltk_splitter("english") if use_nltk_data else _default_splitter()
    return splitter._run(text, start, end, None)


def punkt_parameters() -> Any:
    """An NLTK ``PunktParameters`` holding our abbreviations and sentence starters,
    for ``nltk.tokenize.punkt.PunktSentenceTokenizer(punkt_parameters())``."""
    from nltk.tokenize.punkt import PunktParameters

    data = SplitterData.builtin()
    params = PunktParameters()
    params.abbrev_types = set(data.abbreviations())
    params.sent_starters = set(data.starters)
    return params
