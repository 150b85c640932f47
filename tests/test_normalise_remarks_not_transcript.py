"""Review of stop 25, finding 3: a counted comment heading ("Comments (12)", "Reacties (12)", "التعليقات (12)")
scraped from a button mid-page, with "Name: remark" lines under it, ended the story there: an interview's "Q:"/"A:"
(Dutch "V:"/"A:", Arabic "س:"/"ج:"), a debate's two speakers ("Harris:"/"Trump:") or a transcript's all-caps labels
("REPORTER:") were read as readers' one-line comments, and everything to the page's end was removed. A reader's name
is no one-letter or all-caps label, and a thread takes three different names (an interview has two speakers).
Guards: three readers' one-line comments under a counted heading still end the story
(tests/test_normalise_tester10_tail_bylines.py has them in en/nl/ar too).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ("Mayor sets out plan to rebuild the harbour after the storm", "By Jane Doe",
           ["The mayor set out on Monday a plan to rebuild the harbour wall that the storm broke in November.",
            "The plan will cost the city 40 million pounds over five years, and the council will vote on it in January.",
            "We spoke to the mayor about the plan, the cost and the people who lost their boats in the storm."],
           "Comments (12)", "The council meets on 14 January to vote on the plan."),
    "nl": ("De burgemeester wil een nieuwe haven na de storm", "Door Jan de Vries",
           ["De burgemeester presenteerde maandag een plan om de havenmuur te herbouwen die in november door de storm "
            "werd vernield.",
            "Het plan kost de gemeente 40 miljoen euro over vijf jaar, en de raad stemt er in januari over.",
            "We spraken de burgemeester over het plan, de kosten en de vissers die hun boten verloren."],
           "Reacties (12)", "De raad vergadert op 14 januari over het plan."),
    "ar": ("رئيس البلدية يعرض خطة لإعادة بناء الميناء بعد العاصفة", "بقلم: سامر الحسن",
           ["عرض رئيس البلدية يوم الاثنين خطة لإعادة بناء جدار الميناء الذي حطمته العاصفة في نوفمبر الماضي.",
            "وستكلف الخطة المدينة أربعين مليون دولار على مدى خمس سنوات، ويصوت المجلس عليها في يناير.",
            "وتحدثنا إلى رئيس البلدية عن الخطة وكلفتها وعن الصيادين الذين فقدوا قواربهم في العاصفة."],
           "التعليقات (12)", "ويجتمع المجلس في الرابع عشر من يناير للتصويت على الخطة."),
}

QA = {
    "en": ["Q: Why does the harbour need a new wall rather than a repair of the old one?",
           "A: The old wall was built in 1890 and the engineers told us it cannot be repaired safely.",
           "Q: Who will pay for the new wall and the works around it?",
           "A: The city pays half, and we have asked the government for the other half this week."],
    "nl": ["V: Waarom heeft de haven een nieuwe muur nodig in plaats van een reparatie van de oude?",
           "A: De oude muur is gebouwd in 1890 en de ingenieurs zeggen dat die niet veilig te repareren is.",
           "V: Wie betaalt de nieuwe muur en de werkzaamheden eromheen?",
           "A: De gemeente betaalt de helft, en we hebben het Rijk deze week om de andere helft gevraagd."],
    "ar": ["س: لماذا يحتاج الميناء إلى جدار جديد بدلاً من ترميم الجدار القديم؟",
           "ج: بني الجدار القديم عام 1890 وقال لنا المهندسون إنه لا يمكن ترميمه بأمان.",
           "س: من سيدفع كلفة الجدار الجديد والأعمال المحيطة به؟",
           "ج: تدفع المدينة النصف، وطلبنا من الحكومة النصف الآخر هذا الأسبوع."],
}
DEBATE = {
    "en": ["Harris: Why does the harbour need a new wall rather than a repair of the old one?",
           "Trump: The old wall was built in 1890 and the engineers told us it cannot be repaired safely.",
           "Harris: Who will pay for the new wall and the works around it?",
           "Trump: The city pays half, and we have asked the government for the other half this week."],
    "nl": ["Wethouder: Waarom heeft de haven een nieuwe muur nodig in plaats van een reparatie van de oude?",
           "Burgemeester: De oude muur is gebouwd in 1890 en is volgens de ingenieurs niet te repareren.",
           "Wethouder: Wie betaalt de nieuwe muur en de werkzaamheden eromheen?",
           "Burgemeester: De gemeente betaalt de helft, en we vragen het Rijk om de andere helft."],
    "ar": ["المذيع: لماذا يحتاج الميناء إلى جدار جديد بدلاً من ترميم الجدار القديم؟",
           "رئيس البلدية: بني الجدار القديم عام 1890 وقال لنا المهندسون إنه لا يمكن ترميمه بأمان.",
           "المذيع: من سيدفع كلفة الجدار الجديد والأعمال المحيطة به؟",
           "رئيس البلدية: تدفع المدينة النصف، وطلبنا من الحكومة النصف الآخر هذا الأسبوع."],
}
CAPS = ["REPORTER: Why does the harbour need a new wall rather than a repair of the old one?",
        "MINISTER: The old wall was built in 1890 and the engineers told us it cannot be repaired safely.",
        "REPORTER: Who will pay for the new wall and the works around it?",
        "MAYOR: The city pays half, and we have asked the government for the other half this week."]
READERS = {
    "en": ["Gary W: About time, the other towns should have done this years ago.",
           "Linda: When will the works actually start on the wall?",
           "Tom Bell: What matters is who pays for the upkeep afterwards."],
    "nl": ["Henk: Eindelijk, de andere gemeenten moeten volgen.",
           "Marloes van Dijk: Wanneer beginnen de werkzaamheden echt?",
           "Sjoerd: Het gaat erom wie het onderhoud betaalt."],
    "ar": ["أبو فهد: خطوة ممتازة، نتمنى أن تشمل باقي المدن.",
           "سلمى: متى تبدأ الأعمال فعلاً؟",
           "خالد الحكيمي: المهم الصيانة بعد انتهاء الأعمال."],
}


def _page(lang: str, exchange: list[str]) -> str:
    title, byline, paragraphs, heading, last = STORY[lang]
    return "\n\n".join([title, byline] + paragraphs + [heading, "\n".join(exchange), last]) + "\n"


@pytest.mark.parametrize("lang, exchange", [(lang, QA[lang]) for lang in QA] + [(lang, DEBATE[lang]) for lang in DEBATE]
                         + [("en", CAPS)])
def test_an_interview_under_a_scraped_comment_counter_stays(lang, exchange):
    article = normalise_text(_page(lang, exchange))
    text = "\n".join(article.paragraphs)
    assert all(line in text for line in exchange), article.paragraphs
    assert article.paragraphs[-1] == STORY[lang][4]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_three_readers_remarks_under_a_counted_heading_end_the_story(lang):
    title, byline, paragraphs, heading, _ = STORY[lang]
    page = "\n\n".join([title, byline] + paragraphs + [heading, "\n".join(READERS[lang])]) + "\n"
    article = normalise_text(page)
    assert not any(r in p for r in READERS[lang] for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[-1] == paragraphs[-1]
