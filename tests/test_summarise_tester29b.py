"""tester29b's takeaway findings D1 and F1 (stop 29): a coordinated verb phrase is no clause of its own, and the
unnamed "I" of a first-person post is passed over in its opening sentence too. Every article here is written for the
tests (the summariser reads English sentences: a Dutch or Arabic article's are its translation; the first-person
forms have their nl/ar equivalents for text summarised under a forced language)."""

from __future__ import annotations

import pytest

from summarise.context import bare_anaphors, first_person_singular
from summarise.splitting import is_full_clause, split_clauses
from tests.summary_docs import doc_of, takeaways

# --- D1: ", and drops plans to …" shares the sentence's subject ------------------------------------------------------

COORDINATED = [
    "The deal gives nurses a 6 per cent pay rise this year and a further 3 per cent in 2028, and drops plans to close "
    "two maternity wards.",
    "The budget gives schools an extra 200 million euros next year, and scraps plans to merge 14 village schools.",
    "The new contract raises the hourly rate for cleaners to 14 euros, and ends claims for unpaid overtime.",
]


@pytest.mark.parametrize("sentence", COORDINATED)
def test_a_coordinated_verb_phrase_is_not_split_off_without_its_subject(sentence):
    parts = split_clauses(sentence)
    assert not any(p.split()[0].lower() in ("drops", "scraps", "ends") for p in parts), parts


def test_a_coordinated_verb_phrase_is_no_bullet_of_its_own():
    doc = doc_of([["The rail union has called off next week's strike after overnight talks with the train operators."],
                  [COORDINATED[0].replace("nurses", "drivers").replace("maternity wards", "ticket offices")],
                  ["The union said its members would vote on the offer within three weeks."],
                  ["Services on Tuesday are expected to run normally across the whole network."]],
                 "Rail strike called off")
    got = takeaways(doc)
    assert not any(t.startswith(("Drops", "Scraps")) for t in got), got


@pytest.mark.parametrize("sentence, parts", [
    ("The council approved the budget for next year on Tuesday, and residents said they were pleased with the result.",
     2),
    ("The minister announced new funding for rural schools, and Jones says the money will not be enough.", 2),
    ("The plan gives farmers 20 million euros over three years, and officials expect the first payments in May.", 2),
])
def test_guard_two_real_clauses_still_split(sentence, parts):
    assert len(split_clauses(sentence)) == parts


@pytest.mark.parametrize("clause", ["police said the man was armed", "prices rose by 12 per cent",
                                    "voters say the plan is too expensive", "Jones says the money is not enough"])
def test_guard_a_plural_or_named_subject_is_still_a_clause(clause):
    assert is_full_clause(clause)


# --- F1: "three neighbours and I …" ----------------------------------------------------------------------------------

FIRST_PERSON = {
    "en": ["Last August, three neighbours and I put a second-hand fridge outside the laundrette on Mill Lane.",
           "My husband and I opened the repair cafe in the old chapel in 2019."],
    "nl": ["Afgelopen zomer zetten drie buren en ik een tweedehands koelkast bij de wasserette.",
           "Mijn man en ik openden het repaircafé in 2019 in de oude kapel."],
    "ar": ["قمت أنا وثلاثة من جيراني بوضع ثلاجة مستعملة أمام المغسلة في الصيف الماضي."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_compound_subject_with_i_leans_on_the_writer(lang):
    for sentence in FIRST_PERSON[lang]:
        assert first_person_singular(sentence), sentence
        assert bare_anaphors([sentence, "The fridge is cleaned every day."]) == {0}, sentence


def test_a_first_person_opening_is_no_takeaway():
    doc = doc_of([[FIRST_PERSON["en"][0]],
                  ["In twelve months the fridge handled an estimated 9,000 kilograms of food, most of it donated by "
                   "two supermarkets and a bakery."],
                  ["The council's environmental health team visited twice and gave the volunteers a simple "
                   "checklist."],
                  ["The most regular users were pensioners and parents with young children, many of whom were in "
                   "work."]],
                 "What a year of running a community fridge taught us")
    got = takeaways(doc)
    assert got and not any("neighbours and I" in t for t in got), got


@pytest.mark.parametrize("sentence", [
    "The council and its partners will open a food bank in March.",
    "Police said the man and his brother were arrested on Tuesday.",
    "Officials from France and Italy met in Rome on Monday.",
    "De gemeente en haar partners openen in maart een voedselbank.",
])
def test_guard_a_compound_subject_without_i_is_no_first_person(sentence):
    assert not first_person_singular(sentence)
    assert bare_anaphors([sentence, "The plan was approved."]) == set()
