"""Another page's cut teaser inside or above the story: a paragraph that ends cut off ("…", "...") with a bare "Read
more" link under it (classify._drop_cut_teasers). Dragnet's magazine pages print the author's bio cut for a sidebar
under the byline ("Tim Manley is the narrator of the tumblr … He also ..." / "Read more »"), and the rules kept it as
the story's standfirst or first paragraph; on every page of the corpora with this shape (45 dragnet lines, aeb, l3s,
readability and cleaneval ones) the gold drops the paragraph. Every page here is written for the tests; each case fails
on the code before the fix unless it says it is a guard:

* a headline, a date, a byline, the author's cut bio with "Read more »" / "Lees verder" / "اقرأ المزيد" under it, then
  the story (en, nl, ar), with the rules alone and with the model;
* guards: a story paragraph that ends in an ellipsis with no link under it stays, and a paragraph with a "Read more"
  link under it that is not cut off stays (en, nl, ar).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("Fairy Tales For Grown-Ups: The Princess Who Stopped Waiting", "Nov. 6, 2012", "By", "Tim Manley",
           "The one thing Tim Manley likes more than fairy tales is retelling them for people who should know "
           "better, on a small blog you can follow online. He also ...", "Read more »",
           ["The princess had waited in the tower for eleven years when she finally decided that nobody was coming to "
            "get her down.",
            "She cut her hair, tied it to the window frame and climbed down on her own, which took most of an "
            "afternoon and all of her patience.",
            "At the bottom she found the prince asleep under a tree, and she left him there, because he looked "
            "comfortable and she had somewhere to be."]),
    "nl": ("Sprookjes voor volwassenen: de prinses die niet meer wachtte", "6 nov. 2012", "Door", "Tim Manders",
           "Tim Manders vertelt op een kleine blog sprookjes voor volwassenen, die je online kunt volgen. Daarnaast "
           "schrijft hij ...", "Lees verder",
           ["De prinses had elf jaar in de toren gewacht toen ze besloot dat niemand haar zou komen halen.",
            "Ze knipte haar haar af, bond het aan het raamkozijn en klom zelf naar beneden, wat bijna een hele middag "
            "en al haar geduld kostte.",
            "Beneden vond ze de prins slapend onder een boom, en ze liet hem liggen, want hij lag er comfortabel bij en "
            "zij had nog iets te doen."]),
    "ar": ("حكايات للكبار: الأميرة التي توقفت عن الانتظار", "6 نوفمبر 2012", "بقلم", "سامي يوسف",
           "سامي يوسف يروي في مدونة صغيرة حكايات خرافية للكبار يمكنك متابعتها على الإنترنت. وهو أيضا ...",
           "اقرأ المزيد",
           ["كانت الأميرة قد انتظرت في البرج أحد عشر عاما حين قررت أخيرا أن أحدا لن يأتي لإنزالها.",
            "قصت شعرها وربطته بإطار النافذة ونزلت بنفسها، وقد استغرق ذلك معظم فترة ما بعد الظهر وكل صبرها.",
            "وفي الأسفل وجدت الأمير نائما تحت شجرة فتركته هناك، لأنه بدا مرتاحا وكان لديها مكان تذهب إليه."]),
}


def _page(lang: str, teaser: str | None = None, link: str | None = None) -> tuple[str, str, list[str]]:
    headline, date, label, author, bio, read_more, story = PAGES[lang]
    bio = teaser if teaser is not None else bio
    link = link if link is not None else read_more
    # the column's signature under the link, as the magazine prints it over the story ("Tim Manley")
    lines = ["Home", "About", headline, date, label, author, bio, link, author] + story + ["Share", "Tweet"]
    return "\n".join(lines) + "\n", bio, story


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("model", [False, None])
def test_an_authors_cut_bio_with_read_more_under_it_is_not_the_story(lang, model):
    page, bio, story = _page(lang)
    article = normalise_text(page, model=model)
    assert bio not in article.text
    assert all(p in article.text for p in story)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_a_story_paragraph_ending_in_an_ellipsis_stays(lang):
    # no "Read more" under it: a writer's trailing off ("and then ...") is the story's
    headline, date, label, author, _, _, story = PAGES[lang]
    trailing = story[:1] + [story[1][:-1] + " ..."] + story[2:]
    page = "\n".join(["Home", headline, date, label, author] + trailing + ["Share", "Tweet"]) + "\n"
    article = normalise_text(page, model=False)
    assert all(p in article.text for p in trailing)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_a_whole_paragraph_over_a_read_more_link_stays(lang):
    headline, date, label, author, _, read_more, story = PAGES[lang]
    page = "\n".join(["Home", headline, date, label, author] + story + [read_more, "Share"]) + "\n"
    article = normalise_text(page, model=False)
    assert all(p in article.text for p in story)
