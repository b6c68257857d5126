"""Photo and video captions interleaved with the body of scraped copy.

A paragraph is a caption when it carries a photo credit or a picture marker ("Photo:",
"(Getty Images)", "Credit: Reuters", "(AP Photo/Jane Doe)", "(Photo by Jane Doe /
AFP)", "REUTERS/Jane Doe", "... Photograph: Jane Doe/Reuters" at its end, a sentence
closed by a known agency in brackets: "... leaves the palace. (AFP)", "FILE - ...", "In
this file photo ...", "An aerial view of ..."), or when it reads like one. A caption
says, in the present tense, who is pictured doing what, usually where and when::

    Kenyan President Amani Otieno greets Brazilian President Lucas Ferreira at State
    House in Nairobi on May 3, 2024.

The reading is scored: a verb of depiction in the present tense right after a subject
of names, titles and people ("greets", "poses", "speaks", "arrives", "sign", "are
seen", "is pictured"; after a noun for people any present-tense verb: "A woman sorts",
"Firefighters battle") scores most; any other present-tense verb after names ("X (L)
and Y review an honour guard", "Ana Ruiz inaugurates ...") counts only with a full
date or a position in the picture ("(L)", "(2nd R)", "(left)"). A full date with a
year, a position marker, a place ("at State House", "in Nairobi"), a closing "City,
Country", a single short sentence, a named subject and a second verb of depiction
("... stand guard as protesters gather") add to it; quotation marks, verbs of saying
("said", "says", "told"), first or second person words, past and perfect tenses, a
link, and saying neither where nor when take from it. Verbs of thinking, wanting and
owning ("fear", "expect", "own") are no verbs of a picture, and a caption does not
open with a pronoun, a quantifier ("Most of ...") or a conjunction.

Two rarer captions are read where their words are: a thing shown in the present
passive ("A power bank damaged by fire is displayed at ... on February 3, 2025.") and a
caption without a verb ("Members of the delegation at State House in Nairobi on May 3,
2024.": a short single sentence with a full date and a place, and no verb).

News copy is told in the past tense, so a body sentence rarely reaches the threshold:
"Ferreira met Otieno at State House on May 3, 2024." does not.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsmodel.text.features import WORD_RE, final_mark, lowered, more_words_than
from newsmodel.text.features import words as words_of
from newsmodel.text.lexicon import AGENCIES

__all__ = ["CAPTION_THRESHOLD", "caption_score", "has_photo_marker"]

# The parts of a picture marker, which PHOTO_MARKER_RE joins (has_photo_marker tries
# each part only where the words it needs are in the paragraph).
_PHOTO_LABEL = (
    r"\A[\s(\[]{0,4}(?:photo|photograph|picture|image|video|caption|credit|image\s+caption|"
    r"image\s+copyright|image\s+source|main\s+image(?:\s+credit)?|top\s+image|pictured|"
    r"file\s+photo|photo\s+illustration|watch|gallery)(?:\s+credit)?\s*[:|]"
)
_PHOTO_BRACKETS = (
    r"\((?:[^()]{0,60}\s)?(?:photo|photograph|image|picture|video|illustration)s?"
    r"(?:(?:\s+(?:by|credit|courtesy|illustration))?\s*[:/]|\s+(?:by|courtesy\s+of)\s)"
    r"[^()]{0,80}\)"
)
_PHOTO_VIEW = (
    r"\A(?:an?\s+|the\s+)?(?:aerial|general|close-up|partial|wide|drone)\s+views?\s+(?:of|from)\b"
)
_PHOTO_AGENCY = (
    r"\b(?:getty\s+images|via\s+getty|shutterstock|ap\s+photo|afp\s+photo|reuters\s+photo|"
    r"epa-efe|anadolu\s+agency\s+via|ddp\s+images|picture\s+alliance|nurphoto)\b"
)
_PHOTO_IN_THIS = (
    r"\bin\s+this\s+(?:undated\s+|handout\s+|file\s+|aerial\s+|screen\s*grab\s+)*"
    r"(?:photo|image|picture|handout|screen\s*grab|video\s+still|still\s+image)"
)
_PHOTO_WORDS = (
    r"\b(?:file\s+photo|handout\s+photo|photo\s+(?:taken|released|provided|obtained)"
    r"|(?:credit|courtesy)\s*:)"
)
_PHOTO_SLASH = r"\b(?:REUTERS|AFP|EPA|AP|XINHUA|BLOOMBERG)/\p{Lu}"
#: AP's label of an archive picture, in capitals: "FILE - Ana Ruiz speaks ...".
_PHOTO_FILE = r"\A[\s(\[]{0,4}FILE\s*(?:PHOTO\s*)?[-–—:]\s"
#: A credit that closes the paragraph: "... on May 3. Photograph: Jane Doe/Reuters",
#: "... in Hanoi. Photo by Jane Doe/AFP".
_PHOTO_CLOSING = (
    r"(?<=[.!?)\"”]\s{1,3})(?i:(?:photo(?:graph)?|picture|image)s?\s*(?::|\s+by\b))\s*"
    r"\p{Lu}[\p{L}'’.\-]*(?:(?:\s+|\s*[/|,]\s*|\s+(?:for|via|of)\s+)\p{Lu}[\p{L}'’.\-]*){0,8}"
    r"[.]?\s*\Z"
)
#: Picture markers and photo credits.
PHOTO_MARKER_RE = regex.compile(
    rf"(?i:{_PHOTO_LABEL}|{_PHOTO_BRACKETS}|{_PHOTO_VIEW}|{_PHOTO_AGENCY}|{_PHOTO_IN_THIS}"
    rf"|{_PHOTO_WORDS})|{_PHOTO_SLASH}|{_PHOTO_FILE}|{_PHOTO_CLOSING}"
)
#: The parts of PHOTO_MARKER_RE: at the start of a paragraph, ...
PHOTO_START_RE = regex.compile(rf"(?i:{_PHOTO_LABEL}|{_PHOTO_VIEW})|{_PHOTO_FILE}")
#: ... a credit in brackets (needs "("), ...
PHOTO_BRACKETS_RE = regex.compile(rf"(?i:{_PHOTO_BRACKETS})")
#: ... agencies and photo words (need one of PHOTO_WORDS in lower case), ...
PHOTO_WORDS_RE = regex.compile(rf"(?i:{_PHOTO_AGENCY}|{_PHOTO_WORDS})")
#: ... "in this photo" (needs "this"), ...
PHOTO_IN_THIS_RE = regex.compile(rf"(?i:{_PHOTO_IN_THIS})")
#: ... a credit closing the paragraph (needs "photo", "picture" or "image"), ...
PHOTO_CLOSING_RE = regex.compile(_PHOTO_CLOSING)
#: ... and "REUTERS/Jane Doe" (needs "/").
PHOTO_SLASH_RE = regex.compile(_PHOTO_SLASH)
#: Picture agencies, besides the news agencies of the lexicon, that close a caption in
#: brackets: "... in Hanoi. (Getty)".
PHOTO_AGENCIES = frozenset(
    ["getty", "getty images", "shutterstock", "alamy", "epa", "epa-efe", "pa images", "ap photo"]
)
#: How far from the end a closing photo credit may start, in characters.
_CLOSING_REACH = 120
#: Every match of PHOTO_WORDS_RE holds one of these, in any case.
PHOTO_WORDS = (
    "photo",
    "picture",
    "credit",
    "courtesy",
    "getty",
    "shutterstock",
    "epa-efe",
    "anadolu",
    "ddp",
)
#: The words one of which a picture marker found by words holds (PHOTO_WORDS, and
#: "image" for a closing credit).
PICTURE_WORDS = (*PHOTO_WORDS, "image")


#: Verbs of depiction in the present tense, third person singular or plural.
DEPICTION_VERBS = frozenset(
    [
        "greets",
        "greet",
        "poses",
        "pose",
        "speaks",
        "speak",
        "arrives",
        "arrive",
        "attends",
        "attend",
        "waves",
        "wave",
        "walks",
        "walk",
        "sits",
        "sit",
        "stands",
        "stand",
        "shakes",
        "shake",
        "hugs",
        "hug",
        "embraces",
        "embrace",
        "listens",
        "listen",
        "gestures",
        "gesture",
        "holds",
        "hold",
        "signs",
        "sign",
        "delivers",
        "deliver",
        "addresses",
        "address",
        "meets",
        "meet",
        "smiles",
        "smile",
        "celebrates",
        "celebrate",
        "reacts",
        "react",
        "leaves",
        "leave",
        "departs",
        "depart",
        "visits",
        "visit",
        "inspects",
        "inspect",
        "talks",
        "talk",
        "chats",
        "chat",
        "prays",
        "pray",
        "kneels",
        "kneel",
        "salutes",
        "salute",
        "marches",
        "march",
        "rallies",
        "rally",
        "protest",
        "protests",
        "gather",
        "gathers",
        "waits",
        "wait",
        "watches",
        "watch",
        "carries",
        "carry",
        "rides",
        "ride",
        "jumps",
        "jump",
        "plays",
        "play",
        "performs",
        "perform",
        "receives",
        "receive",
        "votes",
        "vote",
        "boards",
        "board",
        "steps",
        "step",
        "enters",
        "enter",
        "kisses",
        "kiss",
        "laughs",
        "laugh",
        "cries",
        "cry",
        "mourns",
        "mourn",
        "sings",
        "sing",
        "dances",
        "dance",
        "shout",
        "shouts",
        "chant",
        "chants",
        "display",
        "displays",
        "clap",
        "claps",
        "applaud",
        "applauds",
        "wipes",
        "wipe",
        "cheers",
        "cheer",
        "toast",
        "toasts",
        "bows",
        "bow",
        "stares",
        "stare",
        "tours",
        "tour",
        "surveys",
        "survey",
        "examines",
        "examine",
        "looks",
        "look",
        "peers",
        "peer",
        "queue",
        "queues",
        "clash",
        "clashes",
        "flee",
        "flees",
        "wade",
        "wades",
        "sift",
        "sifts",
        "search",
        "searches",
        "fly",
        "flies",
        "reviews",
        "review",
        "lays",
        "lay",
        "lights",
        "light",
        "swims",
        "swim",
        "cleans",
        "clean",
        "repairs",
        "repair",
        "sorts",
        "sort",
        "loads",
        "load",
        "unloads",
        "unload",
        "paints",
        "paint",
        "harvests",
        "harvest",
        "collects",
        "collect",
        "distributes",
        "distribute",
        "appears",
        "appear",
        "presides",
        "preside",
        "escorts",
        "escort",
        "patrols",
        "patrol",
        "rescues",
        "rescue",
        "evacuates",
        "evacuate",
        "comforts",
        "comfort",
        "consoles",
        "console",
        "welcomes",
        "welcome",
        "observes",
        "observe",
        "wears",
        "wear",
        "casts",
        "cast",
        "climbs",
        "climb",
        "rehearses",
        "rehearse",
        "confers",
        "confer",
        "briefs",
        "brief",
        "pauses",
        "pause",
        "strolls",
        "stroll",
        "shelters",
        "shelter",
        "huddles",
        "huddle",
        "clings",
        "cling",
        "leans",
        "lean",
        "pushes",
        "push",
        "pulls",
        "pull",
        "drags",
        "drag",
        "checks",
        "check",
        "inspects",
        "inspect",
        "testifies",
        "testify",
    ]
)
#: Verbs of thinking, wanting, owning and the like, which a picture does not show: a
#: present tense of one of them tells a body sentence ("Residents fear the worst").
NOT_PICTURE_VERBS = frozenset(
    [
        "like",
        "likes",
        "love",
        "loves",
        "hate",
        "hates",
        "enjoy",
        "enjoys",
        "recall",
        "recalls",
        "remember",
        "remembers",
        "describe",
        "describes",
        "explain",
        "explains",
        "note",
        "notes",
        "recount",
        "recounts",
        "expect",
        "expects",
        "fear",
        "fears",
        "think",
        "thinks",
        "believe",
        "believes",
        "hope",
        "hopes",
        "want",
        "wants",
        "need",
        "needs",
        "worry",
        "worries",
        "argue",
        "argues",
        "claim",
        "claims",
        "warn",
        "warns",
        "plan",
        "plans",
        "predict",
        "predicts",
        "estimate",
        "estimates",
        "face",
        "faces",
        "remain",
        "remains",
        "continue",
        "continues",
        "support",
        "supports",
        "oppose",
        "opposes",
        "urge",
        "urges",
        "call",
        "calls",
        "demand",
        "demands",
        "accuse",
        "accuses",
        "blame",
        "blames",
        "know",
        "knows",
        "feel",
        "feels",
        "seem",
        "seems",
        "own",
        "owns",
        "owe",
        "owes",
        "earn",
        "earns",
        "cost",
        "costs",
        "pay",
        "pays",
        "get",
        "gets",
        "make",
        "makes",
        "lack",
        "lacks",
        "include",
        "includes",
        "mean",
        "means",
        "represent",
        "represents",
        "control",
        "controls",
        "run",
        "runs",
        "win",
        "wins",
        "lose",
        "loses",
        "beat",
        "beats",
        "risk",
        "risks",
        "seek",
        "seeks",
        "insist",
        "insists",
        "suggest",
        "suggests",
        "agree",
        "agrees",
        "refuse",
        "refuses",
        "reject",
        "rejects",
        "deny",
        "denies",
        "admit",
        "admits",
        "promise",
        "promises",
        "pledge",
        "pledges",
        "vow",
        "vows",
        "threaten",
        "threatens",
        "allow",
        "allows",
        "require",
        "requires",
        "become",
        "becomes",
        "consider",
        "considers",
        "prefer",
        "prefers",
        "understand",
        "understands",
    ]
)
#: Participles of the passive present in captions: "is seen", "are pictured".
PARTICIPLES = frozenset(
    [
        "seen",
        "pictured",
        "shown",
        "escorted",
        "greeted",
        "sworn",
        "carried",
        "surrounded",
        "welcomed",
        "photographed",
        "displayed",
        "detained",
        "evacuated",
        "interviewed",
        "applauded",
        "honored",
        "honoured",
        "introduced",
        "joined",
        "flanked",
        "accompanied",
        "helped",
        "hugged",
        "embraced",
        "reflected",
        "silhouetted",
        "illuminated",
        "lit",
        "anchored",
        "docked",
        "moored",
        "parked",
        "stranded",
        "submerged",
        "engulfed",
        "shrouded",
        "draped",
        "blanketed",
        "stacked",
        "seated",
        "wrapped",
        "handcuffed",
        "towed",
        "hoisted",
        "cordoned",
        "strewn",
        "trapped",
        "damaged",
        "destroyed",
        "flooded",
    ]
)
#: A full date with a year: "May 3, 2024", "3 May 2024", "05/03/2024".
YEAR_DATE_RE = regex.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)"
)
#: A year, which every YEAR_DATE_RE match but the one with slashes ends with: that
#: slower pattern is tried just before each (see _has_year_date).
YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far before its year a full date starts, at most, in characters ("September
#: 30th, 2024").
_DATE_REACH = 32
#: A place phrase: "at State House", "in Nairobi".
PLACE_PHRASE_RE = regex.compile(r"\b(?:at|in|outside|inside|near|during)\s+(?:the\s+)?\p{Lu}")
#: Events a picture is taken at: "at a news conference", "at the funeral".
EVENTS = (
    "conference",
    "rally",
    "ceremony",
    "meeting",
    "hearing",
    "trial",
    "funeral",
    "vigil",
    "protest",
    "demonstration",
    "summit",
    "briefing",
    "debate",
    "parade",
    "service",
    "celebration",
    "festival",
    "concert",
    "match",
    "game",
    "market",
    "site",
    "scene",
    "airport",
    "station",
    "shelter",
    "hospital",
    "camp",
)
#: Prepositions that place the picture somewhere, before a common noun: "near the
#: parliament", "outside a court" (which "in" and "at" do not always: "in the second
#: round").
LOCATIVE_RE = regex.compile(
    r"\b(?:(?:near|outside|inside|beside|alongside|through|across|along)\s+(?:the|a|an)\s"
    r"|during\s|ahead\s+of\s|at\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:"
    + "|".join(EVENTS)
    + r")\b)"
)
#: Words of saying, which tell body text.
SAYING_RE = regex.compile(
    r"(?i:\b(?:said|says|say|told|tells|according\s+to|asked|added|announced|reported)\b)"
)
#: Finite verbs in the past tense, which tell narrative body text.
PAST_RE = regex.compile(
    r"(?i:\b(?:was|were|had|did|has\s+been|have\s+been|(?:has|have)\s+\p{L}{2,20}ed)\b)"
)
#: Quotation marks.
QUOTE_MARK_RE = regex.compile(r"[\"“”«»]")
#: First and second person words, which tell body text or comment.
PERSON_RE = regex.compile(r"(?i:\b(?:i|we|you|our|my|your|us)\b)")
#: Sentence boundaries inside a paragraph (not after an initial or a short title such
#: as "Dr." or "Gov.").
SENTENCE_BREAK_RE = regex.compile(r"(?<![\p{Lu}.]\p{Ll}{0,2})[.!?][\"”’]?\s+[\"“]?\p{Lu}")
#: Words that may stand in the subject of a caption before its verb.
SUBJECT_WORDS = frozenset(
    [
        "and",
        "of",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "other",
        "fellow",
        "former",
        "first",
        "late",
        "newly",
        "new",
        "young",
        "old",
        "local",
    ]
)
#: An ordinal in a position marker: "(2nd L)", "(3rd R)".
ORDINAL_RE = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: Where a person stands in the picture: "X, left, and Y shake hands".
POSITION_WORDS = frozenset(
    [
        "left",
        "right",
        "center",
        "centre",
        "second",
        "third",
        "front",
        "rear",
        "back",
        "top",
        "bottom",
    ]
)
#: Plural nouns without a final s.
PLURALS = frozenset(["police", "people", "children", "men", "women", "crowds", "staff", "media"])
#: Words that, right before a candidate verb, make it a noun or an infinitive.
NOT_BEFORE_VERB = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "to",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "should",
        "must",
        "did",
        "does",
        "do",
        "not",
        "no",
        "each",
        "every",
        "one",
        "of",
        "for",
        "in",
        "with",
        "by",
        "from",
        "on",
        "at",
        "and",
        "or",
    ]
)
#: Words after a verb that make it no verb of depiction ("looks set", "looks like").
NOT_AFTER_VERB = frozenset(
    [
        "set",
        "like",
        "forward",
        "better",
        "worse",
        "likely",
        "unlikely",
        "certain",
        "good",
        "bad",
        "ready",
        "poised",
        "able",
    ]
)
#: Words after "as" that make the verb before it no verb of depiction ("stands as a
#: symbol", "looks as if"); "waves as he leaves" is one.
NOT_AFTER_AS = frozenset(["a", "an", "the", "if", "though", "part", "well", "much", "one"])
#: Words that show the subject has its own verb already.
FINITE_VERBS = frozenset(
    [
        "said",
        "says",
        "was",
        "were",
        "has",
        "had",
        "have",
        "is",
        "are",
        "will",
        "would",
        "did",
        "does",
        "do",
        "could",
        "can",
        "may",
        "might",
        "became",
        "become",
        "been",
        "being",
        "told",
    ]
)
#: Nouns for people, which make a caption's subject ("A woman", "Rescue workers").
PERSON_NOUNS = frozenset(
    [
        "man",
        "men",
        "woman",
        "women",
        "boy",
        "boys",
        "girl",
        "girls",
        "child",
        "children",
        "people",
        "person",
        "persons",
        "baby",
        "worker",
        "workers",
        "farmer",
        "farmers",
        "resident",
        "residents",
        "supporter",
        "supporters",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "officer",
        "officers",
        "soldier",
        "soldiers",
        "police",
        "policeman",
        "policemen",
        "firefighter",
        "firefighters",
        "rescuer",
        "rescuers",
        "volunteer",
        "volunteers",
        "student",
        "students",
        "fan",
        "fans",
        "voter",
        "voters",
        "member",
        "members",
        "visitor",
        "visitors",
        "tourist",
        "tourists",
        "passenger",
        "passengers",
        "pilgrim",
        "pilgrims",
        "refugee",
        "refugees",
        "migrant",
        "migrants",
        "vendor",
        "vendors",
        "fisherman",
        "fishermen",
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "player",
        "players",
        "athlete",
        "athletes",
        "delegate",
        "delegates",
        "leader",
        "leaders",
        "official",
        "officials",
        "mourner",
        "mourners",
        "relative",
        "relatives",
        "family",
        "families",
        "worshipper",
        "worshippers",
        "shopper",
        "shoppers",
        "commuter",
        "commuters",
        "journalist",
        "journalists",
        "photographer",
        "photographers",
        "crowd",
        "crowds",
        "activist",
        "activists",
        "teacher",
        "teachers",
        "labourer",
        "labourers",
        "laborer",
        "laborers",
        "miner",
        "miners",
        "driver",
        "drivers",
        "guard",
        "guards",
        "troops",
        "rebel",
        "rebels",
        "fighter",
        "fighters",
        "villager",
        "villagers",
        "president",
        "minister",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "candidate",
        "lawmaker",
        "lawmakers",
        "senator",
        "governor",
        "mayor",
        "chancellor",
        "secretary",
        "ambassador",
        "envoy",
        "delegation",
        "leader",
        "coach",
        "executive",
        "executives",
        "employee",
        "employees",
        "manager",
        "managers",
        "engineer",
        "engineers",
        "technician",
        "technicians",
        "investor",
        "investors",
        "trader",
        "traders",
        "scientist",
        "scientists",
        "researcher",
        "researchers",
        "expert",
        "experts",
        "inspector",
        "inspectors",
        "investigator",
        "investigators",
        "medic",
        "medics",
        "paramedic",
        "paramedics",
        "crew",
        "crews",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "founder",
        "owner",
        "owners",
        "customer",
        "customers",
        "patient",
        "patients",
        "survivor",
        "survivors",
        "victim",
        "victims",
        "hostage",
        "hostages",
        "prisoner",
        "prisoners",
        "detainee",
        "detainees",
        "inmate",
        "inmates",
        "suspect",
        "suspects",
        "lawyer",
        "lawyers",
        "judge",
        "judges",
        "prosecutor",
        "prosecutors",
        "defendant",
        "juror",
        "jurors",
        "diplomat",
        "diplomats",
        "monk",
        "monks",
        "nun",
        "nuns",
        "priest",
        "priests",
        "dockworker",
        "dockworkers",
        "staffer",
        "staffers",
        "marine",
        "marines",
        "sailor",
        "sailors",
        "pilot",
        "pilots",
        "astronaut",
        "astronauts",
        "builder",
        "builders",
        "cyclist",
        "cyclists",
        "runner",
        "runners",
        "swimmer",
        "swimmers",
        "climber",
        "climbers",
        "spectator",
        "spectators",
        "onlooker",
        "onlookers",
        "bystander",
        "bystanders",
        "pedestrian",
        "pedestrians",
        "motorist",
        "motorists",
        "local",
        "locals",
        "citizen",
        "citizens",
        "civilian",
        "civilians",
        "youth",
        "youths",
        "teenager",
        "teenagers",
        "couple",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "grandmother",
        "grandfather",
        "staff",
    ]
)
#: Determiners, after which a lower-case word is a noun of the subject ("A tug").
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "two",
        "three",
        "four",
    ]
)
#: Prepositions, which are no roles.
PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "on",
        "to",
        "for",
        "with",
        "from",
        "by",
        "into",
        "onto",
        "near",
        "over",
        "under",
        "via",
    ]
)
#: Words that open a clause, not a subject ("As leaders gather ...").
SUBORDINATORS = frozenset(
    [
        "as",
        "when",
        "while",
        "after",
        "before",
        "if",
        "although",
        "though",
        "since",
        "because",
        "once",
        "until",
        "unless",
        "whether",
    ]
)
#: Words ending in s that are no verbs of a caption.
NOT_VERBS = frozenset(
    [
        "says",
        "tells",
        "asks",
        "adds",
        "is",
        "has",
        "does",
        "was",
        "its",
        "this",
        "thus",
        "plus",
        "news",
        "always",
        "perhaps",
        "series",
        "species",
        "means",
        "sometimes",
    ]
)
#: A caption's closing place: "... near Kumasi, Ghana." or "... in Halifax, Nova Scotia."
END_LOCATION_RE = regex.compile(
    r"\b(?:in|at|near|outside|inside)\s+[^,.;]{2,50},\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?[.]?\s*\Z"
)
#: The score of any present-tense verb right after a named subject ("... Ferreira
#: inaugurates a plant ..."); it counts only with a full date.
GENERIC_AFTER_NAME = 1.25
#: The score of any present-tense verb right after a noun for people ("A woman sorts
#: fish", "Firefighters battle a blaze"), verbs of thinking and owning aside.
AFTER_PERSON = 1.5
#: How many lower-case words a role between names can have ("foreign policy chief").
MAX_ROLE_WORDS = 3
#: How many words a caption's subject can have.
MAX_SUBJECT = 14
#: The score from which a paragraph reads as a caption.
CAPTION_THRESHOLD = 3.0
#: The longest caption, in words.
MAX_WORDS = 70


#: Where a person stands in the picture, in brackets: "(L)", "(2nd R)", "(left)".
POSITION_MARKER_RE = regex.compile(
    r"\((?:[LCR]|L-R|R-L|(?:(?:2nd|3rd|second|third)\s+(?:from\s+)?)?(?:[LR]|left|right)"
    r"|(?i:left|right|cent(?:er|re)|front|rear|back|top|bottom|far\s+(?:left|right)))\)"
)
#: The present passive of depiction: "is displayed", "are seen", "is being escorted".
PASSIVE_RE = regex.compile(
    r"\b(?:is|are)\s+(?:being\s+)?(?:" + "|".join(sorted(PARTICIPLES)) + r")\b(?!\s+(?:as|by|to)\b)"
)
#: The score of a present passive after a subject that is no name or person: it needs
#: a place and a date or a short sentence to read as a caption.
PASSIVE_SCORE = 1.5
#: How far into a paragraph its "is displayed" may be, in characters.
PASSIVE_REACH = 160
#: The longest paragraph read as a caption without a subject of names, in characters.
MAX_OTHER_CHARS = 400
#: The longest caption without a verb, in words and in characters.
MAX_VERBLESS_WORDS = 30
MAX_VERBLESS_CHARS = 260
#: Words that open a clause or refer back, which a caption's subject does not hold.
CLAUSE_WORDS = frozenset(
    [
        "who",
        "which",
        "that",
        "what",
        "where",
        "it",
        "he",
        "she",
        "they",
        "there",
        "this",
        "these",
        "those",
        "we",
        "i",
        "you",
    ]
)
#: Quantifiers, which open sentences about many ("Most of the suspects are detained
#: at ..."), not pictures.
QUANTIFIERS = frozenset(["most", "many", "some", "few", "all", "none", "much", "any", "even"])
#: Conjunctions and adverbs that join a sentence to the one before: "But", "Yet", "How".
LINKING_WORDS = frozenset(
    ["but", "and", "or", "yet", "so", "meanwhile", "indeed", "however", "still", "how", "why"]
)
#: Prepositions that open a sentence but never a caption's subject.
OPENING_PREPOSITIONS = frozenset(
    ["among", "amid", "despite", "according", "unlike", "besides", "within", "without", "about"]
)
#: Words a caption does not open with.
NOT_FIRST = (
    SUBORDINATORS | PREPOSITIONS | CLAUSE_WORDS | QUANTIFIERS | LINKING_WORDS | OPENING_PREPOSITIONS
)
#: Common verbs in the past tense that do not end in "ed": a sentence with one of them
#: has a verb.
PAST_VERBS = frozenset(
    [
        "met",
        "took",
        "went",
        "came",
        "held",
        "made",
        "gave",
        "won",
        "lost",
        "saw",
        "sent",
        "spent",
        "found",
        "fell",
        "rose",
        "began",
        "became",
        "brought",
        "bought",
        "built",
        "caught",
        "chose",
        "drew",
        "drove",
        "ate",
        "flew",
        "forgot",
        "got",
        "grew",
        "heard",
        "hit",
        "hid",
        "kept",
        "knew",
        "led",
        "lent",
        "let",
        "meant",
        "paid",
        "put",
        "quit",
        "ran",
        "rang",
        "read",
        "rode",
        "said",
        "sang",
        "sat",
        "set",
        "shot",
        "shut",
        "slept",
        "sold",
        "spoke",
        "stood",
        "stole",
        "struck",
        "swore",
        "taught",
        "thought",
        "threw",
        "told",
        "understood",
        "woke",
        "wore",
        "wrote",
        "fought",
        "sought",
        "cut",
        "beat",
        "broke",
        "felt",
        "left",
        "seemed",
        "will",
        "would",
        "should",
        "could",
        "can",
        "must",
        "may",
        "might",
        "be",
        "being",
    ]
)


def has_photo_marker(paragraph: str) -> bool:
    """Whether the paragraph carries a photo credit or a picture marker
    (``PHOTO_MARKER_RE`` matches it), in at most MAX_WORDS words."""
    return _photo_marker(paragraph) and not more_words_than(paragraph, MAX_WORDS)


def _photo_marker(paragraph: str) -> bool:
    """Whether PHOTO_MARKER_RE matches, tried in its parts, each only where the words it
    needs are, or the paragraph ends with an agency's photo credit (see
    _agency_credit)."""
    if PHOTO_START_RE.match(paragraph) is not None:
        return True
    if "(" in paragraph and (
        PHOTO_BRACKETS_RE.search(paragraph) is not None or _agency_credit(paragraph)
    ):
        return True
    if "/" in paragraph and PHOTO_SLASH_RE.search(paragraph) is not None:
        return True
    low = lowered(paragraph)  # (features.CASE_TWINS: each part's words are found there)
    if "this" in low and PHOTO_IN_THIS_RE.search(paragraph) is not None:
        return True
    if not any(map(low.__contains__, PICTURE_WORDS)):
        return False
    return _closing_credit(paragraph, low) or PHOTO_WORDS_RE.search(paragraph) is not None


def _closing_credit(paragraph: str, low: str) -> bool:
    """Whether a photo credit closes the paragraph (PHOTO_CLOSING_RE, tried at each
    picture word within _CLOSING_REACH of the end; ``low`` is the paragraph lowered)."""
    start = max(0, len(paragraph) - _CLOSING_REACH)
    for word in ("photo", "picture", "image"):
        at = low.find(word, start)
        while at >= 0:
            if PHOTO_CLOSING_RE.match(paragraph, at) is not None:
                return True
            at = low.find(word, at + 1)
    return False


def _agency_credit(paragraph: str) -> bool:
    """Whether the paragraph is a sentence or two closed by a known agency in brackets
    (or a picture agency, PHOTO_AGENCIES), as a picture is credited: "Ana Ruiz waves as
    she leaves the palace. (AFP)". A
    sentence that quotes or reports speech is left alone."""
    end = paragraph.rstrip()
    if not end.endswith(")"):
        return False
    opening = end.rfind("(")
    if opening < 0 or end.find(")", opening) != len(end) - 1:
        return False
    agency = " ".join(end[opening + 1 : -1].split()).casefold()
    if agency not in AGENCIES and agency not in PHOTO_AGENCIES:
        return False
    before = end[:opening].rstrip()
    if final_mark(before) not in {".", "!"} or not more_words_than(before, 2):
        return False
    return QUOTE_MARK_RE.search(before) is None and SAYING_RE.search(before) is None


def _is_plural_noun(low: str) -> bool:
    return (
        low in PLURALS
        or low.endswith(("men", "people"))
        or (low.endswith("s") and not low.endswith(("'s", "’s", "ss", "us", "is")))
    )


def _verb_score(
    words: Sequence[str], i: int, *, plural: bool, person: bool, named: bool = False
) -> float:
    """The score of ``words[i]`` as the caption's verb, or 0."""
    word = words[i]
    low = word.casefold()
    if not word.islower() or i == 0:
        return 0.0
    before = words[i - 1].casefold()
    if before in NOT_BEFORE_VERB or before.endswith(("'s", "’s", "s'", "s’")):
        return 0.0
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    if after in NOT_AFTER_VERB or (after == "to" and low in {"looks", "look", "appears", "appear"}):
        return 0.0
    if after == "as" and (i + 2 >= len(words) or words[i + 2].casefold() in NOT_AFTER_AS):
        return 0.0
    if low in {"is", "are"} and i + 1 < len(words):
        participle = words[i + 1].casefold()
        following = words[i + 2].casefold() if i + 2 < len(words) else ""
        if participle in PARTICIPLES and following not in {"as", "by", "to"}:
            return 2.5
        return 0.0
    third_person = low.endswith("s") and not low.endswith("ss")
    if low in DEPICTION_VERBS:
        return 2.0 if third_person or plural else 0.0
    if low in NOT_PICTURE_VERBS:
        return 0.0
    if not third_person:
        if plural and (named or person) and _plain_verb(words, i):
            # "Firefighters battle a blaze", "X (L) and Y review an honour guard"
            return AFTER_PERSON if person and before in PERSON_NOUNS else GENERIC_AFTER_NAME
        return 0.0
    if len(low) <= 3 or low in NOT_VERBS:
        return 0.0
    if person and before in PERSON_NOUNS:
        return AFTER_PERSON
    if named and words[i - 1][:1].isupper():
        return GENERIC_AFTER_NAME
    return 0.0


def _plain_verb(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]``, after names joined by "and" or a plural noun for people,
    reads as the plain form of their verb: not a past tense, a participle or an adverb,
    and followed by a determiner ("X and Y review an honour guard", "Firefighters
    battle a blaze")."""
    low = words[i].casefold()
    if len(low) <= 3 or low.endswith(("ed", "ing", "ly")) or low in FINITE_VERBS:
        return False
    before = words[i - 1]
    if not (before[:1].isupper() or before.casefold() in PERSON_NOUNS) or i + 1 >= len(words):
        return False
    return words[i + 1].casefold() in DETERMINERS


def _is_role(words: Sequence[str], i: int) -> bool:
    """A lower-case role among capitalised words: "Harbour pilot Joe Marsh", "EU foreign
    policy chief Ana Costa": up to three lower-case words, after a capitalised word and
    before one."""
    start = i
    while start > 0 and i - start < MAX_ROLE_WORDS and not words[start - 1][:1].isupper():
        start -= 1
    if start == 0 or not words[start - 1][:1].isupper():
        return False
    for j in range(start, min(len(words), start + MAX_ROLE_WORDS + 1)):
        word = words[j]
        if word[:1].isupper():
            return j > i
        if not word.isalpha():
            return False
        low = word.casefold()
        if j < i and low in {"of", "the"}:
            continue  # "Supporters of opposition leader Raila Amollo"
        if (
            low in PREPOSITIONS
            or low in FINITE_VERBS
            or low in SUBJECT_WORDS
            or (low.endswith("s") and low not in PERSON_NOUNS)
        ):
            return False
    return False


def _depiction(words: Sequence[str]) -> float:
    """The score of a present-tense verb of depiction after a subject of names or people;
    negative for an unknown verb right after a named subject (see caption_score)."""
    if len(words) < 2:
        return 0.0  # (no word after the first to be its verb)
    first = words[0].casefold()
    if not first or not words[0][:1].isupper() or first in NOT_FIRST:
        return 0.0
    named = 0
    plural = person = False
    for i, word in enumerate(words[: MAX_SUBJECT + 1]):
        low = word.casefold()
        if low in PERSON_NOUNS and not word[:1].isupper():
            person = True
            plural = plural or _is_plural_noun(low)
            continue
        score = (  # (_verb_score is 0 for the first word and a word not in lower case)
            _verb_score(words, i, plural=plural, person=person, named=named >= 2)
            if i and word.islower()
            else 0.0
        )
        if score == GENERIC_AFTER_NAME:
            return -score
        if score:
            second = any(w in DEPICTION_VERBS and w.islower() for w in words[i + 2 :])
            return score + (0.5 if named >= 2 else 0.0) + (0.5 if second else 0.0)
        if word[:1].isupper():
            named += 1
            if low in PERSON_NOUNS:
                person = True
            if not plural and _is_plural_noun(low):
                plural = True
            continue
        if not word.isalpha():
            if ORDINAL_RE.fullmatch(low):
                continue  # "(2nd L)"
            return 0.0
        if low in FINITE_VERBS or (low.endswith("ed") and len(low) > 4):
            return 0.0
        if low in SUBORDINATORS or (low.endswith("ly") and len(low) > 4):
            return 0.0  # "Even if Ana Ruiz ...", "Ana Ruiz reportedly wants ..."
        if low == "and":
            plural = True
        elif low in SUBJECT_WORDS or low in POSITION_WORDS:
            continue
        elif i > 0 and words[i - 1].casefold() in DETERMINERS:
            plural = plural or _is_plural_noun(low)
        elif _is_role(words, i):
            person = True
        else:
            return 0.0
    return 0.0


#: How many words _depiction reads (at most MAX_SUBJECT + 1 as the subject and verb,
#: and up to four more after them) before it knows whether its score is 0.
_DEPICTION_WORDS = MAX_SUBJECT + 6
#: Where to cut a paragraph to read its first words: at the first space after this many
#: characters (words never hold a space), in a paragraph some way longer.
_FIRST_WORDS_CHARS = 140


def _first_words(paragraph: str) -> Sequence[str]:
    """The words of the paragraph, or the first _DEPICTION_WORDS of them at least."""
    if len(paragraph) > _FIRST_WORDS_CHARS + 60:
        cut = paragraph.find(" ", _FIRST_WORDS_CHARS)
        if cut >= 0:
            first = WORD_RE.findall(paragraph, 0, cut)
            if len(first) >= _DEPICTION_WORDS:
                return first
    return words_of(paragraph)


def caption_score(paragraph: str) -> float:
    """How much the paragraph reads like a photo caption (see the module docs)."""
    if _depiction(_first_words(paragraph)) == 0.0:
        # Most paragraphs: no subject and verb of depiction at the start (whether the
        # score is 0 shows before the words after the verb are read); the rarer
        # readings are tried only where their words are.
        return _object_or_verbless(paragraph)
    if more_words_than(paragraph, MAX_WORDS):
        return 0.0
    words = words_of(paragraph)
    if not words:
        return 0.0
    if YEAR_DATE_RE.match(paragraph):
        return 0.0  # an entry of a timeline: "June 16, 2015 Ruiz joins the race."
    score = _depiction(words)
    if score == 0.0:
        return 0.0
    year = _has_year_date(paragraph)
    marked = _position_marked(paragraph)
    if score < 0:
        # Any verb after a name ("Ana Ruiz wins the primary in North Carolina.")
        # is more often a lead than a picture: it counts only with a full date or a
        # position in the picture ("Ana Ruiz (L) ...").
        if not (year or marked):
            return 0.0
        score = -score + 0.5
    if marked:
        score += 1.0
    return _with_context(paragraph, words, score, year, marked)


def _with_context(
    paragraph: str, words: Sequence[str], score: float, year: bool, marked: bool = False
) -> float:
    """The score of a subject and verb, with what the rest of the paragraph adds and
    takes: a full date, a place, a short single sentence; quotation marks, verbs of
    saying, first-person words and past tenses."""
    place = PLACE_PHRASE_RE.search(paragraph) is not None
    end_location = END_LOCATION_RE.search(paragraph) is not None
    if year:
        score += 1.5
    if place:
        score += 0.5
    if end_location:
        score += 0.5
    if not (year or place or end_location or marked or LOCATIVE_RE.search(paragraph)):
        score -= 0.5  # a caption says where or when
    if "://" in paragraph:
        score -= 2.0  # a link: a post or a tweet
    if len(words) <= 40 and not SENTENCE_BREAK_RE.search(paragraph):
        score += 0.5
    else:
        score -= 1.0
    if QUOTE_MARK_RE.search(paragraph):
        score -= 2.0
    if SAYING_RE.search(paragraph):
        score -= 2.0
    if PERSON_RE.search(paragraph):
        score -= 1.0
    if PAST_RE.search(paragraph):
        score -= 1.5
    return score


def _has_year_date(paragraph: str) -> bool:
    """Whether YEAR_DATE_RE matches in the paragraph: tried over the whole of it only
    where it has a slash, and otherwise just before each year (YEAR_RE)."""
    if "/" in paragraph:
        return YEAR_DATE_RE.search(paragraph) is not None
    for year in YEAR_RE.finditer(paragraph):
        start = max(0, year.start() - _DATE_REACH)
        if YEAR_DATE_RE.search(paragraph, start, year.end() + 1) is not None:
            return True
    return False


def _position_marked(paragraph: str) -> bool:
    """Whether the paragraph marks where a person stands in the picture: "(L)", "(2nd
    R)", "(left)", "(C)"; a lone "(R)" also marks a party, so it needs a second marker."""
    if "(" not in paragraph:
        return False
    found = POSITION_MARKER_RE.findall(paragraph)
    return any(m.casefold() != "(r)" for m in found) or len(found) > 1


def _object_or_verbless(paragraph: str) -> float:
    """The score of the captions whose subject is no name or person: "A power bank
    damaged by fire is displayed at ...", or that have no verb: "Members of the
    delegation at State House in Nairobi on May 3, 2024." (0 for anything else)."""
    if len(paragraph) > MAX_OTHER_CHARS or not paragraph[:1].isupper():
        return 0.0
    if " said" in paragraph or '"' in paragraph or "“" in paragraph:
        return 0.0  # (speech takes more from either reading than it can score)
    if _passive_in(paragraph):
        words = words_of(paragraph)
        if _passive_subject(words):
            year = _has_year_date(paragraph)
            return _with_context(paragraph, words, PASSIVE_SCORE, year)
        return 0.0
    if (
        len(paragraph) > MAX_VERBLESS_CHARS
        or paragraph.count(" ") >= MAX_VERBLESS_WORDS
        or final_mark(paragraph) != "."
        or not _has_year_date(paragraph)
    ):
        return 0.0  # (a verbless caption has a full date, with a year)
    return CAPTION_THRESHOLD if _verbless(paragraph, words_of(paragraph)) else 0.0


def _passive_in(paragraph: str) -> bool:
    """Whether PASSIVE_RE matches in the first PASSIVE_REACH characters of the
    paragraph, tried only where " is " or " are " is followed by a participle."""
    for marker in (" is ", " are "):
        at = paragraph.find(marker, 0, PASSIVE_REACH)
        while at >= 0:
            after = at + len(marker)
            space = paragraph.find(" ", after, after + 20)
            word = paragraph[after:space].casefold() if space > 0 else ""
            if (word in PARTICIPLES or word == "being") and PASSIVE_RE.match(
                paragraph, at + 1
            ) is not None:
                return True
            at = paragraph.find(marker, at + 1, PASSIVE_REACH)
    return False


def _passive_subject(words: Sequence[str]) -> bool:
    """Whether the words before the first "is"/"are" read as a caption's subject: they
    open with a capital, and hold no finite verb, no verb of saying and no clause."""
    first = words[0].casefold()
    if first in NOT_FIRST or first in FINITE_VERBS:
        return False
    for word in words[1 : MAX_SUBJECT + 1]:
        low = word.casefold()
        if low in {"is", "are"}:
            return True
        if low in FINITE_VERBS or low in SUBORDINATORS or low in CLAUSE_WORDS:
            return False
    return False


def _verbless(paragraph: str, words: Sequence[str]) -> bool:
    """Whether the paragraph is a caption without a verb: a short single sentence of a
    subject (names, people, things) and phrases of place and time, with a full date and
    a place ("Members of the delegation at State House in Nairobi on May 3, 2024.")."""
    if len(words) > MAX_VERBLESS_WORDS or len(words) < 5:
        return False
    if words[0].casefold() in NOT_FIRST:
        return False
    if SENTENCE_BREAK_RE.search(paragraph) or QUOTE_MARK_RE.search(paragraph):
        return False
    if (
        "://" in paragraph
        or PLACE_PHRASE_RE.search(paragraph) is None
        or YEAR_DATE_RE.match(paragraph)
    ):
        return False
    for i, word in enumerate(words):
        if not word.islower():
            continue  # (names, and "May" the month)
        low = word.casefold()
        if low in FINITE_VERBS or low in CLAUSE_WORDS or low in PAST_VERBS:
            return False
        if low.endswith("ed") and low not in PARTICIPLES:
            return False
        if i and low in DEPICTION_VERBS and words[i - 1][:1].isupper():
            return False  # "Ana Ruiz cast herself as ...": a verb after a name
        if (
            i
            and low.endswith("s")
            and not low.endswith("ss")
            and low not in PERSON_NOUNS
            and (not words[i - 1].islower() or words[i - 1].endswith("ly"))
        ):
            return False  # "Ana Ruiz (reportedly) opens the plant ...": a verb
    return True
