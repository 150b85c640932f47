"""A story's dated first paragraph above the line taken for its headline is the story's lead (classify.DATED_LEAD_WORDS;
dragnet folds 0-1 "dropped before our first kept line: lead (above the headline)"): a news page printed the headline,
byline, date and the lead ("BEIJING — …"), then a box of related links and a "follow us" widget, and the rules took a
related link under the lead for the headline, so the lead stood "above the headline" and went. Every page here is
written for the tests; each case fails on the code before the fix unless it says it is a guard:

* the lead above a related-links box, with the rules alone and with the model (en, nl; ar with the rules alone: there
  the model already kept it);
* guards: a teaser of another story with its own dateline in a box above a story's headline stays out (en, nl, ar);
  a story whose dated lead and standfirst stand under its headline keeps both (en, nl, ar); the test of a dateline is
  linear in the paragraph's length.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text

LEAD_ABOVE_BOX_EN = """Home
World
Business
Technology
Autos
Nations at Odds Over Fishing Rights, Group Warns
By
JANE MORTON
Published: July 24, 2012
BEIJING — The dispute between China and four of its neighbours over fishing rights in the southern sea has reached an impasse, a research group warned on Tuesday, and the navies of the region are now more likely to clash.
Multimedia
Interactive Map
Fishing Claims in the Southern Sea
Related
China Sends Patrol Boats to Disputed Reefs
(July 24, 2012)
Related in Opinion
Room for Debate: Is a Cold War Coming to the Region?
(May 2, 2012)
Connect With Us on Twitter
Follow @worlddesk for international breaking news and headlines.
Twitter List: Reporters and Editors
The report, by the International Crisis Group, said China and Vietnam had each sent more patrol boats to the disputed fishing grounds this year, and that talks between the governments had stalled since the spring.
Diplomats in Beijing said the fishing dispute had become the most difficult issue between China and its neighbours, and that no government in the region wanted to be seen to give ground on it.
The group urged the governments to agree on a code of conduct for the navies and fishing fleets that work in the waters, which hold some of the richest fisheries in the world and possibly oil and gas.
China has said it will talk to each of its neighbours on its own and not to the group of them together, which the others say gives Beijing the upper hand in every round of the fishing talks.
Vietnam and the Philippines have protested against Chinese patrol boats in waters they claim, and both have asked Washington to support their position in the talks, the report said.
A version of this article appeared in print on July 25, 2012.
Back to top
Site Map
Privacy
"""

LEAD_ABOVE_BOX_NL = """Home
Binnenland
Buitenland
Economie
Sport
Kabinet en boeren nog ver uit elkaar over stikstof
Door
Anne de Vries
Gepubliceerd: 24 juli 2012
DEN HAAG - Het overleg tussen het kabinet en de boerenorganisaties over de stikstofregels zit muurvast, meldde een onderzoeksbureau dinsdag, en de kans op nieuwe protesten van boeren op de snelwegen is groter geworden.
Multimedia
Interactieve kaart
Stikstof in de provincies
Gerelateerd
Provincies sturen eigen plannen naar Den Haag
(24 juli 2012)
Meer uit Opinie
Debat: komt er een nieuwe boerenopstand?
(2 mei 2012)
Volg ons op Twitter
Volg @binnenland voor het laatste nieuws uit Nederland.
Twitterlijst: verslaggevers en redacteuren
Het rapport van het onderzoeksbureau zegt dat het kabinet en de boerenorganisaties dit jaar geen enkele keer tot een akkoord over de stikstofregels zijn gekomen, en dat het overleg sinds het voorjaar stilligt.
Volgens ingewijden in Den Haag is de stikstof het moeilijkste dossier van het kabinet geworden, en wil geen van de partijen in het overleg de indruk wekken dat zij toegeeft aan de boeren.
Het bureau roept het kabinet en de boerenorganisaties op om afspraken te maken over de uitstoot per provincie, en over het geld dat boeren krijgen als zij hun bedrijf moeten verkleinen.
Het kabinet zegt dat het met elke provincie afzonderlijk wil praten over de stikstofregels, wat volgens de boerenorganisaties Den Haag de overhand geeft in het overleg over de boeren.
De provincies Gelderland en Overijssel hebben al geprotesteerd tegen de plannen van het kabinet, en vragen om meer tijd voor de boeren in hun gebied, schrijft het rapport.
Terug naar boven
Sitemap
Privacy
"""

LEAD_ABOVE_BOX_AR = """الرئيسية
محليات
عربي ودولي
اقتصاد
رياضة
مصر وإثيوبيا على طرفي نقيض بشأن مياه النيل
بقلم
سامي يوسف
نشر في: 24 يوليو 2012
القاهرة - وصلت المفاوضات بين مصر وإثيوبيا بشأن مياه النيل وسد النهضة إلى طريق مسدود، بحسب ما حذرت منه مجموعة بحثية يوم الثلاثاء، وقالت إن خطر التصعيد بين البلدين صار أكبر من أي وقت مضى.
وسائط متعددة
خريطة تفاعلية
مياه النيل في دول الحوض
ذات صلة
السودان يرسل وفدا إلى أديس أبابا
(24 يوليو 2012)
المزيد من الرأي
نقاش: هل تندلع حرب المياه في المنطقة؟
(2 مايو 2012)
تابعونا على تويتر
تابع @arabdesk لآخر الأخبار العاجلة من العالم العربي.
قائمة تويتر: المراسلون والمحررون
وقال تقرير المجموعة البحثية إن مصر وإثيوبيا لم تتوصلا هذا العام إلى أي اتفاق بشأن مياه النيل وملء سد النهضة، وإن المفاوضات بين البلدين متوقفة منذ الربيع الماضي.
وقال دبلوماسيون في القاهرة إن ملف مياه النيل أصبح أصعب ملف في العلاقات بين مصر وإثيوبيا، وإن أيا من البلدين لا يريد أن يظهر بمظهر من يتنازل في المفاوضات.
ودعت المجموعة البلدين إلى الاتفاق على قواعد لملء سد النهضة وتشغيله في سنوات الجفاف، حتى لا تتضرر مصر والسودان من نقص مياه النيل في تلك السنوات.
وتقول إثيوبيا إنها تريد التفاوض مع كل بلد على حدة، وهو ما تقول مصر إنه يمنح أديس أبابا اليد العليا في مفاوضات مياه النيل وسد النهضة.
واحتج السودان أيضا على الخطط الإثيوبية، وطالب بمزيد من الوقت لدراسة أثر سد النهضة على السدود السودانية، بحسب التقرير.
العودة إلى الأعلى
خريطة الموقع
الخصوصية
"""


def _role(article, start: str) -> str:
    return next(role for text, role, _ in article.line_roles if text.startswith(start))


@pytest.mark.parametrize("page,lead,body", [
    (LEAD_ABOVE_BOX_EN, "BEIJING — The dispute", "The report, by the International Crisis Group"),
    (LEAD_ABOVE_BOX_NL, "DEN HAAG - Het overleg", "Het rapport van het onderzoeksbureau"),
    (LEAD_ABOVE_BOX_AR, "القاهرة - وصلت المفاوضات", "وقال تقرير المجموعة البحثية"),
])
def test_a_dated_lead_above_a_related_box_is_the_story_with_the_rules_alone(page, lead, body):
    article = normalise_text(page, model=False)
    assert _role(article, lead) == "content"
    assert _role(article, body) == "content"
    assert "Multimedia" not in article.text and "Interactive Map" not in article.text


@pytest.mark.parametrize("page,lead", [
    (LEAD_ABOVE_BOX_EN, "The dispute between China and four of its neighbours"),
    (LEAD_ABOVE_BOX_NL, "Het overleg tussen het kabinet en de boerenorganisaties"),
])
def test_a_dated_lead_above_a_related_box_is_the_story_with_the_model(page, lead):
    article = normalise_text(page)
    assert lead in article.text
    # the lead is the text's first paragraph (its dateline read as the byline's place), the related links are not kept
    assert article.text.startswith(lead)


TEASER_ABOVE_EN = """Home
World
Business
Most popular
Senate extends the farm bill for a year
WASHINGTON — The Senate voted on Monday to extend the farm bill for another year, ending a long fight over subsidies for dairy farmers and crop insurance in the Midwest.
Advertisement
Storm closes schools across the county
By Mary Olsen
Published: October 31, 2012
All public schools in the county will stay closed on Thursday after the storm brought down trees and power lines on most of the roads, the school board said on Wednesday evening.
The board said buses could not run safely while crews were still clearing the roads, and that it would decide about Friday by noon on Thursday.
Parents were asked to check the board's website for updates, and the county's libraries will open early for children whose parents have to work.
Several schools lost power during the storm, and two of them had water in their basements, according to the board's facilities manager.
The board said lost days would be made up in the spring, most likely during the week that had been set aside for the spring break.
Comments
"""

TEASER_ABOVE_NL = """Home
Binnenland
Buitenland
Meest gelezen
Europa sluit akkoord over de melkquota
BRUSSEL - De Europese ministers van landbouw hebben maandag een akkoord gesloten over de melkquota, na een lange strijd over de steun voor melkveehouders in Oost-Europa.
Advertentie
Storm sluit scholen in de hele regio
Door Marieke Jansen
Gepubliceerd: 31 oktober 2012
Alle openbare scholen in de regio blijven donderdag dicht nadat de storm bomen en stroomkabels op de meeste wegen heeft doen omvallen, meldde het schoolbestuur woensdagavond.
Volgens het bestuur kunnen de schoolbussen niet veilig rijden zolang ploegen de wegen nog vrijmaken, en valt vrijdag om twaalf uur een besluit over de scholen.
Ouders wordt gevraagd de website van het bestuur in de gaten te houden, en de bibliotheken in de regio gaan eerder open voor kinderen van werkende ouders.
Meerdere scholen hadden tijdens de storm geen stroom, en in twee van de gebouwen stond water in de kelder, aldus de facilitair manager van het bestuur.
Het bestuur zegt dat de verloren dagen in het voorjaar worden ingehaald, waarschijnlijk in de week die voor de voorjaarsvakantie was gereserveerd.
Reacties
"""

TEASER_ABOVE_AR = """الرئيسية
محليات
عربي ودولي
الأكثر قراءة
البرلمان اللبناني يقر قانون الموازنة
بيروت - أقر البرلمان اللبناني يوم الاثنين قانون الموازنة العامة للعام المقبل بعد جلسات طويلة من النقاش حول الضرائب الجديدة ورواتب موظفي القطاع العام.
إعلان
العاصفة تغلق المدارس في المحافظة
بقلم مريم خليل
نشر في: 31 أكتوبر 2012
أعلنت مديرية التربية أن جميع المدارس الحكومية في المحافظة ستبقى مغلقة يوم الخميس بعد أن أسقطت العاصفة الأشجار وأعمدة الكهرباء على معظم الطرق في المحافظة.
وقالت المديرية إن الحافلات المدرسية لا تستطيع السير بأمان ما دامت فرق البلدية تعمل على فتح الطرق، وإنها ستقرر بشأن يوم الجمعة ظهر الخميس.
ودعت المديرية أولياء الأمور إلى متابعة موقعها الإلكتروني، فيما تفتح المكتبات العامة أبوابها مبكرا لأطفال الآباء العاملين في المحافظة.
وانقطعت الكهرباء عن عدة مدارس خلال العاصفة، ودخلت المياه إلى الطوابق السفلية في مدرستين منها، بحسب مدير المرافق في المديرية.
وقالت المديرية إن الأيام الضائعة ستعوض في الربيع، على الأرجح خلال الأسبوع المخصص لعطلة الربيع في المدارس.
التعليقات
"""


@pytest.mark.parametrize("page,teaser,body", [
    (TEASER_ABOVE_EN, "WASHINGTON — The Senate", "All public schools in the county"),
    (TEASER_ABOVE_NL, "BRUSSEL - De Europese ministers", "Alle openbare scholen in de regio"),
    (TEASER_ABOVE_AR, "بيروت - أقر البرلمان", "أعلنت مديرية التربية"),
])
@pytest.mark.parametrize("model", [False, None])
def test_guard_a_dated_teaser_of_another_story_above_the_headline_stays_out(page, teaser, body, model):
    article = normalise_text(page, model=model)
    assert _role(article, teaser) != "content"
    assert _role(article, body) == "content"


DATED_STORY_EN = """Home
World
Rebels agree to talks as ceasefire holds
Both sides say the first round could start within a week
By Tom Reed
Published: March 3, 2013
NAIROBI — Rebel leaders in the east of the country said on Sunday they would join peace talks with the government, the first sign that a ceasefire agreed last month was holding.
A spokesman for the rebels said a delegation would travel to the capital once the government had named its own negotiators and a mediator both sides could accept.
The government welcomed the statement and said it would name its team within days, though it warned that fighters who broke the ceasefire would still be prosecuted.
Aid agencies said tens of thousands of people had fled the fighting since the autumn and that many were still living in camps without clean water.
Comments
"""

DATED_STORY_NL = """Home
Buitenland
Rebellen stemmen in met gesprekken nu bestand standhoudt
Beide partijen zeggen dat de eerste ronde binnen een week kan beginnen
Door Tom de Riet
Gepubliceerd: 3 maart 2013
NAIROBI - Leiders van de rebellen in het oosten van het land zeiden zondag dat zij willen deelnemen aan vredesgesprekken met de regering, het eerste teken dat het bestand van vorige maand standhoudt.
Een woordvoerder van de rebellen zei dat een delegatie naar de hoofdstad reist zodra de regering haar eigen onderhandelaars en een bemiddelaar heeft aangewezen.
De regering verwelkomde de verklaring en zei binnen enkele dagen haar team te benoemen, maar waarschuwde dat strijders die het bestand schenden nog altijd worden vervolgd.
Hulporganisaties zeiden dat tienduizenden mensen sinds het najaar voor de gevechten zijn gevlucht en dat velen nog in kampen zonder schoon water wonen.
Reacties
"""

DATED_STORY_AR = """الرئيسية
عربي ودولي
المتمردون يوافقون على المحادثات مع صمود الهدنة
الطرفان يقولان إن الجولة الأولى قد تبدأ خلال أسبوع
بقلم طارق رضا
نشر في: 3 مارس 2013
نيروبي - قال قادة المتمردين في شرق البلاد يوم الأحد إنهم سينضمون إلى محادثات السلام مع الحكومة، في أول مؤشر على صمود الهدنة التي اتفق عليها الشهر الماضي.
وقال متحدث باسم المتمردين إن وفدا سيتوجه إلى العاصمة بمجرد أن تسمي الحكومة مفاوضيها ووسيطا يقبله الطرفان.
ورحبت الحكومة بالبيان وقالت إنها ستسمي فريقها خلال أيام، لكنها حذرت من أن المقاتلين الذين يخرقون الهدنة سيحاكمون.
وقالت وكالات الإغاثة إن عشرات الآلاف فروا من القتال منذ الخريف وإن كثيرين منهم ما زالوا يعيشون في مخيمات بلا مياه نظيفة.
التعليقات
"""


@pytest.mark.parametrize("page,standfirst,lead", [
    (DATED_STORY_EN, "Both sides say the first round", "Rebel leaders in the east of the country"),
    (DATED_STORY_NL, "Beide partijen zeggen dat de eerste ronde", "Leiders van de rebellen in het oosten"),
    (DATED_STORY_AR, "الطرفان يقولان إن الجولة الأولى", "قال قادة المتمردين في شرق البلاد"),
])
def test_guard_a_news_storys_own_dated_lead_and_standfirst_stay(page, standfirst, lead):
    article = normalise_text(page)
    assert standfirst in article.text
    assert lead in article.text


def test_guard_the_dateline_test_is_linear_in_the_paragraphs_length():
    from newsbrief.normalise.datelines import opens_with_dateline  # (here: the other cases also run on older code)

    def timed(n: int) -> float:
        text = "LONDON " * n + "— " + "word " * n
        began = time.process_time()
        for _ in range(20):
            opens_with_dateline(text)
        return time.process_time() - began

    timed(100)
    # the best of three runs each (a loaded machine slows single runs); ten times the text, well under 40 times the time
    small, large = min(timed(2000) for _ in range(3)), min(timed(20000) for _ in range(3))
    assert large < max(small, 1e-3) * 40
