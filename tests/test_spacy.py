"""Tests of newsmodel.spacy with spacy.blank("en"): the component found by entry point, its
sentences and span groups, to_doc and from_doc, and Docs through to_bytes and DocBin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel.names import name_key
from newsmodel.sample import sample_text
from tests.conftest import ROOT, corpus
from tests.strategies import articles as article_strategy
from tests.views_articles import tangled

spacy = pytest.importorskip("spacy", reason='needs the spacy extra: pip install "newsmodel[spacy]"')
from spacy.tokens import Doc, DocBin  # noqa: E402

from newsmodel.spacy import GROUPS, SPAN_EXTENSIONS, USER_DATA_KEY, from_doc, to_doc  # noqa: E402

TEXTS = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
    (ROOT / "tests" / "quotes_articles").glob("*.txt")
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsmodel")
    return pipeline


def texts() -> list[str]:
    return [sample_text()] + [p.read_text(encoding="utf-8") for p in TEXTS]


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of [start, end) without white space at its ends."""
    part = text[start:end]
    if not part.strip():
        return start, start
    at = start + part.index(part.strip())
    return at, at + len(part.strip())


def assert_holds_article(doc: Doc, article: newsmodel.Article) -> None:
    """Every quotation, mention and cue of the article has its span, covering its words."""
    quotations = list(doc.spans["quotations"])
    assert len(quotations) == len(article.quotations)
    for span, q in zip(quotations, article.quotations, strict=True):
        assert span._.quotation == q
        assert span.label_ == q.kind.value
        a, b = stripped(article.text, q.span.start, q.span.end)
        if a < b:
            assert span.start_char <= a
            assert b <= span.end_char
    mentions = {q.attribution.speaker.mention for q in article.quotations if q.attribution}
    cues = {q.attribution.cue for q in article.quotations if q.attribution}
    assert len(doc.spans["speakers"]) == len(mentions - {None})
    assert len(doc.spans["cues"]) == len(cues - {None})


def test_add_pipe_finds_the_component_by_entry_point() -> None:
    """In a fresh interpreter, spacy.blank plus add_pipe("newsmodel") works with no import
    of newsmodel: spaCy finds the factory through the spacy_factories entry point."""
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsmodel')\n"
        "doc = nlp('\"We will win,\" said Ana Ruiz, the coach.')\n"
        "print(len(doc.spans['quotations']), doc.spans['quotations'][0]._.speaker)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd="/"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1 Ana Ruiz\n"


def test_a_saved_pipeline_loads_with_its_config(tmp_path: Path) -> None:
    """A pipeline saved with the component loads again with spacy.load, config and all."""
    saved = spacy.blank("en")
    saved.add_pipe("newsmodel", config={"sentences": False})
    saved.to_disk(tmp_path / "pipeline")
    nlp = spacy.load(tmp_path / "pipeline")
    assert nlp.pipe_names == ["newsmodel"]
    doc = nlp(sample_text())
    assert not doc.has_annotation("SENT_START")
    assert len(doc.spans["quotations"]) == len(newsmodel.parse_text(sample_text()).quotations)


def test_component_marks_quotations_speakers_and_cues(nlp: Any) -> None:
    """The span groups hold every quotation, mention and cue of parse_text on the same text,
    with their attributes as span extensions."""
    text = sample_text()
    article = newsmodel.parse_text(text)
    doc = nlp(text)
    assert set(GROUPS) <= set(doc.spans)
    assert_holds_article(doc, article)
    assert doc._.article == article
    first = doc.spans["quotations"][0]
    q = article.quotations[0]
    assert q.attribution is not None
    assert first._.speaker == q.attribution.speaker.name
    keys = {(x.name, x.kind.value): x.key for x in article.speakers}
    assert first._.speaker_key == keys[first._.speaker, first._.speaker_kind]
    assert first._.speaker_kind == q.attribution.speaker.kind.value
    assert first._.rule == q.attribution.rule
    assert first._.confidence == q.attribution.confidence
    assert first._.cue == (q.attribution.cue.text if q.attribution.cue else None)
    for span in doc.spans["speakers"]:
        assert span.kb_id_ == span._.speaker_key == keys[span._.speaker, span._.speaker_kind]
        assert all(
            x.speaker is not None and x.speaker.mention is not None for x in span._.quotations
        )
    scare = [s for s in doc.spans["quotations"] if s.label_ == "scare"]
    assert scare
    assert scare[0]._.speaker is None
    assert scare[0]._.rule is None
    assert [s.label_ for s in doc.spans["paragraphs"]] == [p.kind.value for p in article.paragraphs]


def test_speaker_keys_are_their_persons(nlp: Any) -> None:
    """A speaker the text calls "Mr. Prince" after naming Matthew Prince has his person's
    key, as in the speakers table, not the key of "Mr. Prince"."""
    text = 'Matthew Prince founded the firm in 2009.\n\n"We grew fast," Mr. Prince said.\n'
    article = newsmodel.parse_text(text)
    (speaker,) = article.speakers
    assert speaker.key == "matthew prince" == name_key(speaker.name)
    assert name_key("Mr. Prince") != speaker.key
    doc = nlp(text)
    assert [s._.speaker_key for s in doc.spans["quotations"]] == ["matthew prince"]
    assert [s.kb_id_ for s in doc.spans["speakers"]] == ["matthew prince"]
    (again,) = (
        DocBin(store_user_data=True, docs=[doc])
        .from_bytes(DocBin(store_user_data=True, docs=[doc]).to_bytes())
        .get_docs(nlp.vocab)
    )
    assert [s._.speaker_key for s in again.spans["quotations"]] == ["matthew prince"]
    assert newsmodel.to_records(article)["quotations"][0]["speaker_key"] == "matthew prince"


def test_sentences_come_from_the_article(nlp: Any) -> None:
    """Every sentence of the article starts a spaCy sentence; so does every paragraph."""
    text = sample_text()
    article = newsmodel.parse_text(text)
    doc = nlp(text)
    starts = {s.start_char for s in doc.sents}
    for sentence in article.sentences:
        assert sentence.span.start in starts
    for paragraph in article.paragraphs:
        assert paragraph.span.start in starts
    assert len(starts) <= len(list(article.sentences)) + len(article.paragraphs) + 1


def test_docs_survive_to_bytes(nlp: Any) -> None:
    """doc.to_bytes() and back keeps the spans, their attributes and the article."""
    doc = nlp(sample_text())
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.article == doc._.article
    assert [(s.start, s.end, s.label_, s._.speaker) for s in again.spans["quotations"]] == [
        (s.start, s.end, s.label_, s._.speaker) for s in doc.spans["quotations"]
    ]
    assert [s.start for s in again.sents] == [s.start for s in doc.sents]


def test_pipe_over_many_articles_and_docbin(nlp: Any) -> None:
    """nlp.pipe over the test articles keeps every quotation, through DocBin too."""
    sources = texts()
    docs = list(nlp.pipe(sources))
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    quotations = 0
    for text, doc, again in zip(sources, docs, back, strict=True):
        article = newsmodel.parse_text(text)
        quotations += len(article.quotations)
        assert_holds_article(doc, article)
        assert_holds_article(again, article)
        assert from_doc(again) == article
    assert quotations > 100


STANCE_STORY = (
    "The council met on Monday.\n\n"
    "Mayor Helen Park said the ferry would run all winter.\n\n"
    "Park believes the harbour plan is sound, and the farmers' union endorsed it.\n"
)


def test_stances_config_reports_the_stances_asked_for(tmp_path: Path) -> None:
    """config={"stances": [...]} gives the quotations of parse_text with those stances,
    each span's stance in span._.stance, through DocBin and a saved pipeline."""
    wanted = ["speech", "thought", "other"]
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsmodel", config={"stances": wanted})
    pipeline.to_disk(tmp_path / "pipeline")
    for nlp in (pipeline, spacy.load(tmp_path / "pipeline")):
        article = newsmodel.parse_text(STANCE_STORY, stances=set(newsmodel.Stance))
        assert {q.attribution.stance for q in article.quotations if q.attribution} == set(
            newsmodel.Stance
        )
        docs = list(nlp.pipe([STANCE_STORY, sample_text()]))
        stored = DocBin(store_user_data=True, docs=docs).to_bytes()
        (again, _) = DocBin().from_bytes(stored).get_docs(nlp.vocab)
        for doc in (docs[0], again):
            assert_holds_article(doc, article)
            stances = [s._.stance for s in doc.spans["quotations"]]
            assert stances == [
                q.attribution.stance.value if q.attribution else None for q in article.quotations
            ]
    spoken = spacy.blank("en")
    spoken.add_pipe("newsmodel")
    doc = spoken(STANCE_STORY)
    assert [s._.stance for s in doc.spans["quotations"]] == ["speech"]
    assert len(doc.spans["quotations"]) < len(article.quotations)


def test_a_stance_that_is_none_is_refused_at_add_pipe() -> None:
    """A misspelt stance stops add_pipe with newsmodel's InputError, naming the stances."""
    with pytest.raises(newsmodel.InputError, match="'speech', 'thought', 'other'"):
        spacy.blank("en").add_pipe("newsmodel", config={"stances": ["speech", "thoughts"]})


def test_docbin_without_user_data_keeps_the_spans(nlp: Any) -> None:
    """Without user data a DocBin keeps the span groups; the extensions give nothing and
    from_doc parses the text again."""
    doc = nlp(sample_text())
    back = next(DocBin().from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(nlp.vocab))
    assert len(back.spans["quotations"]) == len(doc.spans["quotations"])
    assert back._.article is None
    assert back.spans["quotations"][0]._.quotations == ()
    assert back.spans["quotations"][0]._.speaker is None
    assert from_doc(back) == doc._.article


def test_to_doc_keeps_a_users_entities_and_the_articles_own_spans() -> None:
    """to_doc runs the user's pipeline (here an entity ruler) and puts the given article's
    quotations on the Doc, even ones parse_text would not find; from_doc gives it back."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "PERSON", "pattern": "Critics"}, {"label": "ORG", "pattern": "co"}]
    )
    article = tangled()
    doc = to_doc(article, nlp)
    assert [(e.text, e.label_) for e in doc.ents] == [("co", "ORG"), ("Critics", "PERSON")]
    assert_holds_article(doc, article)
    assert from_doc(doc) == article
    assert doc.user_data[USER_DATA_KEY] == newsmodel.dumps(article, format="json")


def test_to_doc_with_the_component_uses_the_given_article(nlp: Any) -> None:
    """With newsmodel in the pipeline, to_doc annotates with the article it is given."""
    article = tangled()
    doc = to_doc(article, nlp)
    assert_holds_article(doc, article)
    assert doc._.article == article


def test_annotate_refuses_another_text(nlp: Any) -> None:
    """An article whose text is not the Doc's is refused with a newsmodel error."""
    from newsmodel.spacy import annotate

    doc = nlp.make_doc("Other words.")
    with pytest.raises(newsmodel.ModelError, match="not the article's text"):
        annotate(doc, newsmodel.parse_text("Some words."))


@pytest.fixture(scope="module")
def blank() -> Any:
    return spacy.blank("en")


@settings(max_examples=60, deadline=None)
@given(article=article_strategy())
def test_any_article_keeps_every_quotation(blank: Any, article: newsmodel.Article) -> None:
    """Whatever its spans (inside words, in white space, empty), every quotation of any
    Article gets a span in the group, and the Doc survives DocBin."""
    doc = to_doc(article, blank)
    if len(doc):
        assert_holds_article(doc, article)
    stored = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(stored).get_docs(blank.vocab))
    assert from_doc(back) == article


def test_corpus_articles_through_the_pipe(nlp: Any) -> None:
    """PolNeAR dev articles: nlp.pipe keeps every quotation parse_text finds, through DocBin."""
    paths = sorted(corpus("polnear", "dev").glob("*.txt"))[:25]
    sources = [p.read_text(encoding="utf-8") for p in paths]
    docs = DocBin(store_user_data=True, docs=nlp.pipe(sources)).to_bytes()
    for text, doc in zip(sources, DocBin().from_bytes(docs).get_docs(nlp.vocab), strict=True):
        assert_holds_article(doc, newsmodel.parse_text(text))


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_without_spacy_the_error_names_the_extra() -> None:
    """Importing newsmodel.spacy without spaCy names the extra to install."""
    result = run_python(
        "import sys\nsys.modules['spacy'] = None\n"
        "try:\n    import newsmodel.spacy\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    assert result.stdout.startswith("MissingDependencyError")
    assert 'pip install "newsmodel[spacy]"' in result.stdout


def test_an_extension_of_another_package_is_not_overwritten() -> None:
    """A Span extension of the same name set by someone else stops the component, saying so."""
    result = run_python(
        "import spacy\nfrom spacy.tokens import Span\n"
        "Span.set_extension('rule', default=None)\n"
        "nlp = spacy.blank('en')\n"
        "try:\n    nlp.add_pipe('newsmodel')\n"
        "except ValueError as exc:\n    print(exc)\n"
    )
    assert "another package set a Span extension called 'rule'" in result.stdout


def test_extensions_are_documented() -> None:
    """docs/spacy.md names every span group and span extension."""
    page = (ROOT / "docs" / "spacy.md").read_text(encoding="utf-8")
    for name in [*GROUPS, *SPAN_EXTENSIONS]:
        assert f"`{name}`" in page, name
