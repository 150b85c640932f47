"""Code review of stop 25 (items a, b, e): thread post groups read a block's text only for groups of two or more (a
deeply nested page was quadratic), every warning quotes a line the same way (quoting.shortened), and the "article is
incomplete" warnings share one opening (losses.INCOMPLETE_WARNING) that the HTML path tests for.
"""

from __future__ import annotations

import time

from lxml import etree

from newsbrief.normalise.chapters import CHAPTER_WARNING, chapter_warning
from newsbrief.normalise.losses import INCOMPLETE_WARNING, page_counter_warning, second_article_warning
from newsbrief.normalise.quoting import QUOTE_CHARS, shortened
from newsbrief.normalise.threadposts import MAX_POSTS, post_groups, replies_warning

LONG = "Bleed the radiators first and check the pressure gauge before you call anyone out to the house " * 2


def _nested(depth: int):
    """A page of `depth` wrappers one inside the other, each with a class of its own (a builder's nesting)."""
    root = etree.Element("html")
    node = etree.SubElement(root, "body")
    for i in range(depth):
        node = etree.SubElement(node, "div", {"class": f"wrap-{i}"})
        node.text = "Some words of a wrapper that is alone of its kind on this page. "
    return root


def test_post_groups_on_a_deeply_nested_page_is_not_quadratic():
    root = _nested(2000)
    start = time.process_time()
    assert post_groups(root) == []
    assert time.process_time() - start < 0.5  # reading every wrapper's subtree took seconds


def test_guard_post_groups_still_finds_sibling_posts_and_caps_them():
    root = etree.Element("html")
    thread = etree.SubElement(etree.SubElement(root, "body"), "div", {"class": "thread"})
    for i in range(MAX_POSTS + 5):
        etree.SubElement(thread, "div", {"class": "post "}).text = f"Post {i}: the heating bangs at night, what now?"
    etree.SubElement(thread, "div", {"class": "post"}).text = "Thanks"  # too short to be a post
    etree.SubElement(thread, "div", {"class": "footer"}).text = "One footer of its kind, with words enough in it."
    groups = post_groups(root)
    assert len(groups) == 1 and len(groups[0]) == MAX_POSTS
    assert groups[0][0] == "Post 0: the heating bangs at night, what now?"


def test_every_warning_quotes_a_long_line_the_same_way():
    quote = shortened(" ".join(LONG.split()))
    assert len(quote) == QUOTE_CHARS and quote.endswith("…")
    assert repr(quote) in replies_warning((3, " ".join(LONG.split())))
    chapters = [f"00:00 {LONG}", "02:15 What the price cap caps", "07:40 Who pays for the network"]
    said = chapter_warning(chapters)
    assert said.startswith(CHAPTER_WARNING) and repr(shortened(" ".join(chapters[0].split()))) in said
    assert repr(quote) in second_article_warning(LONG, 4)


def test_guard_a_short_line_is_quoted_whole():
    assert shortened("Page 1 of 3") == "Page 1 of 3"
    assert "'Thanks for the tip, that worked.'" in replies_warning((1, "Thanks for the tip, that worked."))


def test_a_page_counter_warning_opens_with_the_shared_words():
    said = page_counter_warning(["Page 1 of 3", "Next"])
    assert said and said[0].startswith(INCOMPLETE_WARNING + ":")
