"""A comment platform's credit line ("blog comments powered by Disqus", stop 32, drag32c): the embedded thread ends
there and what stands under it is the sidebar's (a "Recently published" list of teasers, each a blurb and the
writer's bio). Those teasers outweighed a short story above the credit, the body region was anchored on them and the
story went as "before the article". The body is now anchored above the credit when a story stands there
(commentcredit.py, classify._under_credit); a page with no story above it is read as before."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.commentcredit import platform_credit


@pytest.mark.parametrize("text, credit", [
    ("blog comments powered by Disqus", True),
    ("Comments powered by Disqus", True),
    ("Powered by Disqus", True),
    ("Conversation powered by Livefyre", True),
    ("Comments by IntenseDebate", True),
    ("Facebook Comments Plugin", False),  # no credit's words: a plugin's name alone
    ("Reacties mogelijk gemaakt door Disqus", True),
    ("التعليقات مدعومة من Disqus", True),
    # a story's headline or sentence that names the service says more
    ("Disqus raises $10 million for its comment platform", False),
    ("We moved our comments to Disqus last year.", False),
    ("Powered by WordPress", False),
    ("Reacties", False),
])
def test_a_comment_platforms_credit_in_each_language(text, credit):
    assert platform_credit(text) is credit


#: (headline, date line, byline label, writer, story paragraphs, comments link, credit, list heading, teasers)
_PAGES = {
    "en": (
        "Fairy tales for tired commuters: the princess misses the last train",
        "Nov. 6, 2026", "By", "Tom Marley",
        ["Very short fairy tales for people who spend too long on trains.",
         "The princess ran down the platform in one glass slipper, but the doors closed and the last train to the "
         "suburbs pulled away without her, its red lights shrinking into the tunnel.",
         "She sat on the bench until the cleaner came, and the two of them shared a sandwich and talked about "
         "whether any prince was worth a night on a cold station in the middle of November."],
        "View Comments", "blog comments powered by Disqus", "Recently published",
        [("A list of the worst flatmates I have ever had, from bad to worse",
          "There was the one who labelled every egg in the fridge with his initials and the one who practised the "
          "trumpet at six in the morning, and then there was the one who never left his room for a whole winter.",
          "Jeremy Gold",
          "Jeremy Gold writes about housing and the small wars of shared kitchens for several magazines in London."),
         ("Hey storm, come here: an open challenge to every autumn gale",
          "As a student on the coast during the worst week of the season I had mixed feelings about the whole "
          "thing, because the lectures were cancelled but so was the heating in our building for four days.",
          "Max Kolb",
          "Max is a student journalist and cartoonist in Brighton who draws for his own blog every single week."),
         ("Eleven pop songs that will make you cry on the bus home",
          "Some songs make me cry out of sheer terror rather than real emotion, but a handful of them still get "
          "me every time the bus turns onto the ring road in the rain after a long day at work.",
          "Ryan Oakes",
          "I write and edit this site and I like receiving strange parcels, so please send me some at the office.")],
    ),
    "nl": (
        "Sprookjes voor forenzen: de prinses mist de laatste trein",
        "6 november 2026", "Door", "Tom Maas",
        ["Heel korte sprookjes voor mensen die te lang in de trein zitten.",
         "De prinses rende over het perron op één glazen muiltje, maar de deuren gingen dicht en de laatste trein "
         "naar de buitenwijken reed zonder haar weg, de rode lichten steeds kleiner in de tunnel.",
         "Ze bleef op het bankje zitten tot de schoonmaker kwam, en samen deelden ze een boterham en praatten ze "
         "over de vraag of een prins wel een nacht op een koud station in november waard was."],
        "Bekijk reacties", "Reacties mogelijk gemaakt door Disqus", "Recent verschenen",
        [("De ergste huisgenoten die ik ooit heb gehad, van slecht naar slechter",
          "Er was er een die elk ei in de koelkast met zijn initialen beschreef en een die om zes uur 's ochtends "
          "trompet oefende, en dan was er nog die ene die een hele winter zijn kamer niet uit kwam.",
          "Jeroen Goud",
          "Jeroen Goud schrijft voor verschillende tijdschriften over wonen en de kleine oorlogen in gedeelde keukens."),
         ("Hé storm, kom maar op: een open uitdaging aan elke herfststorm",
          "Als student aan de kust tijdens de zwaarste week van het seizoen had ik gemengde gevoelens, want de "
          "colleges gingen niet door maar de verwarming in ons gebouw viel ook vier dagen lang uit.",
          "Max Kolk",
          "Max is studentjournalist en tekenaar in Vlissingen en tekent elke week voor zijn eigen weblog."),
         ("Elf popliedjes waarvan je moet huilen in de bus naar huis",
          "Sommige liedjes maken me eerder bang dan ontroerd, maar een handvol krijgt me nog steeds elke keer "
          "als de bus in de regen de ringweg op draait na een lange dag op kantoor.",
          "Ruud Oost",
          "Ik schrijf en redigeer deze site en ik krijg graag vreemde pakketjes, dus stuur ze naar de redactie.")],
    ),
    "ar": (
        "حكايات للمسافرين المتعبين: الأميرة تفوتها آخر رحلة قطار",
        "6 نوفمبر 2026", "بقلم", "طارق منصور",
        ["حكايات قصيرة جداً للذين يقضون وقتاً طويلاً في القطارات.",
         "ركضت الأميرة على الرصيف بحذاء زجاجي واحد، لكن الأبواب أغلقت وانطلق آخر قطار إلى الضواحي من دونها، "
         "وأضواؤه الحمراء تصغر شيئاً فشيئاً في النفق المظلم.",
         "جلست على المقعد حتى جاء عامل النظافة، فاقتسما شطيرة وتحدثا طويلاً عما إذا كان أي أمير يستحق ليلة "
         "كاملة في محطة باردة في منتصف شهر نوفمبر."],
        "عرض التعليقات", "التعليقات مدعومة من Disqus", "نشر مؤخراً",
        [("قائمة بأسوأ من شاركتهم السكن في حياتي من السيئ إلى الأسوأ",
          "كان هناك من يكتب اسمه على كل بيضة في الثلاجة، ومن يتدرب على البوق في السادسة صباحاً، ثم كان هناك من "
          "لم يغادر غرفته طوال فصل الشتاء كله ولم نعرف عنه شيئاً.",
          "جميل الذهبي",
          "يكتب جميل الذهبي عن السكن والحروب الصغيرة في المطابخ المشتركة لعدد من المجلات في القاهرة."),
         ("أيتها العاصفة تعالي: تحدٍّ مفتوح لكل رياح الخريف",
          "بصفتي طالباً على الساحل خلال أسوأ أسبوع في الموسم كانت مشاعري مختلطة، فقد ألغيت المحاضرات لكن "
          "التدفئة في مبنانا انقطعت أيضاً أربعة أيام متتالية.",
          "ماهر كامل",
          "ماهر صحفي طالب ورسام في الإسكندرية يرسم لمدونته الخاصة كل أسبوع من دون انقطاع."),
         ("إحدى عشرة أغنية ستبكيك في الحافلة في طريق العودة",
          "بعض الأغاني تخيفني أكثر مما تؤثر فيّ، لكن قليلاً منها ما زال يبكيني كلما انعطفت الحافلة نحو الطريق "
          "الدائري تحت المطر بعد يوم طويل في العمل.",
          "رامي عويس",
          "أكتب هذا الموقع وأحرره وأحب أن تصلني طرود غريبة، فأرسلوها إلى مكتب التحرير.")],
    ),
}


def _page(lang: str) -> tuple[str, str, list[str], list[str]]:
    """The page's text, its headline, the story's paragraphs and the teasers' blurbs."""
    head, date, label, writer, story, comments, credit, heading, teasers = _PAGES[lang]
    lines = ["Catalogue of Thoughts", "About", "Twitter", head, date, label, writer, *story,
             comments, "Add yours »", credit, heading]
    for title, blurb, name, bio in teasers:
        lines += [title, blurb, label, name, bio, "Read more »"]
    lines += ["About", "Contact", "Privacy Policy", "Copyright 2026 Catalogue of Thoughts. All rights reserved."]
    return "\n".join(lines) + "\n", head, story, [blurb for _, blurb, _, _ in teasers]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("model", [None, False])
def test_the_story_above_the_credit_is_the_article(lang, model):
    text, head, story, blurbs = _page(lang)
    result = normalise_text(text, model=model)
    assert result.title == head
    for paragraph in story[1:]:
        assert paragraph in result.text
    for blurb in blurbs:
        assert blurb not in result.text


def test_no_story_above_the_credit_reads_as_before():
    """A page with one short sentence above the credit (an editor's note over a page of readers' posts) keeps the
    prose under it: the credit moves the body only to a story above it (commentcredit.STORY_WORDS)."""
    _, head, _, _ = _page("en")
    teasers = _PAGES["en"][8]
    lines = ["Catalogue of Thoughts", head, "This week we publish the best of what our readers wrote to us.",
             "blog comments powered by Disqus"]
    for title, blurb, name, bio in teasers[:1]:
        lines += [title, blurb, blurb.replace("There was", "And there was"), "By", name]
    result = normalise_text("\n".join(lines) + "\n", model=False)
    assert teasers[0][1] in result.text


_SIDEBAR_HEADS = {"en": ("Recent Comments", "Powered by Disqus"),
                  "nl": ("Recente reacties", "Reacties mogelijk gemaakt door Disqus"),
                  "ar": ("أحدث التعليقات", "التعليقات مدعومة من Disqus")}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_sidebar_widgets_credit_above_the_story_ends_nothing(lang):
    """A sidebar printed before the post: its "about me" blurb, then its recent-comments widget, whose credit stands
    right under the widget's heading. That credit ends no story: the post under it is the article."""
    _, head, story, blurbs = _page(lang)
    heading, credit = _SIDEBAR_HEADS[lang]
    about = blurbs[0] + " " + blurbs[1]  # the blogger's blurb: a long paragraph of prose
    lines = ["Catalogue of Thoughts", about, heading, credit, "Archive", "2026", head, *story,
             "About", "Contact"]
    result = normalise_text("\n".join(lines) + "\n", model=False)
    for paragraph in story[1:]:
        assert paragraph in result.text
