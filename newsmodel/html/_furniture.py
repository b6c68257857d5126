"""Page furniture: the parts of a page around an article that are not the article.

trafilatura removes most of it (navigation, footers, comment threads). What it
lets through is handled here, in two places:

- before extraction, in the page's tree: elements whose classes or ids name them as
  share bars, newsletter boxes, related-story lists, ads or author boxes are
  removed (:func:`prune_furniture`), and captions (``<figcaption>``, caption classes)
  are replaced by a marked paragraph so that they survive extraction as CAPTION
  paragraphs (:func:`mark_captions`);
- after extraction, on each block of text: :data:`RULES`, an ordered list of named
  rules, drop blocks that are furniture by their words ("Advertisement", "Sign up
  for our newsletter", "Read more: ...") and mark photo credits as captions.

A page that is all furniture (a menu, a list of links to stories) has no article:
:func:`navigation` collects the texts of the page's links, menus and form
controls, and :func:`is_navigation` tells a block made mostly of them, which
parse_html does not take for an article's prose.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs
import regex

from newsmodel.html._extract import replace_with_paragraph
from newsmodel.html._tree import Node, attribute, clean_space, tag_of, text_of

__all__ = [
    "AUTHOR_BIO_RE",
    "CAPTION_MARK",
    "RULES",
    "Action",
    "Navigation",
    "Rule",
    "is_navigation",
    "judge",
    "mark_captions",
    "navigation",
    "prune_furniture",
]

#: A private-use character put before a caption's text so that it can be found after
#: extraction; it is removed from the input first, so it never occurs otherwise.
CAPTION_MARK = "\ue000"


class Action(enum.Enum):
    """What a rule does with a block it matches."""

    DROP = "drop"
    CAPTION = "caption"


@attrs.frozen
class Rule:
    """A named rule: a block of at most ``max_length`` characters matching ``pattern``."""

    name: str
    pattern: regex.Pattern[str]
    action: Action
    max_length: int = 200

    def matches(self, text: str) -> bool:
        """Whether the rule applies to a block's text."""
        return len(text) <= self.max_length and self.pattern.search(text) is not None


ADVERTISEMENT_RE = regex.compile(
    r"\A\W*(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid content|"
    r"(?:story|article) continues below(?: (?:advertisement|this ad))?|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?|skip advert(?:isement)?|anzeige|publicidad|"
    r"publicité|pubblicità)\W*\Z",
    regex.IGNORECASE,
)
NEWSLETTER_RE = regex.compile(
    r"\A\W*(?:the )?(?:[\p{L}\d'’-]+ ){0,3}newsletters?\W*\Z|"
    r"\b(?:get|receive|join|try|want|sign up for|sign up to|subscribe to|subscribe for) "
    r"(?:[\p{L}'’+-]+ ){0,5}?newsletters?\b|"
    r"\b(?:in(?:to)?|to) your inbox\b|\bsubscribe (?:now|today|here)\b|"
    r"\bsign(?:ing)? up (?:for|to) (?:our|the|my) .{0,40}?(?:e-?mails?|briefing|alerts?|"
    r"updates|digest|list)\b|"
    r"\bsubscribe (?:to|for) (?:our|the|my) .{0,40}?(?:e-?mails?|briefing|alerts|"
    r"updates|digest|channel|podcast|youtube)\b|"
    r"\bsubscribe to \S+(?: \S+){0,3} on (?:youtube|twitter|facebook|instagram|apple podcasts|"
    r"spotify)\b|"
    r"\b(?:daily|weekly|morning|evening) (?:e-?mail|briefing|digest) (?:delivered|sent)\b|"
    r"\bby (?:signing up|subscribing),? you agree\b|\bthanks? (?:you )?for (?:signing up|"
    r"subscribing)\b|\berror processing your subscription\b|\bkeep an eye on your inbox\b",
    regex.IGNORECASE,
)
#: "Also on example.com" before the title of a story on the same site.
ALSO_ON_RE = regex.compile(r"\A\W*also on \S+\.[a-z]{2,}\b", regex.IGNORECASE)
READ_MORE_RE = regex.compile(
    r"\A\W*(?:read|see|watch|listen|also read|read also|related|more|recommended|"
    r"most (?:read|popular|viewed)|you may also like|you might also like|"
    r"related (?:coverage|stories|story|articles|article|content|links|reading|post|posts|video)|"
    r"more (?:on|from|about) this|"
    r"more stories|top stories|trending|latest news|editor'?s picks|don'?t miss|"
    r"click here|read the (?:full|original)|read the latest|further reading|leia (?:mais|também)|"
    r"lesen sie (?:auch|mehr)|lire aussi|leggi anche|lee también)"
    r"(?:\s+(?:more|also|next|this|here|on|now|too))?\s*(?::|»|›|>|—|–|-|\|)",
    regex.IGNORECASE,
)
READ_MORE_ALONE_RE = regex.compile(
    r"\A\W*(?:read more|read next|more stories|related stories|related articles|related|"
    r"see also|also read|recommended|most read|most popular|trending now|show more|"
    r"load more|view comments|comments|leave a comment|show comments|back to top|"
    r"continue reading|read full (?:story|article)|read the full (?:story|article)|"
    r"explore further|don'?t miss|more from \S+(?: \S+){0,2}|you may also like|"
    r"you might also like|recommended for you|more like this|related content|"
    r"related coverage|top stories|latest stories|most viewed|about the authors?|"
    r"join the conversation|view (?:all )?\d* ?comments|\d+ comments?|comments? \(\d+\))\W*\Z",
    regex.IGNORECASE,
)
#: A related-story link as some sites write it in the body: "Title here [VIDEO]".
TAGGED_LINK_RE = regex.compile(r"\[(?:\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\]\W{0,3}\Z")
SHARE_RE = regex.compile(
    r"\A\W*(?:share(?: this)?(?: (?:article|story|page|post))?(?: on| via| with)?|tweet|"
    r"email|e-mail|print|copy(?: the)? link|pin(?: it)?|whatsapp|facebook|twitter|linkedin|"
    r"reddit|flipboard|messenger|pinterest|sms|comment|comments|save|share)"
    r"(?:\W+(?:share|this|article|story|on|via|facebook|twitter|x|email|e-mail|print|"
    r"linkedin|whatsapp|reddit|pinterest|flipboard|messenger|copy|link|tweet|sms|save|"
    r"comments?|\d+)){0,12}\W*\Z|"
    r"\b(?:share (?:it|this|the story|this (?:article|story)) with (?:a friend|your friends|others)|"
    r"like this (?:story|article)\?)",
    regex.IGNORECASE,
)
FOLLOW_RE = regex.compile(
    r"\A\W*(?:follow (?:us|me|him|her|them|\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}) on|"
    r"follow @|like us on|connect with us|join us on|find us on|"
    r"(?:download|get) (?:our|the) .{0,30}? app\b|"
    r"(?:follow|reach|contact|email|e-mail|write to) .{0,80}?(?:https?://|www\.|@\w|"
    r"on twitter|on facebook|on instagram))",
    regex.IGNORECASE,
)
COPYRIGHT_RE = regex.compile(
    r"(?:\A\W*(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{Lu})|all rights reserved|"
    r"may not be (?:published|reproduced|redistributed)|"
    r"this material may not be published)",
    regex.IGNORECASE,
)
#: Page furniture stating when the page was updated or how long it takes to read.
STAMP_RE = regex.compile(
    r"\A\W*(?:(?:last )?(?:updated|published|posted|modified)(?: at| on)?\s*:?\s+[\w,.:/ -]{3,50}|"
    r"\d{1,3}\s*-?\s*min(?:ute)?s?\.? read|reading time\W+\d{1,3}\s*min(?:ute)?s?|"
    r"tempo de leitura\W+\d{1,3}\s*min(?:uto)?s?|lesezeit\W+\d{1,3}\s*min(?:uten)?|"
    r"temps de lecture\W+\d{1,3}\s*min(?:utes)?)\W*\Z",
    regex.IGNORECASE,
)
#: Affiliate-link disclosures: "We may earn a commission when you buy through links".
DISCLOSURE_RE = regex.compile(
    r"\b(?:(?:we|\p{Lu}\w+) may (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of (?:the )?sales?)|affiliate (?:links?|commissions?|partnerships?)|"
    r"(?:earn|receive) (?:a|an affiliate) commission)\b",
    regex.IGNORECASE,
)
#: An author's biography: "Jane Doe is a senior reporter covering ...".
AUTHOR_BIO_RE = regex.compile(
    r"\A(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is|was|has been|covers|writes)\b"
    r"(?: (?:a|an|the|\p{Lu}[\p{L}'’.-]*['’]s))? (?:[\p{L}-]+ ){0,5}?"
    r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|intern|"
    r"fellow|critic|curator|author|blogger|analyst|photographer|freelancer)s?\b"
)
#: A line without a letter or digit: "•", "|", "* * *" (a rule of underscores, which AP
#: puts between sections of a story, is kept).
NO_WORDS_RE = regex.compile(r"\A[^\p{L}\p{N}_]*\Z")
PHOTO_CREDIT_RE = regex.compile(
    r"\A\W*(?:(?:photo|photograph|picture|image|video|graphic|illustration|credit|"
    r"photo credit|image credit|image copyright|image caption|media caption|image source|"
    r"pictured)s?\s*(?::|by\b|,)|"
    r"\(?(?:photo|image|picture)s? by\b)|"
    r"\A\W*(?:getty images|ap photo|afp(?: via getty images)?|reuters|shutterstock|"
    r"associated press|epa|pa(?: media| wire)?|alamy|istock(?:photo)?)\W*\Z|"
    r"(?:\(|\b)(?:getty images|ap photo|shutterstock|afp/getty|istockphoto)\b[^.!?]{0,40}\)?\s*\Z",
    regex.IGNORECASE,
)

#: The rules applied to each extracted block, in order; the first that matches decides.
RULES: tuple[Rule, ...] = (
    Rule("no-words", NO_WORDS_RE, Action.DROP, max_length=200),
    Rule("advertisement", ADVERTISEMENT_RE, Action.DROP, max_length=80),
    Rule("read-more-alone", READ_MORE_ALONE_RE, Action.DROP, max_length=60),
    Rule("read-more", READ_MORE_RE, Action.DROP, max_length=250),
    Rule("tagged-link", TAGGED_LINK_RE, Action.DROP, max_length=200),
    Rule("also-on", ALSO_ON_RE, Action.DROP, max_length=250),
    Rule("share", SHARE_RE, Action.DROP, max_length=200),
    Rule("follow", FOLLOW_RE, Action.DROP, max_length=250),
    Rule("newsletter", NEWSLETTER_RE, Action.DROP, max_length=200),
    Rule("copyright", COPYRIGHT_RE, Action.DROP, max_length=300),
    Rule("stamp", STAMP_RE, Action.DROP, max_length=80),
    Rule("disclosure", DISCLOSURE_RE, Action.DROP, max_length=300),
    Rule("photo-credit", PHOTO_CREDIT_RE, Action.CAPTION, max_length=300),
)


def judge(text: str) -> Rule | None:
    """The first rule of :data:`RULES` that matches a block's text, or None."""
    for rule in RULES:
        if rule.matches(text):
            return rule
    return None


# -- the tree, before extraction ---------------------------------------------------------------

#: Class or id tokens of page furniture: share bars, newsletter boxes, related lists, ads.
FURNITURE_CLASS_RE = regex.compile(
    r"\A(?:share|sharing|sharebar|share-?tools|social|social-?share|socials|newsletter|"
    r"newsletters|signup|sign-up|subscribe|subscription|related|related-?(?:content|stories|"
    r"articles|posts|links|news)|recommended|recommendations|more-?stories|read-?more|"
    r"read-?next|promo|promotion|advert|advertisement|ad|ads|ad-?slot|ad-?container|"
    r"ad-?wrapper|adunit|dfp|outbrain|taboola|teads|author-?bio|author-?box|about-?the-?author|"
    r"bio-?box|paywall|donate|donation|trending|most-?read|most-?popular|popular-?posts|"
    r"breadcrumbs?|tags|tag-?list|topics|newsletter-?signup|inline-?newsletter|"
    r"post-?share|article-?share|story-?share|entry-?share|latest-?(?:news|stories|posts|articles)|"
    r"more-?(?:news|from|on)|recirc|recirculation|also-?read|read-?also|you-?may-?like|"
    r"story-?promo|promo-?box|sponsored|sponsor|affiliate-?disclosure)(?:[-_](?:\w+))?\Z",
    regex.IGNORECASE,
)
#: Classes of elements that hold a caption or a photo credit.
CAPTION_CLASS_RE = regex.compile(
    r"(?:\A|[\s_-])(?:caption|wp-caption-text|figcaption|image-caption|photo-caption|"
    r"media-caption|img-caption|caption-text)(?:\Z|[\s_-])",
    regex.IGNORECASE,
)
_MAX_FURNITURE_TEXT = 1500
_MAX_CAPTION_TEXT = 600
_LONG_PARAGRAPH = 150


def mark_captions(tree: Node) -> None:
    """Replace figures and caption elements by a paragraph holding the caption, marked."""
    targets: list[tuple[Node, str]] = []
    for node in tree.iter():
        tag = tag_of(node)
        if tag == "figure":
            if _inside_caption(node) or any(tag_of(d) == "table" for d in node.iter()):
                continue
            caption = _figure_caption(node)
            if caption:
                targets.append((node, caption))
        elif (
            tag == "figcaption"
            or (
                tag in {"div", "p", "span"}
                and CAPTION_CLASS_RE.search(attribute(node, "class"))
                and not _has_long_paragraphs(node)
            )
        ) and not _inside_caption(node):
            caption = text_of(node)
            if caption and len(caption) <= _MAX_CAPTION_TEXT:
                targets.append((node, caption))
    for node, caption in targets:
        replace_with_paragraph(node, CAPTION_MARK + caption)


def _inside_caption(node: Node) -> bool:
    """Whether an ancestor is a figure or a caption (whose caption is taken as a whole)."""
    for ancestor in node.iterancestors():
        if tag_of(ancestor) in {"figure", "figcaption"}:
            return True
        if CAPTION_CLASS_RE.search(attribute(ancestor, "class")):
            return True
    return False


def _figure_caption(figure: Node) -> str:
    parts: list[str] = []
    for d in figure.iter():
        if tag_of(d) == "figcaption" or CAPTION_CLASS_RE.search(attribute(d, "class")):
            text = text_of(d)
            if text and not any(text in p for p in parts):
                parts.append(text)
    caption = clean_space(" ".join(parts))
    return caption if len(caption) <= _MAX_CAPTION_TEXT else ""


def prune_furniture(tree: Node) -> None:
    """Remove elements whose classes or ids name them as furniture, unless they hold the article."""
    doomed: list[Node] = []
    for node in tree.iter():
        if tag_of(node) in {"", "html", "body", "article", "main"}:
            continue
        tokens = (attribute(node, "class") + " " + attribute(node, "id")).split()
        if not any(FURNITURE_CLASS_RE.match(t) for t in tokens):
            continue
        if _has_long_paragraphs(node) or len(text_of(node)) > _MAX_FURNITURE_TEXT:
            continue
        doomed.append(node)
    # Removing an element whose ancestor went first only touches the detached copy.
    for node in doomed:
        _remove(node)


def _has_long_paragraphs(node: Node) -> bool:
    count = 0
    for d in node.iter("p"):
        if len(text_of(d)) >= _LONG_PARAGRAPH:
            count += 1
            if count >= 2:
                return True
    return False


def _remove(node: Node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail and tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


# -- navigation: links, menus and form controls ------------------------------------------------

#: Elements whose text is navigation by what they are: links, menus, form controls.
NAVIGATION_TAGS = frozenset(
    ["a", "nav", "menu", "select", "option", "optgroup", "datalist", "button"]
)
#: ARIA roles of elements that are navigation whatever their tag.
NAVIGATION_ROLES = frozenset(["navigation", "menu", "menubar", "menuitem", "tablist", "tab"])
#: A word, as the navigation check counts them.
WORD_RE = regex.compile(r"\w+")


@attrs.frozen
class Navigation:
    """The texts of a page's links, menus and form controls, as runs of words (case
    folded), and for each first word the lengths of the runs it begins, longest first."""

    phrases: frozenset[tuple[str, ...]]
    lengths: Mapping[str, tuple[int, ...]]

    def covered(self, words: list[str]) -> int:
        """How many of ``words`` lie in runs that are the text of a link or menu, each
        run the longest that starts where the one before it ended."""
        count = i = 0
        while i < len(words):
            step = next(
                (
                    n
                    for n in self.lengths.get(words[i], ())
                    if tuple(words[i : i + n]) in self.phrases
                ),
                0,
            )
            count += step
            i += step or 1
        return count


def navigation(tree: Node) -> Navigation:
    """The texts of the page's links, menus and form controls (outermost elements only)."""
    phrases: set[tuple[str, ...]] = set()
    for node in tree.iter():
        if _is_navigation(node) and not any(_is_navigation(a) for a in node.iterancestors()):
            words = _words(text_of(node))
            if words:
                phrases.add(tuple(words))
                phrases.update(tuple(_words(text_of(d))) for d in node.iter() if _is_navigation(d))
    phrases.discard(())
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    return Navigation(
        frozenset(phrases), {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
    )


def is_navigation(text: str, links: Navigation) -> bool:
    """Whether at least half the words of a block are the texts of the page's links and
    menus, one after another (:func:`navigation`): a menu or a list of links that the
    extractor kept, not the prose of an article, which links a few of its words at most."""
    words = _words(text)
    return bool(words) and 2 * links.covered(words) >= len(words)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD_RE.findall(text)]


def _is_navigation(node: Node) -> bool:
    return (
        tag_of(node) in NAVIGATION_TAGS
        or attribute(node, "role").strip().lower() in NAVIGATION_ROLES
    )
