"""A byline's co-authors survive the job dropped beside a name (review of stop 25, finding 6), in en, nl and ar.

`split_byline` drops a job after a name ("Tom Whitlock, Sports Reporter") and a part that is a job alone ("Jane Doe |
Political Correspondent"); a co-author after that job ("John Smith, Chief Political Correspondent, and Jane Doe") or
in a part of their own with a job ("By Jane Doe | Tom Hale, Correspondent") was dropped with it.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import split_byline


@pytest.mark.parametrize("line,author", [
    ("By John Smith, Chief Political Correspondent, and Jane Doe", "John Smith, Jane Doe"),
    ("By Jane Doe | Tom Hale, Correspondent", "Jane Doe, Tom Hale"),
    ("By Jane Doe, Editor | Tom Hale, Reporter", "Jane Doe, Tom Hale"),
    ("Door Ruben Jansen, verslaggever, en Eva de Vries", "Ruben Jansen, Eva de Vries"),
    ("Door Ruben Jansen, verslaggever | Eva de Vries, redacteur", "Ruben Jansen, Eva de Vries"),
    ("بقلم سارة الخطيب، مراسلة، ومحمد علي", "سارة الخطيب، محمد علي"),
    ("بقلم سارة الخطيب، مراسلة | محمد علي، محرر", "سارة الخطيب، محمد علي"),
    # a name that opens with و (Walid) behind the "and" written on it
    ("بقلم سارة الخطيب، مراسلة، ووليد خالد", "سارة الخطيب، وليد خالد"),
])
def test_a_co_author_after_a_job_is_kept(line, author):
    assert split_byline(line)[0] == author


@pytest.mark.parametrize("line,author", [
    ("Jane Doe | Political Correspondent", "Jane Doe"),
    ("Jane Doe | Senior Political Correspondent, Westminster", "Jane Doe"),
    ("Tom Whitlock, Sports Reporter at Ferris Park", "Tom Whitlock"),
    ("Ruben Jansen, verslaggever", "Ruben Jansen"),
    ("سارة الخطيب، مراسلة الشؤون الاقتصادية", "سارة الخطيب"),
    ("Jane Doe, Senior Writer, Westminster", "Jane Doe"),
    ("By Jane Doe, Reuters", "Jane Doe, Reuters"),
    ("Anna Price and Tom Hale | March 4, 2025", "Anna Price and Tom Hale"),
    # after the job without "and": the employer or a place, no co-author (Walid's و is his name's, no "and")
    ("by Sean Silverthorne, Editor, HBS Working Knowledge", "Sean Silverthorne"),
    ("Door Ruben Jansen, verslaggever, Omroep West", "Ruben Jansen"),
    ("بقلم سارة الخطيب، مراسلة، وليد خالد", "سارة الخطيب"),
    ("By DAVID LIEBERMAN, Executive Editor | Thursday August 9, 2012 @ 12:56pm EDTTags: AMC Networks, Dish Network",
     "DAVID LIEBERMAN"),
])
def test_guard_a_job_alone_still_goes_and_a_name_stays_whole(line, author):
    assert split_byline(line)[0] == author


STORIES = {
    "en": ("Council approves new bridge over the river", "By John Smith, Chief Political Correspondent, and Jane Doe",
           ["The city council approved a new bridge over the river on Tuesday, ending a debate that lasted ten years.",
            "Construction will start in the spring and the bridge should open to cyclists and walkers in 2029.",
            "Residents on both banks welcomed the vote, though some shop owners fear months of roadworks."],
           "John Smith, Jane Doe"),
    "nl": ("Gemeenteraad stemt in met nieuwe brug", "Door Ruben Jansen, verslaggever, en Eva de Vries",
           ["De gemeenteraad heeft dinsdag ingestemd met een nieuwe brug over de rivier, na een discussie van tien jaar.",
            "De bouw begint in het voorjaar en de brug moet in 2029 open voor fietsers en voetgangers.",
            "Bewoners aan beide oevers zijn blij met het besluit, al vrezen sommige winkeliers maanden werk."],
           "Ruben Jansen, Eva de Vries"),
    "ar": ("مجلس المدينة يوافق على جسر جديد فوق النهر", "بقلم سارة الخطيب، مراسلة، ومحمد علي",
           ["وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر، منهيا نقاشا استمر عشر سنوات.",
            "ويبدأ البناء في الربيع، ومن المتوقع أن يفتح الجسر أمام الدراجات والمشاة في عام 2029.",
            "ورحب السكان على الضفتين بالقرار، وإن كان بعض أصحاب المتاجر يخشون أشهرا من الأشغال."],
           "سارة الخطيب، محمد علي"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_page_byline_keeps_both_authors(lang):
    title, byline, paragraphs, author = STORIES[lang]
    article = normalise_text("\n\n".join([title, byline, *paragraphs]))
    assert article.byline == author
    assert article.paragraphs == paragraphs
