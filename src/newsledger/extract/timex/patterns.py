"""The time-expression grammar: one regex per kind, joined into one scanner compiled at import.

Each kind is a verbose-free pattern with named groups (for ``resolve``); the scanner is the
alternation of all kinds with the group names stripped, so a text is scanned once and each
hit is re-parsed by its own kind's pattern only. Alternatives are tried in ``KINDS`` order at
each position, so longer and more specific kinds come first (``DISPATCHER`` tries them one by
one, only those that can start with the words there, with the same result). Case is ignored
by the scanner; ``resolve`` rejects lower-case month and weekday names ("may", "march" the
verb).
"""

from __future__ import annotations

import re
from typing import Final

from newsledger.extract.timex.dispatch import Dispatcher

_MONTH_FULL: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?!\w)"
)
_MONTH_ABBR: Final = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?!\w))"
MONTH: Final = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAYNUM: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR: Final = r"(?:1\d{3}|20\d{2})(?![\d,]\d|-\d)"
_ORDINAL: Final = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty-first|\d{1,2}(?:st|nd|rd|th))"
)
_SMALL: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_TENS: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER: Final = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|"
    rf"eight|nine))?|{_SMALL}(?:\s+and\s+a\s+half)?|a\s+hundred|a\s+few|a\s+couple(?:\s+of)?|"
    r"(?<=next\s)couple\s+of|(?<=past\s)couple\s+of|(?<=last\s)couple\s+of|"
    r"several|a\s+dozen|dozens\s+of|half\s+an?|a\s+half|an?|few|many)"
)
UNIT: Final = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|centuries|century|millennium|millennia)(?!\w)"
)
_APPROX: Final = (
    r"(?:about|around|roughly|nearly|almost|approximately|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|"
    r"not\s+more\s+than|just\s+over|just\s+under|over|close\s+to|some)\s+"
)
_EDGE: Final = r"(?:(?:early|late|mid)[- ]|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
_DAYPART: Final = r"(?:morning|afternoon|evening|night)"
TIMEZONE: Final = r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|Z)(?!\w)"

#: A year that may open a range ("2009-2011", "2020-21"), what may follow it, and what the
#: second year sits right after.
_RANGE_YEAR: Final = r"(?:1\d{3}|20\d{2})(?![\d,]\d)"
_RANGE_END: Final = r"(?![\w%/-]|[.,:]\d)"
_RANGE_AHEAD: Final = rf"(?=[-–](?:(?:1\d|20)\d\d|\d\d){_RANGE_END})"
_RANGE_START: Final = r"(?:1\d|20)\d\d[-–]"

KINDS: Final[tuple[tuple[str, str], ...]] = (
    (
        "iso",
        r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
        r"(?:T(?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?)?(?![\w-])",
    ),
    ("numeric", r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])"),
    (
        # "the last week of March", "the week of March 6"
        "week_of",
        rf"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
        rf"(?P<mon>{MONTH})|week\s+of\s+(?P<mon2>{MONTH})\s*(?P<d>{DAYNUM}))"
        rf"(?:\s*,?\s*(?P<y>{YEAR}))?(?!\w|:\d)",
    ),
    (
        "mdy",
        rf"\b(?:{_EDGE})?(?P<mon>{MONTH})\s*(?P<d>{DAYNUM})(?:\s*,?\s*(?P<y>{YEAR}))?(?!\w|:\d)",
    ),
    (
        "dmy",
        rf"\b(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})(?:\s*,?\s*(?P<y>{YEAR}))?"
        r"(?!\w|:\d)",
    ),
    (
        "month_year",
        rf"\b(?:{_EDGE})?(?P<mon>{MONTH})\s*,?\s*(?:of\s+)?(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)"
        r"\s+year)(?!\w)",
    ),
    (
        "holiday",
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>Christmas(?:\s+Day|\s+Eve)?|"
        r"New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|"
        r"Independence\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Election\s+Day|"
        r"Valentine's\s+Day|Veterans\s+Day|Good\s+Friday|Boxing\s+Day)(?!\w)",
    ),
    (
        "weekday",
        rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+past|"
        rf"this\s+coming|this|the\s+previous|the\s+following|coming|past)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:\s+(?P<part>{_DAYPART})s?)?(?!\w)",
    ),
    (
        "deictic",
        rf"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<word>today|tonight|tomorrow|"
        rf"yesterday|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
        rf"(?:\s+(?P<part>{_DAYPART}))?(?!\w)"
        rf"|\b(?:(?:earlier|later|early|late)\s+)?(?P<this>this|last)\s+(?P<part2>{_DAYPART})(?!\w)",
    ),
    (
        "quarter",
        rf"\b(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|"
        rf"the\s+year-(?:ago|earlier)|the\s+comparable|the\s+same|a\s+year\s+earlier's)\s+)?"
        rf"(?:(?P<y0>{YEAR})\s+)?(?:fiscal[- ])?(?P<which>first|second|third|fourth|1st|2nd|3rd|"
        rf"4th|final|latest|current|previous|past|last|next|recent|year-ago|year-earlier)"
        rf"[- ](?:fiscal[- ])?quarter(?P<plural>s)?"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s+year))?(?!\w)"
        rf"|\b(?P<bare>the|this|that)\s+quarter(?!\w|-to-)(?!\s+a\s+year\s+(?:ago|earlier|before)\b)"
        # "the latest period", "the 1988 period": a quarterly report's quarter
        rf"|\b(?:the\s+)?(?:(?P<latest>latest)|(?P<py>{YEAR}))\s+(?:period|quarter)(?!\w)"
        rf"|\bQ(?P<q>[1-4])(?:\s+(?P<qy>{YEAR}))?(?!\w)",
    ),
    (
        "half",
        rf"\b(?:the\s+)?(?P<which>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})|"
        r"(?:the\s+|this\s+|(?P<rel>last|next)\s+)year)(?!\w)",
    ),
    (
        "decade",
        r"(?<![\w$])(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?P<full>1\d{2}|20\d)0s|"
        r"['‘’](?P<short>\d)0s|(?:(?<=the\s)|(?<=and\s))(?P<bare>[2-9])0s)(?!\w)"
        r"|\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?P<word>twenties|thirties|forties|fifties|"
        r"sixties|seventies|eighties|nineties)(?!\w)",
    ),
    (
        "century",
        rf"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?P<ord>{_ORDINAL})|(?P<rel>this|last|"
        r"next))[- ]century(?!\w)",
    ),
    ("fiscal", rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>{YEAR})(?!\w)"),
    (
        "ago",
        rf"\b(?:{_APPROX})?(?:(?P<num>{NUMBER})\s*[- ]?\s*)?(?P<unit>{UNIT})"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)(?!\w)",
    ),
    (
        "comparison",
        r"\b(?:(?:the|its)\s+)?(?:same|corresponding|comparable|year-ago|year-earlier|"
        r"prior-year|previous-year)\s+(?:(?:fiscal\s+)?(?:period|quarter|month|"
        r"three\s+months|nine\s+months|six\s+months))(?:\s+(?:of\s+)?(?:last\s+year|the\s+"
        r"previous\s+year|the\s+prior\s+year|a\s+year\s+(?:ago|earlier|before)))?(?!\w)"
        # "the quarter a year ago": the quarter reported, a year back
        r"|\bthe\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before)(?!\w)"
        r"|\b(?:last|the\s+previous)\s+year's\s+(?:(?:fiscal\s+)?(?:period|quarter|"
        r"(?:first|second|third|fourth)\s+quarter))(?!\w)",
    ),
    (
        "relative",
        r"\b(?:(?P<edge>earlier|later|early|late|mid)[- ](?:in\s+)?)?"
        r"(?:(?P<part>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|turn)\s+of)\s+)?"
        r"(?:(?P<the>the|its)\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|coming|"
        r"past|previous|current|following|same|latest|present|upcoming|that)\s+"
        r"(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year|day)(?!\w)"
        r"|\b(?:(?P<edge2>earlier|later|early|late)\s+in\s+)?(?:(?P<part2>(?:the\s+)?(?:end|beginning|start|"
        r"middle|rest|turn)\s+of)\s+)?(?P<the2>the)\s+(?:(?P<full>full|fiscal|calendar|entire|whole)\s+)?"
        # ("the year 2000", "the year two thousand" are the year named)
        r"(?P<unit2>year(?!\s+(?:\d|two\s+thousand|nineteen\s|eighteen\s|twenty\s))|weekend|"
        r"month|day)(?![\w-])"
        r"|\b(?P<ye>year[- ]end|year's\s+end)(?!\w)"
        r"|\b(?:the\s+)?(?:comparable\s+|same\s+)?(?P<adj>year-(?:ago|earlier))(?:\s+(?:period|"
        r"results|levels?|figures?))?(?!\w)",
    ),
    (
        "season",
        rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the)\s+)?"
        rf"(?:(?:early|late|mid)[- ])?(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s*,?\s*(?:of\s+)?(?P<y>{YEAR}))?(?!\w)",
    ),
    (
        "month",
        rf"\b(?:(?:early|late|mid)[- ]|(?P<rel>last|next|this\s+past|this\s+coming|this)\s+|"
        rf"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?P<mon>{_MONTH_FULL})",
    ),
    (
        # "quarterly" is left out: in news it names a reporting period ("quarterly profit"),
        # which TimeBank annotates as a time once in eleven uses
        "set",
        rf"\b(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?:(?P<unit>{UNIT})|"
        rf"(?P<wd>{WEEKDAY})|(?P<part>{_DAYPART})|(?P<mon>{_MONTH_FULL}))"
        rf"|\b(?P<adv>daily|weekly|monthly|yearly|annually|annual|hourly|nightly|"
        r"biweekly|bimonthly|semiannual|semiannually|biannual)(?![\w-])"
        rf"|\b(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each|every)"
        rf"\s+(?P<unit2>{UNIT})",
    ),
    (
        "duration",
        rf"\b(?:(?:the|a|this|its|another)\s+)?(?:{_APPROX})?(?:(?P<mod>past|last|next|first|"
        r"coming|previous|following|latest|final|remaining|initial|ensuing|recent)\s+)?"
        rf"(?P<num>{NUMBER})(?:\s+(?:more|additional|straight|consecutive|full|long|trading|"
        rf"business|calendar|working))?\s*[- ]?\s*(?P<unit>{UNIT})(?:[- ]long)?"
        r"(?![- ]olds?\b|-(?:earlier|ago)\b)(?:\s+(?P<ahead>ahead))?",
    ),
    (
        "plural",
        r"\b(?:(?P<mod>recent|coming|past|next|last|the\s+past|the\s+coming|the\s+next|"
        r"the\s+last|the\s+early|the|in\s+recent|over\s+the|for|in|within)\s+)?"
        r"(?:(?P<vague>few|several|many)\s+)?"
        r"(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries|quarters)"
        r"(?:-long)?(?:\s+(?P<ahead>ahead))?(?![- ]olds?\b)(?![\w-])",
    ),
    (
        "time",
        rf"\b(?:(?:around|about|approximately|shortly\s+after|shortly\s+before|just\s+after|"
        rf"just\s+before)\s+)?(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s*(?P<ap>a\.m\.?|p\.m\.?|"
        rf"am\b|pm\b)|(?P<h24>\d{{1,2}}):(?P<mi24>\d{{2}})(?::\d{{2}})?(?=\s*(?:{TIMEZONE}|"
        rf"hours?\b|hrs\b|local\b|\())|(?P<named>noon|midnight|midday|mid[- ]?afternoon|"
        rf"mid[- ]?morning)(?!\w)|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?:{TIMEZONE}|"
        rf"hours?\b|hrs\b))|(?P<hw>\d{{1,2}}|{_SMALL})\s+(?:o'clock|in\s+the\s+(?P<inpart>"
        rf"morning|afternoon|evening)))(?:\s*\(?\s*(?P<tz>{TIMEZONE})(?:\s*(?P<off>[+-]\s*\d{{1,2}}))?"
        r"(?:\s*\))?)?",
    ),
    (
        "year",
        rf"(?<![\w$£€#.,/:-])(?:(?P<edge>(?:early|late|mid)[- ]|(?:pre|post)-|"
        rf"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|spring|summer|fall|autumn|winter)\s+of\s+)|"
        rf"(?P<theyear>the\s+year\s+))?(?P<y>{_RANGE_YEAR})"
        rf"(?:{_RANGE_AHEAD}|(?![\w%/]|[.,:]\d|-\d|\s*[-–]\s*\d))",
    ),
    # the second year of a range: "2009-2011", "the 2020-21 season"
    ("year_end", rf"(?<={_RANGE_START})(?P<y2>(?:1\d|20)\d\d|\d\d){_RANGE_END}"),
    (
        "spelled_year",
        rf"\b(?:(?P<the>the\s+year\s+)(?P<millennium>two\s+thousand)(?:\s+and\s+(?P<ones>{_SMALL}))?"
        rf"|(?P<century>nineteen|eighteen|twenty)\s+(?P<tens>{_TENS})(?:[- ](?P<unit>one|two|three|"
        r"four|five|six|seven|eight|nine))?)(?!\w)",
    ),
    (
        "ref",
        r"\b(?P<word>right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|"
        r"at\s+the\s+moment|current|(?:more\s+)?recently|recent|lately|"
        r"the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
        r"a\s+later\s+(?:date|time)|then\s+current|the\s+(?:near|short|long|medium)\s+term|"
        r"the\s+time\s+being|as\s+soon\s+as\s+possible|(?:very\s+|quite\s+)?"
        r"(?<!as\s)soon(?!\s+(?:as|after|afterwards?|before|thereafter)\b))(?![\w-])",
    ),
)

_STRIP_NAMES: Final = re.compile(r"\(\?P<\w+>")

_ALTERNATION: Final = "|".join(
    f"(?P<{kind}>{_STRIP_NAMES.sub('(?:', pattern)})" for kind, pattern in KINDS
)

#: The one scanner: every kind as a named alternative, inner names stripped.
SCANNER: Final[re.Pattern[str]] = re.compile(_ALTERNATION, re.IGNORECASE)

#: The scanner's kinds one by one for lower-cased text (case-sensitive matching is about
#: three times faster; the patterns use no upper-case escapes, \S, \W, \D, \B, so
#: lower-casing a pattern keeps its meaning), each tried at a position only when its first
#: words allow it (``dispatch``): the same hits as SCANNER, in a fraction of the time.
DISPATCHER: Final = Dispatcher(
    (kind, re.compile(_STRIP_NAMES.sub("(?:", pattern).lower())) for kind, pattern in KINDS
)

#: Each kind's own pattern, to re-parse a hit into its parts.
PARSERS: Final[dict[str, re.Pattern[str]]] = {
    kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in KINDS
}

#: Two hits joined into one expression when only this lies between them ("Monday, Oct. 26",
#: "5 p.m. EST, Nov. 6", "noon Saturday", "Friday at 3 p.m.").
JOINER: Final[re.Pattern[str]] = re.compile(r"[ \t]*,?[ \t]*(?:(?:on|at)[ \t]+)?")


def trie(words: tuple[str, ...]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes: the regex engine
    then tests a few characters per position instead of every word (about twice faster)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


#: Words (or word starts) every time expression contains at least one of. The scanner is
#: tried only at these and at start words shortly before one, so most of a text is never
#: scanned.
#: (Month abbreviations and "now" must be whole words: "mar" starts "market", "dec" starts
#: "decision"; the other words may start longer ones: "years", "weekend", "Mondays".)
TRIGGER_WORDS: Final[tuple[str, ...]] = tuple(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday second minute hour day night
    week fortnight month quarter year decade centur millenni morning afternoon evening noon
    midnight midday mid-afternoon midafternoon mid-morning midmorning o'clock today tonight
    tomorrow yesterday current recent lately presently moment future past present ago spring
    summer autumn winter christmas thanksgiving easter halloween independence labor
    memorial election valentine veterans boxing twenties thirties forties fifties sixties
    seventies eighties nineties nineteen eighteen twenty thousand daily weekly monthly
    yearly hourly nightly biweekly bimonthly annual semiannual biannual fiscal
    half term date period possible soon""".split()
)
WHOLE_TRIGGER_WORDS: Final[tuple[str, ...]] = tuple(
    "jan feb mar apr may jun jul aug sep sept oct nov dec now fall fy q1 q2 q3 q4 time".split()
)

#: Characters before a trigger word where an expression may start: the longest prefixes
#: ("the beginning of the", 21 characters, the longest on the dev sets; "approximately two
#: and a half", 30) fit in it.
TRIGGER_REACH: Final = 32

#: Words a time expression can start with before its time word (determiners, modifiers,
#: numbers: see the prefixes of ``KINDS``).
START_WORDS: Final[tuple[str, ...]] = tuple(
    """the a an this that these its last next past coming previous following same current
    latest present upcoming early late mid earlier later end beginning start middle rest
    remainder turn about around roughly nearly almost approximately more less fewer at up no
    not just over close some every each once twice another first second third fourth fifth
    sixth seventh eighth ninth tenth final remaining initial ensuing recent recently latter
    corresponding comparable prior for in within few several many dozens half shortly right
    then one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety year fiscal fy q1 q2 q3 q4 now currently presently nowadays lately
    future very quite pre post""".split()
)

#: Time words and numbers (lower-cased text).
TRIGGER_LOWER: Final[re.Pattern[str]] = re.compile(
    rf"(?<!\w)(?:{trie(TRIGGER_WORDS)}|{trie(WHOLE_TRIGGER_WORDS)}(?![a-z])|\d)|['‘’]\d0s"
)
#: The same time words found from the character before them, which the look-behind of
#: TRIGGER_LOWER requires to be outside a word: a pattern opening with a character class
#: lets the regex engine skip to the next such character, a third faster. Two cases are
#: left to TRIGGER_LOWER itself: a time word opening the text, and a decade after a word
#: character ("rock'90s"), which TRIGGER_LOWER finds without the look-behind.
TRIGGER_AFTER_LOWER: Final[re.Pattern[str]] = re.compile(
    rf"[^\w](?:{trie(TRIGGER_WORDS)}|{trie(WHOLE_TRIGGER_WORDS)}(?![a-z])|\d|['‘’]\d0s)"
)
DECADE_AFTER_WORD: Final[re.Pattern[str]] = re.compile(r"['‘’](?<=\w['‘’])\d0s")
#: Start words and numbers (lower-cased text), each a whole word.
START_LOWER: Final[re.Pattern[str]] = re.compile(rf"(?<![\w'‘’])(?:{trie(START_WORDS)}\b|\d)")
#: The same for text whose lower-casing changes its length (see DISPATCHER).
TRIGGER: Final[re.Pattern[str]] = re.compile(TRIGGER_LOWER.pattern, re.IGNORECASE)
TRIGGER_AFTER: Final[re.Pattern[str]] = re.compile(TRIGGER_AFTER_LOWER.pattern, re.IGNORECASE)
START: Final[re.Pattern[str]] = re.compile(START_LOWER.pattern, re.IGNORECASE)
