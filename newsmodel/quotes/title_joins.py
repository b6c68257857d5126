"""Titles joined to a name: the parts of one title joined by "and" before a name ("Fisheries
and Oceans Minister Diane Lebouthillier"), and the name after a role and its preposition
that is the role holder's ("director of rugby Ana Ruiz"). :mod:`speaker_kinds` reads them
to tell one titled person from a list of people.
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import PERSON_NOUNS, TITLE_WORDS, word_list
from newsmodel.quotes.proper_names import is_given_name, joined_to_title, name_split
from newsmodel.quotes.tokens import Tokens

__all__ = ["DETERMINERS", "coordinated_title", "titled_name"]

#: Words that open a noun phrase ("the", "a", "both", "two" ...).
DETERMINERS = word_list("determiners")
#: Words of a minister's portfolio that open a title alone before "and": "Fisheries and
#: Oceans Minister Diane Lebouthillier".
_PORTFOLIO_WORDS = word_list("portfolio_words")


def titled_name(tokens: Tokens, k: int, name_first: int) -> bool:
    """Whether the name at ``name_first``, after a role and a preposition at ``k``, is
    the name of the one with the role, not of the role's object: "director of rugby Ana
    Ruiz", "spokeswoman for women Sandra Gidley", "executive director of the Canadian
    Civil Liberties Association Michael Bryant" (a known given name after no title), not
    "a spokesperson for Trudeau", "for Health Minister Colin Tremblay", "for the
    Electoral Commission" or "for distributor Toho"."""
    return (
        name_first > k + 1
        and is_given_name(tokens.text[name_first])
        and tokens.lower[name_first - 1] not in TITLE_WORDS
        and tokens.lower[name_first - 1] not in DETERMINERS
    )


def coordinated_title(tokens: Tokens, first: int, conj: int, last: int) -> bool:
    """Whether the "and" at token ``conj`` joins the parts of one title before one name:
    "Mental Health and Addictions Minister Siobhan O'Neill", "Deputy Prime Minister and
    Finance Minister Jane Doe", "committee member and Tory MP Nigel Waterson", or of the
    name of the body a role serves ("a Department for Work and Pensions spokeswoman"; not
    "President Obama and Secretary Clinton")."""
    lower = tokens.lower
    text = tokens.text
    if (
        (lower[last - 1] in PERSON_NOUNS or lower[last - 1] in TITLE_WORDS)
        and text[last - 1].islower()
        and text[conj - 1][:1].isupper()
        and text[conj + 1][:1].isupper()
    ):
        return True  # "A Department for Work and Pensions spokeswoman": a body's role
    name = name_split(tokens, conj + 1, last)
    if name is None or name[0] == conj + 1:
        return False
    if joined_to_title(tokens, conj + 1):
        return True  # "Minister for Children and Families Ann Dale": the office's words
    if not any(lower[k] in TITLE_WORDS for k in range(conj + 1, name[0])):
        return False  # no title before the name on the right
    if (
        lower[conj - 1] in PERSON_NOUNS
        and text[conj - 1].islower()
        and not any(lower[k] in DETERMINERS for k in range(first, conj))
    ):
        return True  # "Committee member and Tory MP Nigel Waterson" (not "Both the ...")
    left = [k for k in range(first, conj) if text[k][0].isalpha()]
    # (the words of an office may hold "of": "Conflict of Interest and Ethics Commissioner")
    if not left or not all(text[k][0].isupper() or lower[k] in ("of", "for") for k in left):
        return False
    if lower[conj - 1] in TITLE_WORDS:
        return True  # "Deputy Prime Minister and ..."
    if len(left) == 1 and lower[left[0]] in _PORTFOLIO_WORDS:
        return True  # "Fisheries and Oceans Minister Diane Lebouthillier"
    # "Mental Health and ...": no title, and more than one word (not "Trump and ...")
    return len(left) >= 2 and not any(lower[k] in TITLE_WORDS for k in left)
