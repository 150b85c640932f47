"""Titles a reader saw wrong (issue 10 item 4/6, stop 30, title30): the record's title was a site's or a blog's name,
a menu item, an editorial desk, a call to action or a tool's label, a line the layout cut in mid-sentence or an
edition's date line, while the post's own headline stood on the page. What tells them apart (titlecues.py, the
chooser in classify._title_index, the phrase lists' ``tool_label`` group):

* a headline stands over its byline or date ("How I rebuilt my greenhouse" / "by anna on March 3, 2026"), a blog's
  name over its menu: the nearest headline-shaped line over its stamp near the body is the headline;
* a blog's name stands over its tagline, which the rules set aside above the post's own head (posthead.py): that head
  is the headline, the name is the site's;
* "Not a subscriber? …", "Word abonnee", "اشترك الآن", "Go to … News", "Now Playing: …", "Increase text size",
  "Location: …" are the site's (phrases); "The Press Association Newsdesk" is a desk's credit (metadata._DESK);
* a line ending on "the" with the sentence going on below, a teaser cut off with "…", a label over a date only.

Every page is invented; each case fails on main unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group
from newsbrief.normalise.titlecues import cut_line, dated_label
from tests.scaling import assert_grows_linearly, run_phrase_patterns

STORY = {
    "en": ["Last spring the old greenhouse lost six panes in one storm, and the frame had rusted through at the "
           "corners, so I decided to rebuild it from the ground up with reclaimed timber.",
           "The timber came from a neighbour's demolished shed, and the glass from a window fitter who was glad to "
           "see the offcuts used rather than skipped.",
           "It took four weekends and most of my patience, but the tomatoes went in on the first of May and have "
           "never looked better."],
    "nl": ["Vorig voorjaar verloor de oude kas zes ruiten in één storm, en het frame was op de hoeken doorgeroest, "
           "dus besloot ik hem helemaal opnieuw op te bouwen met gebruikt hout.",
           "Het hout kwam uit de gesloopte schuur van de buren, en het glas van een glaszetter die blij was dat de "
           "restjes gebruikt werden in plaats van weggegooid.",
           "Het kostte vier weekenden en het grootste deel van mijn geduld, maar de tomaten gingen op één mei de "
           "grond in en zagen er nooit beter uit."],
    "ar": ["في الربيع الماضي فقدت الدفيئة القديمة ست ألواح زجاجية في عاصفة واحدة، وكان الهيكل قد صدئ عند الزوايا، "
           "فقررت إعادة بنائها من الأساس بخشب مستعمل.",
           "جاء الخشب من سقيفة هدمها أحد الجيران، والزجاج من عامل نوافذ سره أن تستعمل البقايا بدل رميها.",
           "استغرق العمل أربع عطلات أسبوعية ومعظم صبري، لكن الطماطم زرعت في الأول من مايو ولم تبد أفضل من قبل."],
}

HEADLINE = {"en": "How I rebuilt the greenhouse with a neighbour's shed",
            "nl": "Hoe ik de kas herbouwde met de schuur van de buren",
            "ar": "كيف أعدت بناء الدفيئة بخشب سقيفة الجيران"}

# a blog's name over its menu, then the post's head: the name shares the story's words (the post talks of the blog),
# the post's headline opens with a quote and shares fewer, so the name's share took it
BLOG_NAME = {"en": ["Anna's Greenhouse Blog", "About", "Books", "Data", "Speaking"],
             "nl": ["Anna's Kas Blog", "Over", "Boeken", "Data", "Lezingen"],
             "ar": ["مدونة الدفيئة", "عني", "كتب", "بيانات", "محاضرات"]}
QUOTED_HEAD = {"en": "“You Can't Do It” Is Why The Greenhouse Stands",
               "nl": "“Dat Lukt Je Nooit” Hielp Me Door Vier Weekenden Aan De Kas",
               "ar": "«لن تستطيع» ساعدتني في أربع عطلات مع الدفيئة"}
STAMP = {"en": "by anna on March 3, 2026", "nl": "door Anna op 3 maart 2026", "ar": "بقلم آنا في 3 مارس 2026"}
BLOG_TALK = {"en": " This blog has followed the greenhouse for years.", "nl": " Deze blog volgt de kas al jaren.",
             "ar": " تتابع هذه المدونة الدفيئة منذ سنوات."}


def _page(*parts) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])  # ar: a guard (no case: the name outscored nothing)
def test_headline_over_its_stamp_beats_the_blogs_name(lang):
    story = [STORY[lang][0] + BLOG_TALK[lang], *STORY[lang][1:]]
    art = normalise_text(_page(BLOG_NAME[lang], QUOTED_HEAD[lang], STAMP[lang], story))
    assert art.title == QUOTED_HEAD[lang], art.title


# guards: the headline has a standfirst under it and the byline under that; a question, a video's "Watch:", one word,
# all capitals over the stamp; the page's first line is the headline and has its own byline
STANDFIRST = {"en": "A rusted frame, six broken panes and four weekends of work with reclaimed timber and glass",
              "nl": "Een verroest frame, zes kapotte ruiten en vier weekenden werk met gebruikt hout en glas",
              "ar": "هيكل صدئ وست ألواح مكسورة وأربع عطلات من العمل بخشب وزجاج مستعمل"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_standfirst_over_the_byline_stays_under_the_headline(lang):
    art = normalise_text(_page(BLOG_NAME[lang][1:], HEADLINE[lang], STANDFIRST[lang], STAMP[lang], STORY[lang]))
    assert art.title == HEADLINE[lang], art.title


GUARD_HEADS = {
    ("question", "en"): "Is a reclaimed greenhouse worth the work?",
    ("question", "nl"): "Is een kas van gebruikt hout de moeite waard?",
    ("question", "ar"): "هل تستحق الدفيئة المستعملة هذا العناء؟",
    ("watch", "en"): "Watch: rebuilding a greenhouse from a neighbour's shed",
    ("watch", "nl"): "Kijk: een kas herbouwen met de schuur van de buren",
    ("watch", "ar"): "شاهد: إعادة بناء دفيئة بخشب سقيفة الجيران",
    ("caps", "en"): "HOW I REBUILT THE GREENHOUSE",
    ("caps", "nl"): "HOE IK DE KAS HERBOUWDE",
}


@pytest.mark.parametrize("kind,lang", sorted(GUARD_HEADS))
def test_guard_headline_shapes_over_their_stamp(kind, lang):
    head = GUARD_HEADS[kind, lang]
    art = normalise_text(_page(["Home", "Archive"], head, STAMP[lang], STORY[lang]))
    # (a video's "Watch:" label is the page's format, the title the headline after it: metadata.without_media_label)
    assert art.title == (head.split(": ", 1)[1] if kind == "watch" else head), art.title


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_one_word_kicker_over_the_headline_and_its_stamp(lang):
    kicker = {"en": "Gardening", "nl": "Tuinieren", "ar": "زراعة"}[lang]
    art = normalise_text(_page(["Home", "Archive", kicker], HEADLINE[lang], STAMP[lang], STORY[lang]))
    assert art.title == HEADLINE[lang], art.title


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_first_line_headline_with_its_byline_stays(lang):
    # the headline first, its byline, then a related post's headline with its own date near the story
    related = {"en": ["Allotment rents to rise", "March 1, 2026"], "nl": ["Huur volkstuinen omhoog", "1 maart 2026"],
               "ar": ["ارتفاع إيجار الحدائق", "1 مارس 2026"]}[lang]
    art = normalise_text(_page(HEADLINE[lang], STAMP[lang], related, STORY[lang]))
    assert art.title == HEADLINE[lang], art.title


# a blog's name, its tagline (a sentence the rules put in the body), the post's date alone and its headline
TAGLINE_BLOG = {
    "en": ["Notes From The Allotment",
           "Every weekend I dig, sow and mostly fail on plot 14 of the Westfield allotments, and here I write down what "
           "the slugs left me and what I learned from it.",
           "Saturday, 7 March 2026"],
    "nl": ["Aantekeningen Van De Moestuin",
           "Elk weekend spit, zaai en mislukt ik op tuin 14 van het volkstuinpark Westveld, en hier schrijf ik op wat de "
           "slakken voor me overlieten en wat ik ervan leerde.",
           "zaterdag 7 maart 2026"],
    "ar": ["مذكرات الحديقة",
           "في كل عطلة أسبوعية أحفر وأزرع وأفشل غالبا في القطعة 14 من حدائق ويستفيلد، وهنا أكتب ما تركته لي القواقع "
           "وما تعلمته منه.",
           "السبت 7 مارس 2026"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_blog_name_over_its_tagline_is_not_the_posts_title(lang):
    art = normalise_text(_page(["skip to main |", "skip to sidebar"], TAGLINE_BLOG[lang], HEADLINE[lang],
                               STORY[lang]))
    assert art.title == HEADLINE[lang], art.title
    assert TAGLINE_BLOG[lang][1] not in art.text


# the site's calls to action, player labels, text size buttons and profile fields: never the headline
SITE_LINES = {
    "en": ["Not a subscriber? Click here for special home delivery offers", "Not a member yet? Join now!",
           "Subscribe now", "Go to Valley News", "Get A Free Blog!", "Read and share tips on our message boards",
           "Now Playing: Morning Briefing", "Increase text size", "Location: Leeds, England"],
    "nl": ["Nog geen abonnee? Bekijk onze aanbiedingen", "Word abonnee", "Meld je nu aan", "Ga naar Dal Nieuws",
           "Begin je eigen blog", "Lees en deel tips op ons forum", "Nu te zien: Ochtendjournaal", "Tekst vergroten",
           "Woonplaats: Utrecht"],
    "ar": ["لست مشتركاً؟ اشترك الآن", "اشترك الآن", "اذهب إلى أخبار الوادي", "أنشئ مدونتك مجاناً",
           "شارك النقاش في منتدياتنا", "يعرض الآن: نشرة الصباح", "شاهد الآن", "تكبير الخط", "المكان: القاهرة"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_calls_to_action_are_tool_labels(lang):
    missed = [t for t in SITE_LINES[lang] if not in_group(t, len(t.split()), "tool_label")]
    assert not missed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_headlines_are_no_tool_labels(lang):
    heads = {"en": ["Join the strike, union tells nurses", "Watch: firefighters rescue a cat", "Go to war? Not yet",
                    "Location of new hospital announced", "Read the letter that changed the law"],
             "nl": ["Word abonnee van de maand gekozen in Zwolle", "Kijk: brandweer redt kat", "Ga naar de stembus, zegt "
                    "burgemeester", "Locatie nieuw ziekenhuis bekend"],
             "ar": ["شاهد: رجال الإطفاء ينقذون قطة", "اشترك مئات الطلاب في المسابقة", "المكان الجديد للمستشفى"]}[lang]
    assert not [t for t in heads if in_group(t, len(t.split()), "tool_label")]


CTA_PAGE = {"en": "Not a Subscriber? Click Here For Special Home Delivery Offers",
            "nl": "Nog Geen Abonnee? Bekijk Onze Aanbiedingen",
            "ar": "لست مشتركاً؟ اشترك الآن"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_call_to_subscribe_over_a_story_without_headline_is_no_title(lang):
    # the dump lost the story's headline: the subscription offer over the story is no headline either
    art = normalise_text(_page(["Reprints and permissions", "Subscription Deals"], CTA_PAGE[lang], STORY[lang]))
    assert art.title != CTA_PAGE[lang], art.title


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_call_to_subscribe_over_the_headline(lang):
    art = normalise_text(_page(["Home", "News"], CTA_PAGE[lang], HEADLINE[lang], STORY[lang]))
    assert art.title == HEADLINE[lang], art.title


# a page that lost its headline: its desk's credit under a label, or the site's text size buttons, are none either
DESK = {"en": ["Source:", "Press Association", "Location:", "The Press Association Newsdesk"],
        "nl": ["Bron:", "ANP", "Plaats:", "ANP Nieuwsdienst"],
        "ar": ["المصدر:", "وكالة الأنباء", "المكان:", "غرفة الأخبار"]}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_desk_credit_is_no_title(lang):
    art = normalise_text(_page(["Print article", "Increase text size", "Decrease text size"], DESK[lang],
                               STORY[lang]))
    assert art.title is None, art.title


# a comment box's guidelines the layout cut in mid-sentence, over the rest of the sentence
CUT = {"en": ["Guidelines: Reader feedback should be within the",
              "guidelines for our community. Comments that break them will be removed."],
       "nl": ["Huisregels: Reacties moeten binnen de",
              "regels van onze gemeenschap blijven. Reacties die ze breken worden verwijderd."],
       "ar": ["إرشادات: يجب أن تلتزم تعليقات القراء في",
              "حدود قواعد مجتمعنا، وستحذف التعليقات المخالفة."]}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])  # nl: a guard (main took no title there either)
def test_line_cut_in_mid_sentence_is_no_title(lang):
    art = normalise_text(_page(["Home", "Comments |"], CUT[lang], STORY[lang]))
    assert art.title != CUT[lang][0], art.title


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_cut_line_shape(lang):
    assert cut_line(*CUT[lang])
    # guards: a headline that ends on a preposition, and one over a sentence that starts anew
    assert not cut_line("What are you waiting for", "the shop opens at nine.")
    assert not cut_line(HEADLINE[lang], STORY[lang][0])


EDITION = {"en": "Today's front page: Wednesday, March 27, 2013",
           "nl": "Krant van vandaag: woensdag 27 maart 2013",
           "ar": "عدد اليوم: الأربعاء 27 مارس 2013"}


EDITION_STORY = {
    "en": ["Today's front page looks different: from this week readers choose which sections open the page, and the "
           "print edition's front page follows the choices made most often.",
           "The editors explain the change in a note below and answer questions from readers on Friday."],
    "nl": ["De voorpagina van vandaag ziet er anders uit: vanaf deze week kiezen lezers welke rubrieken de krant "
           "openen, en de voorpagina van de papieren krant volgt de vaakst gemaakte keuze.",
           "De redactie legt de verandering hieronder uit en beantwoordt vrijdag vragen van lezers."],
    "ar": ["تبدو الصفحة الأولى لعدد اليوم مختلفة: فمن هذا الأسبوع يختار القراء الأقسام التي تفتتح الصفحة، وتتبع "
           "الطبعة الورقية الخيار الأكثر تكرارا.",
           "ويشرح المحررون التغيير في ملاحظة أدناه ويجيبون عن أسئلة القراء يوم الجمعة."],
}
EDITION_HEAD = {"en": "Readers now choose what opens the front page", "nl": "Lezers kiezen nu wat de voorpagina opent",
                "ar": "القراء يختارون الآن ما يفتتح الصفحة الأولى"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_edition_date_line_is_no_title(lang):
    assert dated_label(EDITION[lang])
    assert not dated_label("Budget 2026: what changes for renters")
    art = normalise_text(_page(["Home", "Recent Posts"], EDITION[lang], EDITION_HEAD[lang],
                               EDITION_STORY[lang]))
    assert art.title == EDITION_HEAD[lang], art.title


def test_cut_line_dated_label_and_phrases_scale_linearly():
    assert_grows_linearly(lambda text: cut_line(text, "and more"), lambda n: "word " * n + "the", 2000, 8000)
    assert_grows_linearly(dated_label, lambda n: "label: " + "x " * n, 2000, 8000)
    for head in ("Not a member ", "Go to ", "Read and share ", "Location: ", "Nog geen abonnee ", "Ga naar ",
                 "اذهب إلى أخبار ", "شارك "):
        assert_grows_linearly(run_phrase_patterns, lambda n, head=head: head + "ab " * n, 2000, 8000)


# a blogger's sidebar: an e-mail address spelled out, a page's script setting with a web address; no headline either
ADDRESSES = {"en": ["SEND ME TIPS:", "greenhouse.anna(at)mailbox(dot)com", "pageServer: http://static.example.com/css"],
             "nl": ["STUUR ME TIPS:", "kas.anna(at)mailbox(dot)nl", "pageServer: http://static.example.nl/css"],
             "ar": ["راسلني", "greenhouse.anna(at)mailbox(dot)com", "pageServer: http://static.example.com/css"]}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_addresses_are_no_title(lang):
    art = normalise_text(_page(["About Me"], ADDRESSES[lang], STORY[lang]))
    assert art.title is None, art.title
