"""A public-service story's "Find your nearest polling station" is its subheading, not an ad's call (review 33A #3).

fix33b removed a paid piece's calls to action ("Book your summer break now", "Find your nearest SkyLink airport") as
advert phrases anywhere on a page. An election explainer's subheadings ("Find your nearest polling station", "Claim
your postal vote today") and a health story's "Book your flu jab now" went with them. The calls are now a group of no
category (`sponsored_call`) that only a page sponsored.py already judges sponsored asks for; the sponsored page's own
test (test_normalise_fix33b_sponsored_calls.py) keeps them removed there.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group

PAGES = {
    "en": ("How to vote in Thursday's council elections",
           ["Voters across the county go to the polls on Thursday to elect 60 councillors for the new unitary "
            "authority, which replaced the district councils in April.",
            "Find your nearest polling station",
            "Polling stations are open from 7am to 10pm, and the address of yours is printed on the poll card that "
            "arrived in the post last month.",
            "Claim your postal vote today",
            "Voters who cannot get to a polling station on the day can still apply for a postal vote until 5pm on "
            "Friday, the county's electoral office said."]),
    "nl": ("Zo stem je woensdag bij de gemeenteraadsverkiezingen",
           ["Inwoners van de gemeente kiezen woensdag een nieuwe gemeenteraad, de eerste sinds de fusie van de drie "
            "dorpen vorig jaar.",
            "Vind je dichtstbijzijnde stembureau",
            "De stembureaus zijn open van half acht 's ochtends tot negen uur 's avonds; op je stempas staat welk "
            "bureau het dichtst bij je huis ligt.",
            "Vraag je volmacht vandaag aan",
            "Wie woensdag niet zelf kan stemmen, kan tot maandag een volmacht geven aan een andere kiezer, meldt de "
            "gemeente."]),
    "ar": ("عيادات البلدية تبدأ حملة التطعيم ضد الإنفلونزا",
           ["أعلنت البلدية بدء حملة التطعيم السنوية ضد الإنفلونزا في العيادات الحكومية الخمس في المدينة اعتباراً من "
            "يوم الأحد.",
            "احجز موعدك الآن",
            "ويمكن للمواطنين حجز موعد عبر الرقم الموحد أو في أي عيادة، وتعطى الأولوية لكبار السن والحوامل والمصابين "
            "بأمراض مزمنة.",
            "وقالت مديرة الصحة في البلدية إن الحملة تهدف إلى تطعيم أربعين ألف شخص قبل نهاية الشهر."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_service_storys_subheadings_stay(lang):
    title, body = PAGES[lang]
    article = normalise_text("\n".join([title] + body) + "\n")
    assert body[1] in article.paragraphs
    assert body[0] in article.text and body[-1] in article.text


@pytest.mark.parametrize("line", ["Find your nearest polling station", "Claim your postal vote today",
                                  "Book your flu jab now", "Claim your £150 energy rebate today",
                                  "Vind je dichtstbijzijnde stembureau", "احجز موعدك الآن"])
def test_a_call_is_no_advert_phrase_by_itself(line):
    # not the advert category anywhere on a page; the group that only a sponsored page asks for
    words = len(line.split())
    assert not in_group(line, words, "advert")
    assert in_group(line, words, "sponsored_call")


@pytest.mark.parametrize("line", ["Buy online now -", "Order now", "Order a reprint of this article now"])
def test_an_ads_bare_button_is_still_removed_anywhere(line):
    # a selling verb with no object, or a site's reprint button: no story's subheading (the dump of the eval pages)
    from newsbrief.normalise.phrases import categories_of
    assert set(categories_of(line, len(line.split()))) & {"advert", "share"}
