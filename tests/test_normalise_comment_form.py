"""A post's comment form ends the post: nothing after "Name (required)" / "Je e-mailadres wordt niet gepubliceerd" is it.

A short blog post (a photo's caption and a line about it, a "via site.com" micro-post) has no paragraph of running
text of its own. The body region is anchored on the page's densest prose, and on such a page that was the blog's
"about me" paragraph in the sidebar under the comment form, or a reader's comment: the caption went as a line
"before the article" and the sidebar stayed. A comment form's field labels and notices (the phrase lists'
`comment_form` group) stand only under a post: the body is anchored above the form, the headline is looked for
there, and every line after the form is dropped in every page mode (comments.FORM_REASON). Hand-written pages in
English, Dutch and Arabic (nothing from the eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of, in_group

#: (header, headline, stamp, the post's own lines, comment counter and form, the sidebar's "about me" and archive)
PAGES = {
    "en": (["Pixels & Paper", "Home", "About", "Archive", "Contact"],
           "Paper lanterns over the harbour",
           "June 3rd, 9:41pm",
           ["Photographed by Lena Okafor at the summer lantern walk.", "Via harbourlights.example"],
           ["0 Comments", "Leave a comment", "Name (required)", "Mail (will not be published) (required)", "Website",
            "Notify me of follow-up comments by email."],
           ["About me",
            "Hi, I am a designer who collects beautiful things from around the web and shares a few of them here every "
            "day, so pull up a chair, stay a while and tell me what you found this week as well.",
            "If you like what you see here you can follow me on my page and subscribe to the feed, and you can always "
            "send me a link to something lovely that you think I should share with the other readers.",
            "Categories", "Illustration", "Photography", "Type", "May 2012", "April 2012", "March 2012",
            "(c) 2012 Pixels & Paper"]),
    "nl": (["Beeld & Boek", "Home", "Over mij", "Archief", "Contact"],
           "Papieren lampionnen boven de haven",
           "3 juni, 21:41",
           ["Gefotografeerd door Lena de Wit tijdens de zomerse lampionnentocht.", "Via havenlicht.example"],
           ["0 reacties", "Plaats een reactie", "Naam (verplicht)", "E-mail (wordt niet gepubliceerd) (verplicht)",
            "Website", "Stuur mij een e-mail als er vervolgreacties zijn"],
           ["Over mij",
            "Hoi, ik ben een ontwerper die mooie dingen van overal op het web verzamelt en er hier elke dag een paar "
            "van deelt, dus pak een stoel, blijf even hangen en vertel me wat jij deze week hebt gevonden.",
            "Als je het leuk vindt wat je hier ziet, kun je me volgen op mijn pagina en je abonneren op de feed, en je "
            "kunt me altijd een link sturen naar iets moois dat ik met de andere lezers zou moeten delen.",
            "Categorieën", "Illustratie", "Fotografie", "Typografie", "mei 2012", "april 2012", "maart 2012",
            "(c) 2012 Beeld & Boek"]),
    "ar": (["صور وورق", "الرئيسية", "من أنا", "الأرشيف", "اتصل بنا"],
           "فوانيس ورقية فوق الميناء",
           "3 يونيو، 21:41",
           ["التقطت الصورة لينا عمر خلال مسيرة الفوانيس الصيفية.", "عبر موقع أضواء الميناء"],
           ["0 تعليقات", "أضف تعليقك", "الاسم (مطلوب)", "البريد الإلكتروني (لن يتم نشره) (مطلوب)", "الموقع",
            "أعلمني بالتعليقات الجديدة عبر البريد الإلكتروني"],
           ["من أنا",
            "مرحبا، أنا مصممة أجمع الأشياء الجميلة من كل مكان على الشبكة وأشارك بعضها هنا كل يوم، فاجلسوا قليلا "
            "وأخبروني بما وجدتموه أنتم أيضا هذا الأسبوع من صور ورسوم وكتب.",
            "إذا أعجبكم ما ترونه هنا يمكنكم متابعتي على صفحتي والاشتراك في الخلاصة، ويمكنكم دائما أن ترسلوا لي رابطا "
            "لشيء جميل ترون أن علي مشاركته مع بقية القراء.",
            "التصنيفات", "رسوم", "تصوير", "خطوط", "مايو 2012", "أبريل 2012", "مارس 2012",
            "(c) 2012 صور وورق"]),
}


def _page(lang: str) -> tuple[str, list[str], list[str]]:
    header, headline, stamp, post, form, sidebar = PAGES[lang]
    return "\n".join(header + [headline, stamp] + post + form + sidebar), post, sidebar


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_short_post_keeps_its_caption_not_the_sidebar_under_the_comment_form(lang):
    text, post, sidebar = _page(lang)
    article = normalise_text(text)
    assert article.title == PAGES[lang][1]
    assert post[0] in article.text  # the photo's caption is the post
    for line in sidebar[1:3]:  # the "about me" paragraphs under the form are the sidebar's
        assert line not in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_long_story_drops_the_sidebar_under_the_comment_form(lang):
    """A story with paragraphs of its own keeps them; a sidebar's prose under its comment form goes in every mode."""
    header, headline, stamp, _post, form, sidebar = PAGES[lang]
    story = {
        "en": ["The harbour board lit four hundred paper lanterns on Saturday to mark the end of the dredging works "
               "that closed the inner basin to boats for most of the spring.",
               "Families walked from the fish market to the lighthouse, and the board said about six thousand people "
               "had joined the walk, twice as many as it had expected.",
               "The lanterns were made by pupils of three primary schools, who had folded them in their art lessons "
               "since Easter, the organisers said."],
        "nl": ["Het havenbedrijf stak zaterdag vierhonderd papieren lampionnen aan om het einde te vieren van het "
               "baggerwerk dat de binnenhaven het grootste deel van de lente voor boten sloot.",
               "Gezinnen liepen van de vismarkt naar de vuurtoren, en volgens het havenbedrijf liepen ongeveer "
               "zesduizend mensen mee, twee keer zoveel als verwacht.",
               "De lampionnen werden gemaakt door leerlingen van drie basisscholen, die ze sinds Pasen in hun "
               "tekenlessen hadden gevouwen, zeiden de organisatoren."],
        "ar": ["أضاءت هيئة الميناء يوم السبت أربعمئة فانوس ورقي احتفالا بانتهاء أعمال التجريف التي أغلقت الحوض "
               "الداخلي أمام القوارب معظم فصل الربيع.",
               "وسارت العائلات من سوق السمك إلى المنارة، وقالت الهيئة إن نحو ستة آلاف شخص شاركوا في المسيرة، أي "
               "ضعف ما كانت تتوقعه.",
               "وصنع الفوانيس تلاميذ ثلاث مدارس ابتدائية طووها في حصص الرسم منذ عيد الفصح، بحسب المنظمين."],
    }[lang]
    article = normalise_text("\n".join(header + [headline, stamp] + story + form + sidebar))
    for line in story:
        assert line in article.text
    for line in sidebar[1:3]:
        assert line not in article.text


@pytest.mark.parametrize("line", [
    "Name (required)", "Mail (will not be published) (required)", "Email (required) (Address never made public)",
    "Your email address will not be published. Required fields are marked *",
    "Notify me of follow-up comments by email.", "Naam (verplicht)",
    "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
    "Stuur mij een e-mail als er vervolgreacties zijn", "الاسم (مطلوب)",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "أعلمني بالتعليقات الجديدة عبر البريد الإلكتروني",
])
def test_comment_form_labels_are_the_form_group(line):
    # a bare "(required)" label for a name or an e-mail address is a newsletter box's too: `form_label`
    assert in_group(line, len(line.split()), "comment_form") or in_group(line, len(line.split()), "form_label")
    assert "misc" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("line", [
    "The name of the witness will not be published, the court said.",
    "Website", "Naam", "Your email address", "Subscribe to our newsletter",
    "De naam van de verdachte wordt niet gepubliceerd, zei de politie.",
])
def test_story_sentences_and_bare_labels_are_no_form(line):
    """A story's sentence that says something will not be published is no form; a bare "Website" field label is
    too common a word to start the form on."""
    assert not in_group(line, len(line.split()), "comment_form")


@pytest.mark.parametrize("line", ["RSS feed for comments on this post.", "TrackBack URI", "Trackback URL for this entry:",
                                  "Comment (RSS)", "RSS-feed voor reacties op dit bericht", "Trackback-URL"])
def test_a_posts_feed_and_trackback_links_are_furniture(line):
    """Under a short post the feed link is the only sentence-like line above the form: no body to anchor on."""
    assert "misc" in categories_of(line, len(line.split()))


def test_a_form_above_a_story_ends_nothing():
    """A news page's pop-up comment form may stand above the story in the dump: a body of FORM_STORY_PROSE prose lines
    or more under the form is the story, not a sidebar, and stays (a guard: main keeps it too)."""
    header = ["Home", "News", "Sport", "Weather", "Name (required)", "Email (required)", "Comment (required)", "Submit"]
    story = ["Harbour lanterns draw six thousand to the waterfront",
             "The harbour board lit four hundred paper lanterns on Saturday to mark the end of the dredging works that "
             "closed the inner basin to boats for most of the spring.",
             "Families walked from the fish market to the lighthouse, and the board said about six thousand people had "
             "joined the walk, twice as many as it had expected.",
             "The lanterns were made by pupils of three primary schools, who had folded them in their art lessons since "
             "Easter, the organisers said.",
             "The board plans to repeat the walk next summer if the weather allows it."]
    article = normalise_text("\n".join(header + story + ["Share this article", "(c) 2012 Harbour News"]))
    for line in story[1:4]:
        assert line in article.text


#: a news story with a newsletter sign-up box after its third paragraph (the box's lines as a dump gives them), and
#: the three paragraphs under it
NEWSLETTER_BOX = {
    "en": (["Hospital trust to close two wards over winter", "By Tom Baker", "4 March 2026"],
           ["Two wards at St Mary's Hospital will close for three months to ease staff shortages, the hospital trust "
            "has said on Tuesday.",
            "Patients will be moved to the main site in Newport, where extra beds have been opened since the start "
            "of January.",
            "Union leaders said the move showed how stretched the service had become after years of unfilled "
            "vacancies."],
           ["Get our free daily newsletter", "Name (required)", "Email (required)", "Sign up"],
           ["The trust's chief executive, Dr Helen Ward, said no jobs would be lost and staff would move with their "
            "patients.",
            "The wards are expected to reopen in June once new nurses recruited from abroad have started work at the "
            "hospital.",
            "A public meeting about the changes will be held at the Riverside Centre next Thursday evening."]),
    "nl": (["Ziekenhuis sluit deze winter twee afdelingen", "Door Pieter de Vries", "4 maart 2026"],
           ["Het Isala-ziekenhuis sluit drie maanden lang twee afdelingen vanwege een groot tekort aan "
            "verpleegkundigen, meldde de directie dinsdag.",
            "Patiënten worden verplaatst naar de hoofdlocatie in Zwolle, waar sinds januari extra bedden zijn "
            "bijgeplaatst.",
            "Vakbonden zeggen dat de maatregel laat zien hoe zwaar de zorg onder druk staat na jaren van "
            "openstaande vacatures."],
           ["Ontvang onze gratis dagelijkse nieuwsbrief", "Naam (verplicht)", "E-mail (verplicht)", "Aanmelden"],
           ["Bestuursvoorzitter Helen de Wit zegt dat er geen banen verloren gaan en dat het personeel meeverhuist "
            "met de patiënten.",
            "De afdelingen gaan naar verwachting in juni weer open, als nieuwe verpleegkundigen uit het buitenland "
            "zijn begonnen.",
            "Volgende week donderdagavond is er een informatiebijeenkomst over de veranderingen in het "
            "wijkcentrum."]),
    "ar": (["المستشفى يغلق قسمين خلال الشتاء", "بقلم سامي يوسف", "4 مارس 2026"],
           ["أعلنت إدارة مستشفى الجامعة يوم الثلاثاء إغلاق قسمين لمدة ثلاثة أشهر بسبب النقص الحاد في عدد "
            "الممرضين.",
            "وسينقل المرضى إلى المبنى الرئيسي في وسط المدينة حيث أضيفت أسرة جديدة منذ بداية شهر يناير.",
            "وقالت النقابة إن القرار يظهر حجم الضغط الذي يعانيه القطاع الصحي بعد سنوات من الوظائف الشاغرة."],
           ["اشترك في نشرتنا اليومية المجانية", "الاسم (مطلوب)", "البريد الإلكتروني (مطلوب)", "اشترك"],
           ["وقال مدير المستشفى إن أحدا لن يفقد وظيفته وإن الموظفين سينتقلون مع المرضى إلى المبنى الرئيسي.",
            "ومن المتوقع أن يعاد فتح القسمين في يونيو بعد أن يبدأ الممرضون الجدد عملهم في المستشفى.",
            "وستعقد الإدارة لقاء مفتوحا مع السكان حول هذه التغييرات مساء الخميس المقبل."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_newsletter_box_inside_a_story_ends_nothing(lang):
    # before: the box's "Name (required)" label was taken for a comment form, and the three paragraphs under it went
    # as "after the comment form" with no warning; a newsletter box has no line of a comment form's own
    header, above, box, below = NEWSLETTER_BOX[lang]
    article = normalise_text("\n".join(["Home", "News"] + header + above + box + below + ["Share this article"]))
    for line in above + below:
        assert line in article.text


@pytest.mark.parametrize("notice", ["Your email address will not be shared.", "Email (required)"])
def test_a_newsletter_pop_up_above_a_brief_ends_nothing(notice):
    # before: the pop-up's "… will not be shared" notice (or its lone "(required)" label) was a comment form above a
    # two-paragraph brief, too short to count as a story under a form (classify.FORM_STORY_PROSE): all of it went
    page = ["Sign up to our morning briefing", "Get the day's top stories every morning.", notice, "",
            "Man charged after Harbour Road crash", "", "By Tom Baker", "4 March 2026", "",
            "A 34-year-old man has been charged with dangerous driving after a crash in Harbour Road on Saturday "
            "night, police said.",
            "Two people were taken to hospital with minor injuries. The man will appear before Westbury magistrates "
            "on 20 March."]
    article = normalise_text("\n".join(page))
    for line in page[-2:]:
        assert line in article.text
