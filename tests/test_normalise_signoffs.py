"""An official's sign-off under a published letter or answer ("De Staatssecretaris van Justitie en Veiligheid," /
"M.J. de Jong", "Yours sincerely," / "Jane Whitfield" / "Minister for Local Government", "وزير الصحة" / "د. سامر
الحداد"): the letter's furniture, not its text (stop 34, probeA 11: a government answer letter's sign-off stayed as
the text's last two paragraphs). normalise/signoffs.py. Pages written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

NL = """Overheid.nl
Onderwerpen
Ministeries
Documenten
Home
Kamerstukken
Antwoorden op Kamervragen over de wachttijden bij de IND
Kamerstuk: Kamervragen | 02-12-2026
Antwoorden op Kamervragen van het lid Yilmaz (D66) over de wachttijden bij de IND (2026Z19021).
Vraag 1
Bent u bekend met het bericht dat asielzoekers gemiddeld veertien maanden wachten op een eerste gehoor?
Antwoord 1
Ja. De gemiddelde doorlooptijd tot het eerste gehoor bedroeg in het derde kwartaal van dit jaar ruim dertien maanden, tegen negen maanden een jaar eerder.
Vraag 2
Welke maatregelen neemt u om de wachttijden te verkorten?
Antwoord 2
Vraag 3
Bent u bereid de wettelijke beslistermijn tijdelijk te verlengen?
Antwoord 3
Nee. De IND heeft dit jaar 240 extra medewerkers aangenomen en zet vanaf januari een tweede locatie in voor gehoren. Ik verwacht dat de doorlooptijd daardoor in de loop van volgend jaar daalt.
De Staatssecretaris van Justitie en Veiligheid,
M.J. de Jong
Downloads
Antwoorden op Kamervragen over de wachttijden bij de IND
PDF document | 3 pagina's | 181 kB
Was deze informatie nuttig?
Ja
Nee
Privacy
"""

EN = """Letter to councils on the temporary accommodation grant
Published 4 December 2026
Dear Leader,
I am writing to confirm the allocations of the temporary accommodation grant for the next financial year, which will total 420 million pounds across all housing authorities in England.
Allocations have been calculated on the number of households in temporary accommodation at the end of June, with an uplift for authorities where nightly paid accommodation makes up more than a third of placements.
Payments will be made in two instalments, in April and in October, and authorities will be asked to report on their use of the grant at the end of the year.
Yours sincerely,
Jane Whitfield
Minister for Local Government
Related content
Temporary accommodation statistics: April to June 2026
"""

AR = """رد وزارة الصحة على استفسارات النواب بشأن نقص الأدوية
أكدت الوزارة في ردها أن مخزون الأدوية الأساسية يكفي لمدة أربعة أشهر، وأن النقص الذي سجل في بعض الصيدليات يعود إلى تأخر التوزيع لا إلى نقص في الاستيراد.
وأوضحت أنها تعاقدت مع ثلاث شركات توزيع إضافية لتغطية المحافظات البعيدة، على أن تبدأ العمل مطلع الشهر المقبل.
كما أشارت إلى أنها ستنشر قائمة شهرية بالأدوية المتوفرة وأماكن توزيعها على موقعها الإلكتروني ابتداء من العام المقبل.
وزير الصحة،
د. سامر الحداد
روابط ذات صلة
"""


@pytest.mark.parametrize("page, language, signoff, last", [
    (NL, "nl", ["De Staatssecretaris van Justitie en Veiligheid,", "M.J. de Jong"], "Nee. De IND heeft"),
    (EN, "en", ["Yours sincerely,", "Jane Whitfield", "Minister for Local Government"], "Payments will be made"),
    (AR, "ar", ["وزير الصحة،", "د. سامر الحداد"], "كما أشارت إلى أنها"),
])
def test_an_officials_signoff_under_the_letter_goes(page, language, signoff, last):
    art = normalise_text(page, language=language)
    for line in signoff:
        assert not any(line in p for p in art.paragraphs), art.paragraphs
        assert line in art.removed, art.removed
    # the letter's last paragraph stays, and is the text's last
    assert art.paragraphs[-1].startswith(last), art.paragraphs


def test_a_councils_decision_list_signoff_on_one_line_goes():
    page = """Besluitenlijst college van B&W 1 december 2026
1. Subsidie Stichting Buurtwerk
Het college verleent een subsidie van 85.000 euro aan Stichting Buurtwerk voor het jongerenwerk in de wijk in het komende jaar.
2. Aanwijzing evenemententerrein
Het college wijst het stadspark aan als locatie voor maximaal vier grote evenementen per jaar, met een geluidsnorm van 85 decibel.
De secretaris, drs. R.M. Kamphuis
De burgemeester, P.H. Snijders
"""
    art = normalise_text(page, language="nl")
    assert "De secretaris, drs. R.M. Kamphuis" in art.removed and "De burgemeester, P.H. Snijders" in art.removed, \
        art.paragraphs
    assert any("85 decibel" in p for p in art.paragraphs)


@pytest.mark.parametrize("language, ending", [
    # the story quotes an official at its end, or closes on a short line: no sign-off
    ("nl", ["De minister zei dat de wachttijden volgend jaar dalen.",
            "Hoeveel extra geld daarvoor nodig is, kon de minister dinsdag nog niet zeggen."]),
    ("en", ["The minister for local government, Jane Whitfield, said the grant would rise again next year.",
            "Councils will be told in March."]),
    # an office line with no name under it is no sign-off
    ("nl", ["De staatssecretaris van Justitie,", "wil nog niet zeggen of er extra geld komt voor de IND."]),
])
def test_guard_a_story_ending_on_an_official_stays(language, ending):
    head = NL.split("De Staatssecretaris")[0] if language == "nl" else EN.split("Yours sincerely")[0]
    art = normalise_text(head + "\n".join(ending) + "\n", language=language)
    for line in ending:
        assert any(line in p for p in art.paragraphs), (line, art.paragraphs)


# review 34 finding 5: a story that ends on a list of appointees ("office, name" lines under a paragraph that announces
# them) is the story's content; a letter has one signature block, of two officials at most
RESHUFFLE_NL = """Kabinet benoemt drie nieuwe bewindslieden na vertrek van minister
Door onze redactie
Het kabinet heeft dinsdag drie nieuwe bewindslieden benoemd, nadat de minister van Financiën vorige week onverwacht was opgestapt na kritiek op de begroting.
De nieuwe bewindslieden worden woensdagochtend door de koning beëdigd op paleis Huis ten Bosch, meldt de Rijksvoorlichtingsdienst.
Het gaat om de volgende nieuwe bewindslieden, die woensdag al hun eerste debat in de Tweede Kamer voeren:
De minister van Financiën, Karin de Boer
De minister van Justitie en Veiligheid, Pieter van Dam
De staatssecretaris van Toeslagen, Sanne Mulder
"""

RESHUFFLE_EN = """Prime minister names three new ministers after resignation
By our political staff
The prime minister on Tuesday named three new ministers, a week after the finance minister resigned over criticism of the budget.
The new ministers will be sworn in on Wednesday morning and will take part in their first cabinet meeting in the afternoon, officials said.
The appointments announced by Downing Street on Tuesday evening are the following:
Minister for Local Government, Jane Whitfield
Minister for Housing, Tom Aldridge
Minister for Transport, Sarah Okafor
"""

# two lines under an announcing paragraph: the colon alone tells the list from a signature
TWO_NL = RESHUFFLE_NL.rsplit("De staatssecretaris", 1)[0]


@pytest.mark.parametrize("page, language, items", [
    (RESHUFFLE_NL, "nl", ["De minister van Financiën, Karin de Boer", "De minister van Justitie en Veiligheid, Pieter van Dam",
                          "De staatssecretaris van Toeslagen, Sanne Mulder"]),
    (RESHUFFLE_EN, "en", ["Minister for Local Government, Jane Whitfield", "Minister for Housing, Tom Aldridge",
                          "Minister for Transport, Sarah Okafor"]),
    (TWO_NL, "nl", ["De minister van Financiën, Karin de Boer", "De minister van Justitie en Veiligheid, Pieter van Dam"]),
])
def test_guard_a_closing_list_of_officials_stays(page, language, items):
    art = normalise_text(page, language=language)
    reasons = {line.strip(): reason for line, _role, reason in art.line_roles}
    for line in items:
        assert reasons[line] != "an official's sign-off", (line, art.line_roles)
    if language == "nl":
        # the model keeps the Dutch list (the sign-off pass alone cut it); English lines of this shape it drops itself
        text = "\n".join(art.paragraphs)
        assert all(line in text for line in items), art.paragraphs


# review 34 finding 13: the sign-off's name is a byline's name (metadata.person_name, datelines.bare_arabic_name), not a
# third copy of the name rules; the old Arabic copy took any two to four words after an office's comma, so a photo
# caption under the story's last paragraph ("the foreign minister, during the press conference") read as a signature
AR_CAPTION = """وزير الخارجية يبحث مع نظيره التركي ملف المياه والحدود
بحث وزير الخارجية مع نظيره التركي في بغداد، الثلاثاء، ملف حصص المياه في نهري دجلة والفرات وأمن الحدود المشتركة بين البلدين.
وقال الوزير في مؤتمر صحفي مشترك إن الجانبين اتفقا على تشكيل لجنة فنية تجتمع كل ثلاثة أشهر لمتابعة الإطلاقات المائية.
وأضاف أن البلدين سيوقعان مذكرة تفاهم جديدة بشأن التعاون الأمني خلال زيارة رئيس الوزراء المرتقبة إلى أنقرة الشهر المقبل.
وزير الخارجية، خلال المؤتمر الصحفي
"""


def test_guard_an_office_over_no_name_is_no_signoff_ar():
    art = normalise_text(AR_CAPTION, language="ar")
    reasons = {line.strip(): reason for line, _role, reason in art.line_roles}
    assert reasons["وزير الخارجية، خلال المؤتمر الصحفي"] != "an official's sign-off", art.line_roles
    # the letter's own sign-off still goes (the name after a title, under the office)
    assert "د. سامر الحداد" in normalise_text(AR, language="ar").removed


def test_guard_a_private_letters_signature_is_no_officials_signoff():
    # a site that publishes a letter as its story: "Sincerely," and the writer's name are the letter's own (no office
    # among them); the sign-off rule leaves them to the model
    from newsbrief.normalise.signoffs import signoff_lines
    texts = ["A mother's letter to the school board, 1958", "Dear Members of the Board,",
             "I am writing to you about the bus that no longer stops at the end of our lane, which means my two boys "
             "now walk three miles along the highway each morning before it is light.",
             "I ask only that the stop be restored before the winter comes, as it was promised to us at the last "
             "meeting.", "Sincerely,", "Margaret B. Holloway"]
    assert signoff_lines(texts, ["title"] + ["content"] * 5) == set()
    # with the office under the name, it is an official's sign-off
    assert signoff_lines(texts + ["Minister for Local Government"], ["title"] + ["content"] * 6) == {4, 5, 6}
