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
    # a number's own abbreviation or a section's letter before the stop: "No.1 factor", "table A.1 lists"
    assert strip_note_markers("Stress is the No.1 factor.", {1}) == "Stress is the No.1 factor."
    assert strip_note_markers("Its table A.1 lists them.", {1}) == "Its table A.1 lists them."
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


# Substack's footnotes (stop 34, probeB 7): no heading, each note's number on a line of its own above the note. A
# numbered list at the story's end whose numbers the story's glued markers cite is its notes, heading or none.
BARE = {
    "en": ("The quiet end of the council press table\n"
           "Miriam Cole\n"
           "Jan 30, 2026\n"
           "When I started in 2004, three reporters from our paper covered every full council meeting. Today the press "
           "table is empty for most of them.\n"
           "A survey last year found that only 14 of 62 regional titles still send a reporter to council meetings on a "
           "regular basis.1 Most rely on the agenda papers instead.\n"
           "In some towns the minutes are now scraped by automated sites that publish the decisions but none of the "
           "debate.2 That may be worse than silence.\n"
           "I will write more about what could replace us next week.\n"
           "1\n"
           "Society of Local Editors, Covering the Councils, November 2025.\n"
           "2\n"
           "I am not going to link to them.\n"),
    "nl": ("Niemand zit meer op de perstribune van de raad\n"
           "Door Ineke Vermolen\n"
           "30 januari 2026\n"
           "Toen ik in 2004 begon, zaten er bij elke raadsvergadering drie verslaggevers van onze krant. Nu is de "
           "perstribune meestal leeg.\n"
           "Uit een peiling bleek vorig jaar dat nog maar 14 van de 62 regionale titels geregeld een verslaggever naar "
           "de raad sturen.1 De meeste volstaan met de vergaderstukken.\n"
           "In sommige gemeenten worden de besluitenlijsten automatisch overgenomen door sites die geen debat laten "
           "zien.2 Dat is misschien erger dan niets.\n"
           "Volgende week schrijf ik over wat ervoor in de plaats kan komen.\n"
           "1\n"
           "Genootschap van Hoofdredacteuren, Lokale Journalistiek in Beeld, november 2025.\n"
           "2\n"
           "Ik ga er niet naar linken.\n"),
    "ar": ("مقاعد الصحافة الفارغة في جلسات المجالس البلدية\n"
           "بقلم سامر الحداد\n"
           "30 يناير 2026\n"
           "عندما بدأت العمل عام 2004 كان ثلاثة مراسلين من صحيفتنا يحضرون كل جلسة للمجلس البلدي. أما اليوم فمقاعد "
           "الصحافة فارغة في معظم الجلسات.\n"
           "ووجد استطلاع العام الماضي أن 14 صحيفة فقط من أصل 62 صحيفة محلية ما زالت ترسل مراسلا إلى الجلسات.1 "
           "وتكتفي البقية بجدول الأعمال.\n"
           "وفي بعض المدن تنشر مواقع آلية قرارات المجلس من دون أي نقاش.2 وقد يكون ذلك أسوأ من الصمت.\n"
           "وسأكتب الأسبوع المقبل عما يمكن أن يحل محلنا.\n"
           "1\n"
           "جمعية المحررين المحليين، تغطية المجالس، نوفمبر 2025.\n"
           "2\n"
           "لن أضع رابطا لها.\n"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_notes_numbered_on_a_line_of_their_own_go_with_their_markers(lang):
    # main: the numbers went as stray lines, each note stayed a paragraph and "…on a regular basis.1" kept its marker
    art = normalise_text(BARE[lang], language=lang)
    lines = BARE[lang].rstrip("\n").split("\n")
    notes = lines[-4:]
    gone = [src for src, role, reason in art.line_roles if reason == REFERENCES_REASON]
    assert set(notes) <= set(gone), gone
    assert not any(note in art.paragraphs for note in notes[1::2]), art.paragraphs
    assert len(art.paragraphs) == 4, art.paragraphs
    for p in art.paragraphs:
        assert not any(f".{n} " in p + " " for n in (1, 2)), p


SUBSTACK = """<!DOCTYPE html><html><head><title>The quiet end of the council press table</title></head><body>
<div class="post"><h1 class="post-title">The quiet end of the council press table</h1>
<div class="byline">Miriam Cole</div><div class="date">Jan 30, 2026</div>
<div class="body markup">
<p>When I started in 2004, three reporters from our paper covered every full council meeting. Today the press table is
empty for most of them, and nobody outside the chamber hears what was said.</p>
<p>A survey last year found that only 14 of 62 regional titles still send a reporter to council meetings on a regular
basis.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> Most rely on the agenda papers.</p>
<p>In some towns the minutes are now scraped by automated sites that publish the decisions but none of the
debate.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a> That may be worse than silence.</p>
<p>I will write more about what could replace us next week, and about who should pay for it.</p>
<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1" id="footnote-1">1</a>
<div class="footnote-content"><p>Society of Local Editors, Covering the Councils, November 2025.</p></div></div>
<div class="footnote"><a class="footnote-number" href="#footnote-anchor-2" id="footnote-2">2</a>
<div class="footnote-content"><p>I am not going to link to them.</p></div></div>
</div></div></body></html>
"""


def test_substack_footnotes_leave_the_html_path_text():
    # main (probeB h02): the numbers went, both notes stayed as the text's last paragraphs, "basis.1" kept its marker
    from newsbrief.normalise.html import normalise_html
    art = normalise_html(SUBSTACK, language="en")
    assert any("regular basis. Most rely" in p for p in art.paragraphs), art.paragraphs
    assert not any("Covering the Councils" in p or "link to them" in p for p in art.paragraphs), art.paragraphs
    assert not any("debate.2" in p for p in art.paragraphs), art.paragraphs
    assert any("Covering the Councils" in r for r in art.removed), art.removed


def test_a_numbered_list_no_marker_cites_stays():
    # a ranking under the story, each place's number on its own line: the story cites none of them, so nothing is a
    # note and a glued-looking "A.1" stays as written
    page = ("Harbour town tops the list of the cleanest beaches\n"
            "By Sam Ortiz\n"
            "1 December 2026\n"
            "The annual survey of bathing water rated forty beaches on the north coast, and the results were published "
            "on Monday by the regional water board.\n"
            "Its table A.1 lists every beach by its score; the top three were all in the same bay.\n"
            "1\n"
            "Harbour Sands, with a perfect score for the third year running.\n"
            "2\n"
            "Gull Point, which lost a mark for litter after the summer festival.\n")
    art = normalise_text(page, language="en")
    assert not [src for src, role, reason in art.line_roles if reason == REFERENCES_REASON]
    assert any("table A.1 lists" in p for p in art.paragraphs), art.paragraphs


@pytest.mark.parametrize("lang, line", [
    ("en", "The views expressed are those of the author and not necessarily those of the Centre."),
    ("en", "The opinions expressed are the author's own and do not reflect those of the institute."),
    ("nl", "De in dit artikel geuite meningen zijn die van de auteur en niet noodzakelijk die van het instituut."),
    ("ar", "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي المركز."),
])
def test_an_opinion_disclaimer_under_the_notes_goes(lang, line):
    # main (probeB t08): "The views expressed are those of the author…" stayed the text's last paragraph
    page = PAGES[lang].replace("\n" + PAGES[lang].rstrip("\n").split("\n")[-1] + "\n",
                               "\n" + PAGES[lang].rstrip("\n").split("\n")[-1] + "\n" + line + "\n")
    assert line in page
    art = normalise_text(page, language=lang)
    assert line in art.removed, art.paragraphs
    assert not any(line in p for p in art.paragraphs)
