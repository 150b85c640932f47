"""A forum thread on an HTML page (tester 10, F11), in en/nl/ar: the extractor keeps the opening post and leaves the
replies and the "Page 1 of 3 · Next" row out. The record now says so in `warnings` (the page continues on other
pages; a reply thread was cut), and the byline is the poster's handle as the page writes it ("thijs_84"), not the
name the extractor's name cleaning made of it ("Thijs"). A text dump's "Page 1 of 3 · Next" row warns too.
Guards: a news story in blocks of one class, a thread page of one post, and a byline the page writes in capitals.

The user-level cases fail on the code before (no warning, "Thijs"); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

THREADS = {
    "en": dict(title="Boiler makes a banging noise at night", handle="mark_1979", meta="Member since 2018",
               date="2 December 2026 21:14", counter="Page 1 of 4 · Next",
               opening=["Since the engineer replaced the pump last month our boiler bangs every night around two. "
                        "The neighbours have asked twice whether we can do something about it.",
                        "The engineer says the pressure is fine. Has anyone had this and found out what it was?"],
               replies=[("GasSafe_Jo", "Moderator", "Banging at night is often air in the system. Bleed the radiators "
                         "and check the pressure again once they are cold."),
                        ("ken.w", "Member since 2022", "Ours did the same until the plumber fitted a new expansion "
                         "vessel. It was quiet from the first night.")]),
    "nl": dict(title="Cv-ketel tikt de hele nacht", handle="sanne_88", meta="Lid sinds 2020",
               date="3 december 2026 20:40", counter="Pagina 1 van 3 · Volgende",
               opening=["Sinds de monteur vorige maand langs is geweest, tikt onze cv-ketel elke nacht rond een uur "
                        "of twee. De buren hebben er al twee keer iets van gezegd.",
                        "Volgens de monteur is de druk in orde. Heeft iemand dit ook gehad en weet iemand de oorzaak?"],
               replies=[("Installateur_Piet", "Moderator", "Tikken in de nacht komt vaak door lucht in het systeem. "
                         "Ontlucht de radiatoren en kijk daarna opnieuw naar de druk."),
                        ("Joost-K", "Lid sinds 2021", "Bij ons hield het op nadat er een nieuw expansievat was "
                         "geplaatst. Vanaf de eerste nacht was het stil.")]),
    "ar": dict(title="سخان المياه يصدر صوت طرق في الليل", handle="ahmad_77", meta="عضو منذ 2019",
               date="2 ديسمبر 2026 21:14", counter="الصفحة 1 من 3 · التالي",
               opening=["منذ أن استبدل الفني المضخة الشهر الماضي يصدر السخان صوت طرق كل ليلة حوالي الساعة الثانية. "
                        "وقد اشتكى الجيران مرتين من هذا الصوت.",
                        "يقول الفني إن الضغط طبيعي. هل واجه أحدكم هذه المشكلة وعرف سببها؟"],
               replies=[("مشرف_المنتدى", "مشرف", "صوت الطرق في الليل سببه غالباً الهواء في الأنابيب. افتح صمامات "
                         "التنفيس ثم افحص الضغط مرة أخرى."),
                        ("سامي.ك", "عضو منذ 2022", "حدث معنا الشيء نفسه حتى ركب السباك خزان تمدد جديداً. "
                         "ومنذ الليلة الأولى توقف الصوت.")]),
}


def _post(handle: str, meta: str, date: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<div class="post"><div class="author">{handle} <span>{meta}</span></div>'
            f'<div class="date">{date}</div><div class="body">{body}</div></div>')


def _thread(case: dict, replies: bool = True, counter: bool = True) -> str:
    posts = _post(case["handle"], case["meta"], case["date"], case["opening"])
    if replies:
        posts += "".join(_post(h, m, case["date"], [t]) for h, m, t in case["replies"])
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{case["title"]} - Forum</title></head><body>'
            f'<div class="nav"><a>Forum</a> &gt; <a>Wonen</a></div><h1>{case["title"]}</h1>{posts}'
            + (f'<div class="pagination">{case["counter"]}</div>' if counter else "")
            + "<footer>© 2026 Example Community</footer></body></html>")


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_thread_page_warns_of_cut_replies_and_further_pages(lang):
    case = THREADS[lang]
    art = normalise_html(_thread(case))
    assert case["opening"][0] in art.text
    assert any("incomplete" in w and ("of 3" in w or "of 4" in w) for w in art.warnings), art.warnings
    assert any("thread" in w and "2 replies" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_thread_byline_is_the_handle_as_written(lang):
    art = normalise_html(_thread(THREADS[lang]))
    assert art.byline in (THREADS[lang]["handle"], None)


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_text_dump_page_counter_with_next_link_warns(lang):
    case = THREADS[lang]
    page = "\n".join([case["title"], case["date"], *case["opening"], case["counter"], "© 2026 Example Community"])
    art = normalise_text(page)
    assert any(w.startswith("the article is incomplete") for w in art.warnings), art.warnings


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_guard_thread_of_one_post_and_no_counter_says_nothing(lang):
    art = normalise_html(_thread(THREADS[lang], replies=False, counter=False))
    assert THREADS[lang]["opening"][1] in art.text
    assert not any("thread" in w or "incomplete" in w for w in art.warnings), art.warnings


def test_guard_story_in_blocks_of_one_class_is_no_thread():
    paragraphs = ["The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
                  "Work on the lane starts in March and should be finished before the summer holidays.",
                  "Shop owners on the high street had asked for more parking places during the works."]
    body = "".join(f'<div class="para">{p}</div>' for p in paragraphs)
    html = (f'<!DOCTYPE html><html><head><title>Cycle lane approved</title><meta name="author" content="JANE DOE">'
            f'</head><body><h1>Cycle lane approved</h1><article>{body}</article></body></html>')
    art = normalise_html(html)
    assert not any("thread" in w for w in art.warnings), art.warnings
    assert art.byline in ("Jane Doe", "JANE DOE")
