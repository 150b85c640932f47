"""Stop 28, fix28d: a new user's findings on the page header (tester28 F6, F7, F11, F14).

- A newspaper's masthead at the top ("The Harbourton Gazette": three words score as a short headline, and it shares
  the story's place) was the title when the headline used other words than its story (F6): a paper's name is no
  headline while another line reads as one (classify._mastheads).
- A fact check's question headline over its claim box ("CLAIM: …" / "OUR VERDICT: …" / a line) and then its byline:
  the question reads as a sentence, the body started at it, and the site's menu became the title and the "FACT
  CHECK" kicker the byline (F7, classify._claim_box_end); the box stays the story's.
- Byline labels "كتبه:" (and "كتبته:", "تحرير:"), "Tekst en beeld:", "Opgetekend door", "Reported by" (F11).
- A media label in front of the headline ("VIDEO | …", "Video: …", "فيديو | …", "بالفيديو: …") stayed in the title
  (F14), or, as a caption's phrase ("Video:"), lost the page its headline (metadata.without_media_label).

Hand-written pages in en, nl and ar (not the tester's).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import without_media_label
from tests.scaling import assert_grows_linearly

# --- F6: a masthead over the headline ----------------------------------------------------------------------------

MAST_EN = """\
The Westbridge Courier

Pool campaigners celebrate as £3m revamp gets the go-ahead

By Harriet Colman
12 March 2026

Westbridge council has approved a £3.1m plan to reopen the Victorian swimming baths on Mill Lane, which closed in 2019.

Councillors voted by 31 to 9 on Wednesday evening to borrow the money over 25 years.

Work is expected to start in the autumn and the pool could open in 2028.
"""

MAST_NL = """\
Dagblad Dalfsen Vandaag

Zwembadredding: raad stemt in met opknapbeurt van oud bad

Door Harriet Koelman
12 maart 2026

De gemeenteraad van Dalfsen heeft woensdagavond ingestemd met een plan van 3,1 miljoen euro om het oude zwembad aan de Molenweg weer te openen.

Het bad sloot in 2019 na een lekkage in het dak. Een meerderheid van de raad wil het gebouw nu laten opknappen.

De werkzaamheden beginnen naar verwachting in het najaar; het bad kan in 2028 weer open.
"""

MAST_AR = """\
صحيفة الوادي اليوم

إنقاذ المسبح: الأعضاء يدعمون ترميم المبنى التاريخي

كتب: حسن المالكي
12 مارس 2026

وافق مجلس بلدية الوادي مساء الأربعاء على خطة بقيمة 3 ملايين دينار لإعادة افتتاح المسبح القديم في شارع الطاحونة الذي أغلق عام 2019.

وصوت 31 عضوا لصالح الخطة مقابل 9، على أن يتم تمويلها بقرض على مدى 25 عاما.

ومن المتوقع أن تبدأ الأعمال في الخريف وأن يفتتح المسبح عام 2028.
"""

GUARD_SHORT_EN = """\
The Last Ferry Home

For sixty years the Kelby crossing carried workers, schoolchildren and cattle across the estuary, and on Sunday it made its final trip

By Harriet Colman
12 March 2026

The last ferry across the Kelby estuary left the north slipway at 17:40 on Sunday, carrying 84 passengers and a brass band.

The operator says the crossing has lost money every year since the new bridge opened upstream in 2021.

A heritage trust hopes to run summer sailings from next year.
"""



@pytest.mark.parametrize("page, headline, masthead, body", [
    (MAST_EN, "Pool campaigners celebrate as £3m revamp gets the go-ahead", "The Westbridge Courier",
     "Westbridge council has approved"),
    (MAST_NL, "Zwembadredding: raad stemt in met opknapbeurt van oud bad", "Dagblad Dalfsen Vandaag",
     "De gemeenteraad van Dalfsen"),
    (MAST_AR, "إنقاذ المسبح: الأعضاء يدعمون ترميم المبنى التاريخي", "صحيفة الوادي اليوم", "وافق مجلس بلدية الوادي"),
])
def test_a_masthead_over_the_headline_is_no_title(page, headline, masthead, body):
    article = normalise_text(page)
    assert article.title == headline
    assert article.text.startswith(body)  # the headline no longer opens the text
    assert masthead in article.removed


def test_a_short_headline_over_its_standfirst_stays_the_title():
    # guard: a short Title Case headline without a paper's noun, its standfirst under it
    article = normalise_text(GUARD_SHORT_EN)
    assert article.title == "The Last Ferry Home"
    assert article.text.startswith("For sixty years the Kelby crossing")


def test_a_masthead_alone_stays_the_title():
    # guard: a page whose only headline-shaped line is a paper's name keeps it (no other line reads as a headline)
    page = "The Westbridge Courier\n\n" + MAST_EN.split("\n\n", 2)[2]
    assert normalise_text(page, model=False).title is not None


# --- F7: a fact check's claim box between its question headline and its byline -----------------------------------

FC_EN = """\
TruthTrack
Home  Fact checks  Explainers  About us  Support us

FACT CHECK

Are hospital parking charges really going up by 40 per cent?

CLAIM: "Parking at Kelby General will cost 40 per cent more from April." - Facebook post
VERDICT: FALSE
The new charges are 5 per cent higher, not 40 per cent.

By Anna Whitlow | 14 February 2026

A Facebook post shared thousands of times says that parking at Kelby General Hospital will cost 40 per cent more from April. That is wrong.

The hospital trust's board papers show that the hourly charge will rise from £2.00 to £2.10, an increase of 5 per cent.

Blue badge holders and parents of children on the ward will still park for free, a trust spokesperson said.
"""

FC_NL = """\
Feitenlab
Home  Factchecks  Achtergrond  Over ons  Steun ons

FACTCHECK

Gaan de parkeertarieven bij het ziekenhuis echt met 40 procent omhoog?

Bewering: "Parkeren bij het Maasziekenhuis wordt vanaf april 40 procent duurder," staat in een bericht op Facebook.
Oordeel: ONJUIST
De tarieven stijgen met 5 procent, niet met 40 procent.

Door Anna Wijtvliet
14 februari 2026

Een bericht op Facebook dat duizenden keren is gedeeld, zegt dat parkeren bij het Maasziekenhuis vanaf april 40 procent duurder wordt. Dat klopt niet.

Uit de stukken van de raad van bestuur blijkt dat het uurtarief stijgt van 2,00 naar 2,10 euro, een stijging van 5 procent.

Houders van een gehandicaptenparkeerkaart en ouders van kinderen op de afdeling blijven gratis parkeren, zegt een woordvoerder.
"""

FC_AR = """\
منصة تحقق
الرئيسية  تحقق  شروحات  من نحن  ادعمنا

تدقيق المعلومات

هل سترتفع رسوم مواقف المستشفى فعلا بنسبة 40 في المئة؟

الادعاء: "ستزيد رسوم الوقوف في مستشفى الوادي بنسبة 40 في المئة اعتبارا من أبريل" - منشور على فيسبوك
الحكم: زائف
الرسوم الجديدة أعلى بنسبة 5 في المئة فقط.

بقلم: آمنة الخطيب
14 فبراير 2026

يزعم منشور على فيسبوك تمت مشاركته آلاف المرات أن رسوم الوقوف في مستشفى الوادي ستزيد بنسبة 40 في المئة اعتبارا من أبريل. وهذا غير صحيح.

وتظهر وثائق مجلس إدارة المستشفى أن رسم الساعة سيرتفع من دينارين إلى 2.1 دينار، أي بزيادة قدرها 5 في المئة.

وقال متحدث باسم المستشفى إن أصحاب بطاقات ذوي الإعاقة وأهالي الأطفال المرضى سيواصلون الوقوف مجانا.
"""



@pytest.mark.parametrize("page, question, author, box", [
    (FC_EN, "Are hospital parking charges really going up by 40 per cent?", "Anna Whitlow",
     ["CLAIM: \"Parking at Kelby General", "VERDICT: FALSE", "The new charges are 5 per cent higher"]),
    (FC_NL, "Gaan de parkeertarieven bij het ziekenhuis echt met 40 procent omhoog?", "Anna Wijtvliet",
     ["Bewering: \"Parkeren bij het Maasziekenhuis", "Oordeel: ONJUIST", "De tarieven stijgen met 5 procent"]),
    (FC_AR, "هل سترتفع رسوم مواقف المستشفى فعلا بنسبة 40 في المئة؟", "آمنة الخطيب",
     ["الادعاء: \"ستزيد رسوم الوقوف", "الحكم: زائف", "الرسوم الجديدة أعلى بنسبة 5 في المئة فقط."]),
])
@pytest.mark.parametrize("model", [None, False])
def test_a_fact_checks_question_over_its_claim_box_is_the_title(page, question, author, box, model):
    article = normalise_text(page, model=model)
    assert article.title == question
    assert article.byline == author
    assert article.text.startswith(box[0])  # the claim box is the story's, kept above its first paragraph
    for line in box:
        assert line in article.text
    assert not any(word in article.text for word in ("Home", "الرئيسية"))


def test_a_question_headline_without_a_claim_box_is_unchanged():
    # guard: the question headline right over its byline (the existing rule), and a question paragraph with a label
    # that is no claim's under it stays a paragraph
    lines = FC_EN.split("\n")
    plain = "\n".join(line for line in lines if not line.startswith(("CLAIM:", "VERDICT:", "The new charges")))
    article = normalise_text(plain)
    assert article.title == "Are hospital parking charges really going up by 40 per cent?"
    assert article.byline == "Anna Whitlow"


# --- F11: byline labels -------------------------------------------------------------------------------------------

AR_BODY = ("ارتفاع أسعار الخضار في أسواق عمان بسبب موجة البرد\n\n{label}\nالأحد 8 فبراير 2026\n\n"
           "ارتفعت أسعار الخضار في الأسواق المركزية في عمان خلال الأسبوع الماضي بنسبة تصل إلى 30 في المئة بسبب موجة "
           "البرد التي ضربت المملكة.\n\nوقال تاجر في السوق المركزي إن الطماطم والخيار كانا الأكثر تأثرا، متوقعا أن "
           "تعود الأسعار إلى طبيعتها خلال أسبوعين.\n\nوأكدت وزارة الزراعة أنها تتابع الأسعار يوميا وأن المخزون يكفي "
           "حاجة السوق.\n")
NL_BODY = ("Groenteprijzen op Rotterdamse markt fors omhoog door vorst\n\n{label}\nzondag 8 februari 2026\n\n"
           "De prijzen van groente op de markten in Rotterdam zijn de afgelopen week met tot 30 procent gestegen door "
           "de strenge vorst.\n\nVolgens een koopman op de Binnenrotte zijn vooral tomaten en komkommers duurder "
           "geworden. Hij verwacht dat de prijzen over twee weken weer normaal zijn.\n\nHet ministerie van Landbouw "
           "zegt de prijzen dagelijks te volgen.\n")
EN_BODY = ("Vegetable prices jump at Kelby market after hard frost\n\n{label}\nSunday 8 February 2026\n\n"
           "Vegetable prices at Kelby's covered market have risen by up to 30 per cent in a week after a hard frost "
           "damaged crops across the county.\n\nOne trader said tomatoes and cucumbers had been hit hardest, and that "
           "he expected prices to fall back within a fortnight.\n\nThe county council said it was keeping an eye on "
           "prices.\n")


@pytest.mark.parametrize("page, label, name", [
    (AR_BODY, "كتبه: سامر الحداد", "سامر الحداد"),
    (AR_BODY, "كتبته: رنا العلي", "رنا العلي"),
    (AR_BODY, "تحرير: سامر الحداد", "سامر الحداد"),
    (NL_BODY, "Tekst en beeld: Sanne Verbeek", "Sanne Verbeek"),
    (NL_BODY, "Opgetekend door Sanne Verbeek", "Sanne Verbeek"),
    (EN_BODY, "Reported by Sam Oduya", "Sam Oduya"),
    # guards: the labels that worked before
    (AR_BODY, "بقلم: سامر الحداد", "سامر الحداد"),
    (AR_BODY, "كتب: سامر الحداد", "سامر الحداد"),
    (NL_BODY, "Door Sanne Verbeek", "Sanne Verbeek"),
    (EN_BODY, "By Sam Oduya", "Sam Oduya"),
])
def test_byline_labels(page, label, name):
    article = normalise_text(page.format(label=label))
    assert article.byline == name
    assert article.published == "2026-02-08"
    assert label not in article.removed and label not in article.text


# --- F14: a media label in front of the headline ------------------------------------------------------------------

VIDEO = {
    "en": ("Riverside Daily\nNews  Sport  Weather\n\n{label}Firefighters rescue family of four from flooded "
           "farmhouse near Kelby\n\nBy Tom Harland\n3 March 2026\n\nFirefighters used a boat to rescue a family of "
           "four from their farmhouse near Kelby on Tuesday night after the river burst its banks.\n\nThe family, "
           "including two young children, were taken to a rest centre in the village hall. Nobody was hurt.\n\nThe "
           "Environment Agency said river levels would stay high until Thursday.\n",
           "Firefighters rescue family of four from flooded farmhouse near Kelby"),
    "nl": ("Omroep Zuidkust\n\n{label}Brandweer redt gezin uit ondergelopen boerderij bij Kelderen\n\nDoor Tom "
           "Harlinga\n3 maart 2026\n\nDe brandweer heeft dinsdagavond met een boot een gezin van vier uit hun "
           "boerderij bij Kelderen gered nadat de rivier buiten haar oevers trad.\n\nHet gezin, met twee jonge "
           "kinderen, werd opgevangen in het dorpshuis. Niemand raakte gewond.\n\nRijkswaterstaat verwacht dat het "
           "water tot donderdag hoog blijft.\n",
           "Brandweer redt gezin uit ondergelopen boerderij bij Kelderen"),
    "ar": ("قناة الساحل\n\n{label}فرق الإنقاذ تنقذ أسرة من مزرعة غمرتها المياه قرب الزرقاء\n\nتقرير: سامي "
           "الخطيب\n3 مارس 2026\n\nأنقذت فرق الدفاع المدني مساء الثلاثاء أسرة مكونة من أربعة أفراد من مزرعتها قرب "
           "الزرقاء بعد فيضان الوادي.\n\nونقلت الأسرة، ومن بينها طفلان، إلى مركز إيواء في قاعة البلدية، ولم يصب أحد "
           "بأذى.\n\nوقالت مديرية الأرصاد إن منسوب المياه سيبقى مرتفعا حتى يوم الخميس.\n",
           "فرق الإنقاذ تنقذ أسرة من مزرعة غمرتها المياه قرب الزرقاء"),
}


@pytest.mark.parametrize("language, label", [
    ("en", "VIDEO | "), ("en", "Video: "), ("en", "WATCH: "), ("nl", "VIDEO | "), ("nl", "Video: "), ("nl", "Kijk: "),
    ("ar", "فيديو | "), ("ar", "بالفيديو: "), ("ar", "شاهد: "),
])
def test_a_media_label_is_no_part_of_the_title(language, label):
    page, headline = VIDEO[language]
    article = normalise_text(page.format(label=label))
    assert article.title == headline
    assert headline not in article.text


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_headline_without_a_label_is_unchanged(language):
    page, headline = VIDEO[language]
    assert normalise_text(page.format(label="")).title == headline


@pytest.mark.parametrize("title", [
    "Video games cost more as chip prices rise",  # the word in the headline, no label
    "Video: Reuters",  # a credit: too short for a headline after the label
    "Watch out: storms expected on the coast",  # no media label ("watch out")
    "Foto's van de ramp gaan de wereld over",
    "فيديو الحادث ينتشر على مواقع التواصل",
])
def test_a_title_without_a_media_label_stays(title):
    assert without_media_label(title) == title


def test_header_patterns_are_linear():
    from newsbrief.normalise.classify import _MASTHEAD
    from newsbrief.normalise.phrases import phrase_sets
    _CLAIM_LABEL = phrase_sets()["claim_label"].anchored
    _MEDIA_LABEL = phrase_sets()["media_label"].anchored

    def run(text: str) -> None:
        for rx in (_CLAIM_LABEL, _MASTHEAD, _MEDIA_LABEL):
            rx.match(text)

    for make in (lambda n: "video " * n, lambda n: "claim " * n + ":", lambda n: "the " * n + "gazette",
                 lambda n: "a " * n, lambda n: "  " * n + "x"):
        assert_grows_linearly(run, make, 5_000, 20_000)
