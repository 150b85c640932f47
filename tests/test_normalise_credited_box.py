"""An author box under a post whose author the page credits only in its post head (branch drag33b), in en/nl/ar.

A blog's post head credits its author in a date line ("November 13, 2012 by Heather", "Posted by Matt Demers in Game
Reviews"), not in a labelled byline of its own, and the page's byline decision may be something else (a tagline, a
category). Under the post the author box prints the name alone ("Heather", "MATT DEMERS") and a bio that opens with
it ("Heather is a mother of two …"); the author-bio rule knew only the labelled bylines' people, so the box's bio
stayed as the story's last paragraph (dragnet: eight pages of two blog platforms, 0.02-0.07 F1 each). Now a name the
page credits after "by" / "door" / "بقلم" anywhere in a short line makes such a box the author's: the name's line
above a bio that opens with the same name and a bio verb. Guards: a story's last paragraph about a person under a
subheading with that person's name stays when the page credits someone else (a profile's subject).

The user-level cases fail on the code before (the bio was kept); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

CASES = {
    "en": dict(
        chrome=["Home", "Crafts", "Recipes", "Giveaways"],
        headline="How to make a balloon out of ribbon",
        head="November 13, 2012 by Heather",
        story=["Last month I visited a restaurant whose lamp shades looked like giant spheres made of white yarn, and "
               "I wanted to make one for a party at home.",
               "You need a round balloon, a roll of satin ribbon, a bowl of white glue and a lot of patience, because "
               "the ribbon has to dry for two days.",
               "Wrap the ribbon around the balloon in every direction, dipping it in the glue as you go, and leave "
               "small gaps so that the light can get through.",
               "When the glue is dry, pop the balloon and pull it out through one of the gaps; the ribbon keeps its "
               "round shape."],
        box="Heather",
        bio="Heather is a Canadian mother of two girls. She has a degree in the arts and loves photography, and she "
            "is always looking for ways to make fun memories with her family.",
        links="More Posts - Website"),
    "nl": dict(
        chrome=["Home", "Knutselen", "Recepten", "Winacties"],
        headline="Zo maak je een ballon van lint",
        head="13 november 2012 door Sanne",
        story=["Vorige maand zat ik in een restaurant met lampen die leken op grote bollen van wit garen, en ik wilde "
               "er zelf een maken voor een feestje thuis.",
               "Je hebt een ronde ballon nodig, een rol satijnlint, een kom witte lijm en veel geduld, want het lint "
               "moet twee dagen drogen.",
               "Wikkel het lint in alle richtingen om de ballon en haal het steeds door de lijm, met kleine gaten "
               "ertussen zodat het licht erdoor kan.",
               "Als de lijm droog is, prik je de ballon door en trek je hem door een van de gaten naar buiten; het "
               "lint houdt zijn ronde vorm."],
        box="Sanne",
        bio="Sanne woont met haar man en twee dochters in Zwolle. Ze houdt van fotograferen en zoekt altijd naar "
            "manieren om leuke herinneringen te maken met haar gezin.",
        links="Meer berichten - Website"),
    "ar": dict(
        chrome=["الرئيسية", "أشغال يدوية", "وصفات", "مسابقات"],
        headline="كيف تصنع بالونا من الشريط",
        head="نشر في ١٣ نوفمبر ٢٠١٢ بواسطة ليلى",
        story=["زرت الشهر الماضي مطعما فيه مصابيح تشبه كرات كبيرة من الخيط الأبيض وأردت أن أصنع واحدة لحفلة في "
               "البيت.",
               "تحتاج إلى بالون مستدير ولفة من شريط الساتان ووعاء من الغراء الأبيض وصبر كثير لأن الشريط يجف في "
               "يومين.",
               "لف الشريط حول البالون في كل الاتجاهات واغمسه في الغراء كلما لففت واترك فجوات صغيرة ليمر منها الضوء.",
               "عندما يجف الغراء افقأ البالون واسحبه من إحدى الفجوات فيبقى الشريط على شكله المستدير."],
        box="ليلى",
        bio="ليلى تكتب عن الأشغال اليدوية منذ سنوات وتعيش في عمان مع زوجها وطفلتيها وتحب التصوير والحفلات "
            "الصغيرة.",
        links="المزيد من المقالات - الموقع"),
}
FOOTER = ["Share", "Tweet", "Email", "Print", "Privacy", "Contact"]


def _page(case: dict, story: list[str], box: str, bio: str, head: str | None = None) -> str:
    return "\n".join(case["chrome"] + [case["headline"], head or case["head"]] + story + [box, bio, case["links"]]
                     + FOOTER)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("model", [False, None], ids=["rules", "model"])
def test_an_author_box_of_the_name_the_post_head_credits_is_not_the_story(lang, model):
    # before: the author-bio rule knew only the people of labelled bylines, and the bio stayed as the last paragraph
    case = CASES[lang]
    article = normalise_text(_page(case, case["story"], case["box"], case["bio"]), model=model)
    assert all(paragraph in article.text for paragraph in case["story"]), article.text
    assert case["bio"] not in article.text, article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_profiles_subject_under_their_name_stays(lang):
    # guard (passes before and after): the page credits its reporter, and the story ends on its subject's portrait
    # under the subject's name: that person is no author, the paragraph is the story's own
    case = CASES[lang]
    box, bio = {"en": ("Margaret", "Margaret is a retired nurse who taught the children of the street to make the "
                                   "balloons for their own parties every winter."),
                "nl": ("Margreet", "Margreet is een gepensioneerde verpleegster die de kinderen uit de straat elke "
                                   "winter leerde ballonnen te maken voor hun eigen feestjes."),
                "ar": ("مارغريت", "مارغريت ممرضة متقاعدة علمت أطفال الشارع صنع البالونات لحفلاتهم كل شتاء.")}[lang]
    article = normalise_text(_page(case, case["story"], box, bio), model=False)
    assert all(paragraph in article.text for paragraph in case["story"])
    assert bio in article.text, article.text


def test_a_post_heads_full_name_with_its_category_credits_the_box_under_the_post():
    # dragnet's Android blog shape: "Posted by <name> in <category>, …" over the post, the box's header in capitals
    # and a follow link under the bio; the name the post head credits runs on into the category
    case = CASES["en"]
    bio = ("Matt Demers is a Toronto writer who deals mostly with phones, comics and other nerdy pursuits, and he "
           "reviews a game or two every week.")
    page = "\n".join(case["chrome"] + [case["headline"], "Posted by Matt Demers in Game Reviews, Games, Reviews"]
                     + case["story"] + ["MATT DEMERS", bio, "Follow @MattDemers"] + FOOTER)
    article = normalise_text(page, model=False)
    assert all(paragraph in article.text for paragraph in case["story"]), article.text
    assert bio not in article.text, article.text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guard_a_determiner_after_by_credits_no_one(lang):
    # guard (the dump of the first version: a cleaneval page): "Published by the Association" credits no person, and
    # the page's closing section about the association under its heading stays (it is the page's own text)
    case = CASES[lang]
    head, box, bio = {
        "en": ("Published by the Association, 1938", "The Association",
               "The Association is a voluntary organisation for adult education, founded in 1920, with seven "
               "colleges and twenty branches."),
        "nl": ("Uitgegeven door de Vereniging, 1938", "De Vereniging",
               "De Vereniging is een vrijwillige organisatie voor volwassenenonderwijs, opgericht in 1920, met zeven "
               "scholen en twintig afdelingen.")}[lang]
    article = normalise_text(_page(case, case["story"], box, bio, head=head), model=False)
    assert all(paragraph in article.text for paragraph in case["story"])
    assert bio in article.text, article.text


#: the byline's person, and the story's last paragraph a bio that names them by the first name only (dragnet's
#: science-magazine shape: "By Adam Hart" over the story, "Adam is a science reporter …" under it), or by the whole
#: name where the byline gives only the first (a craft blog's "By Marie" over "Marie LeBaron is the founder of …")
FIRST_NAME_BIOS = {
    "en": ("By Adam Hart", "Adam is a science reporter and freelance journalist. He lives in Oakland near a lake and "
                           "enjoys space, physics and things that go fast."),
    "en-whole": ("By Marie", "Marie LeBaron is the founder and editor of a craft site for families, and she has "
                             "written two books of projects for rainy days."),
    "nl": ("Door Sanne de Vries", "Sanne werkt als wetenschapsjournalist in Utrecht en schrijft over ruimtevaart, "
                                  "natuurkunde en alles wat snel gaat."),
    "ar": ("بقلم ليلى الخطيب", "ليلى تكتب عن العلوم والفضاء منذ سنوات وتعيش في عمان مع أسرتها وتحب كل ما يتحرك "
                               "بسرعة."),
}


@pytest.mark.parametrize("key", list(FIRST_NAME_BIOS))
def test_a_bio_by_the_bylines_first_name_under_the_story_is_not_the_story(key):
    # before: the tail rule asked for the byline's whole name at the bio's start, and "Adam is a science reporter …"
    # under "By Adam Hart" stayed as the story's last paragraph
    case = CASES[key.split("-")[0]]
    byline, bio = FIRST_NAME_BIOS[key]
    page = "\n".join(case["chrome"] + [case["headline"], byline] + case["story"] + [bio] + FOOTER)
    article = normalise_text(page, model=False)
    assert all(paragraph in article.text for paragraph in case["story"]), article.text
    assert bio not in article.text, article.text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guard_a_closing_paragraph_about_the_authors_namesake_without_a_bio_verb_stays(lang):
    # guard (passes before and after): the last paragraph opens with the author's first name but says what they did
    # in the story, not who they are
    case = CASES[lang]
    byline, closing = {"en": ("By Adam Hart", "Adam said the balloons would be back next winter, bigger than ever."),
                       "nl": ("Door Sanne de Vries", "Sanne zei dat de ballonnen volgende winter terugkomen, groter "
                                                     "dan ooit.")}[lang]
    page = "\n".join(case["chrome"] + [case["headline"], byline] + case["story"] + [closing] + FOOTER)
    article = normalise_text(page, model=False)
    assert all(paragraph in article.text for paragraph in case["story"] + [closing])
