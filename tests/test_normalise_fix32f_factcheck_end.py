"""probeC's finding 11 (stop 32): a fact check's page end stayed in the text: its rating scale's legend, the "Was
this fact check useful? Yes No" prompt, the checker's network membership and its call for claims to check. Phrase
lists' ``misc`` regexes (en, nl, ar). Pages written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN_STORY = """Fact check: No, the ferry to Harlow Island has not been cancelled for the winter
By Priya Nandakumar
March 4, 2027
A message forwarded in local WhatsApp groups says the operator "scrapped the winter service" to Harlow Island.
That is not correct. The operator, Harlow Marine, runs three crossings a day until the end of March, as every winter.
Its published timetable shows the summer service of eight crossings a day returns on April 1.
The county council, which pays for the service, said it had no plans to change the contract before 2029.
"""
EN_END = ["Rating scale: True | Mostly true | Half true | Misleading | False",
          "Was this fact check helpful? Yes No",
          "Seen a claim you think we should check? Email it to us at tips@example.org",
          "IsleCheck is a verified signatory of the International Fact-Checking Network (IFCN)."]

NL_STORY = """Nee, de veerpont bij Dorpsveld vaart deze winter gewoon
Door Sanne de Wit
4 maart 2027
Een bericht in buurtgroepen op WhatsApp stelt dat de veerpont bij Dorpsveld tot april uit de vaart is.
Dat klopt niet. De provincie, die de pont betaalt, zegt dat de pont tussen november en maart elke dag vaart.
Alleen op eerste kerstdag vaart de pont niet, zoals elk jaar sinds de dienst in 2015 begon.
"""
NL_END = ["Beoordelingsschaal: Waar | Grotendeels waar | Misleidend | Onwaar",
          "Was deze factcheck nuttig? Ja Nee",
          "Zie je een bericht dat we moeten checken? Stuur het naar ons via de tiplijn",
          "Checkt.nl is aangesloten bij het International Fact-Checking Network."]

AR_STORY = """لا، العبارة إلى جزيرة الحوراء لم تتوقف هذا الشتاء
بقلم سلمى العطار
4 مارس 2027
تداول مستخدمون على مواقع التواصل منشوراً يقول إن العبارة إلى جزيرة الحوراء توقفت حتى شهر أبريل.
وهذا غير صحيح. وقالت الشركة المشغلة إن العبارة تعمل يومياً في الشتاء وفق جدول من ثلاث رحلات.
وأضافت الشركة أن الجدول الصيفي من ثماني رحلات يومياً يعود في الأول من أبريل كما يحدث كل عام.
"""
AR_END = ["مقياس التقييم: صحيح | صحيح جزئياً | مضلل | زائف",
          "هل كان هذا التحقق مفيداً؟ نعم لا",
          "هل رأيت ادعاء تريد أن نتحقق منه؟ أرسله إلينا عبر البريد",
          "منصة تحقق عضو في الشبكة الدولية لتقصي الحقائق."]


@pytest.mark.parametrize("story, end, language", [(EN_STORY, EN_END, "en"), (NL_STORY, NL_END, "nl"),
                                                  (AR_STORY, AR_END, "ar")])
def test_a_fact_checks_page_end_is_no_story(story, end, language):
    article = normalise_text(story + "\n".join(end) + "\n", language=language)
    for line in end:
        assert not any(line in p for p in article.paragraphs), (line, article.paragraphs)
    # the story's paragraphs (all lines under the headline, the byline and the date) stay
    assert len(article.paragraphs) == len(story.splitlines()) - 3, article.paragraphs


def test_guard_a_story_about_the_network_keeps_its_sentence():
    # a story that reports on the network: a long sentence with a reporting verb, no membership line
    sentence = ("The International Fact-Checking Network said on Tuesday that 170 organisations had signed its code "
                "of principles, up from 120 two years ago, as demand for verification grows before elections.")
    article = normalise_text(EN_STORY + sentence + "\n", language="en")
    assert sentence in article.paragraphs, article.paragraphs
