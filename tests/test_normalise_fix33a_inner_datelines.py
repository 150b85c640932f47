"""Datelines that open the lead sentence after something the scraper glued before them, and a paper's own dateline
("دبي - «البيان»:"), in en/nl/ar: the dateline goes to the byline and out of the text; the glued lead fragment stays,
a glued kicker ("BREAKING |") goes with the dateline.

Found by a new user (stop 32, probeA 12): Al Khaleej's "الفجيرة - «الخليج»:" after the lead's first sentence stayed in
the text (datelines.py read only a paragraph's start, and knew no paper's credit in guillemets). Also a short first
fragment ("Het was een zware nacht. AMSTERDAM (ANP) -") was read as the dateline's place and cut with it.
Guards: a city and a dash inside ordinary prose, an Arabic place and a dash after the first sentence (no case tells a
place from a sentence's words there), and a dateline further down than the lead's first sentence stay text.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import split_inner_opening, split_opening

HEADS = {
    "en": ["Home", "World", "Storm surge floods coastal roads as hurricane weakens"],
    "nl": ["Home", "Binnenland", "Kabinet trekt extra geld uit voor dijkversterking"],
    "ar": ["الرئيسية", "اقتصاد", "افتتاح أكبر محطة لتحلية المياه في الإمارة"],
}
REST = {
    "en": ["Emergency crews spent the night pumping water from underpasses along the coast road, and several hundred "
           "homes were still without power on Tuesday morning.",
           "The National Hurricane Center said the storm would weaken further as it moved inland over the next two "
           "days."],
    "nl": ["Het geld gaat vooral naar de dijken langs de grote rivieren, waar volgens het waterschap de komende tien "
           "jaar het meeste werk moet gebeuren.",
           "De Tweede Kamer debatteert volgende week over de plannen."],
    "ar": ["وقال مدير المشروع إن المحطة ستغطي احتياجات أكثر من 300 ألف نسمة من مياه الشرب، وستعمل بالكامل بالطاقة "
           "الشمسية بحلول عام 2029.",
           "وأضاف أن المرحلة الثانية من المشروع ستبدأ في الربع الأول من العام المقبل."],
}
FOOT = ["Share this article", "© 2026 Example Media"]

# (language, lead as the scraper glued it, the dateline's byline, the lead as it should read)
GLUED = [
    ("ar", "افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في الإمارة بطاقة 90 مليون غالون يومياً. "
           "دبي - «البيان»: وبلغت كلفة المحطة نحو 2.4 مليار درهم، بحسب بيان رسمي.", "البيان",
     "افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في الإمارة بطاقة 90 مليون غالون يومياً. "
     "وبلغت كلفة المحطة نحو 2.4 مليار درهم، بحسب بيان رسمي."),
    ("ar", "أبوظبي - «الاتحاد»: افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في الإمارة.", "الاتحاد",
     "افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في الإمارة."),
    ("ar", "عاجل | الرياض (رويترز) - افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في المملكة.",
     "رويترز", "افتتحت هيئة المياه والكهرباء، أمس، أكبر محطة لتحلية مياه البحر في المملكة."),
    ("en", "BREAKING | MIAMI (AP) — The storm surge pushed seawater a mile inland overnight, flooding coastal roads "
           "from Key Largo to Homestead.", "AP",
     "The storm surge pushed seawater a mile inland overnight, flooding coastal roads from Key Largo to Homestead."),
    ("en", "The worst is over, officials said. MIAMI (Reuters) - The storm surge pushed seawater a mile inland "
           "overnight, flooding coastal roads.", "Reuters",
     "The worst is over, officials said. The storm surge pushed seawater a mile inland overnight, flooding coastal "
     "roads."),
    ("nl", "Het was een zware nacht. DEN HAAG (ANP) - Het kabinet trekt de komende vijf jaar 2,1 miljard euro extra uit "
           "voor de versterking van dijken.", "ANP",
     "Het was een zware nacht. Het kabinet trekt de komende vijf jaar 2,1 miljard euro extra uit voor de versterking "
     "van dijken."),
    ("nl", "Na maanden van onderhandelen is er een akkoord. NIJMEGEN - Het kabinet trekt de komende vijf jaar 2,1 "
           "miljard euro extra uit voor de versterking van dijken.", "NIJMEGEN",
     "Na maanden van onderhandelen is er een akkoord. Het kabinet trekt de komende vijf jaar 2,1 miljard euro extra "
     "uit voor de versterking van dijken."),
]


@pytest.mark.parametrize("lang, lead, byline, expected", GLUED, ids=[f"{c[0]}{k}" for k, c in enumerate(GLUED)])
def test_a_glued_or_paper_dateline_goes_to_the_byline(lang, lead, byline, expected):
    art = normalise_text("\n".join(HEADS[lang] + [lead] + REST[lang] + FOOT))
    assert art.paragraphs[0] == expected, (lang, art.paragraphs[:2])
    assert art.byline == byline
    assert REST[lang][0] in art.paragraphs


@pytest.mark.parametrize("lang, lead", [
    ("en", "Residents who moved from Miami - a city they loved - to the hills say they do not regret it. Emergency "
           "crews spent the night pumping water."),
    ("nl", "Het was druk in de haven. Rotterdam - de grootste haven van Europa - lag vol met schepen die wachtten."),
    ("ar", "قال مدير المحطة إن العمل بدأ مبكراً. دبي - كما يعرفها الجميع - تحتاج إلى مزيد من المياه كل عام."),
    ("ar", "قال مدير المحطة إن العمل بدأ مبكراً. دبي - «البيان» تابعت الافتتاح. "),
], ids=["en", "nl", "ar-aside", "ar-no-colon"])
def test_a_place_and_a_dash_in_prose_stay(lang, lead):
    art = normalise_text("\n".join(HEADS[lang] + [lead] + REST[lang] + FOOT))
    assert art.paragraphs[0] == lead.strip()
    assert art.byline is None


def test_only_the_lead_s_first_fragment_may_stand_before_a_dateline():
    """A dateline after two sentences, or in the second paragraph, is no lead's dateline: nothing is cut."""
    lead = "Het was een zware nacht. Niemand sliep. DEN HAAG (ANP) - Het kabinet trekt geld uit."
    assert split_inner_opening(lead) is None
    art = normalise_text("\n".join(HEADS["nl"] + [REST["nl"][0], "Het was een zware nacht. DEN HAAG (ANP) - Het "
                                                  "kabinet trekt geld uit voor de dijken."] + FOOT))
    assert "DEN HAAG (ANP) - Het kabinet" in art.text


@pytest.mark.parametrize("paragraph, byline", [
    ("SAN FRANCISCO, Calif. (AP) - The city said it would act.", "AP"),
    ("ST. LOUIS (Reuters) - The city said it would act.", "Reuters"),
])
def test_an_abbreviation_in_a_place_ends_no_sentence(paragraph, byline):
    found = split_opening(paragraph)
    assert found is not None and found[0].byline == byline and found[1] == "The city said it would act."
