"""Small articles written for the orchestration tests (not the seeds): Dutch, English, Arabic.

Each is a plain-text scrape with a title line, a little boilerplate and a few paragraphs, so
the real normaliser and language identifier have something to work on.
"""

from __future__ import annotations

from pathlib import Path

DUTCH = """\
Gemeente Utrecht opent nieuw fietsenpakhuis bij station

Door Jan de Vries

De gemeente Utrecht heeft dinsdag een nieuwe fietsenstalling geopend naast het centraal station. Er is plaats voor 4500 fietsen.

Volgens wethouder Pieters was de stalling hard nodig, omdat reizigers hun fiets steeds vaker op de stoep achterlieten.

De bouw kostte ongeveer 12 miljoen euro en duurde twee jaar. De stalling is dag en nacht open en de eerste 24 uur zijn gratis.

Lees ook: Meer fietsen dan inwoners in Utrecht
"""

DUTCH_2 = """\
Waterschap waarschuwt voor hoge waterstand in de Maas

Het waterschap Limburg verwacht dat de waterstand in de Maas dit weekend flink stijgt door de aanhoudende regen in België.

Bewoners van de lage delen langs de rivier wordt gevraagd hun spullen alvast naar boven te brengen.

Volgens het waterschap is er geen reden tot paniek, maar de situatie wordt de komende dagen nauwlettend gevolgd.
"""

ENGLISH = """\
City council approves new bridge over the river

By Anna Smith | March 4, 2024

The city council voted on Tuesday to build a new pedestrian bridge across the river, ending a debate that lasted five years.

The bridge will cost about 30 million dollars and is expected to open in 2027, the mayor said after the vote.

Opponents argued that the money should have gone to repairing existing roads instead.

Read more: Council budget under pressure
"""

ARABIC = """\
افتتاح مكتبة عامة جديدة في وسط المدينة

افتتحت البلدية يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب.

وقال رئيس البلدية إن المكتبة ستكون مفتوحة سبعة أيام في الأسبوع وإن الدخول مجاني للجميع.

وتضم المكتبة قاعة للأطفال ومساحة للدراسة تتسع لمئتي شخص.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def dutch_variants(count: int) -> list[str]:
    """`count` distinct Dutch articles (distinct content hashes) for folder runs."""
    out = []
    for i in range(count):
        base = DUTCH if i % 2 == 0 else DUTCH_2
        out.append(base + f"\nDit is bericht nummer {i + 1} in de reeks over de regio.\n")
    return out
