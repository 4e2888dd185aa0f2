"""gzreader: an offline reader for Chinese policy documents."""

__version__ = "0.1.0"
APP_NAME = "gzreader"
