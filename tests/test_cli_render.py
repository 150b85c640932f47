"""Rendering of article records: text and markdown per command, evidence, errors, json shapes."""

from __future__ import annotations

import io
import json

from newsbrief.output import article_from_record
from newsbrief.record import Article, Sentence, Takeaway
from newsbrief.render import StdoutRenderer, render_markdown, render_text


def dutch_article() -> Article:
    article = Article(source="in/nl.txt", language="nl", language_confidence=0.98,
                      title="Nieuwe brug", byline="Door Jan", published="4 maart 2024",
                      text="# Eerste zin. Tweede zin.\n\nDerde zin.", source_takeaways=["Kort: brug"],
                      title_en="New bridge", text_en="First sentence. Second sentence.\n\nThird sentence.")
    article.sentences = [Sentence(0, "Eerste zin.", "First sentence.", -0.1),
                         Sentence(0, "Tweede zin.", "Second sentence.", -0.2),
                         Sentence(1, "Derde zin.", "Third sentence.", -0.3)]
    article.takeaways = [Takeaway("Third sentence.", [2]), Takeaway("First sentence.", [0, 99])]
    article.models = {"translation": {"name": "opus-mt-nl-en", "engine": "ctranslate2", "device": "cpu",
                                      "compute_type": "int8"},
                      "summariser": {"name": "extractive", "kind": "extractive"}}
    article.warnings = ["number 4500 missing in sentence 2"]
    return article


def test_text_per_command():
    article = dutch_article()
    normalised = render_text(article, "normalise")
    assert normalised.startswith("Nieuwe brug\n\nDoor Jan · 4 maart 2024\n\n# Eerste zin.")
    assert "Source summary box (removed from the text):\n  • Kort: brug" in normalised
    translated = render_text(article, "translate")
    # every command names the author and the date under the title, as the JSON record has them (tester28 F13)
    assert translated.startswith("New bridge\n\nDoor Jan · 4 maart 2024\n\nFirst sentence. Second sentence.\n\n"
                                 "Third sentence.\n")
    summary = render_text(article, "summarise")
    assert summary.startswith("New bridge\n\nDoor Jan · 4 maart 2024\n\nKey Takeaways\n")
    assert "Key Takeaways\n  • Third sentence.\n  • First sentence.\n" in summary
    assert summary.rstrip().endswith(
        "Language: nl (0.98) · translation: opus-mt-nl-en (ctranslate2, cpu, int8); summariser: extractive")


def test_evidence_shows_original_and_english_and_skips_bad_indices():
    text = render_text(dutch_article(), "summarise", evidence=True)
    assert "  • Third sentence.\n      [2] Derde zin.\n          en: Third sentence.\n" in text
    assert "[99]" not in text
    md = render_markdown(dutch_article(), "summarise", evidence=True)
    assert "- Third sentence.\n  > [2] Derde zin.\n  >\n  > en: Third sentence.\n" in md


def test_markdown_escapes_body_lines_that_would_become_headings():
    md = render_markdown(dutch_article(), "normalise")
    assert md.startswith("# Nieuwe brug\n\nSource: `in/nl.txt` · Language: nl (0.98) · Door Jan · 4 maart 2024\n")
    assert "\n\\# Eerste zin. Tweede zin.\n" in md  # body text is not turned into a heading
    summary = render_markdown(dutch_article(), "summarise")
    assert summary.startswith("# New bridge\n\nSource: `in/nl.txt` · Language: nl (0.98) · Door Jan · 4 maart 2024\n")
    assert "## Warnings\n\n- number 4500 missing in sentence 2\n" in md


def test_errors_render_as_a_short_notice():
    article = Article(source="bad.txt")
    article.fail("input", "bad.txt: empty file")
    assert render_text(article, "summarise") == "bad.txt: error (input): bad.txt: empty file\n"
    assert render_markdown(article, "summarise") == "# bad.txt\n\n**Error** (input): bad.txt: empty file\n"


def test_stdout_renderer_json_shapes_and_text_skips_errors():
    failed = Article(source="bad.txt")
    failed.fail("input", "empty")
    out = io.StringIO()
    single = StdoutRenderer("json", "summarise", stream=out, single=True)
    single.article(dutch_article())
    single.close()
    assert json.loads(out.getvalue())["title_en"] == "New bridge"
    out = io.StringIO()
    many = StdoutRenderer("json", "summarise", stream=out)
    many.article(dutch_article())
    many.article(failed)
    many.close()
    assert [r["error"] for r in json.loads(out.getvalue())] == [None, {"type": "input", "message": "empty"}]
    out = io.StringIO()
    text = StdoutRenderer("text", "summarise", stream=out)
    text.article(failed)
    text.article(dutch_article())
    text.article(dutch_article())
    assert out.getvalue().count("Key Takeaways") == 2 and "bad.txt" not in out.getvalue()


def test_record_round_trip_for_resumed_runs():
    record = dutch_article().to_dict()
    assert article_from_record(json.loads(json.dumps(record))).to_dict() == record


def test_a_failed_record_with_a_title_is_headed_by_it():
    # tester 9: a Dutch article whose translation model was missing got "# probe/nl04.txt" over its .md, although
    # its record had the title; the source moves to the line under it, as on every other record
    article = Article(source="in/nl.txt", title="Nieuwe brug over de IJssel")
    article.fail("model_missing", "no translation model for nl")
    assert render_markdown(article, "summarise") == ("# Nieuwe brug over de IJssel\n\nSource: `in/nl.txt`\n\n"
                                                     "**Error** (model_missing): no translation model for nl\n")
