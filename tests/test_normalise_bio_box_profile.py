"""Review of stop 25, finding 2: under an author box standing inside a profile story ("Olena Petrenko" / "Olena
Petrenko is our Kharkiv correspondent …"), the story's next paragraphs that go on with a pronoun ("She arrives at the
hospital before dawn …", "Her shift lasts …", "He is seven, a boy from Izium …") were taken as more of the author's
bio and removed. The first paragraph under the bio goes on about the author only when it names them or makes the
pronoun a bio verb's subject ("He lives …", "Hij woont …"); only after such a paragraph may a pronoun alone go on.
Guards: a bio going on with "he is dedicated …" then "His … background …" is still the box's (dragnet's bitrebels
shape), and tests/test_normalise_bio_box.py's en/nl/ar "He lives …"/"Eva woont …"/"ويعيش سامي …" cases still pass.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PROFILE = {
    "en": ("A night shift in Kharkiv's children's hospital", "By Olena Petrenko",
           ["Maria Kovalenko has worked as a nurse at the children's hospital in Kharkiv for eleven years.",
            "The hospital lost its heating in the winter strikes, and the staff now work in coats between the wards.",
            "Kovalenko says the worst part is not the cold but waiting for the sirens every night."],
           "Olena Petrenko",
           "Olena Petrenko is our Kharkiv correspondent and has reported from the east of Ukraine since 2022.",
           ["She arrives at the hospital before dawn on Tuesday, as she does every day, and checks on the smallest "
            "patients first.",
            "Her shift lasts twelve hours; when the generators fail, the nurses carry the incubators down to the "
            "basement by hand.",
            "He is seven, a boy from Izium, and has been in the ward since September with burns to both his arms."],
           "The hospital's director said it needs three new generators before the end of January."),
    "nl": ("Een nachtdienst in het kinderziekenhuis van Charkiv", "Door Eva Jansen",
           ["Maria Kovalenko werkt al elf jaar als verpleegkundige in het kinderziekenhuis van Charkiv.",
            "Het ziekenhuis verloor zijn verwarming bij de aanvallen van deze winter, en het personeel werkt nu in "
            "jassen tussen de zalen.",
            "Volgens Kovalenko is niet de kou het ergste, maar het wachten op de sirenes elke nacht."],
           "Eva Jansen",
           "Eva Jansen is verslaggever voor deze krant en bericht sinds 2022 vanuit het oosten van Oekraïne.",
           ["Zij komt dinsdag voor zonsopgang in het ziekenhuis aan, zoals elke dag, en kijkt eerst naar de kleinste "
            "patiënten.",
            "Haar dienst duurt twaalf uur; als de generatoren uitvallen, dragen de verpleegkundigen de couveuses met "
            "de hand naar de kelder.",
            "Hij is zeven, een jongen uit Izjoem, en ligt sinds september op de afdeling met brandwonden aan beide "
            "armen."],
           "De directeur van het ziekenhuis zei dat er voor eind januari drie nieuwe generatoren nodig zijn."),
    "ar": ("ليلة في مستشفى الأطفال في خاركيف", "بقلم: ليلى حداد",
           ["تعمل ماريا كوفالينكو ممرضة في مستشفى الأطفال في خاركيف منذ أحد عشر عاماً.",
            "فقد المستشفى التدفئة في ضربات الشتاء، ويعمل الطاقم الآن بالمعاطف بين الأجنحة.",
            "وتقول كوفالينكو إن أسوأ ما في الأمر ليس البرد بل انتظار صفارات الإنذار كل ليلة."],
           "ليلى حداد",
           "ليلى حداد مراسلة الصحيفة في خاركيف وتغطي الحرب في شرق أوكرانيا منذ عام 2022.",
           ["هي تصل إلى المستشفى قبل الفجر يوم الثلاثاء كما تفعل كل يوم، وتطمئن على أصغر المرضى أولاً.",
            "وتستمر نوبتها اثنتي عشرة ساعة، وحين تتعطل المولدات تحمل الممرضات الحاضنات إلى القبو بأيديهن.",
            "هو في السابعة من عمره، صبي من إيزيوم، ويرقد في الجناح منذ سبتمبر بحروق في ذراعيه."],
           "وقال مدير المستشفى إنه يحتاج إلى ثلاثة مولدات جديدة قبل نهاية يناير."),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_profiles_paragraphs_under_a_reporters_box_stay(lang):
    title, byline, before, box, bio, after, last = PROFILE[lang]
    page = "\n\n".join([title, byline] + before + [box, bio] + after + [last]) + "\n"
    article = normalise_text(page, model=False)
    assert all(p in article.paragraphs for p in before + after + [last]), article.paragraphs


BIO_GOES_ON = {
    "en": ("As a reporter who grew up in the region, she is known for long reads about the people behind the news.",
           "Her background in medicine has proven useful when she reports on hospitals and their staff."),
    "nl": ("Als verslaggever die in de regio opgroeide, is zij bekend om lange verhalen over de mensen achter het nieuws.",
           "Haar achtergrond in de geneeskunde komt van pas als zij over ziekenhuizen en hun personeel schrijft."),
    "ar": ("وهي تقيم في عمان منذ سنوات وتعرف بقصصها الطويلة عن الناس وراء الأخبار.",
           "وهي تحمل شهادة في الطب تفيدها حين تكتب عن المستشفيات وطواقمها."),
}
WIDGET = {
    "en": ["To turn auto tweet off, open the settings of your account and take back the access you gave us.",
           "Advertise with us and reach more than two million readers every month with your brand."],
    "nl": ["Wil je het automatisch tweeten uitzetten, open dan de instellingen van je account en trek de toegang in.",
           "Adverteer bij ons en bereik elke maand meer dan twee miljoen lezers met je merk."],
    "ar": ["لإيقاف التغريد التلقائي افتح إعدادات حسابك واسحب الإذن الذي منحته لنا.",
           "أعلن معنا وتواصل مع أكثر من مليوني قارئ كل شهر."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_bio_going_on_with_its_pronoun_is_still_the_boxs(lang):
    # the first paragraph makes the pronoun a bio verb's subject ("she is known", "is zij", "وهي تقيم"); the next may
    # go on with a possessive alone
    title, byline, before, box, bio, _, _ = PROFILE[lang]
    more = list(BIO_GOES_ON[lang])
    if lang == "nl":
        more[0] = "Zij woont in Utrecht en staat bekend om lange verhalen over de mensen achter het nieuws."
    if lang == "en":
        more[0] = "As a reporter, she is dedicated to long reads about the people behind the news in her region."
    page = "\n\n".join([title, byline] + before + [box, bio] + more + WIDGET[lang]) + "\n"
    article = normalise_text(page, model=False)
    assert all(p in article.paragraphs for p in before), article.paragraphs
    assert bio not in article.text and not any(m in article.text for m in more), article.paragraphs
