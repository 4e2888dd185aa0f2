"""`python -m gzreader` is the `gzreader` command."""

from __future__ import annotations

import sys

from gzreader.cli import main

if __name__ == "__main__":
    sys.exit(main())
