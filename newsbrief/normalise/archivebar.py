"""A web archive's toolbar over a saved page: the Wayback Machine's capture bar (or archive.today's), as a text dump
keeps it.

A page saved from web.archive.org carries the archive's own bar above the site: "212 captures" / "12 Mar 2024 - 14
Jun 2025" / month and day and year pickers / "About this capture" / "COLLECTED BY" / "Collection: …" / "TIMESTAMPS" /
"The Wayback Machine - https://web.archive.org/web/2024…/https://…". Its capture span read as the page's date and
the site's masthead under it as the byline. The bar is the run from the page's top down to its last marker line, when
at least ARCHIVE_MIN_MARKERS markers stand within the first ARCHIVE_REACH lines, one of them the archive's own (its
address line, its capture count, "About this capture"), and no line of running text stands among them: it is set aside whole before the classifier reads the page (normalise.read_lines), so neither the
headline, the byline and the date nor the page's features see it.
"""

from __future__ import annotations

import re

from newsbrief.normalise.lines import Line

#: the reason `removed`'s trail gives for the archive's toolbar
ARCHIVE_BAR_REASON = "web archive toolbar"
#: the bar's markers stand within this many lines of the page's top
ARCHIVE_REACH = 60
#: ... at least this many of them
ARCHIVE_MIN_MARKERS = 2
#: a line of the bar has at most this many words (the collection's one-line description has a handful)
ARCHIVE_LINE_MAX_WORDS = 16
#: the markers only the archive prints (its own address line, its capture count, its "About this capture") ...
_OWN_MARKER = re.compile(
    r"^\s*(?:the wayback machine\s*[-–]\s*https?://web\.archive\.org/\S*|\d[\d,.]*\s+captures?"
    r"|about this capture"
    # archive.today's (archive.ph, archive.is, …): its name, "webpage capture", "All snapshots from host …", "report
    # bug or abuse" (its capture time stands among them, never the page's date)
    r"|archive\.(?:today|ph|is|li|vn|fo|md)|webpage capture|all snapshots from host\s\S{1,100}|report bug or abuse)"
    r"\s*$", re.IGNORECASE)
#: ... and its other bar words, which other pages print too ("Timestamps" over a podcast's chapters, "Collection:
#: Season 3"): they count only beside one of its own
_MARKER = re.compile(_OWN_MARKER.pattern[:-5] + r"|collected by|timestamps|collection:\s.{1,80})\s*$", re.IGNORECASE)


def archive_bar_end(lines: list[Line]) -> int | None:
    """The index of a web archive's toolbar's last line at the page's top (the module docstring), or None."""
    markers = [k for k, line in enumerate(lines[:ARCHIVE_REACH]) if len(line.text) <= 300 and _MARKER.match(line.text)]
    if len(markers) < ARCHIVE_MIN_MARKERS or not any(_OWN_MARKER.match(lines[k].text) for k in markers):
        return None
    end = markers[-1]
    if any(len(lines[k].text.split()) > ARCHIVE_LINE_MAX_WORDS for k in range(end + 1)):
        return None  # running text among the markers: the page's own lines, not an archive's bar
    return end
