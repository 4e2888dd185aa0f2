"""Hostile W3C annotation collections: one line each, nothing half imported, nothing silently
skipped or changed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import Lib, fingerprint, gz, refused


def _good(lib: Lib) -> dict[str, Any]:
    """The library's own export: a valid collection to break in one place at a time."""
    return json.loads(gz(lib.folder, "annotations", lib.doc_id).stdout)


def _item(data: dict[str, Any]) -> dict[str, Any]:
    return data["first"]["items"][0]


def _set(path: list[Any], value: Any):  # type: ignore[no-untyped-def]
    def change(data: dict[str, Any]) -> dict[str, Any]:
        target: Any = _item(data)
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return data

    return change


def _fresh_id(data: dict[str, Any]) -> dict[str, Any]:
    _item(data)["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    return data


BROKEN = {
    "a list": lambda d: [d],
    "no type": lambda d: {k: v for k, v in d.items() if k != "type"},
    "wrong type": lambda d: {**d, "type": "Annotation"},
    "first not an object": lambda d: {**d, "first": "items"},
    "items not a list": lambda d: {**d, "first": {"items": {"a": 1}}},
    "item not an object": lambda d: {**d, "first": {"items": [42]}},
    "no id": lambda d: _set(["id"], None)(d),
    "empty id": lambda d: _set(["id"], "urn:uuid:")(d),
    "numeric id": lambda d: _set(["id"], 12345)(d),
    "no target": lambda d: _set(["target"], None)(_fresh_id(d)),
    "selector not a list": lambda d: _set(["target", "selector"], "quote")(_fresh_id(d)),
    "no quote selector": lambda d: _set(["target", "selector"], [{"type": "TextPositionSelector", "start": 0, "end": 2}])(_fresh_id(d)),
    "quote not text": lambda d: _set(["target", "selector", 0, "exact"], ["琶洲"])(_fresh_id(d)),
    "empty quote": lambda d: _set(["target", "selector", 0, "exact"], "")(_fresh_id(d)),
    "lone surrogate": lambda d: _set(["target", "selector", 0, "exact"], "琶\ud800洲")(_fresh_id(d)),
    "negative start": lambda d: _set(["target", "selector", 1, "start"], -5)(_fresh_id(d)),
    "string start": lambda d: _set(["target", "selector", 1, "start"], "10")(_fresh_id(d)),
    "boolean end": lambda d: _set(["target", "selector", 1, "end"], True)(_fresh_id(d)),
    "body not a list": lambda d: _set(["body"], "note")(_fresh_id(d)),
    "note not text": lambda d: _set(["body", 0, "value"], {"x": 1})(_fresh_id(d)),
    "bad colour": lambda d: _set(["gzreader:color"], "notacolor")(_fresh_id(d)),
    "unknown motivation": lambda d: _set(["motivation"], "hacking")(_fresh_id(d)),
    "duplicate ids": lambda d: {**d, "first": {"items": [_item(_fresh_id(d)), copy.deepcopy(_item(d))]}},
    "bad after good": lambda d: {**d, "first": {"items": [
        {**_item(_fresh_id(copy.deepcopy(d)))}, {**_item(d), "id": "urn:uuid:x2", "target": 7}]}},
}  # fmt: skip


@pytest.mark.parametrize("name", list(BROKEN))
def test_malformed_collections_are_refused_whole(lib: Lib, tmp_path: Path, name: str) -> None:
    data = BROKEN[name](_good(lib))
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "annotations-import", str(path)))
    lib.unchanged_since(before)


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"\xff\xfe\x00garbage", b"[" * 100_000 + b"]" * 100_000, b'{"type": "AnnotationCollection"'],
    ids=["empty", "text", "binary", "deep nesting", "truncated"],
)
def test_what_is_not_json_is_refused(lib: Lib, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "annotations-import", str(path)))
    lib.unchanged_since(before)


def test_skip_invalid_imports_the_valid_ones_and_lists_the_rest(lib: Lib, tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(BROKEN["bad after good"](_good(lib)), ensure_ascii=False), encoding="utf-8")
    run = gz(lib.folder, "annotations-import", str(path), "--skip-invalid", "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["imported"] == ["00000000-0000-4000-8000-000000000001"]
    assert len(report["invalid"]) == 1 and report["invalid"][0].startswith("item 2:")


def test_an_id_that_prefixes_an_existing_one_is_a_new_annotation(lib: Lib, tmp_path: Path) -> None:
    """It used to be taken for "already present" and silently skipped."""
    data = _good(lib)
    _item(data)["id"] = "urn:uuid:" + lib.annotation_id[:8]
    path = tmp_path / "prefix.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = gz(lib.folder, "annotations-import", str(path))
    assert run.returncode == 0 and run.stdout.strip() == "imported 1, already present 0, orphans 0", run.stdout
    again = gz(lib.folder, "annotations-import", str(path))
    assert again.stdout.strip() == "imported 0, already present 1, orphans 0"
    ids = [i["id"] for i in json.loads(gz(lib.folder, "annotations", lib.doc_id).stdout)["first"]["items"]]
    assert sorted(ids) == sorted([f"urn:uuid:{lib.annotation_id}", f"urn:uuid:{lib.annotation_id[:8]}"])


def test_a_hundred_thousand_annotations_import_in_time(lib: Lib, tmp_path: Path) -> None:
    data = _good(lib)
    template = _item(data)
    data["first"]["items"] = [{**template, "id": f"urn:uuid:bulk-{i:06d}"} for i in range(100_000)]
    path = tmp_path / "bulk.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = gz(lib.folder, "annotations-import", str(path), timeout=60)
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.strip() == "imported 100000, already present 0, orphans 0"
    assert run.seconds <= 30, f"{run.seconds:.1f} s"
