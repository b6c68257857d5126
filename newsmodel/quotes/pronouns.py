"""What a pronoun stands for: "he" or "she" for the person of the nearest sentence that
names one (its speaker first), "they" for the group quoted or the people named since, "it"
for the body quoted or named last. Read by :class:`newsmodel.quotes.coref.Registry`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from newsmodel.model import SpeakerKind
from newsmodel.quotes.article_names import MAX_MENTIONS_SCANNED
from newsmodel.quotes.entities import Entity, EntityMention, Resolved
from newsmodel.quotes.kin_names import KIN_GENDERS, KIN_POSSESSORS
from newsmodel.quotes.later_names import LaterNames
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    CUE_FORMS,
    CUE_PHRASES,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    CueClass,
    word_list,
)
from newsmodel.quotes.name_roles import ASKED_OPENERS, role_noun
from newsmodel.quotes.person_words import title_gender
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import demonym_noun, is_given_name
from newsmodel.quotes.roles import EPITHETS
from newsmodel.quotes.speaker_kinds import COMPANY_ROLES, Phrase
from newsmodel.quotes.speakers import OPENER_PREPOSITIONS
from newsmodel.quotes.tokens import Tokens

__all__ = ["Pronouns"]

#: Those whose trade is asking, unnamed: "A reporter asked whether ...", never the one who
#: answers "she said" after.
_ASKERS = word_list("askers")

#: Words after a name's "'s" that make it "is" or "has": "Hale's been making the case".
_AFTER_CONTRACTED_IS = word_list("after_contracted_is")
#: Words before a body spoken to: "told the Daily Post", "speaking to Sky News".
_AUDIENCE_WORDS = word_list("audience_words")
#: Words that open the question put to someone: "asked Reid whether ...".
_QUESTION_WORDS = word_list("question_words")
_PRONOUN_SUBJECT_OPENERS = word_list("pronoun_subject_openers")
#: Verbs only a person does, after a subject: "Drummond didn't hesitate", "Voss shrugged".
_PERSON_VERBS = word_list("person_verbs")
#: Auxiliaries and negations between a subject and its verb: "did not", "didn't".
_NEGATED_AUXILIARIES = word_list("negated_auxiliaries")

_MAX_SENTENCES_BACK = 10
#: The most words of an adjunct opening a sentence before its subject "he" or "she".
_OPENER_WORDS = 20

#: How many sentences in a row with a described subject ("The champion ...") or a "he" or
#: "she" subject a pronoun steps back over.
_DESCRIBED_DEPTH = 2
#: How far back a gendered pronoun looks for the last person of its gender.
_MAX_PARAGRAPHS_FOR_GENDER = 8


def _speech_verb(word: str) -> bool:
    """Whether a word is a verb of speech or writing ("said", "replied", "wrote")."""
    form = CUE_FORMS.get(word)
    return form is not None and form.cls in (CueClass.SPEECH, CueClass.WRITE)


def _after_words(tokens: Tokens, at: int) -> bool:
    """Whether the pronoun at token ``at`` follows the words it reports, a comma between,
    and a verb of speech after it: "..., he said", "..., it said"."""
    return at > 0 and tokens.text[at - 1] == "," and _speech_at(tokens.lower, at + 1)


def _speech_at(lower: list[str], k: int) -> bool:
    """Whether a verb of speech or writing, of one word or of a phrase ("went on"),
    starts at token ``k``."""
    if k >= len(lower):
        return False
    if _speech_verb(lower[k]):
        return True
    return any(
        phrase.cls in (CueClass.SPEECH, CueClass.WRITE)
        and tuple(lower[k + 1 : k + 1 + len(phrase.rest)]) == phrase.rest
        for phrase in CUE_PHRASES.get(lower[k], ())
    )


class Pronouns(LaterNames):
    """The people, groups and bodies the article's pronouns stand for."""

    def _pronoun(self, phrase: Phrase) -> Resolved | None:
        assert phrase.pronoun is not None
        tokens = self.tokens
        at = phrase.first
        para = tokens.para[at]
        hint = phrase.pronoun.hint
        if hint == "group" or phrase.pronoun.plural:
            named = self._named_plural(at) if phrase.pronoun.form != "we" else None
            k = len(self.plural_speakers) - 1
            while k >= 0 and self.plural_speakers[k][0] >= at:
                k -= 1
            if named is not None and (k < 0 or self.plural_speakers[k][0] < named[0]):
                # "The Tories have promised a cut in bills. They say ...": the people named
                # since the group quoted last
                return named[1]
            return self._recent(self.plural_speakers, at, para)
        if hint == "organisation":
            return self._thing(at, para)
        if phrase.pronoun.form in ("i", "we"):
            return None
        return self._person_pronoun(at, phrase.pronoun.gender)

    def _named_plural(self, at: int) -> tuple[int, Resolved] | None:
        """A people named in the plural in the sentence of "they" or the one before, and
        where ("Key to the Liberals’ hopes ... is their assurance ... Almost all revenues,
        they promise, ...")."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        sent = tokens.sent[at]
        lo = tokens.sent_first[sent - 1] if sent > 0 else tokens.sent_first[sent]
        lo = max(lo, at - 80)
        for k in range(at - 1, lo, -1):
            if (
                lower[k - 1] == "the"
                # in the sentence of "they" or the one before, whichever paragraph: "The
                # Nguyens have run the bakery for 30 years. ¶ “...,” they said"
                and tokens.para[at] - tokens.para[k] <= 1
                and self._plural_name_at(k)
            ):
                return k, Resolved(f"the {text[k]}", SpeakerKind.GROUP)
        return None

    def _thing(self, at: int, para: int) -> Resolved | None:
        """What "it" stands for: the organisation or document quoted last, unless an
        organisation named since, in this paragraph or the one before, is nearer ("BC
        Hydro" named, not yet quoted, then "it said")."""
        tokens = self.tokens
        quoted = self._recent(self.thing_speakers, at, para)
        # "..., it said": a body named in the words it reports is not "it"
        tail = _after_words(tokens, at)
        sent = tokens.sent[at]
        k = bisect_left(self.org_tokens, at) - 1
        while k >= 0 and (
            self.orgs[k][1].place
            or self._audience(self.orgs[k][0])
            or (tail and tokens.sent[self.orgs[k][0]] == sent)
        ):
            k -= 1
        if k < 0:
            return quoted
        token, entity = self.orgs[k]
        if self._paragraphs_between(tokens.para[token], para) > 1:
            return quoted
        if quoted is not None:
            j = len(self.thing_speakers) - 1
            while j >= 0 and self.thing_speakers[j][0] >= at:
                j -= 1
            if j >= 0 and (
                self.thing_speakers[j][0] > token
                # "Occidental said its MidCon unit will ... It said": the body named in
                # the words of the one quoted is not "it"
                or tokens.sent[self.thing_speakers[j][0]] == tokens.sent[token]
            ):
                return quoted
        return Resolved(entity.name, SpeakerKind.ORGANISATION, None, None, None, entity)

    def _paragraphs_between(self, earlier: int, later: int) -> int:
        """How many paragraphs past paragraph ``earlier`` paragraph ``later`` stands, not
        counting the page furniture between ("READ MORE: ...", a caption)."""
        return later - earlier - sum(1 for p in range(earlier + 1, later) if p in self._furniture)

    def _audience(self, token: int) -> bool:
        """Whether the body named at ``token`` is spoken to: "told the Daily Post",
        "in an interview with the Times", "speaking to Sky News"."""
        lower = self.tokens.lower
        k = token - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        if k >= 1 and lower[k] in ("to", "with"):
            k -= 1
        return k >= 0 and lower[k] in _AUDIENCE_WORDS

    def _recent(
        self, found: list[tuple[int, int, Resolved]], at: int, para: int
    ) -> Resolved | None:
        k = len(found) - 1
        while k >= 0 and found[k][0] >= at:
            k -= 1
        if k >= 0 and para - found[k][1] <= 3:
            return found[k][2]
        return None

    def _person_pronoun(self, at: int, gender: str | None, depth: int = 0) -> Resolved | None:
        tokens = self.tokens
        quoted = self.quoted_words.get(at)
        sent = tokens.sent[at]
        para = tokens.para[at]
        mk = bisect_left(self.mention_tokens, at) - 1
        sk = bisect_left(self.speaker_tokens, at) - 1
        found: list[EntityMention] = []
        best_sent = -1
        tail = _after_words(tokens, at)  # "..., he said"
        if depth == 0 and gender is not None:
            lone = self._lone_subject(at, mk, sk) or self._kin_subject(at, gender)
            if lone is not None:
                return lone  # "When asked ..., Drummond didn't hesitate. “...,” he said"
        # "Scottie Barnes, who he said had ...": "he" is no one the relative is about
        head_end = at - 2 if at >= 2 and tokens.lower[at - 1] in ("who", "whom") else -1
        for cand in self._named_back(mk, sk):
            if sent - cand.sent > _MAX_SENTENCES_BACK or para - cand.para > 4:
                break
            end = cand.last if cand.last >= 0 else cand.token + 1
            if head_end >= 0 and tokens.text[head_end] == "," and end == head_end:
                continue
            if found and cand.sent != best_sent:
                if (
                    best_sent != sent
                    or at + 1 >= len(tokens)
                    or not _speech_at(tokens.lower, at + 1)
                    or not all(not m.speaker and self._possessive(m) for m in found)
                    # "Reid's fate is unclear, but she said": the subject's owner
                    or any(m.token == tokens.sent_first[m.sent] for m in found)
                ):
                    break
                # only possessives in the sentence of "he said" ("When asked about the
                # judge's criticisms, he replied"): the sentence before counts too
                best_sent = cand.sent
            e = cand.entity
            if e.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
                continue
            if gender is not None and e.kind is SpeakerKind.PERSON:
                known = self.gender_known(e)  # "Minh Tran ... when he was hit": a man
                if known is not None and known != gender:
                    continue
            elif gender is not None and e.gender is not None and e.gender != gender:
                continue
            if e.kind is SpeakerKind.ANONYMOUS and e.name.rsplit(" ", 1)[-1].lower() in _ASKERS:
                continue  # "A reporter asked whether ... ¶ “...,” she said": the one asked
            if e.lone and e.gender is None and not cand.speaker and not self._main_subject(cand):
                # "President Obama" named, not quoted: no pronoun knows whom (but "When
                # asked ..., Voss didn't hesitate. “...,” he said": the one the sentence is
                # about)
                continue
            if quoted and e.kind is SpeakerKind.PERSON and not quoted.isdisjoint(e.name.split()):
                # "“I cannot believe Lisa would object,” she said": not Lisa (but "A BBC
                # spokeswoman" is no name: “... on BBC Two,” she said is hers)
                continue
            if not cand.speaker and cand.sent != sent and self._modifier(cand):
                continue  # "an Alan Shearer strike": a kind of strike, no one there
            if (
                gender is not None
                and not cand.speaker
                and cand.sent == sent
                and cand.token < at
                and self._object_in_opener(cand, at)
            ):
                # "Responding to criticism from pundit Alan Hansen, he insisted": the one
                # in the clause before the subject is no subject
                continue
            if (
                gender is not None
                and tail
                and not cand.speaker
                and cand.sent == sent
                and e.gender is None
                and e.title is None
                and " " in e.name
                and not is_given_name(e.name.split()[0])
            ):
                # "The Homeland Security office completed the checks, he said": a name
                # in the words reported that nothing shows to be a person's
                continue
            found.append(cand)
            best_sent = cand.sent
        if (
            found
            and gender is not None
            and best_sent != sent
            and depth < _DESCRIBED_DEPTH
            and (
                self._described_subject(best_sent, found)
                or self._pronoun_subject(best_sent, gender, found)
            )
        ):
            # "The top seed needed five sets to beat Tom Hale.
            # “...,” he said": the one described, named before, not the rival
            return self._person_pronoun(tokens.sent_first[best_sent], gender, depth + 1)
        if found and tokens.lower[tokens.sent_first[best_sent]] in ASKED_OPENERS:
            asked = [
                m
                for m in found
                if m.token > 0
                and tokens.text[m.token - 1] == ","
                and tokens.lower[m.token] not in ("who", "which")
            ]
            if asked:
                found = [min(asked, key=lambda m: m.token)]  # the subject after the clause
        if found and gender is not None and best_sent != sent and _speech_at(tokens.lower, at + 1):
            answer = self._one_asked(found, gender)
            if answer is not None:
                # "Hale asked Bob Reid whether ... “Sure,” he said": the one asked answers
                found = [answer]
        if found and gender is not None and best_sent != sent:
            found = self._turned_to(found, gender)
        best: EntityMention | None = None
        if found:
            # in the nearest sentence: its speaker, else one not in a possessive ("Fraser's
            # mother, Denise Fraser"), else one of the pronoun's gender, else the one it
            # names most, else the first
            times = Counter(id(m.entity) for m in found)
            first = min(m.token for m in found)
            best = max(
                found,
                key=lambda m: (
                    m.speaker,
                    m.speaker or not (self._possessive(m) or self._premodifier(m)),
                    gender is not None
                    and (
                        m.entity.gender == gender
                        # "Harjit Sajjan met Mark Smith. “...,” he said": the subject, a
                        # full name whose given name the table does not know
                        or (
                            m.entity.gender is None
                            and m.token == first
                            and m.token == tokens.sent_first[m.sent]
                            and self._unknown_given_name(m.entity.name)
                        )
                    ),
                    times[id(m.entity)],
                    -m.token,
                ),
            )
        if best is None and gender is not None:
            start_mk = bisect_left(self.mention_tokens, at) - 1
            start_sk = bisect_left(self.speaker_tokens, at) - 1
            best = self._last_of_gender(start_mk, start_sk, para, gender)
            if best is None and not found and depth == 0:
                best = self._named_after(at, para, gender)
        if best is None:
            return None
        e = best.entity
        if e.gender is None and gender is not None:
            e.gender = gender  # "she" said it: later pronouns know better
        return Resolved(e.name, e.kind, e.title, e.description, e.gender, e)

    def _turned_to(self, found: list[EntityMention], gender: str) -> list[EntityMention]:
        """The subject of a clause after "but" that follows the one quoted in the sentence
        before the pronoun ("Ann Dale said ..., but Reid rejected the idea. ¶ “...,” she
        said"): the one the story turns to, alone; else ``found`` as it is."""
        tokens = self.tokens
        quoted = [m.token for m in found if m.speaker]
        for m in found:
            end = m.last if m.last > m.token else m.token + 1
            if (
                quoted
                and not m.speaker
                and m.token > min(quoted)
                and m.entity.gender in (gender, None)
                and tokens.lower[m.token - 1] == "but"
                and end < len(tokens)
                and tokens.text[end].isalpha()
                and tokens.text[end].islower()
                and tokens.lower[end] not in FUNCTION_WORDS
            ):
                return [m]
        return found

    def _lone_subject(self, at: int, mk: int, sk: int) -> Resolved | None:
        """A surname alone, never named in full nor quoted, as the main subject of the
        sentence right before the pronoun's, whose verb only a person does ("Drummond
        didn't hesitate", "Voss shrugged"): the person the pronoun stands for, though
        the article names others of its gender before."""
        tokens = self.tokens
        sent = tokens.sent[at]
        if sent == 0:
            return None
        first = tokens.sent_first[sent - 1]
        if tokens.para[at] - tokens.para[first] > 1:
            return None
        starts = [first]
        if tokens.lower[first] in SUBORDINATORS or tokens.lower[first] in ASKED_OPENERS:
            # "When asked which is harder, ..., Drummond": after an opening comma
            limit = min(at, first + _OPENER_WORDS * 2)
            starts = [j + 1 for j in range(first, limit) if tokens.text[j] == ","]
        for k in starts:
            word = tokens.text[k] if k < at else ""
            j = k + 1
            while j < at and tokens.lower[j] in _NEGATED_AUXILIARIES:
                j += 1
            if (
                j < at
                and word[:1].isupper()
                and word.isalpha()
                and tokens.quote[k] < 0
                and tokens.lower[j] in _PERSON_VERBS
                and word not in CAPITAL_NOT_NAMES
                and not self._named_before(word, mk, sk)
            ):
                return Resolved(word, SpeakerKind.PERSON)
        return None

    def _kin_subject(self, at: int, gender: str) -> Resolved | None:
        """The relative a possessive and a noun of kin of the pronoun's gender open the
        sentence right before with ("Her husband put an arm around her. “...,” he said"):
        the one named so before, whom the pronoun stands for."""
        tokens = self.tokens
        sent = tokens.sent[at]
        if sent == 0:
            return None
        first = tokens.sent_first[sent - 1]
        if first + 2 >= at or tokens.para[at] - tokens.para[first] > 1:
            return None
        possessive, noun = tokens.lower[first], tokens.lower[first + 1]
        if possessive not in KIN_POSSESSORS or KIN_GENDERS.get(noun) != gender:
            return None
        if tokens.text[first + 2] == "," or tokens.lower[first + 2] in CUE_FORMS:
            return None  # "Her husband, Greg Roberts, said": the name and cue say it
        e = self._kin(possessive, noun, first) or self._kin_named(possessive, noun, first)
        if e is None:
            return None
        return Resolved(e.name, e.kind, e.title, e.description, e.gender, e)

    def _kin_named(self, possessive: str, noun: str, at: int) -> Entity | None:
        """The one introduced as the relative before token ``at``: "Her husband, Greg
        Roberts, said" for a later "Her husband"."""
        lower = self.tokens.lower
        k = bisect_left(self.mention_tokens, at) - 1
        for m in reversed(self.mentions[max(0, k - MAX_MENTIONS_SCANNED) : k + 1]):
            t = m.token
            if (
                t >= 3
                and lower[t - 1] == ","
                and lower[t - 2] == noun
                and lower[t - 3] == possessive
            ):
                return m.entity
        return None

    def _principal(self, people: list[Entity], at: int) -> Entity | None:
        """Of the ``people`` sharing a surname named before token ``at``, the one not
        introduced as another's relative ("her mother, Donna Marchuk,"), whom a surname
        alone names in another paragraph ("“...,” Marchuk said" for Jolene Marchuk); the
        one of them quoted in ``at``'s paragraph or the one before, if one alone was;
        None when that is no single person, or one of them was named in ``at``'s
        paragraph."""
        tokens = self.tokens
        if len(people) < 2:
            return None
        hi = bisect_left(self.mention_tokens, at)
        first: dict[int, EntityMention] = {}
        for m in self.mentions[: min(hi, 4 * MAX_MENTIONS_SCANNED)]:
            if m.entity in people:
                first.setdefault(id(m.entity), m)
        para = tokens.para[at]
        recent = self.mentions[max(0, hi - MAX_MENTIONS_SCANNED) : hi]
        if any(m.entity in people and m.para == para for m in recent):
            return None
        sk = bisect_left(self.speaker_tokens, at)
        quoted = [
            m.entity
            for m in self.speakers[max(0, sk - MAX_MENTIONS_SCANNED) : sk]
            if m.entity in people and para - m.para <= 1
        ]
        if quoted:
            # "Her mother, Delphine Reid, said ... ¶ “...,” Reid said": hers (none when two
            # of them were quoted there)
            return quoted[-1] if all(e is quoted[-1] for e in quoted) else None
        kin = set()
        for i, m in first.items():
            if (
                m.token > 0
                and tokens.lower[m.token - 1] in KIN_GENDERS
                and (m.last < 0 or m.last - m.token == 1)
            ):
                kin.add(i)  # "whose daughter Hannah": a given name after a noun of kin
                continue
            comma = m.token - 1
            if comma > 1 and tokens.lower[comma].endswith(("-year-old", "‑year-old")):
                comma -= 1  # "her nephew, 27-year-old Tom Reid,"
            if (
                comma > 0
                and tokens.text[comma] == ","
                and any(tokens.lower[j] in KIN_GENDERS for j in range(max(0, comma - 4), comma))
            ):
                kin.add(i)
        rest = [e for e in people if id(e) in first and id(e) not in kin]
        return rest[0] if kin and len(rest) == 1 else None

    def _named_before(self, word: str, mk: int, sk: int) -> bool:
        """Whether a word is part of the name of one mentioned or quoted lately (up to
        mention ``mk`` and speaker ``sk``)."""
        return any(
            word in m.entity.name.split()
            for m in (
                *self.mentions[max(0, mk - 40) : mk + 1],
                *self.speakers[max(0, sk - 40) : sk + 1],
            )
        )

    def _one_asked(self, found: list[EntityMention], gender: str) -> EntityMention | None:
        """The person of ``found`` asked a question in their sentence by another of them
        ("Hale asked Bob Reid whether ..."), right after the verb and before its question
        word (not where the asker is no one of them: "... she said, was a question, when
        a young man asked Clinton why ...")."""
        tokens = self.tokens
        lower = tokens.lower
        ends = {c.last if c.last >= 0 else c.token + 1 for c in found}
        for m in found:
            after = m.last if m.last >= 0 else m.token + 1
            if (
                m.token > 0
                and lower[m.token - 1] in ASKED_OPENERS
                and m.token - 1 in ends
                and after < len(tokens)
                and lower[after] in _QUESTION_WORDS
                and m.entity.kind is SpeakerKind.PERSON
                and m.entity.gender in (gender, None)
            ):
                return m
        return None

    def _unknown_given_name(self, name: str) -> bool:
        """Whether a name of two words or more opens with a given name the name table does
        not know ("Harjit Sajjan"), not with a word the text also writes in lower case
        ("Songwriter Guy Chambers", "Absent Sanders") or a noun of persons."""
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper():
            return False
        first = words[0].lower()
        if (
            first in PERSON_NOUNS
            or first in TITLE_WORDS
            or first in EPITHETS
            or any(is_given_name(w) for w in words[1:])  # "Songwriter Guy Chambers"
            or len(self.by_last.get(words[-1], ())) > 1  # "Absent Sanders" (Bernie's)
        ):
            return False
        lowered = self.tokens.memo.get(("lower-case words",))
        if lowered is None:
            lowered = frozenset(t for t in self.tokens.text if t[:1].islower())
            self.tokens.memo[("lower-case words",)] = lowered
        assert isinstance(lowered, frozenset)
        return first not in lowered

    def _described_subject(self, sent: int, found: list[EntityMention]) -> bool:
        """Whether sentence ``sent`` opens with a person described, not named ("The
        world number one was forced to ...", "The Swiss beat ..."), and names the people
        ``found`` in it, none quoted, only after its subject."""
        tokens = self.tokens
        lower = tokens.lower
        first = tokens.sent_first[sent]
        if first + 2 >= len(tokens) or lower[first] != "the":
            return False
        k = first + 1
        while (
            k < len(tokens)
            and k - first <= 5
            and tokens.text[k][:1].islower()
            and lower[k] not in FINITE_WORDS
        ):
            k += 1
        head = lower[k - 1]
        if k == first + 1 or k >= len(tokens) or lower[k] not in FINITE_WORDS:
            return False
        person = (
            (role_noun(head) and head not in COMPANY_ROLES)
            or head in EPITHETS  # "the youngster"
            or demonym_noun(head)
            or (head == "one" and lower[k - 2] == "number")  # "the world number one"
        )
        return person and all(not m.speaker and m.token > k for m in found)

    def _pronoun_subject(self, sent: int, gender: str, found: list[EntityMention]) -> bool:
        """Whether sentence ``sent`` has "he" or "she" of ``gender`` as its subject and
        names the people ``found`` in it, none quoted, only after it ("He nodded to his
        finish behind Ted Cruz. “...,” he said": the one "he" stood for before)."""
        tokens = self.tokens
        lower = tokens.lower
        k = tokens.sent_first[sent]
        end = k + 3
        while k < end and k < len(tokens) and lower[k] in _PRONOUN_SUBJECT_OPENERS:
            k += 1
        if k + 1 >= len(tokens) or tokens.sent[k] != sent:
            return False
        pronoun = "she" if gender == "f" else "he"
        if lower[k] != pronoun:
            # "Disappointed by his memory of Tom Hale's years, he is committed": the
            # subject after an opening adjunct, which names people only as objects
            comma = self._opener_end(k, sent)
            if comma < 0 or lower[comma + 1] != pronoun:
                return False
            k = comma + 1
            return tokens.text[k + 1][:1].islower() and all(not m.speaker for m in found)
        return tokens.text[k + 1][:1].islower() and all(
            not m.speaker and m.token > k for m in found
        )

    def _main_subject(self, m: EntityMention) -> bool:
        """Whether a mention is the subject of its sentence's main clause, before its verb:
        it opens the sentence, or follows the comma that closes an opening adverbial clause
        ("When asked what scared him more, Voss didn't hesitate")."""
        tokens = self.tokens
        first = tokens.sent_first[m.sent]
        end = m.last if m.last > m.token else m.token + 1
        if end >= len(tokens) or not tokens.text[end].isalpha() or not tokens.text[end].islower():
            return False
        if m.token == first:
            return True
        lower = tokens.lower
        return (
            tokens.text[m.token - 1] == ","
            and (lower[first] in SUBORDINATORS or lower[first] in ASKED_OPENERS)
            and "," not in tokens.text[first : m.token - 1]
        )

    def _opener_end(self, k: int, sent: int) -> int:
        """The comma that closes an adjunct opening sentence ``sent`` at token ``k`` (a
        participle or a preposition, then no verb of a clause: "Disappointed by his
        memory of Tom Hale's years,"), or -1."""
        tokens = self.tokens
        lower = tokens.lower
        w = lower[k]
        if not (w in OPENER_PREPOSITIONS or (w.endswith(("ed", "ing")) and len(w) > 4)):
            return -1
        j = k + 1
        while j < len(tokens) and j - k <= _OPENER_WORDS and tokens.sent[j] == sent:
            t = tokens.text[j]
            if t == ",":
                return j if j + 2 < len(tokens) and tokens.sent[j + 2] == sent else -1
            if t[:1].islower() and (lower[j] in CUE_FORMS or lower[j] in FINITE_WORDS):
                return -1
            if tokens.quote[j] >= 0:
                return -1
            j += 1
        return -1

    def _object_in_opener(self, m: EntityMention, at: int) -> bool:
        """Whether a name before the pronoun at token ``at`` is the object of a
        preposition in a clause that opens the pronoun's sentence and a comma closes
        ("Responding to criticism from pundit Alan Hansen, he insisted", "Of Hepburn, she
        said"), with no verb of the main clause between them, or is in the question put
        to the pronoun ("Asked whether Tiago Mendes had left, he said")."""
        tokens = self.tokens
        lower = tokens.lower
        first = tokens.sent_first[tokens.sent[at]]
        if (
            lower[first] in ASKED_OPENERS
            and at - first <= _OPENER_WORDS * 2
            and tokens.text[at - 1] == ","
            and "," not in tokens.text[first : m.token]
        ):
            return True  # "Asked whether Tiago Mendes had left, he said": the one asked about
        k = m.token - 1
        while k > first and m.token - k < 4 and lower[k] not in OPENER_PREPOSITIONS:
            if lower[k] in FUNCTION_WORDS or not tokens.text[k][:1].isalpha():
                return False
            k -= 1  # "pundit", "Mr"
        if (
            k < first
            or lower[k] not in OPENER_PREPOSITIONS
            or at - first > 25
            or tokens.text[at - 1] != ","
            or (lower[k] == "for" and k > first and lower[k - 1] == "as")  # "As for Trump,"
        ):
            return False
        return all(
            lower[j] not in CUE_FORMS and lower[j] not in FINITE_WORDS
            for j in range(first, m.token)
            if not tokens.text[j][:1].isupper()
        )

    def _modifier(self, m: EntityMention) -> bool:
        """Whether a name is a modifier of the noun after it, after "a" or "an": "an Alan
        Shearer strike", "a Tom Hanks film"."""
        tokens = self.tokens
        k = m.last
        return (
            m.token > 0
            and tokens.lower[m.token - 1] in ("a", "an")
            and 0 < k < len(tokens)
            and tokens.text[k].isalpha()
            and tokens.text[k][0].islower()
            and tokens.lower[k] not in FUNCTION_WORDS
        )

    def _named_back(self, mk: int, sk: int) -> Iterator[EntityMention]:
        """The mentions from index ``mk`` and the speakers from index ``sk`` back, in one
        order, the nearest first (the speaker of two at one token first), as far as
        :data:`MAX_MENTIONS_SCANNED` of them."""
        scanned = 0
        while scanned < MAX_MENTIONS_SCANNED and (mk >= 0 or sk >= 0):
            scanned += 1
            m_tok = self.mentions[mk].token if mk >= 0 else -1
            s_tok = self.speakers[sk].token if sk >= 0 else -1
            if s_tok >= m_tok:
                yield self.speakers[sk]
                sk -= 1
            else:
                yield self.mentions[mk]
                mk -= 1

    def _last_of_gender(self, mk: int, sk: int, para: int, gender: str) -> EntityMention | None:
        """Further back than the nearest sentences: the person last mentioned (or quoted)
        whom the article already knows to be of ``gender``, within a few paragraphs
        ("she" for Wendy Golden, named five paragraphs back, the only woman since)."""
        for cand in self._named_back(mk, sk):
            if para - cand.para > _MAX_PARAGRAPHS_FOR_GENDER:
                return None
            e = cand.entity
            if e.kind is SpeakerKind.PERSON and e.gender == gender:
                return cand
        return None

    def _named_after(self, at: int, para: int, gender: str) -> EntityMention | None:
        """A pronoun at token ``at`` before anyone of its ``gender`` is named, in a lede:
        the first person of that gender named after it, in its paragraph or the next
        ("“We got most of it,” she said. ¶ Union president Ann Dale said ...")."""
        mk = bisect_left(self.mention_tokens, at)
        sk = bisect_left(self.speaker_tokens, at)
        if mk > MAX_MENTIONS_SCANNED or sk > MAX_MENTIONS_SCANNED:
            return None  # a lede names few: bounded
        if any(m.entity.gender == gender for m in (*self.mentions[:mk], *self.speakers[:sk])):
            return None
        sent = self.tokens.sent[at]
        for m in self.mentions[mk : mk + MAX_MENTIONS_SCANNED]:
            if m.para - para > 1:
                break
            if (
                m.sent > sent  # not one named in the words reported
                and m.entity.kind is SpeakerKind.PERSON
                # of the gender, or a full name that tells none ("Kerry Ba")
                and (
                    m.entity.gender == gender or (m.entity.gender is None and " " in m.entity.name)
                )
                and not (self._modifier(m) or self._premodifier(m) or self._possessive(m))
            ):
                return m
        return None

    def _description_gender(self, phrase: Phrase) -> str | None:
        """The gender a speaker's own words give: "a spokeswoman", "a former official,
        who asked not to be named because she ..."."""
        tokens = self.tokens
        gender = title_gender(self._span_text(phrase.first, phrase.last))
        if gender is None and phrase.description is not None:
            a, b = phrase.description
            for k in range(a, b):
                if tokens.lower[k] in ("she", "her", "herself"):
                    return "f"
                if tokens.lower[k] in ("he", "his", "him", "himself"):
                    return "m"
        return gender

    def _premodifier(self, m: EntityMention) -> bool:
        """Whether a name modifies the role of the person named after it: "Obama
        consultant Cornell Belcher", "Clinton campaign chairman John Podesta"."""
        tokens = self.tokens
        n = len(tokens)
        k = m.last if m.last > m.token else m.token + 1
        start = k
        while (
            k < n
            and k - start < 3
            and tokens.text[k].islower()
            and tokens.text[k].isalpha()
            and tokens.lower[k] not in FUNCTION_WORDS
        ):
            k += 1
        return (
            start < k < n
            and role_noun(tokens.lower[k - 1])
            and tokens.text[k][:1].isupper()
            and tokens.quote[k] < 0
        )

    def _possessive(self, m: EntityMention) -> bool:
        """Whether a mention ends in a possessive ("Fraser's mother", "the judge's
        criticisms")."""
        tokens = self.tokens
        n = len(tokens)
        if m.last > m.token:
            k = m.last
        else:
            k = m.token
            while k < n and k - m.token < 4 and tokens.text[k][0].isupper():
                k += 1
        # "Hale's been making the case": "has", no possessive
        return (
            k < n
            and tokens.lower[k] in ("’s", "'s")
            and (k + 1 >= n or tokens.lower[k + 1] not in _AFTER_CONTRACTED_IS)
        )
