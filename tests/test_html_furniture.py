"""Tests of newsmodel.html._furniture: the rules that keep page furniture out of the article."""

from __future__ import annotations

import pytest

from newsmodel.html._furniture import RULES, Action, judge


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Read more", "read-more-alone"),
        ("Read more: Why the council wants to sell the old baths", "read-more"),
        ("RELATED: Pool reopens after a year", "read-more"),
        ("Also on example.com Tenants protest over rent rises", "also-on"),
        ("Mayor denies claims over land deal [VIDEO]", "tagged-link"),
        ("Share this article", "share"),
        ("Share on Facebook Share on Twitter Email", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("Follow us on Twitter for the latest news.", "follow"),
        ("Follow our coverage at https://news.example/elections", "follow"),
        ("Sign up for our morning newsletter to get the day's headlines.", "newsletter"),
        ("Get the best stories delivered to your inbox.", "newsletter"),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("Updated at 3:15 p.m.", "stamp"),
        ("5 min read", "stamp"),
        ("We may earn a commission when you buy through links on our site.", "disclosure"),
        ("• • •", "no-words"),
        ("Photo: Jory Hocking", "photo-credit"),
        ("(Getty Images)", "photo-credit"),
        ("Image source, Getty Images", "photo-credit"),
        ("About the author", "read-more-alone"),
        ("Comments (12)", "read-more-alone"),
    ],
)
def test_furniture_is_recognised(text: str, rule: str) -> None:
    """Each kind of furniture is caught by the rule named for it."""
    found = judge(text)
    assert found is not None
    assert found.name == rule


@pytest.mark.parametrize(
    "text",
    [
        "Disney's tech teams isolated the problem, Mayer said, as the company continued to "
        "sign up additional subscribers throughout the week.",
        "Read the full report before the vote, she urged councillors on Tuesday.",
        "The newsletter's editor, Ruth Kaye, said the paper would close in May.",
        "Follow-up tests showed the water was safe to drink, the utility said.",
        "Shares in the company fell 4% on Monday after the results.",
        "___",
        "More than 200 people attended the meeting.",
    ],
)
def test_story_sentences_are_not_furniture(text: str) -> None:
    """Sentences of a story that share words with furniture are kept."""
    assert judge(text) is None


def test_rules_have_unique_names_and_drop_or_caption() -> None:
    """Every rule has its own name and says what it does."""
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert {r.action for r in RULES} == {Action.DROP, Action.CAPTION}


def test_long_blocks_are_never_furniture() -> None:
    """A rule applies only to short blocks: a long paragraph that begins like furniture stays."""
    text = "Advertisement " * 3 + "revenue at the group fell by a third. " * 10
    assert judge(text) is None
