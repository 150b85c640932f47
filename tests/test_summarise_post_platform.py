"""A new-user tester's finding (stop 26): an embedded post's words became speakerless takeaways.

The post stood under "Name (@handle) on X:", a line that names the platform instead of a verb of posting, so the
summariser did not see it as a post's intro; an Instagram caption under its chrome (which the normaliser now
removes) had nothing above it at all. A line "… on <platform>:" (nl "op X:", ar "على منصة إكس:") now hands over to a
post, and a paragraph that ends on its hashtags is a post's caption. Every article here is written for the tests.
"""

from __future__ import annotations

import json

import pytest

from summarise.context import post_words
from tests.fixtures_cli import invoke, env  # noqa: F401  (env: the fake-engine registry fixture)
from tests.summary_docs import doc_of


@pytest.mark.parametrize("intro", [
    "Lucy Trent (@LucyTrentRows) on X:", "The club's post on Instagram:", "Westport Harbour RC on Threads:",
    "Lucy Trent (@LucyTrentRows) op X:", "Roeivereniging De Helder op Instagram:",
    "رئيس النادي على منصة إكس:", "نادي جدة للتجديف عبر إنستغرام:",
])
def test_a_line_naming_the_platform_hands_over_to_the_post(intro):
    doc = doc_of([["The club won the national title on Saturday for the first time in its 80-year history."],
                  [intro], ["Gutted to miss it this year.", "Back stronger next season."],
                  ["The team will race in Portugal next summer."]])
    assert post_words(doc.sentences, doc.paragraphs) == {2, 3}


@pytest.mark.parametrize("caption", [
    "What a day on the water 🌊 Champions! #rowing #westport",
    "Wat een dag op het water. Kampioen! #roeien",
    "يوم رائع على الماء. أبطال! #تجديف #جدة",
])
def test_a_caption_ending_on_hashtags_is_a_posts_words(caption):
    doc = doc_of([["The club won the national title on Saturday for the first time in its 80-year history."],
                  [caption], ["The team will race in Portugal next summer."]])
    parts = post_words(doc.sentences, doc.paragraphs)
    assert parts and parts <= {1, 2} and 3 not in parts, parts


@pytest.mark.parametrize("paragraph", [
    # guards: a story's sentences about a post or a hashtag are its own reporting
    ["In a post on X, the mayor said the bridge would reopen on Friday."],
    ["Supporters shared the news under the hashtag #WestportRows."],
    ["The mayor's post on X was shared 2,000 times.", "It was deleted on Sunday."],
])
def test_a_story_sentence_about_a_post_is_no_post(paragraph):
    doc = doc_of([["The club won the national title on Saturday for the first time in its 80-year history."],
                  paragraph, ["The team will race in Portugal next summer."]])
    assert post_words(doc.sentences, doc.paragraphs) == set()


PAGE = """THE HARBOUR TIMES
Rowing
Westport rower Lucy Trent pulls out of European championships with rib injury
PA Media
Sun 6 Dec 2026, 10:05 GMT
Westport rower Lucy Trent has pulled out of next month's European coastal rowing championships after scans found a stress fracture in one of her ribs.
The 26-year-old, who won the national title with her club crew on Saturday, is expected to be out for at least six weeks.
Trent announced the news on social media on Sunday morning.
Lucy Trent (@LucyTrentRows) on X:
Heartbroken to miss Portugal. Ribs need time to mend. I'll be back for the summer season.
9:12 AM · Dec 6, 2026
1,204 Reposts 8.1K Likes
Her coach, Dan Hale, said the injury was probably caused by the heavy winter training load.
"She has been rowing through the pain for weeks," Hale said. "Now we have to be patient."
View this post on Instagram
A post shared by Lucy Trent (@lucytrent)
Not the December I planned 🙃 #recovery #rowing
Westport Harbour Rowing Club will name a replacement for the championships on Wednesday.
Related topics
Rowing
© The Harbour Times 2026
"""


def test_an_embedded_posts_words_are_no_takeaways_on_a_saved_page(env, tmp_path):  # noqa: F811
    page = tmp_path / "rower.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("summarise", str(page), "--json", "-q", "--bullets", "8")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    got = [t["text"] for t in record["takeaways"]]
    assert not any(w in t for t in got for w in ("Heartbroken", "Ribs need", "back for the summer", "December I"
                                                 " planned")), got
    assert any("Hale" in t for t in got), got  # the coach's explanation is the story's
    assert record["byline"] == "PA Media"
    assert "View this post on Instagram" not in record["text"]
    assert "A post shared by" not in record["text"]
