"""Code-review leftovers (branch tidy6): one source for a phrase or a list, one computation where there were two or
three, data flow a reader can follow. The records are unchanged on the eval pages; these tests pin the new
contracts, and say in their comments which of them are guards (they pass on the code before too).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import losses, normalise_text
from newsbrief.normalise.dates import WEEKDAY_NUMBERS, WEEKDAY_PATTERN, read_published
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.phrases import categories_of, whole_phrase
from tests.test_normalise_list_warning import PAGES, _html
from tests.test_normalise_tester4_leftovers import ABOUT_PERSON_EN

# --- 1. the also-read heading is the phrase lists' also_read group, read_more phrases too ---------------------------

STORY_NL = """Gemeente sluit zwembad De Vliet voor renovatie
Door Sanne Bakker
Het zwembad De Vliet in Leiden gaat vanaf september een jaar dicht voor een grote renovatie, heeft de gemeente besloten.
Het bad is ruim veertig jaar oud en de installaties zijn volgens de gemeente aan vervanging toe.
{heading}
Zwemclub vreest ledenverlies nu trainingen naar Katwijk moeten, zegt het bestuur.
Zwemmers kunnen tijdens de renovatie terecht in het bad in Oegstgeest, waar extra uren worden vrijgemaakt.
De gemeente trekt voor de renovatie 14 miljoen euro uit; het vernieuwde bad moet zuiniger worden met energie.
"""

STORY_AR = """البلدية تغلق المسبح العام للترميم
بقلم ليلى حداد
قررت البلدية إغلاق المسبح العام في وسط المدينة لمدة عام كامل اعتباراً من سبتمبر لإجراء أعمال ترميم واسعة.
وقالت البلدية إن المسبح تجاوز عمره أربعين عاماً وإن أنظمته بحاجة إلى استبدال كامل.
{heading}
نادي السباحة يخشى خسارة أعضائه بعد نقل التدريبات إلى مدينة مجاورة، وفق الإدارة.
ويمكن للسباحين خلال فترة الترميم استخدام مسبح الحي الشمالي الذي سيفتح ساعات إضافية.
وخصصت البلدية أربعة عشر مليون دينار للترميم، على أن يصبح المسبح أكثر توفيراً للطاقة.
"""


@pytest.mark.parametrize("story, heading, headline", [
    (STORY_NL, "Lees ook:", "Zwemclub vreest ledenverlies nu trainingen naar Katwijk moeten, zegt het bestuur."),
    (STORY_AR, "اقرأ أيضاً", "نادي السباحة يخشى خسارة أعضائه بعد نقل التدريبات إلى مدينة مجاورة، وفق الإدارة."),
])
def test_a_sentence_headline_under_an_also_read_heading_leaves_the_body(story, heading, headline):
    # guard (passes before too): the English case is test_normalise_newuser5's "ALSO READ"; boxes.py now asks the
    # phrase lists' also_read group instead of a regex of its own
    article = normalise_text(story.format(heading=heading))
    assert headline not in article.paragraphs and heading.rstrip(":") not in article.text
    assert any(p.startswith("Zwemmers kunnen") or p.startswith("ويمكن للسباحين") for p in article.paragraphs)


def test_the_also_read_group_is_read_more_and_a_whole_line_only():
    # new API (fails before: no `whole_phrase`, no also_read group)
    for line in ("ALSO READ:", "See also", "Lees ook", "zie ook:", "اقرأ أيضاً", "إقرأ أيضا:"):
        assert whole_phrase(line, "also_read"), line
        assert "read_more" in categories_of(line, len(line.split())), line
    for line in ("Also read: Council fines bus firm", "Read more", "Lees ook het interview met de wethouder"):
        assert not whole_phrase(line, "also_read"), line
    assert "read_more" in categories_of("Also read: Council fines bus firm", 6)


# --- 3. the rules' corrected features are returned, the caller's left as they were -------------------------------

def test_rule_classify_returns_the_features_it_corrected_and_leaves_the_callers_alone():
    # fails before: rule_classify returned two values and took "end" off the caller's own list
    from newsbrief.normalise import logical_lines
    from newsbrief.normalise.classify import rule_classify
    from newsbrief.normalise.features import line_features

    lines = logical_lines(ABOUT_PERSON_EN)
    feats = line_features(lines)
    before = list(feats)
    _decisions, _title, corrected = rule_classify(lines, feats)
    k = next(i for i, line in enumerate(lines) if line.text == "About Maria Lopez")
    assert feats == before and feats[k].has("end")
    assert not corrected[k].has("end") and corrected[:k] == feats[:k]
    assert "Maria Lopez, 52, has worked at the clinic" in normalise_text(ABOUT_PERSON_EN).text


# --- 4. the page's date order is worked out once, and only for a date that needs it --------------------------------

@pytest.mark.parametrize("stated, asked, expected", [
    ("07/03/2025", 1, "2025-03-07"),          # swappable: the page's order settles it (True: day first)
    ("14 March 2025, 09:12", 0, "2025-03-14T09:12"),
    ("25/03/2025", 0, "2025-03-25"),          # only one reading
    # its own line settles it (5 November was a Monday); the page's order is asked to say whether it disagrees
    # (fix33b: a weekday that contradicts the page's order is warned about, dates._weekday_clash)
    ("Monday, 11.05.2012", 1, "2012-11-05"),
    ("3/12/26", 1, "2026-12-03"),             # a two-digit year: read once the order is settled (dates.full_year)
    ("31/02/26", 0, None),                    # no day either way round: the order is not asked for
])
def test_the_page_order_is_asked_for_only_when_a_date_needs_it(stated, asked, expected):
    # fails before: a function for `day_first` was taken for True without being called
    calls = []

    def order():
        calls.append(1)
        return True

    assert read_published(stated, order)[0] == expected
    assert len(calls) == asked
    assert read_published(stated, True)[0] == expected or asked == 0


# --- 5. one weekday table: every name the grammar reads has its day ------------------------------------------------

def test_a_dutch_weekday_abbreviation_settles_a_record_date_as_a_full_name_does():
    # fails before: "za" was in the date grammar's weekday names but not in the table of their days, so a record's
    # "za 08/03/2025" (Saturday 8 March; 3 August 2025 is a Sunday) stayed unread where "zaterdag 08/03/2025" was read
    assert read_published("zaterdag 08/03/2025")[0] == "2025-03-08"
    assert read_published("za 08/03/2025, 14:05")[0] == "2025-03-08T14:05"
    assert set(WEEKDAY_PATTERN.split("|")) == set(WEEKDAY_NUMBERS)


# --- 6. the HTML path says the list warning once -----------------------------------------------------------------

@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_html_path_works_the_list_warning_out_once(lang, monkeypatch):
    # fails before: normalise_text worked it out, then the HTML path again on the trail with the lists back
    calls = []
    real = losses.list_loss_warning

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(losses, "list_loss_warning", counted)
    monkeypatch.setattr("newsbrief.normalise.html.list_loss_warning", counted)
    article = normalise_document(_html(PAGES[lang]))
    assert len(calls) == 1
    assert sum(w.startswith(losses.LIST_WARNING) for w in article.warnings) <= 1
    assert not any(w.startswith(losses.LIST_WARNING) for w in
                   normalise_text(PAGES[lang], list_warning=False).warnings)
