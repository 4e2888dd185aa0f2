"""Dates in file names: how two versions of one law are told apart in the library list."""

from __future__ import annotations

from gzreader.core.metadata import date_in_name


def test_dates_in_file_names() -> None:
    assert date_in_name("/laws/经济法/反垄断法(2022-06-24).md") == "2022-06-24"
    assert date_in_name("统计法_2009.6.27.txt") == "2009-06-27"
    assert date_in_name("关于印发方案的通知（2024年9月13日）.docx") == "2024-09-13"
    assert date_in_name("/2023-01-01/报告.txt") is None  # a folder's date is not the file's
    assert date_in_name("编号2024-13-45.txt") is None  # not a real date
    assert date_in_name("report20240101x.txt") is None and date_in_name(None) is None
