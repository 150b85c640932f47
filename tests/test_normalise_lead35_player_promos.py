"""Player and promo furniture a new user's pages kept inside the story (stop 35, probeA finding 10, probeB finding 13).

- A media player's time readout alone on a line ("00:00 / 03:12"), in every language.
- A media element's fallback text flattened into the dump ("Your browser does not support the <audio> element.") and
  an audio edition's promo ("Enjoy more audio and podcasts on iOS or Android.").
- A terminal promo and its lone button inside a wire story ("Before it's here, it's on the Bloomberg Terminal." /
  "LEARN MORE").
- Axios' "Go deeper: <headline>" link line.
- A site's note on republishing its content, a broadcaster's transcript disclaimer (long lines).
- The syndicating site's link to the first publisher's copy ("Read the original article on Business Insider.", "Lees
  het originele artikel op …", "اقرأ المقال الأصلي على …").
Guards: story sentences with the same words stay.
"""

from __future__ import annotations

import pytest

from tests.harbour_story import BODY_AR, BODY_EN, BODY_NL, HEADLINE_AR, HEADLINE_EN, HEADLINE_NL
from newsbrief.normalise import normalise_text

PAGES = {"en": (HEADLINE_EN, "By Laura Mills", "7 December 2026", BODY_EN, ["Related stories", "© 2026 Port Courier"]),
         "nl": (HEADLINE_NL, "Door Sanne de Wit", "7 december 2026", BODY_NL, ["Meer nieuws", "© 2026 Het Havenblad"]),
         "ar": (HEADLINE_AR, "بقلم: سامي الحربي", "7 ديسمبر 2026", BODY_AR, ["أخبار ذات صلة", "© 2026 جريدة الميناء"])}


def page(lang: str, after_first: list[str]) -> str:
    headline, byline, date, body, footer = PAGES[lang]
    return "\n".join(["Home", "Nieuws" if lang == "nl" else "News", headline, byline, date, body[0], *after_first,
                      body[1], body[2], *footer])


FURNITURE = [
    ("en", ["00:00 / 03:12"]), ("nl", ["0:00 / 1:02:45"]), ("ar", ["00:00 / 03:12"]),
    ("en", ["Your browser does not support the <audio> element."]),
    ("nl", ["Je browser ondersteunt geen HTML5-video."]), ("ar", ["متصفحك لا يدعم تشغيل الفيديو."]),
    ("en", ["Listen to this story.", "Enjoy more audio and podcasts on iOS or Android."]),
    ("en", ["Before it's here, it's on the Bloomberg Terminal.", "LEARN MORE"]),
    ("en", ["Go deeper: Ferry operators across the region face the same cracked piles"]),
    ("en", ["Read the original article on Business Insider."]),
    ("nl", ["Lees het originele artikel op Business Insider."]),
    ("ar", ["اقرأ المقال الأصلي على موقع الجزيرة"]),
    # long lines, past the `contains` phrases' reach: a site's republishing note, a transcript's disclaimer
    ("en", ["Port Courier delivers independent coverage of the islands and the coast. To learn more about republishing "
            "this content and the associated fees please fill out this form. More about us can be found here."]),
    ("en", ["Radio Harbour transcripts are created on a rush deadline by a contractor. This text may not be in its "
            "final form and may be updated or revised in the future. Accuracy and availability may vary."]),
]


@pytest.mark.parametrize("lang,lines", FURNITURE)
def test_player_and_promo_lines_inside_the_story_go_and_the_story_stays(lang, lines):
    art = normalise_text(page(lang, lines))
    for line in lines:
        assert line not in art.text
    body = PAGES[lang][3]
    for para in body:
        assert para in art.text


STORY_LINES = [
    ("en", "Learn more about the new timetable at the harbour office, the board said in a statement on Tuesday."),
    ("en", "Divers will go deeper into the harbour mud next week to check the other piles of the pier."),
    ("en", "The score stood at 2:1 / 3:0 after two rounds of the island's rowing cup, the club said on Sunday."),
    ("en", "Readers can read the original article on the history of the pier in the harbour museum's archive."),
    ("en", "The board's chairman said the repair plan may not be in its final form until the divers report in March."),
    # (review 35 F-F, F-G) a browser named in a story; an opening-hours line is a schedule's, no player's
    ("en", "Safari's browser does not support the new format."),
    ("en", "09:00 / 17:30"),
    ("nl", "De nieuwe app werkt niet op oudere telefoons, omdat de browser daar de nieuwe beveiliging niet ondersteunt."),
    ("nl", "Lees het originele artikel van de rechtbank, zei de advocaat van de vrouw tegen de verslaggever."),
    ("ar", "وقال المهندس إن المتصفح القديم لا يدعم النظام الجديد للحجز الإلكتروني في الميناء."),
    ("ar", "اقرأ المقال الأصلي للكاتب قبل أن تحكم عليه، قال رئيس التحرير في رسالة إلى القراء."),
]


@pytest.mark.parametrize("lang,line", STORY_LINES)
def test_a_story_sentence_with_the_same_words_stays(lang, line):
    art = normalise_text(page(lang, [line]))
    assert line in art.text
