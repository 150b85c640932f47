"""newsbrief: clean, translate (nl/ar -> en) and summarise scraped news articles.

This package orchestrates the stages; the heavy lifting lives in the sibling
libraries `translate` and `summarise`. Nothing here imports torch at import time,
so `newsbrief --help` stays instant.

``newsbrief.brief`` and ``newsbrief.Briefer`` (the Python API, `newsbrief.api`) are imported on first use.
"""

__version__ = "0.1.0"
SCHEMA = "newsbrief/1"


def __getattr__(name: str):
    # PEP 562: `import newsbrief` (and with it the CLI) stays light; the API loads when it is first used
    if name in ("brief", "Briefer", "brief_pandas"):
        from newsbrief import api

        return getattr(api, name)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
