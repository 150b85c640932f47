"""A blog post's own feed link ends the post: nothing after "Subscribe to: Post Comments (Atom)" is it.

A blog platform prints, under a post, its footer: the "Posted by … at 7:12 AM" stamp, a share bar ("Email
ThisBlogThis!Share to TwitterShare to Facebook"), the comment count or "No comments:", the comments, the pager
("Newer Post" / "Older Post" / "Home") and the post's own feed link ("Subscribe to: Post Comments (Atom)"). The blog's
sidebar follows: widget headings over short link lines, the blogger's "about me" paragraphs, the archive. A short post
(a photo's caption, a line or two) has no paragraph of running text of its own, so the body region fell on the "about
me" paragraphs, and the page mode kept the whole sidebar. The feed link (the phrase lists' `post_feed` group), and
the pager's "Home" right under "Older Post" where a template prints no feed link, stand once, under the post, never
above it: the body is anchored above them and every line after them is dropped in every page mode
(comments.FOOTER_REASON). Hand-written pages in English, Dutch and Arabic (nothing from the eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of, in_group

#: (header, date, headline, the post's own lines, its footer down to the feed link, the sidebar)
PAGES = {
    "en": (["Canal Mornings", "Pages", "Home", "About"],
           "Tuesday, March 4, 2025",
           "Fog over the old canal",
           ["Shot this from the iron bridge on my way to work, just before seven."],
           ["Posted by", "Mara Jansen", "at", "7:12 AM", "Email ThisBlogThis!Share to TwitterShare to Facebook",
            "No comments:", "Post a Comment", "Newer Post", "Older Post", "Home", "Subscribe to:",
            "Post Comments (Atom)"],
           ["FOLLOW ME!", "LINKS", "Film Photography Forum", "Buy prints of my canal series here",
            "About Me",
            "I am a nurse who walks to the hospital along the canal every morning and takes one picture on the way, "
            "whatever the weather, which I have now done for almost six years without missing a single week.",
            "My pictures are taken with an old film camera that belonged to my grandfather, and I develop them at "
            "home in the kitchen on Sunday evenings while the children are asleep upstairs.",
            "View my complete profile", "Blog Archive", "2025 (12)", "March (2)", "February (5)"]),
    "nl": (["Grachtochtend", "Pagina's", "Home", "Over mij"],
           "dinsdag 4 maart 2025",
           "Mist boven de oude gracht",
           ["Genomen vanaf de ijzeren brug op weg naar mijn werk, net voor zevenen."],
           ["Gepost door", "Mara Jansen", "om", "07:12", "Dit e-mailenBlogThis!Delen via TwitterDelen via Facebook",
            "Geen opmerkingen:", "Een reactie posten", "Nieuwere post", "Oudere post", "Homepage", "Abonneren op:",
            "Reacties posten (Atom)"],
           ["VOLG MIJ!", "LINKS", "Forum voor analoge fotografie", "Koop hier afdrukken van mijn grachtenserie",
            "Over mij",
            "Ik ben verpleegkundige en loop elke ochtend langs de gracht naar het ziekenhuis, en onderweg maak ik "
            "altijd één foto, wat voor weer het ook is, en dat doe ik nu al bijna zes jaar zonder een week over te slaan.",
            "Mijn foto's maak ik met een oude filmcamera van mijn grootvader, en ik ontwikkel ze op zondagavond thuis "
            "in de keuken terwijl de kinderen boven liggen te slapen.",
            "Mijn volledige profiel weergeven", "Blogarchief", "2025 (12)", "maart (2)", "februari (5)"]),
    "ar": (["صباحات القناة", "الصفحات", "الرئيسية", "من أنا"],
           "الثلاثاء، 4 مارس 2025",
           "ضباب فوق القناة القديمة",
           ["التقطت هذه الصورة من الجسر الحديدي في طريقي إلى العمل قبل السابعة بقليل."],
           ["مرسلة بواسطة", "مارا يانسن", "في", "7:12 ص", "إرسال بالبريد الإلكترونيBlogThis!المشاركة على Twitter",
            "ليست هناك تعليقات:", "إرسال تعليق", "رسالة أحدث", "رسالة أقدم", "الصفحة الرئيسية", "الاشتراك في:",
            "تعليقات الرسالة (Atom)"],
           ["تابعوني!", "روابط", "منتدى التصوير بالأفلام", "اشتر نسخا مطبوعة من سلسلة القناة من هنا",
            "من أنا",
            "أنا ممرضة أمشي إلى المستشفى على طول القناة كل صباح وألتقط صورة واحدة في الطريق مهما كان الطقس، وقد "
            "فعلت ذلك منذ ما يقرب من ست سنوات دون أن أفوت أسبوعا واحدا.",
            "ألتقط صوري بكاميرا أفلام قديمة كانت لجدي، وأحمضها في المطبخ مساء كل أحد بينما ينام الأطفال في الطابق "
            "العلوي.",
            "عرض الملف الشخصي الكامل الخاص بي", "أرشيف المدونة", "2025 (12)", "مارس (2)", "فبراير (5)"]),
}


def _page(lang: str, post: list[str] | None = None) -> str:
    header, date, headline, own, footer, sidebar = PAGES[lang]
    return "\n".join(header + [date, headline] + (post or own) + footer + sidebar)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_short_post_keeps_its_caption_not_the_sidebar_under_its_feed_link(lang):
    _header, _date, headline, own, _footer, sidebar = PAGES[lang]
    article = normalise_text(_page(lang))
    assert article.title == headline
    assert own[0] in article.text  # the photo's caption is the post
    for line in sidebar[5:7]:  # the "about me" paragraphs under the feed link are the sidebar's
        assert line not in article.text
    for line in sidebar[:4]:  # and so are its widget headings and link lines
        assert line not in article.text.split("\n\n")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_pagers_home_link_ends_the_post_where_there_is_no_feed_link(lang):
    """A template with no feed link under the post: "Newer Post" / "Older Post" / "Home" closes its footer."""
    header, date, headline, own, footer, sidebar = PAGES[lang]
    article = normalise_text("\n".join(header + [date, headline] + own + footer[:-2] + sidebar))
    assert own[0] in article.text
    for line in sidebar[5:7]:
        assert line not in article.text


#: a long post with subheaded sections of its own under the same footer and sidebar (en)
LONG_POST = [
    "The city will drain the old canal next month for the first time in forty years, the water board said on Monday, "
    "so that engineers can inspect the brick walls that have started to lean towards the towpath.",
    "The works will take about six weeks. Boats moored along the quay have been asked to move to the harbour basin "
    "by the end of March, and the towpath will stay open to walkers for most of that time.",
    "What the engineers will look for",
    "The board said the inspectors would measure every stretch of the wall and take samples of the mortar, which "
    "was last replaced in the nineteen-eighties and has washed out in several places since then.",
    "Residents along the water have complained about cracks in their cellars for years, and the board said it "
    "would also check whether the canal had been leaking into the foundations of the houses.",
    "What happens to the fish",
    "Volunteers from the angling club will net the fish before the water level drops and move them to the lake in "
    "the park, as they did when a smaller stretch of the canal was drained in 2019.",
]


def test_long_post_keeps_its_later_sections_and_drops_the_sidebar_under_its_feed_link():
    """A guard (it passes without the feed link rule too): a post with paragraphs of its own keeps all of them,
    its later subheaded sections too; the sidebar's prose under the feed link goes."""
    sidebar = PAGES["en"][5]
    article = normalise_text(_page("en", LONG_POST))
    for line in LONG_POST:
        assert line in article.text
    for line in sidebar[5:7]:
        assert line not in article.text


@pytest.mark.parametrize("line", [
    "Post Comments (Atom)", "Subscribe to: Post Comments (Atom)", "Subscribe to: Posts (Atom)",
    "Reacties posten (Atom)", "Abonneren op: Reacties posten (Atom)", "تعليقات الرسالة (Atom)",
    "الاشتراك في: الرسائل (Atom)",
])
def test_feed_links_are_the_post_feed_group(line):
    assert in_group(line, len(line.split()), "post_feed")
    assert "misc" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("line", [
    "Readers can post comments (Atom and RSS feeds are listed below) once they have signed in.",
    "Subscribe to: Posts", "Posts", "Atom",
])
def test_a_sentence_or_the_sidebars_feed_widget_is_no_feed_link(line):
    """A guard: the sidebar's own "Subscribe To" widget ("Posts" / "Atom" on lines of their own) and a sentence that
    names the feeds end nothing."""
    assert not in_group(line, len(line.split()), "post_feed")


@pytest.mark.parametrize("line", [
    "Email ThisBlogThis!Share to TwitterShare to Facebook", "Dit e-mailenBlogThis!Delen via TwitterDelen via Facebook",
    "Newer Post", "Older Post", "Oudere post", "رسالة أقدم", "Older Posts", "Subscribe to:", "Abonneren op:", "الاشتراك في:",
    "No comments:", "Geen opmerkingen:", "ليست هناك تعليقات:",
])
def test_a_posts_footer_lines_are_furniture(line):
    """The footer's share bar, pager, feed label and "No comments:" are no headline, byline or story line."""
    assert categories_of(line, len(line.split()))


#: (blog name, a pager the template prints at the top too, headline, byline, the post's paragraphs, the bottom pager,
#: the sidebar's "about me")
TOP_PAGER = {
    "en": ("Harbour Town Blog", ["Newer Post", "Older Post", "Home"], "Harbour bridge will stay open during repairs",
           "Posted by Tom Reyes on 3 March 2025",
           ["The council has dropped its plan to shut the harbour bridge for six weeks, after traders on both banks "
            "said the closure would cost them much of their Christmas trade.",
            "Councillors voted by 31 to 12 on Tuesday evening to keep one lane open in each direction while the "
            "repairs go ahead, which engineers say will add about a month to the work.",
            "Inspectors found rust in two of the piers during a routine check last autumn, and the transport "
            "committee first wanted to close the crossing completely to speed things up."],
           ["Newer Post", "Older Post", "Home", "Subscribe to: Post Comments (Atom)", "About me",
            "I write about the harbour and the people who work on it, and have done so since I retired from the "
            "port authority in 2010 after thirty years on the quays."]),
    "nl": ("Havenstadblog", ["Nieuwere post", "Oudere post", "Homepage"], "Havenbrug blijft open tijdens herstel",
           "Gepost door Tom de Ruiter op 3 maart 2025",
           ["De gemeenteraad ziet af van het plan om de havenbrug zes weken af te sluiten, nadat winkeliers aan "
            "beide kanten hadden gewaarschuwd dat ze dan een groot deel van hun kerstomzet zouden mislopen.",
            "De raad stemde dinsdagavond met 31 tegen 12 voor een plan waarbij in beide richtingen één rijstrook "
            "open blijft, wat volgens de ingenieurs ongeveer een maand extra werk oplevert.",
            "Inspecteurs vonden vorig najaar roest in twee pijlers van de brug, waarna de verkeerscommissie eerst "
            "voorstelde de oversteek helemaal te sluiten om het werk te versnellen."],
           ["Nieuwere post", "Oudere post", "Homepage", "Abonneren op: Reacties posten (Atom)", "Over mij",
            "Ik schrijf over de haven en de mensen die er werken, en dat doe ik al sinds ik in 2010 met pensioen "
            "ging bij het havenbedrijf na dertig jaar op de kades."]),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_pager_at_the_top_of_the_page_does_not_empty_the_post(lang):
    """A template that prints the pager above the post as well as under it: the top one stands over the story and
    ends nothing (before the fix the whole article was dropped as "after the post's footer"); the bottom one still
    closes the post, so the sidebar's "about me" stays out."""
    blog, pager, headline, byline, post, footer = TOP_PAGER[lang]
    article = normalise_text("\n\n".join([blog] + pager + [headline, byline] + post + footer))
    assert article.title == headline
    for line in post:
        assert line in article.text
    assert footer[-1] not in article.text
