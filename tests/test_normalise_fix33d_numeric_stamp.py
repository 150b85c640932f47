"""A date in figures alone under the headline ("2026-12-07 09:44", "07/12/2026 - 09:44") is the headline's stamp,
as a date in words is (titlecues.over_stamp; posthead.is_stamp asks for two words), else, the site's name over
the menu was taken for the title and the real headline was removed as "before the article" (probe 33A, a wire
agency's page that names itself in its story, over a menu of section adjectives)."""

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("Harbour Press Agency", "Home\nPolitical\nSecurity\nEconomic\nLocal\nSports\nInternational\nReports\nEconomic",
           "Port authority signs deal for new container terminal in Felixstowe", "2026-12-07 09:44",
           "The port authority on Monday signed a contract with a Danish operator to build a container terminal on "
           "the north quay, a project expected to double the port's capacity by 2030.\n"
           "A spokesman for the authority told the Harbour Press Agency (HPA) the first berth would open in the summer of 2028 and the second a "
           "year later, once the dredging of the approach channel is complete.\n"
           "The contract includes the training of local crane operators and a five-year maintenance agreement."),
    "nl": ("Regionaal Persbureau", "Home\nPolitiek\nVeiligheid\nEconomisch\nLokaal\nSportief\nInternationaal\nVerslagen\nEconomisch",
           "Havenbedrijf tekent contract voor nieuwe containerterminal op Maasvlakte", "07/12/2026 - 09:44",
           "Het havenbedrijf heeft maandag een contract getekend met een Deense exploitant voor de bouw van een "
           "containerterminal aan de noordkade, waarmee de capaciteit van de haven in 2030 moet verdubbelen.\n"
           "Een woordvoerder zei tegen het Regionaal Persbureau (RPB) dat de eerste ligplaats in de zomer van 2028 opengaat en de tweede een jaar later, "
           "zodra het uitbaggeren van de vaargeul klaar is.\n"
           "Het contract omvat ook de opleiding van kraanmachinisten en een onderhoudsovereenkomst van vijf jaar."),
    "ar": ("وكالة أنباء الخليج", "الرئيسية\nسياسية\nأمنية\nاقتصادية\nمحلية\nرياضية\nدولية\nتقارير\nاقتصادية",
           "الموانئ توقع عقداً لإنشاء محطة حاويات جديدة في ميناء الدمام", "07-12-2026 09:44",
           "وقعت هيئة الموانئ، اليوم الإثنين، عقداً مع شركة دنماركية لإنشاء محطة حاويات على الرصيف الشمالي، في مشروع "
           "يتوقع أن يضاعف الطاقة الاستيعابية للميناء بحلول عام 2030.\n"
           "وقال المتحدث باسم الهيئة لوكالة أنباء الخليج (واخ) إن الرصيف الأول سيدخل الخدمة في صيف 2028 والثاني بعد عام، بعد الانتهاء من "
           "تعميق القناة الملاحية.\n"
           "ويتضمن العقد تدريب مشغلي الرافعات المحليين واتفاقية صيانة لمدة خمس سنوات."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_headline_over_a_date_in_figures_is_the_title_not_the_site_name(language):
    site, menu, headline, stamp, body = PAGES[language]
    art = normalise_text(f"{site}\n{menu}\n{headline}\n{stamp}\n{body}\n")
    assert art.title == headline
    assert site in art.removed and headline not in art.text  # (the story names the agency: only its line goes)
    assert art.text.startswith(body.split("\n")[0][:40])

