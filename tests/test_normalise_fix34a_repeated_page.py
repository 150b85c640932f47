"""Stop 34 (fix34a): one page saved many times over into one file is read once, and the record says so.

A scraper's loop or an export appended to on every run leaves the whole page (menu, headline, story, footer) N times
in one file. Read as it stands it gave N copies of the story in `text` at best, or a false "small part of the page's
running text" warning. The later copies go to `removed` (reprint.repeated_page) with the warning "the page repeats N
times"; two copies are left to the page's own rules (a page laid out twice on purpose), and a story that repeats a
paragraph of its own is no repeated page.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.reprint import repeated_page
from tests.page_text import page
from tests.scaling import assert_grows_linearly

PAGES = {
    "en": ["Skip to content", "The Riverside Gazette", "News", "Sport", "Opinion",
           "Flood barrier to be raised after winter storms",
           "By Helen Marsh", "February 3, 2026",
           "The county council will raise the flood barrier on the east bank by half a metre this summer, after two "
           "storms in January pushed the river over its banks for the first time in a decade.",
           "The work will cost £4.2 million and close the towpath between the two bridges from May until September, "
           "the council's head of infrastructure said on Tuesday.",
           "Residents of the terraces behind the barrier said they had waited years for the work to start.",
           "Contact us", "Privacy policy", "© 2026 The Riverside Gazette"],
    "nl": ["Naar inhoud", "Dagblad Rivierenland", "Nieuws", "Sport", "Opinie",
           "Dijk bij Tiel wordt na stormen verhoogd",
           "Door Sanne de Wit", "3 februari 2026",
           "Het waterschap gaat de dijk langs de Waal bij Tiel deze zomer met een halve meter verhogen, nadat twee "
           "stormen in januari het water tot boven de uiterwaarden hadden gestuwd.",
           "De werkzaamheden kosten 4,2 miljoen euro en het fietspad op de dijk gaat van mei tot september dicht, "
           "zei een woordvoerder van het waterschap dinsdag.",
           "Bewoners van de huizen achter de dijk zeggen dat ze al jaren op de verhoging wachten.",
           "Contact", "Privacyverklaring", "© 2026 Dagblad Rivierenland"],
    "ar": ["تخطى إلى المحتوى", "صحيفة النهر", "أخبار", "رياضة", "رأي",
           "رفع السد الشرقي بعد عواصف الشتاء",
           "بقلم ليلى حداد", "3 فبراير 2026",
           "قررت البلدية رفع السد على الضفة الشرقية نصف متر هذا الصيف بعد أن دفعت عاصفتان في يناير مياه النهر إلى "
           "خارج مجراه للمرة الأولى منذ عشر سنوات.",
           "وتبلغ كلفة الأعمال أربعة ملايين دينار وسيغلق الممشى بين الجسرين من مايو حتى سبتمبر بحسب ما قال مدير البنية "
           "التحتية في البلدية يوم الثلاثاء.",
           "وقال سكان المنازل القريبة من السد إنهم انتظروا بدء الأعمال منذ سنوات طويلة.",
           "اتصل بنا", "سياسة الخصوصية", "© 2026 صحيفة النهر"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("copies", [3, 12])
def test_a_page_saved_many_times_over_is_read_once(lang, copies):
    once = normalise_text(page(*PAGES[lang]))
    many = normalise_text(page(*PAGES[lang]) * copies)
    assert (many.title, many.byline, many.published, many.text) == (once.title, once.byline, once.published, once.text)
    assert once.text.count(PAGES[lang][8]) == 1
    assert [w for w in many.warnings if "repeats" in w] == [
        f"the page repeats {copies} times in the input (from {PAGES[lang][0]!r}); one copy was read, "
        f"the other {copies - 1} are in `removed`"]
    # every line of the later copies is accounted for in `removed`
    assert len(many.removed) == len(once.removed) + (copies - 1) * len(PAGES[lang])


def test_a_last_copy_cut_short_counts_and_goes():
    lines = PAGES["en"]
    text = page(*lines) * 4 + page(*lines[:9])  # the file's end cut in the story of a fifth copy
    a = normalise_text(text)
    assert a.text == normalise_text(page(*lines)).text
    assert any("repeats 5 times" in w for w in a.warnings)


def test_two_copies_are_left_to_the_page_rules():
    """A page laid out twice (a print view over the page, a transcript under its summary) is no saved loop."""
    assert repeated_page(PAGES["en"] * 2) is None
    a = normalise_text(page(*PAGES["en"]) * 2)
    assert not any("repeats" in w for w in a.warnings)


def test_guards_no_repeated_page():
    lines = PAGES["en"]
    # a story that prints one of its paragraphs again (a pull quote) is read as it is
    quoted = lines[:10] + [lines[8]] + lines[10:]
    assert repeated_page(quoted) is None
    # a block of short lines repeated (a menu, a link list) holds no story: no page
    assert repeated_page(["Home", "News", "Sport", "Contact"] * 10) is None
    # the story's paragraphs repeated under a different header each time is no copy of the page read back from its end
    assert repeated_page(lines + ["Updated"] + lines + ["Updated again"] + lines + ["Comments"]) is None
    # a page whose sections print the same paragraphs again under their headings (a test page's filler text, kept
    # whole by its gold): the repeat starts inside the page, no file of copies
    opening = "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore."
    section = [lines[8], lines[9], lines[10], "Secondary header"]
    assert repeated_page([opening, *section * 3]) is None
    assert not any("repeats" in w for w in normalise_text(page(opening, *section * 3)).warnings)


def test_a_repeated_page_costs_linear_time():
    unit = page(*PAGES["en"])
    assert_grows_linearly(normalise_text, lambda k: unit * k, 50, 200)


#: the standfirst over the byline, printed again as the story's first paragraph (a common layout: the teaser is the lead)
STANDFIRST = {
    "en": "The county council will raise the flood barrier on the east bank by half a metre this summer, after two "
          "storms in January pushed the river over its banks for the first time in a decade.",
    "nl": "Het waterschap gaat de dijk langs de Waal bij Tiel deze zomer met een halve meter verhogen, nadat twee "
          "stormen in januari het water tot boven de uiterwaarden hadden gestuwd.",
    "ar": "قررت البلدية رفع السد على الضفة الشرقية نصف متر هذا الصيف بعد أن دفعت عاصفتان في يناير مياه النهر إلى "
          "خارج مجراه للمرة الأولى منذ عشر سنوات.",
}


def _with_standfirst(lang: str) -> list[str]:
    lines = PAGES[lang]
    assert lines[8] == STANDFIRST[lang]  # (the standfirst is the lead's own text)
    return lines[:6] + [STANDFIRST[lang]] + lines[6:]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_page_whose_standfirst_is_its_lead_saved_three_times_is_read_once(lang):
    """Fails before mend34c: the period was the first distance at which a long line stands again, the standfirst's
    two lines down to the lead, so the three copies were read as one long story."""
    lines = _with_standfirst(lang)
    assert repeated_page(lines * 3) == (0, len(lines), 3)
    once = normalise_text(page(*lines))
    many = normalise_text(page(*lines) * 3)
    assert many.text == once.text
    assert any(w.startswith("the page repeats 3 times") for w in many.warnings)


def test_two_copies_and_a_line_of_a_third_are_two_copies():
    """Fails before mend34c: a third copy cut short after its first line (a site's name or "Skip to content" again)
    was counted, so two copies read as "the page repeats 3 times"; two copies are the page rules' (reprint_span)."""
    lines = PAGES["en"]
    assert repeated_page(lines * 2 + lines[:1]) is None
    assert not any("repeats" in w for w in normalise_text(page(*lines) * 2 + page(*lines[:1])).warnings)
    # guard: a cut-short copy that reaches the page's text still counts (test_a_last_copy_cut_short_counts_and_goes)
    assert repeated_page(lines * 2 + lines[:9]) == (0, len(lines), 3)
