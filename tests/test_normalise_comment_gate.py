"""A platform's gate to its comment form, or a reader prompt over it, ends the story under it.

A blog platform prints "LOGIN TO COMMENT | REGISTER TODAY" or "Login to leave a comment" once under the post, then its
readers' comments, each under the commenter's handle alone (no date, no clock time, no "Reply" link: no stamp chain
the thread detector knows). A magazine closes its page with "Have something to say? Get in touch via email or
Twitter." over its own promotions. The comments and the promotions are prose, and the body region ran on into them.
Both lines are comment prompts (the phrase lists' `comment_prompt` group), which end the story when they stand once
under its paragraphs (`comments.comment_counter`). Hand-written pages in English, Dutch and Arabic (nothing from the
eval data); the guards keep a story sentence that opens with the same words.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

MENU = {"en": ["Home", "News", "Politics", "Opinion", "Contact"],
        "nl": ["Home", "Nieuws", "Politiek", "Opinie", "Contact"],
        "ar": ["الرئيسية", "أخبار", "سياسة", "رأي", "اتصل بنا"]}

STORY = {
    "en": ["Council delays vote on harbour car park",
           "The town council has put off its vote on a new car park at the harbour until January, after residents "
           "handed in a petition with more than two thousand names on Monday evening.",
           "Supporters of the plan say the car park would bring visitors back to the shops on the quay, which have "
           "struggled since the ferry service was cut two years ago.",
           "Opponents fear that the work would close the slipway used by the rowing club and the lifeboat crew for "
           "most of next summer.",
           "The mayor said the council would meet both groups before the vote and publish the full costs of the "
           "project on its website."],
    "nl": ["Gemeenteraad stelt stemming over parkeerplaats bij de haven uit",
           "De gemeenteraad heeft de stemming over een nieuwe parkeerplaats bij de haven uitgesteld tot januari, nadat "
           "bewoners maandagavond een petitie met ruim tweeduizend handtekeningen hadden aangeboden.",
           "Voorstanders zeggen dat de parkeerplaats bezoekers terugbrengt naar de winkels aan de kade, die het "
           "moeilijk hebben sinds de veerdienst twee jaar geleden werd geschrapt.",
           "Tegenstanders vrezen dat de werkzaamheden de helling van de roeivereniging en de reddingsboot een groot "
           "deel van de zomer afsluiten.",
           "De burgemeester zei dat de raad beide groepen voor de stemming spreekt en de volledige kosten van het "
           "project op de website zet."],
    "ar": ["المجلس البلدي يؤجل التصويت على موقف السيارات في الميناء",
           "أجل المجلس البلدي التصويت على إنشاء موقف جديد للسيارات في الميناء حتى يناير بعد أن سلم السكان مساء "
           "الاثنين عريضة تحمل أكثر من ألفي توقيع.",
           "ويقول مؤيدو الخطة إن الموقف سيعيد الزوار إلى المتاجر على الرصيف التي تعاني منذ إلغاء خدمة العبارة قبل "
           "عامين.",
           "ويخشى المعارضون أن تؤدي الأشغال إلى إغلاق المنحدر الذي يستخدمه نادي التجديف وطاقم قارب النجاة معظم "
           "الصيف المقبل.",
           "وقال رئيس البلدية إن المجلس سيلتقي المجموعتين قبل التصويت وسينشر التكاليف الكاملة للمشروع على موقعه."],
}

GATE = {"en": "LOGIN TO COMMENT | REGISTER TODAY",
        "nl": "Log in om te reageren | Registreer nu",
        "ar": "سجل الدخول للتعليق | سجل الآن"}

#: readers' comments, each under the commenter's handle alone
COMMENTS = {
    "en": ["harbour_watcher",
           "The shops on the quay need the visitors, but nobody has explained where the rowing club is supposed to go "
           "for a whole summer.",
           "Kestrel71",
           "I signed the petition. The council should have asked the people who live here before drawing up plans.",
           "marina_mum",
           "Good. A delay is better than a rushed decision that we will all regret when the slipway is closed."],
    "nl": ["havenkijker",
           "De winkels aan de kade hebben de bezoekers nodig, maar niemand legt uit waar de roeivereniging een hele "
           "zomer heen moet.",
           "Torenvalk71",
           "Ik heb de petitie getekend. De gemeente had eerst de mensen moeten vragen die hier wonen.",
           "jachthavenmama",
           "Goed zo. Uitstel is beter dan een overhaast besluit waar we allemaal spijt van krijgen."],
    "ar": ["مراقب_الميناء",
           "المتاجر على الرصيف تحتاج إلى الزوار لكن لم يشرح أحد أين سيذهب نادي التجديف طوال الصيف.",
           "صقر71",
           "وقعت على العريضة وكان على المجلس أن يسأل سكان المنطقة قبل وضع الخطط.",
           "أم_المرسى",
           "جيد، التأجيل أفضل من قرار متسرع سنندم عليه جميعا عندما يغلق المنحدر."],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_comments_under_a_login_gate_are_no_part_of_the_story(lang):
    # fails before the gate was a comment prompt: the comments under it were kept as the story's last paragraphs
    record = normalise_text("\n".join(MENU[lang] + STORY[lang] + [GATE[lang]] + COMMENTS[lang]))
    assert record.title == STORY[lang][0]
    assert record.paragraphs == STORY[lang][1:], (lang, record.paragraphs)


PROMPT = {"en": "Have something to say? Get in touch via email or Twitter.",
          "nl": "Heb je iets toe te voegen? Laat een reactie achter.",
          "ar": "هل لديك ما تضيفه؟ شاركنا رأيك"}

#: the site's own promotions under the prompt, in prose
PROMOS = {
    "en": ["Pre-order the Harbour Courier yearbook, out in the spring, by clicking here.",
           "Visit the archives for hundreds more stories from the coast and the islands.",
           "The Harbour Courier is an independent newspaper published every Thursday since 1921."],
    "nl": ["Bestel het jaarboek van de Havenkoerier, dat in het voorjaar verschijnt, door hier te klikken.",
           "Bezoek het archief voor honderden verhalen over de kust en de eilanden.",
           "De Havenkoerier is een onafhankelijke krant die sinds 1921 elke donderdag verschijnt."],
    "ar": ["احجز نسختك من الكتاب السنوي لصحيفة الميناء الذي يصدر في الربيع بالنقر هنا.",
           "زر الأرشيف لقراءة مئات القصص من الساحل والجزر.",
           "صحيفة الميناء صحيفة مستقلة تصدر كل خميس منذ عام 1921."],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_reader_prompt_ends_the_story_over_the_sites_promotions(lang):
    # fails before: the promotions under the prompt ran on as the story's last paragraphs
    record = normalise_text("\n".join(MENU[lang] + STORY[lang] + [PROMPT[lang]] + PROMOS[lang]))
    assert record.paragraphs == STORY[lang][1:], (lang, record.paragraphs)


#: a story's own sentence that opens with a gate's or a prompt's words, inside the story
SENTENCE = {
    "en": ["Register to comment on the plans at the town hall before Friday, the council told residents in a letter.",
           "Have something to say about the car park? The council will hold an open evening at the library."],
    "nl": ["Log in om te reageren op de plannen via het loket van de gemeente, schreef de raad in een brief aan "
           "de bewoners.",
           "Iets te zeggen over de parkeerplaats? De gemeente houdt een inloopavond in de bibliotheek."],
    "ar": ["سجل الدخول للتعليق على الخطط عبر بوابة البلدية قبل يوم الجمعة كما جاء في رسالة المجلس إلى السكان.",
           "هل لديك ما تقوله عن موقف السيارات؟ سيعقد المجلس أمسية مفتوحة في المكتبة."],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_story_sentence_with_a_gates_words_stays(lang):
    # guard: the sentence goes on about the story's topic, past what a gate or a prompt says
    story = STORY[lang]
    record = normalise_text("\n".join(MENU[lang] + story[:3] + SENTENCE[lang] + story[3:]))
    assert record.paragraphs == story[1:3] + SENTENCE[lang] + story[3:], (lang, record.paragraphs)


def test_a_reply_link_under_every_comment_is_no_gate():
    # guard: "Log in to Reply" repeats under each comment and names no comment: no comment prompt
    from newsbrief.normalise.phrases import in_group
    for text in ("Log in to Reply", "Login to Reply or Like"):
        assert not in_group(text, len(text.split()), "comment_prompt"), text
