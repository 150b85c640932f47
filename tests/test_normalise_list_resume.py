"""The story goes on under its own list: the paragraph after it, and the notes under a recipe's method (issue 10).

A post quotes a list (the subject lines it tested, a timeline's steps, a tracklist) of more short lines than a body
may have between two paragraphs, then goes on with a paragraph about them. The body region stopped at the paragraph
above the list (one paragraph under a widget was no continuation: two were needed), so the list and the closing
paragraph went as "after the article". Under a clean run of short items (no phrase-list line, none printed twice on
the page) one paragraph is enough when it names the story's subject. A recipe's method, then the cook's notes under a
"My Notes" heading, was cut at the heading: the notes were in the same prose group as the method but past its end.
Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN = dict(
    title="What makes people open a newsletter",
    story=[
        "Over the last year I sent forty newsletters to the readers of this blog, and I kept every open rate.",
        "Typical open rates for a newsletter are in the ten to fifteen percent region, but several beat those rates.",
        "Below are the subject lines of the newsletters that did best, each with the open rate it reached.",
    ],
    items=["Free ebook giveaway – 15.7%", "Bad news! – 16.2%", "Why I love my old bicycle – 17.1%",
           "Check out my new website – 17.9%", "Care to join an unusual experiment? – 17.9%",
           "Have you read this book? – 18.0%", "My new favourite trick – 19.7%", "Want a new job? – 19.9%",
           "Thinking of going freelance? – 21.0%", "My fourteen favourite designs – 22.6%"],
    after=("What these subject lines have in common is a promise: the newsletter offers the reader something for "
           "very little risk, and the open rates show that readers notice that promise at once."),
    footer=["Share this:", "Twitter", "Facebook", "Copyright 2025 The Mailing Desk"],
    teaser=("Stadium plans rejected by council after years of delay over parking, noise and costs for nearby "
            "residents of the district."),
)
NL = dict(
    title="Wat lezers laat klikken op een nieuwsbrief",
    story=[
        "Het afgelopen jaar verstuurde ik veertig nieuwsbrieven aan de lezers van deze blog en ik hield alles bij.",
        "Een gewone nieuwsbrief wordt door tien tot vijftien procent van de lezers geopend, maar sommige deden het beter.",
        "Hieronder staan de onderwerpregels van de nieuwsbrieven die het best scoorden, met hun percentage.",
    ],
    items=["Gratis e-boek – 15,7%", "Slecht nieuws! – 16,2%", "Waarom ik van mijn oude fiets hou – 17,1%",
           "Bekijk mijn nieuwe website – 17,9%", "Doe je mee aan een proef? – 17,9%",
           "Heb je dit boek gelezen? – 18,0%", "Mijn nieuwe favoriete truc – 19,7%", "Op zoek naar werk? – 19,9%",
           "Denk je aan freelancen? – 21,0%", "Mijn veertien favoriete ontwerpen – 22,6%"],
    after=("Wat deze onderwerpregels gemeen hebben is een belofte: de nieuwsbrief biedt de lezers iets voor weinig "
           "risico, en de cijfers laten zien dat lezers die belofte meteen opmerken."),
    footer=["Delen:", "Twitter", "Facebook", "Copyright 2025 De Mailtafel"],
    teaser=("Stadionplannen afgewezen door de gemeenteraad na jaren van vertraging over parkeren, geluid en kosten "
            "voor omwonenden."),
)
AR = dict(
    title="ما الذي يدفع القراء إلى فتح النشرة البريدية",
    story=[
        "أرسلت خلال العام الماضي أربعين نشرة بريدية إلى قراء هذه المدونة، واحتفظت بنسبة فتح كل نشرة منها.",
        "تتراوح نسبة فتح النشرة البريدية عادة بين عشرة وخمسة عشر بالمئة، لكن بعض النشرات تجاوزت ذلك بكثير.",
        "فيما يلي عناوين النشرات التي حققت أفضل النتائج، مع النسبة التي بلغتها كل واحدة منها بين القراء.",
    ],
    items=["كتاب مجاني – 15.7%", "أخبار سيئة! – 16.2%", "لماذا أحب دراجتي القديمة – 17.1%",
           "شاهد موقعي الجديد – 17.9%", "هل تشارك في تجربة؟ – 17.9%", "هل قرأت هذا الكتاب؟ – 18.0%",
           "حيلتي المفضلة الجديدة – 19.7%", "هل تبحث عن عمل؟ – 19.9%", "هل تفكر في العمل الحر؟ – 21.0%",
           "تصاميمي الأربعة عشر المفضلة – 22.6%"],
    after=("ما يجمع هذه العناوين هو الوعد: فالنشرة البريدية تقدم للقراء شيئاً مقابل مخاطرة قليلة، وتظهر نسبة "
           "الفتح أن القراء يلاحظون هذا الوعد فوراً، ولذلك سأكتب عناوين النشرات القادمة بالطريقة نفسها."),
    footer=["شارك:", "تويتر", "فيسبوك", "جميع الحقوق محفوظة 2025 مكتب البريد"],
    teaser="المجلس البلدي يرفض خطة الملعب الجديد بعد سنوات من التأخير بسبب مواقف السيارات والضجيج والتكاليف.",
)


def _page(post: dict, after: str | None = None) -> str:
    return "\n".join([post["title"], *post["story"], *post["items"], after or post["after"], *post["footer"]])


@pytest.mark.parametrize("post", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_the_paragraph_under_the_story_s_own_list_is_kept(post):
    # ten short items are more than a body may have between two paragraphs, and one paragraph under them was no
    # continuation: the list and the closing paragraph went as "after the article"
    art = normalise_text(_page(post))
    for line in post["story"]:
        assert line in art.paragraphs, line
    assert post["after"] in art.paragraphs
    assert post["footer"][-1] not in art.paragraphs


@pytest.mark.parametrize("post", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_a_teaser_about_another_subject_under_a_list_is_not_the_story(post):
    # a guard: under the same list, a paragraph that shares no word with the story is another story's teaser
    art = normalise_text(_page(post, post["teaser"]))
    for line in post["story"]:
        assert line in art.paragraphs, line
    assert post["teaser"] not in art.paragraphs


def test_a_tag_cloud_under_a_list_is_not_the_story():
    # a guard: a long line of tags names the story's words but ends no sentence: no paragraph of the story
    tags = ("newsletter open rates subject lines email marketing freelance work web design books bicycles "
            "websites experiments readers blog growth copywriting tips conversion tricks promises risk")
    art = normalise_text(_page(EN, tags))
    for line in EN["story"]:
        assert line in art.paragraphs, line
    assert tags not in art.paragraphs


def test_a_paragraph_under_a_menu_printed_twice_is_not_the_story():
    # a guard: short lines the page prints twice are a menu, not the story's list, whatever the paragraph under it
    menu = ["Home", "Newsletters", "Open rates", "Subject lines", "Freelance work", "Design", "Books",
            "Bicycles", "Websites", "Contact"]
    blurb = ("This blog is about newsletters and open rates: every week a new subject line experiment for the "
             "readers, with the rates and the lessons.")
    text = "\n".join([EN["title"], *EN["story"], *menu, blurb, *EN["footer"][:-1], *menu, EN["footer"][-1]])
    art = normalise_text(text)
    for line in EN["story"]:
        assert line in art.paragraphs, line
    assert blurb not in art.paragraphs


NOTES = dict(
    en=dict(
        title="Crispy noodle cakes for a weekend lunch",
        story=["These crispy noodle cakes are my favourite weekend lunch, and the children love the crunchy carrots.",
               "You only need a packet of noodles, a few vegetables and some flour to make a dozen noodle cakes.",
               "They are best eaten warm, straight from the pan, with a little soy sauce for dipping.",
               "I first made them on a rainy Saturday when the fridge was nearly empty and the children were hungry.",
               "Since then they have become a small family tradition, and every child gets to choose one vegetable.",
               "The cakes also travel well, so I often pack the leftovers in lunchboxes for school on Monday.",
               "If you have never fried noodles before, do not worry: the batter is forgiving and hard to get wrong."],
        heading="Ingredients",
        items=["1 packet of instant noodles, about 85 g, without the little flavouring sachet that always comes in the packet", "2 carrots, grated", "100 g snow peas, sliced", "3 tbsp flour",
               "2 eggs", "3 tbsp oil", "1 tsp salt",
               "2 spring onions, sliced", "1 tbsp soy sauce"],
        method="Method",
        steps=["Cook the noodles in boiling water for two minutes, drain them and leave them to cool in a bowl.",
               "Mix the noodles with the carrots, snow peas, flour and eggs until everything is well combined.",
               "Heat the oil in a frying pan and fry spoonfuls of the noodle mixture for two minutes on each side."],
        notes_heading="My Notes",
        notes=["You can add any seasonal vegetables to the noodle cakes, as long as they are firm and keep their "
               "crunch in the pan.",
               "Try cooking the noodle batter in a waffle maker for a lunchbox version that the children can hold."],
        footer=["Tagged: noodles, lunch", "Copyright 2025 The Family Kitchen"],
    ),
    nl=dict(
        title="Krokante noedelkoekjes voor de lunch in het weekend",
        story=["Deze krokante noedelkoekjes zijn mijn favoriete lunch in het weekend, en de kinderen smullen ervan.",
               "Je hebt alleen een pak noedels, wat groenten en een beetje bloem nodig voor een stapel noedelkoekjes.",
               "Ze zijn het lekkerst als ze nog warm zijn, meteen uit de pan, met een scheutje sojasaus erbij.",
               "Ik maakte ze voor het eerst op een regenachtige zaterdag, toen de koelkast bijna leeg was.",
               "Sindsdien zijn ze een kleine traditie in ons gezin, en elk kind mag zelf een groente kiezen.",
               "De koekjes zijn ook koud nog lekker, dus de restjes gaan op maandag mee in de broodtrommel.",
               "Heb je nog nooit noedels gebakken, geen zorgen: het beslag is vergevingsgezind en lukt bijna altijd."],
        heading="Ingrediënten",
        items=["1 pak instant noedels van ongeveer 85 gram, zonder het zakje met smaakmaker dat erbij in het pak zit", "2 wortels, geraspt", "100 g peultjes, in reepjes", "3 el bloem", "2 eieren",
               "3 el olie", "1 tl zout", "2 bosuitjes, in ringen", "1 el sojasaus"],
        method="Bereiding",
        steps=["Kook de noedels twee minuten in water, giet ze af en laat ze in een kom afkoelen voor gebruik.",
               "Meng de noedels met de wortels, peultjes, bloem en eieren tot alles goed gemengd is in de kom.",
               "Verhit de olie in een koekenpan en bak lepels van het noedelmengsel twee minuten aan elke kant."],
        notes_heading="Mijn tips",
        notes=["Je kunt alle groenten van het seizoen door de noedels doen, als ze maar stevig zijn en knapperig "
               "blijven in de pan.",
               "Bak het noedelbeslag eens in een wafelijzer voor een versie die de kinderen in hun hand kunnen "
               "houden."],
        footer=["Tags: noedels, lunch", "Copyright 2025 De Gezinskeuken"],
    ),
    ar=dict(
        title="أقراص النودلز المقرمشة لغداء نهاية الأسبوع",
        story=["أقراص النودلز المقرمشة هي غدائي المفضل في نهاية الأسبوع، ويحبها الأطفال كثيراً مع الجزر المبشور.",
               "كل ما تحتاجه هو علبة من النودلز وبعض الخضار وقليل من الطحين لتحضير عدد كبير من أقراص النودلز.",
               "تقدم أقراص النودلز ساخنة مباشرة من المقلاة مع قليل من صلصة الصويا للتغميس حسب الرغبة.",
               "حضّرتها أول مرة في يوم سبت ممطر عندما كانت الثلاجة شبه فارغة وكان الأطفال جائعين جداً.",
               "ومنذ ذلك اليوم أصبحت عادة صغيرة في عائلتنا، ويختار كل طفل نوعاً واحداً من الخضار بنفسه.",
               "تبقى الأقراص لذيذة وهي باردة أيضاً، لذلك أضع ما يتبقى منها في علب الغداء للمدرسة يوم الاثنين.",
               "إذا لم تقلوا النودلز من قبل فلا تقلقوا، فالخليط سهل ولا يفشل تقريباً حتى مع المبتدئين في المطبخ."],
        heading="المكونات:",
        items=["1 علبة نودلز سريعة التحضير وزنها نحو 85 غراماً من دون كيس التوابل الذي يأتي معها في العلبة عادة", "2 جزرة مبشورة", "100 غرام بازلاء", "3 ملاعق طحين", "2 بيضة", "3 ملاعق زيت",
               "1 ملعقة ملح", "2 بصل أخضر مفروم", "1 ملعقة صلصة صويا"],
        method="طريقة التحضير:",
        steps=["تسلق النودلز في الماء المغلي مدة دقيقتين ثم تصفى وتترك في وعاء حتى تبرد تماماً قبل الاستعمال.",
               "تخلط النودلز مع الجزر والبازلاء والطحين والبيض حتى تتجانس المكونات جيداً في الوعاء الكبير.",
               "يسخن الزيت في مقلاة وتقلى ملاعق من خليط النودلز مدة دقيقتين على كل جانب حتى تصبح ذهبية."],
        notes_heading="ملاحظاتي",
        notes=["يمكن إضافة أي خضار موسمية إلى خليط النودلز بشرط أن تكون متماسكة وتبقى مقرمشة في المقلاة.",
               "جربوا طهي خليط النودلز في آلة الوافل لتحضير نسخة يسهل على الأطفال حملها في علبة الغداء."],
        footer=["الوسوم: نودلز، غداء", "جميع الحقوق محفوظة 2025 مطبخ العائلة"],
    ),
)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_cook_s_notes_under_the_method_are_kept(lang):
    # nine ingredients, one of them longer than a widget's line, part the method from the story (the recipe, not a
    # continuation, reaches it); the method's paragraphs and the notes under "My Notes" are one prose group, but the
    # recipe ended at the method's last step and the rest of the group went as "after the article"
    r = NOTES[lang]
    text = "\n".join([r["title"], *r["story"], r["heading"], *r["items"], r["method"], *r["steps"],
                      r["notes_heading"], *r["notes"], *r["footer"]])
    art = normalise_text(text)
    for line in r["story"] + r["steps"] + r["notes"]:
        assert line in art.paragraphs, line
    assert r["footer"][-1] not in art.paragraphs
