"""A messenger channel's export (Telegram): the reaction counters under a post raise no "table removed" warning, and
"Forwarded from <source>" over the post is its byline, not its first paragraph, in en/nl/ar.

Found by a new user (stop 32, probeC 10): "👍 214 / 😢 87 / 🙏 41" under the post read as a removed table of numbers
(losses._figure_row: one figure in two tokens), and the forwarded post's source stayed as the body's first line.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.losses import TABLE_WARNING, reaction_counts

POSTS = {
    "en": ("Forwarded from", "Harbour City Wire", [
        "BREAKING | Fire crews have contained a blaze at a recycling plant in the Westdock industrial zone, the city's "
        "fire service said on Sunday evening.",
        "Residents within one kilometre were told to keep windows closed overnight because of smoke from burning "
        "plastic, and two schools will stay shut on Monday.",
        "No one was injured, the service said, and the cause of the fire is being investigated.",
    ]),
    "nl": ("Doorgestuurd van", "Regio Nieuwsdienst", [
        "BREAKING | De brandweer heeft zondagavond een grote brand bij een recyclingbedrijf op het industrieterrein "
        "Westdok onder controle gekregen, meldt de veiligheidsregio.",
        "Omwonenden binnen een kilometer moeten vannacht ramen en deuren gesloten houden vanwege de rook van "
        "brandend plastic; twee scholen blijven maandag dicht.",
        "Er raakte niemand gewond. De oorzaak van de brand wordt onderzocht, aldus de brandweer.",
    ]),
    "ar": ("أعيد توجيهه من", "وكالة أنباء الشمال", [
        "عاجل | أعلن الدفاع المدني، مساء الأحد، السيطرة على حريق اندلع في مصنع لإعادة تدوير البلاستيك في المنطقة "
        "الصناعية غرب المدينة.",
        "وطلب من السكان في محيط كيلومتر واحد إغلاق النوافذ طوال الليل بسبب الدخان، فيما تبقى مدرستان مغلقتين الاثنين.",
        "ولم تسجل أي إصابات، وفتحت السلطات تحقيقاً لمعرفة أسباب الحريق.",
    ]),
}


def channel_page(label: str, source: str, paragraphs: list[str]) -> str:
    return "\n".join([
        "Westdock Updates", "24.1K subscribers", "November 29", f"{label} {source}", *paragraphs,
        "👍 312", "😮 58", "🙏 27", "❤️ 1.4K", "11.3K", "edited 21:48", "Load more",
    ])


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_reaction_counters_raise_no_table_warning_and_the_forwarded_source_is_the_byline(lang):
    label, source, paragraphs = POSTS[lang]
    art = normalise_text(channel_page(label, source, paragraphs))
    assert not [w for w in art.warnings if w.startswith(TABLE_WARNING)]
    assert art.byline == source
    assert label not in art.text
    assert paragraphs[1] in art.text


@pytest.mark.parametrize("row, reactions", [
    ("👍 214", True), ("❤️ 1.2K 😂 87", True), ("🔥 3,4k", True),
    ("9 Brentford 25 10 5 10 +3 35", False), ("Louisiana 120,000", False), ("👍 214 people agreed", False),
])
def test_reaction_counts(row, reactions):
    assert reaction_counts(row.split()) is reactions
