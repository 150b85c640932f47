"""A story's own lists and tables (tester finding 10): an HTML recipe keeps its ingredient list, its "Method"
heading and its step numbers; a table removed right under the story (a league table, a listicle's summary table)
gets the same warning as one removed from inside it, and a numbered "Most read" box after a widget gets none.
The pages are hand-written."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.losses import TABLE_WARNING

RECIPE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weeknight chickpea curry | Home Cook</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/recipes">Recipes</a></li></ul></nav>
<article>
<h1>A weeknight chickpea curry with spinach and coconut</h1>
<p>This curry uses two tins from the cupboard and a bag of spinach, and it is on the table in 25 minutes. It serves four and reheats well the next day.</p>
<h2>Ingredients</h2>
<ul><li>2 tins chickpeas, drained</li><li>400ml coconut milk</li><li>1 onion, sliced</li><li>2 tbsp curry paste</li><li>200g spinach</li><li>A handful of coriander</li></ul>
<h2>Method</h2>
<ol><li>Fry the onion in a little oil until soft, about 6 minutes.</li><li>Stir in the curry paste and cook for one minute.</li><li>Add the chickpeas and coconut milk and simmer for 12 minutes.</li><li>Wilt the spinach into the curry and scatter over the coriander.</li></ol>
<p>Serve the curry with rice or warm flatbreads, and keep any leftovers in the fridge for up to two days.</p>
</article>
<footer>© 2026 Home Cook. All rights reserved.</footer>
</body></html>"""


def test_html_recipe_keeps_ingredients_method_heading_and_step_numbers():
    article = normalise_document(RECIPE)
    paragraphs = article.paragraphs
    assert "Ingredients" in paragraphs and "Method" in paragraphs, article.removed
    assert "- 400ml coconut milk" in paragraphs and "- A handful of coriander" in paragraphs, article.removed
    assert "1. Fry the onion in a little oil until soft, about 6 minutes." in paragraphs
    assert "4. Wilt the spinach into the curry and scatter over the coriander." in paragraphs
    assert paragraphs.index("Ingredients") < paragraphs.index("- 400ml coconut milk") < paragraphs.index("Method")
    assert not any(w.startswith(TABLE_WARNING) for w in article.warnings), article.warnings
    assert "Home" in article.removed and not any("chickpeas" in r for r in article.removed)


LEAGUE = """Rugby | Premiership
Bath beat Saracens to go top of the table
By Owen Pryce
Sunday 8 March 2026 18:02
Bath moved to the top of the Premiership with a 31-24 win over Saracens at the Recreation Ground on Sunday.
Finn Russell kicked 11 points and Will Muir scored twice as Bath came from 17-10 down at half-time.
"The second half was the best we have played all season," Bath coach Johann van Graan said afterwards.
Premiership table
1 Bath 16 12 0 4 58
2 Northampton 16 11 1 4 55
3 Saracens 16 10 0 6 49
4 Sale 16 9 1 6 44
More on this story
Van Graan signs new three-year deal
"""

CHARGERS = """Five things to know about the new battery recycling rules
By Lena Kraus
Published 3 March 2026
From next month shops that sell batteries must take old ones back for free, whatever brand they are. Here is what changes.
1. Which batteries are covered? All portable batteries, including those in e-bikes and scooters.
2. Do I have to pay? No. Shops must take them back free of charge, without a purchase.
3. What happens to them? They go to licensed recyclers, who must recover at least 80% of the lithium by 2031.
Battery | Deadline
Portable | 18 Aug 2026
E-bike | 18 Feb 2027
Advertisement
Related: How to store batteries safely
"""

MOST_READ = """Harbour ferry fares to rise in June
By Tom Reed
Ferry fares between the harbour and the islands will rise by 8% from June 1, the operator said on Monday.
The operator said fuel costs had risen by a third since the last increase in 2024.
Season tickets for island residents will not change, it added.
Most read
1. Lobster prices hit record low
2. School board votes on four-day week
3. Storm damages 40 boats in the marina
"""


def test_a_table_right_under_the_story_is_warned_like_one_inside_it():
    for page, first_row in ((LEAGUE, "1 Bath 16 12 0 4 58"), (CHARGERS, "Battery | Deadline")):
        article = normalise_text(page)
        assert any(w.startswith(TABLE_WARNING) and first_row in w for w in article.warnings), article.warnings


def test_a_numbered_box_after_a_widget_marker_is_no_table():
    """Guard (passes before and after): "Most read" ends the article; its numbered headlines are no lost table."""
    article = normalise_text(MOST_READ)
    assert not any(w.startswith(TABLE_WARNING) for w in article.warnings), article.warnings
