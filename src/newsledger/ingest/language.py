"""Language identification without a model: the script decides, then function-word profiles.

Letters in a script used by one main language (Greek, Hebrew, Hangul, Thai, ...) decide directly;
Cyrillic, Arabic and Han are told apart by letters only some of their languages use (Ukrainian
"ї", Persian "پ", Japanese kana). Latin-script text is scored against short lists of the most
frequent function words of each language: news prose in a language is 25–45 % its own function
words. Fast (one pass over the first couple of thousand characters) and deterministic; "und" when
the text is too short or no profile clearly fits.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from newsledger.ingest.limits import (
    JAPANESE_KANA_SHARE,
    LANGUAGE_MIN_STOPWORD_SHARE,
    LANGUAGE_MIN_WORDS,
    LANGUAGE_SAMPLE_CHARS,
    LANGUAGE_SCRIPT_SHARE,
)

UNDETERMINED = "und"

#: The most frequent function words of each language in news prose (ISO 639-1 codes).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": """the of and to a in is that for it was on with as he said by at from his an be
            have has are were been their they this which not but or who will its had after would
            also more than about when there she her you we""",
        "fr": """le la les de des du un une et est en que qui dans pour pas sur au aux avec par ce
            cette il elle ils sont ont été mais plus se ne son sa ses leur selon après où être
            comme tout nous vous""",
        "de": """der die das und ist nicht ein eine einer eines dem den des zu mit sich auf für von
            im auch als wird werden wurde hat haben sind war bei nach aus oder aber wie noch nur
            vor über durch dass""",
        "es": """el la los las del de y en que un una es por con para se no lo como más pero sus
            fue este esta ha han sido al entre también sobre cuando ya muy hasta desde""",
        "it": """il lo la gli le di del della dei delle che e è un una per con non si da nel nella
            al alla sono ha stato anche come più ma questo dopo tra essere hanno""",
        "pt": """o os a as do da dos das de e em no na nos nas um uma que é com não para por mais ao
            pelo pela foi ser são também como mas seu sua entre já""",
        "nl": """de het een en van in is dat op te zijn met voor niet aan er om ook als bij door
            maar dan nog werd wordt naar heeft hebben was uit over""",
        "sv": """och att det som en på är av för med till den har de inte om ett var men så från
            vid kan efter också eller sig""",
        "da": """og at det som en på er af for med til den har de ikke om et var men så fra ved kan
            efter også eller sig blev""",
        "no": """og at det som en på er av for med til den har de ikke om et var men så fra ved kan
            etter også eller seg ble""",
        "pl": """i w na z że się nie do jest to o jak po przez od za są był była ale dla oraz już
            tylko przy jego ich także został""",
        "cs": """a v na se že je s z do to o jako by byl bylo jsou ale pro jeho jejich také které
            který která po od při není už""",
        "ro": """și în de la a cu pe că este din nu pentru care sunt fost o un una mai au ale lui
            ei acest această dar""",
        "tr": """ve bir bu da de için ile olarak olan çok daha gibi ama en kadar sonra her ne var
            yok ise değil şu tarafından""",
        "id": """yang dan di ke dari ini itu dengan untuk dalam tidak akan pada adalah juga oleh
            ada bahwa karena telah sudah atau mereka""",
        "fi": """ja on ei se että oli ovat mutta kun myös hän kanssa tai jo sen niin vain mukaan
            joka jotka""",
        "hu": """a az és hogy nem is egy van volt meg de ez csak már el mint még után kell lesz
            szerint""",
    }.items()
}

# (first code point, last code point, script) for the scripts told apart; sorted by start.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0000, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x137F, "ethiopic"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
)
_RANGE_STARTS = [start for start, _, _ in _SCRIPT_RANGES]

#: Scripts that name their language outright.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "devanagari": "hi",
    "bengali": "bn",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "thai": "th",
    "georgian": "ka",
    "hangul": "ko",
    "ethiopic": "am",
    "kana": "ja",
}

#: Letters that only some languages of a shared script use, checked in this order.
_MARKER_LETTERS: dict[str, tuple[tuple[str, str], ...]] = {
    "cyrillic": (("іїєґ", "uk"), ("ѓќѕ", "mk"), ("ђћџјљњ", "sr"), ("ўі", "be")),
    "arabic": (("ٹڈڑںے", "ur"), ("پچژگ", "fa")),
}
_SCRIPT_DEFAULT: dict[str, str] = {"cyrillic": "ru", "arabic": "ar", "han": "zh"}

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isalpha() or byte > 127)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_WITH_APOSTROPHE = re.compile(r"[a-z']*'[a-z']*")
#: ASCII bytes to themselves lower-cased if letters, apostrophes kept, all else a space.
_ASCII_LETTERS = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 or byte == 39 else 32
    for byte in range(256)
)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or "und"."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sample.isascii():  # Latin letters only (most English news): no script table
        if not sample.encode("ascii").translate(None, _NOT_ASCII_LETTERS):
            return UNDETERMINED
        return _by_function_words(sample)
    # Only non-ASCII letters need the script table; ASCII letters are Latin, counted in C.
    scripts = Counter(_script(char) for char in _NON_ASCII.findall(sample) if char.isalpha())
    ascii_text = sample.encode("ascii", "ignore")
    scripts["latin"] += len(ascii_text.translate(None, _NOT_ASCII_LETTERS))
    letters = sum(scripts.values())
    if letters == 0:
        return UNDETERMINED
    script, count = _main_script(scripts)
    if script != "latin" and count / letters > LANGUAGE_SCRIPT_SHARE:
        return _by_script(script, scripts, sample)
    return _by_function_words(sample)


def _script(char: str) -> str:
    code = ord(char)
    index = bisect.bisect_right(_RANGE_STARTS, code) - 1
    if index >= 0:
        start, end, script = _SCRIPT_RANGES[index]
        if start <= code <= end:
            return script
    return "other"


def _main_script(scripts: Counter[str]) -> tuple[str, int]:
    # Japanese mixes kana with Han: count them together so the mix is not split in two.
    merged = Counter(scripts)
    if merged["kana"] and merged["han"]:
        merged["han"] += merged.pop("kana")
    return merged.most_common(1)[0]


def _by_script(script: str, scripts: Counter[str], sample: str) -> str:
    if script == "han":
        cjk = scripts["han"] + scripts["kana"]
        if cjk < LANGUAGE_MIN_WORDS:
            return UNDETERMINED
        return "ja" if scripts["kana"] / cjk > JAPANESE_KANA_SHARE else "zh"
    for letters, code in _MARKER_LETTERS.get(script, ()):
        if any(letter in sample for letter in letters):
            return code
    return _SCRIPT_LANGUAGE.get(script) or _SCRIPT_DEFAULT.get(script, UNDETERMINED)


def _ascii_words(sample: str) -> list[str]:
    """``[w.casefold() for w in _WORD.findall(sample)]`` for an ASCII sample, found in C: a
    table lower-cases the letters and blanks everything but letters and apostrophes, and only
    the pieces holding an apostrophe go through the word pattern (a regular-expression match
    per word cost most of the language test)."""
    folded = sample.encode("ascii").translate(_ASCII_LETTERS).decode("ascii")
    if "'" in folded:
        folded = _WITH_APOSTROPHE.sub(_apostrophe_words, folded)
    return folded.split()


def _apostrophe_words(match: re.Match[str]) -> str:
    return " ".join(_ASCII_WORD.findall(match.group()))


def _by_function_words(sample: str) -> str:
    if sample.isascii():
        words = _ascii_words(sample)
    else:
        # Case folding maps character by character and never makes a line break, so one
        # call over the words joined folds each of them.
        found = _WORD.findall(sample)
        words = "\n".join(found).casefold().split("\n") if found else []
    if len(words) < LANGUAGE_MIN_WORDS:
        return UNDETERMINED
    counts = Counter(words)
    # each vocabulary meets the article's distinct words in C, not word by word
    seen = set(counts)
    scores = {
        code: sum(map(counts.__getitem__, vocabulary & seen))
        for code, vocabulary in FUNCTION_WORDS.items()
    }
    best = max(scores, key=lambda code: scores[code])
    if scores[best] / len(words) < LANGUAGE_MIN_STOPWORD_SHARE:
        return UNDETERMINED
    return best
