"""A Dutch longread's credits without a colon ("Tekst Marloes Visser en Daan de Groot" / "Beeld Pieter Smit") give the
byline, and the label of its table of contents ("In dit artikel", "In this article", "في هذا المقال") is no
headline: the credits were read as no byline and the TOC's label was taken for the title (probe 33A finding 8)."""

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import bare_credit_names

NL_BODY = ("Toen Fatima el Amrani in juni haar rekening van de kinderopvang opende, schrok ze. Ze moest ruim 2.400 "
           "euro terugbetalen aan de Belastingdienst, terwijl ze niets had veranderd aan haar uren.\n"
           "Bezwaar maken had weinig zin: de toeslag was berekend op een inkomen dat haar werkgever te laat had "
           "doorgegeven.\n"
           "Volgens de Nationale ombudsman overkomt dat jaarlijks tienduizenden ouders, die vaak pas maanden later "
           "merken dat het mis is gegaan.\n")
NL_PAGE = ("Dagblad\nNieuws\nPolitiek\nEconomie\nCultuur\nLongread\n"
           "Waarom ouders nog altijd toeslag terugbetalen: wie zit er fout?\n"
           "Het nieuwe toeslagenstelsel zou alles eenvoudiger maken. Wij spraken veertig ouders die het anders "
           "ervaren.\n"
           "{credit}\nBeeld Pieter Smit\n5 december 2026\nLeestijd 9 minuten\n{toc}\n" + NL_BODY)


@pytest.mark.parametrize("credit, names", [("Tekst Marloes Visser en Daan de Groot", "Marloes Visser en Daan de Groot"),
                                           ("Tekst en beeld Marloes Visser", "Marloes Visser")])
def test_a_credit_without_its_colon_is_the_byline(credit, names):
    art = normalise_text(NL_PAGE.format(credit=credit, toc="In dit artikel"))
    assert art.byline == names
    assert art.title == "Waarom ouders nog altijd toeslag terugbetalen: wie zit er fout?"
    assert credit not in art.text and "In dit artikel" not in art.text and "Pieter Smit" not in art.text
    assert art.text.startswith("Het nieuwe toeslagenstelsel")  # the standfirst stays


@pytest.mark.parametrize("line", ["Tekst van de wet", "Tekst en uitleg bij de nieuwe regels",
                                  "Tekst Van Het Akkoord Gepubliceerd.", "Tekst 2 van 4", "Beeld Pieter Smit"])
def test_no_sentence_number_or_photo_credit_reads_as_a_writers_credit(line):
    assert bare_credit_names(line) is None


TOC_PAGES = {
    "en": ("Home\nNews\nWorld\nBusiness\nThe Long Read",
           "Inside the quiet rise of district heating: who pays the bill?", "By Helen Marsh", "6 December 2026",
           "In this article",
           "When Owen Price opened his annual heating statement in March he thought it was a mistake. He owed more "
           "than 2,000 pounds for a flat in Leeds that he heats for a few hours a day.\n"
           "Switching was not an option: his building is connected to a heat network, and there is only one.\n"
           "The regulator says complaints about heat networks have tripled in two years."),
    "ar": ("الرئيسية\nأخبار\nاقتصاد\nتحقيقات",
           "من يدفع فاتورة شبكات التبريد المركزي في المدن الجديدة؟", "بقلم سامي النجار", "6 ديسمبر 2026",
           "في هذا المقال",
           "عندما فتح المهندس خالد فاتورة التبريد السنوية في مارس ظن أنها خطأ، إذ طُلب منه دفع أكثر من ثمانية آلاف "
           "درهم عن شقة صغيرة لا يسكنها إلا نصف العام.\n"
           "ولا يستطيع خالد تغيير المزود، فالمبنى متصل بشبكة تبريد مركزي واحدة تخدم الحي بأكمله.\n"
           "وتقول هيئة الكهرباء إن الشكاوى من رسوم التبريد تضاعفت ثلاث مرات خلال عامين."),
}


@pytest.mark.parametrize("language", sorted(TOC_PAGES))
def test_a_table_of_contents_label_is_no_headline(language):
    menu, headline, byline, date, label, body = TOC_PAGES[language]
    art = normalise_text(f"{menu}\n{headline}\n{byline}\n{date}\n{label}\n{body}\n")
    assert art.title == headline
    assert label in art.removed and label not in art.text
