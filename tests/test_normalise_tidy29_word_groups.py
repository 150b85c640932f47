"""The word lists moved from code into phrase groups (stop 29 tidy: claim_label, media_label, credit_word,
not_name_word): each language's words still do what the code's lists did. Guards: they pass before and after."""

from __future__ import annotations

import pytest

from newsbrief.normalise.features import Features, line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import headline_behind_label, is_name_like, without_media_label
from newsbrief.normalise.phrases import GROUPS


def _feats(text: str) -> Features:
    return line_features([Line(text)])[0]


def test_the_groups_have_no_category():
    for group in ("claim_label", "media_label", "credit_word", "not_name_word"):
        assert GROUPS[group] is None  # no line's phrase categories change


@pytest.mark.parametrize("title, bare", [
    ("VIDEO | Firefighters rescue family from flooded home", "Firefighters rescue family from flooded home"),
    ("In pictures: the storm hits the coast", "the storm hits the coast"),
    ("Kijk: brandweer redt gezin uit ondergelopen huis", "brandweer redt gezin uit ondergelopen huis"),
    ("Foto's | De storm raast over de kust", "De storm raast over de kust"),
    ("فيديو | رجال الإطفاء ينقذون عائلة من منزل غمرته المياه", "رجال الإطفاء ينقذون عائلة من منزل غمرته المياه"),
    ("بالصور: العاصفة تضرب الساحل الشمالي", "العاصفة تضرب الساحل الشمالي"),
])
def test_a_media_label_goes_in_each_language(title, bare):
    assert without_media_label(title) == bare


@pytest.mark.parametrize("text, label", [
    ("CLAIM: The city cut its recycling budget by half.", True),
    ("Our verdict: MISLEADING", True),
    ("Bewering: De gemeente halveerde het budget.", True),
    ("Oordeel: ONWAAR", True),
    ("الادعاء: البلدية خفضت ميزانية إعادة التدوير إلى النصف.", True),
    ("الحكم: مضلل", True),
    ("The council claimed: nothing changed.", False),
    ("Het oordeel van de rechter was hard.", False),
])
def test_a_claim_label_in_each_language(text, label):
    from newsbrief.normalise.classify import _claim_label
    assert _claim_label(text) is label


@pytest.mark.parametrize("text", [
    "By the editorial board of the Riverside Courier",
    "Door de vaste medewerkers van de krant en het archief",
])
def test_a_credit_word_keeps_a_byline_in_each_language(text):
    assert not headline_behind_label(text)


def test_a_sentence_behind_the_label_is_still_a_headline():
    assert headline_behind_label("Door storing geen treinen tussen Utrecht en Amsterdam")


@pytest.mark.parametrize("text, name", [
    ("Most Viewed Articles", False),
    ("Meest Gelezen Artikelen", False),
    ("Recent Posts", False),
    ("Long Zheng", True),
    ("Eva de Vries", True),
])
def test_a_list_heading_is_no_name(text, name):
    assert is_name_like(text, _feats(text)) is name
