"""Property tests of the quotation engine: it never raises and every span holds its text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article

WORDS = [
    "said",
    "says",
    "told",
    "according",
    "to",
    "he",
    "she",
    "they",
    "Maria",
    "Lopez",
    "President",
    "the",
    "a",
    "minister",
    "that",
    "who",
    "and",
    "Analysts",
    "in",
    "statement",
    "—",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    ",",
    ".",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    "’s",
    "Mr.",
    "U.S.",
]

#: Text made of words the engine reacts to: names, cues, pronouns and marks.
NEWSY = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
#: Any text, leaning towards quote marks and punctuation.
ANY = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("“”‘’\"'«»„ \n.,:"))


def check(article: Article) -> None:
    """Every quotation, mention and cue span equals its text, in the right paragraph."""
    for q in article.quotations:
        assert article.text_at(q.span) == q.text
        assert q.paragraph is not None
        assert article.paragraphs[q.paragraph].span.start <= q.span.start
        if q.attribution is not None:
            m = q.attribution.speaker.mention
            if m is not None:
                assert article.text_at(m.span) == m.text
            c = q.attribution.cue
            if c is not None:
                assert article.text_at(c.span) == c.text
            assert q.attribution.speaker.name


@settings(max_examples=300, deadline=None)
@given(NEWSY)
@example("Maria , a said said")  # a given name described at the end of the text
def test_newsy_text_never_raises(text: str) -> None:
    """parse_text with quotations never raises on text full of cues and marks."""
    check(newsmodel.parse_text(text))


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_any_text_never_raises(text: str) -> None:
    """parse_text with quotations never raises on any string."""
    check(newsmodel.parse_text(text))
