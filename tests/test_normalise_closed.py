"""A list under an explicit end marker stays dropped whatever page mode the page layer picks.

A short story, then "More from the region" and thirty teaser headlines, looks like a page of links to the page
layer (`pagemode.py`): most of its lines are short, headline-shaped and unclaimed, so it may pick an open mode
that keeps the list. The page marked where its story ends, so the lines under the marker keep the article mode's
decision in every mode (`pagemode.closed_list`), unless they hold running text (a blog's next post, a paper's
"Discussion"). Hand-written pages in English, Dutch and Arabic (nothing from the seeds or the eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.pagemode import CLOSED_MAX_WORDS, closed_list

TOWNS = ("Northport", "Eastwick", "Southby", "Westfield", "Kingsbridge", "Millbrook", "Ashford", "Riverton", "Oakham",
         "Lindale")
PAGES = {
    "en": (
        ["Harbour bridge closes for repairs",
         "The harbour bridge will close to traffic for three weeks from Monday while engineers replace worn joints.",
         "Buses will divert over the ring road, adding about ten minutes to journeys into the centre, the council said."],
        "More from the region",
        [f"{t} council votes on new parking charges for the {s}" for t in TOWNS for s in ("summer", "winter", "holidays")],
    ),
    "nl": (
        ["Brug over de haven gaat dicht voor herstel",
         "De brug over de haven gaat vanaf maandag drie weken dicht voor verkeer, omdat de voegen worden vervangen.",
         "Bussen rijden in die tijd over de ringweg, wat ongeveer tien minuten extra kost naar het centrum, meldt de "
         "gemeente."],
        "Meer nieuws uit de regio",
        [f"Gemeenteraad van {t} stemt over nieuwe parkeertarieven voor de {s}"
         for t in ("Noordhaven", "Oostwijk", "Zuiderburg", "Westveld", "Koningsbrug", "Molenbeek", "Essendorp",
                   "Rivierstad", "Eikenrode", "Lindedal")
         for s in ("zomer", "winter", "feestdagen")],
    ),
    "ar": (
        ["إغلاق جسر الميناء للصيانة",
         "سيغلق جسر الميناء أمام حركة المرور لمدة ثلاثة أسابيع اعتبارا من يوم الاثنين بينما يستبدل المهندسون الفواصل "
         "التالفة.",
         "وستسلك الحافلات الطريق الدائري مما يضيف نحو عشر دقائق إلى الرحلات المتجهة إلى وسط المدينة بحسب ما قال المجلس "
         "البلدي."],
        "المزيد من أخبار المنطقة",
        [f"مجلس {t} يصوت على رسوم جديدة لمواقف السيارات في {s}"
         for t in ("الشمال", "الشرق", "الجنوب", "الغرب", "القلعة", "الطاحونة", "الوادي", "النهر", "البلوط", "الزيتون")
         for s in ("الصيف", "الشتاء", "العطلات")],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_teaser_list_under_an_end_marker_is_not_kept_in_any_mode(lang):
    story, marker, teasers = PAGES[lang]
    record = normalise_text("\n".join(story + [marker] + teasers))
    assert record.title == story[0]
    assert record.paragraphs == story[1:], (lang, record.paragraphs[:4])


def test_closed_list_is_the_list_under_the_first_marker_below_the_story():
    reasons = ["headline", "prose", "prose", "after the article", "end", "after the article", "after the article",
               "navigation", "after the article"]
    kept = [False, True, True, False, False, False, False, False, False]
    words = [5, 30, 25, 4, 2, 9, 10, 1, 8]
    # a line between the story and the marker is not closed (no marker above it); the list under it is
    assert closed_list(reasons, kept, words) == [False] * 5 + [True, True, False, True]
    # no marker below the story: nothing closed (a marker above the story's last line is no end)
    assert not any(closed_list(reasons[:4] + ["prose"] + reasons[5:], kept[:4] + [True] + kept[5:], words))
    # running text under the marker (a next post, a paper's next section) is no list
    long = words[:6] + [CLOSED_MAX_WORDS + 1] + words[7:]
    assert not any(closed_list(reasons, kept, long))
