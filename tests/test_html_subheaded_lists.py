"""A story's own list under a subheading on an HTML page whose paragraphs stand loose (no <article>): kept.

trafilatura gathers a loose page's paragraphs and leaves its <h3> + <ul> blocks out; the HTML path put a list back
only under a paragraph ending in a colon, so "What's in the bill" and its items (or a podcast's "In this episode"
and its chapter times under the show notes) went to `removed`, the chapter list with a warning that said so. A
subheading right under an extracted paragraph, with a list of text items right under it, now comes back with its
list (html._announced_lists / _headed_list), kept where the line above it is kept (html._headed_back): under the
story's last paragraph too. Not put back: a table of contents of in-page anchors at the top (links, under no
paragraph), a "Most read" / "Lees ook" / "الأكثر قراءة" box (a phrase-list heading), a teaser list under the notes'
credits (the line above it is dropped). Hand-written pages in English, Dutch and Arabic.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html

PAGES = {
    "en": dict(
        title="Parliament to vote on renters' bill next week",
        story=["MPs will vote next Tuesday on a bill that would end no-fault evictions in England and cap how often "
               "landlords can raise rents, the government said on Monday.",
               "The bill has been delayed twice since it was first announced last year, and ministers say they now "
               "have enough support on their own benches to pass it without amendments.",
               "Landlord groups say the changes will push smaller owners out of the market, while tenant campaigners "
               "argue they do not go far enough."],
        heading="What's in the bill",
        items=["No-fault evictions would be abolished for all new and existing tenancies.",
               "Rents could be raised only once a year, with two months' notice.",
               "Landlords would have to join a national register before they can let a property."],
        after=["The housing secretary told the Commons that the bill would give eleven million renters security they "
               "have never had.",
               "If the bill passes, the new rules would come into force next summer."],
        toc="In this guide", box="Most read",
        teasers=["Storm warning issued for the whole coast this weekend", "Rail fares to rise by five per cent in March"],
    ),
    "nl": dict(
        title="Kamer stemt volgende week over huurwet",
        story=["De Tweede Kamer stemt volgende week dinsdag over een wet die tijdelijke huurcontracten afschaft en "
               "huurverhogingen aan banden legt, maakte het kabinet maandag bekend.",
               "De wet is sinds de aankondiging vorig jaar twee keer uitgesteld. Volgens de minister is er nu genoeg "
               "steun om hem zonder wijzigingen aan te nemen.",
               "Verhuurders zeggen dat kleine eigenaren de markt verlaten, huurdersorganisaties vinden dat de wet "
               "niet ver genoeg gaat."],
        heading="Wat er verandert",
        items=["Tijdelijke huurcontracten worden afgeschaft voor nieuwe huurders.",
               "De huur mag nog maar één keer per jaar omhoog, met twee maanden vooraankondiging.",
               "Verhuurders moeten zich inschrijven in een landelijk register."],
        after=["De minister zei in de Kamer dat de wet huurders meer zekerheid geeft dan ze ooit hebben gehad.",
               "Als de wet wordt aangenomen, gaan de nieuwe regels volgende zomer in."],
        toc="In dit artikel", box="Lees ook",
        teasers=["Stormwaarschuwing voor de hele kust dit weekend", "Treinkaartjes worden in maart vijf procent duurder"],
    ),
    "ar": dict(
        title="البرلمان يصوت على قانون الإيجارات الأسبوع المقبل",
        story=["يصوت مجلس النواب الثلاثاء المقبل على مشروع قانون يلغي الإخلاء دون سبب ويحدد عدد مرات رفع الإيجار، "
               "بحسب ما أعلنت الحكومة اليوم الاثنين.",
               "وتأجل مشروع القانون مرتين منذ الإعلان عنه العام الماضي، ويقول الوزراء إن لديهم الآن ما يكفي من "
               "الدعم لإقراره دون تعديلات.",
               "وتقول جمعيات الملاك إن التغييرات ستدفع صغار المالكين إلى الخروج من السوق، فيما يرى المستأجرون أنها "
               "لا تذهب بعيداً بما يكفي."],
        heading="أبرز بنود القانون",
        items=["إلغاء الإخلاء دون سبب لجميع عقود الإيجار الجديدة والقائمة.",
               "لا يجوز رفع الإيجار إلا مرة واحدة في السنة مع إشعار مسبق بشهرين.",
               "يلزم الملاك بالتسجيل في سجل وطني قبل تأجير أي عقار."],
        after=["وقال وزير الإسكان أمام المجلس إن القانون سيمنح المستأجرين أماناً لم يعرفوه من قبل.",
               "وفي حال إقراره، تدخل القواعد الجديدة حيز التنفيذ الصيف المقبل."],
        toc="في هذا التقرير", box="الأكثر قراءة",
        teasers=["تحذير من عاصفة على الساحل نهاية الأسبوع", "ارتفاع أسعار تذاكر القطارات في مارس"],
    ),
}


def _html(case: dict, body: str, lang: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{case["title"]}</title></head>'
            f'<body><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div>'
            f'<div class="wrap"><h1>{case["title"]}</h1>{body}</div>'
            f'<div class="footer">© 2026 Example Media</div></body></html>')


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _list(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{t}</li>" for t in items) + f"</{tag}>"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_subheaded_list_inside_a_loose_story_is_kept(lang):
    case = PAGES[lang]
    body = _ps(case["story"]) + f'<h3>{case["heading"]}</h3>' + _list(case["items"]) + _ps(case["after"])
    art = normalise_html(_html(case, body, lang))
    assert case["heading"] in art.paragraphs
    for item in case["items"]:
        assert f"- {item}" in art.paragraphs, art.paragraphs
    assert case["after"][-1] in art.paragraphs
    # in page order: the subheading under the story's third paragraph, the items under it
    at = art.paragraphs.index(case["heading"])
    assert art.paragraphs[at - 1] == case["story"][-1] and art.paragraphs[at + 1] == f"- {case['items'][0]}"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_subheaded_list_under_the_story_last_paragraph_is_kept(lang):
    case = PAGES[lang]
    body = _ps(case["story"]) + f'<h3>{case["heading"]}</h3>' + _list(case["items"], "ol")
    art = normalise_html(_html(case, body, lang))
    assert case["heading"] in art.paragraphs, art.paragraphs
    for k, item in enumerate(case["items"], 1):
        assert f"{k}. {item}" in art.paragraphs, art.paragraphs


CHAPTERS = ["00:00 Intro", "03:10 What the bill changes", "12:45 What landlords say", "24:30 Listener questions"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_podcast_chapter_list_under_the_notes_is_kept_and_not_warned(lang):
    case = PAGES[lang]
    body = _ps(case["story"]) + "<h3>In this episode</h3>" + _list(CHAPTERS)
    art = normalise_html(_html(case, body, lang))
    for item in CHAPTERS:
        assert f"- {item}" in art.paragraphs, art.paragraphs
    assert not any("chapter" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_table_of_contents_of_anchors_at_the_top_is_not_put_in(lang):
    case = PAGES[lang]
    toc = "<ul>" + "".join(f'<li><a href="#s{k}">{t}</a></li>' for k, t in enumerate(case["items"])) + "</ul>"
    body = f'<h3>{case["toc"]}</h3>' + toc + _ps(case["story"]) + _ps(case["after"])
    art = normalise_html(_html(case, body, lang))
    assert art.paragraphs[0] == case["story"][0]
    assert not any(case["items"][0] in p for p in art.paragraphs), art.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_related_box_with_a_phrase_heading_is_not_put_in(lang):
    case = PAGES[lang]
    body = _ps(case["story"] + case["after"]) + f'<h3>{case["box"]}</h3>' + _list(case["teasers"])
    art = normalise_html(_html(case, body, lang))
    assert not any(t in art.text for t in case["teasers"]), art.paragraphs
    assert case["after"][-1] in art.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_teaser_list_under_dropped_credits_stays_out(lang):
    """Under show notes' credits (dropped by the phrase lists), a list of episode teasers that read as sentences is
    no part of the notes: the line above its heading is not kept, so the block stays out whole."""
    case = PAGES[lang]
    teasers = ["Episode 141: Is it time to fix your mortgage this winter?",
               "Episode 140: What does buy now pay later really cost you?"]
    body = (_ps(case["story"]) + "<p>Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.</p>"
            + "<h3>Earlier episodes</h3>" + _list(teasers))
    art = normalise_html(_html(case, body, lang))
    assert case["story"][-1] in art.paragraphs
    assert not any(t in art.text for t in teasers), art.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_list_inside_an_article_element_is_kept_once(lang):
    case = PAGES[lang]
    body = ("<article>" + _ps(case["story"]) + f'<h3>{case["heading"]}</h3>' + _list(case["items"])
            + _ps(case["after"]) + "</article>")
    art = normalise_html(_html(case, body, lang))
    for item in case["items"]:
        assert sum(item in p for p in art.paragraphs) == 1, art.paragraphs
