"""Stop 35 (fix35c): a page saved many times over under a header line of the saver's own is read once, and the
copies are counted once.

reprint.repeated_page (fix34a) took a file of copies only when the copies started at the input's first line. A browser
writes "saved from <url>" over the file, a scraper "Fetched … from <url>" or a counter over each copy ("=== page 2
==="): the repeat, read back from the file's end, stopped at that line and the N copies were read as one long story.
Now at most a few short lines may stand over the copies (the copy under them opening with a short line, as a page
does), and a short line's digits are folded when the copies are compared. `normalise_text` takes the count from the
lines it read (`read_page_lines`) instead of finding the copies a second time.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

import newsbrief.normalise as normalise
from newsbrief.normalise import normalise_text, read_lines, logical_lines
from newsbrief.normalise.reprint import repeated_page
from tests.page_text import page
from tests.scaling import assert_grows_linearly
from tests.test_normalise_fix34a_repeated_page import PAGES

HEADERS = {
    "en": ["<!-- saved from url=(0052)https://www.riversidegazette.example/news/flood-barrier -->"],
    "nl": ["Opgehaald op 3 februari 2026 om 09:12 van https://www.dagbladrivierenland.example/nieuws/dijk-tiel"],
    "ar": ["تم الحفظ من https://www.alnahr.example/news/2026/02/03/dam", "النسخة المحفوظة"],
}


def _counted(lang: str, copies: int) -> str:
    """The page `copies` times over, each copy under a scraper's counter line."""
    return "".join(page(f"=== page {k} ===", *PAGES[lang]) for k in range(1, copies + 1))


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_copies_under_a_saved_from_header_are_read_once(lang):
    """Fails before fix35c: the header line stopped the repeat, the three copies were one long story."""
    lines = PAGES[lang]
    head = HEADERS[lang]
    once = normalise_text(page(*head, *lines))
    many = normalise_text(page(*head) + page(*lines) * 3)
    assert repeated_page(head + lines * 3) == (len(head), len(lines), 3)
    assert (many.title, many.byline, many.published, many.text) == (once.title, once.byline, once.published, once.text)
    assert many.text.count(lines[8]) == 1
    assert [w for w in many.warnings if "repeats" in w] == [
        f"the page repeats 3 times in the input (from {lines[0]!r}); one copy was read, the other 2 are in `removed`"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_copies_each_under_a_counter_line_are_read_once(lang):
    """Fails before fix35c: "=== page 2 ===" is not "=== page 1 ===", so no copy stood again line for line."""
    lines = PAGES[lang]
    assert repeated_page([f"=== page {k} ===" if i == 0 else t for k in range(1, 5)
                          for i, t in enumerate(["", *lines])]) == (0, len(lines) + 1, 4)
    many = normalise_text(_counted(lang, 4))
    assert many.text.count(lines[8]) == 1
    assert any(w.startswith("the page repeats 4 times") for w in many.warnings)
    assert len(many.removed) == len(normalise_text(page("=== page 1 ===", *lines)).removed) + 3 * (len(lines) + 1)


def test_guards_no_header_is_taken_for_one():
    lines = PAGES["en"]
    # a long line over the repeats is the page's own opening (a test page's sections repeating under its first
    # paragraph, kept whole by its gold), no saver's header
    opening = "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut."
    assert repeated_page([opening, *lines * 3]) is None
    # ... nor a short title over sections that open with a paragraph (the copy under a header opens as a page does)
    section = [lines[8], lines[9], lines[10], "Secondary header"]
    assert repeated_page(["Test page", *section * 3]) is None
    # more lines over the copies than a header holds
    assert repeated_page(["Home", "News", "Sport", "Weather", *lines * 3]) is None
    # a story's paragraphs differing in a figure are no copies (only short lines have their digits folded)
    varied = [line.replace("£4.2 million", f"£{k}.2 million") for k in range(3) for line in lines]
    assert repeated_page(varied) is None
    # two copies under a header are the page rules' (reprint_span), as without one
    assert repeated_page(HEADERS["en"] + lines * 2) is None


def test_the_copies_are_found_once_per_page(monkeypatch):
    """Fails before fix35c: normalise_text ran repeated_page again to count the copies read_lines had set aside."""
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return repeated_page(texts)

    monkeypatch.setattr(normalise, "repeated_page", counting)
    a = normalise_text(page(*PAGES["nl"]) * 3)
    assert any(w.startswith("the page repeats 3 times") for w in a.warnings)
    assert len(calls) == 1
    # scripts/fit_normaliser.py's three parts are unchanged
    read, aside, feats = read_lines(logical_lines(page(*PAGES["nl"]) * 3))
    assert len(read) == len(feats) == len(PAGES["nl"]) and len(aside) == 2 * len(PAGES["nl"])


def test_a_repeated_page_under_a_header_costs_linear_time():
    head = page(*HEADERS["en"])
    unit = page(*PAGES["en"])
    assert_grows_linearly(normalise_text, lambda k: head + unit * k, 50, 200)
    assert_grows_linearly(normalise_text, lambda k: _counted("en", k), 50, 200)
