"""What stands under a story and is no part of it (dragnet's "kept after the story"), in en/nl/ar.

Each case fails on the code before its fix (the guards, labelled, pass on both): a "Most popular" box's numbered
headlines ("3" / headline / "4" / headline / "5" / headline) were read as a match ticker's minutes and its last
headline kept as the kick-off entry; a short Blogger post kept the comment under its "1 comment:" heading; a blog's
follow prompts ("Liked this post?", "Or, subscribe via email:") and its own description ("Freshome is a weblog
devoted to …", "This blog is published by …") stayed in the text on a page the model reads openly.
"""

from __future__ import annotations


from newsbrief.normalise import normalise_text
from tests.page_modes import model_in_mode


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _wide() -> dict:
    """The packaged model in the "wide" page mode on every page (tests/page_modes.py)."""
    return model_in_mode("wide")


EN_STORY = [
    "Used car prices tick up after the storm, but beware of flooded cars",
    "By Marty Padgett",
    "November 5, 2012",
    "Used car prices have risen sharply in the week since the storm hit the coast, dealers in three states said.",
    "Thousands of cars were flooded when the sea came over the harbour wall, and insurers have written most of them off.",
    "Some of those cars will be dried out and sold again, often far from where they were flooded, the dealers warned.",
    "Buyers should check the carpets and the seat rails for silt and rust before they pay for any car this winter.",
]
NL_STORY = [
    "Prijzen van tweedehands auto's stijgen na de storm",
    "Door Eva Jansen",
    "5 november 2012",
    "De prijzen van tweedehands auto's zijn sinds de storm flink gestegen, zeggen autohandelaren in drie provincies.",
    "Duizenden auto's liepen onder water toen de zee over de dijk kwam, en verzekeraars hebben de meeste afgeschreven.",
    "Een deel van die auto's wordt gedroogd en opnieuw verkocht, vaak ver van de plek waar ze onder water stonden.",
    "Kopers doen er goed aan de vloermatten en de stoelrails te controleren op slib en roest voor ze betalen.",
]
AR_STORY = [
    "ارتفاع أسعار السيارات المستعملة بعد العاصفة",
    "بقلم سامي يوسف",
    "5 نوفمبر 2012",
    "ارتفعت أسعار السيارات المستعملة بشكل حاد منذ أن ضربت العاصفة الساحل، بحسب تجار في ثلاث مدن.",
    "غمرت المياه آلاف السيارات عندما تجاوز البحر حاجز الميناء، وشطبت شركات التأمين معظمها من سجلاتها.",
    "سيجري تجفيف بعض هذه السيارات وبيعها من جديد، غالبا بعيدا عن المكان الذي غمرتها فيه المياه، كما حذر التجار.",
    "وينصح الخبراء المشترين بفحص السجاد وقضبان المقاعد بحثا عن الطين والصدأ قبل دفع ثمن أي سيارة هذا الشتاء.",
]


def _popular(heading: str, headlines: list[str]) -> list[str]:
    """A "Most popular" box: its heading, then each headline under its rank, a share count between ("3" / headline /
    "2"), as a dump of such a box prints it."""
    out = [heading]
    for rank, headline in enumerate(headlines, 1):
        out += [str(rank), headline, str(6 - rank)]
    return out


def test_a_most_popular_box_numbered_one_to_five_is_no_match_ticker():
    for story, heading, headlines in (
            (EN_STORY, "Most Popular This Week", [
                "10 Tips To Help Your Teen Stop Texting And Driving...", "2014 Subaru Forester: First Look...",
                "EPA Red-Flags Hyundai Elantra, Kia Sorento, 11 Others For Gas...",
                "Honda, Acura Windows Don't Open Automatically When Vehicle Is...",
                "2013 BMW X1, 1972 Nissan Skyline GT-R, 2013 VW Passat TDI: Top..."]),
            (NL_STORY, "Meest gelezen", [
                "Tien tips om je tiener te laten stoppen met appen achter het stuur...",
                "Eerste blik op de nieuwe Subaru Forester van 2014...", "Toezichthouder tikt Hyundai en Kia op de vingers...",
                "Ramen van Honda gaan niet vanzelf open als de auto...", "De beste autovideo's van de week: BMW, Nissan en VW..."]),
            (AR_STORY, "الأكثر قراءة", [
                "عشر نصائح لمنع ابنك المراهق من الكتابة أثناء القيادة...", "نظرة أولى على سوبارو فورستر الجديدة...",
                "هيئة البيئة تحذر هيونداي وكيا من أرقام استهلاك الوقود...", "نوافذ هوندا لا تفتح تلقائيا عندما تكون السيارة...",
                "أفضل فيديوهات السيارات هذا الأسبوع: بي إم دبليو ونيسان وفولكسفاغن..."])):
        article = normalise_text(_page(*story, *_popular(heading, headlines), "Follow Us",
                                       "© 2012 Car News. All rights reserved."))
        assert story[-1] in article.text
        # the ranks are no entry times, and the last headline no kick-off entry kept whatever the model says
        assert not [why for _text, _role, why in article.line_roles if "live" in why]
        assert all(line not in article.paragraphs for line in ("1", "2", "3", "4", "5"))


def test_guard_a_match_ticker_with_its_minutes_keeps_its_kick_off_line():
    # guard (passes before and after): minutes apart, newest first, the kick-off under the last one
    article = normalise_text(_page(
        "Sport", "Live", "Rovers 2-1 City: Rovers win the derby",
        "90+4", "Full time. Rovers win the derby and go top of the league.",
        "81", "Goal! Rovers 2-1 City. Adams scores from the penalty spot.",
        "55", "Goal! Rovers 1-1 City. Brown equalises with a shot from outside the box.",
        "23", "Goal! Rovers 0-1 City. Lee heads in the opener from a corner.",
        "1", "Kick-off.", "Line-ups", "Share"))
    assert "Kick-off." in article.text
    assert "Goal! Rovers 1-1 City. Brown equalises with a shot from outside the box." in article.text


def test_the_comment_under_a_short_posts_colon_heading_is_no_post():
    for post, heading, comment in (
            (["Thursday, September 6, 2012", "This is Not a Lecture: Mrs Eaves",
              "Tonight, as part of the This is Not a Lecture series at the Museum of Contemporary Art, I will be telling "
              "a short story about my pseudonym and how I fell into working with type.",
              "Image taken from Simon Garfield's book Just My Type (2010), page 113.",
              "Posted by", "mrs eaves", "at", "1:27 PM"],
             "1 comment:",
             "thanks again for your time and energy on Sunday, we had a blast and wrote a post about it on our "
             "company's blog afterwards."),
            (["donderdag 6 september 2012", "Dit is geen lezing: Mrs Eaves",
              "Vanavond vertel ik in het museum voor hedendaagse kunst een kort verhaal over mijn pseudoniem en over hoe "
              "ik in het letterontwerp terechtkwam.",
              "De afbeelding komt uit het boek Just My Type van Simon Garfield, bladzijde 113.",
              "Geplaatst door", "mrs eaves", "om", "13:27"],
             "1 reactie:",
             "nogmaals bedankt voor je tijd en energie op zondag, we hebben genoten en er een stukje over geschreven op "
             "de blog van ons bedrijf."),
            (["الخميس 6 سبتمبر 2012", "هذه ليست محاضرة: السيدة إيفز",
              "الليلة، ضمن سلسلة هذه ليست محاضرة في متحف الفن المعاصر، سأروي قصة قصيرة عن اسمي المستعار وكيف بدأت "
              "العمل في تصميم الخطوط.",
              "الصورة مأخوذة من كتاب سايمون غارفيلد عن الخطوط، الصفحة 113.",
              "نشر بواسطة", "السيدة إيفز", "في", "1:27 م"],
             "3 تعليقات:",
             "شكرا مرة أخرى على وقتك وجهدك يوم الأحد، استمتعنا كثيرا وكتبنا تدوينة عن ذلك في مدونة شركتنا بعدها.")):
        article = normalise_text(_page(*post, heading, "Tim Buesing", "said...", comment, "cheers,",
                                       "September 25, 2012 5:11 PM", "Post a Comment", "Older Post", "Home"))
        assert post[2] in article.text
        assert comment not in article.text


EN_BLOG = [
    "Solid multi-facade house in Sweden inspired by the wilderness",
    "by Ana Lopez on November 12, 2012",
    "Inspired by the mountain landscape around it, Villa Midgard is a house that a Stockholm studio designed for a "
    "family of five who wanted to live far from the city.",
    "The result is a house with many faces, each turned to a different view of the valley and built of local timber.",
    "The playful roof line follows the ridge behind the house, and the large windows bring the forest into every room.",
]
EN_TAIL = ["If you enjoyed this article, please share it on:", "Liked this post?",
           "Get more by subscribing to the rss feed.", "Or, subscribe via email:",
           "Launched in 2007, Freshome is a weblog devoted to uncovering the latest and greatest products in design.",
           "This blog is published by Mirko Humbert, a graphic & web designer from Switzerland."]
NL_BLOG = [
    "Massief huis met vele gevels in Zweden, geïnspireerd op de wildernis",
    "door Eva Jansen op 12 november 2012",
    "Geïnspireerd op het berglandschap eromheen ontwierp een studio uit Stockholm Villa Midgard voor een gezin van vijf "
    "dat ver van de stad wilde wonen.",
    "Het resultaat is een huis met vele gezichten, elk gericht op een ander uitzicht over het dal en gebouwd van hout.",
    "De speelse daklijn volgt de heuvelrug achter het huis, en de grote ramen halen het bos in elke kamer naar binnen.",
]
NL_TAIL = ["Vond je dit artikel leuk?", "Of abonneer je via e-mail:", "Ontvang al onze nieuwe berichten per e-mail:",
           "Woonblog is een weblog gewijd aan interieur, architectuur en design uit heel Europa.",
           "Deze blog wordt geschreven door Eva Jansen, ontwerper uit Utrecht."]
AR_BLOG = [
    "منزل متعدد الواجهات في السويد مستوحى من البرية",
    "بقلم سامي يوسف في 12 نوفمبر 2012",
    "استوحى استوديو من ستوكهولم تصميم فيلا ميدغارد من الجبال المحيطة بها، وصممها لعائلة من خمسة أفراد أرادت العيش "
    "بعيدا عن المدينة.",
    "والنتيجة منزل بواجهات كثيرة، تطل كل منها على منظر مختلف للوادي، وقد بني من الخشب المحلي.",
    "ويتبع خط السقف المرح سلسلة التلال خلف المنزل، وتدخل النوافذ الكبيرة الغابة إلى كل غرفة.",
]
AR_TAIL = ["هل أعجبك هذا المقال؟", "اشترك عبر البريد الإلكتروني:", "تابع تحديثاتنا عبر تويتر.",
           "عالم التصميم مدونة مخصصة لأخبار التصميم والديكور والعمارة من كل أنحاء العالم.",
           "هذه المدونة يحررها سامي يوسف، مصمم من عمّان."]


def test_a_blogs_follow_prompts_and_its_own_description_go_on_an_openly_read_page():
    for blog, tail in ((EN_BLOG, EN_TAIL), (NL_BLOG, NL_TAIL), (AR_BLOG, AR_TAIL)):
        article = normalise_text(_page("Home", "Design", *blog, *tail, "Recent posts"), model=_wide())
        assert blog[-1] in article.text
        for line in tail:
            assert line not in article.text, line


def test_guard_a_story_that_names_a_post_or_a_sites_updates_keeps_those_sentences():
    # guard (passes before and after): story sentences that mention liking a post, updates and a blog's devotion
    lines = ["Readers liked the post and shared it more than ten thousand times within a day, the company said.",
             "Get updates on the storm from the county's emergency office, which posts every hour on its website.",
             "Gawker, a blog devoted to media gossip, published the video on Tuesday and took it down a day later."]
    article = normalise_text(_page(*EN_STORY, *lines, "Related stories"))
    for line in lines:
        assert line in article.text


def test_a_related_box_heading_with_more_words_on_its_line_ends_the_story():
    for story, heading, items in (
            (EN_STORY, "Related posts worth a look",
             ["The making of the new Cartier film (7)", "Banksy on advertising (13)", "Online advertising earnings (29)",
              "Advertising on blogs (30)"]),
            (NL_STORY, "Gerelateerde artikelen over dit onderwerp",
             ["Zo maak je de nieuwe reclamefilm (7)", "Banksy over reclame (13)", "Verdienen aan online reclame (29)",
              "Adverteren op blogs (30)"]),
            (AR_STORY, "مقالات ذات صلة بالموضوع",
             ["كيف صنع فيلم كارتييه الجديد (7)", "بانكسي يتحدث عن الإعلان (13)", "أرباح الإعلان على الإنترنت (29)",
              "الإعلان في المدونات (30)"])):
        article = normalise_text(_page(*story, heading, *items, "Archived under Advertising."), model=_wide())
        assert story[-1] in article.text
        assert heading not in article.text
        for item in items:
            assert item not in article.text, item
