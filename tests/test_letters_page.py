"""tester 26's findings F7/F8: a letters page's letters are handled alike, and a letter's heading is no takeaway.

A paper's letters page runs several readers' letters, each under its heading and signed under its last paragraph
("Tom Carver, Weymouth"). The first signature was read as the page's byline (a reader is not the page's author; the
page has several) and the first letter's heading was removed as a line before the article, while the later letters
kept theirs. And a verbless heading ("Free school meals worth every penny") became a takeaway with a full stop added.
Pages written for the tests, en, nl and ar.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser

EN_LETTERS = [
    ("Ferry timetable cuts will isolate the island",
     "The new winter timetable leaves islanders with two sailings a day instead of five. Students who study on the "
     "mainland will have to leave home at six in the morning. The operator should think again before it is too late.",
     "Margaret Hale, Yarmouth"),
    ("A library worth keeping open",
     "Our branch library is the only warm place many older people in the village can go to during the day. The "
     "council says it saves forty thousand pounds a year by closing it. That is a false economy for the whole town.",
     "Colin and Susan Reeve, Freshwater"),
    ("Potholes on the coast road",
     "I have reported the same pothole on the coast road four times since August. Last week a cyclist fell there "
     "and broke his wrist. How many more injuries before the highways team acts?",
     "Peter Grant, Ventnor"),
]
NL_LETTERS = [
    ("Nieuwe parkeerregels jagen klanten weg",
     "Sinds de gemeente betaald parkeren heeft ingevoerd, is het in de winkelstraat opvallend stil. Ondernemers zien "
     "hun omzet dalen en sommigen overwegen te vertrekken. De raad moet deze maatregel snel terugdraaien.",
     "Henk Bosman, Meppel"),
    ("Het zwembad verdient een tweede kans",
     "Het zwembad is voor veel kinderen de enige plek waar ze goed leren zwemmen. Sluiting bespaart misschien geld, "
     "maar de kosten voor de samenleving komen later. Ik hoop dat de raad naar de ouders luistert.",
     "Ria en Gerrit Mulder, Staphorst"),
    ("Bomenkap langs de Hoofdvaart",
     "Ik schrok toen ik zag dat alle bomen langs de Hoofdvaart zijn gekapt. Volgens de gemeente waren ze ziek, maar "
     "niemand heeft dat ooit laten zien. Ik vraag de wethouder om het rapport openbaar te maken.",
     "Anneke de Vries, Zwartsluis"),
]
AR_LETTERS = [
    ("ازدحام الطرق يهدر وقتنا",
     "أقضي كل يوم أكثر من ساعتين في الطريق إلى عملي بسبب الازدحام الخانق. وقد وعدت البلدية بحلول منذ سنوات ولم يتغير "
     "شيء حتى الآن. نحتاج إلى نقل عام حقيقي يخدم الأحياء البعيدة.",
     "خالد منصور، الزرقاء"),
    ("المدارس تحتاج إلى تدفئة",
     "يجلس أطفالنا في فصول باردة طوال فصل الشتاء دون أي تدفئة. وقد اشتكى أولياء الأمور مرارا إلى مديرية التربية. "
     "أرجو أن تتحرك الوزارة قبل أن يمرض المزيد من الطلاب.",
     "سمر يوسف، إربد"),
    ("أسعار الخبز في ارتفاع",
     "ارتفع سعر ربطة الخبز في حيّنا مرتين خلال شهر واحد. والعائلات محدودة الدخل لا تتحمل هذه الزيادات المتتالية. "
     "على الحكومة أن تراقب المخابز وتلزمها بالتسعيرة الرسمية.",
     "عمر الخطيب، السلط"),
]
HEADS = {
    "en": "The Island Courier\nHome | News | Opinion | Letters | Sport\nOpinion\n"
          "Letters: Readers on ferries, the library and the coast road\nPublished: 3 December 2026\nShare\n",
    "nl": "Dagblad van het Noorden-Oost\nHome | Nieuws | Opinie | Regio\nOpinie\n"
          "Ingezonden brieven: parkeren, het zwembad en de bomenkap\nGepubliceerd: 3 december 2026\nDelen\n",
    "ar": "الرئيسية\nأخبار\nرأي\nرسائل القراء: الطرق والمدارس وأسعار الخبز\nنُشر في: 3 ديسمبر 2026\nشارك\n",
}
FEET = {
    "en": "Advertisement\nHave your say\nSend your letters to letters@courier.example with your name and address.\n"
          "Most read\nCookie policy | Privacy | Contact\n",
    "nl": "Advertentie\nReageer\nStuur uw brief naar brieven@dagblad.example met naam en woonplaats.\n"
          "Meest gelezen\nCookies | Privacy | Contact\n",
    "ar": "إعلان\nشارك برأيك\nأرسل رسالتك إلى letters@jarida.example مع اسمك وعنوانك.\nالأكثر قراءة\n"
          "جميع الحقوق محفوظة\n",
}
LETTERS = {"en": EN_LETTERS, "nl": NL_LETTERS, "ar": AR_LETTERS}


def _page(lang: str) -> str:
    body = "".join(f"{head}\n{text}\n{sig}\n" for head, text, sig in LETTERS[lang])
    return HEADS[lang] + body + FEET[lang]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_no_reader_is_the_letters_pages_byline(lang):
    # main: the first letter's signer was the byline ("Margaret Hale, Yarmouth")
    art = normalise_text(_page(lang), language=lang)
    assert art.byline is None


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_every_letter_keeps_its_heading_and_its_signature(lang):
    # main: the first letter lost its heading (removed as a line before the article) and its signature (the byline)
    art = normalise_text(_page(lang), language=lang)
    for head, text, sig in LETTERS[lang]:
        assert head in art.paragraphs and text in art.paragraphs and sig in art.paragraphs, head
    assert art.paragraphs[0] == LETTERS[lang][0][0]


@pytest.mark.parametrize("line", ["Margaret Hale, Yarmouth", "Colin and Susan Reeve, Freshwater",
                                  "Ria en Gerrit Mulder, Staphorst", "Anneke de Vries, Zwartsluis",
                                  "خالد منصور، الزرقاء", "— Peter Grant, Ventnor, Isle of Wight"])
def test_signature_shapes(line):
    from newsbrief.normalise.letters import signature_shape

    assert signature_shape(line)


@pytest.mark.parametrize("line", ["Sam Keller, Political Correspondent", "Ferry timetable cuts will isolate the island",
                                  "Published: 3 December 2026", "Home, News, Sport, Weather and more today",
                                  "The council said, however, that it would wait."])
def test_no_signature_shapes(line):
    from newsbrief.normalise.letters import signature_shape

    assert not signature_shape(line)


def test_guard_a_story_signed_once_keeps_its_byline():
    # one name-and-place line under one story is no letters page: the header's byline reading is as before
    page = ("News\nFerry operator cuts winter sailings to the island\nBy Sam Keller, Political Correspondent\n"
            "The ferry operator will cut its winter sailings to the island from five a day to two, it said on Monday.\n"
            "Islanders said the cuts would leave students and workers stranded on the mainland overnight.\n"
            "The operator said falling passenger numbers left it no choice.\n")
    assert normalise_text(page).byline == "Sam Keller"


def _doc(paragraphs: list[str], title: str) -> SummaryInput:
    sentences, paras = [], []
    for k, p in enumerate(paragraphs):
        for s in (p.split(". ") if p.count(". ") else [p]):
            sentences.append(s if s.endswith((".", "?", "!")) or s is p.split(". ")[-1] else s + ".")
            paras.append(k)
    return SummaryInput(sentences, paras, title)


@pytest.mark.parametrize("n", [None, 6, 10])
def test_a_letters_heading_is_never_a_takeaway(n):
    from summarise.sections import heading_lines

    # main: "Free school meals worth every penny." (a verbless heading whose "meals" may be a verb) was a takeaway
    paragraphs = [x for head, text, sig in EN_LETTERS for x in (head, text, sig)]
    paragraphs[3] = "Free bus passes worth every penny"
    doc = _doc(paragraphs, "Letters: Readers on ferries, the library and the coast road")
    heads = {i for i, s in enumerate(doc.sentences) if s in (paragraphs[0], paragraphs[3], paragraphs[6])}
    assert heads <= heading_lines(doc.sentences, doc.paragraphs)
    used = {i for b in ExtractiveSummariser().summarise(doc, n).takeaways for i in b.evidence}
    assert used and not used & heads


def test_the_last_letter_gets_a_takeaway_too():
    # each letter is a section of its own (its heading at the text's top counts): main took bullets from the first
    # letters only
    paragraphs = [x for head, text, sig in EN_LETTERS for x in (head, text, sig)]
    doc = _doc(paragraphs, "Letters: Readers on ferries, the library and the coast road")
    last = {i for i, p in enumerate(doc.paragraphs) if p == 7}
    used = {i for b in ExtractiveSummariser().summarise(doc).takeaways for i in b.evidence}
    assert used & last


def test_guard_a_sentence_paragraph_over_prose_stays_a_candidate():
    from summarise.sections import heading_lines

    # a one-sentence paragraph that ends as a sentence is the story's, not a heading
    paragraphs = ["The council approved the budget on Tuesday.",
                  "The budget raises spending on roads by ten per cent and on libraries by five per cent, the finance "
                  "chief said after the vote."]
    doc = _doc(paragraphs, "Council approves budget")
    assert heading_lines(doc.sentences, doc.paragraphs) == set()
