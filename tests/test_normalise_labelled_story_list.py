"""A "Label: value" list between the story's paragraphs is the story's own (stop 35, probeA finding 1).

A police appeal's description ("Signalement" / "Lengte: ongeveer 1.80 meter" / "Leeftijd: …" / "Kleding: …"), a fact
box ("Wie: …" / "Wat: …" / "Waar: …"), a missing-person notice's "الطول: …" / "العمر: …" are short lines in a row
between two paragraphs, which the classifier read as a menu run and dropped. A run of at least three labelled items
with different labels is none: a menu's items carry no colon and value. A site's contact block ("Telefoon: …" /
"E-mail: …") and a "Tags:" line are the page's furniture and stay out of it. Every page here was written for these
tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.classify import rule_classify
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import join_hard_wraps, split_lines
from newsbrief.normalise.lists import DESCRIPTION_REASON

MENU = ["Home", "Nieuws", "Sport", "Contact"]

APPEAL = {
    "nl": dict(
        title="Politie zoekt man na overval op bezorger in Tilburg-Noord",
        lead="Op dinsdagavond 1 december 2026 rond 21.40 uur werd een maaltijdbezorger aan de Ringbaan-West in "
             "Tilburg door een man met een mes bedreigd. De man nam de telefoon en het geld van de bezorger mee.",
        more="De verdachte fietste daarna weg in de richting van het Wilhelminapark. Een buurtbewoner zag hem een "
             "donkere fiets tegen een hek zetten en te voet verder gaan.",
        head=["Signalement", "Man"],
        items=["Lengte: ongeveer 1.80 meter", "Leeftijd: rond de 25 jaar", "Postuur: fors",
               "Kleding: zwarte jas met bontkraag, blauwe spijkerbroek", "Bijzonderheden: sprak met een Brabants accent"],
        closing="Heeft u de man gezien of weet u meer over deze overval? Neem dan contact op met de politie via "
                "0900-8844 of meld het anoniem bij Meld Misdaad Anoniem.",
        footer=["Deel deze pagina", "Facebook", "WhatsApp", "Telefoon: 0900-8844", "E-mail: info@politie-voorbeeld.nl",
                "Adres: Stationsstraat 12, Tilburg", "Tags: overval, Tilburg, bezorger", "© Politie Voorbeeld"],
    ),
    "en": dict(
        title="Police appeal for help to find man after mugging in Leeds",
        lead="A 68-year-old woman was pushed to the ground and robbed of her handbag on Kirkstall Road shortly "
             "after 9.30pm on Friday 4 December, West Yorkshire Police said on Sunday.",
        more="The man ran off towards the canal towpath. Officers have studied footage from a camera at a nearby "
             "shop and believe the man had followed the woman from the bus stop.",
        head=["Description"],
        items=["Height: about 6ft", "Build: slim", "Age: in his twenties",
               "Clothing: dark padded jacket with a hood, grey tracksuit bottoms"],
        closing="Anyone who recognises the man or saw what happened is asked to call the police on 101, quoting "
                "the crime reference number, or to contact Crimestoppers anonymously.",
        footer=["Share this page", "Facebook", "WhatsApp", "Telephone: 0113 555 0101", "Email: desk@leeds-example.co.uk",
                "Address: 1 Park Row, Leeds", "Tags: crime, Leeds, appeal", "Copyright 2026 Example Media"],
    ),
    "ar": dict(
        title="الشرطة تطلب المساعدة في العثور على طفل مفقود في إربد",
        lead="أعلنت مديرية الشرطة في إربد أن طفلا يبلغ من العمر اثني عشر عاما خرج من منزل عائلته في حي الحصن مساء "
             "الخميس ولم يعد حتى الآن، وأن فرق البحث تعمل منذ ذلك الوقت في المنطقة.",
        more="وقالت العائلة إن الطفل خرج لشراء الخبز من مخبز قريب، وإن صاحب المخبز أكد أنه لم يصل إليه. وتراجع "
             "الشرطة تسجيلات الكاميرات في الشارع الرئيسي.",
        head=["أوصاف الطفل"],
        items=["الطول: نحو 140 سنتيمترا", "العمر: 12 عاما", "الشعر: أسود قصير",
               "الملابس: قميص أزرق وبنطال رمادي وحذاء رياضي أبيض"],
        closing="ودعت المديرية كل من يملك معلومات عن الطفل إلى الاتصال بأقرب مركز للشرطة أو بغرفة العمليات على "
                "الرقم المجاني، مؤكدة أن هوية المتصل ستبقى سرية.",
        footer=["شارك", "فيسبوك", "واتساب", "الهاتف: 065000000", "البريد الإلكتروني: info@example-news.jo",
                "العنوان: شارع الجامعة، إربد", "الوسوم: إربد، مفقود", "جميع الحقوق محفوظة"],
    ),
}


def _page(p: dict, head: list[str], items: list[str]) -> str:
    return "\n".join(MENU + [p["title"], p["lead"], p["more"]] + head + items + [p["closing"]] + p["footer"])


def _reasons(text: str) -> dict:
    lines = join_hard_wraps(split_lines(text))
    decisions, _, _ = rule_classify(lines, line_features(lines))
    return {line.text: d.reason for line, d in zip(lines, decisions)}


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_description_list_between_the_story_paragraphs_is_kept(lang):
    # seen on a police appeal: the whole "Signalement" went as a menu run, and the summary had no description
    p = APPEAL[lang]
    text = normalise_text(_page(p, p["head"], p["items"])).text
    for line in p["head"] + p["items"]:
        assert line in text, line
    assert p["more"] in text and p["closing"] in text


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_the_site_contact_block_and_tags_under_the_story_still_go(lang):
    p = APPEAL[lang]
    text = normalise_text(_page(p, p["head"], p["items"])).text
    for line in p["footer"][3:]:
        assert line not in text, line


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_the_rules_keep_the_description_as_the_storys_list(lang):
    p = APPEAL[lang]
    reasons = _reasons(_page(p, p["head"], p["items"]))
    assert all(reasons[line] == DESCRIPTION_REASON for line in p["head"] + p["items"])


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_contact_block_between_paragraphs_is_no_story_list(lang):
    # a press office's contact details set between two paragraphs are no description of the story's
    p = APPEAL[lang]
    contact = p["footer"][3:6]
    reasons = _reasons(_page(p, [], contact))
    assert not any(reasons[line] == DESCRIPTION_REASON for line in contact)


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_repeated_labels_or_a_list_that_ends_the_body_are_no_description(lang):
    # three items with different labels between two paragraphs: "Foto: …" / "Foto: …" / "Foto: …" is a gallery's
    # credits, and labelled lines under the story's last paragraph are the page's (a contact block, a tag line)
    p = APPEAL[lang]
    label = p["items"][0].split(":")[0]
    repeated = [f"{label}: {item.split(':', 1)[1].strip()}" for item in p["items"][:3]]
    reasons = _reasons(_page(p, p["head"], repeated))
    assert not any(reasons[line] == DESCRIPTION_REASON for line in repeated)
    # a breadcrumb's links set apart with "::" are no labels
    crumbs = ["Home :: Nieuws :: Regio", "Politie :: Gezocht", "Zoeken :: Contact"]
    reasons = _reasons(_page(p, [], crumbs))
    assert not any(reasons[line] == DESCRIPTION_REASON for line in crumbs)
    ending = "\n".join(MENU + [p["title"], p["lead"], p["more"]] + p["head"] + p["items"] + p["footer"])
    reasons = _reasons(ending)
    assert not any(reasons[line] == DESCRIPTION_REASON for line in p["items"])
