"""Every tuning constant of the readers and the duplicate finder, with its unit and calibration,
and the one rule on how far a publication date is trusted (``stream_date``)."""

from __future__ import annotations

from datetime import date, timedelta

#: Files larger than this many bytes are refused with TooLargeError (the ``max_bytes`` default).
#: A long news article is 10–50 KB of text and a heavy news page 1–3 MB of HTML, so 10 MB admits
#: any single article or page and stops dumps and binaries that were not meant as one input.
#: Readers of large feeds, JSONL exports or WARC archives raise it (ReadOptions.max_bytes).
DEFAULT_MAX_BYTES = 10_000_000

#: A gzip stream may decompress to at most this many times ``max_bytes``. Text and HTML compress
#: 3–8 times; past 20 times the stream is a decompression bomb, not news.
GZIP_MAX_EXPANSION = 20

#: Bytes at the start of a file inspected for binary content and for the format sniff.
SNIFF_BYTES = 8192

#: Share of C0 control characters (other than tab, newline, vertical tab, carriage return, form
#: feed and escape) among the sniffed bytes above which a file is binary. Text holds none; binary
#: formats hold many even where they lack NUL bytes (the PNG-like and ELF-like test fixtures hold
#: 11 % and 94 %); 5 % separates the two with room on both sides.
MAX_CONTROL_SHARE = 0.05

#: When a file is not UTF-8, Windows-1252 is accepted if at most this share of its letters are
#: non-ASCII. Measured on the test sentences: Portuguese 7.8 %, French 7.5 %, German 5.1 %; a
#: Cyrillic, Greek or Arabic single-byte text read as Windows-1252 is 90–100 % non-ASCII.
WESTERN_MAX_NON_ASCII_LETTER_SHARE = 0.3

#: Header lines are looked for only in the first lines of a plain-text file; a real header is
#: four or five lines (date, source, title, url and perhaps author).
MAX_HEADER_LINES = 12

#: Language identification looks at this many leading characters (enough for ~300 words).
LANGUAGE_SAMPLE_CHARS = 2000

#: ... and needs at least this many words (or letters, for scripts without spaces) to decide.
LANGUAGE_MIN_WORDS = 3

#: A Latin-script language is chosen only if its function words make up at least this share of
#: the words. Measured on the test sentences and the example articles: 38–57 % for the right
#: language, at most 22 % for a related one (Spanish text on the Romanian list), at most 7 % for
#: an unrelated one; the best-scoring language wins, and below 12 % nothing clearly fits.
LANGUAGE_MIN_STOPWORD_SHARE = 0.12

#: Share of letters in a script other than Latin above which the script decides the language.
LANGUAGE_SCRIPT_SHARE = 0.5

#: Share of kana among CJK letters above which Han text is Japanese (Japanese prose is 30–60 %
#: kana; Chinese none).
JAPANESE_KANA_SHARE = 0.05

#: Words per shingle for near-duplicate detection. Five words make a shingle specific enough that
#: two reports of the same event by different outlets share almost none (the two example articles
#: share 4 of 808 distinct shingles, Jaccard 0.005), while a copy with one changed sentence keeps
#: ~95 % of its shingles.
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
#: Measured with 5-word shingles, a copy given a new headline line and a trailing line
#: ("Reporting by ...; editing by ...") scores 0.92 on a 150-word brief and 0.96 on the two
#: example articles (370 and 420 words); the two examples, the same event told by two outlets,
#: score 0.005. 0.8 sits between with room for the signature's ~0.035 estimation error.
COPY_JACCARD_THRESHOLD = 0.8

#: A later article also counts as a copy when at least this share of its shingles are estimated
#: to lie inside an earlier one (a wire story trimmed by the outlet), provided it has at least
#: MIN_SHINGLES_FOR_CONTAINMENT shingles, so one shared stock sentence does not make a copy.
COPY_CONTAINMENT_THRESHOLD = 0.9
MIN_SHINGLES_FOR_CONTAINMENT = 40

#: Length of the hexadecimal article id (64 bits of SHA-256: a collision is expected only after
#: about four billion distinct articles).
ARTICLE_ID_HEX_CHARS = 16

#: Copies are looked for among originals published at most this many days before the newest
#: publication date seen; older ones are forgotten, so the duplicate finder's memory follows the
#: stream's recent past, not its whole history. 60 days is how long a story stays open
#: (``group.index``: CLOSE_AFTER_WINDOWS 2 x TIME_WINDOW_DAYS 30): a copy published later than
#: that would join a different story anyway, since stories only take articles within their window.
COPY_WINDOW_DAYS = 60

#: Undated articles have no place in that window, so the duplicate finder keeps at most this many
#: of them (the most recent arrivals; an original is about 3.8 KB, so 100,000 hold ~0.4 GB).
MAX_UNDATED_COPY_CANDIDATES = 100_000

#: A publication date more than this many days after today's is a mistake (a misread date, a
#: clock set wrong): the article is kept, but its date does not move the stream on, or one
#: "2099" would close every open story and forget every copy candidate at once.
MAX_DAYS_AHEAD = 2


def stream_date(published: date | None) -> date | None:
    """The date the stream windows (of stories and copy candidates) go by: the publication
    date, or None (as for an undated article) when it is implausibly far ahead of today."""
    if published is None or published > date.today() + timedelta(days=MAX_DAYS_AHEAD):
        return None
    return published
