"""Pull quotes (tester 10, F9), in en/nl/ar: a long read sets a sentence of its own text in large type between
paragraphs, and the scrape kept it a second time as a paragraph of its own. Now a short kept paragraph whose every
sentence stands in a longer kept paragraph (on letters and digits alone: other quotation marks, a comma for a full
stop, a "she says" between its sentences) is removed as a "pull quote"; the copy inside the paragraph stays.
Guards: a short paragraph with words of its own, a short quote that only shares some words, a short line, and a
story whose paragraphs are all different keep everything.

The user-level cases fail on the code before (the quote stood twice); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.pullquotes import PULL_QUOTE_REASON, pull_quotes

PAGES = {
    "en": dict(
        head=["Home", "Features", "Long reads", "The last lighthouse keepers of the north coast",
              "By Ellen Moray", "12 March 2026"],
        story=["When the lamp at Skerry Point was automated in 1998, Iain Munro packed his books into four boxes and "
               "rowed to the mainland for the last time.",
               "He is 84 now and lives in a cottage from which he can still see the light. \"People imagine it was "
               "lonely,\" he says. \"It never was. The sea talks to you all night if you let it.\"",
               "The keepers worked in shifts of four hours, logging the weather, winding the clockwork that turned "
               "the lens and keeping the brass clean enough to pass an inspection.",
               "\u201cIt never was. The sea talks to you all night if you let it.\u201d",
               "Today a computer in Edinburgh checks the lamp every ten minutes, and a maintenance crew visits twice "
               "a year by helicopter."],
        quote=3, inside=1, needle="The sea talks to you"),
    "nl": dict(
        head=["Home", "Achtergrond", "De laatste veerman van de Biesbosch", "Door Marieke Jansen",
              "12 maart 2026"],
        story=["Toen het pontje bij Werkendam in 2003 werd opgeheven, voer Kees van Dijk nog één keer over, "
               "zonder passagiers, met de vlag halfstok.",
               "Hij is nu 79 en woont nog altijd aan de dijk. \"Mensen denken dat het saai werk was,\" zegt hij. "
               "\"Maar het water is elke dag anders. Je moet het lezen als een krant.\"",
               "De veerdienst bracht elke ochtend scholieren, boeren en melkbussen naar de overkant, en 's avonds "
               "weer terug naar het dorp.",
               "\u201eMaar het water is elke dag anders. Je moet het lezen als een krant.\u201d",
               "Sinds de nieuwe brug rijden de bussen om, en de oude steiger wordt gebruikt door vissers."],
        quote=3, inside=1, needle="lezen als een krant"),
    "ar": dict(
        head=["الرئيسية", "تحقيقات", "آخر بحارة المرفأ القديم", "بقلم سلمى حداد", "12 مارس 2026"],
        story=["عندما أُغلق المرفأ القديم في عام 1999، حمل أبو سمير شباكه للمرة الأخيرة وسار إلى البيت دون أن "
               "يلتفت إلى الوراء.",
               "يبلغ اليوم الثمانين ويسكن بيتاً يطل على البحر. يقول: \"كان البحر يعرفنا بأسمائنا. لم يكن عملاً، "
               "كان حياة كاملة.\"",
               "كان الصيادون يخرجون قبل الفجر ويعودون عند الظهر، ويبيعون السمك في السوق المجاور للميناء.",
               "«كان البحر يعرفنا بأسمائنا. لم يكن عملاً، كان حياة كاملة.»",
               "واليوم تحول المرفأ إلى منطقة سياحية تملؤها المقاهي والمطاعم الصغيرة."],
        quote=3, inside=1, needle="يعرفنا بأسمائنا"),
}


def _page(case: dict, story: list[str] | None = None) -> str:
    return "\n\n".join(case["head"] + (story or case["story"]) + ["Share this article", "© 2026 Example Media"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_pull_quote_is_removed_and_its_paragraph_kept(lang):
    case = PAGES[lang]
    for model in (None, False):
        art = normalise_text(_page(case), model=model)
        assert art.text.count(case["needle"]) == 1, (lang, model, art.paragraphs)
        assert case["story"][case["inside"]] in art.paragraphs
        assert case["story"][case["quote"]] in art.removed
        assert (case["story"][case["quote"]], "removed", PULL_QUOTE_REASON) in art.line_roles
        assert art.paragraphs[-1] == case["story"][-1]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_pull_quote_above_its_paragraph_goes_too(lang):
    """A pull quote set before the paragraph it quotes: the paragraph (the quote with its speaker) is what stays."""
    case = PAGES[lang]
    story = list(case["story"])
    quote = story.pop(case["quote"])
    story.insert(case["inside"], quote)
    art = normalise_text(_page(case, story))
    assert art.text.count(case["needle"]) == 1
    assert case["story"][case["inside"]] in art.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_short_paragraph_of_its_own_stays(lang):
    """A short quote paragraph that says something new (only a few words shared) is the story's: it stays."""
    case = PAGES[lang]
    story = list(case["story"])
    own = {"en": "\"I would go back tomorrow if they let me. The light still needs a keeper.\"",
           "nl": "\"Ik zou morgen teruggaan als het mocht. Het water heeft nog altijd een veerman nodig.\"",
           "ar": "«لو سمحوا لي لعدت غداً. ما زال البحر يحتاج إلى بحارة يعرفونه.»"}[lang]
    story[case["quote"]] = own
    art = normalise_text(_page(case, story))
    assert own in art.paragraphs


def test_guards_on_the_function():
    texts = ["He said no.", "Later he said no. Then he left the building by the back door.",
             "The council will meet again on Tuesday to vote on the plan.",
             "The council will meet again on Tuesday to vote on the plan.",
             "The council will meet on Tuesday.", "The council will meet again on Tuesday and vote on the budget."]
    # too short; two equal paragraphs (neither is longer); a sentence whose words are not one run in another
    assert pull_quotes(texts, [True] * len(texts)) == set()
    # a removed line holds nothing: its words are not the story's
    quote = "\u201cThe sea talks to you all night if you let it.\u201d"
    assert pull_quotes([quote, "He says: \"The sea talks to you all night if you let it.\""], [True, False]) == set()
    assert pull_quotes([quote, "He says: \"The sea talks to you all night if you let it.\""], [True, True]) == {0}


def test_guard_page_lines_a_paragraph_repeats_are_no_pull_quotes():
    """A heading, a list item or a teaser line that a paragraph repeats is the page's own line, not a quotation set in
    large type; and a quotation far from the paragraph holding it (a teaser lower down) is no pull quote either."""
    para = ("The plan has four parts. Create partnerships and implement supporting tactics, the report says, and "
            "Facebook offers big returns for a small investment.")
    texts = [para, "4. Create partnerships and implement supporting tactics",
             "Facebook offers big returns for a small investment.", "IT jobs on the other side of the cloud"]
    assert pull_quotes(texts, [True] * len(texts)) == set()
    far = ["He said: \"The sea talks to you all night if you let it.\" Then he left."] + ["Filler paragraph."] * 9
    far.append("\"The sea talks to you all night if you let it.\"")
    assert pull_quotes(far, [True] * len(far)) == set()


def test_pull_quotes_scale_linearly():
    """The lookup reads only lines that share a quote's first words: a page of many short lines stays fast."""
    import time

    def run(n):
        texts = [f"\"Line number {k} says something short and plain about item {k * 7}.\"" for k in range(n)]
        start = time.process_time()
        pull_quotes(texts, [True] * n)
        return time.process_time() - start

    small, large = run(2000), run(16000)
    assert large < small * 8 * 4 + 0.5
