"""News outlets by name: the papers, broadcasters and news sites that a byline credits after the author's name
("By Bill Melugin Fox News", "Rebecca Thorne For Mailonline", "Door Eva de Vries NOS").

The byline reader (metadata.py) writes such a credit after a comma, as it writes an agency's (agencies.py); this list
is what lets it tell an outlet from a surname that is a capitalised word ("By Mark Fox", "By Emily Post"). Each name
is kept in its own spelling, which the byline takes over ("Mailonline" -> "MailOnline"). A well-kept list, not a
fit to any page: the large English, Dutch and pan-Arab outlets whose bylines credit them.
"""

from __future__ import annotations

import re

_OUTLETS = (
    # English-language broadcasters, papers and news sites
    "BBC", "BBC News", "CNN", "CNBC", "MSNBC", "NPR", "PBS", "CBS News", "NBC News", "ABC News", "Fox News",
    "Fox Business", "Sky News", "ITV News", "Channel 4 News", "CBC News", "Euronews", "France 24", "DW",
    "Deutsche Welle", "Al Jazeera", "Al Arabiya", "MailOnline", "Daily Mail", "Daily Mail Australia",
    "The Mail on Sunday", "The Daily Telegraph", "The Telegraph", "The Guardian", "The Observer", "The Times",
    "The Sunday Times", "The Independent", "Financial Times", "The Economist", "The New York Times",
    "The Washington Post", "The Wall Street Journal", "USA Today", "Los Angeles Times", "Politico", "Axios",
    "Newsweek", "Bloomberg News", "The Conversation", "The Korea Herald", "The Straits Times", "Gulf News",
    "Khaleej Times", "The National", "Arab News", "Middle East Eye",
    # Dutch and Flemish
    "NOS", "NOS Nieuws", "RTL Nieuws", "NU.nl", "de Volkskrant", "NRC", "Trouw", "Het Parool", "De Telegraaf",
    "AD", "Algemeen Dagblad", "Het Financieele Dagblad", "FD", "VRT NWS", "De Standaard", "HLN", "De Morgen",
)
#: the outlets by their folded name, with "the"/"de" before it optional ("Daily Telegraph", "Volkskrant")
_BY_KEY = {}
_ARTICLE = re.compile(r"^(?:the|de|het)\s+", re.IGNORECASE)
for _name in _OUTLETS:
    _BY_KEY.setdefault(" ".join(_name.casefold().split()), _name)
    _BY_KEY.setdefault(_ARTICLE.sub("", _name.casefold()), _name)


def known_outlet(text: str) -> str | None:
    """The outlet's name in its own spelling when `text` is a known outlet and nothing else ("Fox News", "Mailonline"
    -> "MailOnline", "The Daily Telegraph"; "Daily Telegraph" as written), else None. A page's own "The" stays: the
    spelling is the list's only where the words are the same."""
    key = " ".join(text.strip(" ()[]").casefold().split())
    found = _BY_KEY.get(key)
    if found is None:
        return None
    return found if _ARTICLE.sub("", found.casefold()) == _ARTICLE.sub("", key) and \
        len(found.split()) == len(key.split()) else text.strip(" ()[]")


def glued_outlet(text: str) -> str | None:
    """A known outlet that can follow a name with no separator ("Bill Melugin Fox News", "Dana Reyes CNN"): one of
    two words or more, or one written in capitals or with a capital or dot inside ("CNN", "MailOnline", "NU.nl"). A
    single capitalised word ("Trouw", "Politico") may be a surname's last word ("Lotte de Trouw"): it is an outlet
    only behind a separator or "For"."""
    found = known_outlet(text)
    if found is None:
        return None
    word = text.strip(" ()[]")
    if len(word.split()) >= 2 or word.isupper() or re.search(r"\w[A-Z.]", word):
        return found
    return None
