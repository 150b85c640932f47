"""An author box under a blog post: the author's name on a line of its own, then a paragraph that opens with that name
and a bio verb or a colon ("Heather" / "Heather is a Canadian mother of two …", "ANNIE DOWNS" / "Annie Downs is a
freelance writer …"). With no byline naming her, the author-bio rule (metadata.is_author_bio) did not know the name,
and the box's paragraph was kept as the post's last one. The name said twice in a row, then the person in the third
person, is the box's shape (metadata.named_bio, classify._drop_named_bio); the post's own sign-off above it stays.
Guards: a story of profiles, each headed by its person's name, keeps them all; a guide's heading over its definition
("Tuition" / "Tuition is paid …") stays; a letter's sign-off and a closing quote stay.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("""Crafty Mums
How to make a ribbon balloon
Posted on November 9, 2012
These ribbon balloons are the easiest party decoration I have made this year, and the girls loved helping.
Start by wrapping a balloon in glue-soaked ribbon, crossing the strands until only small gaps are left between them.
Leave it to dry overnight, then pop the balloon and pull it out carefully through one of the gaps in the ribbon.
Hang a few of them from the ceiling with fishing line and the room looks ready for a party in minutes.
Would you make these?
Heather
Heather is a Canadian mother of two girls. She has a degree in liberal arts and loves photography and parties.
More Posts - Website
Birthday Balloon Texture Ball
Ribbon Snowman Hair Clip
""", "Heather is a Canadian mother", "Hang a few of them from the ceiling"),
    "nl": ("""Creatieve Moeders
Zo maak je een lintballon
Geplaatst op 9 november 2012
Deze lintballonnen zijn de makkelijkste feestversiering die ik dit jaar heb gemaakt, en de meiden hielpen graag mee.
Wikkel een ballon in lint dat in lijm is gedrenkt en kruis de stroken tot er alleen kleine openingen over zijn.
Laat alles een nacht drogen, prik de ballon dan door en trek hem voorzichtig door een van de openingen naar buiten.
Hang er een paar met visdraad aan het plafond en de kamer is in een paar minuten klaar voor het feest.
Zouden jullie deze maken?
Heleen
Heleen is een moeder van twee meisjes uit Utrecht. Ze studeerde kunstgeschiedenis en houdt van fotograferen.
Meer berichten - Website
Verjaardagsballon van papier
Haarspeld met sneeuwpop
""", "Heleen is een moeder van twee", "Hang er een paar met visdraad"),
    "ar": ("""أمهات مبدعات
كيف تصنعين بالونا من الشرائط
نشر في 9 نوفمبر 2012
هذه البالونات المصنوعة من الشرائط أسهل زينة للحفلات صنعتها هذا العام، وقد أحبت البنات المساعدة فيها.
ابدئي بلف بالون بشرائط مبللة بالغراء، مع تقاطع الشرائط حتى لا تبقى إلا فجوات صغيرة بينها.
اتركيها لتجف طوال الليل، ثم افقعي البالون واسحبيه بحذر من إحدى الفجوات بين الشرائط.
علقي بعضها في السقف بخيط صيد، وستبدو الغرفة جاهزة للحفلة في دقائق.
هل ستصنعين هذه؟
هبة
هبة تعمل مصممة في عمان، هي أم لطفلتين درست الفنون وتحب التصوير والحفلات.
المزيد من المقالات - الموقع
بالون عيد الميلاد
مشبك شعر على شكل رجل ثلج
""", "هبة تعمل مصممة في عمان", "علقي بعضها في السقف بخيط صيد"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_author_box_under_a_post_goes(lang):
    page, bio, story = PAGES[lang]
    for kwargs in ({"model": False}, {}):
        text = normalise_text(page, **kwargs).text
        assert bio not in text
        assert story in text


# guard: a story of profiles, each headed by its person's name, keeps every profile
PROFILES = """City Times
Five people who kept the city running during the storm
By Sam Keller
12 November 2012
When the storm cut power to half the city, a handful of people kept the lights on for everyone else.
Maria Lopez
Maria Lopez is a nurse who worked three double shifts in a row at the hospital when the generators failed.
John Smith
John Smith is a bus driver who kept his route running through flooded streets so that nurses could reach work.
Ahmed Khan
Ahmed Khan is a grocer who opened his shop to neighbours and handed out water and bread for free.
Share this article
"""


def test_profiles_headed_by_names_stay():
    for kwargs in ({"model": False}, {}):
        text = normalise_text(PROFILES, **kwargs).text
        assert "Ahmed Khan is a grocer" in text
        assert "John Smith is a bus driver" in text


# guard: a letter's sign-off and a closing quote under the story stay
LETTER = """Letters Archive
The sacrifice is not in vain
The country will always honour your boy, because he gave his life for it, and it will love you for your gift.
From the whole hospital, accept our deepest sympathy, and from myself my tenderest love in your hour of sorrow.
He spoke of you often in the last days, and of the farm, and of the horses he hoped to ride again in spring.
"He was the bravest man on the ward," the matron wrote in the margin.
Sincerely,
Maude B. Fisher
Visit the Archives for hundreds more letters.
"""


def test_letter_sign_off_stays():
    text = normalise_text(LETTER, model=False).text
    assert "Maude B. Fisher" in text
    assert "the bravest man on the ward" in text


# guard: a guide's heading over its definition has the shape of a name over a bio, but speaks of no person
GUIDE = """Evening Courses 2013
Practical information for students
Our evening courses run from September to June at the community college on Station Road.
Classes meet once a week for two hours, and most courses end with a short written assignment.
Students who miss more than three classes may be asked to repeat the course the following year.
Tuition
Tuition is paid on a course-by-course basis, and you may take a maximum of two courses per term.
Contact the office for more information.
"""


def test_guide_heading_over_its_definition_stays():
    text = normalise_text(GUIDE, model=False).text
    assert "Tuition is paid on a course-by-course basis" in text
