"""A cheap, real check for dropped content: numbers in the source that are missing from the English.

Digits are compared after mapping Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII and removing
separators, because conventions differ between the languages ("1.000,5" in Dutch, "1,000.5" in English,
"١٬٠٠٠٫٥" in Arabic) but the digit sequence survives a correct translation. Small numbers may be spelled
out in English ("two"), so spelled-out English numbers count as present too.
"""

from __future__ import annotations

import re

from modelhub.digits import ASCII_DIGITS

# a number: digits, optionally grouped/decimal with . , ٬ ٫ ' or a (narrow) no-break space between groups.
# A plain space is not a separator: "in 2024 12 people" is two numbers.
_NUMBER = re.compile(r"\d+(?:[.,٬٫'’\u202f\u00a0]\d+)*")
_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
    "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
    "half": "5",  # "0,5 procent" -> "half a percent": digits "05", compared without leading zeros
}


def numbers_in(text: str) -> list[str]:
    """The numbers of `text` as separator-free ASCII digit strings, in order."""
    ascii_text = text.translate(ASCII_DIGITS)
    return [re.sub(r"\D", "", match.group()) for match in _NUMBER.finditer(ascii_text)]


def missing_numbers(source: str, english: str) -> list[str]:
    """Numbers of `source` (as written there) whose digits do not appear in `english`."""
    present = set(numbers_in(english))
    present_digits = re.sub(r"\D", "", english.translate(ASCII_DIGITS))
    for word in re.findall(r"[a-z]+", english.lower()):
        if word in _WORDS:
            present.add(_WORDS[word])
    present_norm = {d.lstrip("0") or "0" for d in present}  # built once: per number it made the check quadratic
    missing = []
    ascii_source = source.translate(ASCII_DIGITS)
    for match in _NUMBER.finditer(ascii_source):
        written = source[match.start():match.end()]
        for digits in numbers_in(match.group()):
            # strip leading zeros for the comparison ("05" -> "5"), keep "0"
            norm = digits.lstrip("0") or "0"
            if norm in present_norm:
                continue
            # "1,5 miljoen" -> "1.5 million" is present; "3,5" -> "3.5" too: the digit run appears in the text
            if len(norm) > 1 and norm in present_digits and any(norm in d for d in present):
                continue
            missing.append(written.strip())
            break
    return missing
