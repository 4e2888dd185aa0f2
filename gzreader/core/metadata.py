"""What a document's own words or file name say about it, beyond title and 文号 (issue 23 begins here).

`date_in_name`: the version date a file name carries ("反垄断法(2022-06-24).md", "…2024年9月13日…"),
which tells two versions of one law apart in the library list.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_CHINESE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def date_in_name(name: str | None) -> str | None:
    """The date in a file name as YYYY-MM-DD, or None (a number that is not a real date is not one)."""
    if not name:
        return None
    stem = PurePath(name).name
    for pattern in (_ISO, _CHINESE):
        for found in pattern.finditer(stem):
            try:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3))).isoformat()
            except ValueError:
                continue
    return None
