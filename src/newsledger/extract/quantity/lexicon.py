"""Word lists for quantities: number words, scales, vague magnitudes, modifiers, currencies,
units, things that are not quantities, and the synonym lexicon for counted heads.

Everything here is data, lower-cased unless said otherwise; the scanner (``scan.py``) and the
counted-phrase finder (``counted.py``) read it. Multi-word entries are tuples of tokens as the
tokeniser splits them ("per", "cent").
"""

from __future__ import annotations

from typing import Final

#: Cardinal number words and their values.
UNITS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Scale words after a number ("1.5 million", "$2bn", "5 lakh"). "m", "b" and "k" only count
#: as scales after a currency ("$2.5m"); elsewhere "5m" is five metres.
SCALES: Final[dict[str, float]] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
MONEY_SCALES: Final[dict[str, float]] = {"m": 1e6, "b": 1e9, "k": 1e3, "bil": 1e9, "mil": 1e6}

#: Plural scale words as vague magnitudes: "thousands" means at least two thousand.
#: The low bound is twice the scale (the smallest plural), as DESIGN.md fixes for "thousands".
VAGUE_PLURALS: Final[dict[str, int]] = {
    "tens": 20,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2_000_000,
    "billions": 2_000_000_000,
    "trillions": 2_000_000_000_000,
    "lakhs": 200_000,
    "crores": 20_000_000,
}

#: Vague quantifiers that count only when a noun follows ("several people"), with the low
#: bound they allow; "several hundred" multiplies (low 300).
VAGUE_QUANTIFIERS: Final[dict[tuple[str, ...], int]] = {
    ("several",): 3,
    ("a", "few"): 2,
    ("a", "handful"): 2,
    ("a", "couple"): 2,
}

#: "a dozen", "a score of": exact counts written as nouns.
COUNT_NOUNS: Final[dict[str, int]] = {"dozen": 12, "score": 20}

#: Proportions before "of" ("half of the cuts", "two-thirds of voters") become percentages.
FRACTION_WORDS: Final[dict[str, float]] = {
    "half": 50.0,
    "halves": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}

#: Modifiers before a number, as token tuples, and what they do: "approx" marks the value
#: approximate; "low" makes it a lower bound, "high" an upper bound; both bounds leave the
#: stated value out (DESIGN.md: "more than 5,000" has value null, low 5000).
MODIFIERS: Final[dict[tuple[str, ...], str]] = {
    ("about",): "approx",
    ("around",): "approx",
    ("roughly",): "approx",
    ("nearly",): "approx",
    ("almost",): "approx",
    ("approximately",): "approx",
    ("approx",): "approx",
    ("approx", "."): "approx",
    ("some",): "approx",
    ("circa",): "approx",
    ("an", "estimated"): "approx",
    ("estimated",): "approx",
    ("close", "to"): "approx",
    ("upwards", "of"): "low",
    ("more", "than"): "low",
    ("over",): "low",
    ("above",): "low",
    ("at", "least"): "low",
    ("exceeding",): "low",
    ("in", "excess", "of"): "low",
    ("no", "fewer", "than"): "low",
    ("no", "less", "than"): "low",
    ("greater", "than"): "low",
    ("north", "of"): "low",
    ("as", "few", "as"): "low",
    ("as", "little", "as"): "low",
    ("just", "over"): "low~",
    ("just", "above"): "low~",
    ("just", "under"): "high~",
    ("just", "below"): "high~",
    ("up", "to"): "high",
    ("fewer", "than"): "high",
    ("less", "than"): "high",
    ("under",): "high",
    ("below",): "high",
    ("at", "most"): "high",
    ("no", "more", "than"): "high",
    ("as", "many", "as"): "high",
    ("as", "much", "as"): "high",
    ("as", "high", "as"): "high",
    ("a", "maximum", "of"): "high",
    ("a", "minimum", "of"): "low",
}
#: Longest modifier, in tokens: how far back the scanner looks.
MAX_MODIFIER_TOKENS: Final = max(len(key) for key in MODIFIERS)

#: Change verbs and nouns, mapped to a direction; "to"/"by" after them make "rise to" etc.
CHANGE_WORDS: Final[dict[str, str]] = {
    word: direction
    for direction, words in (
        (
            "rise",
            """rose rise rises rising risen increased increase increases increasing grew grow
            grows growing grown climbed climb climbs climbing jumped jump jumps jumping soared
            soar soars soaring surged surge surges surging gained gain gains gaining swelled
            swell swells up expanded""",
        ),
        (
            "fall",
            """fell fall falls falling fallen dropped drop drops dropping declined decline
            declines declining decreased decrease decreases decreasing slid slide slides
            sliding plunged plunge plunges plunging plummeted plummet plummets tumbled tumble
            tumbles sank sink sinks shrank shrink shrinks down slumped slump slumps dipped dip
            dips""",
        ),
    )
    for word in words.split()
}
#: Verbs that make "up"/"down" a particle, not a change ("made up $1.14", "set up 3 firms").
PHRASAL_VERBS: Final[frozenset[str]] = frozenset(
    """make made makes making set sets setting pick picked picks add added adds sum summed
    take took taken takes give gave given gives put puts back backed end ended ends shut
    turn turned turns break broke broken write wrote step stepped steps mark marked slow
    slowed bring brought show showed shown sign signed line lined""".split()
)
#: Verbs that govern "by X to Y" as a change of a level ("cut by $200 to $399"), which the
#: range reading must leave alone, though they are not change words themselves.
BY_TO_VERBS: Final[frozenset[str]] = frozenset(
    """cut cuts reduced reduce reduces lowered lower lowers raised raise raises slashed slash
    boosted boost trimmed trim extended extend marked""".split()
)
#: Change nouns introducing a number with "of" ("an increase of 330"); after a number they
#: describe it ("a 45% drop").
CHANGE_NOUNS: Final[dict[str, str]] = {
    "increase": "rise",
    "rise": "rise",
    "gain": "rise",
    "jump": "rise",
    "growth": "rise",
    "surge": "rise",
    "decrease": "fall",
    "drop": "fall",
    "fall": "fall",
    "decline": "fall",
    "reduction": "fall",
    "slump": "fall",
    "plunge": "fall",
}

#: ISO 4217 codes by currency symbol and by a word glued before "$" ("US$", "A$").
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₪": "ILS",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
}
DOLLAR_PREFIXES: Final[dict[str, str]] = {
    "us": "USD",
    "a": "AUD",
    "au": "AUD",
    "aus": "AUD",
    "c": "CAD",
    "ca": "CAD",
    "can": "CAD",
    "nz": "NZD",
    "hk": "HKD",
    "s": "SGD",
    "sg": "SGD",
    "nt": "TWD",
    "r": "BRL",
    "mx": "MXN",
}
#: Codes written as words before or after a number ("USD 5 million", "5 million euros").
CURRENCY_CODES: Final[frozenset[str]] = frozenset(
    """usd eur gbp jpy cny rmb inr aud cad chf nzd hkd sgd sek nok dkk rub brl mxn zar krw try
    ils aed sar ngn kes egp pkr idr myr thb php vnd pln czk huf uah twd""".split()
)
#: Currency words after a number. "pounds" is sterling only after a scale word or before
#: "sterling"; elsewhere it is a weight (see ``scan._currency_after``).
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "peso": "MXN",
    "pesos": "MXN",
    "franc": "CHF",
    "francs": "CHF",
    "won": "KRW",
    "rand": "ZAR",
    "naira": "NGN",
    "shekel": "ILS",
    "shekels": "ILS",
    "lira": "TRY",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "zloty": "PLN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "real": "BRL",
    "reais": "BRL",
    "shilling": "KES",
    "shillings": "KES",
    "cedi": "GHS",
    "cedis": "GHS",
}
#: Adjectives that re-denominate "dollars" ("Australian dollars") or pounds.
DOLLAR_ADJECTIVES: Final[dict[str, str]] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "hong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "zealand": "NZD",
    "egyptian": "EGP",
    "lebanese": "LBP",
}
#: Currency words that need a scale word before them to be money, being common words too.
AMBIGUOUS_CURRENCY_WORDS: Final[frozenset[str]] = frozenset(
    {"won", "real", "rand", "pound", "pounds"}
)
#: Sub-units: (currency, factor).
SUBUNITS: Final[dict[str, tuple[str, float]]] = {
    "cent": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
}

#: Percent signs and words (tokens after the number).
PERCENT_WORDS: Final[dict[tuple[str, ...], str]] = {
    ("%",): "%",
    ("percent",): "%",
    ("per", "cent"): "%",
    ("pct",): "%",
    ("percentage", "points"): "percentage points",
    ("percentage", "point"): "percentage points",
    ("basis", "points"): "basis points",
    ("basis", "point"): "basis points",
}

#: Measurement units after a number, as token tuples, with their canonical symbol.
UNITS_AFTER: Final[dict[tuple[str, ...], str]] = {
    **{(w,): "km" for w in ("km", "kilometres", "kilometers", "kilometre", "kilometer", "kms")},
    **{(w,): "mi" for w in ("miles", "mile", "mi")},
    ("nautical", "miles"): "nmi",
    ("nautical", "mile"): "nmi",
    **{(w,): "m" for w in ("metres", "meters", "metre", "meter", "m")},
    **{(w,): "cm" for w in ("cm", "centimetres", "centimeters", "centimetre", "centimeter")},
    **{(w,): "mm" for w in ("mm", "millimetres", "millimeters", "millimetre", "millimeter")},
    **{(w,): "ft" for w in ("ft", "feet", "foot")},
    **{(w,): "in" for w in ("inches", "inch")},
    **{(w,): "yd" for w in ("yards", "yard")},
    **{(w,): "acre" for w in ("acres", "acre")},
    **{(w,): "ha" for w in ("hectares", "hectare", "ha")},
    ("square", "kilometres"): "km2",
    ("square", "kilometers"): "km2",
    ("square", "km"): "km2",
    ("sq", "km"): "km2",
    ("km2",): "km2",
    ("square", "miles"): "mi2",
    ("square", "mile"): "mi2",
    ("sq", "mi"): "mi2",
    ("square", "metres"): "m2",
    ("square", "meters"): "m2",
    ("square", "feet"): "ft2",
    ("sq", "ft"): "ft2",
    ("cubic", "metres"): "m3",
    ("cubic", "meters"): "m3",
    ("cubic", "feet"): "ft3",
    **{(w,): "kg" for w in ("kg", "kgs", "kilograms", "kilogrammes", "kilogram", "kilos")},
    **{(w,): "g" for w in ("grams", "gram", "grammes")},
    **{(w,): "mg" for w in ("mg", "milligrams")},
    **{(w,): "t" for w in ("tonnes", "tonne", "tons", "ton", "metric tons")},
    **{(w,): "lb" for w in ("lb", "lbs", "pounds", "pound")},
    **{(w,): "oz" for w in ("oz", "ounces", "ounce")},
    **{(w,): "l" for w in ("litres", "liters", "litre", "liter")},
    **{(w,): "gal" for w in ("gallons", "gallon")},
    **{(w,): "bbl" for w in ("barrels", "barrel", "bbl")},
    ("barrels", "a", "day"): "bbl/d",
    ("barrels", "per", "day"): "bbl/d",
    ("bpd",): "bbl/d",
    **{(w,): "°" for w in ("degrees", "degree")},
    ("degrees", "celsius"): "°C",
    ("degrees", "centigrade"): "°C",
    ("degrees", "fahrenheit"): "°F",
    ("degrees", "c"): "°C",
    ("degrees", "f"): "°F",
    ("°", "c"): "°C",
    ("°", "f"): "°F",
    ("°",): "°",
    ("°c",): "°C",
    ("°f",): "°F",
    ("celsius",): "°C",
    ("fahrenheit",): "°F",
    ("magnitude",): "magnitude",
    ("mph",): "mph",
    ("miles", "per", "hour"): "mph",
    ("miles", "an", "hour"): "mph",
    ("km", "/", "h"): "km/h",
    ("kph",): "km/h",
    ("kmh",): "km/h",
    ("kilometres", "per", "hour"): "km/h",
    ("kilometers", "per", "hour"): "km/h",
    ("kilometres", "an", "hour"): "km/h",
    ("kilometers", "an", "hour"): "km/h",
    ("knots",): "kn",
    **{(w,): "W" for w in ("watts", "watt")},
    **{(w,): "kW" for w in ("kw", "kilowatts", "kilowatt")},
    **{(w,): "MW" for w in ("mw", "megawatts", "megawatt")},
    **{(w,): "GW" for w in ("gw", "gigawatts", "gigawatt")},
    **{(w,): "kWh" for w in ("kwh", "kilowatt-hours")},
    **{(w,): "V" for w in ("volts", "volt")},
    **{(w,): "MB" for w in ("mb", "megabytes")},
    **{(w,): "GB" for w in ("gb", "gigabytes", "gigabyte")},
    **{(w,): "TB" for w in ("tb", "terabytes", "terabyte")},
    **{(w,): "GHz" for w in ("ghz", "gigahertz")},
    **{(w,): "MHz" for w in ("mhz", "megahertz")},
    **{(w,): "point" for w in ("points", "point", "pts")},
    **{(w,): "kcal" for w in ("calories", "kcal")},
}
#: Units that may be glued to the digits ("5km", "2GB"); lower-cased.
GLUED_UNITS: Final[frozenset[str]] = frozenset(
    "km kms mi m cm mm ft kg kgs mg lb lbs oz bbl mph kph kmh kw mw gw kwh mb gb tb ghz mhz "
    "pts".split()
)
#: Units that, written before the number, introduce it ("magnitude 6.1").
UNITS_BEFORE: Final[dict[str, str]] = {"magnitude": "magnitude"}

#: Time units: a number with one of these is a duration, which the time extractor owns.
TIME_UNITS: Final[frozenset[str]] = frozenset(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
    fortnight fortnights month months year years yr yrs decade decades century centuries
    millennium millennia night nights weekend weekends quarter quarters semester semesters
    season seasons term terms""".split()
)
#: Words after a number that make it a time of day.
CLOCK_WORDS: Final[frozenset[str]] = frozenset(
    """am pm a.m p.m a.m. p.m. o'clock o’clock gmt utc bst est edt cet cest et pt pst pdt cst
    cdt mst mdt ist jst aest hrs h""".split()
)
#: Month names (capitalised in text) and common abbreviations, lower-cased here.
MONTHS: Final[frozenset[str]] = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS: Final[frozenset[str]] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun""".split()
)

#: Nouns before a number that make it an identifier, not an amount ("page 5", "Flight 370").
ID_NOUNS: Final[frozenset[str]] = frozenset(
    """no no. nos number num page pages p pp section sections sec article articles chapter
    chapters clause paragraph para rule room rooms route highway interstate road flight flights
    platform gate gates exit exits line lines channel apartment apt suite unit building
    block lot version season episode episodes series model level category grade phase stage
    verse vol volume issue item items bus train tram pier terminal lane district ward precinct
    box bay door floor hole hall track tracks seat row act amendment article proposition
    prop title figure fig table appendix annex ch hr bill resolution code case docket file
    code week game round match day lap mile mark""".split()
)
#: Capitalised words before a number that do not make it part of a name.
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """the a an about around roughly nearly almost approximately some over above under below
    more less fewer at up to in on of for and or but by with from only just all some than
    between among and nearly exactly precisely another other these those those its their his
    her our your my each every no both total overall estimated killing killed kills injuring
    injured wounding wounded arresting arrested only even another just almost since after
    before during until while when as if that which who this there here it they we he she you
    i also still now then thus so yet nearly barely some however meanwhile additionally
    altogether today yesterday tomorrow tonight last next including among within without
    according officials police exactly fully roughly approximately first second third fourth
    fifth latest another every""".split()
)

#: Street suffixes after "<number> <Name>" that make the number part of an address.
STREET_WORDS: Final[frozenset[str]] = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr way place pl court ct square
    sq terrace parkway pkwy highway hwy close crescent""".split()
)

#: Verbs before a bare number whose object is people ("killed 37", "evacuated 3,000"), and the
#: counted phrase they give.
CASUALTY_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys("killed killing kills kill slew slain".split(), "people killed"),
    **dict.fromkeys(
        "injured injuring injures wounded wounding wounds hurt".split(), "people injured"
    ),
    **dict.fromkeys("arrested arresting arrests detained detaining".split(), "people arrested"),
    **dict.fromkeys("evacuated evacuating evacuates".split(), "people evacuated"),
    **dict.fromkeys("rescued rescuing rescues".split(), "people rescued"),
    **dict.fromkeys("displaced displacing".split(), "people displaced"),
    **dict.fromkeys("hospitalized hospitalised".split(), "people hospitalised"),
    **dict.fromkeys("infected infecting".split(), "people infected"),
}
#: Participles or adjectives after a bare number ("37 were killed", "37 dead").
CASUALTY_AFTER: Final[dict[str, str]] = {
    **dict.fromkeys("killed dead died perished drowned".split(), "people killed"),
    **dict.fromkeys("injured wounded hurt".split(), "people injured"),
    **dict.fromkeys(("missing",), "people missing"),
    **dict.fromkeys("arrested detained".split(), "people arrested"),
    **dict.fromkeys(("evacuated",), "people evacuated"),
    **dict.fromkeys(("rescued",), "people rescued"),
    **dict.fromkeys(("displaced",), "people displaced"),
    **dict.fromkeys(("hospitalized", "hospitalised"), "people hospitalised"),
}
#: Auxiliaries that may stand between the number and a casualty participle ("37 were killed").
AUXILIARIES: Final[frozenset[str]] = frozenset(
    "were are was is have has had been be being remain remained remain still reportedly".split()
)
#: Nouns before a number that say it counts dead people ("the death toll rose to 37").
TOLL_WORDS: Final[frozenset[str]] = frozenset({"toll", "death", "deaths", "fatalities"})

#: Words that end a counted noun phrase.
STOP_WORDS: Final[frozenset[str]] = frozenset(
    """a an the this that these those its their his her our your my each every all any no
    some both either neither such what which who whom whose where when while whereas
    because if as than like to at in on from for with by into onto over under about across
    after before during since until through between among against near per via within
    without along around toward towards upon off out up down of and or but nor so yet
    is are was were be been being have has had do does did will would shall should can could
    may might must said says say told according it he she they we you i them him us me
    also already still now then more less most least just only even very too not ago last
    next respectively alone apiece total overall there here again each altogether including
    included plus minus versus vs today yesterday tomorrow tonight worldwide nationwide
    statewide countrywide abroad overseas apiece altogether""".split()
)
#: Irregular past tenses, which end a counted phrase ("1.5 million Rohingya | fled").
IRREGULAR_PAST: Final[frozenset[str]] = frozenset(
    """fled met went came took gave made saw ran rose fell lost held struck fought sought
    told thought paid kept led sent spent built began became brought stood sat got found knew
    grew drew threw wrote spoke broke chose hid fed bought caught taught felt meant heard sold
    stuck swept slept flew""".split()
)
#: Verbs before a number that make it a number to call, not an amount ("call 911").
DIAL_WORDS: Final[frozenset[str]] = frozenset(
    "call calling called dial dialled dialed ring text".split()
)
#: Words skipped right after the number, before the counted phrase ("18 more 777s").
COUNTED_SKIP: Final[frozenset[str]] = frozenset({"more", "other", "additional", "extra", "further"})
#: Irregular plurals and mass nouns that end a counted phrase like a plural in -s.
IRREGULAR_PLURALS: Final[frozenset[str]] = frozenset(
    """people men women children police personnel staff cattle sheep fish aircraft feet teeth
    mice geese deer livestock militia clergy troops folk crew""".split()
)
#: Casualty adjectives that may head a counted phrase alone ("37 dead").
CASUALTY_HEADS: Final[frozenset[str]] = frozenset(
    {"dead", "injured", "wounded", "missing", "killed", "hurt", "displaced", "homeless"}
)

#: The counted-head synonym lexicon: surface heads (lower-cased, last word of the counted
#: phrase or a two-word ending) mapped to one normal form, so "troops" and "forces" match.
HEAD_SYNONYMS: Final[dict[str, str]] = {
    **dict.fromkeys(
        """troops troop forces soldiers soldier servicemembers servicemen servicewomen
        service-members marines guardsmen paratroopers infantrymen""".split(),
        "troops",
    ),
    "service members": "troops",
    "military personnel": "troops",
    "guard members": "troops",
    "guard troops": "troops",
    **dict.fromkeys(
        """people persons person individuals individual humans lives civilians residents
        inhabitants deaths dead fatalities casualties victims injured wounded missing killed
        hurt bodies displaced homeless""".split(),
        "people",
    ),
    **dict.fromkeys("migrants migrant immigrants immigrant".split(), "migrants"),
    "asylum seekers": "asylum seekers",
    "asylum-seekers": "asylum seekers",
    **dict.fromkeys("refugees refugee".split(), "refugees"),
    **dict.fromkeys("children child kids kid minors minor".split(), "children"),
    **dict.fromkeys("officers officer policemen policeman cops".split(), "police officers"),
    "police officers": "police officers",
    **dict.fromkeys("jobs job positions posts layoffs redundancies".split(), "jobs"),
    "job cuts": "jobs",
    "job losses": "jobs",
    **dict.fromkeys("workers worker employees employee staff staffers".split(), "workers"),
    **dict.fromkeys(
        "aircraft planes plane jets jet airliners airliner aeroplanes airplanes".split(),
        "aircraft",
    ),
    **dict.fromkeys("homes home houses house dwellings".split(), "homes"),
    **dict.fromkeys("vehicles vehicle cars car automobiles automobile".split(), "vehicles"),
    **dict.fromkeys("votes vote ballots".split(), "votes"),
    **dict.fromkeys("students student pupils pupil".split(), "students"),
    **dict.fromkeys("prisoners prisoner inmates inmate detainees".split(), "prisoners"),
    **dict.fromkeys("protesters protestors demonstrators".split(), "protesters"),
    **dict.fromkeys("cases case infections".split(), "cases"),
}
