"""Endnotes numbered without a stop ("1 Source…") under "Notes"/"Noten"/"الهوامش", with a note's own marks ("Ibid.",
"t.a.p.", "المرجع نفسه"), and their markers glued to the story's sentences ("…before it.1 That is"): the notes go as a
reference list and the markers leave the kept text (normalise/references.py)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.references import REFERENCES_REASON, strip_note_markers

PAGES = {
    "en": ("Why congestion charging stalled in three northern cities\n"
           "Marcus Oyelaran\n"
           "Fellow, Transport Programme\n"
           "3 February 2026\n"
           "Three cities consulted on a congestion charge between 2021 and 2024, and none of them introduced one.1 The "
           "reasons differ, but a common thread runs through all three.\n"
           "In each case the charge was proposed before the buses that were meant to replace car trips had been "
           "funded, and polling support fell by half within a year of the first consultation.2\n"
           "Local leaders also faced a hostile regional press, which framed the charge as a tax on commuters who had "
           "no other way to reach work.3 That framing stuck.\n"
           "A charge introduced after the bus network has been improved stands a better chance of surviving the "
           "first election cycle.\n"
           "Endnotes\n"
           "1 Northern Transport Council, Demand Management Review 2024, p. 31.\n"
           "2 Ibid., chapter 4.\n"
           "3 Regional Media Monitor, Coverage of Transport Policy 2023, table 2.\n"),
    "nl": ("Waarom de huurbevriezing starters niet helpt\n"
           "Door Ineke Vermolen\n"
           "12 maart 2026\n"
           "Sinds de bevriezing van de huren in sociale woningen is het aantal verhuizingen met een vijfde gedaald.1 "
           "Wie een woning heeft, blijft zitten.\n"
           "Starters wachten daardoor langer: de gemiddelde wachttijd in de regio steeg van zeven naar negen jaar.2 "
           "Corporaties zeggen dat ze minder woningen kunnen toewijzen dan ooit.\n"
           "Een bevriezing die alleen zittende huurders beschermt, legt de rekening bij wie nog moet beginnen.\n"
           "Noten\n"
           "1 Woonbond, Monitor Sociale Huur 2025, blz. 14.\n"
           "2 T.a.p., tabel 6.\n"),
    "ar": ("لماذا لم يخفض دعم الوقود أسعار النقل في المدن\n"
           "بقلم سامر الحداد\n"
           "5 أبريل 2026\n"
           "ارتفعت أجرة النقل العام في المدن الكبرى بنسبة الربع منذ إقرار دعم الوقود قبل عامين.1 ويقول السائقون "
           "إن الدعم لا يصل إليهم.\n"
           "وتشير البيانات إلى أن معظم الدعم ذهب إلى أصحاب الأساطيل الكبيرة لا إلى السائقين المستقلين.2 وهذا ما "
           "يفسر بقاء الأسعار مرتفعة في الأحياء البعيدة.\n"
           "ويرى خبراء أن ربط الدعم بعدد الرحلات قد يكون أجدى من دعم سعر اللتر.\n"
           "الهوامش\n"
           "1 هيئة النقل العام، التقرير السنوي 2025، ص. 22.\n"
           "2 المرجع نفسه، الفصل الثالث.\n"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_endnotes_numbered_without_a_stop_go_as_a_reference_list(lang):
    # main: the heading went alone and every note ("1 Northern Transport Council, …", "2 Ibid., …") stayed a paragraph
    art = normalise_text(PAGES[lang], language=lang)
    gone = [src for src, role, reason in art.line_roles if reason == REFERENCES_REASON]
    lines = PAGES[lang].split("\n")
    notes = [line for line in lines[lines.index(next(x for x in lines if x in ("Endnotes", "Noten", "الهوامش"))):]
             if line]
    assert set(notes) <= set(gone), gone
    assert not any(p.startswith(("1 ", "2 ")) for p in art.paragraphs), art.paragraphs


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_markers_glued_to_a_sentence_leave_the_kept_text(lang):
    # main: "…introduced one.1 The reasons…" and "…first consultation.2" stayed, and a takeaway ended in "2."
    art = normalise_text(PAGES[lang], language=lang)
    assert art.paragraphs, art.line_roles
    for p in art.paragraphs:
        assert not any(f".{n} " in p + " " for n in (1, 2, 3)), p
    # the sentence itself stays whole, only the number goes
    assert any(p.split(". ")[0].endswith(("one", "gedaald", "عامين")) for p in art.paragraphs), art.paragraphs


def test_a_marker_is_stripped_only_where_it_is_clearly_one():
    # a decimal, a number the removed list does not have, a stop with no letter before it: the text stays as it was
    assert strip_note_markers("Rents rose 3.5 per cent.", {5}) == "Rents rose 3.5 per cent."
    assert strip_note_markers("It fell in 2023.4 Then it rose.", {1, 2}) == "It fell in 2023.4 Then it rose."
    assert strip_note_markers("Version 2.1 ships today.", {1}) == "Version 2.1 ships today."
    assert strip_note_markers("It fell in 2023.2 Then it rose.", {2}) == "It fell in 2023. Then it rose."
    assert strip_note_markers("before it.1 That is all.", {1}) == "before it. That is all."


def test_a_story_list_numbered_without_a_stop_under_notes_stays():
    # "Notes" over a story's own list ("1 Keep the heating on…"): no note's marks, no marker in the story: it stays
    page = ("How to keep your pipes from freezing this winter\n"
            "By Sam Ortiz\n"
            "1 December 2026\n"
            "Burst pipes are the most common home insurance claim in a cold snap, insurers say, and most can be "
            "prevented.\n"
            "Plumbers recommend a few simple steps before the first frost arrives.\n"
            "Notes\n"
            "1 Keep the heating on low, even when you are away for the weekend.\n"
            "2 Lag pipes in the loft and the garage with foam sleeves.\n"
            "3 Find your stopcock now, so you can turn off the water quickly.\n"
            "The Association of British Insurers said claims rose by a third in the last cold spell.\n")
    art = normalise_text(page, language="en")
    assert not [src for src, role, reason in art.line_roles if reason == REFERENCES_REASON]
    assert any("stopcock" in p for p in art.paragraphs), art.paragraphs
