"""The C4 line rule of scripts/eval_peers.py (the TFDS `clean_page` line filter, without its page rejects)."""

from eval_peers import as_paragraphs, c4_lines  # scripts/ is on sys.path (pyproject: pytest pythonpath)


def test_c4_line_rule_keeps_only_long_lines_that_end_a_sentence():
    raw = "\n".join([
        "Home | News | Sport",                                          # no end mark
        "Officials said the bridge will reopen on Monday morning.",     # kept
        "  The mayor called it \"a long wait for everyone.\"  ",        # kept, stripped
        "It was late.",                                                  # 3 words: under 5
        "Read the whole story in our archive of old stories...",         # ellipsis
        "Please enable JavaScript to view the comments below.",          # javascript
        "This site uses cookies to improve your reading experience.",   # policy phrase
        "var config = { ads: true, tracking: true };",                  # curly brace
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",      # lorem ipsum
        "The river rose two metres overnight, the agency said.[3]",      # citation removed, kept
        "She said the water was “higher than ever before in spring.”",   # curly quote: not a C4 end mark
    ])
    assert c4_lines(raw) == [
        "Officials said the bridge will reopen on Monday morning.",
        "The mayor called it \"a long wait for everyone.\"",
        "The river rose two metres overnight, the agency said.",
    ]


def test_c4_line_rule_min_words_is_a_parameter():
    assert c4_lines("It was very late.") == []
    assert c4_lines("It was very late.", min_words=3) == ["It was very late."]


def test_lines_become_escaped_paragraphs():
    page = as_paragraphs("Tom & Jerry <live>\n\n  second line ")
    assert "<p>Tom &amp; Jerry &lt;live&gt;</p>\n<p>second line</p>" in page
