"""Folder runs (tester29b, group E): results come out as soon as they are ready, in input order; an interrupt
counts what was saved; a byte-identical copy is noted; two inputs sharing an output name fail alone.

E1 English articles need no engine call, so they are saved and shown one by one instead of after a 32-article
translation chunk; an English file may wait only for the inputs before it (input order is what pipes expect).
E4 Ctrl-C while articles are being saved: the closing line counts the saved ones, and the resume skips them.
E2 a file with the very bytes of an earlier one keeps its own record (one record per file), with a warning naming
the earlier one. E3 ``x.txt`` and ``x.html`` under ``-o``: those two fail with a message, the rest of the run goes
on (exit 1), rather than the whole run being refused.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.output import OutputTree
from newsbrief.pipeline import Pipeline
from newsbrief.render import StdoutRenderer
from tests import cli_fakes
from tests.cli_articles import write
from tests.fixtures_cli import invoke

# hand-written articles for these tests: a regional English story in three versions, one Dutch, one Arabic
EN_PAGES = {
    "a_ferry.txt": """\
Island ferry timetable cut for the winter months

By Rhona Gillies | 12 October 2026

The ferry company will run two crossings a day to the island from November instead of four, it said on Monday.

Islanders said the change would make it hard to reach hospital appointments on the mainland.

The company blamed a shortage of qualified crew and said the summer timetable would return in April.
""",
    "b_library.txt": """\
Village library saved by volunteers after council cuts

The library in Upper Wensley will stay open three days a week after forty residents offered to staff it.

The county council had planned to close the branch in January to save 60,000 pounds a year.

Volunteers will be trained by the council's library service before they start in the new year.

Share this article
""",
    "c_bakery.txt": """\
Bakery fire closes high street for six hours

Firefighters were called to the bakery on the high street at 4.10am on Sunday after smoke was seen from the roof.

Nobody was hurt, but the road was closed until mid-morning while the building was made safe.

The owners said they hoped to reopen within a month.
""",
    "d_harbour.txt": """\
Harbour wall repairs to start in spring

Repairs to the storm-damaged harbour wall will begin in March and take about a year, the harbour trust said.

The work will cost 3.2 million pounds, most of it paid by a government coastal fund.

Fishing boats will use the north quay while the work goes on.
""",
}

NL_PAGE = """\
Veerdienst naar het eiland vaart in de winter minder vaak

De rederij vaart vanaf november nog twee keer per dag naar het eiland in plaats van vier keer, zei een woordvoerder maandag.

Eilandbewoners zeggen dat ze daardoor moeilijker op tijd bij het ziekenhuis aan de wal komen.

Volgens de rederij is er een tekort aan bemanning; in april keert de zomerdienstregeling terug.
"""

AR_PAGE = """\
تقليص رحلات العبارة إلى الجزيرة خلال الشتاء

قالت شركة العبارات يوم الاثنين إنها ستسير رحلتين يوميا إلى الجزيرة اعتبارا من نوفمبر بدلا من أربع رحلات.

وقال سكان الجزيرة إن القرار سيصعب عليهم الوصول إلى مواعيدهم في مستشفى البر الرئيسي.

وعزت الشركة القرار إلى نقص في عدد البحارة المؤهلين.
"""


@pytest.fixture
def english(tmp_path):
    src = tmp_path / "in"
    for name, text in EN_PAGES.items():
        write(src, name, text)
    return src


@pytest.fixture
def events(monkeypatch):
    """What happened, in order: ("prepare", file), ("engine", n sentences), ("saved", file), ("shown", file)."""
    log: list[tuple[str, object]] = []
    name = lambda source: source.replace("\\", "/").rsplit("/", 1)[-1]  # noqa: E731

    prepare = Pipeline._prepare
    monkeypatch.setattr(Pipeline, "_prepare", lambda self, work: (log.append(("prepare", name(work.article.source))),
                                                                  prepare(self, work))[1])
    save = OutputTree.save
    monkeypatch.setattr(OutputTree, "save", lambda self, item, record, md: (log.append(("saved", name(item.source))),
                                                                            save(self, item, record, md))[1])
    show = StdoutRenderer.article
    monkeypatch.setattr(StdoutRenderer, "article", lambda self, article: (log.append(("shown", name(article.source))),
                                                                          show(self, article))[1])
    translate = cli_fakes.FakeTranslator.translate
    monkeypatch.setattr(cli_fakes.FakeTranslator, "translate",
                        lambda self, sentences: (log.append(("engine", len(sentences))),
                                                 translate(self, sentences))[1])
    return log


def _sources(stdout: str) -> list[str]:
    return [json.loads(line)["source"].rsplit("/", 1)[-1] for line in stdout.splitlines()]


# --- E1: English articles stream ------------------------------------------------------------------


def test_english_articles_are_shown_one_by_one_not_after_the_chunk(env, english, events):
    result = invoke("summarise", str(english), "--json")  # the default chunk (32) holds all four
    assert result.exit_code == 0, result.stderr
    assert _sources(result.stdout) == sorted(EN_PAGES)
    # each article is on stdout before the next one is even read by the normaliser
    assert [e for e in events if e[0] in ("prepare", "shown")] == [
        (kind, name) for name in sorted(EN_PAGES) for kind in ("prepare", "shown")]


def test_english_articles_are_saved_one_by_one_under_output(env, english, events, tmp_path):
    result = invoke("summarise", str(english), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert [e for e in events if e[0] in ("prepare", "saved")] == [
        (kind, name) for name in sorted(EN_PAGES) for kind in ("prepare", "saved")]


def test_mixed_languages_keep_input_order_and_english_waits_only_for_earlier_files(env, tmp_path, events):
    src = tmp_path / "in"
    write(src, "a_en.txt", EN_PAGES["a_ferry.txt"])
    write(src, "b_nl.txt", NL_PAGE)
    write(src, "c_en.txt", EN_PAGES["c_bakery.txt"])
    write(src, "d_ar.txt", AR_PAGE)
    write(src, "e_en.txt", EN_PAGES["d_harbour.txt"])
    result = invoke("translate", str(src), "--engine", "cli-fake", "--no-cache", "--json", "-o", str(tmp_path / "o"))
    assert result.exit_code == 0, result.stderr
    assert _sources(result.stdout) == ["a_en.txt", "b_nl.txt", "c_en.txt", "d_ar.txt", "e_en.txt"]
    first_engine = events.index(next(e for e in events if e[0] == "engine"))
    # a_en waits for nothing: shown before the Dutch file is read
    assert events.index(("shown", "a_en.txt")) < events.index(("prepare", "b_nl.txt"))
    # c_en and e_en come after a Dutch file: saved at once (an interrupt keeps them), shown in input order
    for english_file in ("c_en.txt", "e_en.txt"):
        assert events.index(("saved", english_file)) < first_engine
        assert events.index(("shown", english_file)) > events.index(("shown", "b_nl.txt"))
    # translation is still batched: one engine call for Dutch, one for Arabic, for the whole chunk
    assert sum(1 for e in events if e[0] == "engine") == 2


def test_streaming_gives_the_same_records_as_one_article_per_chunk(env, tmp_path):
    src = tmp_path / "in"
    for name, text in EN_PAGES.items():
        write(src, name, text)
    write(src, "m_nl.txt", NL_PAGE)
    write(src, "n_ar.txt", AR_PAGE)
    write(src, "z_empty.txt", "")
    whole = invoke("translate", str(src), "--engine", "cli-fake", "--no-cache", "--json")
    one = invoke("translate", str(src), "--engine", "cli-fake", "--no-cache", "--json", "--batch-articles", "1")
    assert whole.exit_code == one.exit_code == 1  # the empty file fails, alone
    assert whole.stdout == one.stdout


# --- E4: the interrupt counts what was saved -------------------------------------------------------


def test_ctrl_c_while_saving_counts_the_saved_articles(env, english, tmp_path, monkeypatch):
    out = tmp_path / "out"
    save = OutputTree.save
    calls: list[str] = []

    def third_is_interrupted(self, item, record, markdown):
        calls.append(item.source)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return save(self, item, record, markdown)

    monkeypatch.setattr(OutputTree, "save", third_is_interrupted)
    result = invoke("summarise", str(english), "-o", str(out))
    assert result.exit_code == 130
    assert len(list(out.glob("*.json"))) == 2
    assert "interrupted: 2 done, 0 skipped, 0 failed" in result.stderr
    assert "(interrupted; 2 left to do)" in result.stderr
    monkeypatch.setattr(OutputTree, "save", save)
    again = invoke("summarise", str(english), "-o", str(out))
    assert again.exit_code == 0
    assert "2 done, 2 skipped, 0 failed" in again.stderr


def test_ctrl_c_during_translation_keeps_the_english_articles_of_the_chunk(env, tmp_path, monkeypatch):
    src = tmp_path / "in"
    write(src, "a_nl.txt", NL_PAGE)
    write(src, "b_en.txt", EN_PAGES["b_library.txt"])
    write(src, "c_ar.txt", AR_PAGE)
    write(src, "d_en.txt", EN_PAGES["c_bakery.txt"])
    out = tmp_path / "out"

    def interrupted(self, sentences):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_fakes.FakeTranslator, "translate", interrupted)
    result = invoke("translate", str(src), "--engine", "cli-fake", "--no-cache", "-o", str(out))
    assert result.exit_code == 130
    assert sorted(p.name for p in out.glob("*.json")) == ["b_en.json", "d_en.json"]
    assert "interrupted: 2 done, 0 skipped, 0 failed" in result.stderr and "2 left to do" in result.stderr


# --- E2: a byte-identical copy -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [EN_PAGES["a_ferry.txt"], NL_PAGE, AR_PAGE], ids=["en", "nl", "ar"])
def test_a_byte_identical_copy_keeps_its_record_with_a_warning_naming_the_first(env, tmp_path, text):
    src = tmp_path / "in"
    write(src, "story.txt", text)
    write(src, "story_copy.txt", text)
    write(src, "story_edited.txt", text.replace("\n\n", "\n\n\n", 1))  # one byte more: another input
    result = invoke("normalise", str(src), "--json")
    assert result.exit_code == 0, result.stderr
    records = {r["source"].rsplit("/", 1)[-1]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(records) == 3  # one record per file, as before
    copy = [w for w in records["story_copy.txt"]["warnings"] if "same bytes" in w]
    assert copy == [f"the same bytes as {src / 'story.txt'} (an earlier input of this run): one article given "
                    "twice, both records describe it"]
    assert not any("same bytes" in w for name in ("story.txt", "story_edited.txt")
                   for w in records[name]["warnings"])
    assert records["story_copy.txt"]["models"]["input_sha256"] == records["story.txt"]["models"]["input_sha256"]


def test_a_copy_is_shown_as_a_warning_in_the_text_output(env, english):
    write(english, "z_again.txt", EN_PAGES["c_bakery.txt"])
    result = invoke("summarise", str(english))
    assert result.exit_code == 0
    assert f"z_again.txt: the same bytes as {english / 'c_bakery.txt'}" in result.stderr


def test_a_copy_is_still_noted_when_the_first_was_saved_by_an_earlier_run(env, english, tmp_path):
    out = tmp_path / "out"
    assert invoke("normalise", str(english), "-o", str(out)).exit_code == 0
    write(english, "z_again.txt", EN_PAGES["a_ferry.txt"])
    result = invoke("normalise", str(english), "-o", str(out))
    assert result.exit_code == 0 and "1 done, 4 skipped" in result.stderr
    warnings = json.loads((out / "z_again.json").read_text())["warnings"]
    assert any(f"the same bytes as {english / 'a_ferry.txt'}" in w for w in warnings)


def test_empty_files_and_different_files_are_not_called_copies(env, tmp_path):
    src = tmp_path / "in"
    write(src, "a.txt", "")
    write(src, "b.txt", "")
    write(src, "c.txt", EN_PAGES["a_ferry.txt"])
    write(src, "d.txt", EN_PAGES["b_library.txt"])
    result = invoke("normalise", str(src), "--json")
    assert "same bytes" not in result.stdout


# --- E3: two inputs sharing an output name -----------------------------------------------------------


def test_same_stem_inputs_fail_alone_and_the_rest_of_the_run_goes_on(env, tmp_path):
    src = tmp_path / "in"
    write(src, "ferry.txt", EN_PAGES["a_ferry.txt"])
    write(src, "ferry.html", "<html><head><title>Ferry</title></head><body><article><h1>Island ferry timetable cut"
                             "</h1><p>" + EN_PAGES["a_ferry.txt"].split("\n\n")[2] + "</p></article></body></html>")
    write(src, "library.txt", EN_PAGES["b_library.txt"])
    write(src, "veer/bericht.txt", NL_PAGE)
    write(src, "veer/bericht.htm", "<html><body><p>" + NL_PAGE + "</p></body></html>")
    write(src, "عبارة.txt", AR_PAGE)
    out = tmp_path / "out"
    result = invoke("normalise", str(src), "-o", str(out), "--json")
    assert result.exit_code == 1  # some articles failed; not 2: the run was not refused
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["library.json", "عبارة.json"]
    records = {r["source"].split("/in/", 1)[1]: r for r in map(json.loads, result.stdout.splitlines())}
    for failed, other in (("ferry.html", "ferry.txt"), ("ferry.txt", "ferry.html"),
                          ("veer/bericht.htm", "veer/bericht.txt"), ("veer/bericht.txt", "veer/bericht.htm")):
        message = records[failed]["error"]["message"]
        assert f"{src / other} would write the same output" in message and "rename one" in message
        assert f"{failed}: " in result.stderr
    assert records["library.txt"]["error"] is None and records["عبارة.txt"]["error"] is None


def test_the_same_name_in_two_folders_is_no_clash(env, tmp_path):
    src = tmp_path / "in"
    write(src, "nl/bericht.txt", NL_PAGE)
    write(src, "ar/bericht.txt", AR_PAGE)
    write(src, "en/bericht.txt", EN_PAGES["d_harbour.txt"])
    result = invoke("normalise", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert len(list((tmp_path / "out").rglob("*.json"))) == 3
