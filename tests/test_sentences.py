"""Tests of newsmodel.text.sentences: the sentence splitter."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.errors import FormatError, InputError, MissingDataError, NewsmodelError
from newsmodel.model import Span
from newsmodel.text import sentences
from newsmodel.text.sentences import (
    AbbreviationKind,
    BoundaryRule,
    SentenceSplitter,
    SplitterData,
    punkt_parameters,
    split_sentences,
)
from tests.conftest import corpus

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "golden_rules_en.json").read_text(encoding="utf-8")
)
GOLDEN_RULES: list[dict[str, Any]] = GOLDEN["rules"]
#: Golden rules the splitter is known to fail, by id, with the reason. Each is an
#: xfail (strict: a rule that starts passing must be taken off this list).
KNOWN_FAILURES: dict[int, str] = {}
BLANK_LINE_RE = regex.compile(r"\n[ \t\r\f\v]*\n")


def texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, start, end)]


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in BLANK_LINE_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def check_spans(text: str, spans: list[Span], start: int, end: int) -> None:
    previous = start
    for span in spans:
        assert previous <= span.start < span.end <= end
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        previous = span.end


# The golden rules -----------------------------------------------------------


def golden_passes(rule: dict[str, Any]) -> bool:
    return texts(rule["text"]) == rule["expected"]


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(
            rule,
            id=f"{rule['id']:02d}",
            marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[rule["id"]])]
            if rule["id"] in KNOWN_FAILURES
            else [],
        )
        for rule in GOLDEN_RULES
    ],
)
def test_golden_rule(rule: dict[str, Any]) -> None:
    """Each English golden rule of pySBD splits into its expected sentences."""
    assert texts(rule["text"]) == rule["expected"], rule["name"]


def test_golden_rules_score(record_property: Any) -> None:
    """At least 46 of the 48 English golden rules pass (pySBD passes 47)."""
    assert len(GOLDEN_RULES) == 48
    failed = [rule["id"] for rule in GOLDEN_RULES if not golden_passes(rule)]
    passed = len(GOLDEN_RULES) - len(failed)
    record_property("golden_rules_passed", passed)
    print(f"golden rules: {passed} of {len(GOLDEN_RULES)} pass; failing: {failed}")
    assert sorted(failed) == sorted(KNOWN_FAILURES), "KNOWN_FAILURES is out of date"
    assert passed >= 46, f"only {passed} of 48 golden rules pass; failing: {failed}"


# Behaviour on our own sentences ---------------------------------------------


def test_quotation_ends_after_closing_mark() -> None:
    """A sentence that ends inside a quotation ends after the closing mark."""
    assert texts("He said, “We will win.” Then he left.") == [
        "He said, “We will win.”",
        "Then he left.",
    ]
    assert texts('She wrote: "It is over." It was not.') == [
        'She wrote: "It is over."',
        "It was not.",
    ]
    assert texts("The plan (which failed.) Nobody cared.") == [
        "The plan (which failed.)",
        "Nobody cared.",
    ]


def test_quotation_followed_by_attribution_is_one_sentence() -> None:
    """A quoted sentence followed by a lower-case attribution stays whole."""
    assert texts("“We will win,” she said. “Nobody doubts it?” he asked.") == [
        "“We will win,” she said.",
        "“Nobody doubts it?” he asked.",
    ]


def test_stray_space_before_closing_mark() -> None:
    """A closing mark with a stray space before it still closes the sentence."""
    assert texts("“See you in Lisbon, ”he said. Then he left.") == [
        "“See you in Lisbon, ”he said.",
        "Then he left.",
    ]
    assert texts("“We will win. ” He smiled.") == ["“We will win. ”", "He smiled."]
    assert texts("“We will win. ” he said.") == ["“We will win. ” he said."]


def test_opening_quote_after_sentence_starts_next() -> None:
    """A straight quote glued to the next word opens the next sentence."""
    assert texts('"It is late. "We must go now," she said.') == [
        '"It is late.',
        '"We must go now," she said.',
    ]
    assert texts("“We won,” he said. ‘It was hard.’") == [
        "“We won,” he said.",
        "‘It was hard.’",
    ]


def test_titles_never_end_a_sentence() -> None:
    """Mr., Sen., Gov., Gen. and the like are followed by a name, not a new sentence."""
    text = "Sen. Ann Lee met Gov. Bo Park and Mr. Cy Dunn. Gen. Ed Fox joined them."
    assert texts(text) == [
        "Sen. Ann Lee met Gov. Bo Park and Mr. Cy Dunn.",
        "Gen. Ed Fox joined them.",
    ]


def test_ambiguous_abbreviation_ends_before_starter_only() -> None:
    """Inc., Calif. and U.S. end a sentence before "The" or "He", not before a name."""
    assert texts("Shares of Acme Inc. Chief Executive Ann Lee fell.") == [
        "Shares of Acme Inc. Chief Executive Ann Lee fell."
    ]
    assert texts("He joined Acme Inc. He left in May.") == [
        "He joined Acme Inc.",
        "He left in May.",
    ]
    assert texts("She moved to Fresno, Calif. The city was hot.") == [
        "She moved to Fresno, Calif.",
        "The city was hot.",
    ]
    assert texts("HAYWARD, Calif. (AP) — Police held a man.") == [
        "HAYWARD, Calif. (AP) — Police held a man."
    ]


def test_abbreviation_case_matters() -> None:
    """A capitalised abbreviation does not match the lower-case word ("Ore." vs "ore.")."""
    assert texts("He sells iron ore. Prices rose.") == ["He sells iron ore.", "Prices rose."]
    assert texts("He lives in Salem, Ore. Prices rose.") == ["He lives in Salem, Ore. Prices rose."]


def test_initials_and_names() -> None:
    """Initials inside names do not end sentences; an initial before "He" does."""
    assert texts("J. R. R. Tolkien wrote it. George W. Bush read it.") == [
        "J. R. R. Tolkien wrote it.",
        "George W. Bush read it.",
    ]
    assert texts("The winner was Team B. He was pleased.") == [
        "The winner was Team B.",
        "He was pleased.",
    ]


def test_numbers_and_decimals() -> None:
    """Decimals, money and "No. 3" stay inside sentences; a number can end one."""
    assert texts("Growth was 3.5 percent, or $1.2 billion. It is ranked No. 3 in 2024.") == [
        "Growth was 3.5 percent, or $1.2 billion.",
        "It is ranked No. 3 in 2024.",
    ]
    assert texts("Asked if it was over, he said no. That was all.") == [
        "Asked if it was over, he said no.",
        "That was all.",
    ]


def test_times_of_day() -> None:
    """a.m. and p.m. before a weekday stay inside the sentence, before "The" they end it."""
    assert texts("It opens at 9 a.m. Tuesday. It closes at 5 p.m. The staff leave.") == [
        "It opens at 9 a.m. Tuesday.",
        "It closes at 5 p.m.",
        "The staff leave.",
    ]


def test_urls_and_emails() -> None:
    """Periods inside web and mail addresses are no boundaries; after them they are."""
    assert texts("Write to desk@example.org. See https://example.org/a.html. Thanks.") == [
        "Write to desk@example.org.",
        "See https://example.org/a.html.",
        "Thanks.",
    ]


def test_hard_wrapped_lines_are_not_boundaries() -> None:
    """Single newlines of wire copy wrapped at 70 columns do not end sentences."""
    text = (
        "The central bank said on Tuesday that\n"
        "it would hold rates. Analysts had\n"
        "expected a cut, said Ann Lee of Acme Co.\n"
        "in London."
    )
    assert texts(text) == [
        "The central bank said on Tuesday that\nit would hold rates.",
        "Analysts had\nexpected a cut, said Ann Lee of Acme Co.\nin London.",
    ]


def test_glued_sentences_split() -> None:
    """Scraped text missing the space after a period still splits; domains do not."""
    assert texts("Rain fell all day.The match was off.") == [
        "Rain fell all day.",
        "The match was off.",
    ]
    assert texts("Visit www.ExampleNews.com for more.") == ["Visit www.ExampleNews.com for more."]
    assert texts("She called Mr.Lee at home.") == ["She called Mr.Lee at home."]


def test_ellipses() -> None:
    """An ellipsis before a capital ends a sentence; the spaced omission mark does not."""
    assert texts("We waited... Nothing came.") == ["We waited...", "Nothing came."]
    assert texts("We waited … and waited.") == ["We waited … and waited."]
    assert texts("The law . . . Was it fair?") == ["The law . . . Was it fair?"]
    assert texts("We are winning again. ... America is great.") == [
        "We are winning again.",
        "... America is great.",
    ]


def test_lists_and_bullets() -> None:
    """Numbered lists and bullets start new sentences; inline enumerations do not."""
    assert texts("Steps: 1. Open the box 2. Take the card") == [
        "Steps: 1. Open the box",
        "2. Take the card",
    ]
    assert texts("• Rates held • Prices rose") == ["• Rates held", "• Prices rose"]
    assert texts("He cited 1) The cost and 2) The delay.") == [
        "He cited 1) The cost and 2) The delay."
    ]
    assert texts("The score rose to 1. The team then scored 2. The crowd left.") == [
        "The score rose to 1.",
        "The team then scored 2.",
        "The crowd left.",
    ]


def test_region_offsets() -> None:
    """Spans are offsets into the whole text, inside the region asked for."""
    text = "Title\n\n  One here. Two there.  \n\nTail."
    start = text.index("One") - 2
    end = text.index("Tail") - 2
    spans = split_sentences(text, start, end)
    assert [text[s.start : s.end] for s in spans] == ["One here.", "Two there."]
    assert spans[0].start == text.index("One")
    check_spans(text, spans, start, end)


def test_empty_and_blank_regions() -> None:
    """A region of white space or nothing has no sentences."""
    assert split_sentences("") == []
    assert split_sentences("   \n\t ") == []
    assert split_sentences("Some text.", 4, 4) == []


def test_bad_region_is_a_clear_error() -> None:
    """A region outside the text raises InputError naming it."""
    with pytest.raises(InputError, match="sentence region 3:40"):
        split_sentences("Short text.", 3, 40)
    with pytest.raises(InputError, match="sentence region -1"):
        split_sentences("Short text.", -1)
    with pytest.raises(ValueError, match="sentence region 5:2"):
        split_sentences("Short text.", 5, 2)


def test_explain_names_the_rules() -> None:
    """explain() reports each candidate boundary with the rule that decided it."""
    text = "Mr. Lee met the U.S. envoy. “Why?” he asked. Acme Inc. The end."
    decided = [(b.split, b.rule) for b in SentenceSplitter().explain(text)]
    assert decided == [
        (False, BoundaryRule.TITLE),
        (False, BoundaryRule.LOWERCASE_NEXT),
        (True, BoundaryRule.PERIOD),
        (False, BoundaryRule.LOWERCASE_NEXT),
        (True, BoundaryRule.PERIOD),
        (True, BoundaryRule.ABBREVIATION_STARTER),
    ]


# The data --------------------------------------------------------------------


AP_STATES = [
    *["Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind"],
    *["Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb"],
    *["Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I"],
    *["S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo"],
]
AP_MONTHS = ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"]


def test_builtin_data_loads_from_the_package() -> None:
    """The shipped data is read through importlib.resources and sorts abbreviations."""
    data = SplitterData.builtin()
    assert data.kind("Mr") is AbbreviationKind.TITLE
    assert data.kind("No") is AbbreviationKind.NUMBER
    assert data.kind("Calif") is AbbreviationKind.AMBIGUOUS
    assert data.kind("CALIF") is AbbreviationKind.AMBIGUOUS
    assert data.kind("calif") is None
    assert data.kind("co") is data.kind("Co") is AbbreviationKind.AMBIGUOUS
    assert data.kind("U.S") is AbbreviationKind.AMBIGUOUS
    assert data.kind("R-Fla") is AbbreviationKind.AMBIGUOUS
    assert data.kind("house") is None
    for word in [*AP_STATES, *AP_MONTHS]:
        assert data.kind(word) is AbbreviationKind.AMBIGUOUS, word


def test_data_file_errors_name_the_line() -> None:
    """A malformed data file raises FormatError naming the line."""
    with pytest.raises(FormatError, match="line 2: unknown section"):
        SplitterData.from_text("[title]\n[bogus]\nX\n")
    with pytest.raises(FormatError, match="line 1: words before the first"):
        SplitterData.from_text("Mr\n")
    with pytest.raises(FormatError, match="'Co' is listed as title and as ambiguous"):
        SplitterData.from_text("[title]\nCo\n[ambiguous]\nCo\n")


def test_custom_data() -> None:
    """A splitter built from other data uses it."""
    data = SplitterData.from_text("[title]\nCmdr\n[ambiguous]\nHrsg\n[starter]\nThe\n")
    splitter = SentenceSplitter(data)
    text = "See Hrsg. Ann Lee. The Cmdr. Bo Ek came."
    assert [text[s.start : s.end] for s in splitter.split(text)] == [
        "See Hrsg. Ann Lee.",
        "The Cmdr. Bo Ek came.",
    ]


def test_punkt_parameters_carry_our_abbreviations() -> None:
    """punkt_parameters() gives NLTK Punkt our abbreviations, so it keeps "Sen. Lee" whole."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    params = punkt_parameters()
    assert {"sen", "calif", "u.s", "inc"} <= params.abbrev_types
    tokenizer = PunktSentenceTokenizer(params)
    assert tokenizer.tokenize("Sen. Lee spoke. Calif. Gov. Ann Lee left.") == [
        "Sen. Lee spoke.",
        "Calif. Gov. Ann Lee left.",
    ]


# Installed NLTK data, optionally -----------------------------------------------


@pytest.fixture
def nltk_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An NLTK data folder of our own, the only one NLTK searches."""
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    sentences._nltk_splitter.cache_clear()
    yield tmp_path
    sentences._nltk_splitter.cache_clear()


def test_missing_nltk_data_is_a_clear_error(nltk_data: Path) -> None:
    """use_nltk_data=True without punkt_tab installed says how to install it."""
    with pytest.raises(MissingDataError, match="punkt_tab") as caught:
        split_sentences("One. Two.", use_nltk_data=True)
    assert isinstance(caught.value, NewsmodelError)
    assert isinstance(caught.value, LookupError)


def test_installed_nltk_data_adds_abbreviations(nltk_data: Path) -> None:
    """Installed punkt_tab abbreviations and starters are added to ours."""
    model = nltk_data / "tokenizers" / "punkt_tab" / "english"
    model.mkdir(parents=True)
    (model / "abbrev_types.txt").write_text("hrsg\n", encoding="utf-8")
    (model / "sent_starters.txt").write_text("meanwhile\nbesides\n", encoding="utf-8")
    (model / "collocations.tab").write_text("", encoding="utf-8")
    (model / "ortho_context.tab").write_text("", encoding="utf-8")
    text = "See Hrsg. Ann Lee on it. He met the U.S. Besides, it rained."
    assert texts(text) == ["See Hrsg.", "Ann Lee on it.", "He met the U.S. Besides, it rained."]
    spans = split_sentences(text, use_nltk_data=True)
    assert [text[s.start : s.end] for s in spans] == [
        "See Hrsg. Ann Lee on it.",
        "He met the U.S.",
        "Besides, it rained.",
    ]


# Properties ------------------------------------------------------------------

MARKS = ".?!…\"'“”‘’«»()[] \n\t\u00a0•⁃*:-,;"
hostile = st.lists(
    st.sampled_from([*MARKS, "A", "b", "I", "1", "12", "U.S.", "Mr.", "a.m.", "The", "he"])
).map("".join)


def test_an_information_separator_between_sentences_is_white_space() -> None:
    """U+001F is white space to str.isspace though not to Unicode's White_Space: no
    sentence opens with it (hypothesis found "0? \\x1f0")."""
    text = "0? \x1f0"
    assert texts(text) == ["0?", "0"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    """Any string splits into ordered, stripped, non-empty spans inside the text."""
    spans = split_sentences(text)
    check_spans(text, spans, 0, len(text))
    if text.strip():
        assert spans


@settings(max_examples=300, deadline=None)
@given(hostile, st.data())
def test_spans_lie_inside_any_region(text: str, data: st.DataObject) -> None:
    """Spans of a region lie inside it, in order, without overlap or outer space."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = split_sentences(text, start, end)
    check_spans(text, spans, start, end)
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text[start:end].split())


# Real text -------------------------------------------------------------------

TITLE_BEFORE_NAME_RE = regex.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Gen|Rep|Lt|Col|Capt|Sgt)\.\Z")


def corpus_texts(folder: Path, pattern: str) -> Iterator[str]:
    for path in sorted(folder.glob(pattern)):
        yield path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize(("name", "pattern"), [("bbc", "*/*.txt"), ("polnear", "*/*.txt")])
def test_corpus_invariants(name: str, pattern: str) -> None:
    """On real news, spans are well formed and no sentence ends at a title before a name."""
    count = 0
    for text in corpus_texts(corpus(name), pattern):
        for start, end in paragraphs(text):
            spans = split_sentences(text, start, end)
            check_spans(text, spans, start, end)
            for before, after in itertools.pairwise(spans):
                if TITLE_BEFORE_NAME_RE.search(text, before.start, before.end):
                    assert not text[after.start].isupper(), text[before.start : after.end]
            count += len(spans)
    assert count > 10_000


def test_agrees_with_punkt_on_bbc() -> None:
    """On BBC news our boundaries and Punkt's (with our abbreviations) mostly agree."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = PunktSentenceTokenizer(punkt_parameters())
    ours = theirs = shared = 0
    for text in corpus_texts(corpus("bbc"), "*/*.txt"):
        for start, end in paragraphs(text):
            mine = {s.end for s in split_sentences(text, start, end)}
            other = {start + e for _, e in punkt.span_tokenize(text[start:end])}
            ours += len(mine)
            theirs += len(other)
            shared += len(mine & other)
    assert shared / ours > 0.98
    assert shared / theirs > 0.98
