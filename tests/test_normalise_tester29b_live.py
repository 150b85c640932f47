"""Live pages (tester29b, C1-C3), in en/nl/ar: a live page of timed entries says in `warnings` that it carries
updates; where its metadata states no publication date, `published` is not its newest entry's time (nor a last-update
stamp's) and a warning says so; an entry that is a list item reads "11:47 – text", not "11:47 – - text"; the "LIVE |"
label leaves the title. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

ENTRIES = {
    "en": ("Storm closes the harbour road", [
        ("15:20", "The harbour road has been closed in both directions after waves washed gravel onto the carriageway."),
        ("14:35", "Ferry crossings to the islands are suspended for the rest of the day, the operator said."),
        ("13:50", "Police have asked drivers to avoid the coast road between the marina and the lighthouse."),
        ("12:15", "The coastguard rescued two walkers who were cut off by the tide near the old pier."),
    ]),
    "nl": ("Storm sluit de havenweg af", [
        ("15:20", "De havenweg is in beide richtingen afgesloten nadat golven grind op de rijbaan hebben gespoeld."),
        ("14:35", "De veerdiensten naar de eilanden liggen de rest van de dag stil, meldt de rederij."),
        ("13:50", "De politie vraagt automobilisten de kustweg tussen de jachthaven en de vuurtoren te mijden."),
        ("12:15", "De reddingsbrigade heeft twee wandelaars gered die bij de oude pier door het tij waren ingesloten."),
    ]),
    "ar": ("العاصفة تغلق طريق الميناء", [
        ("15:20", "أغلقت السلطات طريق الميناء في الاتجاهين بعد أن جرفت الأمواج الحصى إلى الطريق."),
        ("14:35", "علقت شركة العبارات رحلاتها إلى الجزر لبقية اليوم بسبب ارتفاع الأمواج."),
        ("13:50", "طلبت الشرطة من السائقين تجنب الطريق الساحلي بين المرسى والمنارة حتى إشعار آخر."),
        ("12:15", "أنقذ خفر السواحل شخصين حاصرهما المد قرب الرصيف القديم صباح اليوم."),
    ]),
}
LABEL = {"en": "LIVE |", "nl": "LIVE |", "ar": "مباشر |"}


def _html(lang: str, head: str = "", label: str | None = None) -> str:
    title, entries = ENTRIES[lang]
    items = "".join(f'<li><time datetime="2026-11-28T{t}:00+01:00">{t}</time><p>{text}</p></li>' for t, text in entries)
    shown = f"{label or LABEL[lang]} {title}"
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{shown}</title>{head}</head><body><main>'
            f'<h1>{shown}</h1><ol class="live">{items}</ol></main></body></html>')


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_live_page_with_only_entry_times_warns_and_is_not_dated_by_its_newest_entry(lang):
    article = normalise_html(_html(lang))
    assert article.published == "2026-11-28", article.published  # the day, not "2026-11-28T15:20+01:00"
    assert any("no publication date" in w and "15:20" in w for w in article.warnings), article.warnings
    assert any(w.startswith("the page carries updates") for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_live_page_dated_only_by_its_update_time_warns(lang):
    article = normalise_html(_html(lang, '<meta property="article:modified_time" content="2026-11-28T15:20:00+01:00">'))
    assert article.published == "2026-11-28", article.published
    assert any("no publication date" in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_live_page_with_a_publication_time_keeps_it_and_says_it_carries_updates(lang):
    article = normalise_html(_html(lang, '<meta property="article:published_time" content="2026-11-28T07:00:00+01:00">'
                                         '<meta property="article:modified_time" content="2026-11-28T15:20:00+01:00">'))
    assert article.published == "2026-11-28T07:00+01:00"
    assert any(w.startswith("the page carries updates") for w in article.warnings), article.warnings
    assert not any("no publication date" in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_live_entry_in_a_list_item_reads_time_dash_text(lang):
    article = normalise_html(_html(lang))
    first_time, first_text = ENTRIES[lang][1][0]
    assert article.paragraphs[0] == f"{first_time} – {first_text}", article.paragraphs[0]
    assert not any(" – - " in p for p in article.paragraphs)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("label", ["LIVE |", "Live:", "LIVEBLOG |", "مباشر |", "بث مباشر:"])
def test_the_live_label_leaves_the_title(lang, label):
    assert normalise_html(_html(lang, label=label)).title == ENTRIES[lang][0]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_text_live_page_says_it_carries_updates(lang):
    title, entries = ENTRIES[lang]
    page = "\n\n".join([title] + [part for t, text in entries for part in (t, text)])
    article = normalise_text(page)
    assert any(w.startswith("the page carries updates") for w in article.warnings), article.warnings


def test_a_page_dated_only_by_its_modified_time_says_so():
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Council approves new cycle lanes</title>'
            '<meta property="article:modified_time" content="2026-11-28T15:20:00+00:00"></head><body><article>'
            '<h1>Council approves new cycle lanes</h1>'
            '<p>The city council approved six kilometres of new cycle lanes on Tuesday evening after a long debate.</p>'
            '<p>Work on the first two kilometres along the river starts in March and should take four months.</p>'
            '<p>Shop owners on the high street said they feared losing parking spaces in front of their shops.</p>'
            '</article></body></html>')
    article = normalise_html(html)
    assert any("last updated" in w and "2026-11-28T15:20" in w for w in article.warnings), article.warnings


# --- guards (pass before and after) --------------------------------------------------------------------------------

def test_guard_a_story_with_a_publication_time_element_keeps_its_time_and_warns_nothing():
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Council approves new cycle lanes</title></head><body>'
            '<article><h1>Council approves new cycle lanes</h1><time datetime="2026-11-28T09:10:00+00:00">28 November'
            ' 2026, 09:10</time>'
            '<p>The city council approved six kilometres of new cycle lanes on Tuesday evening after a long debate.</p>'
            '<p>Work on the first two kilometres along the river starts at 07:30 on 2 March and takes four months.</p>'
            '<p>Shop owners on the high street said they feared losing parking spaces in front of their shops.</p>'
            '</article></body></html>')
    article = normalise_html(html)
    assert article.published == "2026-11-28T09:10Z"
    assert article.warnings == []


@pytest.mark.parametrize("title", ["Live music returns to the harbour festival", "Live-uitzending trekt 2 miljoen kijkers"])
def test_guard_a_headline_that_opens_with_live_keeps_it(title):
    page = (f"{title}\n\nThe festival on the harbour front will have three stages and more than 40 bands this summer, "
            "the organisers said on Monday.\n\nTickets go on sale next week and cost 45 euros for the whole weekend.\n")
    assert normalise_text(page).title == title


def test_guard_a_story_with_two_times_is_no_live_page():
    page = ("Train services resume after signal failure\n\n"
            "Trains between the two cities stopped at 07:40 on Monday after a signal failure near the junction.\n\n"
            "14:05\n\nServices resumed at 14:05, the rail operator said, but delays are expected until the evening.\n\n"
            "Passengers can use their tickets on buses between the two stations for the rest of the day.\n")
    article = normalise_text(page)
    assert not any(w.startswith("the page carries updates") for w in article.warnings)


def test_guard_a_programme_of_round_times_is_no_live_page():
    page = ("Volunteer week in the mountains: a typical day\n\n7:00 AM\n\nBreakfast with the team in the main hut.\n\n"
            "8:30 AM\n\nWalk to the work site and safety briefing.\n\n1:00 PM\n\nPacked lunch on the trail.\n\n"
            "5:00 PM\n\nBack at the hut, free time until dinner.\n")
    article = normalise_text(page)
    assert not any(w.startswith("the page carries updates") for w in article.warnings), article.warnings
