"""The library commands as a script would use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests import cli_runner
from tests.paths import SEED, corpus_file

REPO = Path(__file__).parent.parent.parent


def gz(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """The real command line in a process of its own (forked from a warm one: tests/cli_runner.py)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GZREADER_DATA_DIR", None)
    argv = ["--data-dir", str(folder), *args]
    done = cli_runner.run(argv, env, timeout=120)
    assert done.returncode is not None, f"gzreader {' '.join(args)} hung"
    decode = lambda b: b.decode("utf-8", "replace")  # noqa: E731
    result = subprocess.CompletedProcess(argv, done.returncode, decode(done.stdout), decode(done.stderr))
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_import_list_annotate_export(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    out = gz(lib, "import", str(SEED), str(corpus_file("06_gongsifa_2023.md"))).stdout.splitlines()
    seed_id, title = out[0].split("\t")
    assert title.startswith("广东省推进粤港澳大湾区建设领导小组") and out[1].endswith("\t中华人民共和国公司法")
    assert gz(lib, "import", str(SEED)).stdout.split("\t")[0] == seed_id  # same content, same document
    listing = json.loads(gz(lib, "list", "--json").stdout)
    assert [d["id"] for d in listing] == [seed_id, out[1].split("\t")[0]]

    ann_id = gz(lib, "annotate", seed_id[:5], "--quote", "琶洲", "--nth", "2", "--color", "green", "--note", "第一行\n第二行",
                "--tag", "区域", "--tag", "重点").stdout.strip()  # fmt: skip
    clause = gz(lib, "annotate", str(SEED), "--clause", "p2/二/一/1", "--kind", "bookmark").stdout.strip()
    assert len(ann_id) == 36 and len(clause) == 36
    assert json.loads(gz(lib, "list", "--json").stdout)[0]["annotations"] == 2

    export = json.loads(gz(lib, "annotations", seed_id).stdout)
    assert export["type"] == "AnnotationCollection" and export["total"] == 2
    md = gz(lib, "annotations", seed_id, "--format", "md").stdout
    assert "> 琶洲" in md and "#区域 #重点" in md
    csv_file = tmp_path / "a.csv"
    gz(lib, "annotations", seed_id, "--format", "csv", "--out", str(csv_file))
    assert csv_file.read_text(encoding="utf-8").startswith("id,kind,color,citation")

    gz(lib, "delete", ann_id)
    assert json.loads(gz(lib, "annotations", seed_id).stdout)["total"] == 1
    gz(lib, "undelete", ann_id[:8])
    assert json.loads(gz(lib, "annotations", seed_id).stdout)["total"] == 2

    other = tmp_path / "other"
    gz(other, "import", str(SEED))
    exported = tmp_path / "export.json"
    exported.write_text(gz(lib, "annotations", seed_id).stdout, encoding="utf-8")
    assert gz(other, "annotations-import", str(exported)).stdout.split() == [ann_id, clause] or set(
        gz(other, "annotations", seed_id, "--format", "csv").stdout.split(",")
    )
    assert json.loads(gz(other, "annotations", seed_id).stdout) == json.loads(exported.read_text(encoding="utf-8"))


def test_search_json(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    gz(lib, "import", str(SEED), str(corpus_file("03_jinan_shuzi_xianfeng_chengshi.txt")))
    hits = json.loads(gz(lib, "search", "数字经济", "--limit", "5", "--json").stdout)
    assert len(hits) == 5
    for hit in hits:
        assert {"doc", "clause", "citation", "start", "end", "snippet"} <= set(hit)
        assert hit["end"] - hit["start"] == 4 and "【数字经济】" in hit["snippet"]
    seed_id = hits[0]["doc"]
    only = json.loads(gz(lib, "search", "数字", "--doc", seed_id, "--limit", "1000", "--json").stdout)
    text = gz(lib, "text", str(SEED)).stdout
    assert len(only) == text.count("数字")


def test_replace_reanchors(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seed_id = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    ann_id = gz(lib, "annotate", seed_id, "--quote", "集聚高层次创新人才").stdout.strip()
    v2 = tmp_path / "v2.txt"
    v2.write_text(
        SEED.read_text(encoding="utf-8").replace("一、总体要求", "前言一段。\n\n一、总体要求"), encoding="utf-8"
    )
    result = json.loads(gz(lib, "import", str(v2), "--replace", seed_id, "--json").stdout)
    assert result["id"] == seed_id and result["orphans"] == [] and result["moved"] == 1
    item = json.loads(gz(lib, "annotations", seed_id).stdout)["first"]["items"][0]
    assert item["id"] == f"urn:uuid:{ann_id}" and item["gzreader:clause"] == "p2/二/一/4"


def test_backup_and_restore(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seed_id = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    kept = gz(lib, "annotate", seed_id, "--quote", "琶洲").stdout.strip()
    backup = tmp_path / "b.sqlite3"
    assert gz(lib, "backup", "--out", str(backup)).stdout.strip() == str(backup)
    gz(lib, "delete", kept)
    later = gz(lib, "annotate", seed_id, "--quote", "广州").stdout.strip()
    message = gz(lib, "restore", str(backup)).stdout
    assert "previous library is kept" in message
    ids = [i["id"] for i in json.loads(gz(lib, "annotations", seed_id).stdout)["first"]["items"]]
    assert ids == [f"urn:uuid:{kept}"] and later not in str(ids)


def test_damaged_library_names_file_and_backup_and_restore_recovers(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seed_id = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    assert len(list((lib / "backups").glob("library-*.sqlite3"))) == 1  # the exit wrote the daily backup
    ann = gz(lib, "annotate", seed_id, "--quote", "琶洲").stdout.strip()
    assert len(list((lib / "backups").glob("library-*.sqlite3"))) == 1  # at most daily
    gz(lib, "backup")  # a manual one, newest
    db = lib / "library.sqlite3"
    db.write_bytes(b"\x00" * 4096)
    result = gz(lib, "list", check=False)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert str(db) in result.stderr and "damaged" in result.stderr and "backups" in result.stderr
    assert db.read_bytes() == b"\x00" * 4096
    newest = sorted((lib / "backups").glob("library-*.sqlite3"))[-1]
    assert str(newest) in result.stderr
    assert "previous library is kept" in gz(lib, "restore", str(newest)).stdout
    assert ann in gz(lib, "annotations", seed_id).stdout
    assert list(lib.glob("library.sqlite3.damaged-*"))


def test_errors_are_one_line(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for args in (["annotate", "nope", "--quote", "x"], ["import", str(tmp_path / "missing.txt")],
                 ["delete", "nope"], ["restore", str(tmp_path / "missing.sqlite3")], ["search", "x", "--limit", "0"]):  # fmt: skip
        result = gz(lib, *args, check=False)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, args
        assert "Traceback" not in result.stderr


def test_environment_variable_selects_the_library(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "GZREADER_DATA_DIR": str(tmp_path / "envlib")}
    subprocess.run([sys.executable, "-m", "gzreader", "import", str(SEED)], env=env, check=True, capture_output=True)
    assert (tmp_path / "envlib" / "library.sqlite3").exists()


def test_info_shows_sets_and_unsets_document_information(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    law = tmp_path / "统计法(2009-06-27).md"
    law.write_text("# 中华人民共和国统计法\n\n2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订\n\n"
                   "第一条 为了科学组织统计工作，制定本法。\n第二条 本法自2010年1月1日起施行。\n", encoding="utf-8")  # fmt: skip
    doc_id = gz(lib, "import", str(law)).stdout.split("\t")[0]
    shown = json.loads(gz(lib, "info", doc_id, "--json").stdout)
    assert shown["effective"] == {"value": "2010-01-01", "source": shown["effective"]["source"]}
    assert shown["effective"]["source"].startswith("text ") and shown["version_date"]["source"] == "file name"
    gz(lib, "info", doc_id, "--set", "status=已废止", "--set", "effective=2010年2月1日")
    text = gz(lib, "info", doc_id).stdout
    assert (
        "status (时效性)\t已废止  (set by you)" in text and "in force from (施行日期)\t2010-02-01  (set by you)" in text
    )
    bad = gz(lib, "info", doc_id, "--set", "effective=someday", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "is not a date" in bad.stderr
    assert gz(lib, "info", doc_id, "--set", "effective", check=False).returncode == 2  # no "="
    gz(lib, "info", doc_id, "--unset", "effective")
    assert json.loads(gz(lib, "info", doc_id, "--json").stdout)["effective"]["value"] == "2010-01-01"
    exported = json.loads(gz(lib, "annotations", doc_id).stdout)
    assert exported["gzreader:documentInfo"] == {"status": "已废止"}
    assert gz(lib, "info", str(law), "--set", "kind=法律", check=False).returncode == 2  # a file, not the library
