"""What brackets after a name hold: a politician's party and state ("Sen. Jack Reed
(D-R.I.)") or a company's stock ticker ("Brixo Corp <BRX>", "Suncor (SU.TO)"); and the
names a text writes before a ticker, which are companies whatever their words.
"""

from __future__ import annotations

import regex

from newsmodel.quotes.lexicon import ORG_MARKERS
from newsmodel.quotes.tokens import Tokens, indexed

__all__ = ["AFFILIATION_RE", "affiliation", "ticker", "ticker_names"]

_OPEN_ANGLE = indexed(["<"])


#: What a parenthesis after a politician's name holds: party and state.
AFFILIATION_RE = regex.compile(r"(?:[DRIL](?:-[\p{L}.]+)?|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\p{Ll}+)\Z")


def affiliation(tokens: Tokens, open_paren: int, close_paren: int) -> bool:
    """Whether a parenthesis after a name holds a party or place: "(D-N.Y.)", "(R)",
    "(Ky.)" (not an agency such as "(CNN)")."""
    inner = "".join(tokens.text[open_paren + 1 : close_paren])
    return AFFILIATION_RE.match(inner) is not None


#: A stock ticker as wire copy brackets it after a company's name: "(SHC.TO)", "(NYSE:
#: XOM)", "<KSM.AX>", "<SHC>".
TICKER_RE = regex.compile(r"(?:\p{Lu}{2,8}:)?\p{Lu}[\p{Lu}\d]{0,5}(?:\.\p{Lu}{1,3})?\Z")


def ticker(tokens: Tokens, open_bracket: int, close_bracket: int) -> bool:
    """Whether brackets after a name hold its stock ticker: "(SHC.TO)", "(NYSE: XOM)",
    "<KSM.AX>" (in round brackets only with an exchange or a market, so not "(CNN)")."""
    text = tokens.text
    inner = "".join(text[open_bracket + 1 : close_bracket])
    if text[open_bracket] == "<":
        return text[close_bracket] == ">" and TICKER_RE.match(inner) is not None
    return (
        text[close_bracket] == ")"
        and ("." in inner or ":" in inner)
        and TICKER_RE.match(inner) is not None
    )


def ticker_names(tokens: Tokens, text: str) -> frozenset[str]:
    """The names, in lower case, written before a stock ticker in angle brackets in
    ``text`` (read into ``tokens``), whole and without a company's ending: "BRIXO <BRX>
    SETS STOCK SPLIT", "Dunmore Corp <DUN>" (companies, whatever their words); read once a
    text."""
    found = tokens.memo.get(("ticker_names",))
    if found is None:
        names: set[str] = set()
        if "<" in text:
            words_of, lower = tokens.text, tokens.lower
            for k in tokens.where(_OPEN_ANGLE):
                close = next(
                    (m for m in range(k + 1, min(len(words_of), k + 8)) if words_of[m] == ">"),
                    -1,
                )
                if close < 0 or not ticker(tokens, k, close):
                    continue
                j = k
                while j > 0 and k - j < 4 and words_of[j - 1][:1].isupper():
                    j -= 1
                words = lower[j:k]
                if words:
                    names.add(" ".join(words))
                    while len(words) > 1 and words[-1] in ORG_MARKERS:
                        words = words[:-1]
                        names.add(" ".join(words))
        found = frozenset(names)
        tokens.memo[("ticker_names",)] = found
    assert isinstance(found, frozenset)
    return found
