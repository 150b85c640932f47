"""A messenger channel's export (Telegram, WhatsApp channels) in en/nl/ar: the channel's name over its audience count,
and its pinned notice under "Pinned message", are the account's lines, never the post's headline.

Found by a new user (stop 32, probeC 10): the channel's name "<name>" / "18.4K subscribers" was taken as the record's
title (a post has no headline). Now an account's audience count alone on its line (phrase lists' ``audience_count``)
marks the line over it as the account's name, and a pinned-post label (``pinned_label``) the line under it as the
channel's notice: the title chooser refuses both. Guards: a news page whose headline stands over its byline keeps it;
a sentence that counts members is no audience count.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group

CHANNELS = {
    "en": ("Northshore Alerts", "31.7K subscribers", "Pinned message",
           "Official Northshore Alerts channel - follow us on our other platforms too", "December 1", [
               "URGENT | The regional water board has told residents of Elmbridge and Carrow to boil tap water before "
               "drinking it after E. coli was found in a reservoir sample.",
               "The board said the advice would stay in place for at least 72 hours while engineers flush the network "
               "and take fresh samples from twelve points across both towns.",
               "Bottled water is being handed out at the Elmbridge leisure centre from 8am until 8pm each day.",
           ]),
    "nl": ("Kustnieuws Direct", "12,9K abonnees", "Vastgezet bericht",
           "Het officiële kanaal van Kustnieuws Direct - volg ons ook op onze andere kanalen", "1 december", [
               "URGENT | Het waterschap adviseert inwoners van Zeedorp en Havenkerk om kraanwater te koken voordat "
               "ze het drinken, nadat in een monster uit het spaarbekken E. coli is aangetroffen.",
               "Het advies geldt volgens het waterschap zeker 72 uur, terwijl technici het leidingnet doorspoelen en "
               "op twaalf plaatsen nieuwe monsters nemen.",
               "In sporthal De Duinen wordt dagelijks van 08.00 tot 20.00 uur gratis flessenwater uitgedeeld.",
           ]),
    "ar": ("أخبار الوادي أولاً بأول", "27.3 ألف مشترك", "رسالة مثبتة",
           "القناة الرسمية لأخبار الوادي - تابعونا على منصاتنا الأخرى", "1 ديسمبر", [
               "عاجل | دعت سلطة المياه سكان بلدتي العين الخضراء والمنارة إلى غلي مياه الشرب بعد العثور على بكتيريا "
               "في عينة من أحد الخزانات.",
               "وقالت السلطة إن التوصية ستبقى سارية 72 ساعة على الأقل، ريثما تنتهي الفرق الفنية من غسل الشبكة وأخذ "
               "عينات جديدة من اثنتي عشرة نقطة.",
               "ويجري توزيع المياه المعبأة مجاناً في المركز الرياضي من الثامنة صباحاً حتى الثامنة مساءً.",
           ]),
}


def channel_page(name: str, count: str, pinned: str, notice: str, day: str, posts: list[str]) -> str:
    return "\n".join([name, count, pinned, notice, day, *posts, "👍 402", "😢 35", "9.8K", "edited 10:02",
                      "Load more"])


@pytest.mark.parametrize("lang", sorted(CHANNELS))
def test_a_channel_name_and_its_pinned_notice_are_no_title(lang):
    name, count, pinned, notice, day, posts = CHANNELS[lang]
    art = normalise_text(channel_page(name, count, pinned, notice, day, posts))
    assert art.title is None, (lang, art.title)  # a channel's posts have no headline: neither name nor notice
    assert posts[1] in art.text
    assert name not in art.text and count not in art.text and notice not in art.text


def test_a_news_headline_over_its_byline_stays_the_title():
    page = "\n".join(["Home", "News", "Water board tells two towns to boil tap water after E. coli found",
                      "By Priya Nandakumar", "1 December 2026", *CHANNELS["en"][5][1:], "Share this article"])
    art = normalise_text(page)
    assert art.title == "Water board tells two towns to boil tap water after E. coli found"


@pytest.mark.parametrize("line, count", [
    ("31.7K subscribers", True), ("1 subscriber", True), ("12.400 volgers", True), ("27.3 ألف مشترك", True),
    ("4,150 followers", True), ("5 members of the board voted against", False), ("Subscribers", False),
    ("27 مشتركا في المسابقة فازوا", False),
])
def test_audience_count(line, count):
    assert in_group(line, len(line.split()), "audience_count") is count
