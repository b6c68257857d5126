"""Someone an article describes before it names them, found by the name that follows:
"The prosecutor told the court ... ¶ Crown attorney Ann Dale asked for eight years", "an
81-year-old woman who said ... ¶ “...,” said Ann Dale", "said a registered nurse who ... ¶
The nurse, Ann Dale, ...", for :class:`newsmodel.quotes.coref.Registry`.
"""

from __future__ import annotations

from bisect import bisect_left

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS
from newsmodel.quotes.article_names import MAX_MENTIONS_SCANNED
from newsmodel.quotes.entities import Entity, Resolved
from newsmodel.quotes.kin_names import KIN_GENDERS
from newsmodel.quotes.lexicon import FUNCTION_WORDS, PERSON_NOUNS, ROLE_SYNONYMS, TITLE_WORDS
from newsmodel.quotes.name_roles import role_words
from newsmodel.quotes.person_words import SPEAKING_FOR_OTHERS, names_someone
from newsmodel.quotes.roles import ROLE_MODIFIERS, Roles
from newsmodel.quotes.speaker_kinds import POSSESSIVES, Phrase
from newsmodel.quotes.subjects import (
    DESCRIBED_MEN,
    DESCRIBED_WOMEN,
    SAYING,
    described_gender,
    offices_of,
)

__all__ = ["LaterNames"]

#: How many paragraphs ahead "the prosecutor", whom no one named before is, looks for the
#: one the article names in that office.
_NAMED_LATER_PARAGRAPHS = 4
#: Police ranks, which hold no office of their own: "said Sgt. Ann Dale".
_RANKS = ROLE_SYNONYMS["officer"] | ROLE_SYNONYMS["detective"]
#: Determiners of someone described anew: "a nurse", "one software developer".
_INDEFINITE = frozenset(["a", "an", "one", "another"])
#: How many mentions after someone described a role named again in apposition is sought.
_RENAMED_MENTIONS = 8
#: How many words before and after such a name give the words of its office.
_NAMED_LATER_REACH = 8


class LaterNames(Roles):
    """The people the roles and descriptions that no one named before holds stand for,
    named after them."""

    def named_later(self, phrase: Phrase) -> Resolved | None:
        """The person a role or a description whom no one named before holds stands for,
        named after it: a definite role in that office ("The prosecutor said ... ¶ Crown
        attorney Ann Dale asked for eight years": only the one the article names in that
        office, in the paragraph or the few after), or, for a role that is no office, as
        the one quoted next; an indefinite description as the name before it, the one
        quoted next or the one named again in apposition (see the helpers). Always of a
        gender the role allows; not one who speaks for others ("the spokeswoman" is
        anyone) nor a relative ("the victim's mother")."""
        tokens = self.tokens
        role = phrase.role
        w0 = tokens.lower[phrase.first]
        if role is None or role in SPEAKING_FOR_OTHERS or role in KIN_GENDERS:
            return None
        sent = tokens.sent[phrase.first]
        if w0 in _INDEFINITE:
            # "an 81-year-old woman who said ... ¶ “...,” said Ann Dale", "said a nurse who
            # ... ¶ The nurse, Ann Dale, ...": someone described, then named
            if not (
                role in PERSON_NOUNS
                or role in TITLE_WORDS
                or names_someone(role)
                or role in DESCRIBED_WOMEN
                or role in DESCRIBED_MEN
            ):
                return None
            # (one a rank names is another: "A woman says she was attacked ... ¶ “...,”
            # Const. Ann Dale said")
            return (
                self._apposed_name(phrase)
                or self._quoted_next(phrase, sent, ranks=False)
                or self._renamed_next(phrase, sent)
            )
        if w0 != "the" and w0 not in POSSESSIVES:
            return None
        if role not in TITLE_WORDS:
            # "the lead investigator": no office a title names, but who is quoted next
            return self._quoted_next(phrase, sent, ranks=True) if names_someone(role) else None
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        holders = self.office_holders.get(role)
        if holders is None:  # (once a role: the article's people are many)
            holders = {
                id(e)
                for e in self.persons.values()
                if e.kind is SpeakerKind.PERSON and not roles.isdisjoint(offices_of(e))
            }
            self.office_holders[role] = holders
        if len(holders) > 1:
            return None  # "the minister" of two ministers named
        # the words that qualify the role ("education" in "the province's education
        # minister"), which the words around the name must give too
        at = max(k for k in range(phrase.first, phrase.last) if tokens.lower[k] == role)
        poss = max(
            (k for k in range(phrase.first, at) if tokens.lower[k] in ("’s", "'s")),
            default=phrase.first,
        )
        qualifiers = {
            tokens.lower[k]
            for k in range(poss + 1, at)
            if tokens.text[k].isalpha() and tokens.lower[k] not in FUNCTION_WORDS
        } - roles
        para = tokens.para[phrase.first]
        k = bisect_left(self.mention_tokens, phrase.last)
        stop = min(len(self.mentions), k + MAX_MENTIONS_SCANNED)
        while k < stop and self.mentions[k].para - para <= _NAMED_LATER_PARAGRAPHS:
            m = self.mentions[k]
            e = m.entity
            k += 1
            if e.kind is not SpeakerKind.PERSON or " " not in e.name or m.sent == sent:
                continue  # (one named in the same sentence is another: "the premier told Ann Dale")
            after = m.last if m.last >= 0 else m.token + 1
            offices = offices_of(e) | role_words(tokens, m.token, after)
            if roles.isdisjoint(offices) or (holders and id(e) not in holders):
                continue
            around = set(
                tokens.lower[
                    max(tokens.sent_first[m.sent], m.token - _NAMED_LATER_REACH) : min(
                        tokens.sent_last[m.sent], after + _NAMED_LATER_REACH
                    )
                ]
            )
            if not qualifiers <= around or not (around & ROLE_MODIFIERS) <= qualifiers:
                continue  # "the home secretary" is no "shadow home secretary Tom Dale"
            return self._of_gender(e, role)
        # (not one quoted next: "The minister said ... ¶ “...,” said Ann Reid" may be another)
        return None

    def _quoted_next(self, phrase: Phrase, sent: int, *, ranks: bool) -> Resolved | None:
        """The person "The lead investigator on the file said ..." stands for when the
        sentence after it, in its paragraph or the next, quotes someone the article names
        there for the first time and describes no further: "¶ “...,” said Sgt. Ann Dale"
        (not "said Ann Dale, a neighbour", someone else described; with ``ranks``, one a
        police rank names may be the one: "the lead investigator")."""
        tokens = self.tokens
        k = bisect_left(self.mention_tokens, tokens.sent_last[sent])
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        e = m.entity
        after = m.last if m.last >= 0 else m.token + 1
        before = k - 1
        while before >= max(0, k - MAX_MENTIONS_SCANNED) and self.mentions[before].sent == sent:
            if (
                self.mentions[before].token < phrase.first
                and self.mentions[before].entity.kind is SpeakerKind.PERSON
            ):
                return None  # "calling for Ann Dale to be banned after the candidate said"
            before -= 1
        if (
            m.sent != sent + 1
            or e.kind is not SpeakerKind.PERSON
            or " " not in e.name
            or (
                after + 1 < len(tokens)
                and tokens.text[after] == ","
                and not tokens.text[after + 1].isdigit()
            )
            or any(self.mentions[j].entity is e for j in range(max(0, k - MAX_MENTIONS_SCANNED), k))
            # named with an office is another ("The chief coroner warned ... ¶ “...,” Health
            # Minister Ann Dale said"); a police rank is none ("said Sgt. Ann Dale")
            or not offices_of(e) <= (_RANKS if ranks else frozenset())
            # one given any title is another than someone described: "one senior Democrat
            # said ... “...,” said Democrat Ann Pike"
            or (not ranks and any(t.rstrip(".") not in HONORIFICS for t in e.titles))
        ):
            return None
        # the sentence opens with the words in quote marks, their speaker named after them
        # (an age after the name describes no one else: "said Ann Dale, 34.")
        q = tokens.quote[tokens.sent_first[m.sent]]
        if q < 0:
            return None
        closed = tokens.quote_range[q][1]
        if not 0 <= m.token - closed <= 2 or not any(
            tokens.lower[j] in SAYING for j in range(closed, min(len(tokens), after + 1))
        ):
            return None
        return self._of_gender(e, phrase.role or "")

    def _apposed_name(self, phrase: Phrase) -> Resolved | None:
        """The person named right before a description and its comma: "Among them was Ann
        Dale, a retired teacher who said ..." (the relative's antecedent read as the
        description alone)."""
        comma = phrase.first - 1
        if comma < 1 or self.tokens.text[comma] != ",":
            return None
        k = bisect_left(self.mention_tokens, comma) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        if m.last != comma or m.entity.kind is not SpeakerKind.PERSON:
            return None
        return self._of_gender(m.entity, phrase.role or "")

    def _renamed_next(self, phrase: Phrase, sent: int) -> Resolved | None:
        """The person "said a registered nurse who ..." stands for when the paragraph or
        the next names the role again with a name in apposition: "The nurse, Ann Dale, is
        also a steward"."""
        tokens = self.tokens
        lower = tokens.lower
        k = bisect_left(self.mention_tokens, tokens.sent_last[sent])
        stop = min(len(self.mentions), k + _RENAMED_MENTIONS)
        para = tokens.para[phrase.first]
        while k < stop and self.mentions[k].para - para <= 1:
            m = self.mentions[k]
            k += 1
            if (
                m.token >= 3
                and m.entity.kind is SpeakerKind.PERSON
                and lower[m.token - 3] == "the"
                and lower[m.token - 2] == phrase.role
                and tokens.text[m.token - 1] == ","
            ):
                return self._of_gender(m.entity, phrase.role or "")
        return None

    def _of_gender(self, e: Entity, role: str) -> Resolved | None:
        """``e`` resolved, unless ``role`` names the other gender ("the chairwoman", "a
        woman")."""
        said = described_gender(role)
        if said is not None and e.gender is not None and e.gender != said:
            return None
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
