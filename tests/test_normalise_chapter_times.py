"""tester 10's finding F8 (stop 25): a podcast's chapter list ("00:00 Intro" …) was removed without a word.

The list is the episode's own; it stands where the rules see the end of the notes, and an HTML extractor leaves a
loose list out, so it goes to `removed`, and a warning now names it (newsbrief/normalise/chapters.py). A news ticker's
clock times ("14:05 …") never start at zero and say nothing. Every page here is written for the tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.chapters import CHAPTER_WARNING, chapter_warning
from newsbrief.normalise.html import normalise_document

PAGES = {
    "en": ("Episode 58: Why your water bill keeps rising",
           ["Water bills in England will rise by an average of 9 per cent in April, the third large increase in three "
            "years. Host Priya Shah asks where the money goes and why leaks are still rising.",
            "Her guest is Mark Dwyer, an engineer who spent twenty years at a regional water company. He explains how "
            "much of each bill pays for old debt and how much for new pipes and sewage works."],
           "In this episode",
           ["00:00 Welcome", "01:40 Where your bill goes", "12:05 Leaks and the pipes under our streets",
            "27:30 Your questions: meters, discounts and debt"],
           "More episodes", ["Episode 57: Is it time to fix your mortgage?", "Episode 56: Pensions for the self-employed"]),
    "nl": ("Aflevering 31: Waarom je energierekening weer stijgt",
           ["De energierekening gaat in januari opnieuw omhoog, gemiddeld met 8 procent voor een huishouden met een "
            "cv-ketel. Presentator Eva Smit vraagt waarom, nu de gasprijs op de beurs juist is gedaald.",
            "Haar gast is Joris Kramer, oud-medewerker van de toezichthouder. Hij legt uit dat de netbeheerders hun "
            "tarieven verhogen om het stroomnet uit te breiden."],
           "In deze aflevering",
           ["00:00 Intro", "02:30 Wat de netbeheerder rekent", "14:10 De rol van de toezichthouder",
            "31:45 Vragen van luisteraars over warmtepompen"],
           "Meer afleveringen", ["Aflevering 30: Is je hypotheek nog goed?", "Aflevering 29: Sparen voor je pensioen"]),
    "ar": ("الحلقة 12: لماذا ترتفع فاتورة الكهرباء",
           ["ترتفع فواتير الكهرباء في المملكة بنسبة عشرة في المئة مطلع العام المقبل، في ثالث زيادة خلال عامين. وتسأل "
            "مقدمة البرنامج هالة يوسف عن أسباب الزيادة رغم تراجع أسعار الوقود.",
            "ضيفها المهندس كريم ناصر، الذي عمل خمسة عشر عاما في هيئة تنظيم الكهرباء، ويشرح كيف تتوزع الفاتورة بين "
            "كلفة الإنتاج والشبكة والديون القديمة."],
           "في هذه الحلقة",
           ["00:00 مقدمة", "03:20 ما الذي تدفعه في الفاتورة", "15:45 دور هيئة التنظيم", "29:10 أسئلة المستمعين"],
           "حلقات أخرى", ["الحلقة 11: هل حان وقت شراء منزل؟", "الحلقة 10: الادخار للتقاعد"]),
}


def _text(lang: str) -> str:
    title, notes, heading, chapters, more, teasers = PAGES[lang]
    return "\n\n".join([title] + notes + [heading, "\n".join(chapters), more, "\n".join(teasers), "© 2026 Example Audio"])


def _html(lang: str) -> str:
    title, notes, heading, chapters, more, teasers = PAGES[lang]
    paras = "".join(f"<p>{p}</p>" for p in notes)
    items = "".join(f"<li>{c}</li>" for c in chapters)
    others = "".join(f"<li>{t}</li>" for t in teasers)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>{paras}"
            f"<h3>{heading}</h3><ul>{items}</ul><h3>{more}</h3><ul>{others}</ul>"
            f"<footer>© 2026 Example Audio</footer></body></html>")


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_removed_chapter_list_is_warned_about(lang, kind):
    article = normalise_document(_text(lang) if kind == "text" else _html(lang), language=lang)
    chapters = PAGES[lang][3]
    said = [w for w in article.warnings if w.startswith(CHAPTER_WARNING)]
    if all(c in article.paragraphs or c in article.text for c in chapters):
        assert not said  # kept: nothing to say
        return
    assert len(said) == 1, (lang, kind, article.warnings)
    gone = [c for c in chapters if c in article.removed]
    # all four removed, or (the model kept the first) "3 of its 4 lines", from the first one removed
    assert "4 lines" in said[0] and gone and gone[0] in said[0], said
    assert all(c in article.removed or c in article.paragraphs for c in chapters)


# --- guards -------------------------------------------------------------------------------------------------------

def test_a_tickers_clock_times_are_no_chapter_list():
    assert chapter_warning(["14:05 Police close the A38 after a crash", "14:40 Road reopens", "15:10 Two taken to hospital"]) is None
    # newest first, as a ticker lists them
    assert chapter_warning(["00:40 Fire in Zutphen", "00:10 Brug dicht", "00:00 Nieuwjaar"]) is None


def test_chapter_times_need_three_rising_from_zero():
    assert chapter_warning(["00:00 Intro", "05:00 The interview"]) is None
    assert chapter_warning(["00:00 Intro", "05:00 Interview", "04:00 Questions"]) is None
    said = chapter_warning(["Share", "[00:00] Intro", "[1:05:00] Part two", "[1:30:10] Questions", "© 2026"])
    assert said and "(3 lines" in said
    said = chapter_warning(["00:00 Intro", "05:00 Interview", "09:30 Questions"], [False, True, True])
    assert said and "2 of its 3 lines, from '05:00 Interview'" in said
    assert chapter_warning(["00:00 Intro", "05:00 Interview", "09:30 Questions"], [False] * 3) is None


def test_a_story_without_a_chapter_list_gets_no_such_warning():
    article = normalise_text("\n\n".join(["Bus fares to rise in March", PAGES["en"][1][0], PAGES["en"][1][1],
                                         "Most read", "Council tax to rise 5 per cent", "Bridge to close for repairs"]),
                             language="en")
    assert not any(w.startswith(CHAPTER_WARNING) for w in article.warnings)
