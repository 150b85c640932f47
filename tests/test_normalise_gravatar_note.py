"""A comment form's note on the commenter's picture is a comment-form line (branch d27a), in en/nl/ar.

Blog themes print a note in the post's comment form: "and oh, if you want a pic to show with your comment, go get a
gravatar!" (and its Dutch and Arabic translations). It is a sentence, so it was kept as the story's last paragraph
when it was the form's only line the phrase lists knew, and the blog's sidebar under it stayed too. It is now in the
`comment_form` group: the form ends the post (comments.FORM_REASON). The user-level cases fail on the code before; the
guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group
from tests.test_normalise_counted_heading import POSTS

NOTES = {"en": "and oh, if you want a pic to show with your comment, go get a gravatar!",
         "nl": "Wil je een afbeelding bij je reactie? Neem dan een gravatar!",
         "ar": "إذا أردت أن تظهر صورتك مع تعليقك، احصل على صورة رمزية من غرافاتار!"}
#: the blog's sidebar under the form: its "about me" blurb
SIDEBAR = {"en": "Hi, I am a teacher turned full-time mom of two toddlers and I write here about crafts, recipes and "
                 "the small projects that keep our house busy every week.",
           "nl": "Hoi, ik ben een lerares die nu fulltime moeder is van twee peuters en ik schrijf hier over knutselen, "
                 "recepten en de kleine projecten die ons huis elke week bezighouden.",
           "ar": "مرحبا أنا معلمة أصبحت أما متفرغة لطفلين صغيرين وأكتب هنا عن الأشغال اليدوية والوصفات والمشاريع الصغيرة "
                 "التي تشغل بيتنا كل أسبوع."}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_picture_note_is_a_comment_form_line(lang):
    assert in_group(NOTES[lang], len(NOTES[lang].split()), "comment_form")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_picture_note_ends_the_post(lang):
    # before: the note was a sentence in no group, kept as the story's last paragraph
    case = POSTS[lang]
    page = case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [NOTES[lang], SIDEBAR[lang]]
    article = normalise_text("\n".join(page))
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert NOTES[lang] not in article.text
    assert SIDEBAR[lang] not in article.text


@pytest.mark.parametrize("line", [
    "If you want a picture to show how the bridge looked before the flood, the museum has an archive open to all.",
    "Als je een foto wilt van de brug van voor de overstroming, heeft het museum een archief.",
])
def test_guard_a_story_sentence_about_a_picture_is_no_form(line):
    assert not in_group(line, len(line.split()), "comment_form")


@pytest.mark.parametrize("opening", ["and oh, if you want a pic to show with your comment ",
                                     "Wil je een afbeelding bij je reactie ", "إذا أردت أن تظهر صورتك مع تعليقك "])
def test_the_note_patterns_stay_linear_on_a_long_line(opening):
    # every quantifier in the new patterns is bounded and anchored: a 200 kB line costs about what a short one does
    import time
    from newsbrief.normalise.phrases import categories_of

    def cost(n: int) -> float:
        line = opening + "word " * n
        start = time.process_time()
        categories_of(line, len(line.split()))
        return time.process_time() - start

    cost(10)
    assert cost(40000) < 50 * max(cost(4000), 1e-3)
