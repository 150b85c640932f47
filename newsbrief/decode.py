"""Bytes to clean text: the first stage every input goes through.

Scraped articles arrive in whatever encoding the scraper wrote: UTF-8 (with or
without a BOM), UTF-16 (often without a BOM when exported from Windows tools),
Windows-1256 for Arabic and Windows-1252/Latin-1 for Dutch. We decode them with
charset-normalizer, then make the text uniform so that later stages can rely on
it: LF line endings, NFC, no zero-width/bidi/control characters (a tab stays: a
plain-text table's cell separator). Arabic diacritics (combining marks) are left alone.

Files that mix encodings are read per stretch: UTF-8 with a paragraph pasted in from cp1252/cp1256, or a
cp1252 file with UTF-8 words, is read as UTF-8 where the bytes are UTF-8 and in the code page elsewhere.
Mojibake (UTF-8 once read as cp1252 and saved again: "IsraÃ«lische") is repaired with ftfy. Both leave a
warning in the record, never a silent change.

Failures raise `InputError` with one line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from pathlib import Path

from newsbrief.errors import InputError

DEFAULT_MAX_BYTES = 10_000_000
#: non-UTF-8 input larger than this is identified on its first bytes only (see `_detect`)
_SAMPLE_BYTES = 200_000

_BOMS = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When charset-normalizer finds several single-byte code pages about equally plausible
# (cp1250 and cp1252 decode Dutch "ë/é/ö" identically, but differ on "è/à"), we
# prefer the ones the web actually uses for our languages (WHATWG maps Latin-1 to cp1252).
_PREFERRED = ("utf_8", "cp1252", "cp1256")

# Invisible characters that only get in the way of matching and tokenising:
# zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks/embeddings/isolates,
# and the Arabic letter mark (U+061C, the RLM of Arabic text).
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Arabic presentation forms (glyph variants some old tools and PDFs emit): folded to the plain letters with
# NFKC, because translation vocabularies and the language identifier know only those. Only these blocks:
# NFKC on all text would also rewrite ½, ², ﬁ and full-width forms.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# UTF-8 decoded with surrogateescape: each byte that is not valid UTF-8 becomes one of these
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
# One UTF-8 encoded character of two to four bytes (the strict ranges: no overlong forms, no surrogates), and
# a stretch of them with nothing between.
_UTF8_MULTIBYTE = (rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                   rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                   rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})")
_UTF8_STRETCH = re.compile(_UTF8_MULTIBYTE + rb"+")
_NEWLINES = re.compile("\r\n|\r|[\u0085\u2028\u2029]")


def _looks_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order of BOM-less data, judged by where its NUL bytes fall.

    ASCII-range text (spaces, digits, newlines, Latin letters) in UTF-16 has a NUL
    in every other byte; Arabic has 0x06 there instead, but its spaces still give
    NULs. Binary files have NULs scattered on both positions.
    """
    if len(data) < 2:
        return None
    sample = data[:65536]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    total = even + odd
    if total < 0.02 * half:
        return None
    # Nearly all NULs on one side: text. Tolerate a few on the other (U+0100-style code points).
    if odd >= 0.98 * total:
        return "utf-16-le"
    if even >= 0.98 * total:
        return "utf-16-be"
    return None


# Characters no text file contains: C0/C1 controls (bar tab and line breaks), private use, U+FFFD.
_NON_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # every Cc except the tab and the newline
# Whole terminal escape sequences (ECMA-48), removed before the lone controls: dropping only the ESC
# left their printable tail in the text and the title ("[31mRED[0m", "]0;PWNED").
# OSC / DCS / SOS / PM / APC strings run to BEL or ST (a missing terminator: to the end of the line);
# CSI is ESC[ with parameter, intermediate and final bytes; ESC with intermediates takes one final byte
# (ESC ( B); without, only the two-character commands terminals act on (ESC c resets, ESC 7/8 save and
# restore the cursor, ...): a stray ESC before an ordinary letter loses the ESC, not the letter.
# Only the 7-bit (ESC) forms: a lone C1 character such as U+009D is usually mojibake ("â\x80\x9d" for a
# curly quote), and reading it as a string introducer would eat the rest of the line.
_ESCAPES = re.compile(
    "\x1b[\\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\\\)?"
    "|\x1b\\[[0-?]*[ -/]*[@-~]?"
    "|\x1b[ -/]+[0-~]"
    "|\x1b[78=>cDEHMZ\\\\]"
)


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    return 1.0 - len(_NON_TEXT.findall(text)) / len(text)


def _utf8_with_strays(data: bytes) -> tuple[str, int, str] | None:
    """UTF-8 text with a few bytes that are not (a damaged file, or a paragraph pasted in from a legacy
    code page): (text, stray byte count, code page used for them); None when it is not that.

    It is read as UTF-8 when it has valid multi-byte characters and no more than four stray bytes for each:
    text in a single-byte code page has almost no valid multi-byte sequences (cp1256 Arabic makes a few by
    accident, among many more strays), so it still goes to detection; and where cp1252 text is taken
    for UTF-8 here, its strays are read as cp1252 anyway. The
    strays are read in the code page that fits the text around them: cp1256 for Arabic, else cp1252.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(len(run) for run in _STRAY_BYTES.findall(text))
    valid = len(_NON_ASCII.findall(text)) - strays
    if valid < 1 or 4 * valid < strays:
        return None
    codepage = "cp1256" if 2 * len(_ARABIC_CHAR.findall(text)) >= valid else "cp1252"
    text = _STRAY_BYTES.sub(
        lambda run: bytes(ord(ch) - 0xDC00 for ch in run.group()).decode(codepage, errors="replace"), text)
    return text, strays, codepage


def _codepage_with_utf8(data: bytes, source: str) -> tuple[str, int, str] | None:
    """A cp1252 or cp1256 file with stretches of real UTF-8 in it (a word or paragraph pasted in), or UTF-8 with
    too few multi-byte characters for `_utf8_with_strays` to be sure: (text, bytes read in the code page, code
    page); None when it is not that.

    The code page is identified on the bytes with every UTF-8-shaped stretch taken out, and must be cp1252 or
    cp1256 (the web's code pages for our languages; any other goes to whole-file detection as before). A stretch
    is read as UTF-8 only when it cannot be text in the code page: read as cp1252 it is classic mojibake
    ("Ã«", "â€™": ftfy's badness test, made for exactly this), and in a cp1256 file it is also two characters or
    more (cp1256 Arabic makes a valid UTF-8 pair by accident, a letter before "،", but never a run of them).
    """
    from ftfy.badness import is_bad  # imported here: only undecodable input needs it

    # stretches whose cp1252 reading is mojibake; found before the (slower) code page detection, which most
    # legacy files then never need here
    stretches = [m for m in _UTF8_STRETCH.finditer(data) if is_bad(m.group().decode("cp1252", errors="replace"))]
    if not stretches:
        return None
    rest = _UTF8_STRETCH.sub(b"", data[:_SAMPLE_BYTES])
    if not any(byte >= 0x80 for byte in rest):
        return None
    codepage = _normal_codepage(_guess_encoding(rest, source))
    if codepage not in ("cp1252", "cp1256"):
        return None
    pieces: list[str] = []
    legacy = bytearray()  # the bytes read in the code page
    start = 0
    for stretch in stretches:
        as_utf8 = stretch.group().decode("utf-8")
        if codepage == "cp1256" and len(as_utf8) < 2:
            continue
        legacy += data[start:stretch.start()]
        pieces += [data[start:stretch.start()].decode(codepage, errors="replace"), as_utf8]
        start = stretch.end()
    if not pieces:
        return None
    legacy += data[start:]
    pieces.append(data[start:].decode(codepage, errors="replace"))
    return "".join(pieces), sum(1 for byte in legacy if byte >= 0x80), codepage


def _normal_codepage(encoding: str) -> str:
    """charset-normalizer's name for a code page as Python spells it (cp1252 for Latin-1, which it extends)."""
    name = codecs.lookup(encoding).name
    return "cp1252" if name in ("iso8859-1", "latin-1") else name


#: (magic bytes, where they may start at most, what the file is and what to do): documents a user saves beside
#: scraped articles. Without this a PDF whose streams happen to be text is "cleaned" as its own syntax, and a Word
#: file is only "binary data"; the message names the format so the user knows to extract the text first
_DOCUMENT_FORMATS = (
    (b"%PDF-", 1024, "a PDF document, not a text file; extract its text first (e.g. pdftotext) and pass that"),
    (b"PK\x03\x04", 0, "a ZIP container (a Word .docx, an OpenDocument .odt, an .epub or a zip archive), not a "
                       "text file; save the document as text or HTML first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document (.doc/.xls/.ppt), not a text file; save it as "
                                          "text or HTML first"),
    (b"\x1f\x8b", 0, "gzip-compressed data, not a text file; unpack it first (gunzip)"),
)


#: a PDF's indirect object header ("12 0 obj"), which every PDF has and a text naming the format does not
_PDF_OBJECT = re.compile(rb"\d+ \d+ obj\b")


def _document_format(data: bytes) -> str | None:
    """What a known non-text document format is, by its magic bytes, with what to do (None for anything else)."""
    for magic, reach, what in _DOCUMENT_FORMATS:
        at = data.find(magic, 0, reach + len(magic))
        # a PDF may carry junk bytes before its header (the reach; the other formats none), but no words
        if at < 0 or any(0x21 <= byte < 0x7f for byte in data[:at]):
            continue
        if magic == b"%PDF-" and not _PDF_OBJECT.search(data, 0, 1 << 20):
            continue  # "%PDF-1.7 is the version …": a text that opens on the header's words, with no object in it
        return what
    return None


def _detect(data: bytes, source: str, warnings: list[str] | None = None) -> str:
    document = _document_format(data)
    if document:
        raise InputError(f"{source}: {document}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{source}: cannot decode as {encoding} despite its byte-order mark ({exc.reason} at byte "
                    f"{exc.start}); re-save the file as UTF-8"
                ) from exc

    if b"\x00" in data:
        encoding = _looks_utf16(data)
        if encoding is None:
            raise InputError(f"{source}: binary data (NUL bytes), not a text file; pass articles as text or HTML")
        text = data.decode(encoding, errors="replace")
        if text.count("\ufffd") > 0.01 * len(text) or _printable_ratio(text) < 0.97:
            raise InputError(f"{source}: binary data (NUL bytes), not a text file; pass articles as text or HTML")
        return text

    try:  # the common case, and strict UTF-8 never matches random bytes by accident
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass

    mixed = _utf8_with_strays(data) or _codepage_with_utf8(data, source)
    if mixed is not None:
        text, strays, codepage = mixed
        if warnings is not None:
            warnings.append(f"{strays} byte(s) were not valid UTF-8 (a damaged file or mixed encodings); "
                            f"read them as {codepage}: check the words around them")
        return text

    encoding = None
    if len(data) > _SAMPLE_BYTES:
        # Detection reads every candidate code page over the whole input: on a 10 MB file that takes
        # seconds. Decide on a sample, then decode everything with that encoding (strictly).
        encoding = _guess_encoding(data[:_SAMPLE_BYTES], source)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            encoding = None
    if encoding is None:
        encoding = _guess_encoding(data, source)
        text = data.decode(encoding, errors="replace")
    if _printable_ratio(text) < 0.95:
        raise InputError(f"{source}: binary data (control bytes), not a text file; pass articles as text or HTML")
    return text


def _guess_encoding(data: bytes, source: str) -> str:
    """The encoding charset-normalizer finds for these bytes, preferring cp1252/cp1256 on near-ties."""
    import charset_normalizer  # imported here: only non-UTF-8 input needs it

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputError(
            f"{source}: cannot decode: no text encoding fits these bytes (binary data?); re-save the file as UTF-8"
        )
    best = matches[0]
    for preferred in _PREFERRED:
        for match in matches:
            equivalent = [c.replace("-", "_").lower() for c in match.could_be_from_charset]
            if preferred in equivalent and match.chaos <= best.chaos + 0.1 and match.coherence >= best.coherence - 0.1:
                return preferred
    return best.encoding


# A character that starts classic mojibake: UTF-8's lead bytes read as cp1252/Latin-1 (Â Ã Ä Å Æ Ç … â ã ä …).
# Text without one cannot hold the mojibake ftfy repairs here, so ftfy is not even imported for it.
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                            "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                            "\u203a\u20ac\u2122]")


def _repair_mojibake(text: str, warnings: list[str] | None = None) -> str:
    """Undo UTF-8 that was read as cp1252 (or Latin-1) and saved again ("IsraÃ«lische" -> "Israëlische").

    ftfy does the repair: it is made for this, changes only what its badness test calls mojibake (so "São Paulo"
    and "Ærø" stay), and handles text where only some stretches are damaged. Only its encoding fixers run: quotes,
    ligatures, widths and HTML entities are not ours to change here. A repair is reported with an example.
    """
    if not _MOJIBAKE_LEAD.search(text):
        return text
    import ftfy  # imported here: most text never needs it

    fixed = ftfy.fix_text(text, ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False,
        normalization=None))
    if fixed != text and warnings is not None:
        before, after = _first_changed_word(text, fixed)
        warnings.append(f"repaired mojibake (UTF-8 that was once read as cp1252, e.g. {before!r} -> {after!r}); "
                        "check the accented words")
    return fixed


def _first_changed_word(old: str, new: str) -> tuple[str, str]:
    """The word around the first difference, in the old and the new text (for the warning's example)."""
    at = len(os.path.commonprefix([old, new]))
    start = max(old.rfind(" ", 0, at), old.rfind("\n", 0, at)) + 1
    end_old, end_new = (re.search(r"\s|$", s[at:]).start() + at for s in (old, new))
    return old[start:end_old][:40], new[start:end_new][:40]


def clean_text(text: str) -> str:
    """Uniform text: LF newlines, NFC, no invisible or control characters (a tab stays)."""
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    # a tab stays: it separates a plain-text table's cells, which the normaliser keeps apart (normalise/lines.py);
    # everywhere else it reads as a space there (and in the HTML parser)
    text = _ESCAPES.sub("", text)
    # Remaining C0/C1 controls (except the newline) carry no text; DEL included.
    text = _CONTROLS.sub("", text)
    text = _PRESENTATION_FORMS.sub(lambda forms: unicodedata.normalize("NFKC", forms.group()), text)
    # NFC last: removing a character between a letter and its combining mark must not leave
    # a decomposed pair behind.
    return unicodedata.normalize("NFC", text)


#: an HTML character reference, written out in full with its semicolon ("&quot;", "&amp;", "&#39;", "&#x2019;"): a
#: scraper that dumped a page's text without unescaping it. The semicolon is required: "AT&T" and "?a=1&copy=2" stay.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Plain text with HTML character references decoded once ("said: &quot;Sunday&quot;" -> 'said: "Sunday"'), then
    made uniform again (`clean_text`: "&#8203;" is a zero-width space). Only for plain text: markup keeps its
    references for the HTML parser, whose text is already decoded (decoding it again would turn a page's literal
    "&amp;" into "&"). An unknown name ("&foo;") stays as written."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    import html  # imported here: most text holds no reference

    return clean_text(_ENTITY.sub(lambda ref: html.unescape(ref.group()), text))


def decode_bytes(data: bytes, *, source: str = "-") -> str:
    """Decode one article's bytes to clean text, or raise `InputError` saying why not."""
    return decode_with_warnings(data, source=source)[0]


def decode_with_warnings(data: bytes, *, source: str = "-") -> tuple[str, list[str]]:
    """`decode_bytes`, plus the warnings for the record (e.g. bytes that were not valid UTF-8)."""
    if not data:
        raise InputError(f"{source}: empty file; nothing to read")
    if not data.strip():
        raise InputError(f"{source}: empty file (only whitespace); nothing to read")
    warnings: list[str] = []
    raw = _detect(data, source, warnings)
    repairs: list[str] = []
    text = clean_text(_repair_mojibake(raw, repairs))
    if not text.strip() and clean_text(raw).strip():
        # a "repair" that leaves no text was none: "Â\x9d" is a letter and a control character, not mojibake of one
        text, repairs = clean_text(raw), []
    warnings.extend(repairs)
    if not text.strip():
        raise InputError(f"{source}: empty file (only whitespace or invisible characters); nothing to read")
    return text, warnings


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one input; ``"-"`` means standard input.

    At most ``max_bytes + 1`` bytes are read, so an oversized file is rejected
    without loading it whole.
    """
    limit_hint = "raise the size limit (--max-bytes) if this really is one article"
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("-: no standard input to read (stdin is closed); pass a file path instead")
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"-: standard input is larger than {max_bytes} bytes; {limit_hint}")
        return decode_bytes(data, source="-")

    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory; pass the files in it, or the folder to the CLI which walks it")
        with open(p, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file; check the path") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied; make the file readable") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory; pass the files in it") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({os.strerror(exc.errno) if exc.errno else exc})") from exc
    if len(data) > max_bytes:
        raise InputError(f"{path}: file is larger than {max_bytes} bytes; {limit_hint}")
    return decode_bytes(data, source=path)
