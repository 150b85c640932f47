"""A blog platform's post-footer sentence under the post is no paragraph of it.

WordPress-like platforms close a post with one template sentence: "This entry was posted in Astronomy and tagged Mars.
Bookmark the permalink.", "This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News.",
"Dit bericht werd geplaatst in Nieuws. Bookmark de permalink.", "كتبت هذه التدوينة في أخبار. أضف الرابط الدائم إلى
المفضلة." It is a sentence, so the body region and the learned model kept it as the post's last paragraph. The phrase
lists' `misc` group names it by the platform's own words (the entry, where it was filed, the permalink), so it goes in
every page mode. Hand-written pages in English, Dutch and Arabic (nothing from the eval data); the guard keeps a story
sentence about a competition entry.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

MENU = {"en": ["Home", "Archive", "About", "Contact"],
        "nl": ["Home", "Archief", "Over mij", "Contact"],
        "ar": ["الرئيسية", "الأرشيف", "من أنا", "اتصل بي"]}

POST = {
    "en": ["A week of clear skies over the allotments",
           "For the first time since March the sky stayed clear for a whole week, and I finally got the small telescope "
           "out on the allotment after the last bus had gone.",
           "Mars was bright and low in the east before midnight, and even at this size the polar cap showed as a pale "
           "spot on the orange disc.",
           "By Thursday the neighbours had heard about it, and four of them came along with flasks of tea and folding "
           "chairs to take turns at the eyepiece.",
           "Next month I want to try photographing the Moon through the eyepiece with a phone, if the weather holds."],
    "nl": ["Een week heldere luchten boven de volkstuinen",
           "Voor het eerst sinds maart bleef de lucht een hele week helder, en eindelijk zette ik de kleine telescoop op "
           "de volkstuin neer nadat de laatste bus was vertrokken.",
           "Mars stond voor middernacht laag en helder in het oosten, en zelfs bij deze vergroting was de poolkap te zien "
           "als een bleke vlek op de oranje schijf.",
           "Donderdag hadden de buren ervan gehoord, en vier van hen kwamen met thermoskannen thee en klapstoelen om om "
           "de beurt door het oculair te kijken.",
           "Volgende maand wil ik de maan door het oculair fotograferen met een telefoon, als het weer meezit."],
    "ar": ["أسبوع من السماء الصافية فوق الحدائق",
           "للمرة الأولى منذ مارس بقيت السماء صافية أسبوعا كاملا، فأخرجت أخيرا التلسكوب الصغير إلى الحديقة بعد أن "
           "غادرت آخر حافلة.",
           "كان المريخ ساطعا ومنخفضا في الشرق قبل منتصف الليل، وحتى بهذا التكبير ظهرت القبعة القطبية بقعة شاحبة على "
           "القرص البرتقالي.",
           "وبحلول الخميس كان الجيران قد سمعوا بالأمر، فجاء أربعة منهم ومعهم الشاي والكراسي لينظروا بالتناوب في "
           "العدسة.",
           "وفي الشهر المقبل أريد أن أصور القمر عبر العدسة بالهاتف إذا بقي الطقس جيدا."],
}

FOOTER = {
    "en": ["This entry was posted in Astronomy, Allotment and tagged Mars, telescopes. Bookmark the permalink.",
           "This entry was posted on Saturday, November 3rd, 2012 at 11:10 pm and is filed under Astronomy. You can "
           "follow any responses to this entry through the RSS 2.0 feed."],
    "nl": ["Dit bericht werd geplaatst in Sterrenkunde, Volkstuin en getagd met Mars. Bookmark de permalink.",
           "Dit item is geplaatst op zaterdag 3 november 2012 om 23:10 en is opgeslagen onder Sterrenkunde."],
    "ar": ["كتبت هذه التدوينة في علم الفلك، الحديقة. أضف الرابط الدائم إلى المفضلة.",
           "نشرت هذه التدوينة في تصنيف علم الفلك بواسطة سامي. الرابط الدائم"],
}


@pytest.mark.parametrize("lang", sorted(POST))
@pytest.mark.parametrize("which", [0, 1])
def test_a_platforms_post_footer_sentence_is_no_paragraph(lang, which):
    # fails before: the footer sentence was kept as the post's last paragraph
    record = normalise_text("\n".join(MENU[lang] + POST[lang] + [FOOTER[lang][which]]))
    assert record.title == POST[lang][0]
    assert record.paragraphs == POST[lang][1:], (lang, record.paragraphs)


ENTRY = {
    "en": "This entry was posted to the jury in March and won the prize for the best amateur photograph of the year.",
    "nl": "Dit bericht werd geplaatst in de krant van de vereniging en leverde de club tien nieuwe leden op.",
    "ar": "نشرت هذه التدوينة في صحيفة الجمعية فجلبت إلى النادي عشرة أعضاء جدد.",
}


@pytest.mark.parametrize("lang", sorted(POST))
def test_a_story_sentence_about_an_entry_stays(lang):
    # guard: the sentence names no category, tag or permalink: the story's own
    post = POST[lang]
    record = normalise_text("\n".join(MENU[lang] + post[:3] + [ENTRY[lang]] + post[3:]))
    assert record.paragraphs == post[1:3] + [ENTRY[lang]] + post[3:], (lang, record.paragraphs)
