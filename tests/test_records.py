"""Record archives in and out (issue 13, item 2): JSONL (.gz, .zst), CSV and Parquet inputs with field mapping
and scraper presets, sharded JSONL or Parquet output, resume on (id, input hash, settings digest), bad records."""

from __future__ import annotations

import csv
import gzip
import json
import sys

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.recordout import done_keys, iter_output, latest_records, shard_paths
from newsbrief.records import FieldMap, read_records, record_format
from tests.cli_articles import ARABIC, DUTCH, DUTCH_2, ENGLISH
from tests.fixtures_cli import env, invoke  # noqa: F401 - pytest fixture

FAKE = ("--engine", "cli-fake")


def _split(article: str) -> tuple[str, str]:
    title, _, body = article.partition("\n\n")
    return title.strip(), body.strip()


def news_please(articles: list[tuple[str, str]]) -> list[dict]:
    """Records as news-please writes them (maintext, url, title, language, date_publish)."""
    rows = []
    for url, article in articles:
        title, body = _split(article)
        rows.append({"url": url, "title": title, "maintext": body, "language": None,
                     "date_publish": "2024-03-04 10:00:00", "authors": []})
    return rows


def write_jsonl(path, rows, *, lines: list[str] | None = None) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "".join(lines or [])
    if str(path).endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(text)
    else:
        path.write_text(text, encoding="utf-8")


MIXED = [("https://x.nl/1", DUTCH), ("https://x.com/2", ENGLISH), ("https://x.ar/3", ARABIC),
         ("https://x.nl/4", DUTCH_2)]


def test_record_formats_from_names():
    assert record_format("a/b.jsonl.gz") == ("jsonl", "gzip")
    assert record_format("s3://bucket/x.JSONL.zst") == ("jsonl", "zstd")
    assert record_format("x.csv") == ("csv", None)
    assert record_format("x.parquet") == ("parquet", None)
    assert record_format("x.txt") is None and record_format("folder") is None


def test_jsonl_gz_with_preset_maps_fields_and_keeps_bad_records(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    write_jsonl(path, news_please(MIXED[:2]), lines=["{not json\n", json.dumps({"url": "u5", "title": "t"}) + "\n"])
    items = list(read_records(str(path), FieldMap.build("news-please")))
    assert [i.id for i in items[:2]] == ["https://x.nl/1", "https://x.com/2"]
    assert items[0].data.decode().startswith("Gemeente Utrecht opent nieuw fietsenpakhuis bij station\n\n")
    assert items[0].published == "2024-03-04 10:00:00" and items[0].error is None
    assert "line 3 is not JSON" in items[2].error
    assert "no text field 'maintext'" in items[3].error and "--text-field" in items[3].error


def test_derived_ids_are_stable_and_content_based(tmp_path):
    rows = [{"body": DUTCH}, {"body": ENGLISH}]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, rows)
    write_jsonl(b, list(reversed(rows)))  # another file, another order: same ids per article
    ids_a = [i.id for i in read_records(str(a), FieldMap.build(text="body"))]
    ids_b = [i.id for i in read_records(str(b), FieldMap.build(text="body"))]
    assert ids_a[0].startswith("sha256:") and ids_a[0] != ids_a[1]
    assert ids_a == list(reversed(ids_b))


def test_csv_with_field_mapping_and_language_hint(tmp_path):
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "headline", "body", "lang"])
        writer.writerow(["k1", *_split(DUTCH), "nl-NL"])
        writer.writerow(["k2", *_split(ENGLISH), "English"])
    items = list(read_records(str(path), FieldMap.build(id="key", title="headline", text="body", lang="lang")))
    assert [(i.id, i.lang) for i in items] == [("k1", "nl"), ("k2", None)]
    assert "not an ISO 639-1 code" in items[1].warnings[0]


def test_cli_summarises_an_archive_into_shards_and_resumes(env, tmp_path):
    src = tmp_path / "in.jsonl.gz"
    write_jsonl(src, news_please(MIXED), lines=["[1, 2]\n"])
    out = tmp_path / "out"
    result = invoke("summarise", str(src), "-o", str(out), "--preset", "news-please", "--shard-records", "2",
                    "--compress", "gzip", *FAKE)
    assert result.exit_code == 1, result.output  # the bad line fails; the others ran
    assert "line 5 is a JSON list" in result.stderr
    assert len(shard_paths(out)) == 3 and all(p.name.endswith(".jsonl.gz") for p in shard_paths(out))
    records = list(iter_output(out))
    assert [r["id"] for r in records[:4]] == [u for u, _ in MIXED]
    by_id = {r["id"]: r for r in records}
    assert by_id["https://x.nl/1"]["language"] == "nl" and by_id["https://x.nl/1"]["source"] == str(src)
    assert by_id["https://x.nl/1"]["title_en"].startswith("EN: ")  # translated by the fake engine
    assert by_id["https://x.com/2"]["takeaways"] and by_id["https://x.ar/3"]["error"] is None
    assert by_id["https://x.nl/1"]["published"]  # from the text or the record's date field
    assert len(done_keys(out)) == 4

    again = invoke("summarise", str(src), "-o", str(out), "--preset", "news-please", "--compress", "gzip", *FAKE)
    assert "0 done, 4 skipped, 1 failed" in again.stderr
    assert len(list(iter_output(out))) == 6  # only the failed record was written again

    # a changed setting changes the digest: everything is redone
    third = invoke("summarise", str(src), "-o", str(out), "--preset", "news-please", "--bullets", "2", *FAKE)
    assert "4 done, 0 skipped, 1 failed" in third.stderr
    assert all(len(r["takeaways"]) <= 2 for r in latest_records(out).values() if r["error"] is None)


def test_cli_prints_records_to_stdout_without_output_folder(env, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": DUTCH}, {"id": "b", "text": ENGLISH}])
    result = invoke("summarise", str(src), "--json", *FAKE)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["language"]) for r in lines] == [("a", "nl"), ("b", "en")]


def test_a_language_field_that_is_no_language_code_fails_its_record_in_one_line(env, tmp_path):
    # "xx" has a code's shape but is no ISO 639-1 code: it was recorded as the language at confidence 1.0 (and
    # translate/summarise then looked it up in the registry); like --lang 'xx', it is an error, here the record's
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": ENGLISH, "lang": "xx"}, {"id": "b", "text": ENGLISH, "lang": "en"},
                      {"id": "c", "text": ENGLISH, "lang": "English"}])
    result = invoke("normalise", str(src), "--lang-field", "lang", "--json")
    assert result.exit_code == 1, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["a"]["error"]["message"].startswith(
        f"{src}#a: the record's language 'xx' is not an ISO 639-1 language code")
    assert records["b"]["error"] is None and records["b"]["language"] == "en"
    assert records["c"]["error"] is None and records["c"]["language"] == "en"  # no code: a warning, then detected
    (line,) = [line for line in result.stderr.splitlines() if "'xx'" in line]
    assert "is not an ISO 639-1 language code" in line
    overridden = invoke("normalise", str(src), "--lang-field", "lang", "--lang", "en", "--json")
    assert overridden.exit_code == 0, overridden.output  # --lang overrides every hint, a bad one too


def test_record_and_plain_inputs_do_not_mix(env, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": DUTCH}])
    plain = tmp_path / "a.txt"
    plain.write_text(DUTCH, encoding="utf-8")
    result = invoke("summarise", str(src), str(plain), *FAKE)
    assert result.exit_code == 2 and "cannot be mixed" in result.stderr


def test_missing_extra_is_one_line_naming_the_install(env, tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl.zst"
    src.write_bytes(b"\x28\xb5\x2f\xfd")
    monkeypatch.setitem(sys.modules, "zstandard", None)  # as if not installed
    result = invoke("summarise", str(src), *FAKE)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "newsbrief: error: reading " + str(src) + " needs the 'zstandard' package: pip install 'newsbrief[records]'"]
    with pytest.raises(ConfigError):
        list(read_records(str(src)))


def test_zstd_jsonl_in_and_out(env, tmp_path):
    zstandard = pytest.importorskip("zstandard", reason="the 'records' extra (zstandard) is not installed")
    src = tmp_path / "in.jsonl.zst"
    payload = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate([DUTCH, ENGLISH]))
    src.write_bytes(zstandard.ZstdCompressor().compress(payload.encode()))
    out = tmp_path / "out"
    result = invoke("normalise", str(src), "-o", str(out), "--compress", "zstd")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in iter_output(out)] == ["r0", "r1"]
    assert shard_paths(out)[0].name.endswith(".jsonl.zst")


def test_parquet_in_and_out_with_flat_columns(env, tmp_path):
    pa = pytest.importorskip("pyarrow", reason="the 'records' extra (pyarrow) is not installed")
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    rows = news_please(MIXED[:3])
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "out"
    result = invoke("summarise", str(src), "-o", str(out), "--preset", "news-please", "--output-format", "parquet",
                    *FAKE)
    assert result.exit_code == 0, result.output
    table = pq.read_table(shard_paths(out)[0])
    assert table.column_names[:7] == ["id", "source", "language", "error", "title", "title_en", "takeaways"]
    flat = table.to_pylist()
    assert [r["id"] for r in flat] == [u for u, _ in MIXED[:3]]
    assert [r["language"] for r in flat] == ["nl", "en", "ar"]
    for row in flat:  # the flat columns agree with the full record
        record = json.loads(row["record"])
        assert row["takeaways"] == [t["text"] for t in record["takeaways"]] and row["error"] is None
    again = invoke("summarise", str(src), "-o", str(out), "--preset", "news-please", "--output-format", "parquet",
                   *FAKE)
    assert "0 done, 3 skipped" in again.stderr


def test_ray_runner_without_ray_is_one_line_naming_the_install(env, tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": DUTCH}])
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    result = invoke("summarise", str(src), "-o", str(tmp_path / "out"), "--runner", "ray", *FAKE)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "newsbrief: error: --runner ray needs Ray Data: pip install 'newsbrief[ray]'"]
    assert not shard_paths(tmp_path / "out")


def test_ray_runner_takes_record_archives_only(env, tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text(DUTCH, encoding="utf-8")
    result = invoke("summarise", str(plain), "--runner", "ray", *FAKE)
    assert result.exit_code == 2 and "--runner ray takes record archives" in result.stderr


def test_language_hints_go_through_one_batch(env, tmp_path, monkeypatch):
    """Records with different hints share one `process_many` call (one engine call per route, one summariser),
    each hint setting its record's language as --lang would; a hint that contradicts detection says so."""
    from newsbrief.pipeline import Pipeline, RunOptions
    from newsbrief.recordrun import brief_items

    pipeline = Pipeline(RunOptions(engine="cli-fake"))
    calls = []
    original = pipeline.process_many
    monkeypatch.setattr(pipeline, "process_many", lambda items, langs=None: calls.append(langs) or original(items, langs))
    path = tmp_path / "hinted.jsonl"
    write_jsonl(path, [{"id": "a", "text": DUTCH, "lang": "nl"}, {"id": "b", "text": ENGLISH, "lang": "en"},
                       {"id": "c", "text": ENGLISH, "lang": "nl"}])
    articles = brief_items(pipeline, list(read_records(str(path), FieldMap.build(lang="lang"))), "digest")
    assert calls == [["nl", "en", "nl"]]
    assert [a.language for a in articles] == ["nl", "en", "nl"]
    assert [a.language_confidence for a in articles] == [1.0, 1.0, 1.0]  # the hint was used, not detection
    assert any("the record's language hint nl overrides the detected language en" in w for w in articles[2].warnings)
    with_lang = Pipeline(RunOptions(engine="cli-fake", lang="en")).process_many([("x", DUTCH.encode())], langs=["nl"])
    assert with_lang[0].language == "en"  # --lang overrides every hint


def _hinted(tmp_path):
    path = tmp_path / "hinted.jsonl"
    write_jsonl(path, [{"id": "a", "text": DUTCH, "lang": "nl"}, {"id": "b", "text": ENGLISH, "lang": "en"}])
    return path


def test_interrupted_run_keeps_finished_records_and_resumes(env, tmp_path, monkeypatch):
    import newsbrief.recordrun as recordrun

    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": f"r{i}", "text": DUTCH + f"\nBericht {i}.\n"} for i in range(6)])
    out = tmp_path / "out"
    monkeypatch.setattr(recordrun, "DEFAULT_BATCH_ARTICLES", 2)
    real, calls = recordrun.brief_items, []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the second batch is in flight
        return real(*args, **kwargs)

    monkeypatch.setattr(recordrun, "brief_items", interrupted)
    first = invoke("summarise", str(src), "-o", str(out), *FAKE)
    assert first.exit_code == 130 and "interrupted: 2 done" in first.stderr
    assert [r["id"] for r in iter_output(out)] == ["r0", "r1"]  # the open shard was closed, not lost
    monkeypatch.setattr(recordrun, "brief_items", real)
    second = invoke("summarise", str(src), "-o", str(out), *FAKE)
    assert "4 done, 2 skipped, 0 failed" in second.stderr
    assert sorted(latest_records(out)) == [f"r{i}" for i in range(6)]


def test_presets_listed_by_the_cli_are_the_library_presets():
    from newsbrief import cli, records

    assert set(cli.PRESETS) == set(records.PRESETS)


def test_options_that_cannot_apply_are_refused(env, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": DUTCH}])
    no_out = invoke("summarise", str(src), "--output-format", "parquet", *FAKE)
    assert no_out.exit_code == 2 and "--output-format applies only with -o DIR" in no_out.stderr
    local = invoke("summarise", str(src), "-o", str(tmp_path / "o"), "--workers", "4", *FAKE)
    assert local.exit_code == 2 and "--workers applies only with --runner ray" in local.stderr


def test_record_sink_creates_its_folder_and_round_trips(tmp_path):
    from newsbrief.recordout import RecordSink

    records = [{"schema": "newsbrief/1", "source": "a", "id": str(i), "error": None,
                "models": {"input_sha256": "h", "settings_digest": "d"}} for i in range(5)]
    with RecordSink(tmp_path / "new" / "out", "jsonl", "gzip", shard_records=2) as sink:
        for record in records:
            sink.write(record)
    assert list(iter_output(tmp_path / "new" / "out")) == records
    assert done_keys(tmp_path / "new" / "out") == {(str(i), "h", "d") for i in range(5)}


def test_fsspec_paths_are_read_through_fsspec(env):
    fsspec = pytest.importorskip("fsspec", reason="the 'records' extra (fsspec) is not installed")
    with fsspec.open("memory://bucket/day1.jsonl.gz", "wb", compression="gzip") as handle:
        handle.write((json.dumps({"url": "u1", "maintext": _split(DUTCH)[1], "title": _split(DUTCH)[0]}) + "\n")
                     .encode())
    items = list(read_records("memory://bucket/day1.jsonl.gz", FieldMap.build("news-please")))
    assert [(i.id, i.error) for i in items] == [("u1", None)]
    result = invoke("summarise", "memory://bucket/day1.jsonl.gz", "--preset", "news-please", "--json", *FAKE)
    assert result.exit_code == 0 and json.loads(result.stdout)["language"] == "nl"


def test_a_corrupt_archive_fails_once_and_the_others_run(env, tmp_path):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl.gz"
    write_jsonl(good, [{"id": "a", "text": ENGLISH}])
    import hashlib

    # enough hard-to-compress records that the cut falls well past the gzip reader's first buffers
    noise = [" ".join(hashlib.sha256(f"{i}-{j}".encode()).hexdigest() for j in range(8)) for i in range(200)]
    whole = gzip.compress(b"".join(json.dumps({"id": f"b{i}", "text": f"{ENGLISH}\n\nReference {noise[i]}."})
                                   .encode() + b"\n" for i in range(200)))
    bad.write_bytes(whole[: len(whole) // 2])  # cut off part way, as by a full disk or a killed scraper
    result = invoke("summarise", str(bad), str(good), "-o", str(tmp_path / "out"), *FAKE)
    assert result.exit_code == 1
    assert f"{bad}: cannot read the archive" in result.stderr
    done = latest_records(tmp_path / "out")
    assert "a" in done
    cut = [key for key in done if key.startswith("b")]
    readable = []
    with pytest.raises(InputError):
        for item in read_records(str(bad)):
            readable.append(item.id)
    assert len(readable) % 32  # not a whole number of batches: the test needs a batch cut off by the break
    assert cut == readable  # every record read before the break was done, the cut-off batch included


def test_force_redoes_every_record_and_the_newest_wins(env, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": DUTCH}, {"id": "b", "text": ENGLISH}])
    out = tmp_path / "out"
    assert invoke("summarise", str(src), "-o", str(out), *FAKE).exit_code == 0
    forced = invoke("summarise", str(src), "-o", str(out), "--force", "--bullets", "1", *FAKE)
    assert "2 done, 0 skipped" in forced.stderr
    assert len(list(iter_output(out))) == 4  # the earlier shard is kept (never rewritten in place)
    assert all(len(r["takeaways"]) == 1 for r in latest_records(out).values())


def test_a_shard_left_by_a_killed_run_is_removed_and_its_records_redone(env, tmp_path):
    import subprocess

    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "text": ENGLISH}])
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()  # a pid that no longer runs, as after SIGKILL
    left = out / f".part-20260101T000000.000000000Z-{dead.pid}-00000.jsonl.{dead.pid}.shard.nbtmp"
    left.write_text('{"id": "a", "trunc', encoding="utf-8")
    result = invoke("summarise", str(src), "-o", str(out), *FAKE)
    assert "1 done, 0 skipped" in result.stderr
    assert not left.exists() and list(latest_records(out)) == ["a"]


def test_an_open_shard_has_a_temporary_name_that_a_later_run_can_clean_up(tmp_path):
    from newsbrief.output import _TMP_NAME
    from newsbrief.recordout import RecordSink

    sink = RecordSink(tmp_path, "jsonl", "none")
    sink.write({"id": "a"})
    (open_shard,) = [p.name for p in tmp_path.iterdir()]
    assert _TMP_NAME.match(open_shard) and not shard_paths(tmp_path)  # not a finished shard yet
    sink.close()
    assert [p.name for p in tmp_path.iterdir()] == [p.name for p in shard_paths(tmp_path)]


@pytest.mark.parametrize("preset, row", [
    ("trafilatura", {"source": "https://x/1", "title": "T", "text": "Body.", "language": "nl", "date": "2024-01-02"}),
    ("newspaper4k", {"url": "https://x/1", "title": "T", "text": "Body.", "meta_lang": "nl",
                     "publish_date": "2024-01-02"}),
    ("news-please", {"url": "https://x/1", "title": "T", "maintext": "Body.", "language": "nl",
                     "date_publish": "2024-01-02"}),
])
def test_presets_map_what_each_scraper_writes(tmp_path, preset, row):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [row])
    (item,) = read_records(str(path), FieldMap.build(preset))
    assert (item.id, item.data, item.lang, item.published, item.error) == ("https://x/1", b"T\n\nBody.", "nl",
                                                                          "2024-01-02", None)
    (overridden,) = read_records(str(path), FieldMap.build(preset, id="title"))
    assert overridden.id == "T"
