"""Page structure the normaliser must get right, in Dutch, Arabic and English (issue 10, items 3-5).

Boxes in the middle of a story remove only themselves; comment sections, author bios and
"About <organisation>" blocks go; an article's own tables, lists and Q&A lines stay; a glued
second article is set aside with a warning; a dropped table or a thin body is said in `warnings`.
Every page here was written for these tests (nothing from the seeds or the eval data).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.normalise import normalise_text
from tests.fixtures_cli import invoke

NL_STORY = [
    "De provincie Utrecht trekt de komende vier jaar 120 miljoen euro uit voor nieuwe fietspaden tussen dorpen en steden.",
    "Gedeputeerde Anouk de Wit zei maandag dat vooral de verbindingen naar middelbare scholen veiliger moeten worden.",
    "Volgens de Fietsersbond gebeuren op smalle polderwegen jaarlijks tientallen ongelukken met scholieren.",
    "De eerste paden worden volgend voorjaar aangelegd bij Woerden en Bunnik, waar de wegen het drukst zijn.",
    "Gemeenten moeten zelf een kwart van de kosten betalen, en dat vinden sommige wethouders te veel gevraagd.",
    "De provincie wil de plannen na de zomer definitief maken, nadat inwoners hun mening hebben kunnen geven.",
]
AR_STORY = [
    "أعلنت وزارة الصحة يوم الأحد عن حملة تطعيم جديدة تستهدف الأطفال في المدارس الابتدائية في جميع المحافظات.",
    "وقال المتحدث باسم الوزارة إن الحملة ستبدأ مطلع الشهر المقبل وتستمر لمدة ثلاثة أسابيع متواصلة.",
    "وأضاف أن فرقاً طبية متنقلة ستزور القرى النائية التي لا توجد فيها مراكز صحية قريبة من السكان.",
    "ورحب اتحاد المعلمين بالقرار، لكنه طالب بتوفير مزيد من الممرضين في المدارس الكبيرة والمزدحمة.",
    "وتشير بيانات الوزارة إلى أن نسبة التطعيم تراجعت خلال العامين الماضيين بسبب نقص اللقاحات في بعض المناطق.",
    "ومن المتوقع أن تصدر الوزارة تقريراً مفصلاً عن نتائج الحملة قبل نهاية العام الدراسي الحالي.",
]
EN_STORY = [
    "The harbour authority said on Thursday that it would close the old ferry terminal for repairs until the spring.",
    "Engineers found cracks in two of the concrete piers during a routine inspection after last month's storms.",
    "Ferries to the islands will leave from the cargo quay instead, which adds about ten minutes to each crossing.",
    "Local businesses near the terminal said they feared losing customers during the busiest months of the year.",
    "The authority promised a free shuttle bus between the town centre and the temporary quay for the whole period.",
    "A public meeting about the repairs is planned for next week in the town hall, the authority said.",
]


def page(*parts) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, list) else [part])
    return "\n".join(lines)


def assert_kept(article, paragraphs):
    for paragraph in paragraphs:
        assert paragraph in article.paragraphs, paragraph


# --- boxes remove only themselves ----------------------------------------------------------------

def test_dutch_lees_ook_box_in_the_middle_removes_only_itself():
    box = ["Lees ook:", "Nieuwe snelfietsroute tussen Utrecht en Amersfoort geopend",
           "Scholieren fietsen steeds vaker met elektrische fiets naar school"]
    art = normalise_text(page("Menu", "Zoeken", "Provincie trekt 120 miljoen uit voor fietspaden",
                              NL_STORY[:3], box, NL_STORY[3:], "Meest gelezen", "Brand in loods Nieuwegein"))
    assert art.title == "Provincie trekt 120 miljoen uit voor fietspaden"
    assert_kept(art, NL_STORY)
    for line in box:
        assert line not in art.paragraphs
        assert line in art.removed
    assert "Brand in loods Nieuwegein" not in art.paragraphs


def test_arabic_read_also_box_in_the_middle_removes_only_itself():
    box = ["اقرأ أيضاً:", "افتتاح مستشفى جديد للأطفال في العاصمة", "ارتفاع أعداد الطلاب في المدارس الحكومية"]
    art = normalise_text(page("الرئيسية", "أخبار", "حملة تطعيم جديدة لطلاب المدارس الابتدائية",
                              AR_STORY[:2], box, AR_STORY[2:], "الأكثر قراءة", "أمطار غزيرة تضرب المدن الساحلية"))
    assert_kept(art, AR_STORY)
    for line in box:
        assert line not in art.paragraphs
    assert "أمطار غزيرة تضرب المدن الساحلية" not in art.paragraphs


def test_english_related_box_before_the_lead_does_not_cut_the_lead():
    box = ["Related", "Island ferry prices to rise in June", "Storm damage bill passes two million"]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY[:1], box, EN_STORY[1:]))
    assert_kept(art, EN_STORY)
    assert not any(line in art.paragraphs for line in box)


def test_key_takeaways_box_in_the_middle_goes_to_source_takeaways():
    box = ["Key Takeaways", "- The old terminal closes until spring.", "- Ferries leave from the cargo quay."]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY[:2], box, EN_STORY[2:]))
    assert art.source_takeaways == ["The old terminal closes until spring.", "Ferries leave from the cargo quay."]
    assert_kept(art, EN_STORY)


# --- structure: what stays, what goes ------------------------------------------------------------

def test_comment_section_after_the_story_is_not_the_body():
    comments = [
        "24 comments", "Sort by: Newest | Oldest", "harbourfan77", "2 hours ago",
        "They said the same thing five years ago and nothing happened, so I will believe it when I see it.", "Reply",
        "Margaret L.", "3 hours ago",
        "The shuttle bus is a good idea but it should also run in the evenings for people who work late.", "Reply",
    ]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, comments))
    assert_kept(art, EN_STORY)
    assert not any(c in art.paragraphs for c in comments)


#: reader comments, one per stamp in the thread tests below
EN_COMMENTS = [
    "They said the same thing five years ago and nothing happened, so I will believe it when I see it myself.",
    "The shuttle bus is a good idea but it should also run in the evenings for people who work late shifts.",
    "My shop is right next to the terminal and I am worried about the whole winter season, to be honest.",
]
AR_COMMENTS = [
    "خطوة ممتازة من الوزارة، ونتمنى أن تصل الفرق الطبية فعلاً إلى القرى البعيدة هذه المرة وليس المدن فقط.",
    "أتمنى أن يتم توفير اللقاحات بشكل كافٍ لأن أطفالنا لم يحصلوا على التطعيم في العام الماضي بسبب النقص.",
    "الحملة جيدة لكن المدارس تحتاج إلى ممرضين بشكل دائم وليس لثلاثة أسابيع فقط كما قال المتحدث.",
]


def _thread_is_cut(title: str, story: list[str], stamp: str, names_times: tuple, comments: list[str]):
    """A story followed by comments, each after a stamp line (`stamp` formatted with name and time): the story
    stays whole and no comment is kept. Returns the record."""
    thread: list[str] = []
    for (name, time), comment in zip(names_times, comments):
        thread += [stamp.format(name=name, time=time), comment]
    art = normalise_text(page(title, story, thread))
    assert_kept(art, story)
    assert not any(c in art.paragraphs for c in comments)
    return art


def test_stamped_comment_section_that_reads_as_prose_is_cut_from_the_body():
    # no "comments" marker, no "Reply": only the stamp line each comment repeats tells where the story ends
    art = _thread_is_cut("Harbour to close old ferry terminal for repairs", EN_STORY,
                         "on March 5, 2024 at {time}, {name} wrote",
                         (("tj", "7:56 am"), ("Harriet May", "8:37 am"), ("Lori", "10:23 am")), EN_COMMENTS)
    assert art.published is None or "7:56" not in art.published  # a comment's stamp is not the story's date


NL_COMMENTS = [
    "Eindelijk gebeurt er iets, mijn dochter fietst elke dag over die gevaarlijke polderweg naar school toe.",
    "Mooi plan, maar waarom moeten de gemeenten een kwart betalen als de provincie het zelf wil hebben?",
    "Bij ons in Bunnik wachten we hier al tien jaar op, dus ik geloof het pas als de schop in de grond gaat.",
]
NL_TITLE, AR_TITLE = "Provincie trekt 120 miljoen uit voor fietspaden", "حملة تطعيم جديدة في المدارس الابتدائية"
AR_NAMES = (("أحمد", "09:12"), ("سارة", "10:30"), ("محمد علي", "12:45"))


@pytest.mark.parametrize("title, story, stamp, names_times, comments", [
    (NL_TITLE, NL_STORY, "op 5 maart 2024 om {time} schreef {name}",
     (("Anna", "09:12"), ("Pieter de Vries", "09:40"), ("Ruud", "11:05")), NL_COMMENTS),
    (AR_TITLE, AR_STORY, "في 5 مارس 2024 الساعة {time} كتب {name}", AR_NAMES, AR_COMMENTS),
    # stamps that open on the commenter's name: the template shows in their last word (seen as a user: a Dutch
    # blog's "Piet om 09:45 | Reageer" / "Karin om 10:02 | Reageer" thread was kept as the story's end)
    (NL_TITLE, NL_STORY, "{name} om {time} | Reageer", (("Piet", "09:45"), ("Karin", "10:02"), ("Piet", "10:15")),
     NL_COMMENTS),
    ("Harbour to close old ferry terminal for repairs", EN_STORY, "{name} at {time} | Reply",
     (("tj", "7:56 am"), ("Harriet May", "8:37 am"), ("Lori", "10:23 am")), EN_COMMENTS),
    (AR_TITLE, AR_STORY, "{name} - الساعة {time} | رد", AR_NAMES, AR_COMMENTS),
], ids=["nl-first-word", "ar-first-word", "nl-name-first", "en-name-first", "ar-name-first"])
def test_stamped_comment_sections_are_cut(title, story, stamp, names_times, comments):
    _thread_is_cut(title, story, stamp, names_times, comments)


def test_the_comment_warning_names_the_stamp_the_classifier_cut_at():
    # losses.py reads the classifier's stamp (Decision.comment_stamp) instead of looking for one again
    from newsbrief.normalise import logical_lines
    from newsbrief.normalise.classify import classify
    from newsbrief.normalise.features import line_features

    names_times = (("tj", "7:56 am"), ("Harriet May", "8:37 am"), ("Lori", "10:23 am"))
    art = _thread_is_cut("Harbour to close old ferry terminal for repairs", EN_STORY, "{name} at {time} | Reply",
                         names_times, EN_COMMENTS)
    lines = logical_lines("\n".join(source for source, _, _ in art.line_roles))
    marked = [line.text for line, d in zip(lines, classify(lines, line_features(lines))[0]) if d.comment_stamp]
    assert marked == ["tj at 7:56 am | Reply"]
    assert [w for w in art.warnings if "reader comments" in w][0].startswith("the text from 'tj at 7:56 am | Reply' on")


def test_live_blog_entries_with_times_are_not_a_comment_section():
    # entries that start with their time: a live blog's own text, never cut as comments, even when every entry
    # head ends on the same word (which would chain them as stamps if the time-first guard were gone)
    for head in ("{time} GMT", "{time} BST | Share"):
        entries = []
        for time, text in (("10:32", EN_STORY[2]), ("10:45", EN_STORY[3]), ("11:02", EN_STORY[4]),
                           ("11:20", EN_STORY[5])):
            entries += [head.format(time=time), text]
        art = normalise_text(page("Live: harbour terminal closes for repairs", EN_STORY[:2], entries))
        assert_kept(art, EN_STORY[:2])
        for text in EN_STORY[2:6]:  # each entry under its time ("10:32 GMT – …": normalise/entrytimes.py)
            assert any(p == text or p.endswith(f" – {text}") for p in art.paragraphs), text
        assert_kept(art, EN_STORY[6:])


def test_dutch_article_keeps_its_own_table_and_q_and_a():
    table = ["Gemeente | Kilometers | Kosten", "Woerden | 12 | 9,5 miljoen", "Bunnik | 8 | 6,1 miljoen",
             "Houten | 5 | 3,8 miljoen"]
    qa = ["Wanneer begint de aanleg?", "Volgend voorjaar, als de vergunningen rond zijn.",
          "Wie betaalt er mee?", "De gemeenten betalen een kwart van de kosten."]
    art = normalise_text(page("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY[:3], table, NL_STORY[3:5],
                              qa, NL_STORY[5:]))
    assert_kept(art, NL_STORY)
    assert_kept(art, table)
    assert_kept(art, qa)


def test_author_bio_and_about_block_are_dropped():
    tail = [
        "About the author",
        "Jane Morrow covers transport and the coast for the Gazette. She previously worked at the Evening Post.",
        "About Harbour Authority",
        "The Harbour Authority manages the port, its ferry terminals and the marina on behalf of the county council.",
    ]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, tail))
    assert_kept(art, EN_STORY)
    assert not any(line in art.paragraphs for line in tail)


# --- glued articles and warnings -------------------------------------------------------------------

SECOND = [
    "Council approves new swimming pool after long debate",
    "The town council voted on Wednesday to build a new public swimming pool next to the secondary school.",
    "The old pool closed three years ago because the roof was no longer safe, and swimmers had to travel far.",
    "Construction should start in the autumn and the pool could open in time for the summer holidays of next year.",
    "Opponents said the money would be better spent on the roads, but the plan passed with a clear majority.",
]


def test_glued_second_article_is_set_aside_with_a_warning():
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, "Related Topics",
                              "Ferries", "Ports", SECOND))
    assert_kept(art, EN_STORY)
    assert not any(line in art.paragraphs for line in SECOND)
    assert any("second article" in w and SECOND[0][:30] in w for w in art.warnings)
    assert SECOND[1] in art.removed  # never dropped silently: it is in the record


def test_glued_second_dutch_article():
    second = [
        "Nieuw zwembad in Houten komt er toch",
        "De gemeenteraad van Houten heeft woensdag besloten om toch een nieuw zwembad naast de sporthal te bouwen.",
        "Het oude bad sloot drie jaar geleden omdat het dak niet meer veilig was, en zwemmers moesten ver reizen.",
        "De bouw begint in het najaar en het zwembad kan volgens de wethouder voor de zomervakantie open.",
    ]
    art = normalise_text(page("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY, "Meer nieuws", second))
    assert_kept(art, NL_STORY)
    assert not any(line in art.paragraphs for line in second[1:])
    assert any("second article" in w for w in art.warnings)


def test_plain_article_has_no_loss_warning():
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, "© 2025 Gazette"))
    assert art.warnings == []


def test_headline_and_caption_page_is_not_titled_by_its_menu():
    art = normalise_text(page("Menu Search Subscribe", "Harbour to close old ferry terminal for repairs",
                              "The old ferry terminal seen from the cargo quay on Thursday, when engineers found "
                              "cracks in two piers. (Photo: Gazette)", "Share", "More news"))
    assert art.title == "Harbour to close old ferry terminal for repairs"
    assert "Menu Search Subscribe" in art.removed


def test_cli_normalise_record_carries_the_glued_article_warning(tmp_path):
    path = tmp_path / "glued.txt"
    path.write_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, "Related Topics", SECOND),
                    encoding="utf-8")
    result = invoke("normalise", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert any("second article" in w for w in record["warnings"])


def test_a_run_of_removed_figure_lines_inside_the_article_is_warned_about():
    from newsbrief.normalise.losses import TABLE_WARNING, number_table_warning

    texts = ["The storm cut power to thousands of homes on Tuesday.", "Louisiana 120,000", "Mississippi 54,000",
             "Alabama 31,000", "Crews expect to restore power by the weekend."]
    words = [len(t.split()) for t in texts]
    reasons = ["prose", "single word", "single word", "single word", "prose"]
    roles = ["content", "removed", "removed", "removed", "content"]
    warning = number_table_warning(texts, roles, reasons, words)
    assert warning and warning.startswith(TABLE_WARNING) and "3 lines" in warning and "Louisiana" in warning
    # two lines are no table; kept rows are no loss
    assert number_table_warning(texts[:3] + texts[4:], roles[:3] + roles[4:], reasons[:3] + reasons[4:],
                                words[:3] + words[4:]) is None
    assert number_table_warning(texts, ["content"] * 5, reasons, words) is None
    # figures right under the last kept line are a table cut from under the story (tester finding 10: a league
    # table), warned the same; after a phrase-list widget ("Most read") they are the page's, not the story's
    tail = ["content", "removed", "removed", "removed", "removed"]
    assert number_table_warning(texts, tail, reasons, words).startswith(TABLE_WARNING)
    assert number_table_warning(texts[:1] + ["Most read"] + texts[1:4], tail, ["prose", "end"] + reasons[1:4],
                                words[:1] + [2] + words[1:4]) is None


def test_an_html_table_the_extractor_puts_back_is_not_warned_about():
    """The plain-text rules drop the table's rows as short lines and warn; the HTML path then puts them back from
    the extractor's structure, so the warning would be false (it was, on this page, before)."""
    from newsbrief.normalise.html import normalise_document

    page = (Path(__file__).parent / "html_pages" / "en_storm.html").read_text(encoding="utf-8")
    article = normalise_document(page)
    assert "| Louisiana | 120,000 |" in article.text
    assert not any("table or list of numbers" in w for w in article.warnings)


# --- found by trying hand-written pages as a user (this stop) -------------------------------------

def test_a_read_more_box_of_short_headlines_removes_only_itself():
    # two- and three-word headlines under the heading used to be no box: the heading then ended the article
    for title, story, box in (
        ("Harbour to close old ferry terminal for repairs", EN_STORY, ["Read more:", "Oil slips", "Dollar steady"]),
        ("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY, ["Lees ook:", "Boeren blokkeren distributiecentrum"]),
        ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY, ["اقرأ أيضاً:", "النفط يتراجع", "الدولار يستقر"]),
    ):
        art = normalise_text(page(title, story[:3], box, story[3:]))
        assert_kept(art, story)
        assert all(line in art.removed for line in box)


def test_a_schedule_or_timeline_in_the_story_is_not_a_comment_thread():
    # stamp lines right under each other are a list of times, not comments (a comment stands between two stamps)
    for title, story, block in (
        ("Harbour to close old ferry terminal for repairs", EN_STORY,
         ["Doors open 7:30 pm", "Main act 9:00 pm", "Fireworks 11:00 pm", "Last trains 11:45 pm"]),
        ("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY,
         ["Aanvang 20:00 uur", "Pauze 21:15 uur", "Einde 22:30 uur"]),
        ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY,
         ["الساعة 10:15 وصول الفرق الطبية", "الساعة 11:30 بدء التطعيم", "الساعة 13:00 انتهاء اليوم الأول"]),
    ):
        art = normalise_text(page(title, story[:3], block, story[3:]))
        assert_kept(art, story)
        assert not any("reader comments" in w for w in art.warnings)


def test_a_cut_comment_thread_is_said_in_the_warnings():
    art = _thread_is_cut("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY, "{name} om {time} | Reageer",
                         (("Piet", "09:45"), ("Karin", "10:02"), ("Piet", "10:15")), [
        "Weer een afsluiting van de polderweg, echt belachelijk hoe slecht dit allemaal geregeld is in deze provincie.",
        "Eindelijk, die weg was levensgevaarlijk voor iedereen die er dagelijks met de fiets overheen moest rijden.",
        "Dat had dan vorig jaar al moeten gebeuren en niet pas nu, midden in het drukke voorjaar met alle toeristen.",
    ])
    assert any("'Piet om 09:45 | Reageer'" in w and "reader comments" in w for w in art.warnings)


def test_a_second_article_under_its_own_byline_and_date_is_set_aside_with_a_warning():
    second = ["Teenager rescued from cliff after six-hour operation", "By Owen Price", "3 March 2025",
              "A 16-year-old boy was rescued from a cliff ledge near Whitby on Sunday after a six-hour operation.",
              "The teenager had been walking with friends when he slipped and fell about ten metres onto the ledge."]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", "By Maria Keane", "3 March 2025",
                              EN_STORY, second))
    assert_kept(art, EN_STORY)
    assert not any(line in art.paragraphs for line in second)
    assert any("second article" in w and "Teenager rescued" in w for w in art.warnings)
    # a subheading inside one story has no byline under it: nothing is set aside
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY[:3],
                              "What happens next for ferry passengers", EN_STORY[3:]))
    assert_kept(art, EN_STORY)
    assert art.warnings == []


@pytest.mark.parametrize("title, story, counter, stamps, reply, comments", [
    ("Harbour to close old ferry terminal for repairs", EN_STORY, "Comments (2)",
     ["JohnP · 2 hours ago", "Sandra_K · 1 hour ago"], "Reply", EN_COMMENTS[:2]),
    (NL_TITLE, NL_STORY, "2 reacties", ["Piet · 3 uur geleden", "Karin · 1 uur geleden"], "Reageer", NL_COMMENTS[:2]),
    (AR_TITLE, AR_STORY, "التعليقات (2)", ["أحمد · منذ ساعتين", "سارة · منذ ساعة"], "رد", AR_COMMENTS[:2]),
], ids=["en", "nl", "ar"])
def test_a_comment_counter_the_body_ran_into_ends_the_story(title, story, counter, stamps, reply, comments):
    # seen as a user: "Comments (3)", then "JohnP · 2 hours ago" and the comment, "Reply": the comments read as prose,
    # the body region ran on into them, and a counter was only looked for after the body
    thread = [counter]
    for stamp, comment in zip(stamps, comments):
        thread += [stamp, comment, reply]
    art = normalise_text(page(title, story, thread))
    assert_kept(art, story)
    assert not any(c in art.paragraphs for c in comments)


def test_a_comment_counter_in_the_share_bar_above_the_story_cuts_nothing():
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", "By Maria Keane",
                              "Share | Comments (3)", "Reply", EN_STORY))
    assert_kept(art, EN_STORY)


# --- a list the story announces is the story's (lists.py) -------------------------------------------

ANNOUNCED_LISTS = [
    ("Harbour to close old ferry terminal for repairs", EN_STORY,
     "These are the crossings that will leave from the cargo quay instead:",
     ["Ferry to Westholm (07:15)", "Ferry to Little Skerry", "Evening ferry to Eastby", "Night boat to Holm"]),
    ("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY,
     "Dit zijn de fietspaden die als eerste worden aangelegd:",
     ["Woerden - Harmelen", "Bunnik - Odijk", "Houten - Schalkwijk", "Amersfoort - Leusden"]),
    ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY,
     "وفيما يلي المحافظات التي تبدأ فيها الحملة:",
     ["محافظة الشمال", "محافظة الوسط", "محافظة الجنوب", "محافظة الساحل"]),
]


#: "… are as follows." announces a list as a colon does (lists.leads_in)
FOLLOWS_LISTS = [
    ("Harbour to close old ferry terminal for repairs", EN_STORY, "The temporary crossings from the quay are as follows.",
     ["07:15 Westholm, cargo quay", "09:40 Little Skerry, cargo quay", "12:05 Eastby, cargo quay",
      "18:30 Holm, cargo quay"]),
    ("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY, "De eerste fietspaden zijn als volgt.",
     ["van Woerden naar Harmelen (voorjaar)", "van Bunnik naar Odijk (zomer)", "van Houten naar Schalkwijk (najaar)",
      "van Amersfoort naar Leusden (winter)"]),
    ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY, "وجاءت مواعيد الحملة في المحافظات كالتالي.",
     ["الشمال: 1 أيار", "الوسط: 8 أيار", "الجنوب: 15 أيار", "الساحل: 22 أيار"]),
    ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY, "وستبدأ الحملة في المحافظات التالية.",
     ["محافظة الشمال", "محافظة الوسط", "محافظة الجنوب", "محافظة الساحل"]),
]


@pytest.mark.parametrize("title,story,lead,items", ANNOUNCED_LISTS + FOLLOWS_LISTS)
def test_a_list_the_story_announces_at_its_end_is_kept(title, story, lead, items):
    # its short lines looked like a menu after the last paragraph: the body ended there and the list went
    art = normalise_text(page(title, story, lead, items, "Related stories", "Oil slips as demand cools",
                              "Dollar steady ahead of rate decision", "Copyright 2025 Harbour Gazette"))
    assert_kept(art, story)
    assert_kept(art, [lead] + items)
    assert "Oil slips as demand cools" not in art.paragraphs


@pytest.mark.parametrize("title,story,lead,items", ANNOUNCED_LISTS)
def test_a_list_the_story_announces_in_the_middle_keeps_the_story_under_it(title, story, lead, items):
    # four short lines after the lead were a widget run: the list went, and the story under it too
    art = normalise_text(page(title, story[:3], lead, items, story[3:]))
    assert_kept(art, story)
    assert_kept(art, [lead] + items)


def test_an_arabic_story_ending_in_the_months_to_come_announces_no_list():
    # review 7a finding 6: "التالية" after a noun of time means "next" ("خلال الأشهر التالية": in the months to
    # come); the story's last sentence read as a lead-in, and the headlines of other stories under it were kept
    last = "وتوقع المتحدث أن ترتفع نسبة التطعيم في المدارس خلال الأشهر التالية."
    headlines = ["افتتاح مستشفى جديد للأطفال في العاصمة", "ارتفاع أعداد الطلاب في المدارس الحكومية",
                 "الأمطار تغلق الطرق في ثلاث محافظات", "وزير التعليم يزور مدارس الجنوب"]
    art = normalise_text(page("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY, last, headlines))
    assert_kept(art, AR_STORY + [last])
    assert not any(line in art.paragraphs for line in headlines)


def test_a_short_heading_with_a_colon_announces_no_list():
    # "Share this:" / "Lees ook:" are widgets the phrase lists know, and a two-word heading is no sentence
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, "More news:",
                              ["Oil slips as demand cools", "Dollar steady", "Stocks mixed"]))
    assert_kept(art, EN_STORY)
    assert "Oil slips as demand cools" not in art.paragraphs


def test_a_widget_heading_with_a_colon_announces_no_list():
    # six words and a colon, but nothing of the story in it: the comment options under it are no list of the story
    options = ["delicious | digg | reddit", "add new comment", "Comment viewing options", "Flat list - collapsed",
               "Threaded list - expanded", "Date - newest first"]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY,
                              "Bookmark/Search this post with:", options))
    assert_kept(art, EN_STORY)
    assert not any(line in art.paragraphs for line in options)


# --- found by trying a second new user's pages -----------------------------------------------------

@pytest.mark.parametrize("title, story, box", [
    # Al Jazeera's related box carries screen-reader list labels: the box used to run past MAX_RELATED lines,
    # stop being a box, and its heading then ended the article (the story under it was removed, silently)
    ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY,
     ["اقرأ أيضا", "list of 4 items", "list 1 of 4", "افتتاح مستشفى جديد للأطفال في العاصمة", "list 2 of 4",
      "ارتفاع أعداد الطلاب في المدارس الحكومية", "end of list"]),
    ("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY,
     ["اقرأ أيضا", "قائمة من 4 عناصر", "قائمة 1 من 4", "افتتاح مستشفى جديد للأطفال في العاصمة", "قائمة 2 من 4",
      "ارتفاع أعداد الطلاب في المدارس الحكومية", "نهاية القائمة"]),
    ("Harbour to close old ferry terminal for repairs", EN_STORY,
     ["Recommended Stories", "list of 3 items", "list 1 of 3", "Island ferry prices to rise in June", "list 2 of 3",
      "Storm damage bill passes two million", "list 3 of 3", "Cargo quay gets new cranes this winter", "end of list"]),
    ("Harbour to close old ferry terminal for repairs", EN_STORY,
     ["Read more", "list of 6 items", "Island ferry prices to rise in June", "Storm damage bill passes two million",
      "Cargo quay gets new cranes this winter", "Lighthouse to open to visitors in May",
      "Fishing fleet sees record catch", "Ferry crew strike called off", "end of list"]),
    ("Provincie trekt 120 miljoen uit voor fietspaden", NL_STORY,
     ["Lees ook", "lijst van 3 items", "lijst 1 van 3", "Nieuwe snelfietsroute tussen Utrecht en Amersfoort geopend",
      "lijst 2 van 3", "Scholieren fietsen steeds vaker naar school", "einde van de lijst"]),
])
def test_a_related_box_with_list_labels_removes_only_itself(title, story, box):
    art = normalise_text(page(title, story[:3], box, story[3:]))
    assert_kept(art, story)
    assert all(line in art.removed for line in box)


def test_a_widget_glued_to_a_story_paragraph_goes_and_the_paragraph_stays():
    # the paragraph was taken for its glued widget (a caption, a read-more link, an advert) and dropped whole
    title = "Harbour to close old ferry terminal for repairs"
    glued = [EN_STORY[0] + " READ MORE: How to cut your ferry costs",
             EN_STORY[1] + " " + EN_STORY[2] + " (Getty Images)",
             EN_STORY[3] + " Sign up for our free Money newsletter here.",
             EN_STORY[4] + " Advertisement", "Advertisement", EN_STORY[5]]
    art = normalise_text(page(title, "By Helen Price", glued))
    assert art.paragraphs == [EN_STORY[0], EN_STORY[1] + " " + EN_STORY[2], *EN_STORY[3:]]
    for widget in ("READ MORE: How to cut your ferry costs", "(Getty Images)",
                   "Sign up for our free Money newsletter here.", "Advertisement"):
        assert widget in art.removed


def test_a_caption_with_its_credit_and_a_sentence_about_a_newsletter_are_not_split():
    from newsbrief.normalise.glued import split_glued_tails
    from newsbrief.normalise.lines import split_lines

    caption = "Firefighters at the old ferry terminal on Sunday. (Getty Images)"
    closing = "The council said it would tell residents about the works in its monthly newsletter."
    assert [line.text for line in split_glued_tails(split_lines(page(caption, closing)))] == [caption, closing]


@pytest.mark.parametrize("caption", [
    # a wire photo's caption runs past 20 words and its abbreviations read as sentence ends: it stays one caption
    "In this Sunday, Nov. 10, 2025, photo, a long row of unsold cars sits at a dealership in Littleton, Colo., "
    "where sales fell for a third month. (AP Photo/David Zalubowski)",
    "Op deze foto van zo. 9 nov. 2025 staan tientallen onverkochte auto's op het terrein van een dealer in Zwolle, "
    "waar de verkoop opnieuw daalde. (Foto: ANP/Remko de Waal)",
])
def test_a_long_wire_caption_keeps_its_photo_credit(caption):
    from newsbrief.normalise.glued import split_glued_tails
    from newsbrief.normalise.lines import split_lines

    assert [line.text for line in split_glued_tails(split_lines(caption))] == [caption]


@pytest.mark.parametrize("title, story, extra", [
    ("Harbour to close old ferry terminal for repairs", EN_STORY,
     ["(Reporting by Bart Meijer; Editing by Kirsten Donovan)", "Our Standards: The Thomson Reuters Trust Principles."]),
    ("Harbour to close old ferry terminal for repairs", EN_STORY,
     ["(Additional reporting by Anna Smith in Dover; Writing by Tom Brown)",
      "Associated Press writer Lisa Mascaro contributed to this report."]),
])
def test_wire_trailers_after_the_story_are_removed(title, story, extra):
    # they stayed in the text (a short line in the body, or prose) and became bullets
    art = normalise_text(page(title, story, extra))
    assert_kept(art, story)
    assert all(line in art.removed for line in extra)


def test_bbc_image_caption_and_source_lines_are_removed():
    caption = ["Image source, Getty Images", "Image caption, The old terminal was built in 1931"]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY[:2], caption, EN_STORY[2:]))
    assert_kept(art, EN_STORY)
    assert all(line in art.removed for line in caption)


def test_an_arabic_source_credit_under_the_lead_is_removed():
    credit = "المصدر: الجزيرة + وكالات"
    art = normalise_text(page("حملة تطعيم جديدة في المدارس الابتدائية", AR_STORY[:1], credit, AR_STORY[1:]))
    assert_kept(art, AR_STORY)
    assert credit in art.removed


@pytest.mark.parametrize("blog, story, footer, count, titles", [
    ("Harbour notes", EN_STORY, "Posted by harbourmaster at {time}", "| Comments ({n}) | TrackBack",
     ("Terminal closes", "Cracks in the piers", "What the shops say")),
    ("Fietsblog Utrecht", NL_STORY, "Geplaatst door Anouk om {time}", "Reacties ({n}) | Permalink",
     ("Geld voor fietspaden", "Ongelukken op polderwegen", "Wie betaalt")),
    ("مدونة الصحة", AR_STORY, "نشرها أحمد الساعة {time}", "التعليقات ({n})",
     ("حملة تطعيم جديدة", "الفرق الطبية", "بيانات الوزارة")),
], ids=["en", "nl", "ar"])
def test_a_blog_page_of_posts_is_no_comment_thread(blog, story, footer, count, titles):
    # seen on blog front pages and archives: each post closes with its stamp and a link to its comments ("Posted
    # by hugh at 12:42 PM" / "| Comments (4)"); three such stamps chained as a comment thread and cut every post
    # after the first. A stamp with a comment count under it closes a post; a commenter's stamp counts nothing.
    posts: list[str] = []
    for k, (title, time) in enumerate(zip(titles, ("09:12", "14:40", "21:05"))):
        posts += [title, story[2 * k], story[2 * k + 1], footer.format(time=time), count.format(n=k + 2)]
    art = normalise_text(page(blog, posts))
    assert_kept(art, story)
    assert not any("reader comments" in w for w in art.warnings)


def test_a_post_footer_above_a_stamped_thread_still_ends_the_story():
    # the post's own footer ("Posted by … | Comments (3)") is no commenter's stamp, but the comments under it still
    # chain on theirs, so the thread is cut as before
    thread = ["Posted by harbourmaster at 08:05 AM", "| Comments (3) | TrackBack", "Comments"]
    for (name, time), comment in zip((("tj", "9:56 AM"), ("Harriet May", "10:37 AM"), ("Lori", "11:23 AM")),
                                     EN_COMMENTS):
        thread += [comment, f"Posted by: {name} at {time}"]
    art = normalise_text(page("Harbour to close old ferry terminal for repairs", EN_STORY, thread))
    assert_kept(art, EN_STORY)
    assert not any(c in art.paragraphs for c in EN_COMMENTS)


@pytest.mark.parametrize("title, story, footer, count, stamp, comments", [
    ("Harbour to close old ferry terminal for repairs", EN_STORY, "December 13 2007 at 07:52 AM",
     "Listed Under: Harbour, Ferries | Comments (2)", "Posted By: {name} | December 13 2007 at {time} AM", EN_COMMENTS),
    (NL_TITLE, NL_STORY, "Geplaatst op 13 december 2007 om 07:52 uur", "Rubriek: Fietsen | Reacties (2)",
     "Reactie van {name} | 13 december 2007 om {time} uur", NL_COMMENTS),
], ids=["en", "nl"])
def test_a_post_footer_and_two_comments_are_still_a_thread(title, story, footer, count, stamp, comments):
    # seen on an l3s blog page: the post's footer is the third stamp of a two-comment thread (all end "AM"); a
    # chain may hold one footer, so the thread is cut from the footer as before (a rule that never let a footer
    # chain kept both comments as story)
    thread = [footer, count]
    for name, time, comment in zip(("blackzappy", "clarry"), ("11:25", "08:28"), comments):
        thread += [comment, stamp.format(name=name, time=time)]
    art = normalise_text(page(title, story, thread))
    assert_kept(art, story)
    assert not any(c in art.paragraphs for c in comments[:2])
