"""Time zones as news pages name them after a clock time ("10:42 GMT", "3:45 p.m. CT", "14:05 CEST"), written once.

Three readers use this one table: the normaliser's date grammar (newsbrief/normalise/dates.py: a date line's zone
and the UTC offset of `published`), its live-blog entry times (classify.BARE_STAMP, built by dates.py) and the
summariser's stamps (structure.py). It lives in the summarise stage because the stages never import `newsbrief`,
while `newsbrief` may import a stage (DESIGN.md, "Dependency direction"). Each reader keeps its own rule for case:
the summariser matches an abbreviation in upper case only (a bullet's "7.30 Eat breakfast" is a schedule), the
normaliser in any case on a line that is only a date or a time.
"""

from __future__ import annotations

#: abbreviation -> UTC offset where it is fixed; None where it moves with daylight saving ("ET", "CT") or names two
#: zones ("IST": India, Israel and Ireland; "CST": US Central and China; "AST": Arabia and the Atlantic). Europe, the
#: Americas, the Gulf and the Middle East ("GST" Gulf), South Asia, Africa, East Asia, Australia and New Zealand.
ZONE_ABBREVIATIONS: dict[str, str | None] = {
    "GMT": "Z", "UTC": "Z", "BST": "+01:00", "IST": None, "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00",
    "ET": None, "EST": "-05:00", "EDT": "-04:00", "CT": None, "CST": None, "CDT": "-05:00", "MT": None,
    "MST": "-07:00", "MDT": "-06:00", "PT": None, "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00",
    "AKDT": "-08:00", "HST": "-10:00",
    "AST": None, "GST": "+04:00", "PKT": "+05:00", "EAT": "+03:00", "CAT": "+02:00", "WAT": "+01:00",
    "SAST": "+02:00",
    "SGT": "+08:00", "HKT": "+08:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
    "ACST": "+09:30", "AWST": "+08:00", "NZST": "+12:00", "NZDT": "+13:00",
}
#: a zone written out (lower case), with its offset as above
ZONE_NAMES: dict[str, str | None] = {
    "eastern daylight time": "-04:00", "eastern standard time": "-05:00", "eastern time": None,
    "central daylight time": "-05:00", "central standard time": "-06:00", "central time": None,
    "mountain daylight time": "-06:00", "mountain standard time": "-07:00", "mountain time": None,
    "pacific daylight time": "-07:00", "pacific standard time": "-08:00", "pacific time": None,
    "central european summer time": "+02:00", "central european time": "+01:00", "british summer time": "+01:00",
}
