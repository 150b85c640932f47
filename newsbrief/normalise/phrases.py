"""The per-language phrase lists (newsbrief/phrases/*.yaml), loaded once and validated.

The lists are data so that supporting a new site's widget is one YAML line. All
languages are merged: a scraped Dutch page often carries English share buttons,
and the normaliser must not depend on language id.

Categories and what the classifier does with a match:

============== =====================================================================
navigation     menu items, section names, breadcrumbs            -> removed
share          share/print/social buttons                        -> removed
read_more      "Read more …", "Lees ook: …", "اقرأ أيضا …"        -> removed
end            "Related news", "Most read", "الأكثر قراءة" …     -> removed, and ends the article
newsletter     newsletter / subscription prompts (short lines)   -> removed
cookie         cookie / privacy notices (short lines)            -> removed
advert         advertisement markers                             -> removed
tags           "Tags: …"                                         -> removed
comments       comment counters and prompts                      -> removed
copyright      copyright lines                                   -> removed
misc           other widget text ("Follow us on …")              -> removed
caption        image captions and credits                        -> removed
byline         "By …", "Door …", "بقلم …"                         -> byline (near the top)
date           "Published …", "Laatste update …", "نشر في …"      -> published (near the top)
summary_heading "Key Takeaways", "In het kort", "أبرز النقاط"      -> source_takeaways box
============== =====================================================================

A named part of a category (``GROUPS``) is written as a section of its own: its phrases match as that
category, and `in_group` asks for them alone. ``press_notes``, a press release's "Notes to editors" / "Noot voor
de redactie" / "ملاحظات للمحررين" or press contact, is an end marker whose paragraph under it is no story
(classify.py's about blocks). ``embed``, the chrome of a social post or video embedded in the page ("View this
post on Instagram", "A post shared by …", "Watch on YouTube", "Bekijk dit bericht op Instagram", "عرض هذا المنشور على
إنستغرام"), is misc: the post's own words stay the story's quotation (the summariser passes over them). ``sort_bar``, a comment section's sort bar ("Sort by: Newest"), is
an end marker, and where a comment section starts (normalise/comments.py), as is ``comment_heading``, a bare
"Comments" / "Reacties" / "التعليقات" heading (a menu has the word too: comments.py asks for the thread under it); ``next_article``, a site's "Next
article" link, is navigation, and where a glued second article starts (normalise/losses.py); ``answers``, a Q&A
page's answer counter ("3 Answers"), is misc, and where its answers start (normalise/qa.py); ``comment_prompt``, an
invitation to comment or the note that there is none yet ("Have your say", "Reader views (5)", "Plaats een reactie"),
is misc, and where the story ends when it stands once under the story (normalise/comments.py); ``comment_form``, a
comment form's field labels and notices ("Name (required)", "Je e-mailadres wordt niet gepubliceerd"), is misc, and
nothing after the form is the post (normalise/comments.py); ``form_label``, a form's "(required)" label for a name
or an e-mail address (a newsletter box has them too), is misc, and part of a comment form only beside one of its own
lines; ``comment_field``, a comment form's bare field label or heading ("Website", "Leave a Reply"), has no category
and only comments.py asks for it; ``post_feed``, a blog post's own feed link under it ("Subscribe to: Post Comments
(Atom)", "Reacties posten (Atom)"), is misc, and nothing after it is the post (normalise/comments.py); so is nothing
after a pager's "Home" link (``pager_home``, no category) a few lines under its "Newer Post" / "Older Post"
(``post_pager``, navigation). ``developing``, a developing story's
notice ("This story is developing and will be updated.", "Dit bericht wordt aangevuld.", "الخبر قيد التحديث"), is misc,
and losses.py says in a warning that the page calls the story still developing. ``notice`` (an
editor's or republication note: "This story was originally published by …") and ``correction`` (a correction
notice, which states the corrected fact: "Correction: …", "Rectificatie: …", "تصحيح: …") are misc furniture, never
story nor a takeaway; so is ``ai_summary_note``, an AI summary's disclaimer ("Summary is AI-generated,
newsroom-reviewed"), which over a box's points is the box's heading (boxes.find_boxes); losses.py keeps a correction's text in a warning. ``paywall`` (a teaser's "Subscribe to read
the rest") and ``pagination`` ("Page 1 of 3") are furniture too, and tell losses.py that the article is incomplete.
``also_read`` ("Also read", "Lees ook", "اقرأ أيضاً") is read_more, and as a whole line (`whole_phrase`) the heading of
a related box whose headline may read as a sentence (normalise/boxes.py); ``more_heading`` ("Read more", "Lees meer",
"اقرأ المزيد") is read_more too, and as a whole line the heading of a related box whose two headlines or more may read
as sentences (a lone "Read more" link also closes a teaser, so one sentence under it is no box). ``related_heading``
("Related", "More to watch", "Ook interessant", "موضوعات ذات صلة") is an end marker, and as a whole line a related
box's heading over teasers written as sentences, as a "Read more" heading is (normalise/boxes.py).
``signup_field`` (a sign-up box's e-mail field label: "Email address", "E-mailadres", "البريد الإلكتروني"),
``signup_button`` (its button: "Sign up", "Aanmelden", "اشترك") and ``signup_pitch`` (a word only the box's pitch
sentence has: "inbox", "nieuwsbrief", "بريدك") belong to no category: a lone "Email address" or "Subscribe" may be a
story's word; only the pair of them together is a box (normalise/boxes.py, `find_signup_boxes`).
``condolence_heading`` (a condolence box's heading: "تعزية", "Condoleance", "In memoriam") and ``condolence_notice``
(its notice in the paper's own voice: "تتقدم أسرة تحرير … بخالص العزاء", "Wij condoleren …") belong to no category
either: only the pair, under the story, is a box (normalise/condolence.py).
``wire_credit``, a wire story's credits under it ("Reporting by … in …; Editing by …", "(Reporting by …)", "Aanvullende
verslaggeving door …", "(تغطية صحفية: …)"), is misc, and its reporters are the byline where the page names none but
the wire (normalise/wirecredit.py).
``alert``, a site's alert banner above the headline ("BREAKING: …", "Laatste nieuws: …", "عاجل: …"), belongs to no
category (in the body a live blog's entry may open the same way): only the headline choice asks for it, so that
the real headline under the banner is the title (normalise/classify.py); so does it for ``tool_label``, a site's tool
or page link between the menu and the story ("Ask our experts", "Printer Friendly Version", "Neem contact op",
"نسخة للطباعة"), which is never the headline (a story may quote the words). ``author_box``, a columnist's box heading ("About the
author", "Over de auteur", "عن الكاتب"), and ``release_label``, a press release's label ("Press release",
"Persbericht", "بيان صحفي"), have no category either: only the author box above the headline (normalise/authorbox.py)
and the issuer line beside the label (normalise/releasehead.py) ask for them. ``issue_line``, a bulletin's issue line
("WEATHER BULLETIN No. 48 issued at …", "نشرة الطقس ليوم …"), has no category either: with a full date in it above the
story it is the page's date where no other line states one (metadata.issue_date). ``edition_line``, a newsletter's
edition mark beside its send date ("… | Issue #412", "Editie 12", "العدد 345"), has none: a masthead over it is no
headline over its stamp (normalise/posthead.is_stamp). ``print_copy``, a print view's
footer ("Printed from www.example.com on 09/12/2026"), has none: only normalise/printcopy.py asks for it.
``match_facts``, a match report's labelled facts ("Attendance: 14,212", "Scheidsrechter: …", "الحضور: …"), has none
either (a story's sentence may open "Referee: …" as a quote's speaker): only normalise/matchfacts.py asks, above the lead
and below the story; so does it for ``match_roll``, the labels of the goals, cards, substitutes and line-ups under a
match report ("Booked: …", "Opstellingen:", "التشكيلة:"), no category either.
``consent_core`` (the cookies a consent dialog is about: "cookies", "similar technologies", "ملفات تعريف الارتباط"),
``consent_data`` (what else it does with the reader's data: "personal data", "our partners", "persoonsgegevens",
"البيانات الشخصية") and ``consent_choice`` (what it asks: "accept", "reject", "settings", "akkoord", "weigeren",
"قبول", "رفض") have none either: a story names them too; only normalise/consent.py counts them,
in a paragraph that speaks to the reader, whatever its length; nor has ``consent_list``, the label of the dialog's
list of vendors or purposes ("Our vendors: …", "Leveranciers: …", "الشركاء: …"; a project's "Partners:" too).
``reference_heading``, a reference list's heading ("References", "Bronnen", "المراجع"), has none (a menu has
"Sources" too): only normalise/references.py asks, for the citations under it.
``poll_question``, a poll's labelled question ("Poll: …?", "Peiling: …?", "استطلاع: …؟"), has none (a post's
headline may be one): boxes.py takes it with the poll's removed answers under it.
``republished``, a republication note that names where the article appeared first ("This article first appeared in
…", "Dit artikel verscheen eerder in …", "نشر هذا المقال أولا في …"), is misc furniture too; normalise/attribution.py
keeps its text in a warning (where the article was published first). ``publication_note``, a note of when the article
was first published or updated, the date and no more ("This article was first published on 2 March 2026 and updated on
3 March 2026.", "Dit artikel verscheen eerder op 2 maart 2026.", "نُشر هذا المقال أول مرة في 2 مارس 2026."), is misc
furniture too, quoted in a warning by losses.py. ``signoff_office`` (an official's office over their name under a
letter: "De Staatssecretaris van …,", "Minister for Local Government", "وزير الصحة،") and ``signoff_closing`` (a
letter's closing: "Yours sincerely,", "Met vriendelijke groet,", "وتفضلوا بقبول فائق الاحترام") have no category: only
normalise/signoffs.py asks, for a name beside them at the kept text's end. ``feed_item_end``, a feed item's closing line (WordPress's
"The post <title> appeared first on <site>.", "Het bericht … verscheen eerst op …", "ظهرت المقالة … أولاً على …"), is misc
furniture; normalise/losses.second_article reads what follows it as the feed's next item. The headline choice also asks ``developing`` (a note on the article's own state,
"This story is developing and will be updated.": misc furniture) so that the headline over or under it is the title
(normalise/headnotes.py).
``loading``, a script-built page's placeholder saved before its script ran ("Loading article…", "Artikel wordt
geladen", "جاري تحميل المقال"), is navigation; with no sentence kept the page holds no article (normalise/noarticle.py).
``sponsor_label`` (a paid piece's label near its headline: "Paid Post", "Presented by …", "In samenwerking met …",
"محتوى مدعوم") has no category, and ``sponsor_note`` (its disclosure sentence: "This content was paid for by …") is misc:
normalise/sponsored.py reads both for its warning, and no headline opens with a sponsor's label.
``fact_label``, a fact check's box label alone on its line, its value under it ("CLAIM" / "…", "RATING" / "FALSE",
"Ons oordeel" / "ONWAAR", "التقييم" / "زائف"), is misc furniture (with a colon it is ``claim_label``, below).
``fact_box_label`` ("What we found", "Our ruling", "Wat klopt er?", "النتيجة") has none: such a label also heads a
story's own section, so labelpairs.py joins it with its value only in a box that holds a ``fact_label`` too.
``widget_head``, the label of an advert slot or a video player alone on its line whose next line is its item
("Sponsored" / the ad, "Bekijk de video" / the clip's title, "شاهد الفيديو" / …), has none (its phrases are
``advert`` or ``misc`` already): only normalise/widgetitems.py asks, for the item it takes with it.
``poll_widget``, a poll widget's own words ("READER POLL", "Vote now", "1,946 votes", "View results", "Stem nu",
"Bekijk resultaten", "صوّت", "النتائج"), has none (a story may say "Vote" or "Results" as a heading): normalise/polls.py
reads a poll block from a question, its short answers and one of these. ``poll_heading`` (a bare "Results", "Uitslag",
"Resultaten", "النتائج") has none either: polls.py counts it as a widget's only with a share, a vote count or a
real button in the block (an explainer's "Which parties are standing?" / names / "Results" heading is no poll).
``ad_pitch``, an ad's call to action ("Shop now", "Bekijk 1.200+ vacatures", "اطلب الآن"), has none: only
normalise/widgetitems.py asks, for the line under a plain advert label.
``timeline_heading``, a timeline box's heading ("Timeline: key events", "Tijdlijn", "التسلسل الزمني"), has none (a
menu has a "Timeline" link): boxes.find_boxes reads it as a summary box's heading when the lines under it are dated.
``audience_count``, an account's audience count alone on its line ("18.4K subscribers", "12.400 volgers", "18.4 ألف
مشترك"), and ``pinned_label``, a channel's pinned-post label ("Pinned message", "Vastgezet bericht", "رسالة مثبتة"), have
none (a group's category is a feature of the fitted model: no refit needed, and a refit that saw them as misc moved a
knife-edge page of another site): normalise/titlecues.account_header reads the line over the count as the account's
name and the line under the label as the channel's pinned notice, neither a headline.
``account_notice``, a site's notice about the reader's own account, in prose or as a label ("Your account has been
frozen. …", "Je account is geblokkeerd.", "تم تجميد حسابك", "Premium Article !"), is newsletter furniture anywhere on
the page (a story that quotes one names who sent it). It sits in the newsletter category as ``paywall`` does: both
are the subscription system's notices, and a group's category is a feature of the fitted model
(normaliser_model.json), so a move to misc would change what the shipped model reads without a refit; ``pager_link``, a pager's link alone on its line ("« Previous",
"Volgende »", "التالي"), has no category (navigation has the words): the headline choice asks for it, as the line
over a pager is a headline, not a site's name over its menu (normalise/classify.py).
``update_note``, an update note's label opening a sentence ("Update, 6 December 2026, 15:10: This article has been
updated …", "Bijgewerkt: …", "تحديث: …"), has none either (a blog's and a live blog's update notes are their text):
classify.py sets one aside above the headline only, and losses.py quotes it in a warning.
Five more word lists of no category have one caller each, which reads the group's compiled patterns itself:
``claim_label`` (a fact check's "CLAIM:" / "Bewering:" / "الادعاء:", classify.py's claim box) and ``media_label``
("VIDEO | …", "Kijk: …", "فيديو | …", metadata.without_media_label), regex phrases matched at the raw line's start;
``credit_word`` (a desk's word in a credit: "staff", "redactie", "التحرير") and ``not_name_word`` (a list heading's
word no name has: "Articles", "Artikelen", "تقارير"), metadata's byline and name tests and
datelines.bare_arabic_name; ``label_word`` (a page tool's, a section's or a competition's word that no byline's name
has: "Email", "Print", "Sponsors", "Voetbal", "League"), bylinelabel.label_not_name.

Match kinds: ``exact`` (the whole line), ``prefix`` (the line starts with it),
``contains`` (anywhere, only in short lines), ``mentions`` (a topic word a story can
name too: "cookies", "newsletter", "copyright"; like ``contains``, but never in a story
sentence, see `story_sentence`) and ``regex`` (searched in the line; ``{reported}`` in one stands for the shared
reporting verbs and sources, `REPORTING_VERBS`, for a notice's "a story reports it" guard). Matching ignores
case, surrounding punctuation and bullets, Arabic diacritics/tatweel and the alef
variants, so a phrase is written once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

import yaml

from newsbrief.errors import ConfigError
from newsbrief.normalise.firstchar import FirstCharIndex
from newsbrief.normalise.lines import TERMINAL, single_spaced

CATEGORIES = (
    "navigation", "share", "read_more", "end", "newsletter", "cookie", "advert", "tags", "comments",
    "copyright", "misc", "caption", "byline", "date", "summary_heading",
)
#: the categories whose lines are page furniture wherever they stand (the others mark a region's end, a caption,
#: a byline, a date or a summary box's heading)
BOILER_CATEGORIES = ("navigation", "share", "read_more", "newsletter", "cookie", "advert", "tags", "comments",
                     "copyright", "misc")
KINDS = ("exact", "prefix", "contains", "mentions", "regex")
#: named parts of a category: group -> the category its phrases also belong to (no feature of their own); None: a
#: group of no category, which only its callers ask for (`alert`)
GROUPS = {"sort_bar": "end", "comment_heading": "end", "press_notes": "end", "embed": "misc", "next_article": "navigation", "answers": "misc", "notice": "misc",
          "ai_summary_note": "misc",
          "developing": "misc", "reference_heading": None, "poll_question": None,
          "correction": "misc", "comment_prompt": "misc", "comment_form": "misc", "form_label": "misc",
          "comment_field": None, "post_feed": "misc", "post_pager": "navigation", "pager_home": None,
          "signup_field": None, "signup_button": None, "signup_pitch": None,
          "paywall": "newsletter", "paywall_meter": "newsletter", "pagination": "navigation", "also_read": "read_more",
          "more_heading": "read_more", "related_heading": "end", "alert": None,
          "issue_line": None, "print_copy": None, "match_facts": None, "match_roll": None, "consent_core": None,
          "consent_data": None, "consent_choice": None, "consent_list": None, "update_note": None, "author_box": None,
          "release_label": None, "column_label": None, "claim_label": None, "media_label": None,
          "credit_word": None, "not_name_word": None, "label_word": None,
          "tool_label": None, "republished": "misc", "publication_note": "misc", "feed_item_end": "misc", "fact_label": "misc",
          "not_headline": None, "account_notice": "newsletter", "pager_link": None, "loading": "navigation",
          "sponsor_label": None, "sponsor_note": "misc", "sponsored_call": None, "widget_head": None,
          "timeline_heading": None, "edition_line": None, "audience_count": None, "pinned_label": None,
          "contents_heading": "navigation", "fact_box_label": None, "poll_widget": None, "poll_heading": None,
          "ad_pitch": None, "signoff_office": None, "signoff_closing": None, "condolence_heading": None,
          "condolence_notice": None, "wire_credit": "misc"}
LANGUAGE_FILES = ("common", "en", "nl", "ar")

#: "contains" phrases only apply to lines at most this long (in words): in a long
#: paragraph, a mention of "cookies" or "newsletter" is content, not a widget.
CONTAINS_MAX_WORDS = 20
#: lines longer than this (words, characters) are never matched against the phrase lists: the
#: widgets and credits are shorter (a long caption ending in a credit still fits)
MAX_PHRASE_WORDS = 60
MAX_PHRASE_LINE = 1500
#: a story sentence has at least this many words (a widget's sentence is shorter: "We use cookies.")
STORY_SENTENCE_MIN_WORDS = 8

#: a widget speaks to the reader ("we use cookies to improve your experience", "schrijf je in", "تجربتك", an ad's
#: "يمكنك" / "you can"); a story reports in the third person. Matched on the `match_key` form outside quotes; the English "us" only in lower case
#: (in the raw text), so "US regulators" is no address
_ADDRESS = re.compile(
    r"(?<!\w)(?:you|your|yours|yourself|we|our|ours"
    r"|je|jij|jou|jouw|u|uw|wij|ons|onze"
    r"|نحن|لك|لكم|انك|فانك|بانك|اننا|نستخدم|نرسل|موقعنا|تجربتك|بريدك|حسابك|جهازك|متصفحك|موافقتك|يمكنك|يمكنكم)(?!\w)"
)
_LOWER_US = re.compile(r"(?<!\w)us(?!\w)")
#: a reporting clause ("…, the ICO said", "…, aldus de AP", "وقالت الهيئة …"), in the `match_key` form: a story sentence
#: that reports what someone said is the story's even when it opens like a widget ("Read more about the ruling on
#: the ICO's website, the company said"; "Deze website gebruikt cookies, stond in de melding, aldus de AP")
_SPEAKER_VERBS = ("said|says|told|added|aldus|zei|zegt|zeiden"
                  "|قال|قالت|وقال|وقالت|اضاف|اضافت|واضاف|واضافت|اكد|اكدت|واكد|واكدت")
_REPORTED = re.compile(rf"(?<!\w)(?:{_SPEAKER_VERBS}|according to|volgens|بحسب|وفقا|حسبما)(?!\w)")
#: a speaker's verb in a reporting clause ("…, zegt de wethouder", "…, the mayor said", "وقال الوزير …"): `_REPORTED`
#: without "according to" / "volgens" / "بحسب", which a widget writes too ("… according to our cookie policy"). A
#: sentence that reports a speaker is the story's even when it says "you" / "je": "De gemeente stuurt de uitslag
#: rechtstreeks in je mailbox, zegt de wethouder." reports a service; a pitch speaks for itself
SPEAKER = re.compile(rf"(?<!\w)(?:{_SPEAKER_VERBS})(?!\w)")
#: a link's label: "Read more: …", "Lees ook: …" (a colon within the first words) is a widget whatever it quotes
_LABEL = re.compile(r"^\W*(?:\w+\W+){0,3}?\w+\s*:")
#: a quoted span: the words of a widget a story quotes ('the option "Accept all"', '"اشترك في النشرة البريدية"')
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^”“]*[”“]')

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"))


def _fold_alef(text: str) -> str:
    # five str.replace calls instead of str.translate with a dict: the same result, 40x faster on a long line
    for variant, plain in _ALEF:
        text = text.replace(variant, plain)
    return text


#: an Arabic letter: whether a line is Arabic text, and so needs `fold_arabic` before the Arabic patterns see it
#: (one definition for agencies, datelines, dates and the HTML path)
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def fold_arabic(text: str) -> str:
    """`text` with Arabic diacritics and tatweel dropped and the alef variants folded, as `match_key` does, but
    with its case and its edges kept (a dateline's closing bracket: "طوكيو (أ ف ب)")."""
    return _fold_alef(_ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text)))


def fold_arabic_positions(text: str) -> tuple[str, list[int]]:
    """`fold_arabic(text)` folded a character at a time, and for each of its characters (and its end) the position in
    `text` it comes from: a match on the folded text maps back to the words as the page writes them (the fold drops
    diacritics, so positions shift: "رُويترز" folds to "رويترز"). Equal to `fold_arabic` but where NFKC would compose
    across characters (not in the Arabic a page writes)."""
    parts: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_arabic(ch)
        parts.append(folded)
        starts.extend([i] * len(folded))
    starts.append(len(text))
    return "".join(parts), starts


# Leading edge only: the trailing one is stripped by a loop, because "[\s\W_]+$" retries at every position
# of a run of punctuation that does not reach the end: quadratic, 10 s on a line of 20 000 quotes.
_EDGE = re.compile(r"^[\s\W_]+")
_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")


#: lines up to this long keep their `match_key` in a cache: the rules ask for the key of the same line a dozen times
#: (each phrase category, each neighbour test), and a page's lines are short; a long line is keyed afresh each time so
#: the cache never holds megabytes
KEY_CACHE_MAX_CHARS = 1000


def match_key(text: str) -> str:
    """The form lines and phrases are compared in (see the module docstring)."""
    if len(text) <= KEY_CACHE_MAX_CHARS:
        return _cached_match_key(text)
    return _match_key(text)


def _match_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _fold_alef(_ARABIC_MARKS.sub("", text))
    text = text.replace("’", "'").replace("‘", "'")
    text = single_spaced(text)  # = _SPACES.sub(" ", text).strip() (both use str.isspace)
    # Strip bullets, quotes and punctuation at the edges, but keep a trailing ":" distinguishable
    # only for prefix phrases (they carry their own colon if they need one).
    text = _EDGE.sub("", text, count=1)
    end = len(text)
    while end and (text[end - 1] == "_" or not _WORD_CHAR.match(text[end - 1])):
        end -= 1
    return text[:end]


_cached_match_key = functools.lru_cache(maxsize=1 << 15)(_match_key)


@dataclass(frozen=True)
class PhraseSet:
    """All phrases of one category, compiled for matching."""

    exact: frozenset[str]
    prefixes: re.Pattern | None
    contains: re.Pattern | None
    mentions: re.Pattern | None
    regex: re.Pattern | None
    #: the `match_key` of each exact and prefix phrase: a line that is one of them and nothing else (`whole_phrase`)
    wholes: frozenset[str] = frozenset()
    #: `anchored`'s phrases, each tried only on a line whose first character can start it (`FirstCharIndex`: the
    #: same answer; the line tests ask every category of every line, and most of its 500 phrases fail on their
    #: first letter)
    anchored_index: FirstCharIndex | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def anchored(self) -> re.Pattern | None:
        """The regex phrases that start with "^" as one alternation, tried at a line's start only (`match`; searched
        with the others, each would be tried at every position of every line). Derived from `anchored_index`'s
        patterns when a caller first asks (a few small sets, and the tests): the line tests read the index, so no
        run compiles misc's 300-phrase alternation at start-up for nothing."""
        return _alternation(list(self.anchored_index.patterns)) if self.anchored_index is not None else None

    def matches(self, key: str, loose: str, raw: str | None, words: int, contains: bool | str = True) -> bool:
        """Whether a line matches by its exact, prefix, contains or regex phrases; `key` is its `match_key`,
        `loose` its prefix form plus a space (`contains`: whether "contains" phrases count, a key: in that text,
        the line outside its quotes); `raw` None: not by the regex phrases."""
        if key in self.exact:
            return True
        if self.prefixes is not None and self.prefixes.match(loose):
            return True
        if contains and self.contains is not None and words <= CONTAINS_MAX_WORDS \
                and self.contains.search(key if contains is True else contains):
            return True
        if raw is None:
            return False
        return (self.anchored_index is not None and self.anchored_index.match(raw) is not None) or \
            (self.regex is not None and self.regex.search(raw) is not None)

    def mentioned(self, key: str, words: int) -> bool:
        """Whether a (short, no story sentence) line names one of the category's topic words."""
        return self.mentions is not None and words <= CONTAINS_MAX_WORDS and self.mentions.search(key) is not None


def _prefix_key(phrase: str) -> str:
    # Prefix phrases may end in ":" or a space, which is meaningful ("by " must not match "bystander").
    text = unicodedata.normalize("NFKC", phrase).casefold()
    text = _fold_alef(_ARABIC_MARKS.sub("", text)).replace("’", "'")
    return _SPACES.sub(" ", text).lstrip()


def _prefix_pattern(prefixes: set[str]) -> re.Pattern | None:
    """One anchored regex for all prefixes; a prefix ending in a letter must end a word ("by " vs "bystander")."""
    if not prefixes:
        return None
    parts = [re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in sorted(prefixes, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(parts) + ")")


def _validate(name: str, data: object) -> dict[str, dict[str, list[str]]]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"phrases/{name}.yaml: expected a mapping of categories, got {type(data).__name__}")
    for category, kinds in data.items():
        if category not in CATEGORIES and category not in GROUPS:
            raise ConfigError(
                f"phrases/{name}.yaml: unknown category {category!r}; valid: {', '.join(CATEGORIES + tuple(GROUPS))}"
            )
        if not isinstance(kinds, dict):
            raise ConfigError(f"phrases/{name}.yaml: {category} must map match kinds to lists")
        for kind, phrases in kinds.items():
            if kind not in KINDS:
                raise ConfigError(f"phrases/{name}.yaml: {category}: unknown match kind {kind!r}; valid: {', '.join(KINDS)}")
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
                raise ConfigError(f"phrases/{name}.yaml: {category}.{kind} must be a list of non-empty strings")
            if kind == "regex":
                for pattern in phrases:
                    try:
                        re.compile(pattern)
                    except re.error as exc:
                        raise ConfigError(f"phrases/{name}.yaml: {category}: bad regex {pattern!r}: {exc}") from exc
    return data


def _word_pattern(phrases: list[str]) -> re.Pattern | None:
    """One regex finding any of the phrases as whole words in a `match_key` text."""
    keys = [match_key(p) for p in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)") if keys else None


def story_sentence(text: str, words: int) -> bool:
    """A sentence that reports rather than speaks to the reader: it ends a sentence, has some length and, outside
    its quotes, no "you", "we", "je", "u", "نحن" … ("Investigators found that 14 advertising cookies were set";
    not "We use cookies to give you the best experience"), or a speaker's verb after its first word (`SPEAKER`:
    "De gemeente stuurt de uitslag rechtstreeks in je mailbox, zegt de wethouder"). A topic word (the ``mentions``
    phrases) in it is the story's subject, not a widget."""
    if words < STORY_SENTENCE_MIN_WORDS or not TERMINAL.search(text):
        return False
    # a speaker's verb after the first word makes a sentence that says "je"/"you" reporting all the same
    return not addresses_reader(text) or reports_speaker(text)


def reports_speaker(text: str) -> bool:
    """Whether a line names a speaker's verb after its first word, outside its quotes (`SPEAKER`: "…, zegt de
    wethouder", "…, the mayor said"): it reports what someone said, even where it says "you" / "je"."""
    outside = _QUOTED.sub(" ", text)
    if SPEAKER.search(match_key(outside), 1) is not None:
        return True
    # ... or the notices' reporting verbs (one list with their guards): "…, Meta wrote in a blog post", "…, laat
    # een woordvoerder weten"; after the first word, as SPEAKER is read
    first = re.match(r"\s*\S+", outside)
    return _REPORTING_VERB.search(outside, first.end() if first else 0) is not None


def reports_source(text: str) -> bool:
    """Whether a line reports a source anywhere outside its quotes, its first word too (`_REPORTED`: "said",
    "aldus", "volgens", "وقالت", "بحسب"): a story's sentence, where a linked headline written as a sentence names
    no speaker ("Council approves new cycle lanes."; "وقالت الهيئة إن …" is the story going on)."""
    return _REPORTED.search(match_key(_QUOTED.sub(" ", text))) is not None


def addresses_reader(text: str) -> bool:
    """Whether a line speaks to the reader outside its quotes ("you", "we", "je", "u", "نحن" …: `_ADDRESS`), as a
    widget does and a story's reporting does not."""
    outside = _QUOTED.sub(" ", text)
    return _ADDRESS.search(match_key(outside)) is not None or _LOWER_US.search(outside) is not None


def load_phrase_data(texts: dict[str, str]) -> dict[str, PhraseSet]:
    """Compile phrase YAML documents (name -> YAML text) into one PhraseSet per category, then one per group
    (`GROUPS`: a group's phrases are its category's too, where it has one)."""
    merged: dict[str, dict[str, list[str]]] = {c: {k: [] for k in KINDS} for c in CATEGORIES + tuple(GROUPS)}
    for name, text in texts.items():
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"phrases/{name}.yaml: not valid YAML: {exc}") from exc
        for category, kinds in _validate(name, data).items():
            for kind, phrases in kinds.items():
                if kind == "regex":
                    phrases = [_with_reported(p) for p in phrases]
                merged[category][kind].extend(phrases)
                if GROUPS.get(category):
                    merged[GROUPS[category]][kind].extend(phrases)
    sets = {}
    for category, kinds in merged.items():
        anchored = [p for p in kinds["regex"] if p.startswith("^")]
        sets[category] = PhraseSet(
            exact=frozenset(match_key(p) for p in kinds["exact"]),
            prefixes=_prefix_pattern({_prefix_key(p) for p in kinds["prefix"]}),
            contains=_word_pattern(kinds["contains"]),
            mentions=_word_pattern(kinds["mentions"]),
            regex=_alternation([p for p in kinds["regex"] if not p.startswith("^")]),
            wholes=frozenset(match_key(p) for p in kinds["exact"] + kinds["prefix"]),
            anchored_index=FirstCharIndex(anchored, _PHRASE_FLAGS) if anchored else None,
        )
    return sets


def _alternation(patterns: list[str]) -> re.Pattern | None:
    """One pattern for a category's regex phrases (matched ignoring case), or None when it has none."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), _PHRASE_FLAGS) if patterns else None


#: regex phrases are matched ignoring case
_PHRASE_FLAGS = re.IGNORECASE

#: a reporting verb, in the text as written (any case), en/nl/ar: a sentence that names one after a site notice's
#: words reports the notice ("We have updated our terms of service …, Meta wrote in a blog post", "Je account wordt
#: geblokkeerd …, waarschuwt de bibliotheek", "… ، وأعلنت الشركة …") and is the story's. A notice's own sentence
#: names none ("the message read" needs its noun: "Read our FAQ" is the notice's; "say" is a pitch's word too, and
#: "Laat het ons weten" asks the reader)
_REPORTING_VERBS = (
    r"said|says|told|tells|added|adds|wrote|writes|warned|warns|explained|explains|announced|announces|stated"
    r"|claimed|reported|spokes(?:wo)?man|spokesperson|reads"
    r"|(?:message|notice|e-?mail|text|letter|note|sign|screen|banner|warning|alert|statement)\s+read"
    r"|aldus|zei|zegt|zeiden|meldt|meldde|schrijft|schreef|stelt|stelde|waarschuwt|waarschuwde|verklaart|verklaarde"
    r"|stond|(?:laat|liet|lieten)(?!\s+(?:het\s+)?(?:ons|me|mij|even)\s)(?:\s+\S+){0,6}?\s+weten"
    r"|و?(?:قال|قالت|ذكر|ذكرت|كتب|كتبت|[اأ]علن|[اأ]علنت|[اأ]وضح|[اأ]وضحت|حذر|حذرت|[اأ]ضاف|[اأ]ضافت|[اأ]كد|[اأ]كدت)"
)
#: `_REPORTING_VERBS` with a word's edges; `reports_speaker` asks for it beside `SPEAKER`
_REPORTING_VERB = re.compile(rf"(?<!\w)(?:{_REPORTING_VERBS})(?!\w)", re.IGNORECASE)
#: the verbs and the sources ("according to", "volgens", "بحسب", "وفقاً"), with their edges: one list for every site
#: notice's guard (a policy change, a paywall, an account block), which a regex phrase asks for as ``{reported}``
#: inside its own window ("(?![^.!?]{0,200}{reported})"); `load_phrase_data` writes it out. A source only in a notice's
#: guard: a widget writes "… according to our cookie policy" too, but no notice pattern reads on to it
REPORTING_VERBS = rf"(?<!\w)(?:{_REPORTING_VERBS}|according\s+to|volgens|بحسب|حسبما|وفق|وفقا|وفقًا|وفقاً)(?!\w)"


def _with_reported(pattern: str) -> str:
    """A regex phrase with its ``{reported}`` written out (`REPORTING_VERBS`); "{" with no digit after it is no
    quantifier in Python's re, so the placeholder cannot be read as part of a phrase's own pattern."""
    return pattern.replace("{reported}", REPORTING_VERBS)


@functools.lru_cache(maxsize=1)
def phrase_sets() -> dict[str, PhraseSet]:
    """The packaged phrase lists, parsed once per process."""
    folder = resources.files("newsbrief") / "phrases"
    texts = {}
    for name in LANGUAGE_FILES:
        try:
            texts[name] = (folder / f"{name}.yaml").read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"phrases/{name}.yaml is missing from the installed package; reinstall newsbrief") from exc
    return load_phrase_data(texts)


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
# (a slash with a space after it too: ABC's "/ By Bridget Herrmann" sets its byline off so; a path's "/news" is no bullet)
_LEADING_BULLETS = re.compile(r"^(?:[\s•·▪●◦‣»>*–—-]|/(?=\s))+")
#: a player's or a reading-time widget's length set off from its label: "Listen to this article · 4 min",
#: "Luister naar dit artikel | 3 min", "استمع إلى المقال · 3 دقائق", "Audio (4:32)", "8 min · Listen" (a separator or
#: brackets, then minutes, or m:ss at the line's end; minutes at its start: a clock time opens a schedule's line,
#: "3:30 – 8:00 pm"; each part bounded: linear)
_MINUTES = r"\d{1,3}\s*(?:min|mins|minutes?|minuut|minuten|دقائق|دقيقة|د)\.?"
_DURATION_UNIT = rf"(?:{_MINUTES}|\d{{1,3}}:\d{{2}})"
_TRAILING_DURATION = re.compile(rf"(?:[·•|–—]\s*\(?{_DURATION_UNIT}\)?|\({_DURATION_UNIT}\))\s*$")
_LEADING_DURATION = re.compile(rf"^\s*\(?{_MINUTES}\)?\s*[·•|–—]\s*")


def without_duration(text: str) -> str:
    """A line without the length a player or a reading-time widget shows beside its label ("Listen to this article
    · 4 min" -> "Listen to this article"): the label is what the phrase lists name; the line itself if it has none."""
    bare = _LEADING_DURATION.sub("", _TRAILING_DURATION.sub("", text, count=1), count=1).rstrip()
    return bare if bare.strip() and bare != text.rstrip() else text


def categories_of(text: str, words: int, contains: bool = True) -> list[str]:
    """Every category whose phrases match this line (in the order of `CATEGORIES`). `contains=False`: by the
    exact, prefix and regex phrases only (a sentence that mentions "newsletter" is no widget)."""
    return phrase_matches(text, words, contains)[0]


def phrase_matches(text: str, words: int, contains: bool = True) -> tuple[list[str], list[str]]:
    """The categories whose phrases match this line (see `categories_of`), and those of them that only a
    ``mentions`` topic word matched (a headline "Regulator fines retailer over cookie banners" may still be one)."""
    if words > MAX_PHRASE_WORDS or len(text) > MAX_PHRASE_LINE:
        return [], []  # no widget line is this long; don't run every pattern over every paragraph
    if len(text) <= 200:
        found, mentioned = _categories_cached(text, words, contains)  # menus repeat the same lines many times
        return list(found), list(mentioned)
    return _categories(text, words, contains)


def categories_among(text: str, words: int, wanted: tuple[str, ...]) -> list[str]:
    """Those of the categories `wanted` that `categories_of(text, words, contains=False)` has (in `wanted`'s order),
    matching only their phrase sets: a caller that reads three categories of a line need not try the other twelve
    (misc's 300 regex phrases above all). A line with a player's duration beside its label is read in full (the label's
    line counts only where every category it matches is furniture: `_categories`), as it is rare."""
    if words > MAX_PHRASE_WORDS or len(text) > MAX_PHRASE_LINE:
        return []
    if without_duration(text) != text:
        found = categories_of(text, words, contains=False)
        return [c for c in wanted if c in found]
    # `_categories` of a line without a duration is, category by category, a match in either form (`in_group`)
    return [c for c in wanted if in_group(text, words, c, contains=False)]


@functools.lru_cache(maxsize=8192)
def _categories_cached(text: str, words: int, contains: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found, mentioned = _categories(text, words, contains)
    return tuple(found), tuple(mentioned)


def _variants(text: str) -> tuple[tuple[str, str, str | None, str], ...]:
    """`_line_forms(text)`, kept in a cache for a line up to `KEY_CACHE_MAX_CHARS` long: the line tests ask for the
    forms of the same line once per group (`in_group`, `whole_phrase`: a dozen groups a line), and forming them costs
    two keys and two prefix keys (Unicode normalisation, case folding, the Arabic folds), 40 % of `in_group`'s time.
    A long line is formed afresh each time, as `match_key` does, so the cache never holds megabytes."""
    if len(text) <= KEY_CACHE_MAX_CHARS:
        return _cached_forms(text)
    return _line_forms(text)


def _line_forms(text: str) -> tuple[tuple[str, str, str | None, str], ...]:
    """The forms of a line that `PhraseSet.matches` compares, (key, loose, raw, line), with its lower->upper joins
    split, and, where that split changed the line, the forms of the line as written. Scrapers glue neighbouring
    elements ("You might also likeRELATED", "Sign up for ourNewsletter"), which the split parts for matching; but a
    platform's name has an inner capital of its own ("YouTube", "LinkedIn", "WhatsApp", "TikTok"), which the split
    cut in two ("You Tube"): a line matches in either form (a lone "LinkedIn" share button). The form as written is
    read by the word phrases only (exact, prefix, contains: its raw part is None): the regex phrases are written for
    the split form ("blog ?this!", "linked ?in" in a share bar), and a quoted post's "pic.twitter.com/KQLpngeTbO" link,
    which the split keeps from matching "…/\\w+$", is the story's quotation. `line`: the text the story-sentence
    tests read."""
    raw = text.strip()
    unglued = _GLUED.sub(" ", raw)
    forms: list[tuple[str, str, str | None, str]] = [
        (match_key(unglued), _prefix_key(_LEADING_BULLETS.sub("", unglued)) + " ", unglued, unglued)]
    if unglued != raw:
        forms.append((match_key(raw), _prefix_key(_LEADING_BULLETS.sub("", raw)) + " ", None, raw))
    return tuple(forms)


_cached_forms = functools.lru_cache(maxsize=8192)(_line_forms)


def _categories(text: str, words: int, contains: bool = True) -> tuple[list[str], list[str]]:
    bare = without_duration(text)
    if bare != text:
        # a widget's label with its length beside it is the label's line (a story's line names no duration so); a
        # widget's only (a schedule's "10:00 – 3:00 pm" left as "3:00 pm" is no date line)
        found, mentioned = _categories(bare, max(1, words - (len(text.split()) - len(bare.split()))), contains)
        if found and all(c in BOILER_CATEGORIES for c in found):
            return found, mentioned
    variants = _variants(text)
    found, mentioned = _form_categories(variants[0], words, contains)
    if len(variants) == 1:
        return found, mentioned
    more, more_mentioned = _form_categories(variants[1], words, contains)
    both = [c for c in CATEGORIES if c in found or c in more]
    # a topic word's match only where no form matched the category by a phrase
    return both, [c for c in both if (c not in found or c in mentioned) and (c not in more or c in more_mentioned)]


def _form_categories(forms: tuple[str, str, str | None, str], words: int,
                     contains: bool) -> tuple[list[str], list[str]]:
    """`_categories` of one form of the line (`_variants`)."""
    key, loose, raw, line = forms
    story = contains and story_sentence(line, words)
    # in a story sentence, a widget's words count only outside its quotes, and its topic words not at all ...
    where: bool | str = match_key(_QUOTED.sub(" ", line)) if story else contains
    if story and _REPORTED.search(key) and not _LABEL.match(line):
        # ... and in one that reports what someone said, neither the widget wording it opens with nor the widget
        # words inside it: "Subscribers with unlimited access will pay more, the company said" reports a price
        loose, where = "", False
    sets = phrase_sets()
    found, mentioned = [], []
    for c in CATEGORIES:
        if sets[c].matches(key, loose, raw, words, where):
            found.append(c)
        elif contains and not story and sets[c].mentioned(key, words):
            found.append(c)
            mentioned.append(c)
    return found, mentioned


@functools.lru_cache(maxsize=8192)  # menus and comment templates repeat the same lines, as for _categories_cached
def in_group(text: str, words: int, group: str, contains: bool = True) -> bool:
    """Whether a line matches the phrases of `group` (`GROUPS`, or a whole category), as `categories_of` would
    match them with the same `contains` (a line in a group is always in its category too): one set's patterns
    where a caller asks about one category, not every category's."""
    if words > MAX_PHRASE_WORDS or len(text) > MAX_PHRASE_LINE:
        return False
    return any(phrase_sets()[group].matches(key, loose, raw, words, contains)
               for key, loose, raw, _line in _variants(text))


def menu_word(text: str) -> bool:
    """Whether `text` (a word, a title's part) is one of the navigation category's exact phrases, a menu's item or a
    section's name ("News", "World", "Sport", "Nieuws", "رياضة"), compared in the match key's form."""
    return match_key(text) in phrase_sets()["navigation"].exact


def whole_phrase(text: str, group: str) -> bool:
    """Whether a line is one of the exact or prefix phrases of `group` (`GROUPS`, or a whole category) and nothing
    else, its edges' punctuation aside ("ALSO READ:", "Lees ook", "اقرأ أيضاً"; not "Also read: Council fines …")."""
    return len(text) <= MAX_PHRASE_LINE and any(forms[0] in phrase_sets()[group].wholes for forms in _variants(text))
