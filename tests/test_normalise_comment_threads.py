"""A short story above a long reader-comment thread, as a user's page gives it: the story is the body, in nl/ar/en.

Seen on slashdot-like pages (and blogs): the story is one paragraph under its headline and "Posted by …", then the
thread's counter and filter bar ("100 of 211 comments loaded", "Comments Filter:"), then comment after comment, each
under a stamp that says who speaks and ends in a colon ("by ravenswood1000 (543817) writes:", "Karin zegt:",
"أحمد العلي يقول:") with no clock time. Before, the comments' prose outweighed the story, so the body region anchored
in the thread: the comments became the text, the login box's "Forgot your password?" the title and a commenter the
byline. Each user-level case runs the CLI and reads its JSON record; each fails on the code before (the guards,
labelled, pass on both).
"""

from __future__ import annotations

import json

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.cli_articles import write
from tests.fixtures_cli import invoke
from tests.test_normalise_learned import _layer_preferring

EN_CHROME = ["Slashdot", "Stories", "Comments", "Login", "Nickname:", "Password:", "Forgot your password?", "Close"]
EN_HEADLINE = "Spooky: How NSA's surveillance algorithms see into your life"
EN_STORY = ("SmartAboutThings writes that in a talk show three former NSA employees said the agency runs algorithms "
            "over the data it gathers about people, and that those programs can basically see into their lives.")
EN_THREAD_HEAD = ["100 of 211 comments loaded", "Search 211 Comments", "Log In/Create an Account", "Comments Filter:",
                  "All", "Insightful", "Funny"]
EN_COMMENTS = [
    ("This is hardly surprising", "by ravenswood1000 (543817) writes:",
     "It is quite certain that what we consider privacy has long been done away with, even in venues such as "
     "wiretapping, which is still supposed to be done by court order only, and nobody in charge seems to mind it."),
    ("Re:", "by ILongForDarkness (1134931) writes:",
     "To give up your freedom to protect your freedom is one of the silliest and most expensive things a government "
     "can spend money on, and tracking everyone on the internet mostly gets you pictures of cats and little else."),
    ("Re:", "by Sperbels (1008585) writes:",
     "Once the big computer has analysed everything you have ever said on the internet, it puts you in a category, "
     "and then you are either left alone to go about your business or you are put on a list for a closer look."),
    ("I wish Gore had won.", "by cpu6502 (1960974) writes:",
     "Maybe he would have vetoed the act that allowed all of this spying in the first place, though I doubt it very "
     "much, because both parties voted for it and both of them have renewed it every time it came up since then."),
]


def _en_page() -> list[str]:
    thread = [line for title, stamp, text in EN_COMMENTS for line in (title, "(Score:2)", stamp, text)]
    return (EN_CHROME + [EN_HEADLINE, "Posted by timothy on Tuesday July 24, @10:05AM",
                         "from the expert-on-personal-intrusion dept.", EN_STORY] + EN_THREAD_HEAD + thread)


NL_CHROME = ["Home", "Nieuws", "Sport", "Inloggen", "Wachtwoord vergeten?"]
NL_HEADLINE = "Gemeente sluit zwembad De Vliet een jaar voor renovatie"
NL_STORY = ("Het zwembad De Vliet in Leiden gaat vanaf september een jaar dicht, omdat het dak en de installaties "
            "aan vervanging toe zijn, heeft de gemeente dinsdag laten weten.")
NL_THREAD_HEAD = ["24 reacties", "Reageer op dit artikel", "Nieuwste eerst", "Oudste eerst", "Populair"]
NL_COMMENTS = [
    ("Karin zegt:", "Wij zwemmen daar al jaren met de kinderen en ik snap echt niet waarom dit nu pas gebeurt, want "
                    "het dak lekte vorige winter al op drie plaatsen en toen werd er ook niets aan gedaan."),
    ("Piet van Dam zegt:", "Een jaar is veel te lang voor een stad van deze grootte, er is in de hele regio geen ander "
                           "bad waar de zwemclubs en de scholen terecht kunnen voor hun lessen en trainingen."),
    ("Ahmed B. zegt:", "Eindelijk gaat er iets gebeuren, want de kleedkamers zijn al jaren een schande en de douches "
                       "werken de helft van de tijd niet, dus ik ben blij dat de gemeente nu doorpakt."),
    ("Marijke zegt:", "Laten ze dan meteen ook een buitenbad aanleggen, want in de zomer is het binnen veel te warm "
                      "en te druk en er is rond het gebouw ruimte genoeg voor een groot bad met een ligweide."),
]

AR_CHROME = ["الرئيسية", "أخبار", "رياضة", "تسجيل الدخول", "نسيت كلمة المرور؟"]
AR_HEADLINE = "البلدية تغلق المسبح القديم لمدة عام من أجل الترميم"
AR_STORY = ("أعلنت البلدية يوم الثلاثاء أن المسبح القديم في وسط المدينة سيغلق أبوابه لمدة عام ابتداء من شهر سبتمبر "
            "لأن السقف والتجهيزات بحاجة إلى استبدال كامل.")
AR_THREAD_HEAD = ["تعليقات (24)", "أضف تعليقك", "الأحدث", "الأقدم", "الأكثر تفاعلا"]
AR_COMMENTS = [
    ("أحمد العلي يقول:", "نسبح هناك منذ سنوات مع الأطفال ولا أفهم لماذا تأخر هذا القرار كل هذا الوقت لأن السقف كان "
                        "يسرب الماء منذ الشتاء الماضي في أكثر من مكان ولم يفعل أحد شيئا."),
    ("سارة يقول:", "عام كامل مدة طويلة جدا على مدينة بهذا الحجم فلا يوجد مسبح آخر في المنطقة يمكن أن تذهب إليه "
                   "الأندية والمدارس من أجل الدروس والتدريبات طوال هذه المدة."),
    ("محمود حسن يقول:", "أخيرا سيحدث شيء لأن غرف تبديل الملابس في حالة سيئة منذ سنوات والحمامات لا تعمل نصف الوقت "
                       "لذلك أنا سعيد لأن البلدية قررت أن تتحرك الآن بشكل جدي."),
    ("ليلى يقول:", "ليتهم يبنون مسبحا خارجيا في الوقت نفسه لأن المسبح الداخلي حار جدا ومزدحم في الصيف وهناك مساحة "
                   "كافية حول المبنى لمسبح كبير مع حديقة صغيرة للجلوس."),
]


def _stamped_page(chrome, headline, byline, story, head, comments, reply) -> list[str]:
    return chrome + [headline, byline, story] + head + [line for stamp, text in comments for line in (stamp, text, reply)]


CASES = {
    "en": (_en_page(), EN_HEADLINE, EN_STORY, [text for _, _, text in EN_COMMENTS],
           ["ravenswood1000", "ILongForDarkness", "Sperbels", "cpu6502"]),
    "nl": (_stamped_page(NL_CHROME, NL_HEADLINE, "Door Lotte Visser", NL_STORY, NL_THREAD_HEAD, NL_COMMENTS,
                         "Beantwoorden"), NL_HEADLINE, NL_STORY, [text for _, text in NL_COMMENTS],
           ["Karin", "Piet", "Ahmed", "Marijke"]),
    "ar": (_stamped_page(AR_CHROME, AR_HEADLINE, "بقلم سامي يوسف", AR_STORY, AR_THREAD_HEAD, AR_COMMENTS, "رد"),
           AR_HEADLINE, AR_STORY, [text for _, text in AR_COMMENTS], ["أحمد", "سارة", "محمود", "ليلى"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_cli_a_short_story_above_a_stamped_thread_is_the_body(tmp_path, lang):
    page, headline, story, comments, commenters = CASES[lang]
    write(tmp_path, f"{lang}.txt", "\n".join(page) + "\n")
    result = invoke("normalise", str(tmp_path / f"{lang}.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == headline  # before: the login box's "Forgot your password?" or a comment's line
    assert story in record["text"].split("\n\n")
    assert not any(comment in record["text"] for comment in comments)  # before: the comments were the text
    assert not any(name in (record["byline"] or "") for name in commenters)  # no commenter is the author
    assert all(comment in record["removed"] for comment in comments)
    assert any("reader comments" in w for w in record["warnings"])  # the cut is said, with where it starts


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_no_page_mode_keeps_a_stamped_thread(lang):
    # the thread is boilerplate in every mode the page layer may pick: before, an open mode let the model keep a
    # comment section (a soft reason), which is how pages of comments with a short story went to the "all" mode
    page, headline, story, comments, _ = CASES[lang]
    page = page + ["Share", "Tweet", "Email", "Print", "About us", "Contact", "Jobs", "Advertise", "Privacy"]
    for mode in range(len(packaged_model()["page"]["modes"])):
        article = normalise_text("\n".join(page), model={**packaged_model(), "page": _layer_preferring(mode)})
        assert story in article.paragraphs, mode
        assert not any(comment in article.paragraphs for comment in comments), mode


INTERVIEW = [
    "Mayor Jane Roberts on the bridge, the budget and the next election",
    "By Tom Hale",
    "The mayor sat down with us on Monday to talk about the new bridge and the city's finances for the coming year.",
    "TOM HALE:", "Why did the bridge cost twice as much as the first estimate said it would, three years ago?",
    "JANE ROBERTS:", "The steel prices went up by half in two years, and we had to move the foundations after the "
                     "survey found soft clay under the eastern bank, which nobody had expected at all.",
    "TOM HALE:", "Will the city have to cut other projects to pay for it, such as the new library on the square?",
    "JANE ROBERTS:", "No, the library is paid for out of a separate fund that the council set aside in 2019, and the "
                     "bridge money comes from the regional grant and a loan over thirty years.",
    "TOM HALE:", "Are you going to stand for a second term as mayor when the election comes next spring?",
    "JANE ROBERTS:", "I am, and I will tell the voters exactly what I told you today about the bridge and its cost.",
]


def test_guard_an_interview_with_speaker_labels_keeps_its_answers():
    # guard (passes before and after): the speakers' labels end in a colon and repeat, but only two names take
    # turns and no comment counter or reply link stands near: an interview, not a thread
    article = normalise_text("\n".join(INTERVIEW))
    for line in INTERVIEW[2:]:
        if not line.endswith(":"):
            assert line in article.paragraphs
