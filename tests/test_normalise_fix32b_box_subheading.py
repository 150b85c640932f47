"""The story's 4- or 5-word subheading under a two-headline related box is no third headline (stop 31, left open).

A related box in the middle of a story ("Related", "Lees ook", "اقرأ أيضاً") with two headlines, right over the story's
own subheading ("Fewer buses on Sundays") and the next paragraph: a subheading of four or five words was long enough
to be read as the box's third headline and went with the box; only a question or a blank line set it apart. What
follows tells them apart: a subheading names what the paragraph under it brings, in words the story above the box has
not used; a box's headline is about its own story. Hand-written pages; none is eval data.

Naming asks for at least half of the subheading's content words in the paragraph under it (review 32, finding 2): one
shared word let a box's headline through by chance. A subheading that shares one word of three with its paragraph
("Scholen zoeken andere oplossing" over "Basisscholen … moeten … uitwijken …", this page's first subheading) reads
exactly like such a headline ("Basisscholen krijgen extra lesgeld") and goes with the box again, as before stop 32.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.page_text import page

PAGES = {
    "en": dict(
        top=["The Valley Courier", "News | Sport | Business | Opinion", "Transport"],
        title="Bus company cuts evening services on three valley routes",
        head=["By Rachel Owen", "4 December 2026"],
        above=["The valley's main bus company will cut its evening services on three routes from January, blaming a "
               "shortage of drivers and falling passenger numbers after eight o'clock.",
               "The last buses from the town centre to Millbrook, Eastcote and Fairley will leave at half past seven "
               "instead of eleven, the company said on Thursday."],
        box=["Related", "Council approves new cycle lanes on the high street",
             "Railway station car park to close for resurfacing next month"],
        subhead="Fewer buses on Sundays",
        below=["Sunday timetables will also be thinned, with one bus an hour instead of two on each route, according "
               "to the notice posted at the depot.",
               "Passenger groups said older residents who rely on the buses to visit relatives would be hit hardest.",
               "The company said it would review the cuts in the summer if it manages to recruit more drivers."],
        tail=["Share", "Facebook", "WhatsApp", "Most read", "Flood barrier tested ahead of the winter storms",
              "© 2026 The Valley Courier"]),
    "nl": dict(
        top=["Dagblad Rivierenland", "Nieuws | Sport | Economie | Cultuur", "Regio"],
        title="Gemeente sluit twee zwembaden om kosten te besparen",
        head=["Door Eva de Wit", "4 december 2026, 07:30"],
        above=["De gemeente Tielerwaard sluit volgend jaar twee van haar drie zwembaden. Het college wil daarmee bijna "
               "een miljoen euro per jaar besparen op de begroting.",
               "Volgens de wethouder zijn de zwembaden in Geldermalsen en Beesd te oud en is een verbouwing niet "
               "meer te betalen."],
        box=["Lees ook", "Provincie trekt extra geld uit voor dijkversterking langs de Waal",
             "Nieuwe woonwijk in Leerdam krijgt eigen basisschool"],
        subhead="Scholen wijken uit naar Culemborg",
        below=["Basisscholen die hun leerlingen in Beesd laten zwemmen, moeten voor de schoolzwemlessen uitwijken naar "
               "het laatste bad in Culemborg.",
               "Ouders vrezen dat de lessen daardoor korter worden, omdat de busrit heen en terug veel tijd kost.",
               "De gemeenteraad bespreekt het plan in januari, een meerderheid lijkt zich erachter te scharen."],
        tail=["Delen", "Facebook", "WhatsApp", "Meest gelezen", "Veerpont vaart weer na storing",
              "© 2026 Dagblad Rivierenland"]),
    "ar": dict(
        top=["صحيفة المدينة", "أخبار | رياضة | اقتصاد | رأي", "محليات"],
        title="البلدية تغلق سوق الخضار القديم لإعادة تأهيله",
        head=["بقلم: ليلى منصور", "4 ديسمبر 2026"],
        above=["قررت البلدية إغلاق سوق الخضار القديم في وسط المدينة لمدة ستة أشهر اعتبارا من الشهر المقبل، لإجراء "
               "أعمال صيانة وتوسعة شاملة.",
               "وقال رئيس البلدية إن مبنى السوق لم يعد آمنا، وإن سقفه بحاجة إلى إعادة بناء كاملة قبل فصل الأمطار."],
        box=["اقرأ أيضاً", "افتتاح حديقة عامة جديدة في الحي الشرقي الأسبوع المقبل",
             "وزارة النقل تعلن عن خطة لتوسيع الطريق الدائري"],
        subhead="مخاوف أصحاب البسطات الصغيرة",
        below=["ويخشى أصحاب البسطات أن يفقدوا زبائنهم خلال فترة الإغلاق، خاصة أن الموقع المؤقت بعيد عن مواقف "
               "الحافلات.",
               "وطالب عدد من التجار البلدية بتخفيض الإيجارات بعد إعادة افتتاح السوق.",
               "ومن المتوقع أن يناقش المجلس البلدي طلبات التجار في جلسته المقبلة."],
        tail=["شارك", "فيسبوك", "واتساب", "الأكثر قراءة", "ارتفاع أسعار الذهب في السوق المحلية",
              "© 2026 صحيفة المدينة"]),
}


def _page(lang: str, **change) -> str:
    p = {**PAGES[lang], **change}
    return page(*p["top"], p["title"], *p["head"], *p["above"], *p["box"], p["subhead"], *p["below"], *p["tail"])


@pytest.mark.parametrize("model", [None, False], ids=["model", "rules only"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_short_subheading_under_a_two_headline_box_stays_the_storys(lang, model):
    p = PAGES[lang]
    article = normalise_text(_page(lang), model=model)
    assert article.title == p["title"]
    assert article.paragraphs == [*p["above"], p["subhead"], *p["below"]]
    assert all(line in article.removed for line in p["box"])


# guards: a box's third headline as short as a subheading, about its own story (words new to the paragraph under
# it), in the story's own words only, or sharing one word of several with the paragraph under it by chance
# ("Timetables" over "Sunday timetables will …"), is the box's
THIRD = {
    "en": ["Harbour ferry fares to rise", "Route changes across the valley", "Timetables for rail services change"],
    "nl": ["Kermis krijgt nieuwe plek", "Zwembad Beesd eerder dicht", "Basisscholen krijgen extra lesgeld"],
    "ar": ["افتتاح مكتبة عامة جديدة", "الإغلاق يطال أسواقا أخرى", "شركة الحافلات ترفع أسعار التذاكر"],
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in sorted(PAGES) for k in range(len(THIRD[lang]))])
def test_guard_a_short_third_headline_of_the_box_still_goes_with_it(lang, k):
    p = PAGES[lang]
    third = THIRD[lang][k]
    article = normalise_text(_page(lang, subhead=third), model=False)
    assert third not in article.text
    assert p["box"][1] not in article.text
    assert article.paragraphs[-1] == p["below"][-1]
