"""An explainer's question headline over a byline and the reporter's job line ("Family and education reporter",
"Onderwijsverslaggever", "مراسلة الشؤون التعليمية") is the title, not the story's first line that is then lost
(tester 32b: the job line broke the header the question headline asks for)."""

import pytest

from newsbrief.normalise import normalise_text

MENU = "Home\nNews\nSport\nWeather\nLocal\n"

PAGES = {
    "en": ("Which families can claim the new heating grant and how much is it?",
           "By Owen Price", "Energy and consumer affairs reporter", "3 December 2026",
           "Households in Wales on means-tested benefits can now apply for a one-off grant of 250 pounds towards "
           "their heating bills, the Welsh government has announced.\n"
           "The scheme opens on Monday and runs until the end of February. About 180,000 households are expected to "
           "qualify, and councils will pay the money within three weeks of an application.\n"
           "Charities welcomed the grant but said it would cover less than a month of a typical winter bill."),
    "nl": ("Wie krijgt de nieuwe energietoeslag en hoeveel is het?",
           "Door Sanne de Wit", "Economieverslaggever", "3 december 2026",
           "Huishoudens met een laag inkomen kunnen vanaf maandag een eenmalige energietoeslag van 300 euro aanvragen "
           "bij hun gemeente. Dat heeft het kabinet woensdag bekendgemaakt.\n"
           "De regeling geldt tot eind februari. Naar verwachting komen ongeveer 400.000 huishoudens in aanmerking; "
           "gemeenten moeten het geld binnen drie weken na de aanvraag uitbetalen.\n"
           "Armoedeorganisaties zijn blij met de toeslag, maar zeggen dat die minder dan een maand stookkosten dekt."),
    "ar": ("من يحق له الحصول على منحة التدفئة الجديدة وكم قيمتها؟",
           "بقلم سارة علي", "مراسلة الشؤون الاقتصادية", "3 ديسمبر 2026",
           "أعلنت الحكومة أن الأسر ذات الدخل المحدود يمكنها ابتداء من يوم الاثنين التقدم بطلب للحصول على منحة لمرة "
           "واحدة قيمتها مئتان وخمسون ديناراً للمساعدة في فواتير التدفئة.\n"
           "ويستمر العمل بالبرنامج حتى نهاية فبراير، ومن المتوقع أن تستفيد منه نحو مئة وثمانين ألف أسرة، على أن تصرف "
           "البلديات المبالغ خلال ثلاثة أسابيع من تقديم الطلب.\n"
           "ورحبت جمعيات خيرية بالمنحة لكنها قالت إنها لا تغطي أكثر من شهر واحد من فاتورة الشتاء المعتادة."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_question_headline_over_a_byline_and_its_job_line_is_the_title(language):
    title, byline, job, date, body = PAGES[language]
    art = normalise_text(f"{MENU}{title}\n{byline}\n{job}\n{date}\nShare\n{body}\nRelated Topics\n")
    assert art.title == title
    assert title not in art.text and job not in art.text
    assert art.text.startswith(body.split("\n")[0][:50])


def test_a_promo_question_over_a_date_and_another_headline_is_still_no_headline():
    # the guard the job line must not open: a short line that is no job is no byline's furniture
    page = (f"{MENU}Could the heating grant be extended into spring?\n2 hours ago\nCouncil tax to rise by five per cent "
            f"next year\n{PAGES['en'][4]}\n")
    art = normalise_text(page)
    assert art.title is None  # no line over this story is its headline (review 32: `!=` passed on any title)
    # the promo line itself is the model's call, at the edge (0.54 with stop 32's model, removed; 0.55 with stop 33's,
    # kept: BENCHMARKS, stop 33, left open); the rules never take it for the title or a byline
    assert art.byline is None and PAGES["en"][4].split("\n")[0][:40] in art.text
