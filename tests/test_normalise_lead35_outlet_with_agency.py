"""An outlet's byline with its agency ("بقلم: يورونيوز مع أ ف ب", "Euronews with AFP") stays one credit as written
(stop 35, probeA finding 11): `_name_before_credit` read "يورونيوز مع" as a name (Arabic has no case) and the agency as
its credit, and the byline came out "يورونيوز مع، أ ف ب", "with" left dangling. A name run on into its agency is still
split ("LUIS MEDRANO Associated Press" -> "Luis Medrano, Associated Press").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.metadata import split_byline


@pytest.mark.parametrize("line,byline", [
    ("بقلم: يورونيوز مع أ ف ب", "يورونيوز مع أ ف ب"),
    ("كتب: سامي علي مع رويترز", "سامي علي مع رويترز"),
    ("By Jane Doe with Reuters", "Jane Doe with Reuters"),
])
def test_an_outlet_or_a_name_with_its_agency_stays_one_credit(line, byline):
    assert split_byline(line)[0] == byline


@pytest.mark.parametrize("line,byline", [
    ("LUIS MEDRANO Associated Press", "Luis Medrano, Associated Press"),
    ("بقلم: سامي علي رويترز", "سامي علي، رويترز"),
])
def test_a_name_run_on_into_its_agency_is_still_split(line, byline):
    assert split_byline(line)[0] == byline
