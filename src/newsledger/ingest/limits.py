"""Every tuning constant of the readers and the duplicate finder, with its unit and calibration."""

from __future__ import annotations

#: Files larger than this many bytes are refused with TooLargeError (the ``max_bytes`` default).
#: 10 MB is ~100 times the largest news page body seen in the WARC samples we inspected, so it only
#: stops dumps and binaries that were not meant to be read as one article.
DEFAULT_MAX_BYTES = 10_000_000

#: A gzip stream may decompress to at most this many times ``max_bytes``. Crawled HTML compresses
#: 4–8 times in WARC.GZ archives; anything past 20 times is a decompression bomb, not news.
GZIP_MAX_EXPANSION = 20

#: Bytes at the start of a file inspected for binary content and for the format sniff.
SNIFF_BYTES = 8192

#: Share of C0 control characters (other than tab, newline, carriage return, form feed and
#: escape) among the sniffed bytes above which a file is binary. Text files hold none; executables,
#: images and archives hold 10–40 %, so 5 % separates them with room on both sides.
MAX_CONTROL_SHARE = 0.05

#: When a file is not UTF-8, Windows-1252 is accepted if at most this share of its letters are
#: non-ASCII. Western European news (French, German, Spanish, Portuguese, Icelandic) runs at
#: 1–12 %; a Cyrillic, Greek or Arabic single-byte text read as Windows-1252 runs at 90–100 %.
WESTERN_MAX_NON_ASCII_LETTER_SHARE = 0.3

#: Header lines are looked for only in the first lines of a plain-text file; a real header is
#: four or five lines (date, source, title, url and perhaps author).
MAX_HEADER_LINES = 12

#: Language identification looks at this many leading characters (enough for ~300 words).
LANGUAGE_SAMPLE_CHARS = 2000

#: ... and needs at least this many words (or letters, for scripts without spaces) to decide.
LANGUAGE_MIN_WORDS = 3

#: A Latin-script language is chosen only if its function words make up at least this share of
#: the words. Measured on news prose: 25–45 % for the right language's list, 0–8 % for an
#: unrelated one; 12 % leaves room for headline-like, name-heavy text.
LANGUAGE_MIN_STOPWORD_SHARE = 0.12

#: Share of letters in a script other than Latin above which the script decides the language.
LANGUAGE_SCRIPT_SHARE = 0.5

#: Share of kana among CJK letters above which Han text is Japanese (Japanese prose is 30–60 %
#: kana; Chinese none).
JAPANESE_KANA_SHARE = 0.05

#: Words per shingle for near-duplicate detection. Five words make a shingle specific enough that
#: two reports of the same event by different outlets share almost none (the two example articles
#: share 0 of ~800), while a copy with one changed sentence keeps ~95 % of its shingles.
SHINGLE_WORDS = 5

#: Characters per shingle for text without word separators (Chinese, Japanese, Thai).
SHINGLE_CHARS = 4

#: MinHash signature length: one-permutation hashing into this many bins. 128 bins give a
#: standard error of about 0.035 on an estimated Jaccard similarity of 0.8.
MINHASH_BINS = 128

#: LSH banding of the signature: BANDS x ROWS == MINHASH_BINS. With 32 bands of 4 rows a pair with
#: Jaccard 0.8 becomes a candidate with probability > 0.999 and a pair at 0.2 with probability 0.05,
#: so the candidate check (exact on the signatures) stays cheap.
LSH_BANDS = 32
LSH_ROWS = 4

#: Two articles whose shingle sets have at least this estimated Jaccard similarity are copies.
#: A wire story republished with a new headline line and a trailing line ("Reporting by ...") on
#: a 150-word brief scores ~0.85 with 5-word shingles; on a 600-word story ~0.96; two outlets'
#: own reports of the same event score below 0.1 (the example pair: ~0.0).
COPY_JACCARD_THRESHOLD = 0.8

#: A later article also counts as a copy when at least this share of its shingles are estimated
#: to lie inside an earlier one (a wire story trimmed by the outlet), provided it has at least
#: MIN_SHINGLES_FOR_CONTAINMENT shingles, so one shared stock sentence does not make a copy.
COPY_CONTAINMENT_THRESHOLD = 0.9
MIN_SHINGLES_FOR_CONTAINMENT = 40

#: Length of the hexadecimal article id (64 bits of SHA-256: a collision is expected only after
#: about four billion distinct articles).
ARTICLE_ID_HEX_CHARS = 16
