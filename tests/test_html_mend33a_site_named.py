"""Review 33a #14: a columnist named in the page's <title> between the headline and the site ("The budget forgot
young renters again | Marina Holt | The Daily Courier") is the author, not the site's name: only the title's last
part (or the extractor's site name) names the site. Hand-written pages."""

from __future__ import annotations

import pytest

from newsbrief.normalise.pageauthor import site_named


def _head(title: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><p>x</p></body></html>"


@pytest.mark.parametrize("title, author", [
    ("The budget forgot young renters again | Marina Holt | The Daily Courier", "Marina Holt"),
    ("Waarom de woningmarkt muurvast zit - Sanne Bakker - Dagblad Noord", "Sanne Bakker"),
    ("لماذا تتأخر مشاريع الإسكان؟ - سلمى الحداد - جريدة الوادي", "سلمى الحداد"),
])
def test_a_columnist_in_the_title_is_no_site(title, author):
    assert site_named(author, _head(title)) is False


@pytest.mark.parametrize("title, site", [
    ("The budget forgot young renters again | Marina Holt | The Daily Courier", "The Daily Courier"),
    ("Gemeente schrapt nachtbus | Antwerpen | hln.be", "hln.be"),
    ("الحكومة تقرر رفع الدعم - هسبريس", "هسبريس"),
])
def test_the_titles_last_part_is_the_site(title, site):
    assert site_named(site, _head(title)) is True


def test_the_extractors_site_name_still_counts():
    assert site_named("Valley Courier", _head("Floods close the bridge"), sitename="Valley Courier") is True
