"""Prose kept after the story (branch drag7b), in en/nl/ar: comments headed by a bare name, and a comment form's notice.

1. A blog's comments often carry no stamp at all: each is headed by its commenter's name on a line of its own
   ("johnbattelle", "Ann_W", "Karin"), and the post's author answers under the same name. No stamp chain forms, no
   counter stands above them, and their prose ran on as the story (dragnet's largest loss kind). A bare name line
   over a paragraph, repeated under the story with three different names or more and one of them twice
   (`comments.name_thread`), now ends the story; what follows is the soft "comment section" (dropped in the article
   mode; the open modes leave it to the model). A story's subheadings never repeat and an interview names two
   speakers, so both stay (guards).
2. A comment form's or a platform's notice to the reader, in the second person ("Thank you. Your reply has been
   submitted …", "You can follow any responses to this entry through the RSS 2.0 feed.", "Je reactie is verzonden
   …", "شكراً، تم إرسال تعليقك …") read as a sentence of the story, and the teasers under it ran on as the story: it is
   a comment prompt now (phrase group `comment_prompt`), furniture that ends the story when it stands once under it.

The user-level cases fail on the code before (the comments or the notice were kept); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.test_normalise_learned import _layer_preferring

POSTS = {
    "en": dict(
        chrome=["Home", "Archive", "About", "Contact"],
        headline="Why I am taking a year off to finish the book",
        byline="By John Meadows",
        story=["I have started this book three times in the last five years, and each time the daily work of running "
               "a small company pulled me back before I had written more than a few chapters.",
               "This autumn I am handing the company to my co-founder for a year, which means that for the first time "
               "the book comes first and everything else fits around it.",
               "I will keep writing here about what I learn along the way, but the posts will be shorter and less "
               "frequent than they have been since I started this blog in 2004."],
        comments=[("lensandleaf", "Good luck with it, I have been waiting for this book since you first mentioned "
                                  "it at the conference two years ago."),
                  ("johnmeadows", "Thank you, I hope it is worth the wait, and I will share some early chapters here "
                                  "once they are in a readable state."),
                  ("quillpen", "Are you going to publish it yourself this time or go through a traditional publisher "
                               "like you did with your first one?"),
                  ("johnmeadows", "A traditional publisher again, they have been very patient with me and I owe them "
                                  "a finished manuscript by next summer."),
                  ("Gillian Brooks", "Looking forward to following your journey here, and to reading the book when "
                                     "it finally comes out next year.")],
        notice="Thank you. Your reply has been submitted and will appear on the messageboard shortly."),
    "nl": dict(
        chrome=["Home", "Archief", "Over mij", "Contact"],
        headline="Waarom ik een jaar vrij neem om het boek af te maken",
        byline="Door Marieke de Wit",
        story=["Ik ben de afgelopen vijf jaar drie keer aan dit boek begonnen, en elke keer trok het dagelijkse werk "
               "van een klein bedrijf me terug voordat ik meer dan een paar hoofdstukken had geschreven.",
               "Dit najaar draag ik het bedrijf een jaar lang over aan mijn compagnon, zodat het boek voor het eerst "
               "voorgaat en al het andere zich daaromheen moet voegen.",
               "Ik blijf hier schrijven over wat ik onderweg leer, maar de stukken worden korter en minder vaak dan "
               "sinds ik in 2004 met dit blog begon."],
        comments=[("Karin", "Veel succes ermee, ik wacht al op dit boek sinds je het twee jaar geleden op het "
                            "congres voor het eerst noemde."),
                  ("mariekedewit", "Dank je, ik hoop dat het het wachten waard is, en ik deel hier de eerste "
                                   "hoofdstukken zodra ze leesbaar zijn."),
                  ("pvdam", "Ga je het deze keer zelf uitgeven of weer via een gewone uitgeverij zoals bij je eerste "
                            "boek het geval was?"),
                  ("mariekedewit", "Weer via een uitgeverij, ze zijn erg geduldig met me geweest en ik beloofde ze "
                                   "volgende zomer een af manuscript."),
                  ("Ahmed Bakker", "Ik volg je tocht hier graag en kijk uit naar het boek als het volgend jaar "
                                   "eindelijk uitkomt.")],
        notice="Bedankt. Je reactie is verzonden en verschijnt na controle op het forum."),
    "ar": dict(
        chrome=["الرئيسية", "الأرشيف", "من أنا", "اتصل بنا"],
        headline="لماذا آخذ عاما من العمل لإنهاء الكتاب",
        byline="بقلم سامي يوسف",
        story=["بدأت هذا الكتاب ثلاث مرات في السنوات الخمس الماضية وفي كل مرة كان العمل اليومي في شركة صغيرة يعيدني "
               "إلى الوراء قبل أن أكتب أكثر من بضعة فصول.",
               "هذا الخريف أسلم الشركة لشريكي لمدة عام وهذا يعني أن الكتاب يأتي أولا للمرة الأولى وأن كل شيء آخر يدور "
               "حوله.",
               "سأواصل الكتابة هنا عما أتعلمه في الطريق لكن المقالات ستكون أقصر وأقل تكرارا مما كانت عليه منذ أن بدأت "
               "هذه المدونة."],
        comments=[("ليلى", "بالتوفيق في هذا العمل فأنا أنتظر هذا الكتاب منذ أن ذكرته أول مرة في المؤتمر قبل عامين."),
                  ("سامي يوسف", "شكرا لك وأتمنى أن يستحق الانتظار وسأنشر هنا بعض الفصول الأولى عندما تصبح جاهزة "
                                "للقراءة."),
                  ("أحمد العلي", "هل ستنشره بنفسك هذه المرة أم عن طريق دار نشر تقليدية كما فعلت مع كتابك الأول؟"),
                  ("سامي يوسف", "عن طريق دار نشر مرة أخرى فقد كانوا صبورين معي كثيرا وأنا مدين لهم بمخطوطة كاملة "
                                "الصيف المقبل."),
                  ("سارة محمود", "أتطلع إلى متابعة رحلتك هنا وإلى قراءة الكتاب عندما يصدر أخيرا في العام المقبل.")],
        notice="شكراً، تم إرسال تعليقك وسيظهر بعد المراجعة."),
}

#: teasers of other posts under the story: prose the body region runs on into when nothing ends the story
TEASERS = {
    "en": ["Last year I wrote about the three habits that helped me write every morning before the office opened.",
           "Our readers sent in their favourite writing tools, and the list has grown to more than forty entries."],
    "nl": ["Vorig jaar schreef ik over de drie gewoontes die me hielpen elke ochtend te schrijven voor kantoortijd.",
           "Onze lezers stuurden hun favoriete schrijfgereedschap in, en de lijst telt nu meer dan veertig items."],
    "ar": ["كتبت في العام الماضي عن العادات الثلاث التي ساعدتني على الكتابة كل صباح قبل أن يفتح المكتب أبوابه.",
           "أرسل قراؤنا أدوات الكتابة المفضلة لديهم وأصبحت القائمة تضم أكثر من أربعين أداة."],
}
FOOTER = ["Share", "Tweet", "Email", "Print", "Privacy", "Contact"]


def _article_mode() -> dict:
    return {**packaged_model(), "page": _layer_preferring(0)}


def _thread_page(case: dict) -> list[str]:
    thread = [line for name, text in case["comments"] for line in (name, text)]
    return case["chrome"] + [case["headline"], case["byline"]] + case["story"] + thread + FOOTER


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_comments_headed_by_bare_names_are_not_the_story(lang):
    # before: no stamp, no counter, no reply link: the comments ran on as the story's paragraphs
    case = POSTS[lang]
    article = normalise_text("\n".join(_thread_page(case)), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(text in article.text for _, text in case["comments"])
    assert all(text in article.removed for _, text in case["comments"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_open_mode_may_keep_comments_headed_by_names(lang):
    # guard: the cut is the soft "comment section", so the "all" mode (a page whose comments are its content)
    # keeps them
    case = POSTS[lang]
    model = {**packaged_model(), "page": _layer_preferring(len(packaged_model()["page"]["modes"]) - 1)}
    article = normalise_text("\n".join(_thread_page(case)), model=model)
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert any(text in article.paragraphs for _, text in case["comments"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_comment_forms_notice_ends_the_story(lang):
    # before: the notice read as one more sentence of the story, and the teasers under it ran on as the story
    case = POSTS[lang]
    page = case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [case["notice"]] \
        + TEASERS[lang] + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert case["notice"] not in article.text
    assert not any(teaser in article.text for teaser in TEASERS[lang])


SUBHEADS = ["How the vote works", "What the library costs", "Who uses it on Sundays", "What happens next"]
SUBHEAD_TEXT = [
    "The council will vote next month on closing the central library on Sundays, which would save about forty "
    "thousand pounds a year from a budget that has been cut three times.",
    "On a Sunday afternoon the reading room is full of students who have no quiet place to work at home, and the "
    "children's corner runs a story hour every week.",
    "The library's own figures show that Sunday is its second busiest day, and the savings would be smaller than "
    "the cost of the new signs ordered last spring.",
    "Opposition members said they would table an amendment that moves the money from the consultancy budget "
    "instead, which they say is larger than needed.",
    "The mayor said she was open to the idea but wanted to see the numbers first, and promised a public meeting in "
    "the town hall before any final vote.",
    "Library staff have started a petition that has already been signed by more than two thousand residents, "
    "according to the union that represents them.",
    "A final decision is expected before the budget is set in February, and the library will stay open on Sundays "
    "until then."]


def test_guard_a_storys_subheadings_do_not_end_it():
    # guard (passes before and after): short lines over paragraphs that never repeat are subheadings, not names
    body = SUBHEAD_TEXT[:3] + [line for head, text in zip(SUBHEADS, SUBHEAD_TEXT[3:]) for line in (head, text)]
    page = ["Home", "News", "Council votes on library hours", "By Martha Klein"] + body + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(text in article.paragraphs for text in SUBHEAD_TEXT)


def test_guard_an_interviews_two_speakers_do_not_end_it():
    # guard (passes before and after): speaker lines that repeat two names are an interview, not a thread
    speakers = ["Martha Klein", "Tom Byrne", "Martha Klein", "Tom Byrne"]
    body = SUBHEAD_TEXT[:3] + [line for who, text in zip(speakers, SUBHEAD_TEXT[3:]) for line in (who, text)]
    page = ["Home", "News", "An interview on library hours", "By Martha Klein"] + body + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(text in article.paragraphs for text in SUBHEAD_TEXT)


#: a round-table (review 7a finding 4): three speakers named in full over their answers, two of them twice, under the
#: story's introduction. The same shape as a thread headed by bare names, but every name is a speaker's full name,
#: where a reader signs with a handle or a first name
PANELS = {
    "en": dict(
        headline="Who will win the harbour vote? Three locals give their verdict",
        byline="By Martha Klein",
        intro=["With a week to go before the referendum on the new harbour wall, we asked three people who know the "
               "town well what they expect to happen.",
               "The vote has split the town more than any question in a generation, and the last poll put the two "
               "sides within three points of each other.",
               "Turnout at the last local referendum was under forty per cent, so both campaigns are chasing the "
               "voters who stayed at home then."],
        panel=[("Helen Ashby", "I think the fishermen will decide it. They have been against the wall from the start, "
                               "and their families are a big share of the vote here."),
               ("Rob Dunmore", "I am not so sure. The flooding two winters ago changed a lot of minds in the lower "
                               "town, and those streets have more voters than the quay."),
               ("Priya Nair", "Both of you are leaving out the cost. The council tax rise that pays for the wall will "
                              "land on everyone, and people feel that every month."),
               ("Helen Ashby", "The cost matters, but the harbour board has promised to pay half, and the campaign has "
                               "only just started to tell people that."),
               ("Rob Dunmore", "Which is why I think the yes side will edge it, if the weather is dry and the older "
                               "voters in the lower town turn out.")]),
    "nl": dict(
        headline="Wie wint het referendum over de dijk? Drie inwoners geven hun oordeel",
        byline="Door Marieke de Wit",
        intro=["Een week voor het referendum over de nieuwe dijk vroegen we drie inwoners die het dorp goed kennen "
               "wat zij verwachten.",
               "De stemming verdeelt het dorp meer dan welke vraag ook in een generatie, en de laatste peiling gaf "
               "beide kampen bijna evenveel stemmen.",
               "Bij het vorige referendum kwam minder dan veertig procent van de kiezers op, dus beide campagnes "
               "zoeken de thuisblijvers van toen."],
        panel=[("Joke Verhoeven", "Ik denk dat de vissers het beslissen. Zij zijn vanaf het begin tegen de dijk, en "
                                  "hun families zijn hier een groot deel van de kiezers."),
               ("Sander Bos", "Dat weet ik niet zo zeker. De overstroming van twee winters geleden heeft veel mensen "
                              "in het lage deel van het dorp van mening doen veranderen."),
               ("Fatima Yilmaz", "Jullie vergeten allebei de kosten. De hogere gemeentebelasting voor de dijk komt bij "
                                 "iedereen terecht, en dat merken mensen elke maand."),
               ("Joke Verhoeven", "De kosten tellen, maar het waterschap betaalt de helft, en dat vertelt de campagne "
                                  "de mensen nu pas."),
               ("Sander Bos", "Daarom denk ik dat het ja-kamp net wint, als het droog blijft en de ouderen in het lage "
                              "deel van het dorp gaan stemmen.")]),
    "ar": dict(
        headline="من سيفوز في استفتاء السد؟ ثلاثة من أهالي المدينة يقدمون توقعاتهم",
        byline="بقلم سامي يوسف",
        intro=["قبل أسبوع من الاستفتاء على السد الجديد سألنا ثلاثة من أهالي المدينة يعرفونها جيدا عما يتوقعونه.",
               "قسم التصويت المدينة أكثر من أي قضية أخرى منذ جيل كامل وأظهر آخر استطلاع تقاربا كبيرا بين الطرفين.",
               "لم تتجاوز نسبة المشاركة في الاستفتاء السابق أربعين في المئة لذلك تسعى الحملتان إلى من بقوا في "
               "بيوتهم."],
        panel=[("هدى الشريف", "أعتقد أن الصيادين سيحسمون النتيجة فهم يعارضون السد منذ البداية وعائلاتهم جزء كبير من "
                              "الناخبين هنا."),
               ("كريم منصور", "لست متأكدا من ذلك فالفيضان قبل شتاءين غير رأي كثير من سكان الأحياء المنخفضة وعددهم "
                              "أكبر من سكان الميناء."),
               ("نادية حسن", "كلاكما ينسى التكلفة فزيادة الضرائب المحلية لتمويل السد ستقع على الجميع وسيشعر بها "
                             "الناس كل شهر."),
               ("هدى الشريف", "التكلفة مهمة لكن هيئة الميناء وعدت بدفع نصفها والحملة بدأت للتو في إخبار الناس "
                              "بذلك."),
               ("كريم منصور", "لهذا أظن أن المؤيدين سيفوزون بفارق بسيط إذا كان الطقس جافا وخرج كبار السن في الأحياء "
                              "المنخفضة للتصويت.")]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_round_table_of_speakers_named_in_full_is_the_story(lang):
    # before: three names over prose, two of them twice, read as a comment thread headed by bare names, and every
    # answer went as the soft "comment section" (review 7a finding 4)
    case = PANELS[lang]
    answers = [line for name, text in case["panel"] for line in (name, text)]
    page = POSTS[lang]["chrome"] + [case["headline"], case["byline"]] + case["intro"] + answers + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["intro"])
    assert all(text in article.paragraphs for _, text in case["panel"])


#: a news story whose fourth paragraph tells readers where to follow a debate or leave their views on a plan: no
#: comment form's notice (it names no page, feed or moderation), so it and the paragraphs after it stay
NOTICE_LIKE = {
    "en": ("Council opens consultation on harbour flats", "By Tom Baker",
           ["Plans for 120 flats on the site of the old bus depot in Harbour Road have gone on public display at the "
            "town hall this week.",
            "The developer says a quarter of the flats would be offered at below-market rents to local families on "
            "the council's housing list.",
            "Residents have raised concerns about parking and about the loss of the depot's clock tower, which would "
            "be moved to the park.",
            "You can leave comments on the plans at the town hall or online until 12 March, the council said.",
            "All comments will be reviewed by the planning inspector before a decision in June.",
            "Councillor Ann Patel said the scheme would bring much-needed homes but that the design still needed "
            "work.",
            "The depot closed in 2019 when the bus services moved to a new garage on the edge of town."]),
    "nl": ("Gemeenteraad praat over nieuw zwembad", "Door Pieter de Vries",
           ["De gemeenteraad van Zwolle praat vanavond over de bouw van een nieuw zwembad in de wijk Stadshagen, "
            "waar al jaren om wordt gevraagd.",
            "Het college wil 28 miljoen euro uittrekken voor het bad, dat het verouderde bad aan de Mimosastraat moet "
            "vervangen.",
            "Oppositiepartijen vinden het bedrag te hoog en willen eerst een onderzoek naar goedkopere alternatieven "
            "in de regio.",
            "U kunt de discussie in de gemeenteraad vanavond live volgen via de website van de gemeente.",
            "Alle reacties worden beoordeeld door de provincie voordat er een besluit valt.",
            "Wethouder Karin Smit zegt dat uitstel het project alleen maar duurder maakt, omdat de bouwkosten "
            "blijven stijgen.",
            "Zwemverenigingen in de stad hopen dat het nieuwe bad in 2029 open kan gaan."]),
    "ar": ("البرلمان يناقش قانون الإيجارات الجديد", "بقلم سامي يوسف",
           ["يناقش مجلس النواب اليوم مشروع قانون الإيجارات القديمة الذي أثار جدلا واسعا بين الملاك والمستأجرين في "
            "الأشهر الماضية.",
            "وتقترح الحكومة زيادة تدريجية في القيمة الإيجارية على مدى خمس سنوات مع حماية الأسر الأكثر احتياجا.",
            "ويطالب نواب المعارضة بتأجيل التصويت حتى تنتهي لجنة الإسكان من دراسة أثر القانون على المستأجرين.",
            "يمكنك متابعة النقاش في البرلمان على التلفزيون الرسمي مساء اليوم.",
            "جميع التعليقات تخضع لدراسة لجنة الإسكان قبل التصويت النهائي.",
            "وقال وزير الإسكان إن القانون يهدف إلى تحقيق التوازن بين مصالح الملاك والمستأجرين.",
            "ومن المتوقع أن يصوت المجلس على القانون قبل نهاية الدورة البرلمانية الحالية."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_storys_sentence_about_leaving_comments_on_a_plan_ends_nothing(lang):
    # before: "You can leave comments on the plans …" / "U kunt de discussie … volgen" / "يمكنك متابعة النقاش …" read
    # as a comment form's notice (comment_prompt), and it and the three paragraphs under it were cut, with no warning
    headline, byline, story = NOTICE_LIKE[lang]
    article = normalise_text("\n".join(["Home", "News", headline, byline] + story + FOOTER))
    assert all(paragraph in article.paragraphs for paragraph in story)
