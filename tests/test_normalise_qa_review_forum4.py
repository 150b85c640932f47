"""Pages tried as a new user would (fourth round, fixc4): pages whose content is not a plain story, in en/nl/ar.

Each case fails on the code before its fix (the guards, labelled, pass on both): a Q&A page took the site's name for
its title and lost the question (or kept its labels: "سأل: نورة", "الإجابات (3)", "مفيد (45)"); a product review lost
its pros and cons lists and its rating line without a warning; a Dutch forum thread took its breadcrumb for the title,
and Dutch and Arabic forums kept each post's member box and buttons ("Lid sinds: 2018", "Citeren", "رد مع اقتباس").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- item 3: Q&A pages --------------------------------------------------------------------------------------------

EN_QA = _page(
    "Home Improvement Stack Exchange",
    "Log in", "Sign up", "Home", "Questions", "Tags", "Users", "Unanswered",
    "Why does my bathroom fan leave water dripping from the ceiling vent?",
    "Asked 1 year, 2 months ago",
    "Modified 8 months ago",
    "Viewed 12k times",
    "9",
    "Every winter morning there are drops of water falling from the extractor fan grille in our upstairs bathroom. "
    "The fan runs for twenty minutes after each shower and vents through the loft into the soffit. Is the fan broken, "
    "or is something wrong with the duct?",
    "ventilation", "bathroom", "condensation",
    "Share", "Improve this question", "Follow",
    "asked Jan 14, 2024 at 7:02",
    "Petra K.", "412", "2 silver badges", "7 bronze badges",
    "Add a comment",
    "2 Answers",
    "Sorted by:", "Highest score (default)", "Date modified (newest first)",
    "15",
    "Warm, wet air from the shower cools in the duct where it crosses the cold loft, and the water runs back down to "
    "the fan. Insulate the duct along its whole length and make sure it slopes down towards the outside vent, so that "
    "any condensation drains out rather than back into the room.",
    "Share", "Improve this answer", "Follow",
    "answered Jan 14, 2024 at 9:40",
    "ductdoctor", "7,310", "3", "22", "41",
    "3",
    "Also check the length of the run. A flexible duct longer than about three metres sags between the joists, and "
    "every sag becomes a small pool of water that drips back whenever the fan stops.",
    "Share",
    "answered Jan 16, 2024 at 18:05",
    "Ravi", "208",
    "Your Answer",
    "Post as a guest", "Name", "Email", "Required, but never shown",
    "Post Your Answer",
    "Hot Network Questions",
    "How do I fix a door that sticks in summer?",
    "Can I paint over mould-resistant sealant?",
    "Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.",
)

AR_QA = _page(
    "منتدى الأسئلة والأجوبة",
    "اطرح سؤالا",
    "الأقسام",
    "تسجيل الدخول",
    "كيف أتخلص من رائحة الرطوبة في خزانة الملابس؟",
    "سأل: خالد",
    "منذ 3 أشهر",
    "خزانة الملابس في غرفة النوم ملاصقة لجدار خارجي، وكل شتاء تظهر فيها رائحة رطوبة قوية تلتصق بالملابس. جربت "
    "المعطرات لكنها لا تدوم سوى أيام قليلة. ما الحل الدائم لهذه المشكلة؟",
    "الإجابات (2)",
    "أفضل إجابة",
    "أجاب: م. سامي",
    "السبب على الأرجح هو تكاثف البخار على الجدار البارد خلف الخزانة. أبعد الخزانة عن الجدار بضعة سنتيمترات حتى "
    "يتحرك الهواء خلفها، وضع أكياس السيليكا أو الفحم داخلها، وافتح أبوابها ساعة كل يوم.",
    "مفيد (31)",
    "أجاب: هدى",
    "نفس المشكلة كانت عندي، وحلها عزل الجدار من الخارج. بعد العزل اختفت الرائحة تماما من الشتاء الأول.",
    "مفيد (9)",
    "أضف إجابتك",
    "أسئلة ذات صلة",
    "ما أفضل جهاز لسحب الرطوبة من الغرفة؟",
)

NL_QA = _page(
    "Vraag & Antwoord",
    "Stel een vraag",
    "Inloggen",
    "Mag mijn buurman een schutting van twee meter hoog op de erfgrens zetten?",
    "Gevraagd door Marieke",
    "3 maart 2025",
    "Onze buurman wil een houten schutting van twee meter hoog plaatsen, precies op de grens tussen onze tuinen. Wij "
    "hebben dan de hele middag geen zon meer op ons terras. Heeft hij daar een vergunning voor nodig, en moeten wij "
    "ermee instemmen?",
    "2 antwoorden",
    "Beste antwoord",
    "In de achtertuin mag een erfafscheiding tot twee meter hoog meestal zonder vergunning, zolang hij niet voor de "
    "voorgevel staat. Toestemming van de buren is niet nodig, maar staat de schutting precies op de grens, dan is hij "
    "van jullie allebei en moet je samen afspreken wie wat betaalt.",
    "Nuttig (14)",
    "Kijk ook in het bestemmingsplan van je gemeente. Sommige gemeenten hebben strengere regels voor schuttingen die "
    "aan de openbare weg grenzen, en dan is een vergunning wel nodig.",
    "Nuttig (3)",
    "Jouw antwoord",
    "Gerelateerde vragen",
    "Wie betaalt het onderhoud van een gedeelde heg?",
)


@pytest.mark.parametrize("page, question, post_words, answer_words, labels", [
    (EN_QA, "Why does my bathroom fan leave water dripping from the ceiling vent?", "extractor fan grille",
     ("Insulate the duct", "flexible duct longer than about three metres"),
     ("Asked 1 year", "Improve this question", "2 Answers", "Viewed 12k times", "silver badges", "Sorted by")),
    (AR_QA, "كيف أتخلص من رائحة الرطوبة في خزانة الملابس؟", "رائحة رطوبة قوية",
     ("أكياس السيليكا", "عزل الجدار من الخارج"),
     ("سأل: خالد", "الإجابات (2)", "أفضل إجابة", "أجاب: هدى", "مفيد (31)")),
    (NL_QA, "Mag mijn buurman een schutting van twee meter hoog op de erfgrens zetten?", "houten schutting",
     ("zonder vergunning", "bestemmingsplan"),
     ("2 antwoorden", "Beste antwoord", "Nuttig (14)", "Jouw antwoord")),
])
def test_a_qa_page_keeps_its_question_as_title_and_its_answers(page, question, post_words, answer_words, labels):
    article = normalise_text(page)
    assert article.title == question  # not the site's name
    assert post_words in article.text  # the question's own text
    for words in answer_words:
        assert words in article.text
    for label in labels:
        assert label not in article.text
    assert not any("table or list of numbers" in w for w in article.warnings)  # badges and counters are no table


def test_a_news_question_headline_over_a_byline_and_a_date_is_the_title():
    """A story whose headline asks a question, with its byline and date under it (the question headline allowed only
    one such line before its first paragraph: the title was lost), and whose text names answers: no Q&A page."""
    page = _page(
        "News", "Politics",
        "Can the council still stop the tram extension?",
        "By Hannah Cole",
        "March 3, 2025",
        "The city council received 214 answers to its consultation on the tram extension, more than half of them "
        "from residents of the streets along the planned route.",
        "Most respondents backed the line in principle but objected to the loss of 140 parking spaces, the report "
        "published on Monday says.",
        "The council will vote on the plan in April.",
    )
    article = normalise_text(page)
    assert article.title == "Can the council still stop the tram extension?"
    assert "214 answers" in article.text and "vote on the plan in April" in article.text


# --- item 4: a product review's verdict ---------------------------------------------------------------------------

NL_REVIEW = _page(
    "Tech", "Reviews",
    "Review Zonnig S3: stille robotstofzuiger met een korte adem",
    "Door Sanne de Wit",
    "30 september 2025",
    "Beoordeling: 3,5 van 5",
    "De Zonnig S3 kost 249 euro en is daarmee een van de goedkoopste robotstofzuigers met een laser voor de "
    "navigatie. Hij is opvallend stil en vindt zijn weg door een woonkamer vol stoelpoten zonder vast te lopen.",
    "Waar hij tekortschiet is de accu. Na vijftig minuten moet hij terug naar het laadstation, en een huis van "
    "honderd vierkante meter lukt dan niet in een keer.",
    "Voordelen",
    "Erg stil",
    "Goede navigatie",
    "Lage prijs",
    "Nadelen",
    "Korte accuduur",
    "Kleine stofbak",
    "Lees je mee in de app, dan zie je precies welke kamers hij al heeft gedaan. Voor een appartement is de S3 een "
    "goede koop, voor een groter huis is de accu te klein.",
)
AR_REVIEW = _page(
    "مراجعة سماعة صدى برو: صوت نقي وبطارية طويلة",
    "بقلم سارة الأحمد",
    "12 مارس 2025",
    "تأتي سماعة صدى برو بسعر 350 ريالا، وتقدم عزلا جيدا للضوضاء وصوتا نقيا في المكالمات. البطارية تدوم ثلاثين ساعة "
    "في اختباراتنا مع استخدام يومي متوسط.",
    "لكن العلبة كبيرة الحجم ولا تدخل الجيب بسهولة، كما أن التطبيق المرافق بطيء في الاتصال بالسماعة.",
    "المزايا",
    "عزل جيد للضوضاء",
    "بطارية طويلة",
    "العيوب",
    "علبة كبيرة",
    "تطبيق بطيء",
    "التقييم: 4 من 5",
    "إذا كنت تبحث عن سماعة ببطارية قوية وعزل جيد فهي خيار ممتاز بهذا السعر، أما إذا كان الحجم أولويتك فابحث عن غيرها.",
)
EN_REVIEW_HTML = """<!doctype html><html><head><title>Brightline K4 review: a kettle that keeps its promise | HomeTest</title>
</head><body><nav><a>Reviews</a> <a>Kitchen</a> <a>Deals</a></nav>
<article><h1>Brightline K4 review: a kettle that keeps its promise</h1>
<div class="byline">By Lena Ortiz</div>
<div class="score"><strong>Score: 8/10</strong></div>
<p>The Brightline K4 costs £45 and boils a full litre in two minutes and forty seconds, faster than most kettles
we have tested at twice the price. The temperature dial is easy to read and holds its setting within two degrees.</p>
<p>It is loud, though. At full boil it reached 68 decibels in our kitchen, and the lid spring feels cheap.</p>
<h2>Pros</h2><ul><li>Fast boil</li><li>Accurate temperature dial</li><li>Low price</li></ul>
<h2>Cons</h2><ul><li>Noisy at full boil</li><li>Flimsy lid spring</li></ul>
<p>If you want a fast kettle with a real temperature control and can live with the noise, the K4 is the one to
buy this year.</p></article>
<aside><h3>You might also like</h3><ul><li>Best toasters 2025</li></ul></aside></body></html>
"""


@pytest.mark.parametrize("article, verdict", [
    (lambda: normalise_text(NL_REVIEW),
     ["Beoordeling: 3,5 van 5", "Voordelen", "Erg stil", "Lage prijs", "Nadelen", "Korte accuduur", "Kleine stofbak"]),
    (lambda: normalise_text(AR_REVIEW),
     ["التقييم: 4 من 5", "المزايا", "بطارية طويلة", "العيوب", "علبة كبيرة", "تطبيق بطيء"]),
    (lambda: normalise_document(EN_REVIEW_HTML),
     ["Score: 8/10", "Pros", "Fast boil", "Low price", "Cons", "Noisy at full boil", "Flimsy lid spring"]),
])
def test_a_reviews_pros_cons_and_rating_are_kept(article, verdict):
    result = article()
    kept = result.text.split("\n\n")
    for line in verdict:
        assert any(line == p.lstrip("- ") for p in kept), line
    assert "the Brightline K4 costs" not in result.removed


def test_a_rating_line_that_is_dropped_is_warned_about():
    """A rating above the headline goes with the page's top; the reader is told the verdict was removed."""
    page = _page("Reviews", "Rating: 4 out of 5", *NL_REVIEW.splitlines()[2:])
    article = normalise_text(page)
    assert "Rating: 4 out of 5" in article.removed
    assert any("verdict" in w and "Rating: 4 out of 5" in w for w in article.warnings)


@pytest.mark.parametrize("sentence", [
    "The pros and cons of the plan were debated for three hours before the council voted on Tuesday night.",
    "Voordelen en nadelen van de nieuwe regeling worden volgend jaar onderzocht, zegt de minister.",
    "Its score of 8/10 in the national survey put the hospital among the best in the region, officials said.",
])
def test_guard_story_sentences_about_pros_or_scores_are_no_verdict(sentence):
    """Guard (passes before and after): the verdict shapes are whole lines; a sentence that names them is story."""
    page = _page("Hospital ranking published", "By Tom Reed", "May 2, 2025",
                 "The annual hospital ranking was published on Friday after a year of delays and two changes of method.",
                 sentence,
                 "The full ranking is available from the health ministry.")
    assert sentence in normalise_text(page).text


# --- item 8: Dutch and Arabic forum threads ----------------------------------------------------------------------

NL_FORUM = _page(
    "Forum", "Inloggen", "Registreren", "Zoeken",
    "Forum › Auto & Verkeer › Elektrisch rijden",
    "Thuislader laat de groep steeds uitvallen: wat nu?",
    "Gestart door mvdberg",
    "4 februari 2025",
    "mvdberg",
    "Lid sinds: 2020",
    "Berichten: 87",
    "Geplaatst: 4 februari 2025 19:22",
    "Sinds een week valt de groep van mijn thuislader uit zodra de auto langer dan een uur laadt. De installateur "
    "heeft een aparte groep van 16 ampère aangelegd. Ligt het aan de lader of aan de meterkast?",
    "Citeren",
    "Reageren",
    "stroomstoring",
    "Moderator",
    "Berichten: 9.412",
    "Geplaatst: 4 februari 2025 20:05",
    "Als de automaat pas na een uur eruit gaat, wordt de kabel of een aansluiting te warm. Laat de installateur de "
    "klemmen in de meterkast controleren en zet de laadstroom in de app tijdelijk op 13 ampère.",
    "Citeren",
    "Reageren",
    "mvdberg",
    "Geplaatst: 6 februari 2025 08:10",
    "Het was inderdaad een losse klem in de meterkast. Na het vastzetten laadt hij weer de hele nacht.",
    "Citeren",
    "Je moet ingelogd zijn om te reageren.",
    "Vergelijkbare onderwerpen",
    "Laadpaal delen met de buren",
    "Alle tijden zijn UTC+01:00",
)
AR_FORUM = _page(
    "منتديات السيارات",
    "الرئيسية", "التسجيل", "دخول", "بحث",
    "المنتدى العام › صيانة السيارات",
    "صوت طقطقة عند تدوير المقود بعد تغيير الإطارات",
    "كاتب الموضوع: أبو سلطان",
    "بتاريخ 8 أبريل 2025",
    "أبو سلطان",
    "عضو جديد",
    "المشاركات: 14",
    "بعد تغيير الإطارات الأمامية بدأ صوت طقطقة يظهر كلما أدرت المقود إلى أقصى اليمين أثناء الوقوف. هل السبب من "
    "الإطارات الجديدة أم من شيء آخر في نظام التوجيه؟",
    "رد مع اقتباس",
    "فني السيارات",
    "مشرف",
    "المشاركات: 7,215",
    "هذا الصوت غالبا من عمود الدوران الأمامي أو من مفصل الكرة، وتغيير الإطارات لا يسببه. افحص جلد العمود، فإذا كان "
    "ممزقا فالمفصل يحتاج إلى تغيير قبل أن يتلف تماما.",
    "رد مع اقتباس",
    "أبو سلطان",
    "شكرا لك، كان الجلد ممزقا فعلا وتم تغيير العمود. اختفى الصوت.",
    "رد مع اقتباس",
    "مواضيع مشابهة",
    "اهتزاز المقود على السرعات العالية",
)


@pytest.mark.parametrize("page, title, posts, furniture", [
    (NL_FORUM, "Thuislader laat de groep steeds uitvallen: wat nu?",
     ("Sinds een week valt de groep", "klemmen in de meterkast"),
     ("Forum › Auto", "Lid sinds: 2020", "Berichten: 87", "Berichten: 9.412", "Citeren", "Reageren", "Moderator",
      "Vergelijkbare onderwerpen", "Je moet ingelogd zijn")),
    (AR_FORUM, "صوت طقطقة عند تدوير المقود بعد تغيير الإطارات",
     ("بعد تغيير الإطارات الأمامية", "عمود الدوران الأمامي"),  # (a short closing reply: the learned model's call)
     ("التسجيل", "دخول", "المنتدى العام ›", "رد مع اقتباس", "مشرف", "المشاركات: 7,215", "عضو جديد",
      "كاتب الموضوع", "مواضيع مشابهة")),
])
def test_a_forum_thread_has_its_thread_title_and_no_member_furniture(page, title, posts, furniture):
    article = normalise_text(page)
    assert article.title == title  # not the breadcrumb
    for words in posts:
        assert words in article.text
    paragraphs = article.text.split("\n\n")
    for line in furniture:
        assert not any(p.startswith(line) for p in paragraphs), line


@pytest.mark.parametrize("sentence", [
    "Moderator Jan de Groot opende het debat om acht uur met een vraag over de woningmarkt in de regio.",
    "De partij heeft nu 233 berichten op sociale media verwijderd, meldt de omroep.",
    "وقال المشرف على المشروع إن الأعمال ستنتهي قبل الصيف المقبل.",
])
def test_guard_story_sentences_with_forum_words_stay(sentence):
    """Guard (passes before and after): the member-box shapes are whole short lines; a story sentence with the same
    words is kept."""
    page = _page("Debat over wonen trekt volle zaal", "Door Eva Smit", "2 mei 2025",
                 "Ruim driehonderd inwoners kwamen dinsdagavond naar het gemeentehuis voor het debat over nieuwbouw.",
                 sentence,
                 "De gemeenteraad neemt in juni een besluit over de plannen.")
    assert sentence in normalise_text(page).text
