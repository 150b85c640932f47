"""A sidebar's recent-comments widget ("Recent Comments" / "Nick on An important storage bug" / …, stop 33,
drag33c): each line is a reader's name and the title of another post, which the features read as prose. Ten of them
outweighed a post of one or two sentences, the body region was anchored on the widget, and the post went as "before
the article" while the widget was kept as the story. The widget's lines are now set apart like a box
(commentcredit.recent_comment_widgets). Hand-written pages in en/nl/ar (no eval data); guards: one "X on Y" line under
the heading is no widget, and a sentence under the heading is no widget's line. The warnings (losses.py) take the
widget's lines for neither a table removed from the article nor running text the post is a small part of.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.commentcredit import recent_comment_widgets, widget_item
from newsbrief.normalise.lines import split_lines

#: (blog name, menu, headline, date, the post, its footer, sidebar heading, categories, widget heading, the widget's
#: readers and the titles of the posts they commented on)
_PAGES = {
    "en": ("Storage Notes", ["Home", "Archives", "Subscribe"], "Bring your own servers to the lab on Friday",
           "September 26, 2026",
           "Our lab opens its doors on Friday for anyone who wants to plug their own servers into the new arrays and "
           "see how fast they really are.",
           "Posted at 11:01 AM | Permalink", "Categories",
           ["Backups", "Demonstrations", "Homebrew labs", "Networking", "Personal", "Tech stuff"], "Recent Comments",
           [("Nick", "An important storage driver bug and its workaround!"),
            ("Craig Owens", "Stretched clusters over two sites? Why not both?"),
            ("dcmartin", "Want to see the future of storage arrays for small offices?"),
            ("blog.example.org", "Want to see the future of storage arrays for small offices?"),
            ("Lee Dilworth", "Want to see the future of storage arrays for small offices?"),
            ("John Cousens", "The new file system plugin is available for download now."),
            ("Bindu", "Get your free virtual appliance for the test lab here!"),
            ("Red", "Webcast on Thursday, with the slides and the recording.")]),
    "nl": ("Opslagnotities", ["Home", "Archief", "Abonneren"], "Neem vrijdag je eigen servers mee naar het lab",
           "26 september 2026",
           "Ons lab is vrijdag open voor iedereen die zijn eigen servers op de nieuwe opslagkasten wil aansluiten en "
           "wil zien hoe snel ze echt zijn.",
           "Geplaatst om 11:01 | Permalink", "Categorieën",
           ["Back-ups", "Demonstraties", "Thuislab", "Netwerken", "Persoonlijk", "Techniek"], "Recente reacties",
           [("Niek", "Een belangrijke fout in het stuurprogramma en hoe je die omzeilt!"),
            ("Kees de Vries", "Een cluster over twee locaties? Waarom niet allebei?"),
            ("dcmartin", "Wil je de toekomst van opslag voor kleine kantoren zien?"),
            ("blog.voorbeeld.nl", "Wil je de toekomst van opslag voor kleine kantoren zien?"),
            ("Lotte Dijkstra", "Wil je de toekomst van opslag voor kleine kantoren zien?"),
            ("Jan Koster", "De nieuwe plug-in voor het bestandssysteem is nu te downloaden."),
            ("Bindu", "Haal hier je gratis virtuele machine voor het testlab!"),
            ("Ruud", "Webinar op donderdag, met de dia's en de opname.")]),
    "ar": ("ملاحظات التخزين", ["الرئيسية", "الأرشيف", "اشترك"], "أحضر خوادمك إلى المختبر يوم الجمعة",
           "26 سبتمبر 2026",
           "يفتح مختبرنا أبوابه يوم الجمعة لكل من يريد توصيل خوادمه الخاصة بوحدات التخزين الجديدة ومعرفة سرعتها "
           "الحقيقية بنفسه.",
           "نشر في 11:01 صباحاً | الرابط الدائم", "التصنيفات",
           ["النسخ الاحتياطي", "عروض", "مختبر منزلي", "الشبكات", "شخصي", "تقنية"], "أحدث التعليقات",
           [("نبيل", "خلل مهم في برنامج تشغيل التخزين وطريقة تجاوزه!"),
            ("كريم عثمان", "عنقود ممتد بين موقعين؟ لماذا لا يكون الاثنان معاً؟"),
            ("مارتن", "هل تريد أن ترى مستقبل وحدات التخزين للمكاتب الصغيرة؟"),
            ("مدونة سامي", "هل تريد أن ترى مستقبل وحدات التخزين للمكاتب الصغيرة؟"),
            ("ليلى داود", "هل تريد أن ترى مستقبل وحدات التخزين للمكاتب الصغيرة؟"),
            ("جون", "الإضافة الجديدة لنظام الملفات متاحة للتنزيل الآن."),
            ("بندو", "احصل على جهازك الافتراضي المجاني لمختبر الاختبار من هنا!"),
            ("رامي", "ندوة عبر الإنترنت يوم الخميس مع الشرائح والتسجيل.")]),
}

#: how each language's widget joins a reader's name and a post's title (the blog platform's template)
_ON = {"en": "{} on {}", "nl": "{} op {}", "ar": "{} على {}"}


def _page(lang: str) -> tuple[str, str, list[str]]:
    name, menu, head, date, post, footer, cats_head, cats, widget_head, widget = _PAGES[lang]
    items = [_ON[lang].format(reader, title) for reader, title in widget]
    lines = [name, *menu, head, date, post, footer, cats_head, *cats, widget_head, *items]
    return "\n".join(lines) + "\n", post, items


@pytest.mark.parametrize("model", [False, None], ids=["rules", "model"])
@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_a_short_post_over_a_recent_comments_widget_is_the_body(lang, model):
    page, post, items = _page(lang)
    article = normalise_text(page, model=model)
    assert post in article.text, article.text
    for item in items:
        assert item not in article.text, article.text


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_widgets_heading_and_lines_are_found(lang):
    page, _, items = _page(lang)
    lines = split_lines(page)
    found = {lines[k].text for k in recent_comment_widgets(lines)}
    assert found == {_PAGES[lang][8], *items}


@pytest.mark.parametrize("text, item", [
    ("Nick on An important storage driver bug", True),
    ("• Anna commented on Ten tips for a small garden", True),
    ("blog.example.org on The future of storage", True),
    ("Pieter op Tien tips voor een kleine tuin", True),
    ("Pieter reageerde op Tien tips voor een kleine tuin", True),
    ("أحمد على عشر نصائح لحديقة صغيرة", True),
    # a sentence: a name of more words than a reader's, or a sentence's end inside it
    ("The council leader and her deputy said on Monday that the bridge would reopen", False),
    ("Mr. Smith went on holiday to the coast", False),
    ("Efrain Homrich on", False),  # no post's title
])
def test_a_widget_line_in_each_language(text, item):
    assert widget_item(text) is item


def test_guard_one_name_on_title_line_under_the_heading_is_no_widget():
    """A heading over one such line (a widget of one comment, or a heading that is the post's own) sets nothing apart."""
    lines = split_lines("Recent Comments\nNick on An important storage driver bug\nThat bug cost us a weekend of work, "
                        "and the fix was one line in a configuration file.\n")
    assert recent_comment_widgets(lines) == []


def test_the_widgets_lines_are_no_table_removed_from_the_article():
    """A widget dumped between two of the post's paragraphs, its readers' handles with digits ("Lola1979 on …"): its
    lines are no rows of a table removed from inside the article, and the warnings say nothing of them."""
    name, menu, head, date, post, footer, _, _, widget_head, widget = _PAGES["en"]
    readers = ["Lola1979", "mark_2012", "Tess88", "Nick 2"]
    items = [f"{reader} on {title}" for reader, (_, title) in zip(readers, widget)]
    more = ("Bring a laptop and the cables you use at work; we have power, coffee and two engineers on hand all day, "
            "and the results of every test go up on this blog the week after.")
    page = "\n".join([name, *menu, head, date, post, widget_head, *items, more, footer]) + "\n"
    article = normalise_text(page, model=False)
    assert post in article.text and more in article.text, article.text
    assert not any("table or list of numbers" in w for w in article.warnings), article.warnings


def test_the_widgets_titles_are_no_running_text_the_post_is_a_small_part_of():
    """A post of two sentences over a widget of twelve titles: the post is the page's running text, whole; the warning
    that the kept text is a small part of it (and the article may be incomplete) is not given."""
    name, menu, head, date, post, footer, _, _, widget_head, widget = _PAGES["en"]
    more = ("Bring a laptop and the cables you use at work, because we have power, coffee and two engineers on hand all "
            "day long.")
    # (twelve lines: the widget's last four readers commented on the first four posts too)
    items = [f"{reader} on {title}" for reader, title in widget]
    items += [f"{reader} on {title}" for (reader, _), (_, title) in zip(widget[4:], widget)]
    page = "\n".join([name, *menu, head, date, post + " " + more, footer, widget_head, *items]) + "\n"
    article = normalise_text(page, model=False)
    assert post in article.text, article.text
    assert not any("small part" in w for w in article.warnings), article.warnings
