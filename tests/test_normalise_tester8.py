"""Pages a new user tried (tester 8): page furniture that changed the record's fields. Every page here is written for
the tests; each case fails on the code before its fix unless it is marked as a guard:

* a blog post's "Posted by Morag Keddie at 2:30 PM" gave the byline "Morag Keddie at 2:30 PM": the time is the
  post's, no part of the name (it completes the date line's day instead);
* a bulletin's issue line ("FLOOD BULLETIN No. 12 issued at 06:30 on Tuesday 8 December 2026", "نشرة الطقس ليوم …")
  left `published` empty: the words beside the date kept `date_in` from reading it;
* a story dumped with all its pages ("Page 1 of 3" … "Previous page | Page 3 of 3") kept "Next page" and the row
  "Previous page | Page 2 of 3 | Next page" as paragraphs and warned that the other pages were not in the input;
* a saved page with the print view above the page ("Printed from … on …" between the copies) kept the story twice,
  with the menu between, and left `published` empty although the page copy has its "Published: …" line.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

# --- a blog post's author line with its time ----------------------------------------------------------------------

BLOG_POSTS = {
    "en": ("""Lochside Jottings
Home
About me
Recipes

Tuesday, 10 March 2026
The swans are back on the mill pond

Seven mute swans landed on the mill pond just after dawn on Sunday, the first pair of them back since the pond was dredged last autumn.

The parish council had worried that the dredging would drive off the weed they feed on, but the warden said the new growth along the east bank was already thick enough for them.

Children from the primary school are making a count of the birds every Friday until Easter, and the results will go up on the noticeboard by the bus stop.

Posted by Isla Fairbairn at 7:45 PM
Labels: birds, village, mill pond
No comments:
Post a Comment
Newer Post Older Post Home
""", "Isla Fairbairn", "2026-03-10T19:45"),
    "nl": ("""Polderpraat
Home
Over mij
Archief

dinsdag 10 maart 2026
De zwanen zijn terug op de molenvijver

Zeven knobbelzwanen streken zondag vlak na zonsopgang neer op de molenvijver, voor het eerst sinds de vijver vorig najaar werd uitgebaggerd.

De dorpsraad was bang dat het baggeren het waterkruid zou verjagen waar ze van leven, maar de boswachter zei dat de nieuwe groei langs de oostoever al dik genoeg was.

Kinderen van de basisschool tellen tot Pasen elke vrijdag de vogels, en de uitkomsten komen op het mededelingenbord bij de bushalte.

Geplaatst door Sanne Hoekstra om 19:45
Labels: vogels, dorp, molenvijver
Geen opmerkingen:
Een reactie posten
Nieuwere post Oudere post Homepage
""", "Sanne Hoekstra", "2026-03-10T19:45"),
}


@pytest.mark.parametrize("lang", sorted(BLOG_POSTS))
def test_blog_author_line_gives_the_name_and_the_time_goes_to_published(lang):
    page, author, published = BLOG_POSTS[lang]
    article = normalise_text(page)
    assert article.byline == author
    assert article.published == published
    assert len(article.paragraphs) == 3 and "Labels" not in article.text


# --- a bulletin's issue line ----------------------------------------------------------------------------------------

BULLETINS = {
    "en": ("""River Authority
Flood maps | Warnings | River levels | Contact
FLOOD BULLETIN No. 12 issued at 06:30 on Tuesday 8 December 2026
Flood alert: River Teme between Ludford and Tenbury
River levels are rising after heavy rain overnight, and the river is expected to reach the top of its banks at Tenbury by early afternoon.
Low-lying fields and the riverside footpath at Ludford are likely to flood, and the car park by the old mill should not be used until Thursday.
Further rain is forecast on Wednesday evening, which could keep levels high into the weekend.
Next bulletin: 12:30 Tuesday
""", "2026-12-08T06:30"),
    "nl": ("""Waterschap Rivierenland
Kaarten | Waarschuwingen | Waterstanden
Hoogwaterbericht nr. 12, uitgegeven om 06:30 op dinsdag 8 december 2026
Verhoogde waterstand op de Linge bij Geldermalsen
Door de hevige regen van afgelopen nacht stijgt het water in de Linge, en bij Geldermalsen wordt de hoogste stand rond het middaguur verwacht.
De uiterwaarden en het fietspad langs de rivier lopen waarschijnlijk onder water en de parkeerplaats bij de oude molen is tot donderdag gesloten.
Woensdagavond valt er opnieuw regen, waardoor het water tot in het weekend hoog kan blijven.
Volgend bericht: 12:30 uur
""", "2026-12-08T06:30"),
    "ar": ("""الهيئة العامة للأرصاد
الخرائط | التحذيرات | منسوب الأنهار
نشرة الأحوال الجوية ليوم الثلاثاء 8 ديسمبر 2026
ارتفاع منسوب المياه في الأودية الشمالية
تتوقع الهيئة أن يرتفع منسوب المياه في الأودية الشمالية بعد الأمطار الغزيرة التي هطلت الليلة الماضية، على أن يبلغ ذروته قرابة الظهر.
ومن المرجح أن تغمر المياه الأراضي المنخفضة والطريق المحاذي للوادي، ودعت الهيئة السكان إلى تجنب المنطقة حتى يوم الخميس.
ويتوقع هطول أمطار جديدة مساء الأربعاء، ما قد يبقي المنسوب مرتفعا حتى نهاية الأسبوع.
النشرة القادمة الساعة 12 ظهرا
""", "2026-12-08"),
}


@pytest.mark.parametrize("lang", sorted(BULLETINS))
def test_bulletin_issue_line_gives_published(lang):
    page, published = BULLETINS[lang]
    article = normalise_text(page)
    assert article.published == published
    assert len(article.paragraphs) >= 3 and not article.warnings


def test_a_date_line_beats_a_bulletin_line_above_it():
    """Guard (passes before the fix too): a newsletter's "bulletin issued" line names the issue the story ran in; the
    story's own date line is its date."""
    page = """Parish Pump
Weekly bulletin issued Thursday 10 December 2026
Village hall roof to be replaced in the spring
By Hannah Lowe | 3 December 2026
The village hall committee has raised the £48,000 it needs to replace the hall's leaking roof, after a year of coffee mornings and a sponsored walk.
Work will start in March and the hall will close for six weeks, with the playgroup moving to the church rooms until it reopens.
The committee thanked the two local firms that gave the timber at cost.
"""
    article = normalise_text(page)
    assert article.published == "2026-12-03" and article.byline == "Hannah Lowe"


def test_a_headline_that_names_a_bulletin_stays_the_title():
    """Guard (passes before the fix too): the issue line is read only where no headline took it."""
    page = """Weather Desk
Storm bulletin issued for 8 December 2026 as gales close ferry routes
By Ruth Allan
Gales closed three ferry routes on Tuesday morning after the forecasters issued their first storm bulletin of the winter.
Ferries between Oban and Mull will not sail before noon, the operator said, and passengers were told to check again later in the day.
The forecasters expect the wind to ease overnight, with calmer weather on Wednesday.
"""
    article = normalise_text(page)
    assert article.title == "Storm bulletin issued for 8 December 2026 as gales close ferry routes"
    assert article.byline == "Ruth Allan" and article.published is None


# --- a paginated story with all its pages in the input -------------------------------------------------------------

PAGED = {
    "en": ("""Coast Courier
Home News Sport Opinion
Lifeboat station to get a new slipway after storm damage
By Owen Pritchard
3 December 2026
The lifeboat station at Porth Dinas will get a new slipway next summer after January's storms cracked the old one in three places.
The charity said the work would cost about £1.2m and take four months, during which the boat will launch from the harbour instead.
Page 1 of 2
Next page
Crew members said launching from the harbour would add several minutes to each call-out at low tide.
The station's coxswain, Gwen Parry, said the crew had trained for the change and would keep the same response times in most weather.
Previous page | Page 2 of 2
More local news
Harbour dues to rise in April
""", ["Next page", "Previous page", "Page 2 of 2"], 4),
    "nl": ("""Kustkoerier
Home | Nieuws | Sport
Reddingsstation krijgt nieuwe helling na stormschade
Door Joost van Dam
3 december 2026
Het reddingsstation in Westkapelle krijgt volgend jaar een nieuwe helling, nadat de januaristormen de oude op drie plaatsen deden scheuren.
De stichting zegt dat het werk ongeveer 1,2 miljoen euro kost en vier maanden duurt, waarin de boot vanuit de haven uitvaart.
Pagina 1 van 3
Volgende pagina
Bemanningsleden zeggen dat uitvaren vanuit de haven bij laagwater enkele minuten extra kost bij elke oproep.
Vorige pagina | Pagina 2 van 3 | Volgende pagina
Schipper Gert Joosse zegt dat de bemanning voor de verandering heeft geoefend en bij de meeste weersomstandigheden even snel ter plaatse blijft.
De nieuwe helling moet voor het begin van het badseizoen klaar zijn.
Vorige pagina | Pagina 3 van 3
Meer nieuws uit de regio
Havengelden stijgen in april
""", ["Volgende pagina", "Vorige pagina", "Pagina 2 van 3"], 5),
}


@pytest.mark.parametrize("lang", sorted(PAGED))
def test_all_pages_in_the_input_no_page_links_and_no_incomplete_warning(lang):
    page, furniture, paragraphs = PAGED[lang]
    article = normalise_text(page)
    assert len(article.paragraphs) == paragraphs
    for widget in furniture:
        assert widget not in article.text
    assert not any("incomplete" in w for w in article.warnings)


def test_first_page_alone_still_warns_that_the_rest_is_missing():
    """Guard (passes before the fix too): one page of several says so."""
    page, _furniture, _paragraphs = PAGED["en"]
    first = page.split("Next page")[0] + "Next page\n"
    article = normalise_text(first)
    assert any("the first page of 2" in w for w in article.warnings)
    assert "Next page" not in article.text


# --- a print copy above the page copy -------------------------------------------------------------------------------

PRINTED_TWICE = {
    "en": ("""Print this page
Night buses to run on the Harbour line from January
By Cara Dunlop, Transport Correspondent
Night buses will run every half hour on the Harbour line from 9 January, the transport authority said on Monday, after a trial last winter carried more passengers than expected.
The service will run between midnight and five in the morning on Fridays and Saturdays, with a single fare of £2.50.
Drivers' representatives said they had agreed extra security staff on the last buses from the city centre.
Printed from www.eastportpost.example on 15/12/2026
Eastport Post
News
Sport
Travel
Night buses to run on the Harbour line from January
By Cara Dunlop, Transport Correspondent
Published: 14 December 2026, 09:40
Share Email Print
Night buses will run every half hour on the Harbour line from 9 January, the transport authority said on Monday, after a trial last winter carried more passengers than expected.
The service will run between midnight and five in the morning on Fridays and Saturdays, with a single fare of £2.50.
Drivers' representatives said they had agreed extra security staff on the last buses from the city centre.
Related stories
Ferry fares frozen for another year
© Eastport Post 2026
""", "Cara Dunlop", "2026-12-14T09:40", 3),
    "nl": ("""Printversie
Nachtbussen gaan vanaf januari op de havenlijn rijden
Door Femke Bos
Vanaf 9 januari rijden er elk half uur nachtbussen op de havenlijn, maakte de vervoersregio maandag bekend, nadat een proef vorige winter meer reizigers trok dan verwacht.
De bussen rijden op vrijdag en zaterdag tussen middernacht en vijf uur 's ochtends, voor een vast tarief van 2,50 euro.
De chauffeurs hebben volgens hun vakbond afgesproken dat er extra beveiliging meegaat op de laatste bussen vanuit het centrum.
Afgedrukt van www.havenbode.example op 15-12-2026
Havenbode
Nieuws
Sport
Verkeer
Nachtbussen gaan vanaf januari op de havenlijn rijden
Door Femke Bos
Gepubliceerd: 14 december 2026, 09:40
Vanaf 9 januari rijden er elk half uur nachtbussen op de havenlijn, maakte de vervoersregio maandag bekend, nadat een proef vorige winter meer reizigers trok dan verwacht.
De bussen rijden op vrijdag en zaterdag tussen middernacht en vijf uur 's ochtends, voor een vast tarief van 2,50 euro.
De chauffeurs hebben volgens hun vakbond afgesproken dat er extra beveiliging meegaat op de laatste bussen vanuit het centrum.
Meer nieuws
Veergeld blijft nog een jaar gelijk
""", "Femke Bos", "2026-12-14T09:40", 3),
}


@pytest.mark.parametrize("lang", sorted(PRINTED_TWICE))
def test_print_copy_above_the_page_copy_is_read_once(lang):
    page, byline, published, paragraphs = PRINTED_TWICE[lang]
    article = normalise_text(page)
    assert len(article.paragraphs) == paragraphs
    assert len(set(article.paragraphs)) == paragraphs  # each paragraph once
    assert article.byline == byline and article.published == published
    assert article.title is not None and article.title.split()[0] in ("Night", "Nachtbussen")
    # nothing vanishes: the print copy is in `removed`, its marker too
    assert any(line.startswith(("Printed from", "Afgedrukt van")) for line in article.removed)
    assert sum(role == "removed" and reason == "print copy" for _l, role, reason in article.line_roles) == 7


def test_story_printed_twice_without_a_print_marker_keeps_both_copies():
    """Guard (passes before the fix too): with no print footer between them, two copies are the page's own layout
    (the eval golds keep both on such pages), so the rule does not fire."""
    page, _byline, _published, _paragraphs = PRINTED_TWICE["en"]
    page = page.replace("Printed from www.eastportpost.example on 15/12/2026\n", "")
    article = normalise_text(page)
    assert not any(reason == "print copy" for _l, _role, reason in article.line_roles)
