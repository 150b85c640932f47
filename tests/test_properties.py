"""Property tests (hypothesis) for the stages that see raw scraped input (issue 6).

What holds for ANY input, not only the examples we thought of:

1. Decoding: any bytes give text or `InputError` — nothing else — also for text in every encoding we
   claim (UTF-8 with/without BOM, UTF-16 LE/BE with/without BOM, cp1252, cp1256) with stray bytes
   spliced in; text with a BOM decodes exactly to its cleaned original.
2. Normalising: `normalise_text` never raises on any str, and nothing vanishes. Precisely: every word
   token (``\\w+``) of every input line appears in the record's fields — `paragraphs`, `removed`,
   `source_takeaways`, `title`, `byline`, `published` — where for the three metadata fields, whose value
   may be a cleaned-up extract (a date without its "Published" prefix), the line the value was taken from
   counts (it is kept in `line_roles`, the accounting trail). Hard-wrap joining may glue a hyphenated word
   ("fiet-" + "sen"), so a token counts as present when it is a substring of a field.
3. Sentence splitting: for nl, ar and en, ``"".join(split_sentences(t, lang)) == t`` and no piece is empty.
4. The whole per-article pipeline (`normalise` command: decode, normalise, language id) turns any bytes
   into a record: an ``input`` error or a result, never an exception.

Example counts are modest so CI stays fast (see EXAMPLES below); BENCHMARKS.md reports them.
"""

from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from newsbrief.decode import clean_text, decode_bytes, decode_with_warnings
from newsbrief.errors import InputError
from newsbrief.normalise import normalise_text
from newsbrief.pipeline import Pipeline, RunOptions
from translate import split_sentences

EXAMPLES = 200
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- building blocks: text that looks like scraped news in our languages --------------------------

NL_WORDS = ("de het een gemeente Utrecht fietsenstalling station wethouder dhr. mevr. o.a. bijv. jan. 12 miljoen "
            "euro één België café reizigers zeiden vrijdag 4.500 1,5 procent 't z'n").split()
AR_WORDS = ("افتتحت البلدية مكتبة عامة جديدة في وسط المدينة وقال رئيس إن ٢٠٢٤ ١٢ مليون دولار Siemens BBC "
            "الثلاثاء للأطفال").split()
EN_WORDS = ("the city council said on Tuesday Mr. Dr. U.S. 30 million dollars bridge it's 2027 Jan. "
            "e.g. i.e. No. St.").split()
PUNCT = [". ", "? ", "! ", ", ", "; ", ": ", " — ", "… ", "؟ ", "، ", "؛ ", ".\n", "\n\n", "\" ", "« ", " » ", "(", ") ",
         "... ", " ", " ", " ", " ", "  ", "\t", "\n", "• ", "- ", "1. "]
FURNITURE = ["Home", "Menu", "Lees ook:", "Deel dit artikel", "Advertentie", "Key Takeaways", "In het kort",
             "Door Jan de Vries", "By Anna Smith | March 4, 2024", "Gepubliceerd: 12 maart 2024, 10:15",
             "نشر في ٤ مارس ٢٠٢٤", "© 2024 Krant", "Foto: ANP", "Related news", "Read more:", "Cookies",
             "اقرأ أيضا", "المصدر: وكالات"]


def _prose(words):
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(PUNCT)), max_size=80).map("".join)


def _page():
    line = st.one_of(_prose(NL_WORDS), _prose(AR_WORDS), _prose(EN_WORDS), st.sampled_from(FURNITURE),
                     st.text(max_size=60))
    return st.tuples(st.lists(line, max_size=30), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])).map(
        lambda parts: parts[1].join(parts[0]))


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "cp1256"]
STRAYS = [b"\xff", b"\xfe", b"\xc3", b"\x80", b"\xe2\x82", b"\xed\xa0\x80", b"\x00", b"\x1b[31m", b"\x81"]

# --- 1. decoding --------------------------------------------------------------------------------------


def _decodes_or_input_error(data: bytes) -> str | None:
    try:
        text, warnings = decode_with_warnings(data, source="prop.txt")
    except InputError as exc:
        message = str(exc)
        assert message.startswith("prop.txt: ") and "\n" not in message
        return None
    assert isinstance(text, str) and text.strip()
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    # what the later stages rely on: LF only, no controls but newline and tab (a plain-text table's cell separator,
    # normalise/lines.py), no bidi/zero-width marks
    assert "\r" not in text and not re.search("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]",
                                              text)
    return text


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_input_error(data):
    _decodes_or_input_error(data)


@SETTINGS
@given(_page(), st.sampled_from(ENCODINGS), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(STRAYS)),
                                                      max_size=3))
def test_encoded_pages_with_stray_bytes_decode_or_raise_input_error(page, encoding, strays):
    try:
        data = page.encode(encoding)
    except UnicodeEncodeError:
        assume(False)  # the page has characters this code page cannot hold
    for position, stray in strays:
        position %= len(data) + 1
        data = data[:position] + stray + data[position:]
    text = _decodes_or_input_error(data)
    if not strays and text is not None and encoding in ("utf-8-sig", "utf-16"):
        # a byte-order mark leaves no doubt: exactly the cleaned page comes back (bar a repair, which is said)
        warnings = decode_with_warnings(data, source="prop.txt")[1]
        assert text == clean_text(page) or any("repaired mojibake" in w for w in warnings)


@SETTINGS
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_utf8_with_a_bom_round_trips_exactly(text):
    cleaned = clean_text(text)
    assume(cleaned.strip())
    decoded, warnings = decode_with_warnings(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert decoded == cleaned or any("repaired mojibake" in w for w in warnings)  # repairs are always said


@SETTINGS
@given(_page(), st.integers(0, 10_000), st.sampled_from([b"\xff", b"\xfe", b"\xe9", b"\xeb"]))
def test_one_stray_byte_in_utf8_with_accents_is_a_warning_not_a_loss(page, position, stray):
    prefix = "café in België, één keer ٢٠٢٤ ".encode("utf-8")  # valid multi-byte characters: this is UTF-8
    data = prefix + page.replace("\x00", "").encode("utf-8")  # a NUL byte makes it binary (another test)
    position = len(prefix) + position % (len(data) - len(prefix) + 1)
    while position < len(data) and 0x80 <= data[position] < 0xC0:  # not inside a character: keep it whole
        position += 1
    text, warnings = decode_with_warnings(data[:position] + stray + data[position:])
    assert any("not valid UTF-8" in w for w in warnings)
    assert "café in België, één keer ٢٠٢٤" in text


# --- 2. normalising -------------------------------------------------------------------------------

TOKEN = re.compile(r"\w+")
FIELDS = ("paragraphs", "removed", "source_takeaways")
META_ROLES = {"title", "byline", "published"}


def _check_every_word_accounted(text: str) -> None:
    art = normalise_text(text)
    assert art.text == "\n\n".join(art.paragraphs)
    kept = [*art.paragraphs, *art.removed, *art.source_takeaways,
            *(v for v in (art.title, art.byline, art.published) if v)]
    # the metadata lines as they were (the record keeps the extracted value), and summary-box items as they were
    # (the record keeps each item without its list marker: "1. de" -> "de")
    kept += [src for src, role, _ in art.line_roles if role in META_ROLES or role == "takeaway"]
    haystack = "\n".join(kept)
    compact = re.sub(r"\s+", "", haystack)  # a hard-wrap join may glue "fiet-" + "sen"
    for line in text.splitlines():
        for token in TOKEN.findall(line):
            assert token in haystack or token in compact, (token, line)
    # and the trail has every non-blank input line, in order, each with one known role
    sources = [src for src, _role, _ in art.line_roles]
    assert sources == [line.strip() for line in text.splitlines() if line.strip()]
    assert {role for _, role, _ in art.line_roles} <= {"title", "byline", "published", "content", "takeaway",
                                                       "removed"}


@SETTINGS
@given(_page())
@example("dhr.dhr.de. dhr.dhr.o.a.de\nAdvertentie\na")  # a line joined across an advert: the trail kept page order
def test_normalise_accounts_for_every_word_of_a_scraped_page(page):
    _check_every_word_accounted(clean_text(page))


@SETTINGS
@given(st.text(max_size=600))
def test_normalise_accounts_for_every_word_of_any_text(text):
    _check_every_word_accounted(text)


# --- 3. sentence splitting -------------------------------------------------------------------------


@SETTINGS
@given(st.sampled_from(["nl", "ar", "en"]), st.data())
def test_split_then_join_loses_no_characters(language, data):
    words = {"nl": NL_WORDS, "ar": AR_WORDS, "en": EN_WORDS}[language]
    text = data.draw(st.one_of(_prose(words), _prose(NL_WORDS + AR_WORDS + EN_WORDS), st.text(max_size=300)))
    pieces = split_sentences(text, language)
    assert "".join(pieces) == text
    assert all(pieces) and (len(pieces) <= 1 or all(p.strip() for p in pieces))


# --- 4. the per-article pipeline -------------------------------------------------------------------

_PIPELINE = Pipeline(RunOptions(command="normalise"))


@SETTINGS
@given(st.one_of(st.binary(max_size=2000), _page().map(lambda p: p.encode("utf-8")),
                 st.tuples(_page(), st.sampled_from(ENCODINGS)).map(
                     lambda pe: pe[0].encode(pe[1], errors="replace"))))
def test_pipeline_turns_any_bytes_into_a_record(data):
    article = _PIPELINE.process("prop.txt", data)
    record = article.to_dict()
    if record["error"] is not None:
        assert record["error"]["type"] == "input"
        assert "\n" not in record["error"]["message"]
    else:
        assert record["language"] == "und" or re.fullmatch("[a-z]{2}", record["language"])
        assert 0.0 <= record["language_confidence"] <= 1.0
        assert isinstance(record["text"], str)


# --- 5. the linear match_key edge strip equals the regex it replaced -----------------------------


@SETTINGS
@given(st.text(max_size=60))
def test_match_key_strips_edges_like_the_regex_definition(text):
    """phrases.match_key strips non-word edges with a loop (the regex '[\\s\\W_]+$' was quadratic)."""
    from newsbrief.normalise.phrases import match_key

    key = match_key(text)
    assert re.sub(r"^[\s\W_]+|[\s\W_]+$", "", key) == key  # nothing left to strip
    assert match_key(key) == key  # idempotent
