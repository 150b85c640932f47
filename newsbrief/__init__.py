"""newsbrief: clean, translate (nl/ar -> en) and summarise scraped news articles.

This package orchestrates the stages; the heavy lifting lives in the sibling
libraries `translate` and `summarise`. Nothing here imports torch at import time,
so `newsbrief --help` stays instant.
"""

__version__ = "0.1.0"
SCHEMA = "newsbrief/1"
