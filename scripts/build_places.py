"""Build newsbrief/normalise/places.txt: the place names a dateline may give, in English, Dutch and Arabic.

The list is read by newsbrief/normalise/places.py (a place alone on its line over the story's date is the dateline's
place, not a reporter's name). Its sources, so it is rebuilt rather than edited by hand:

- CLDR (through Babel, which the HTML path's dateparser installs): each time zone's exemplar city in en, nl and ar
  ("America/New_York": "New York", "نيويورك"; the 420-odd cities the world's time zones are named after), and every
  country's and territory's name in the three languages ("Saudi Arabia", "Verenigde Staten", "المملكة العربية
  السعودية");
- EXTRA below: the seats of government and large cities that news datelines name and that no time zone is named
  after ("Den Haag", "رام الله", "Washington", "أبو ظبي"), with their en/nl/ar spellings. Keep it to such places.

Run: `.venv/bin/python scripts/build_places.py` (writes places.txt and countries.txt, the countries alone; `--check`
only says whether they are up to date).
"""

from __future__ import annotations

import argparse
import sys
import zoneinfo
from pathlib import Path

from babel import Locale
from babel.dates import get_timezone_location

OUT = Path(__file__).resolve().parent.parent / "newsbrief" / "normalise" / "places.txt"
#: the countries' and territories' names alone (a subset of places.txt): "Iran:" opens a statement ("Iran: we will not
#: negotiate") where "KARACHI:" is a dateline, and "Israel, Iran" is a tag list where "Nairobi, Kenya" is a place
COUNTRIES_OUT = OUT.with_name("countries.txt")
LANGUAGES = ("en", "nl", "ar")
#: the time zone areas whose zones are named after a city (not "Etc/GMT+3", "US/Eastern", "Antarctica/…" stations)
AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
#: CLDR territory codes that are no country or place a dateline names: the EU, the euro area, the UN, "Outlying
#: Oceania", "Unknown Region", pseudo-locales
NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
#: places no time zone is named after, as en / nl / ar news write them (each spelling its own entry)
EXTRA = (
    # seats of government and capitals
    "The Hague", "Den Haag", "'s-Gravenhage", "لاهاي",
    "Washington", "Washington D.C.", "Washington DC", "واشنطن",
    "Ramallah", "رام الله",
    "Abu Dhabi", "أبو ظبي", "أبوظبي",
    "New Delhi", "Nieuw-Delhi", "نيودلهي", "نيو دلهي",
    "Tel Aviv", "تل أبيب",
    "Ottawa", "أوتاوا", "Canberra", "كانبيرا", "Bern", "برن", "Ankara", "أنقرة", "Rabat", "الرباط",
    "Islamabad", "إسلام آباد", "Brasília", "Brasilia", "برازيليا", "Pretoria", "بريتوريا", "Abuja", "أبوجا",
    "Sanaa", "Sana'a", "صنعاء", "Naypyidaw", "Putrajaya", "Honiara", "Dodoma", "Yamoussoukro",
    # large cities datelines name
    "Rio de Janeiro", "ريو دي جانيرو", "San Francisco", "سان فرانسيسكو", "Las Vegas", "لاس فيغاس",
    "San Diego", "Miami", "ميامي", "Houston", "هيوستن", "Boston", "بوسطن", "Atlanta", "أتلانتا",
    "Seattle", "سياتل", "Philadelphia", "فيلادلفيا", "Dallas", "دالاس", "Geneva", "Genève", "Genf", "جنيف",
    "Munich", "München", "ميونيخ", "Frankfurt", "فرانكفورت", "Milan", "Milaan", "ميلانو", "Barcelona",
    "برشلونة", "Marseille", "مرسيليا", "Manchester", "مانشستر", "Birmingham", "Glasgow", "Edinburgh",
    "St Petersburg", "St. Petersburg", "Sint-Petersburg", "سان بطرسبرغ", "Mumbai", "مومباي", "Osaka",
    "Alexandria", "Alexandrië", "الإسكندرية", "Aleppo", "حلب", "Mosul", "Mosoel", "الموصل",
    "Basra", "البصرة", "Erbil", "أربيل", "Benghazi", "بنغازي", "Jeddah", "Djedda", "جدة",
    "Mecca", "Mekka", "مكة المكرمة", "مكة", "Medina", "المدينة المنورة", "Sharm el-Sheikh", "شرم الشيخ",
    "Hebron", "الخليل", "Nablus", "نابلس", "Jenin", "جنين", "Khan Younis", "خان يونس", "Rafah", "رفح",
    "Gaza City", "Gaza-Stad", "مدينة غزة", "East Jerusalem", "Oost-Jeruzalem", "القدس الشرقية",
    # (China's capital and its two largest southern cities: "Ji Siqi in Beijing", SCMP's "Name in Place" byline)
    "Beijing", "Peking", "Guangzhou", "Shenzhen",
    "Sidon", "صيدا", "Tripoli", "طرابلس", "Marrakech", "مراكش", "Fez", "فاس", "Tangier", "طنجة",
    "Oran", "وهران", "Sfax", "صفاقس", "Aden", "عدن", "Homs", "حمص", "Latakia", "اللاذقية",
    "Zarqa", "الزرقاء", "Irbid", "إربد", "Sharjah", "الشارقة", "Ajman", "عجمان", "Ras Al Khaimah",
    "رأس الخيمة", "Fujairah", "الفجيرة", "Dammam", "الدمام", "Khartoum North", "Port Sudan", "بورتسودان", "Omdurman", "أم درمان",
    "Port Said", "بورسعيد", "بور سعيد", "Suez", "السويس", "Luxor", "الأقصر", "Aswan", "أسوان",
    "Bethlehem", "بيت لحم", "Beit Lahia", "Beit Lahiya", "بيت لاهيا", "Deir al-Balah", "Deir el-Balah", "دير البلح",
    "Jabalia", "Jabaliya", "جباليا", "Tulkarm", "طولكرم", "Qalqilya", "قلقيلية", "Beersheba", "Be'er Sheva",
    "بئر السبع", "Kafr el-Sheikh", "Kafr El Sheikh", "كفر الشيخ", "Beni Suef", "بني سويف", "Manama", "المنامة",
    "Kuwait City", "Koeweit-Stad", "مدينة الكويت", "Mansoura", "المنصورة", "Tanta", "طنطا", "Zagazig", "الزقازيق",
    # the large cities of South Asia, Africa and South-East Asia whose English papers date their stories from them,
    # colon and all ("LAHORE: …", "CHENNAI: …": datelines._COLON_PLACE_OPENING takes a colon only after a known place)
    "Bengaluru", "Bangalore", "Chennai", "Hyderabad", "Ahmedabad", "Pune", "Lucknow", "Jaipur", "Chandigarh", "Patna",
    "Bhopal", "Srinagar", "Guwahati", "Thiruvananthapuram", "Kochi", "Lahore", "لاهور", "Peshawar", "بيشاور", "Quetta",
    "Rawalpindi", "Faisalabad", "Multan", "Chittagong", "Mombasa", "Kisumu", "Nakuru", "Port Harcourt",
    "Ibadan", "Kano", "Durban", "Cebu", "Davao", "Quezon City",
    # Dutch and Belgian towns of more than one word, as regional papers date from them
    "Den Bosch", "'s-Hertogenbosch", "Den Helder", "Bergen op Zoom", "Alphen aan den Rijn",
    "Capelle aan den IJssel", "Krimpen aan den IJssel", "Hendrik-Ido-Ambacht", "Sint-Michielsgestel",
    "Sint-Niklaas", "Sint-Truiden", "Sint-Oedenrode", "Nieuwegein", "Rotterdam", "Utrecht", "Eindhoven", "Groningen",
    "Antwerpen", "Antwerp", "Gent", "Ghent", "Brugge", "Bruges", "Luik", "Liège", "La Louvière", "Bergen (NH)",
    "Hoek van Holland", "Wijk bij Duurstede", "Oud-Beijerland", "Nieuw-Vennep", "Ter Apel", "Den Burg",
    # the larger Dutch and Flemish cities (the provinces' capitals, 100,000 people and more): a dateline glued inside
    # a lead's paragraph is taken only from a known place (datelines.split_inner_opening)
    "Tilburg", "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede", "Apeldoorn", "Zwolle", "Leiden",
    "Maastricht", "Dordrecht", "Zoetermeer", "Amersfoort", "Leeuwarden", "Delft", "Assen", "Lelystad", "Middelburg",
    "Hilversum", "Venlo", "Deventer", "Alkmaar", "Emmen", "Westland", "Zaanstad", "Haarlemmermeer", "Leuven",
    "Mechelen", "Aalst", "Kortrijk", "Hasselt", "Oostende", "Genk",
)


def _zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if z.split("/", 1)[0] in AREAS and z.count("/") >= 1)


def countries() -> list[str]:
    """Every country's and territory's name in en, nl and ar, once each, sorted."""
    names: set[str] = set()
    for lang in LANGUAGES:
        names.update(name.strip() for code, name in Locale.parse(lang).territories.items()
                     if len(code) == 2 and code.isalpha() and code not in NOT_PLACES)
    return sorted(names)


def places() -> list[str]:
    """Every place name, once each, sorted."""
    names: set[str] = set(EXTRA) | set(countries())
    for lang in LANGUAGES:
        for zone in _zones():
            try:
                city = get_timezone_location(zone, locale=lang, return_city=True)
            except LookupError:
                continue
            if city and not any(ch.isdigit() for ch in city):
                names.add(city.strip())
    return sorted(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether places.txt is up to date")
    args = parser.parse_args()
    stale = []
    for out, names in ((OUT, places()), (COUNTRIES_OUT, countries())):
        text = "".join(f"{name}\n" for name in names)
        if args.check:
            if not (out.exists() and out.read_text(encoding="utf-8") == text):
                stale.append(out.name)
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {len(names)} names to {out}")
    if args.check:
        print(f"{', '.join(stale)} out of date: run scripts/build_places.py" if stale else "places.txt and countries.txt are up to date")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
