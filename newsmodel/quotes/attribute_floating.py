"""Attribution by the neighbours: quotations with no cue of their own.

``continued``          a quotation running over paragraphs takes the attribution of its parts
``floating``           a quotation standing alone keeps the speaker of the one before it
``colon``              ... or of a paragraph that ends "Sanders said:"
``following``          a quotation standing alone takes the speaker of the one right after it
``beat``               ... or, no one quoted before, the person the sentence before is about
``ahead``              ... or the person the sentence after it names as its speaker
``previous-sentence``  a quoted fragment right after a sentence of reported speech
``subject``            a quotation of three words or more, no cue: the subject of its sentence
``nearby``             a long quotation, no cue: the speaker of the passage around it

:func:`cue_anchors` gives the cues of speech outside quotations with their speakers, for
quotations standing alone after them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from newsmodel.model import SpeakerKind
from newsmodel.quotes.attribute_before import NOUN_CUES, others_words
from newsmodel.quotes.clauses import points_back
from newsmodel.quotes.cue_speaker import AFTER_CLASSES, Context, Found, first_phrase, speaker_of
from newsmodel.quotes.cues import Cue, is_adverb
from newsmodel.quotes.lexicon import CUE_FORMS, FUNCTION_WORDS, TITLE_WORDS, CueClass, word_list
from newsmodel.quotes.marks import RawQuote, quote_links, quote_paragraphs
from newsmodel.quotes.phrase_words import capitals_end, named_in_full, names_no_one
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.quoted_titles import read_out, title_cased
from newsmodel.quotes.speaker_kinds import DETERMINERS, Phrase, classify
from newsmodel.quotes.speakers import FINITE_WORDS, phrase_before
from newsmodel.quotes.tokens import Tokens, word_count

__all__ = [
    "NEARBY_WORDS",
    "attach_floating",
    "continued",
    "cue_anchors",
    "opens_sentence",
]

#: Words a quotation needs to take the speaker of the passage around it (rule "nearby").
NEARBY_WORDS = 4
_SKIPPED_BEFORE_VERB = word_list("skipped_before_verb")
#: Conjunctions and marks that may stand before a quotation that opens its sentence.
_QUOTE_LEAD_INS = word_list("quote_lead_ins")
#: Relative pronouns that stand for a thing: the cue of their clause gives no speaker to a
#: quotation standing alone after it ("the case, which challenges the law").
_THING_RELATIVES = word_list("thing_relatives")
#: Words that open a sentence pointing back at a quotation before it: "That was how ...".
_BACK_POINTERS = word_list("back_pointers")
#: Words that open a sentence naming who spoke before it: "That was Ann Reid on Monday".
_NAMING_POINTERS = word_list("naming_pointers")
#: Labels of an interviewer's question in a transcript: "Q: Is the group frustrated?".
_QUESTION_LABELS = word_list("question_labels")
#: Nouns of a crowd's cries: "chants of “...”", "shouts of “...”".
_CRIES = word_list("cries")
#: Forms of "be" after a word pointing back: "That was how ...", "Those are the words".
_COPULAS = word_list("pointing_copulas")
#: Verbs whose "that" points back at the words of their subject: "Kent Abernethy said
#: that before the game" (not "disputed that", "denied that": another's).
_SAID_THAT_VERBS = word_list("said_that_verbs")
#: Verbs of making what was said, before "that statement": "Stan Boychuk made that
#: statement Friday".
_MADE_VERBS = word_list("made_verbs")
#: The most tokens of the sentence after a quotation read for its speaker.
_AHEAD_REACH = 40


def opens_sentence(tokens: Tokens, a: int, sf: int) -> bool:
    """Whether the quotation at token ``a`` opens its sentence (sentence start ``sf``),
    bar a conjunction, a bracket or a dash before it."""
    if a - sf > 6:
        return False
    k = sf
    while k < a and tokens.lower[k] in _QUOTE_LEAD_INS:
        k += 1
    return k >= a


def continued(
    quotes: Sequence[RawQuote], found: list[Found | None], tokens: Tokens | None = None
) -> None:
    """Parts of one quotation over several paragraphs share one attribution. With
    ``tokens``, the sharing stops at a part that opens with a transcript's speaker label
    ("WALLACE: ...") or a stage direction ("(CROSSTALK.)"): another voice."""
    links = quote_links(quotes)
    for qi, previous in links.items():
        if quotes[qi].continues:
            continue
        # qi ends a chain: walk back to its start
        chain = [qi]
        k: int | None = previous
        while k is not None and len(chain) < 50:
            chain.append(k)
            k = links.get(k)
        chain.reverse()
        source = None
        for c in chain:
            fc = found[c]
            if fc is not None and fc.inherit is None:
                source = c
                break
        if source is None:
            continue
        for c in chain:
            if tokens is not None and c != source and _another_voice(tokens, c):
                break
            if found[c] is None:
                found[c] = Found(None, None, "continued", 0.85, inherit=source)


def _another_voice(tokens: Tokens, qi: int) -> bool:
    """Whether quotation ``qi`` opens with a speaker label ("WALLACE:") or a bracket."""
    a, b = tokens.quote_range[qi]
    if a + 1 >= b:
        return False
    first = tokens.text[a + 1]
    if first == "(":
        return True
    return a + 2 < b and tokens.text[a + 2] == ":" and first.isupper() and len(first) > 1


def attach_floating(
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    found: list[Found | None],
    titles: Sequence[bool],
    speech: Sequence[bool],
    anchors: Sequence[tuple[int, int, Found]],
    cues: Sequence[Cue] = (),
) -> None:
    """Quotations with no attribution of their own take one from their neighbours.

    ``anchors`` are (token, paragraph, attribution) of indirect speech, in text order.
    A quotation standing alone as a sentence keeps the speaker of the quotation or
    reported speech just before it, in its paragraph or the one before (``floating``),
    or of a colon that ends the paragraph before (``colon``), or takes the speaker of the
    quotation right after it (``following``). A quoted fragment in a sentence with no
    cue, right after a sentence of reported speech, takes that speaker
    (``previous-sentence``).
    """
    order = _speech_order(speech)
    cue_firsts = [c.first for c in cues]

    def cues_between(lo: int, hi: int) -> list[Cue]:
        k = bisect_left(cue_firsts, lo)
        found_cues = []
        while k < len(cues) and cues[k].first < hi:
            found_cues.append(cues[k])
            k += 1
        return found_cues

    paragraphs = quote_paragraphs(quotes)
    links = quote_links(quotes)
    # the first quotation in the paragraphs of speech, before anyone else has spoken
    first_quoted = next((qi for qi, p in enumerate(paragraphs) if speech[p]), -1)
    if anchors and first_quoted >= 0 and anchors[0][0] < tokens.quote_range[first_quoted][0]:
        first_quoted = -1
    points: list[tuple[int, int, int | None, Found]] = []
    for qi, f in enumerate(found):
        if f is not None:
            a, b = tokens.quote_range[qi]
            points.append((b - 1, paragraphs[qi], qi, f))
    for token, para, f in anchors:
        if f.phrase is None or not _thing_relative(tokens, f.phrase):
            points.append((token, para, None, f))
    points.sort(key=lambda p: p[0])
    tokens_of_points = [p[0] for p in points]
    last_floating: tuple[int, int, int | None, Found] | None = None
    named: set[str] | None = None  # the capitalised words inside sentences, once needed
    for qi, paragraph in enumerate(paragraphs):
        if found[qi] is not None or not speech[paragraph] or titles[qi]:
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, _sl = tokens.sentence_bounds(a)
        lo, hi = tokens.para_bounds(a)
        k = bisect_left(tokens_of_points, a) - 1
        previous = points[k] if k >= 0 else None
        if last_floating is not None and (previous is None or last_floating[0] > previous[0]):
            previous = last_floating
        if previous is not None and previous[2] is None:
            # a cue inside the sentence of an attributed quotation (in its speaker's
            # description, say) gives way to that quotation's attribution
            sent = tokens.sent[previous[0]]
            m = k - 1
            while m >= 0 and m > k - 8 and _in_sentence(tokens, points[m], sent):
                if points[m][2] is not None:
                    previous = points[m]
                    break
                m -= 1
        if previous is not None and previous[3].rule == "indirect-object":
            # a stance or object ("he holds two degrees") is no speech a quotation
            # follows, unless nothing else is near
            m = k - 1
            while m >= 0 and m > k - 6 and points[m][1] == previous[1]:
                if points[m][3].rule != "indirect-object":
                    previous = points[m]
                    break
                m -= 1
        if previous is not None and previous[3].thought:
            # the sentence's reported speech, not the thought inside it
            sent = tokens.sent[previous[0]]
            m = k - 1
            while m >= 0 and m > k - 6 and tokens.sent[points[m][0]] == sent:
                if not points[m][3].thought:
                    previous = points[m]
                m -= 1
        near = previous is not None and order.get(previous[1], -9) >= order[paragraph] - 1
        if opens_sentence(tokens, a, sf) and _standalone(tokens, a, b, hi):
            words = word_count(tokens, a, b)
            if tokens.text[b - 2] == ":" or (
                words < 2
                # (but "“...,” Ann Dale said. “Enough.”": her words go on)
                and not (
                    previous is not None
                    and previous[2] is not None
                    and previous[1] == paragraph
                    and tokens.sent[previous[0]] >= tokens.sent[sf] - 1
                )
            ):
                continue  # "“Related:”", "“Yes!”": page furniture and cries
            pointed = _pointed_back(tokens, b, speech, cues_between)
            if pointed is not None:
                found[qi] = pointed  # "“...” ¶ That was how Jane Dale described it."
                continue
            if previous is not None and sf > lo:
                beat = _beat(tokens, sf, lo, speech)
                if (
                    beat is not None
                    and beat.phrase is not None
                    and named_in_full(beat.phrase)
                    and not _same_name(
                        tokens, beat, _inherit(previous, "floating", 0.75, found), found
                    )
                ):
                    # "“...,” the premier said. ¶ NDP Leader Carla Beck rose again. “...”":
                    # the one the paragraph names before the words, not the last speaker
                    found[qi] = beat
                    continue
            if previous is not None and (
                near or _across_narration(tokens, previous, paragraph, order, found)
            ):
                floating = _inherit(previous, "floating", 0.75, found)
                found[qi] = floating
                last_floating = (b - 1, paragraph, qi, floating)
                continue
            colon = _paragraph_colon(tokens, lo, paragraph, order)
            if colon is not None:
                found[qi] = colon
                continue
            nxt = qi + 1
            if nxt < len(quotes) and paragraphs[nxt] == paragraph and found[nxt] is not None:
                found[qi] = Found(None, None, "following", 0.7, inherit=nxt)
                continue
            if previous is None or not near:
                found[qi] = _beat(tokens, sf, lo, speech)
                if found[qi] is None and qi not in links and not quotes[qi].continues:
                    # one quotation, not a part of one over paragraphs
                    found[qi] = _ahead(tokens, b, speech, cues_between, lede=qi == first_quoted)
            continue
        words = word_count(tokens, a, b)
        cued = any(
            c.usable
            and c.cls in (*AFTER_CLASSES, CueClass.NAMING)
            and c.first > 0
            and tokens.lower[c.first - 1] not in ("so", "so-")
            for c in cues_between(max(sf, a - 40), a)
        )
        if (words < 3 and not cued) or title_cased(tokens, a, b):
            continue  # short fragments and titles with no cue are mostly no speech
        if others_words(tokens, sf, a):
            continue  # "amid claims that he is part of a “dirty tricks” campaign": theirs
        if any(c.passive and c.cls is CueClass.NAMING for c in cues_between(max(sf, a - 4), a)):
            continue  # "The firm, dubbed “...” in the boom": a name others gave the subject
        if read_out(tokens, a, sf):
            continue  # "wearing a shirt that read “...”": the words on a thing, no one's
        # a quotation in a sentence about someone: theirs, most likely; else the speaker
        # of the sentence before, or of the passage
        subject = first_phrase(tokens, sf, a)
        if named is None and subject is not None and subject.name is not None:
            named = _capitals_inside(tokens)
        if (
            subject is not None
            and subject.kind in (SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ORGANISATION)
            and (subject.pronoun is not None or subject.name is not None or subject.definite)
            and not _no_subject(tokens, subject, named)
            and not names_no_one(subject)  # "His hope must be ...": no one
        ):
            verb = _verb_after(tokens, subject, a)
            if subject.last < a and tokens.text[subject.last] == ":":
                # a transcript's "Lopez: Well, no one calls it “...”": the colon
                verb = (tokens.start[subject.last], tokens.end[subject.last])
            cue_words = [c for c in cues_between(max(subject.last, a - 80), a) if not c.negated]
            if cue_words:
                # "Reid, who has at times described Hale as “...”": the cue it has
                c = cue_words[-1]
                verb = (tokens.start[c.first], tokens.end[c.last - 1])
            found[qi] = Found(subject, verb, "subject", 0.5)
        elif (
            subject is not None
            and subject.kind is SpeakerKind.GROUP
            and any(c.cls is CueClass.NAMING for c in cues_between(subject.last, a))
        ):
            continue  # "Forecasters call such storms “weather bombs”": a term of theirs
        elif (
            previous is not None
            and previous[1] == paragraph
            and tokens.sent[previous[0]] == tokens.sent[sf] - 1
        ):
            found[qi] = _own_cue(
                tokens,
                _inherit(previous, "previous-sentence", 0.6, found),
                cues_between(max(sf, a - 80), a),
            )
        elif (
            previous is not None
            and near
            and words >= NEARBY_WORDS
            # (not "the chamber erupted in chants of “...”": a crowd's cries)
            and not (a >= 2 and tokens.lower[a - 1] == "of" and tokens.lower[a - 2] in _CRIES)
        ):
            found[qi] = _own_cue(
                tokens,
                _inherit(previous, "nearby", 0.5, found),
                cues_between(max(sf, a - 80), a),
            )


def cue_anchors(ctx: Context, cues: Sequence[Cue]) -> list[tuple[int, int, Found]]:
    """Every cue of speech with its speaker, as (token, paragraph, attribution): what a
    quotation standing alone after it may take its speaker from."""
    tokens = ctx.tokens
    found = []
    for cue in cues:
        if not cue.usable or cue.cls in (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.STANCE):
            continue
        if tokens.quote[cue.first] >= 0:
            continue
        sf, sl = tokens.sentence_bounds(cue.first)
        phrase = speaker_of(ctx, cue, sf, sl)
        if phrase is None:
            continue
        found.append(
            (
                cue.last - 1,
                tokens.para[cue.first],
                Found(phrase, ctx.cue_span(cue), "floating", 0.7),
            )
        )
    return found


def _in_sentence(tokens: Tokens, point: tuple[int, int, int | None, Found], sent: int) -> bool:
    """Whether an attribution point lies in sentence ``sent``: a quotation's point lies
    in the sentence of its speaker too ("“... paid!” Dale declared, ...", where the
    splitter ends a sentence at the mark)."""
    if tokens.sent[point[0]] == sent:
        return True
    phrase = point[3].phrase
    return point[2] is not None and phrase is not None and tokens.sent[phrase.first] == sent


def _thing_relative(tokens: Tokens, phrase: Phrase) -> bool:
    """Whether a speaker phrase is a relative pronoun that stands for a thing ("the case,
    which challenges the law", "a game that offered ..."): its clause describes the thing,
    and a quotation standing alone after it is not the thing's words."""
    return phrase.last - phrase.first == 1 and tokens.lower[phrase.first] in _THING_RELATIVES


def _no_subject(tokens: Tokens, phrase: Phrase, named: set[str] | None = None) -> bool:
    """Whether a sentence's first phrase is no one who could be quoted: one capitalised
    adverb or participle of speech ("Repeatedly, ...", "Adding, ...") or "it"; or, given
    ``named`` (the capitalised words inside sentences), one word capitalised only because
    it opens the sentence ("Embryonic stem cells", "Informed of ...", "Good information")."""
    if (
        named is not None
        and phrase.name is not None
        and phrase.name[1] - phrase.name[0] == 1
        and tokens.sent_first[tokens.sent[phrase.name[0]]] == phrase.name[0]
    ):
        written = tokens.text[phrase.name[0]]
        after = phrase.name[1]
        return (
            written not in named
            and not is_given_name(written)  # "Kelly", "Emily"
            and (after >= len(tokens.text) or tokens.text[after] != ":")  # "Lopez:"
        )
    if phrase.last - phrase.first != 1:
        return False
    word = tokens.lower[phrase.first]
    if word == "it":
        return True
    if is_given_name(tokens.text[phrase.first]):
        return False
    return is_adverb(word) or (word.endswith("ing") and word in CUE_FORMS)


def _capitals_inside(tokens: Tokens) -> set[str]:
    """The capitalised words the text holds inside its sentences (not at their start):
    the names it gives, and the words it capitalises anyway."""
    return set(_capitals_between(tokens, 0, len(tokens.text)))


def _capitals_between(tokens: Tokens, lo: int, hi: int) -> Iterator[str]:
    """The capitalised words of tokens [lo, hi) outside quotations and not at the start
    of their sentence."""
    text = tokens.text
    sent = tokens.sent
    firsts = tokens.sent_first
    quote = tokens.quote
    for k in range(lo, hi):
        if text[k][:1].isupper() and firsts[sent[k]] != k and quote[k] < 0:
            yield text[k]


def _verb_after(tokens: Tokens, phrase: Phrase, limit: int) -> tuple[int, int] | None:
    """The character span of the verb after a subject ("Sanders ticked off ..."), or None."""
    k = phrase.last
    if phrase.description is not None:
        k = max(k, phrase.description[1])
    while k < limit and (
        tokens.text[k] == ","
        or tokens.lower[k] in _SKIPPED_BEFORE_VERB
        # "The senator spoke instead about ...": no adverb is the verb
        or (is_adverb(tokens.lower[k]) and tokens.lower[k] not in FINITE_WORDS)
    ):
        k += 1
    if k >= limit or tokens.quote[k] >= 0 or not tokens.text[k][0].islower():
        return None
    w = tokens.lower[k]
    if (w in FUNCTION_WORDS and w not in FINITE_WORDS) or w in DETERMINERS:
        return None  # "has egged on voters with slogans like the ...": no verb read
    return tokens.start[k], tokens.end[k]


def _same_name(tokens: Tokens, beat: Found, inherited: Found, found: list[Found | None]) -> bool:
    """Whether the words of the name a beat gives are words of the phrase of the
    attribution a quotation would inherit (so that it keeps that attribution and its
    cue; "Betsy Abbott" is not "Tom Abbott")."""
    origin = inherited if inherited.inherit is None else found[inherited.inherit]
    phrase = origin.phrase if origin is not None else None
    if phrase is None or beat.phrase is None or beat.phrase.name is None:
        return False
    words = set(tokens.text[phrase.first : phrase.last])
    a, b = beat.phrase.name
    return all(tokens.text[k] in words for k in range(a, b))


def _beat(tokens: Tokens, sf: int, lo: int, speech: Sequence[bool]) -> Found | None:
    """The person a sentence of narration right before a quotation standing alone is
    about, in its paragraph or closing the paragraph before, when no one has spoken yet:
    "Hale is blunt. “We are devastated.”", "Her advice is simple: ... ¶ “...”" (None if
    that sentence has no person named, nor their words, for its subject, or holds a
    quotation)."""
    if sf <= 0 or (
        sf <= lo and (tokens.para[sf - 1] != tokens.para[sf] - 1 or not speech[tokens.para[sf - 1]])
    ):
        return None  # (the body paragraph right before may give it: "Her advice is simple:")
    psf, _psl = tokens.sentence_bounds(sf - 1)
    if any(tokens.quote[k] >= 0 for k in range(psf, sf)):
        return None
    subject = first_phrase(tokens, psf, sf)
    if subject is None or subject.first != psf or subject.kind is not SpeakerKind.PERSON:
        return None
    owner = subject.pronoun is not None and subject.last - subject.first >= 2  # "Her advice"
    if sf <= lo and not owner:
        # across paragraphs, a person named for sure: a full name, or a word the text
        # capitalises inside its sentences too (not "Based upon ...", "Voices like ..."),
        # before words enough to be speech
        a, b = tokens.quote_range[tokens.quote[sf]] if tokens.quote[sf] >= 0 else (sf, sf)
        if subject.name is None or word_count(tokens, a, b) < NEARBY_WORDS:
            return None
        first, last = subject.name
        if last - first < 2 and tokens.text[first] not in _capitals_between(
            tokens, 0, len(tokens.text)
        ):
            return None
    elif subject.name is None and not owner:
        return None  # a person named, or whose words the sentence is about
    return Found(subject, _verb_after(tokens, subject, sf), "beat", 0.5)


def _ahead(
    tokens: Tokens,
    b: int,
    speech: Sequence[bool],
    cues_between: Callable[[int, int], list[Cue]],
    *,
    lede: bool,
) -> Found | None:
    """The person the sentence after a quotation standing alone (ending at token ``b``)
    names as its speaker, when no one has spoken near before it: a sentence pointing back
    with a cue or "words" ("That was how Jane Dale, a nurse, described it", "Those are
    the words of Tom Hale"); one whose subject is a named person with a cue of speech, in
    the quotation's paragraph ("Tom Hale shook his head as he said it"); or, before anyone
    has spoken (``lede``), the named person the next paragraph opens with ("Jane Dale has
    been a nurse for 20 years", "For Ann Reid, the apology came too late")."""
    after = _sentence_after(tokens, b, speech, cues_between)
    if after is None:
        return None
    nf, end, cues = after
    para = tokens.para[nf]
    cue = (tokens.start[cues[0].first], tokens.end[cues[0].last - 1]) if cues else None
    lower = tokens.lower
    if lower[nf] in _BACK_POINTERS:
        return _pointer_person(tokens, nf, end, cues)  # "That quote from Ann Dale ..."
    subject = _person_in(tokens, nf + (lower[nf] == "for"), end, at_start=True)
    if subject is None:
        return None
    if para == tokens.para[b - 1] and cue is not None:
        return Found(subject, cue, "ahead", 0.5)  # "Tom Hale shook his head as he said it"
    if lede and para != tokens.para[b - 1]:
        return Found(subject, cue, "ahead", 0.4)
    return None


def _pointed_back(
    tokens: Tokens,
    b: int,
    speech: Sequence[bool],
    cues_between: Callable[[int, int], list[Cue]],
) -> Found | None:
    """The person the sentence right after a quotation standing alone (ending at token
    ``b``) names while pointing back at it, whoever spoke before: "That was how Jane Dale,
    a nurse, described it", "Those are the words of Tom Hale", "Kent Abernethy said that
    before the game.", "Stan Boychuk made that statement Friday", "That was Senator Ann
    Reid on Monday"."""
    after = _sentence_after(tokens, b, speech, cues_between)
    if after is None:
        return None
    nf, end, cues = after
    lower = tokens.lower
    if (
        lower[nf] in _BACK_POINTERS
        and nf + 2 < end
        and lower[nf + 1] in _COPULAS
        and lower[nf + 2] in ("how", "the")
    ):
        # "That was how Jane Dale described it", "Those are the words of Tom Hale"
        return _pointer_person(tokens, nf, end, cues)
    if lower[nf] in _NAMING_POINTERS and nf + 2 < end and lower[nf + 1] in _COPULAS:
        at = nf + 2
        if at + 2 < end and lower[at] == "according" and lower[at + 1] == "to":
            at += 2  # "That's according to Marisol Dela Cruz, who teaches ..."
        person = _person_in(tokens, at, end, at_start=True)
        if (
            person is not None
            and (
                person.first == at
                # "That was Yankees manager Carl Brennan": the title before the name
                or all(
                    tokens.text[j][:1].isupper() or lower[j] in TITLE_WORDS
                    for j in range(at, person.first)
                )
            )
        ):
            # "That was Conservative Leader Pierre Lavoie on Monday, announcing ...": the
            # person named is who spoke
            span = (tokens.start[cues[0].first], tokens.end[cues[0].last - 1]) if cues else None
            return Found(person, span, "ahead", 0.5)
    for c in cues:
        if (
            c.lemma in _SAID_THAT_VERBS  # (not "disputed that": another's words)
            and c.last < end
            and lower[c.last] == "that"
            and points_back(tokens, c.last, end)
        ):
            return _named_subject(tokens, nf, c.first, c.last)  # "Kent Abernethy said that."
    for k in range(nf + 1, end - 2):
        if lower[k] in _MADE_VERBS and lower[k + 1] in _BACK_POINTERS and lower[k + 2] in NOUN_CUES:
            return _named_subject(tokens, nf, k, k + 3)  # "Stan Boychuk made that statement"
    return None


def _sentence_after(
    tokens: Tokens,
    b: int,
    speech: Sequence[bool],
    cues_between: Callable[[int, int], list[Cue]],
) -> tuple[int, int, list[Cue]] | None:
    """The sentence right after a quotation standing alone (ending at token ``b``), in
    its paragraph of speech or the next, as tokens [nf, end) read up to its reach, with
    its usable cues that no "not" denies; None when there is none or it holds words of
    its own in quotation marks."""
    sent = tokens.sent[b - 1] + 1
    if sent >= len(tokens.sent_first):
        return None
    nf = tokens.sent_first[sent]
    if tokens.para[nf] - tokens.para[b - 1] > 1 or not speech[tokens.para[nf]]:
        return None
    end = tokens.sent_first[sent + 1] if sent + 1 < len(tokens.sent_first) else len(tokens)
    end = min(end, nf + _AHEAD_REACH)
    if any(tokens.quote[k] >= 0 for k in range(nf, end)):
        return None  # a sentence with words of its own
    return nf, end, [c for c in cues_between(nf, end) if c.usable and not c.negated]


def _named_subject(tokens: Tokens, nf: int, first: int, last: int) -> Found | None:
    """The person named as the subject of the words [first, last) that point back at a
    quotation, in the sentence that opens at token ``nf``, as its speaker."""
    subject = phrase_before(tokens, first, nf)
    if subject is None or subject.name is None or subject.kind is not SpeakerKind.PERSON:
        return None
    return Found(subject, (tokens.start[first], tokens.end[last - 1]), "ahead", 0.6)


def _pointer_person(tokens: Tokens, nf: int, end: int, cues: list[Cue]) -> Found | None:
    """The person a sentence [nf, end) pointing back at a quotation names, with its cue
    or "words": "That was how Jane Dale described it", "Those are the words of Tom Hale"."""
    if not cues and "words" not in tokens.lower[nf:end]:
        return None
    person = _person_in(tokens, nf + 1, end)
    if person is None:
        return None
    span = (tokens.start[cues[0].first], tokens.end[cues[0].last - 1]) if cues else None
    return Found(person, span, "ahead", 0.5)


def _person_in(tokens: Tokens, lo: int, hi: int, at_start: bool = False) -> Phrase | None:
    """The first run of capitals in tokens [lo, hi) that names a person in full (with
    ``at_start``, only one at ``lo``)."""
    text = tokens.text
    k = lo
    while k < hi:
        if text[k][0].isupper():
            j = capitals_end(tokens, k, hi)
            phrase = classify(tokens, k, j)
            if phrase is not None and named_in_full(phrase):
                return phrase
            k = j
        elif at_start:
            return None
        else:
            k += 1
        if at_start:
            return None
    return None


def _own_cue(tokens: Tokens, found: Found, cues: Sequence[Cue]) -> Found:
    """An inherited attribution with the cue of the quotation's own sentence, if it has
    one: "... the kind of leader he calls “...”"."""
    usable = [c for c in cues if not c.negated]
    if usable:
        c = usable[-1]
        found.cue = (tokens.start[c.first], tokens.end[c.last - 1])
    return found


def _inherit(
    point: tuple[int, int, int | None, Found],
    rule: str,
    confidence: float,
    found: list[Found | None],
) -> Found:
    _token, _para, qi, f = point
    if qi is not None:
        source = qi
        seen = 0
        while seen < 50:
            fs = found[source]
            if fs is None or fs.inherit is None:
                break
            source = fs.inherit
            seen += 1
        return Found(None, None, rule, confidence, inherit=source)
    return Found(f.phrase, f.cue, rule, confidence)


def _standalone(tokens: Tokens, a: int, b: int, hi: int) -> bool:
    """Whether nothing but punctuation follows the quotation in its sentence."""
    end = b
    while end < hi and tokens.text[end] in (".", ",", "!", "?", ")", ";"):
        end += 1
    return end >= hi or tokens.quote[end] >= 0 or tokens.sent[end] != tokens.sent[a]


def _across_narration(
    tokens: Tokens,
    previous: tuple[int, int, int | None, Found],
    paragraph: int,
    order: dict[int, int],
    found: list[Found | None],
) -> bool:
    """Whether a quotation standing alone follows its speaker's attribution across one
    paragraph of narration that names no one else: "“...,” Tu said. / The storm cost the
    most. / “And if you count the lost days ...”"."""
    if order.get(previous[1], -9) != order[paragraph] - 2:
        return False
    between = paragraph - 1
    if order.get(between, -9) != order[paragraph] - 1:
        return False
    lo, hi = tokens.para_range[between]
    if lo >= hi or any(tokens.quote[k] >= 0 for k in range(lo, hi)):
        return False  # (narration holds no quotation)
    if (
        lo + 1 < hi
        and tokens.lower[lo] in _QUESTION_LABELS
        and tokens.text[lo + 1] == ":"
        and previous[2] is not None  # after a quotation of the speaker's
        and tokens.quote[hi] >= 0  # and before one that opens its paragraph
    ):
        return True  # "Q: Connor, is the group frustrated?": the question put to the speaker
    # the words naming the speaker may recur ("Laurin"); any other capital names another
    inherited = _inherit(previous, "floating", 0.75, found)
    origin = inherited if inherited.inherit is None else found[inherited.inherit]
    phrase = origin.phrase if origin is not None else None
    own = set() if phrase is None else set(tokens.text[phrase.first : phrase.last])
    others = {word for word in _capitals_between(tokens, lo, hi) if word not in own}
    if not others:
        return True
    if phrase is None or phrase.pronoun is None or len(others) > 1:
        return False
    subject = first_phrase(tokens, lo, tokens.sentence_bounds(lo)[1])
    if (
        subject is not None
        and subject.first == lo
        and subject.name is not None
        and subject.name[1] - subject.name[0] >= 2
    ):
        return False  # "“...,” she said. / Ann Dale turned to her past.": another, in full
    # "“...,” she said. / Still, with her pension, Laurin ... when she had to ...": a
    # speaker named by a pronoun may be named once in the narration that goes on about
    # her, which a pronoun of hers shows
    forms = _PRONOUN_FORMS.get(tokens.lower[phrase.first], frozenset())
    return any(tokens.lower[k] in forms for k in range(lo, hi))


#: The forms of a subject pronoun that show narration goes on about its speaker.
_PRONOUN_FORMS = {
    "he": frozenset({"he", "his", "him"}),
    "she": frozenset({"she", "her"}),
}


def _speech_order(speech: Sequence[bool]) -> dict[int, int]:
    order: dict[int, int] = {}
    n = 0
    for i, s in enumerate(speech):
        if s:
            order[i] = n
            n += 1
    return order


def _paragraph_colon(tokens: Tokens, lo: int, para: int, order: dict[int, int]) -> Found | None:
    """A paragraph that ends "Sanders said:" introduces the quotation that follows."""
    c = lo - 1
    if c < 0 or tokens.text[c] != ":" or order.get(tokens.para[c], -9) != order[para] - 1:
        return None
    sf, _sl = tokens.sentence_bounds(c)
    phrase = first_phrase(tokens, sf, c)
    if phrase is None:
        return None
    return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.7)
