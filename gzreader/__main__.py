"""`python -m gzreader` is the `gzreader` command."""

from __future__ import annotations

import multiprocessing
import sys

from gzreader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build starts the window's worker process through here
    sys.exit(main())
