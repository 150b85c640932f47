"""The numbers check: digits in the source that the English lost are reported."""

from __future__ import annotations

from translate.numbers import missing_numbers, numbers_in


def test_eastern_arabic_and_persian_digits_are_normalised():
    assert numbers_in("في عام ٢٠٢٤ و ۱۴۰۳") == ["2024", "1403"]


def test_separators_do_not_matter_between_languages():
    assert missing_numbers("Het kost 1.500 euro en groeit 3,5 procent.", "It costs 1,500 euros and grows 3.5 percent.") == []
    assert missing_numbers("قتل ١٬٥٠٠ شخص في عام ٢٠٢٤", "1,500 people were killed in 2024") == []


def test_missing_year_is_reported_as_written():
    assert missing_numbers("في عام ٢٠٢٤ ارتفع العدد.", "The number rose.") == ["٢٠٢٤"]
    assert missing_numbers("Op 3 jan. 2024 begon het.", "It started on January 3.") == ["2024"]


def test_small_numbers_spelled_out_in_english_count():
    assert missing_numbers("Er waren 2 verdachten.", "There were two suspects.") == []


def test_no_numbers_no_warnings():
    assert missing_numbers("Geen getallen hier.", "") == []
