"""The Python API (issue 13, item 4): `newsbrief.brief`, a reusable `Briefer`, `brief_pandas` for DataFrames."""

from __future__ import annotations

import json

import pytest

import newsbrief
from newsbrief.api import Briefer, brief_pandas
from newsbrief.records import FieldMap
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, ENGLISH, write
from tests.fixtures_cli import env, invoke  # noqa: F401 - pytest fixture


def test_brief_text_and_path_match_the_cli(env, tmp_path):
    path = write(tmp_path, "a.txt", DUTCH)
    from_text = newsbrief.brief(DUTCH, engine="cli-fake")
    from_path = newsbrief.brief(path, engine="cli-fake")
    from_str_path = newsbrief.brief(str(path), engine="cli-fake")
    cli = json.loads(invoke("summarise", str(path), "--json", "--engine", "cli-fake").stdout)
    assert from_text.language == "nl" and from_text.error is None and from_text.takeaways
    assert from_path.source == from_str_path.source == str(path)
    for article in (from_text, from_path):
        record = article.to_dict()
        assert [t["text"] for t in record["takeaways"]] == [t["text"] for t in cli["takeaways"]]
        assert record["title_en"] == cli["title_en"]


def test_briefer_loads_models_once_and_keeps_errors_in_records(env):
    briefer = Briefer(engine="cli-fake", bullets=2)
    first = briefer.brief_many([DUTCH, ENGLISH, "   "])
    second = briefer.brief(ARABIC)
    assert [a.language for a in first[:2]] == ["nl", "en"] and first[2].error is not None
    assert second.language == "ar" and second.error is None
    assert all(len(a.takeaways) <= 2 for a in first[:2])
    assert len(cli_fakes.LOADS) == len(set(cli_fakes.LOADS)) == 2  # each model loaded once, for 4 articles


def test_unknown_option_is_named():
    with pytest.raises(TypeError, match="bulets"):
        Briefer(bulets=3)


def test_brief_pandas_one_row_per_record_with_flat_columns(env):
    pd = pytest.importorskip("pandas", reason="pandas (the 'records' extra) is not installed")
    df = pd.DataFrame({"url": ["u1", "u2", "u3"], "maintext": [DUTCH, ENGLISH, None],
                       "title": [None, None, "x"], "language": ["nl", None, None],
                       "date_publish": [None, None, None]})
    out = brief_pandas(df, engine="cli-fake", fields=FieldMap.build("news-please"))
    assert list(out["id"]) == ["u1", "u2", "u3"]
    assert list(out["language"][:2]) == ["nl", "en"]
    assert out["error"][0] is None and "no text field 'maintext'" in out["error"][2]
    assert json.loads(out["record"][0])["takeaways"][0]["text"] == out["takeaways"][0][0]


def test_a_mistyped_file_name_is_an_error_not_a_one_line_article(env, tmp_path):
    from newsbrief.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        newsbrief.brief(str(tmp_path / "missing.txt"), engine="cli-fake")


def test_a_file_is_read_as_the_cli_reads_it_with_the_size_limit(env, tmp_path):
    from newsbrief.errors import InputError

    path = write(tmp_path, "a.txt", DUTCH)
    with pytest.raises(InputError, match="larger than the limit"):
        newsbrief.brief(path, engine="cli-fake", max_bytes=100)
    with pytest.raises(InputError, match="is a folder"):
        newsbrief.brief(tmp_path, engine="cli-fake")
    assert newsbrief.brief(path, engine="cli-fake", max_bytes=len(DUTCH.encode()) + 1).error is None
