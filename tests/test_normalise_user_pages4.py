"""Pages tried as a new user would (fourth round, fixb4): leftover furniture and untrue warnings, in en/nl/ar.

Each case fails on the code before its fix (the guards, labelled, pass on both): a guide's "Was this article
helpful? / Yes No" and its "Related guides" list, its "How-To" kicker, an obituary's guest-book buttons and its
"Published in <paper> on <date>" line, "Comments are closed" and "You must log in to reply" notices, a press
release's issuer under "From:", an embedded tweet and an Arabic file-picture caption stayed in the text; a gallery
lost its first caption (the one with the credit) and kept its middle counters; a table warning counted 14 of
20,000 rows; an Arabic match ticker lost its kick-off line and was warned about as a table.
"""

from __future__ import annotations


import pytest

from newsbrief.normalise import normalise_text
from tests.page_modes import model_in_mode
from newsbrief.normalise.html import normalise_html


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _wide() -> dict:
    """The packaged model in the "wide" page mode on every page (tests/page_modes.py)."""
    return model_in_mode("wide")


def _removed(article, line: str) -> bool:
    return line in article.removed and line not in article.text


# --- item 10: end-of-page furniture ----------------------------------------------------------------------------------

EN_GUIDE = [
    "Guides",
    "How-To",
    "How to descale a kettle with vinegar",
    "By Nadia Brooks | 12 May 2025",
    "Limescale builds up quickly in hard-water areas and makes a kettle slower and noisier to boil.",
    "You can remove it in about an hour with things you already have in the kitchen cupboard.",
    "1. Fill the kettle halfway with equal parts white vinegar and water and bring it to the boil.",
    "2. Leave the mixture to stand for an hour, then pour it away down the sink.",
    "3. Rinse the kettle twice with clean water and boil it once more to remove the smell.",
    "Do this every month if you live in a hard-water area, the water company advises.",
]
NL_GUIDE = [
    "Klussen",
    "Zo ontkalk je een waterkoker met azijn",
    "Door Sanne de Wit | 12 mei 2025",
    "Kalkaanslag bouwt zich snel op in gebieden met hard water en maakt een waterkoker trager en luider.",
    "Je kunt de kalk in ongeveer een uur verwijderen met spullen die je al in de keukenkast hebt staan.",
    "Vul de waterkoker voor de helft met gelijke delen azijn en water en breng het geheel aan de kook.",
    "Laat het mengsel een uur staan, giet het weg en spoel de waterkoker twee keer om met schoon water.",
]
AR_GUIDE = [
    "منوعات",
    "كيف تنظف الغلاية من الترسبات الكلسية",
    "بقلم ليلى حسن",
    "تتراكم الترسبات الكلسية بسرعة في المناطق ذات المياه العسرة وتجعل الغلاية أبطأ في الغليان.",
    "ويمكن إزالتها في نحو ساعة باستخدام الخل الأبيض والماء بكميات متساوية ثم غليها وتركها لتبرد.",
    "وينصح الخبراء بتكرار العملية مرة كل شهر في المناطق التي تكون فيها المياه عسرة جدا.",
]


@pytest.mark.parametrize("story, tail", [
    (EN_GUIDE, ["Was this article helpful?", "Yes No", "Related guides", "How to clean a washing machine drum",
                "Why does my shower head drip?"]),
    (NL_GUIDE, ["Was dit artikel nuttig?", "Ja Nee", "Gerelateerde artikelen", "Zo maak je een wasmachine schoon"]),
    (AR_GUIDE, ["هل كان هذا المقال مفيدا؟", "نعم لا", "مواضيع ذات صلة", "كيف تنظف الغسالة من الداخل"]),
], ids=["en", "nl", "ar"])
def test_a_guides_feedback_prompt_and_related_list_are_removed(story, tail):
    # seen as a user: "Was this article helpful? / Yes No / Related guides" and the two guide headlines under it
    # were the guide's last paragraphs
    # the packaged model's page mode, and the wide one that the tester's page got
    for model in (None, _wide()):
        article = normalise_text(_page(*story, *tail), model=model)
        for line in tail:
            assert _removed(article, line), line
        assert story[-1] in article.text


def test_a_kicker_right_above_the_headline_is_removed():
    # seen as a user: "How-To" above the headline was the guide's first paragraph (the page layer chose an open
    # mode, where the model may keep a line above the headline)
    article = normalise_text(_page(*EN_GUIDE[1:], "Was this article helpful?", "Yes No"), model=_wide())
    assert article.title == "How to descale a kettle with vinegar"
    assert _removed(article, "How-To")
    assert article.paragraphs[0].startswith("Limescale builds up")


EN_OBITUARY = [
    "Obituaries",
    "Harold James Pike, 1940–2025",
    "Harold Pike, who repaired clocks in the market town of Hexley for more than fifty years, died on June 2 at the "
    "age of 84.",
    "He opened his workshop on Bridge Street in 1968 and kept it going until last spring, when failing eyesight "
    "forced him to close.",
    "He is survived by his wife, Joan, two sons and four grandchildren. A service will be held at St Mary's on "
    "June 16.",
]


def test_an_obituarys_guest_book_buttons_go_and_its_printed_date_is_the_date():
    # seen as a user: "Sign the guest book / Share a memory / Send flowers" were paragraphs and "Published in the
    # Ashby Gazette on Aug. 7, 2025." was the last one, with published null
    tail = ["Sign the guest book", "Share a memory", "Send flowers", "Published in the Hexley Courier on June 9, 2025."]
    article = normalise_text(_page(*EN_OBITUARY, *tail))
    for line in tail[:3]:
        assert _removed(article, line), line
    assert tail[3] not in article.text
    assert article.published == "2025-06-09"
    assert article.paragraphs[-1].startswith("He is survived")


def test_a_dutch_condolence_button_and_printed_date():
    story = ["In memoriam", "Kees Bakker (1939-2025): de klokkenmaker van Hattem",
             "Kees Bakker, die ruim vijftig jaar klokken repareerde in Hattem, is op 85-jarige leeftijd overleden.",
             "Hij opende zijn werkplaats in 1968 en hield die open tot vorig voorjaar, toen zijn ogen hem in de "
             "steek lieten.",
             "Bakker laat zijn vrouw, twee zoons en vier kleinkinderen achter. De uitvaart is in besloten kring."]
    article = normalise_text(_page(*story, "Condoleance plaatsen",
                                   "Verschenen in het Hattemer Nieuwsblad op 9 juni 2025."))
    assert _removed(article, "Condoleance plaatsen")
    assert article.published == "2025-06-09"


EN_COURT = [
    "Courts",
    "Driver banned for three years after school crossing crash",
    "By Owen Price",
    "14 March 2025",
    "A driver who hit a lollipop man outside a primary school in Denton has been banned from driving for three "
    "years.",
    "Mark Elliot, 41, admitted driving without due care and attention at Tameside Magistrates' Court on Thursday.",
    "The crossing patrol officer, who was 67, suffered a broken leg and spent two weeks in hospital after the crash.",
    "Elliot was also fined £1,200 and ordered to pay £85 costs, the court heard on the final day of the case.",
]


@pytest.mark.parametrize("notice", [
    "Comments are closed on this article for legal reasons.",
    "Comments have been disabled on this story.",
    "You must log in or register to reply here.",
    "You must be logged in to post a comment.",
    "Reageren is niet meer mogelijk.",
    "Je moet ingelogd zijn om te reageren.",
    "التعليقات مغلقة",
    "تم إغلاق التعليقات على هذا المقال",
    "يجب تسجيل الدخول للتعليق",
])
def test_a_closed_or_members_only_comments_notice_is_removed(notice):
    # seen as a user: "Comments are closed on this article for legal reasons." and "You must log in or register to
    # reply here." were the story's last paragraph
    for model in (None, _wide()):
        article = normalise_text(_page(*EN_COURT, notice), model=model)
        assert _removed(article, notice)
        assert article.paragraphs[-1].startswith("Elliot was also fined")


@pytest.mark.parametrize("label, issuer, story", [
    ("From:", "Department for Education and Sam Reid MP", [
        "Schools in England will get £45 million to repair leaking roofs and broken boilers before next winter.",
        "The money will go to 300 schools whose buildings were rated in poor condition in last year's survey.",
        "Education Minister Sam Reid said the work would start during the summer holidays so no lessons are lost.",
    ]),
    ("Van:", "Ministerie van Onderwijs, Cultuur en Wetenschap", [
        "Scholen krijgen dit jaar 45 miljoen euro extra om lekkende daken en kapotte ketels te repareren.",
        "Het geld gaat naar 300 scholen waarvan de gebouwen vorig jaar als slecht werden beoordeeld.",
        "De minister zegt dat het werk in de zomervakantie begint, zodat er geen lessen uitvallen.",
    ]),
], ids=["en", "nl"])
def test_a_press_releases_issuer_is_its_byline_not_a_paragraph(label, issuer, story):
    # seen as a user: GOV.UK's "From:" / "Department for Transport and Lucy Mills MP" stayed as a paragraph
    article = normalise_text(_page("Press release", "New money to repair school buildings", label, issuer,
                                   "Published", "3 April 2025", *story))
    assert article.byline == issuer
    assert issuer not in article.text and label not in article.paragraphs
    assert article.paragraphs[0] == story[0]


# --- item 11: an embedded post and an Arabic file-picture caption ---------------------------------------------------

EN_FLOOD = [
    "Floods close main roads across northern Portugal",
    "By Rui Costa",
    "9 January 2026, 08:05 GMT",
    "Heavy rain has flooded dozens of roads across northern Portugal, and hundreds of people have left their homes.",
    "The civil protection agency said rivers in the Minho region were at their highest level in twenty years.",
    ".@ProtecaoCivil: Evacuation of riverside homes in Ponte de Lima is under way. pic.twitter.com/Xy12ab",
    "— Proteção Civil (@ProtecaoCivil) January 9, 2026",
    "Schools in six districts will stay closed on Friday, the education ministry said in a statement.",
    "Forecasters expect the rain to ease over the weekend, but warned of more landslides in the hills.",
]


def test_an_embedded_post_is_no_story_sentence():
    # seen as a user: ".@BNPB_Indonesia: Evacuation of residents within 7 km radius is ongoing." stayed in the text
    # (with its pic.twitter.com link) and became a takeaway
    article = normalise_text(_page(*EN_FLOOD))
    assert _removed(article, EN_FLOOD[5])
    assert _removed(article, EN_FLOOD[6])
    assert "pic.twitter.com" not in article.text
    assert EN_FLOOD[7] in article.text and EN_FLOOD[8] in article.text


@pytest.mark.parametrize("caption", [
    "متطوعون يوزعون المساعدات على المتضررين من الفيضانات - أرشيفية",
    "متطوعون يوزعون المساعدات على المتضررين من الفيضانات (صورة أرشيفية)",
])
def test_an_arabic_file_picture_caption_is_removed(caption):
    # seen as a user: "سكان يقفون في الشارع بعد الزلزال - أرشيفية" stayed between two paragraphs
    story = [
        "فيضانات تغلق طرقا رئيسية في شمال البلاد",
        "كتب: خالد منصور",
        "أغلقت الفيضانات عشرات الطرق في شمال البلاد بعد أمطار غزيرة استمرت ثلاثة أيام متتالية.",
        "وقالت هيئة الدفاع المدني إن منسوب الأنهار بلغ أعلى مستوى له منذ عشرين عاما في عدة مناطق.",
        caption,
        "وأعلنت وزارة التربية تعليق الدراسة في ست محافظات يوم الخميس حتى إشعار آخر بسبب الأحوال الجوية.",
        "ويتوقع خبراء الأرصاد أن تتراجع الأمطار خلال عطلة نهاية الأسبوع مع خطر حدوث انزلاقات أرضية.",
    ]
    article = normalise_text(_page(*story))
    assert _removed(article, caption)
    assert story[5] in article.text


@pytest.mark.parametrize("sentence", [
    "Comments are closed to the public for the rest of the inquiry, the chairman told the hearing on Monday.",
    "Was this the right decision? Many residents at the meeting said it was not, and asked for a second vote.",
    "Yes, no one was hurt in the fire, a spokesman for the fire service confirmed on Tuesday evening.",
    "2 of 5 patients in the trial reported side effects, the researchers wrote in their paper.",
    "وقال المتحدث إن التعليقات مغلقة منذ أيام بسبب الإساءات التي تلقاها الموقع من بعض القراء.",
])
def test_guard_story_sentences_like_the_new_phrases_stay(sentence):
    # guard (passes before and after): the new phrase shapes are whole short lines, not words in a story sentence
    article = normalise_text(_page(*EN_COURT[:6], sentence, *EN_COURT[6:]))
    assert sentence in article.text


# --- item 12: a photo gallery ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["of", "van", "من"])
def test_a_gallerys_counters_go_and_all_its_captions_stay(word):
    # seen as a user: the first caption (with its credit) was dropped and "2 of 5" … "4 of 5" stayed while
    # "1 of 5" and "5 of 5" went
    captions = [
        "Runners cross the Tower Bridge at the start of the race on Sunday morning. (Emma Hart/City Press)",
        "A runner dressed as a giant teapot waves to the crowd near Canary Wharf.",
        "Volunteers handed out 40,000 bottles of water along the course this year.",
        "The winner, Amara Osei, crosses the finish line on The Mall in a course record.",
    ]
    lines = ["In pictures: the city marathon", "Photos by Emma Hart"]
    for k, caption in enumerate(captions, 1):
        lines += [caption, f"{k} {word} 4"]
    article = normalise_text(_page(*lines))
    for k, caption in enumerate(captions, 1):
        assert caption in article.text
        assert _removed(article, f"{k} {word} 4")
    assert not article.warnings


def test_a_gallery_page_in_html_keeps_its_first_caption():
    captions = [
        "Thousands of lanterns float on the river on Friday evening. (Jon Lee/Metro Photo)",
        "A boy holds a lantern shaped like a fish near the old bridge.",
        "Fireworks over the river closed the festival just before midnight.",
    ]
    figures = "".join(f'<figure><img src="p{k}.jpg"><figcaption>{caption}</figcaption></figure>'
                      f'<div class="count">{k} of 3</div>' for k, caption in enumerate(captions, 1))
    html = ('<html><head><title>In pictures: lantern night on the river | Metro</title>'
            '<meta property="og:title" content="In pictures: lantern night on the river"></head><body>'
            '<nav><a href="/">Home</a> <a href="/photos">Photos</a></nav>'
            '<h1>In pictures: lantern night on the river</h1><p class="byline">Photos by Jon Lee</p>'
            + figures + '<footer>© Metro 2025</footer></body></html>')
    article = normalise_html(html)
    for caption in captions:
        assert caption in article.text
    for k in (1, 2, 3):
        assert f"{k} of 3" not in article.text


# --- item 7: a warning's count -------------------------------------------------------------------------------------

def test_a_table_warning_counts_all_the_removed_rows():
    # seen as a user: a 20,000-row price list under a market report was warned about as "14 lines"
    rows = [f"FUND{k:04d} {10 + k % 90}.{k % 100:02d} {'+' if k % 2 else '-'}{k % 5}.{k % 10}0%" for k in range(300)]
    page = _page(
        "Markets", "Shares close higher as chipmakers rally", "By Tom Baker", "5 June 2025",
        "European shares closed 1.2 percent higher on Thursday as chipmakers rallied after strong results in the US.",
        "ASML rose 3.4 percent and Infineon gained 2.9 percent, while oil companies lagged behind the wider market.",
        "The euro traded at 1.14 dollars and a barrel of Brent crude cost 65 dollars at the close in London.",
        "Prices (delayed)", *rows, "Prices delayed by 15 minutes.")
    # the rules drop the whole list and count every row
    article = normalise_text(page, model=False)
    table = [w for w in article.warnings if w.startswith("a table or list of numbers")]
    assert len(table) == 1
    assert "(300 lines under the story" in table[0]
    assert all(row in article.removed for row in rows)
    # with the shipped model the count is the rows it removed, all of them counted (stop 30's refit keeps the
    # list's heading and first row on this page: the warning then says 299, never the 14 of the bug)
    article = normalise_text(page)
    removed_rows = sum(row in article.removed for row in rows)
    table = [w for w in article.warnings if w.startswith("a table or list of numbers")]
    assert len(table) == 1 and removed_rows >= 250
    assert f"({removed_rows} lines under the story" in table[0]


# --- item 15: a live ticker's own timed lines ------------------------------------------------------------------------

def test_an_arabic_ticker_keeps_its_minutes_and_kick_off_line():
    # seen as a user: the bare minutes ("76", "58") went as page numbers, the kick-off line went, and the page was
    # warned about as "a table or list of numbers was removed (2 of its 3 lines, from '76')"
    article = normalise_text(_page(
        "رياضة", "مباشر", "الوحدات 2-1 الفيصلي: الوحدات يحسم الديربي",
        "الوحدات 2-1 الفيصلي",
        "90+4", "صافرة النهاية، الوحدات يفوز ويبتعد في صدارة الدوري.",
        "81", "هدف! الوحدات 2-1 الفيصلي. أحمد سمير يسجل من ركلة جزاء.",
        "55", "هدف! الوحدات 1-1 الفيصلي. محمد خالد يعادل بتسديدة من خارج المنطقة.",
        "23", "هدف! الوحدات 0-1 الفيصلي. يوسف علي يفتتح التسجيل برأسية.",
        "1", "انطلاق المباراة.",
        "التشكيل", "شارك"))
    assert "انطلاق المباراة." in article.text
    for minute in ("81", "55", "23"):
        assert minute in article.paragraphs
    assert not [w for w in article.warnings if w.startswith("a table or list of numbers")]


def test_guard_page_numbers_under_a_story_are_no_ticker():
    # guard (passes before and after): "1", "2", "3" pagination under a story stay navigation
    article = normalise_text(_page(*EN_COURT, "1", "2", "3", "Next"))
    for number in ("1", "2", "3"):
        assert number not in article.paragraphs
