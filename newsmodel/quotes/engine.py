"""The quotation engine: named stages run in order over one article.

Each stage reads and fills a :class:`Document`; the default pipeline is

1. ``marks``     pair the quote marks of every paragraph (:mod:`newsmodel.quotes.marks`)
2. ``tokens``    tokenise, and find the sentences around the quotations (:mod:`.tokens`)
3. ``cues``      find reporting verbs and phrases (:mod:`newsmodel.quotes.cues`)
4. ``names``     read the article's names and titles (:mod:`.article_names`)
5. ``attribute`` attribute each quotation (:mod:`newsmodel.quotes.attribute`)
6. ``indirect``  find reported speech without marks (:mod:`newsmodel.quotes.indirect`)
7. ``floating``  give quotations standing alone the speaker of their neighbours
                 (:mod:`newsmodel.quotes.attribute_floating`)
8. ``resolve``   resolve speakers to names, in text order (:mod:`newsmodel.quotes.coref`)
9. ``build``     make the :class:`~newsmodel.model.Quotation` objects

A :class:`Pipeline` can run without a stage (``Pipeline().without("indirect")``).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Collection, Sequence

import attrs

from newsmodel.model import (
    Attribution,
    Dateline,
    Mention,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
)
from newsmodel.names import clean_name
from newsmodel.quotes.attribute import attribute_quotes
from newsmodel.quotes.attribute_colon import repeated_in_body
from newsmodel.quotes.attribute_floating import (
    attach_floating,
    continued,
    cue_anchors,
    opens_sentence,
)
from newsmodel.quotes.calibration import calibrated, cue_lemma, measured_for
from newsmodel.quotes.coref import Registry, Resolved
from newsmodel.quotes.cue_speaker import Context, Found
from newsmodel.quotes.cues import Cue, find_cues
from newsmodel.quotes.embeds import find_embeds
from newsmodel.quotes.indirect import IndirectSpeech, find_indirect
from newsmodel.quotes.indirect_nouns import NOUN_RULE, noun_reports
from newsmodel.quotes.lexicon import CueClass, word_list
from newsmodel.quotes.marks import (
    RawQuote,
    find_quotes,
    quote_columns,
    quote_paragraphs,
)
from newsmodel.quotes.name_parts import lone_name_titles
from newsmodel.quotes.reported_clause import before_own_quote
from newsmodel.quotes.tokens import Tokens, ends_sentence

__all__ = [
    "DEFAULT_STANCES",
    "SPEECH_KINDS",
    "Document",
    "Pipeline",
    "Stage",
    "calibrated",
    "cue_lemma",
    "find_quotations",
    "stance_of",
]

#: Paragraph kinds whose quotations can be speech; quoted words elsewhere (headlines,
#: subheadings, captions, credits) are scare quotes.
_DATELINE_SEPARATORS = frozenset({"—", "–", "-", "--", ":", ",", "(", ")"})
SPEECH_KINDS = frozenset({ParagraphKind.BODY, ParagraphKind.BLOCKQUOTE, ParagraphKind.EDITORS_NOTE})
#: Page furniture: a subheading or caption may give a person's full name ("Wendy Golden
#: with photos of her son"), but nothing else in it names anyone a pronoun or a role
#: could stand for. A headline gives full names alone too, which a pronoun may stand for.
_FURNITURE_KINDS = frozenset(
    {
        ParagraphKind.HEADING,
        ParagraphKind.CAPTION,
        ParagraphKind.BOILERPLATE,
        ParagraphKind.DATELINE,
    }
)
#: Credits and bylines name the people who made the article, never those in it.
_CREDIT_KINDS = frozenset({ParagraphKind.CREDIT, ParagraphKind.BYLINE})
#: The stances reported unless asked otherwise: speech.
DEFAULT_STANCES = frozenset({Stance.SPEECH})
#: What each class of cue reports its words as.
_CLASS_STANCES = {
    CueClass.SPEECH: Stance.SPEECH,
    CueClass.WRITE: Stance.SPEECH,
    CueClass.NAMING: Stance.SPEECH,
    CueClass.COGNITION: Stance.THOUGHT,
    CueClass.EVIDENCE: Stance.OTHER,
    CueClass.STANCE: Stance.OTHER,
}
#: Rules whose reported words are an object or an intention, not a clause: "denied
#: wrongdoing", "pledged to deepen ties". They report a stance taken, not speech.
_OBJECT_RULES = frozenset({"indirect-object"})


#: Verbs of evidence that report speech when people use them: "she indicated that".
_SAID_BY_PEOPLE = word_list("said_by_people")
#: Verbs of thought that report speech after a person's words in quote marks.
_RECALLED_ALOUD = word_list("recalled_aloud")
#: Verbs of speech that report evidence when things use them: "a report estimates that".
_ESTIMATED_BY_THINGS = word_list("estimated_by_things")
#: Things that show words in public, whose words are no one's speech: "A sign says".
_DISPLAYS = word_list("displays")
#: Greetings before a name the words quoted are said to: "‘Hi Darlene’".
_GREETINGS = word_list("greetings")
#: Speakers that are people.
_PEOPLE = frozenset({SpeakerKind.PERSON, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP})


#: Rules that give words in quote marks, standing alone, the speaker of the passage they
#: stand in: those words are spoken or written, whatever the verb of the sentence they
#: take it from.
_PASSAGE_RULES = frozenset(["floating", "following", "continued"])
#: Rules whose speaker is the one a sentence is about, whose verb reports nothing.
_NO_VERB_RULES = frozenset(["subject", "beat", "ahead"])


def stance_of(cls: CueClass | None, rule: str, *, marked: bool = False) -> Stance:
    """The stance of an attribution made by ``rule`` with a cue of class ``cls`` (None
    for cues that are no verb: a colon, a dash, "according to", a noun such as "her
    remark"). Words in quote marks presented with a verb of evidence ("the minister
    found it “significant”") are the speaker's words: speech (but a document's, which
    :func:`_attribution` makes evidence); so are the words the ``subject`` rule gives a
    sentence's subject (or, by the ``beat`` and ``ahead`` rules, the one the sentence
    before or after is about),
    whose verb reports nothing of them, and those the rules of a
    passage (:data:`_PASSAGE_RULES`) give the speaker of a sentence of thought."""
    if cls is None or (marked and cls is CueClass.EVIDENCE) or rule in _NO_VERB_RULES:
        return Stance.SPEECH
    if marked and rule in _PASSAGE_RULES:
        return Stance.SPEECH  # "It was hours before Nora knew that ..." then “...”: words
    stance = _CLASS_STANCES[cls]
    if stance is Stance.SPEECH and rule in _OBJECT_RULES:
        return Stance.OTHER
    return stance


@attrs.define
class Document:
    """Everything the stages know about one article."""

    text: str
    paragraphs: Sequence[Paragraph]
    dateline: Dateline | None = None
    speech: list[bool] = attrs.field(factory=list)
    headline: list[bool] = attrs.field(factory=list)
    quotes: Sequence[RawQuote] = attrs.field(factory=list)
    tokens: Tokens | None = None
    cues: list[Cue] = attrs.field(factory=list)
    registry: Registry | None = None
    context: Context | None = None
    found: list[Found | None] = attrs.field(factory=list)
    titles: list[bool] = attrs.field(factory=list)
    indirect: list[IndirectSpeech] = attrs.field(factory=list)
    resolved: dict[int, Resolved] = attrs.field(factory=dict)
    quotations: tuple[Quotation, ...] = ()
    stances: Collection[Stance] = DEFAULT_STANCES


@attrs.frozen
class Stage:
    """A named step of the pipeline."""

    name: str
    run: Callable[[Document], None]
    description: str = ""


def _marks(doc: Document) -> None:
    doc.speech = [p.kind in SPEECH_KINDS for p in doc.paragraphs]
    doc.headline = [p.kind is ParagraphKind.HEADLINE for p in doc.paragraphs]
    spans = [(p.span.start, p.span.end) for p in doc.paragraphs]
    doc.quotes = find_quotes(doc.text, spans, doc.speech)


def _tokens(doc: Document) -> None:
    spans = [(i, p.span.start, p.span.end) for i, p in enumerate(doc.paragraphs)]
    doc.tokens = tokens = Tokens(doc.text, spans, doc.quotes)
    if doc.dateline is not None and len(tokens):
        # the first sentence starts after its dateline: "TORONTO — The government is
        # cutting funding, calling ...": its subject is the government, not the city
        after = _after_dateline(tokens, doc.dateline.span.end)
        if after < len(tokens):
            s = tokens.sent[after]
            first = tokens.sent_first[s]
            if first < after and tokens.para[first] == tokens.para[after]:
                tokens.sent_first[s] = after


def _after_dateline(tokens: Tokens, end: int) -> int:
    """The first token after a dateline that ends at offset ``end`` and its dashes."""
    after = tokens.at(end)
    while after < len(tokens) and tokens.text[after] in _DATELINE_SEPARATORS:
        after += 1
    return after


def _cues(doc: Document) -> None:
    assert doc.tokens is not None
    speech = doc.speech
    headline = doc.headline
    para = doc.tokens.para
    # a headline in title case ("Trevor Noah Says ...") has its cues capitalised
    title_case = {i for i, p in enumerate(doc.paragraphs) if headline[i] and _title_case(p.text)}
    doc.cues = [
        c
        for c in find_cues(doc.tokens, title_case)
        if speech[para[c.first]] or headline[para[c.first]]
    ]


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _names(doc: Document) -> None:
    assert doc.tokens is not None
    skip = (doc.dateline.span.start, doc.dateline.span.end) if doc.dateline else None
    furniture = frozenset(i for i, p in enumerate(doc.paragraphs) if p.kind in _FURNITURE_KINDS)
    credits = frozenset(i for i, p in enumerate(doc.paragraphs) if p.kind in _CREDIT_KINDS)
    headlines = frozenset(i for i, h in enumerate(doc.headline) if h)
    doc.registry = Registry(
        doc.text, doc.tokens, skip, furniture=furniture, credits=credits, headlines=headlines
    )


def _attribute(doc: Document) -> None:
    assert doc.tokens is not None
    doc.context = Context(doc.tokens, doc.cues)
    doc.found, doc.titles = attribute_quotes(
        doc.text, doc.tokens, doc.quotes, doc.cues, doc.speech, doc.context, doc.headline
    )
    doc.tokens.inline = {qi for qi, title in enumerate(doc.titles) if title}


def _indirect(doc: Document) -> None:
    assert doc.tokens is not None
    context = doc.context or Context(doc.tokens, doc.cues)
    # a cue inside the speaker phrase of a quotation ("officials briefed on the talks")
    # reports nothing of its own
    inside: set[int] = set()
    for f in doc.found:
        if f is not None and f.phrase is not None and f.inherit is None:
            inside.update(range(f.phrase.first, f.phrase.last))
    doc.indirect = find_indirect(context, doc.cues, doc.speech, inside=inside)
    # reported words that run on into their own partial quotation are that quotation's
    doc.indirect = [item for item in doc.indirect if before_own_quote(doc.tokens, doc.found, item)]
    nouns = noun_reports(context, doc.speech, doc.indirect)  # "Zhang’s claim that ..."
    if nouns:
        doc.indirect.extend(nouns)
        doc.indirect.sort(key=lambda item: item.first)
    spans = [(p.span.start, p.span.end) for p in doc.paragraphs]
    embeds = find_embeds(doc.tokens, doc.text, spans, doc.speech)
    if embeds:
        doc.indirect.extend(embeds)
        doc.indirect.sort(key=lambda item: item.first)
    if doc.dateline is not None:
        # reported speech in the first sentence starts after the dateline
        tokens = doc.tokens
        end = doc.dateline.span.end
        after = _after_dateline(tokens, end)
        for item in doc.indirect:
            if tokens.start[item.first] < end < tokens.end[item.last - 1]:
                item.first = after


def _forget_lookups(doc: Document) -> None:
    """Empty the memos of speaker phrases looked up (a tuple key and a phrase for each
    cue): the stages before keep what they found in ``doc.found`` and ``doc.indirect``,
    and a text of many quotations would hold both until the end."""
    if doc.tokens is not None:
        doc.tokens.memo.clear()
    if doc.context is not None:
        doc.context.speakers.clear()


def _floating(doc: Document) -> None:
    tokens = doc.tokens
    assert tokens is not None
    anchors = [
        (item.last - 1, tokens.para[item.first], item.found)
        for item in doc.indirect
        if item.found.rule != NOUN_RULE
    ]
    speech = doc.speech
    cues = [c for c in doc.cues if speech[tokens.para[c.first]]]
    # a cue's anchor is read only by a quotation left without attribution after it (in
    # a speech paragraph, no title): the cues after the last such need no speaker
    last = -1
    for qi, paragraph in enumerate(quote_paragraphs(doc.quotes)):
        if doc.found[qi] is None and speech[paragraph] and not doc.titles[qi]:
            a, b = tokens.quote_range[qi]
            if a < b:
                last = max(last, a)
    before = [c for c in cues if c.last - 1 < last]
    # the speakers the stages before found are read again here (most cues' anchors are
    # their speakers), and forgotten only then
    anchors.extend(cue_anchors(doc.context or Context(tokens, cues), before))
    _forget_lookups(doc)
    attach_floating(tokens, doc.quotes, doc.found, doc.titles, doc.speech, anchors, cues)
    # a quotation over paragraphs whose first part took its speaker here (a colon that
    # ends the paragraph before): its later parts share it
    continued(doc.quotes, doc.found, tokens)
    # a headline's words the body quotes with their speaker: theirs
    repeated_in_body(doc.text, doc.quotes, doc.found, doc.headline, doc.speech)


def _resolve(doc: Document) -> None:
    assert doc.registry is not None
    phrases = {}
    tokens = doc.tokens
    assert tokens is not None
    for qi, f in enumerate(doc.found):
        if f is not None and f.phrase is not None:
            phrases[f.phrase.first] = f.phrase
            if f.phrase.pronoun is not None and f.inherit is None:
                a, b = tokens.quote_range[qi]
                doc.registry.quoted_words[f.phrase.first] = frozenset(
                    tokens.text[k]
                    for k in range(a + 1, b)
                    if tokens.text[k][:1].isupper()
                    and tokens.sent_first[tokens.sent[k]] != k
                    and not _addressed(tokens, k)
                )  # the names inside, not capitals that open a sentence ("Will it ...")
    owners = set()  # the owners of nouns of speech: no speakers a pronoun may follow
    for item in doc.indirect:
        if item.found.phrase is not None:
            phrases.setdefault(item.found.phrase.first, item.found.phrase)
            if item.found.rule == NOUN_RULE:
                owners.add(item.found.phrase.first)
    titled: dict[str, str] | None = None  # "Falconer" to "Lord Falconer", read once
    for first in sorted(phrases):
        phrase = phrases[first]
        resolved = doc.registry.resolve(phrase)
        if resolved.kind is SpeakerKind.PERSON and " " not in resolved.name:
            if titled is None:
                titled = lone_name_titles(doc.text)
            if resolved.name in titled:
                resolved = attrs.evolve(resolved, name=titled[resolved.name])
        doc.resolved[first] = resolved
        if first not in owners:
            doc.registry.note_speaker(phrase, resolved)


def _addressed(tokens: Tokens, k: int) -> bool:
    """Whether the word at token ``k`` inside a quotation is a name the words are said
    to, set off by commas ("told me, Peter, the customers are ..."), after a greeting
    ("says ‘Hi Darlene’"), or opening or closing words quoted inside ("He said, ‘Nadia,
    just get here’", "It says ‘Go Monsieur Bastien,’"): the speaker's own name may be one."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    before, after = tokens.text[k - 1], tokens.text[k + 1]
    return (
        (before == "," and after in (",", ".", "!", "?"))
        or tokens.lower[k - 1] in _GREETINGS
        or (before in ("‘", "'") and after == ",")
        or after in ("’", "'")
        or (after in (",", ".", "!") and k + 2 < len(tokens) and tokens.text[k + 2] in ("’", "'"))
    )


def _attribution(
    doc: Document,
    found: Found,
    cue_classes: dict[int, CueClass],
    *,
    marked: bool = True,
    stances: Collection[Stance] | None = None,
    introduced: bool = False,
) -> Attribution | None:
    """The attribution ``found`` makes, calibrated (:func:`calibrated`), or None where its
    phrase resolved to no speaker (or, given ``stances``, where it reports a stance not
    among them: it is dropped). ``introduced`` says the quotation follows a colon: what a
    person "addressed the crowd:" with is speech."""
    phrase = found.phrase
    if phrase is None or (phrase.kind is SpeakerKind.DOCUMENT and phrase.role in _DISPLAYS):
        return None  # "A sign on the door says “...”": the words on a thing, no one's speech
    resolved = doc.resolved.get(phrase.first)
    if resolved is None:
        return None
    cue = None if found.cue is None else _mention(doc.text, found.cue)
    cls = None if found.cue is None else cue_classes.get(found.cue[0])
    stance = stance_of(cls, found.rule, marked=marked)
    if (
        stance is Stance.OTHER
        and cls is CueClass.EVIDENCE
        and resolved.kind in _PEOPLE
        and cue_lemma(cue) in _SAID_BY_PEOPLE
    ):
        stance = Stance.SPEECH  # a person "indicated that ...", a chart "indicates"
    elif (
        marked and cls is CueClass.EVIDENCE and SpeakerKind.DOCUMENT in (resolved.kind, phrase.kind)
    ):
        # records "show" a word in quote marks (also "an August PBO report found", which
        # names its body): evidence, no speech
        stance = Stance.OTHER
    elif (
        not marked
        and stance is Stance.SPEECH
        and cls is CueClass.SPEECH
        and resolved.kind not in _PEOPLE
        and cue_lemma(cue) in _ESTIMATED_BY_THINGS
    ):
        stance = Stance.OTHER  # "the bank signalled that", "a report estimates that"
    elif introduced and cls is CueClass.STANCE and resolved.kind in _PEOPLE:
        stance = Stance.SPEECH
    elif (
        marked
        and cls is CueClass.COGNITION
        and resolved.kind in _PEOPLE
        and cue_lemma(cue) in _RECALLED_ALOUD
        and found.rule.startswith("cue-after")
    ):
        stance = Stance.SPEECH  # "“Nobody expected it,” remembered Tom Green": his words
    if stances is not None and stance not in stances:
        return None
    tokens = doc.tokens
    assert tokens is not None
    m_start, m_end = tokens.start[phrase.first], tokens.end[phrase.last - 1]
    mention = Mention(_shared(doc.text[m_start:m_end]), Span(m_start, m_end))
    # the mention keeps the words as written; the name, title and description are
    # shown with their white space made single spaces ("National Health\nSystems Inc")
    speaker = Speaker(
        name=_shared(clean_name(resolved.name)),
        kind=resolved.kind,
        mention=mention,
        title=_clean(resolved.title),
        description=_clean(resolved.description),
    )
    measured = measured_for(found.rule, stance, cue, indirect=not marked)
    return Attribution(
        speaker=speaker,
        cue=cue,
        rule=found.rule,
        confidence=found.confidence if measured is None else measured,
        stance=stance,
    )


def _clean(value: str | None) -> str | None:
    return None if value is None else _shared(clean_name(value)) or None


def _shared(text: str) -> str:
    """One string object for all equal texts of the quotations, their speakers and cues
    ("he", "said", the same name a thousand times): a text of many quotations keeps one."""
    return sys.intern(text)


def _mention(text: str, span: tuple[int, int]) -> Mention:
    start, end = span
    return Mention(_shared(text[start:end]), Span(start, end))


def _kind(
    doc: Document, qi: int, q: RawQuote, found: Found | None, direct: Collection[int]
) -> QuoteKind:
    """Direct when the quotation is a whole sentence or clause, partial when woven in; the
    second part of a split quotation (“...,” she said, “...”) is what the first part is."""
    if found is None:
        return QuoteKind.SCARE
    if found.rule in ("floating", "following", "continued", "colon", "dash"):
        return QuoteKind.DIRECT
    tokens = doc.tokens
    assert tokens is not None
    a, b = tokens.quote_range[qi]
    if found.rule == "previous-sentence" and opens_sentence(
        tokens, a, tokens.sentence_bounds(a)[0]
    ):
        return QuoteKind.DIRECT  # a sentence that is the quotation (a fragment is woven in)
    if found.phrase is not None and found.rule == "cue-before":
        k = found.phrase.first - 1
        while k >= 0 and tokens.text[k] in (",", "—", "–"):
            k -= 1
        if k >= 0 and tokens.quote[k] == qi - 1 and qi - 1 in direct:
            return QuoteKind.DIRECT
    sf, sl = tokens.sentence_bounds(a)
    text = doc.text
    inner = text[q.start : q.end].lstrip(" (….")
    if not inner:
        return QuoteKind.PARTIAL
    capital = inner[0].isupper() or inner[0].isdigit() or inner[0] in "“‘\"'"
    k = a - 1
    clean_left = (
        k < sf
        or tokens.text[k] in (":", ",")
        or (found.cue is not None and tokens.end[k] == found.cue[1])
        or tokens.quote[k] >= 0
    )
    if not clean_left and k >= sf and tokens.lower[k] == "that":
        clean_left = capital
    if ends_sentence(text, q.start, q.end) and capital and (clean_left or a <= sf):
        return QuoteKind.DIRECT
    if not (capital and clean_left):
        return QuoteKind.PARTIAL
    if b >= sl or q.close is None:
        return QuoteKind.DIRECT
    nxt = tokens.text[b]
    if nxt in (".", "!", "?", ",", ";", ":", "—", "–", "--") or found.adjacent:
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def _attribution_of(
    doc: Document,
    attributions: dict[int, Attribution | None],
    cue_classes: dict[int, CueClass],
    qi: int,
    depth: int = 0,
) -> Attribution | None:
    """The attribution of quotation ``qi``, one it inherits followed back (those others
    inherit are kept in ``attributions``: no entry for each of a hostile text's
    quotations), calibrated (:func:`calibrated`), or None when it has none of the stances
    asked for. A module function: a nested one that calls itself is a reference cycle,
    which kept the whole Document alive until the garbage collector's next pass."""
    if qi in attributions:
        return attributions[qi]
    found = doc.found[qi] if qi < len(doc.found) else None
    if found is None:
        return None
    result: Attribution | None = None
    if found.inherit is not None and depth < 50:
        source = _attribution_of(doc, attributions, cue_classes, found.inherit, depth + 1)
        attributions[found.inherit] = source
        if source is not None:
            cue = source.cue
            if found.cue is not None:  # its own sentence's cue
                cue = _mention(doc.text, found.cue)
            measured = measured_for(found.rule, source.stance, cue, indirect=False)
            confidence = found.confidence if measured is None else measured
            result = Attribution(source.speaker, cue, found.rule, confidence, source.stance)
    else:
        # quoted words of a stance not asked for are scare quotes, and so are those
        # that inherit its attribution
        introduced = _after_colon(doc.text, doc.quotes[qi].start)
        result = _attribution(doc, found, cue_classes, stances=doc.stances, introduced=introduced)
    return result


def _after_colon(text: str, start: int) -> bool:
    """Whether the quotation whose words start at ``start`` follows a colon, its opening
    mark and a space or two between."""
    k = start - 1
    if k >= 0 and not text[k].isalnum() and not text[k].isspace():
        k -= 1  # the opening mark
    stop = max(-1, k - 3)
    while k > stop and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _build(doc: Document) -> None:
    tokens = doc.tokens
    assert tokens is not None
    text = doc.text
    _forget_lookups(doc)
    # Memory: megabytes of quote marks make hundreds of thousands of quotations, so
    # nothing is kept per quotation beside it (no tuple to sort by, no entry for a
    # scare quote); the marked quotations come in text order, and the few indirect
    # ones are merged in.
    marked: list[Quotation] = []
    attributions: dict[int, Attribution | None] = {}
    direct: set[int] = set()  # the quotations whose kind is DIRECT, which _kind reads
    # the class of each cue by the offset where it starts, for the stance of attributions
    cue_classes = {tokens.start[c.first]: c.cls for c in doc.cues}
    stances = doc.stances
    # What only the stages before needed is let go as the quotations are made, so that a
    # text of many quotations does not hold both: the cues and their context now, and
    # each quotation's attribution in the making once its Quotation is made (unless
    # another quotation inherits it).
    doc.cues = []
    doc.context = None
    inherited = {f.inherit for f in doc.found if f is not None and f.inherit is not None}

    # the quotations' numbers, read without making a RawQuote for each
    _opens, starts, ends, _closes = quote_columns(doc.quotes)
    paragraphs = quote_paragraphs(doc.quotes)
    for qi, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if end <= start or text[start:end].isspace():
            continue
        attribution = _attribution_of(doc, attributions, cue_classes, qi)
        if attribution is not None and attribution.stance not in stances:
            attribution = None  # quoted words of a stance not asked for: scare quotes
        kind = QuoteKind.SCARE
        if attribution is not None:  # (calibrated as it was made)
            found = doc.found[qi] if qi < len(doc.found) else None
            kind = _kind(doc, qi, doc.quotes[qi], found, direct)
            if kind is QuoteKind.DIRECT:
                direct.add(qi)
        marked.append(
            Quotation(
                span=Span(start, end),
                text=_shared(text[start:end]),
                kind=kind,
                attribution=attribution,
                paragraph=paragraphs[qi],
            )
        )
        if qi < len(doc.found) and qi not in inherited:
            doc.found[qi] = None
    indirect: list[Quotation] = []
    for item in doc.indirect:
        # reported words of a stance not asked for are left out, before they are built
        attribution = _attribution(doc, item.found, cue_classes, marked=False, stances=stances)
        if attribution is None:
            continue  # (calibrated as it was made, when made)
        start, end = tokens.start[item.first], tokens.end[item.last - 1]
        indirect.append(
            Quotation(
                span=Span(start, end),
                text=_shared(doc.text[start:end]),
                kind=QuoteKind.DIRECT if item.verbatim else QuoteKind.INDIRECT,
                attribution=attribution,
                paragraph=tokens.para[item.first],
            )
        )
    if not _in_order(marked):
        marked.sort(key=_position)
    indirect.sort(key=_position)
    doc.quotations = _merged(marked, indirect)


def _merged(marked: Sequence[Quotation], indirect: Sequence[Quotation]) -> tuple[Quotation, ...]:
    """The quotations of ``marked`` and ``indirect`` (each in text order) in one tuple in
    text order, those of ``marked`` first where two have the same span: what
    ``heapq.merge`` makes, without its call per quotation."""
    if not indirect:
        return tuple(marked)
    merged: list[Quotation] = []
    add = merged.append
    i = 0
    count = len(marked)
    for q in indirect:
        start, end = q.span.start, q.span.end
        while i < count:
            span = marked[i].span
            if span.start > start or (span.start == start and span.end > end):
                break
            add(marked[i])
            i += 1
        add(q)
    merged.extend(itertools.islice(marked, i, None))
    return tuple(merged)


def _position(quotation: Quotation) -> tuple[int, int]:
    return quotation.span.start, quotation.span.end


def _in_order(quotations: Sequence[Quotation]) -> bool:
    return all(_position(a) <= _position(b) for a, b in itertools.pairwise(quotations))


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("marks", _marks, "pair the quote marks of every paragraph"),
    Stage("tokens", _tokens, "tokenise and find sentences around quotations"),
    Stage("cues", _cues, "find reporting verbs and phrases"),
    Stage("names", _names, "read the article's names and titles"),
    Stage("attribute", _attribute, "attribute each quotation to a speaker and cue"),
    Stage("indirect", _indirect, "find reported speech without quote marks"),
    Stage("floating", _floating, "give quotations standing alone their neighbours' speaker"),
    Stage("resolve", _resolve, "resolve pronouns and short forms to names"),
    Stage(
        "build",
        _build,
        "make the Quotation objects, letting go of the cues and the attributions in the making",
    ),
)


@attrs.frozen
class Pipeline:
    """An ordered list of stages; call it like :func:`find_quotations`."""

    stages: tuple[Stage, ...] = DEFAULT_STAGES

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(s.name for s in self.stages)

    def without(self, *names: str) -> Pipeline:
        """This pipeline without the named stages."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise ValueError(f"unknown stage(s) {sorted(unknown)}; stages are {list(self.names)}")
        return Pipeline(tuple(s for s in self.stages if s.name not in names))

    def __call__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        *,
        dateline: Dateline | None = None,
        stances: Collection[Stance] = DEFAULT_STANCES,
    ) -> tuple[Quotation, ...]:
        return self.document(text, paragraphs, dateline=dateline, stances=stances).quotations

    def document(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        *,
        dateline: Dateline | None = None,
        stances: Collection[Stance] = DEFAULT_STANCES,
    ) -> Document:
        """Run the stages and return the :class:`Document` they filled: the quotations, and
        the tokens and names the people stage (:mod:`newsmodel.people`) reads after them.
        The build stage lets go of what only the stages before it read (``cues``,
        ``context``, and the ``found`` of each quotation it made)."""
        doc = Document(text, paragraphs, dateline, stances=frozenset(stances))
        for stage in self.stages:
            stage.run(doc)
        return doc


_DEFAULT = Pipeline()


def find_quotations(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    dateline: Dateline | None = None,
    stances: Collection[Stance] = DEFAULT_STANCES,
) -> tuple[Quotation, ...]:
    """Every quotation of an article, direct, partial, indirect or scare, with who said it.

    ``paragraphs`` are the article's paragraphs (their kinds decide where quoted words can
    be speech); quotations come in text order, each with the index of its paragraph.
    Attributions of the ``stances`` asked for are reported (speech by default); quoted
    words reported with another stance ("she believes it “a mess”") are scare quotes,
    and such indirect speech is left out.
    """
    return _DEFAULT(text, paragraphs, dateline=dateline, stances=stances)
