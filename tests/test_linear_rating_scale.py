"""A fact check's rating-scale legend pattern ("Our rating scale: True | Mostly true | … | False") on a menu bar that
opens with a rating word and does not end as a legend does: the pattern tried every split of each item's spaces (4^n
ways for n items: a 14-item "Ratings: Movies | TV Shows | … | More »" bar took 71 s, review 32b). Its items now start
and end on a word character, so the bars fix the split and the cost grows with the line."""

import pytest

from tests.scaling import assert_grows_linearly, run_phrase_patterns

ITEMS = {
    "en": ("Ratings: ", ["Movies", "TV Shows", "Games", "Music", "Books", "Comics", "Podcasts"], " | More »"),
    "nl": ("Beoordelingen: ", ["Films", "Series", "Spellen", "Muziek", "Boeken", "Strips", "Podcasts"], " | Meer »"),
    "ar": ("مقياس التقييم: ", ["أفلام", "مسلسلات", "ألعاب", "موسيقى", "كتب", "قصص مصورة", "بودكاست"], " | المزيد »"),
}


@pytest.mark.parametrize("language", sorted(ITEMS))
def test_a_rating_word_menu_bar_costs_time_linear_in_its_items(language):
    head, items, tail = ITEMS[language]

    def make(n: int) -> str:
        return head + " | ".join((items * (n // len(items) + 1))[:n]) + tail

    assert_grows_linearly(run_phrase_patterns, make, 4, 16)
