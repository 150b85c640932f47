"""A gallery whose slides stand on three lines, counter "1/5", caption, credit ("ANP / Lex van Lieshout") on a line
of its own (normalise/gallery.py `slide_credits`, `_slash_counters`): inside a story the captions and credits go; on
a gallery page the captions are its text and the credits go."""

from __future__ import annotations

import pytest

from newsbrief.normalise import logical_lines, normalise_text, read_lines
from newsbrief.normalise.gallery import CREDIT_REASON, gallery_lines

SLIDES = {
    "en": [("A fallen oak blocks the high street in Ashby.", "PA / Tom Hendry"),
           ("Firefighters cut up a tree on the seafront in Clevedon.", "Somerset Live"),
           ("Part of a barn roof near Wells was torn away overnight.", "PA"),
           ("A resident in Frome looks at the damage to his garden.", "BBC / Anna Price")],
    "nl": [("Een omgevallen beuk ligt dwars over de Markt in Zierikzee.", "ANP / Ruud Koster"),
           ("Brandweerlieden zagen een boom in stukken op de dijk bij Vlissingen.", "Omroep Zeeland"),
           ("Het dak van een loods in Kruiningen werd gedeeltelijk weggeblazen.", "ANP"),
           ("Een bewoner in Goes bekijkt de schade aan zijn schuur.", "NOS / Femke Dijkstra")],
    "ar": [("شجرة سقطت على طريق رئيسي في وسط المدينة صباح اليوم.", "رويترز / سامر حداد"),
           ("رجال الإطفاء يزيلون شجرة من أمام مدرسة في الحي الشرقي.", "وكالة الأنباء"),
           ("سقف مستودع تطاير جزئيا بفعل الرياح القوية ليلا.", "أ ف ب"),
           ("أحد السكان يتفقد الأضرار في حديقة منزله.", "تصوير: ليلى منصور")],
}
STORY = {
    "en": ("Storm Isha brings down hundreds of trees across Somerset",
           ["Storm Isha caused widespread damage across Somerset overnight, with the fire service receiving more than "
            "500 calls, most of them about fallen trees and loose roof tiles.",
            "A gust of 84 miles an hour was recorded at Clevedon, the strongest in the county since 2014."],
           ["Trains between Bristol and Weston were suspended for most of the morning while crews cleared the line.",
            "The Met Office has lifted its amber warning but says strong gusts remain likely on the coast until the "
            "evening."]),
    "nl": ("Storm richt ravage aan in Zeeland: honderden bomen omgewaaid",
           ["De storm heeft in de nacht van zondag op maandag in Zeeland grote schade aangericht. De veiligheidsregio "
            "kreeg ruim 500 meldingen binnen, vooral over omgewaaide bomen.",
            "In Vlissingen werd een windstoot van 128 kilometer per uur gemeten, de hoogste waarde sinds 2014."],
           ["De treinen tussen Goes en Vlissingen reden urenlang niet omdat er bomen op het spoor lagen.",
            "Het KNMI heeft code oranje ingetrokken, maar waarschuwt voor zware windstoten langs de kust tot de "
            "avond."]),
    "ar": ("العاصفة تقتلع مئات الأشجار في المدن الساحلية",
           ["تسببت العاصفة في أضرار واسعة في المدن الساحلية خلال الليل، وتلقى الدفاع المدني أكثر من 500 بلاغ معظمها "
            "عن سقوط أشجار وتطاير أسقف.",
            "وسجلت سرعة الرياح 120 كيلومترا في الساعة، وهي الأعلى منذ عام 2014."],
           ["وتوقفت حركة القطارات بين المدينتين لساعات بسبب سقوط أشجار على السكك.",
            "ورفعت هيئة الأرصاد التحذير البرتقالي لكنها حذرت من رياح قوية على الساحل حتى المساء."]),
}


def _gallery(lang: str) -> list[str]:
    total = len(SLIDES[lang]) + 4  # the page shows the first slides of a longer gallery
    out: list[str] = []
    for k, (caption, credit) in enumerate(SLIDES[lang], 1):
        out += [f"{k}/{total}", caption, credit]
    return out


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_story_gallery_of_three_line_slides_leaves_the_story(lang):
    # main: the counters went, but captions and credits ("NOS / Femke Dijkstra") were kept as paragraphs
    headline, above, below = STORY[lang]
    page = "\n".join([headline, *above, *_gallery(lang), *below]) + "\n"
    art = normalise_text(page, language=lang)
    assert art.paragraphs == above + below, art.paragraphs
    credits = [src for src, _role, reason in art.line_roles if reason == CREDIT_REASON]
    assert credits == [credit for _caption, credit in SLIDES[lang]], art.line_roles


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_gallery_page_keeps_its_captions_and_drops_the_credits(lang):
    headline = STORY[lang][0]
    page = "\n".join([headline, *_gallery(lang)]) + "\n"
    lines, _aside, feats = read_lines(logical_lines(page))
    counters, captions, credits = gallery_lines(lines, feats)
    texts = [line.text for line in lines]
    assert {texts[i] for i in captions} == {caption for caption, _credit in SLIDES[lang]}
    assert {texts[i] for i in credits} == {credit for _caption, credit in SLIDES[lang]}
    assert len(counters) == len(SLIDES[lang])


def test_slash_numbers_that_do_not_count_on_are_no_gallery():
    # scores and dates written with a slash, and a run of two, are no gallery's counters
    page = ("Cup results\n3/12\nHarbour Rovers beat Millbrook on penalties after a goalless draw.\nPA\n"
            "5/12\nKingsbridge won away at Dunmore for the first time in a decade.\nBBC Sport\n"
            "1/2\nThe replay is set for next Tuesday evening.\nPA\n2/2\nTickets go on sale on Friday morning.\nPA\n")
    lines, _aside, feats = read_lines(logical_lines(page))
    counters, captions, credits = gallery_lines(lines, feats)
    assert not counters and not captions and not credits
