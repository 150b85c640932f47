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
