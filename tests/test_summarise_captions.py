"""tester7's finding 10 (stop 22): a scraper's "[Image: …]" / "[Foto: …]" / "[صورة: …]" marker is no takeaway.

The caption describes a picture; where the article has sentences of its own it is no bullet, and no bullet ever shows
the wrapper. An image post of one caption and nothing else still gets its caption, unwrapped. Every article here is
written for the tests."""

from __future__ import annotations

import json

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser
from tests.fixtures_cli import invoke, env  # noqa: F401  (env: the fake-engine registry fixture)

CAPTION = "[Image: Two swans on the frozen mill pond at first light, the footbridge behind them]"
POST = [
    "The mill pond at Ashcombe froze over on Sunday night for the first time in six winters.",
    "I walked down before sunrise with a long lens and waited an hour for the swans to come out of the reeds.",
    "The parish council has put up signs warning people not to walk on the ice.",
]


def test_a_caption_marker_is_no_takeaway_when_the_post_has_sentences():
    doc = SummaryInput([CAPTION] + POST, [0, 1, 1, 2], "Swans on the frozen mill pond")
    for n in (None, 3):
        bullets = ExtractiveSummariser().summarise(doc, n).takeaways
        assert bullets, n
        assert not any("[" in b.text or "]" in b.text for b in bullets), [b.text for b in bullets]
        assert not any(0 in b.evidence for b in bullets), [b.text for b in bullets]


def test_a_caption_only_post_gets_its_caption_without_the_wrapper():
    doc = SummaryInput([CAPTION], [0], "Swans at first light")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    assert [b.text for b in bullets] == [
        "Two swans on the frozen mill pond at first light, the footbridge behind them."]
    assert bullets[0].evidence == [0]


def test_a_marker_glued_to_a_sentence_goes_and_the_sentence_stays():
    glued = CAPTION + " " + POST[0]  # the sentence splitter does not cut at "]"
    doc = SummaryInput([glued] + POST[1:], [0, 1, 2])
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    first = next(b for b in bullets if 0 in b.evidence)
    assert first.text.startswith("The mill pond at Ashcombe froze over"), first.text


def test_marker_shapes():
    from summarise.captions import is_marker, strip_markers

    assert is_marker("[Foto: De veerpont in de mist bij Harlingen]")
    assert is_marker("[صورة: قوارب الصيد في ميناء صور عند الغروب].")
    assert is_marker("[Photo : A crowd outside the town hall]")
    # a bracket that is the article's own words, not a scraper's label
    assert not is_marker("[The minister] said the plan would be ready in May.")
    assert strip_markers("[Picture: Flooded fields near Tewkesbury]") == "Flooded fields near Tewkesbury"
    assert strip_markers("The river burst its banks. [Photo: Flooded fields]") == "The river burst its banks."
    assert strip_markers("Prices rose [Image: a chart] sharply.") == "Prices rose [Image: a chart] sharply."


DUTCH_POST = {
    "IJs op de molenvijver": "Ice on the mill pond",
    "[Foto: Twee zwanen op de bevroren molenvijver bij zonsopgang, de loopbrug erachter]":
        "[Photo: Two swans on the frozen mill pond at sunrise, the footbridge behind them]",
    "De molenvijver bij Aalten is zondagnacht voor het eerst in zes winters dichtgevroren.":
        "The mill pond near Aalten froze over on Sunday night for the first time in six winters.",
    "Ik liep voor zonsopgang naar beneden met een telelens en wachtte een uur tot de zwanen uit het riet kwamen.":
        "I walked down before sunrise with a telephoto lens and waited an hour for the swans to come out of the reeds.",
    "De gemeente heeft borden geplaatst die mensen waarschuwen niet op het ijs te lopen.":
        "The municipality has put up signs warning people not to walk on the ice.",
}

ARABIC_POST = {
    "غروب الشمس فوق ميناء صور": "Sunset over the port of Tyre",
    "[صورة: قوارب الصيد تعود إلى ميناء صور عند الغروب والنوارس فوقها]":
        "[Image: Fishing boats return to the port of Tyre at sunset with gulls above them]",
    "عادت قوارب الصيد إلى ميناء صور مساء الجمعة بعد يومين من العاصفة.":
        "The fishing boats returned to the port of Tyre on Friday evening after two days of storm.",
    "وقال الصيادون إن البحر كان هادئا لأول مرة منذ أسبوع وإن الصيد كان وفيرا.":
        "The fishermen said the sea was calm for the first time in a week and the catch was plentiful.",
    "وتتوقع الأرصاد الجوية طقسا مستقرا حتى نهاية الأسبوع المقبل.":
        "The weather service expects stable weather until the end of next week.",
}


def test_a_translated_caption_marker_is_no_takeaway(tmp_path, monkeypatch):
    from tests import cli_fakes

    for lang, post in (("nl", DUTCH_POST), ("ar", ARABIC_POST)):
        (tmp_path / lang).mkdir()
        article = cli_fakes.summarise_translated_dutch(tmp_path / lang, monkeypatch, post, lang=lang)
        texts = [b.text for b in article.takeaways]
        assert len(texts) >= 2, (lang, texts)
        assert not any("[" in t or "Photo:" in t or "Image:" in t for t in texts), (lang, texts)
        assert not any("swans on the frozen" in t or "gulls above them" in t for t in texts), (lang, texts)


PAGE = """Swans on the frozen mill pond
Posted on 9 January 2027 by Tom Reddaway

[Image: Two swans on the frozen mill pond at first light, the footbridge behind them]
The mill pond at Ashcombe froze over on Sunday night for the first time in six winters. I walked down before sunrise with a long lens and waited an hour for the swans to come out of the reeds.

Tags: winter, swans, Ashcombe
"""


def test_an_image_post_page_gets_no_marker_bullet(env, tmp_path):  # noqa: F811
    page = tmp_path / "post.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("summarise", str(page), "--json", "-q")
    assert result.exit_code == 0, result.stderr
    got = [t["text"] for t in json.loads(result.stdout)["takeaways"]]
    assert got and not any("[Image" in t or "swans on the frozen" in t for t in got), got
