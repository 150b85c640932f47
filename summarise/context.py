"""Sentences that lean on context a bullet list does not carry, so none of them may stand alone as a takeaway.

* A **post's words**: a story that quotes a social-media post pastes it as its own paragraph, under an intro line
  ("In a post on Wednesday, Helen Marsh wrote:") and/or the post's handle line ("Helen Marsh MP @HelenMarshMP").
  The post's claim is a quotation; as a bullet it would read as the story's own fact, without saying whose it is.
  The handle line and the intro line are both read, so this works whether or not the normaliser removed the handle.
* A **bare anaphor** subject: "Some cannot get cover at all.", "They say the tax is unfair.", "I know because I
  have stood …": the subject ("Some" = the families of the sentence before, "I" = the columnist) names nobody the
  bullet list shows. Only a bare subject right before its verb counts ("Some 40 families …", "This week …", "It is
  expected that …" name their subject or have none). A partitive one ("One of them told me …", "Most of them …")
  counts at any length, and so does any bare anaphor whose sentence before is no candidate itself (a question, an
  answer's fragment: "Where is it now?" / "Just above eight thousand." / "It has roughly doubled …"): no bullet
  can show what it stands for (`leaning_on_notes`; third person only). A personal pronoun ("We spoke to …", "They
  spent …") is a subject before any verb; a demonstrative subject ("That should worry anyone who …") and the unnamed
  "I" count at any length, as a partitive does; an opening adverb or focus word ("Now only two of them are left.")
  is read past (`leaning_at_any_length`, `_subject_part`).
* A **distributive** subject ("Each one was sold to residents as a solution …": each of what?) counts at any
  length, as a partitive does; a **bare reference**, a short sentence whose thing is a bare pronoun at its end or a
  demonstrative after a preposition ("A handful of men still remember it.", "The cost of this arrives quietly."),
  says nothing the bullet can show (`bare_reference`).
* A **cut-off end**: the page's last sentence stops mid-clause ("… competition from Asian manufacturers who can"),
  as a paywall or a truncated scrape leaves it; the bullet would add a full stop and read as complete.
* A **leaning opener**: "Then she announced …", "Later he told MPs …", "He also said …", nl "Daarna …", "Dat
  betekent …", ar "ثم …": a sequence, adding or consequence connective (or a bare pronoun with "also"/"later")
  opens the sentence, which is the second half of a thought whose first half is the sentence before
  (`leaning_openers`; the phrases are data, summarise/connectives.yaml, en/nl/ar). A contrasting one ("But …",
  "However, …") leans too but is deliberately left out: holding it back cost ROUGE on CNN/DM (connectives.yaml).
* A **list item under a lead-in**: "The charges against her include:" then "1. Eight counts of fraud …", "2. Two
  counts of theft …" (or "- …" items, as an HTML list comes out of the normaliser). Each item finishes the lead-in's
  sentence; alone, a bullet would say "Two counts of theft from a person in her care." about nobody, or give what the
  charges, demands or plans contain as the story's own fact.

All work on the English sentences and their paragraph indices (SummaryInput); the few Dutch and Arabic forms cover
text summarised under a forced language (Arabic: the intro verbs of a post, the words no clause ends on, a
demonstrative subject and a partitive "of them"; no Arabic personal-pronoun subjects: the verb carries them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from summarise.faithfulness import ends_on_function_word
from summarise.ingredients import NUMBER_MARK
from summarise.structure import strip_label, strip_stamp
from summarise.text import LIST_GLYPH, SENTENCE_END, word_count, words

# a handle line: a name, then the @handle, nothing else ("Helen Marsh MP @HelenMarshMP", "@HelenMarshMP",
# "Helen Marsh MP (@HelenMarshMP)"); a byline names a handle after a comma, a sentence ends in a full stop
_HANDLE_LINE = re.compile(r"^\s*(?:[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,5}\s+)?\(?@\w{2,30}\)?\s*(?:·\s*\w+)?\s*$")
# an intro line that hands over to a post or a quotation: it ends on a colon after a verb of posting or saying
# ("Helen Marsh wrote:", "On Thursday morning the minister posted again:", nl "schreef:", ar "كتب:"). A verb of
# saying hands over only with the colon right after it or after an adverb, a prepositional phrase or an aside
# ("the minister said:", "she added on Friday:", "Pachter said in a research note:", "Papa says (or implies):"): "An audit report … said the main findings
# were:" gives what was said as the story's own words, the report's findings, not a quotation.
_INTRO = re.compile(
    r"\b(?:(?:wrote|writes|posted|posts|tweeted|tweets|shared|replied|schreef|schrijft|twitterde|"
    r"tweette|plaatste|كتب|كتبت|غرد|غردت|نشر|نشرت)\b[^.!?:]{0,40}"
    r"|(?:said|says|added|zei)\b(?:(?:,?\s+(?:in|on|at|to|of|about|during|after|before|via|from|through|over|with|"
    r"yesterday|today|tonight|later|earlier|again|then|recently|afterwards|also|simply|tegen|op|bij)\b|\s*\()"
    r"[^.!?:]{0,40})?"
    r"\s*):\s*$",
    re.IGNORECASE,
)
# a line that names the platform a post was made on, then hands over to it: "Priya Ravindra (@PriyaRavindra) on X:",
# "The minister's post on Instagram:", nl "Wopke Hoekstra op X:", ar "… على منصة إكس:" (a line of its own, ending
# on the colon: a story's sentence about a platform ends in a full stop)
_PLATFORM = (r"(?:x|twitter|instagram|facebook|tiktok|threads|bluesky|mastodon|linkedin|youtube|telegram|truth social|"
             r"[إا]كس|تويتر|[إا]نستغرام|[إا]نستجرام|[إا]نستقرام|فيسبوك|فيس بوك|تيك توك|تيليجرام|تلغرام|يوتيوب)")
_ON_PLATFORM = re.compile(
    rf"^[^.!?:]{{0,80}}?\s(?:on|op|via|في|على|عبر)\s+(?:(?:منصة|موقع|تطبيق)\s+)?{_PLATFORM}\s*:\s*$", re.IGNORECASE)
# a post's caption ends on its hashtags, with no full stop after them: "Not the start I wanted #recovery #tennis"
# (a story's sentence that names a hashtag ends in a stop: "… under the hashtag #SaveOurBus.")
_HASHTAG_END = re.compile(r"(?<!\w)#\w+\s*$")
#: a post pasted as text is one paragraph, at most this many sentences; a longer run under "X said:" is a transcript
POST_SENTENCES = 6

# a bare anaphor subject, then its verb (English and Dutch: an Arabic sentence most often opens on its verb, so a
# subject-then-verb pattern would not find its anaphors) (an auxiliary or modal, an adverb before it, or a common reporting verb)
_ANAPHOR = (r"(?:some|many|most|others|several|both|all|few|they|it|this|these|those|that|i|we|"
            r"zij|ze|het|dit|dat|hij|sommigen|velen)")
_VERB = (r"(?:is|are|was|were|has|have|had|can|cannot|can't|could|couldn't|will|won't|would|wouldn't|may|might|must|"
         r"should|shall|do|does|did|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|"
         r"also|still|now|never|already|just|even|only|often|say|says|said|know|knew|think|believe|want|wanted|"
         r"need|needed|feel|felt|pay|paid|face|faced|got|get|went|go|lost|lose|"
         r"zijn|waren|hebben|heeft|kunnen|kan|zullen|zal|moeten|moet|worden|wordt|gaan|gaat)")
_BARE_ANAPHOR = re.compile(rf"^\s*{_ANAPHOR}\s+{_VERB}\b", re.IGNORECASE)
# a personal pronoun is a subject whatever word follows it (it is no determiner: "Some 40 families", "This week" are
# why the words above need a verb after them): "We spoke to Ellie Warrender …", "They spent the night …", "It took
# three hours …", "I'm told …", nl "Ik ben …", "Wij hebben …" (nl "ze"/"zij"/"het" are also "she" and an article,
# so they stay above). A closed verb list let "We spoke …" / "I spent …" through
# "It's also put on two extra sailings." is "It has …" with its verb contracted: a subject as much ("Its" is no
# contraction: a determiner)
_PERSONAL = re.compile(r"^\s*(?:(?:i|we|they|ik|wij)(?:\s+[^\W\d_]|['’](?:m|re|ve|d|ll)\b)"
                       r"|it(?:\s+[^\W\d_]|['’](?:s|ll|d)\b))", re.IGNORECASE)
# "It's" / "It’s" as "it is", to read a contracted dummy subject as the full one ("It's expected that …", "It's not
# clear whether …", "It's emerged that …" state the whole point, as "It is expected that …" does: `_DUMMY_IT`)
_IT_CONTRACTED = re.compile(r"^(\s*it)['’]s\b", re.IGNORECASE)
# a sentence adverb or a focus word before the subject hides it from the patterns, which read the sentence's first
# words: "Now only two of them are left.", "But they say …", "Still, some cannot …", "Just one of them …", nl "Nog maar
# twee van hen …", "Toch zeggen …" (verb second: no subject after it, no match). Read past it (`_subject_part`); a
# connective that also needs the sentence before ("Then", "Later") is judged on its own elsewhere (connectives.yaml:
# the leaning openers; bullets._CONNECTIVES is what a kept bullet loses from its opening: three jobs, three lists)
_LEAD_IN = re.compile(
    r"^\s*(?:(?:now|today|still|yet|so|but|and|even so|instead|meanwhile|nu|inmiddels|toch|maar|en|intussen)"
    r"\s*,?\s+)?(?:(?:only|just|nearly|almost|barely|at least|slechts|maar|nog|pas|bijna|ruim)\s+){0,2}",
    re.IGNORECASE)
# a word in -s that is a noun's, not a verb's, ending, read as lookbehinds right after the "s": "-ss" (this process,
# this success), "-is" (this crisis), "-us" (this bus, this status), "-ws" (this news), "-as" (this Christmas, this
# gas), "-os" (this chaos), "-ics" (this politics), and the singular nouns in "-ies" ("-ies" is mostly a verb's:
# "This applies …", "That implies …"). One fragment for _DEMONSTRATIVE_SUBJECT and _PREP_DEMONSTRATIVE
_NOUN_S = (r"(?<!ss)(?<!is)(?<!us)(?<!ws)(?<!as)(?<!os)(?<!ics)(?<!series)(?<!species)(?<!rabies)(?<!diabetes)"
           r"(?<!measles)(?<!headquarters)(?<!whereabouts)(?<!crossroads)")
# after "this"/"that" + a word in -ed, the next word of a verb: the end or a mark, a determiner or an object pronoun,
# a preposition or a conjunction, an adverb in -ly, a number, a name, or a plural object ("This sparked protests");
# a bare singular word ("That watershed moment", "This revised plan", "That failed bid") is the noun the -ed word
# heads or qualifies, and the subject names itself. (A bare mass-noun object, "This sparked outrage", reads so too.)
_ED_VERB_NEXT = (
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|much|more|"
    r"no|every|all|both|it|him|them|us|me|you|everyone|everything|nothing|nobody|anyone|anything|in|on|at|to|into|"
    r"onto|from|with|without|for|by|after|before|during|until|when|while|as|because|since|and|but|or|so|what|how|"
    r"why|who|where|up|down|out|off|over|through|across|against|again|little|further|[a-z]+ly)\b|\d|(?-i:[A-Z])|"
    rf"(?!{_VERB}\b)[a-z]+s\b))")
# a demonstrative pronoun as the subject ("That should worry anyone who cares …", "This means the scheme …", "These
# are the people …", nl "Dat betekent …", "Dit leidde …") stands for the sentence before at any length, as a partitive
# does: a long sentence on "That" still never says what "that" is. Its verb: one of _VERB's, a word in -s after
# "this"/"that" that is no noun's ending (`_NOUN_S`, shared with _PREP_DEMONSTRATIVE: "this crisis", "this news",
# "this bus", "this Christmas", "this series" are nouns), a past tense in -ed with a verb's next word after it
# (`_ED_VERB_NEXT`: "That changed when …", "This prompted the council to …"; "That watershed moment came …", "This
# revised plan will …" head a noun; "this speed", "this bed" are too short to count) or a common irregular one
_DEMONSTRATIVE_SUBJECT = re.compile(
    # ("That said, Ferrari are stronger …" counts too: a concession to the sentence before, which it needs as much)
    # ("That's why …", "That'll mean …": the demonstrative with its verb contracted)
    r"^\s*(?:(?:this|that)['’](?:s|ll|d)\b"
    rf"|(?:this|that|these|those|dit|dat|deze|die)\s+(?:{_VERB}|led|left|meant|made|came|took|gave|put|set|"
    r"cost|sent|brought|became|began|saw|shows|showed|betekent|betekende|leidt|leidde|laat|liet|maakt|maakte|"
    r"zorgt|zorgde|komt|kwam|blijft|bleef|is|was)\b"
    rf"|(?:this|that)\s+[a-z]+s{_NOUN_S}\b"
    rf"|(?:this|that)\s+[a-z]{{3,}}(?<!e)ed\b{_ED_VERB_NEXT}"
    # ar: a demonstrative with no definite noun after it is the subject ("وهذا يعني أن …"; "هذا الأسبوع" is "this week")
    r"|و?(?:هذا|هذه|ذلك|تلك|هؤلاء|أولئك)\s+(?!ال)[^\W\d_])", re.IGNORECASE)
# the writer's or a speaker's "I" never says who speaks, at any length: "I took photos and sent them to my supervisor,
# who rang me back within ten minutes." under an interviewer's question or in a column ("I spent eleven years in the
# planning department."); a bullet list gives it as nobody's (a speaker's label is read past: a bullet drops it too)
_FIRST_SINGULAR = re.compile(r"^\s*(?:i|ik)(?:\s+[^\W\d_]|['’](?:m|ve|d|ll)\b)", re.IGNORECASE)
# ... and as part of a compound subject among the sentence's first words, after an opening phrase too: "Last August,
# three neighbours and I put a fridge …", "My wife and I …", nl "Afgelopen zomer zetten drie buren en ik …", ar "قمت
# أنا وثلاثة من جيراني …" (tester29b F1): who "I" is, the bullet list does not say either. At most
# FIRST_PERSON_WORDS words before it (each a run of non-spaces: no backtracking across a word), none opening on or
# holding a quotation mark: '“My wife and I were terrified,” said Tom Hale' is a named speaker's "I" (review 29b, 6)
FIRST_PERSON_WORDS = 8
_FIRST_SINGULAR_JOINED = re.compile(
    rf"^\s*(?:[^\s.!?؟\"“”„«»‘']+\s+){{1,{FIRST_PERSON_WORDS}}}?(?:(?:and|en)\s+(?:i|ik)\s+[^\W\d_]|أنا\s+و)"
    r"|^\s*(?:me|mij)\s+(?:and|en)\s+[^\W\d_]", re.IGNORECASE)
# a partitive of a personal pronoun as the subject ("One of them told me …", "Most of them …", nl "Een van hen …"):
# who "them" are is always in an earlier sentence ("Many of those in the crowd …" says whom it means)
_PARTITIVE = re.compile(
    r"^\s*(?:one|two|three|four|five|some|many|most|all|none|each|either|neither|both|several|few|a few|half|any|"
    r"another|the rest|een|één|twee|drie|sommigen|velen|de meesten|geen|ieder|elk|a handful|a dozen|dozens|hundreds|"
    r"thousands|a third|a quarter|\d+)\s+(?:of|van)\s+"
    r"(?:them|hen|hun)\b(?!\s*,)"  # "One of them, the Services Network, has …" names it
    # ar: a quantifier carrying "them" ("بعضهم", "معظمها"), or "of them" after its first words ("اثنان منهم",
    # "لم يبق منهم سوى اثنين": only two of them are left)
    r"|^\s*و?(?:بعض|معظم|أغلب|غالبية|كل|أحد|إحدى|جميع)(?:هم|هن|ها)(?!\w)"
    r"|^\s*(?:[^\s.!?؟]+\s+){1,3}(?:منهم|منهن|منها)(?!\w)", re.IGNORECASE)
# a distributive subject: "Each one was sold to residents as …", "Each has arrived without …", nl "Elk daarvan …":
# each of the things the sentence before named, at any length (as a partitive: "each one" is "each of them"). "Each
# one of the 30 schools will receive …" / "Every one of the 12 victims was …" name the things themselves: only "of"
# + "them" or a bare "these"/"those" still points back ("Every one of these homes …" heads its noun, as "All of these
# homes …" does for bare_anaphors)
_DISTRIBUTIVE = re.compile(
    r"^\s*(?:(?:each|every)\s+one(?!\s+of\s+(?!them\b|(?:these|those)\s+(?:is|was|has|had|will|would|can|could|must)\b))"
    r"|each(?=\s+(?:is|was|has|had|will|would|can|could|must|came|comes|got|gets)\b)|"
    r"(?:elk|ieder|elke|iedere)(?:\s+(?:daarvan|ervan|van\s+hen))|elk\s+één|ieder\s+één)\b(?!\s*,)", re.IGNORECASE)
# a short sentence that refers to what came before with a bare pronoun where a noun should stand: it ends on one ("A
# handful of men still remember it.", "Nobody expected that.", nl "Niemand verwachtte dat.") or a demonstrative
# follows a preposition and is itself followed by a verb or the end ("The cost of this arrives quietly.", "Much of
# that is gone."): the sentence says something about a thing the bullet list does not name. A verb here: one of
# _VERB's, or after "this"/"that" a word in -s that is no noun's ending (`_NOUN_S`: "this crisis", "this news", "this
# bus", "after this Christmas"; after "these"/"those" a word in -s is the plural noun they head). Nouns that a
# demonstrative heads ("the cost of this plan", "all of these homes") keep the sentence.
# (read on the sentence with its end's whitespace stripped, `bare_reference`: no whitespace run to retry from every
# position). A pronoun that is the object of a second verb joined by "and" stands for the first verb's object, named
# in the sentence ("Police arrested three men and charged them.", "De raad keurde het plan goed en publiceerde het."),
# and "ze" right after a speech verb is the speaker ('"Het is klaar", zei ze.'): neither leans on an earlier sentence
# (`_OWN_REFERENT`, below the speech verbs)
_ENDS_ON_PRONOUN = re.compile(r"\b(?:it|this|that|these|those|them|het|dit|dat|ze)[.!?]?[\"'”’]?$", re.IGNORECASE)
_PREP_DEMONSTRATIVE = re.compile(
    r"\b(?:of|about|for|with|from|by|after|before|behind|despite|van|over|voor|met|na)\s+"
    rf"(?:(?:this|that|dit|dat)\s+[a-z]+s{_NOUN_S}\b|"
    rf"(?:this|that|these|those|dit|dat|deze|die)\s+{_VERB}\b)", re.IGNORECASE)
#: a sentence of at most this many words that leans on a bare pronoun (`_ENDS_ON_PRONOUN`, `_PREP_DEMONSTRATIVE`)
#: says nothing of its own; a longer one names enough ("The council said it would consider it.") to stand
BARE_REFERENCE_WORDS = 8

# "It is/was …" with a dummy subject: "It is expected that …", "It was not clear whether …", "It was announced on
# Monday that …", "It has emerged that …" state the whole point. A few words may come between a participle or an
# adjective and "that"/"whether" (a time or place); "to" only right after it ("It was sold last year to a rival"
# names a thing), and no noun phrase ("It is a song that will never die": "It" is the song).
# After has/had only the participles of a dummy subject: "It has said that it will appeal" is a company speaking.
_DUMMY_IT = re.compile(
    r"^\s*it\s+(?:(?:is|was|has been|had been|will be|would be|remains|remained)\s+(?:not\s+)?"
    r"(?:(?:\w+ed|\w+en|said|told|thought|understood|known|clear|unclear|likely|unlikely|possible|true)\s+"
    r"(?:[\w£$€%',’-]+\s+){0,3}?(?:that|whether)|(?:\w+\s+)?(?:that|whether|to|unclear|clear|understood|"
    r"thought|believed|expected|likely|unlikely|possible|impossible))"
    r"|(?:has|have|had)\s+(?:not\s+)?(?:emerged|transpired|become|come|turned|proved|proven|appeared|seemed)\s+"
    r"(?:\w+\s+){0,3}?(?:that|whether|to|clear|unclear|likely|unlikely)"
    # the simple tenses of the same verbs, and an extraposed "to" ("It took crews three hours to …"): any word after
    # "it" makes it a subject (_PERSONAL), so these dummy forms are named here
    r"|(?:emerged|transpired|appears|appeared|seems|seemed|turns\s+out|turned\s+out)\s+"
    r"(?:\w+\s+){0,3}?(?:that|whether|to|as\s+if|as\s+though|clear|unclear|likely|unlikely)"
    r"|remains\s+to\s+be\s+seen|(?:takes|took|will\s+take)\s+(?:[\w£$€%',’-]+\s+){0,4}?to)\b", re.IGNORECASE)

# words a clause does not end on, past FUNCTION_ENDINGS (determiners, prepositions, conjunctions): auxiliaries and
# modals, relative and subject pronouns, prepositions; nl and ar ones for text summarised under a forced language.
# No Dutch separable-verb particle or sentence adverb ("op aan voor door niet wel ook al"): a complete Dutch clause
# ends on them ("Het kabinet stapt volgende week niet op", "De minister stelt een nieuw plan voor")
_OPEN_ENDINGS = frozenset(
    "who which that where when can could will would shall should may might must is are was were has have had do does "
    "did be been being not also i we they he she from with for at by about under "
    "de het een en of dat die dit om te van met naar bij als maar nog is zijn was "
    "wordt werd heeft hebben kan zal zou moet wie waar "
    "عن في من إلى على أن إن الذي التي الذين و أو ثم لكن قد لم لن كان كانت مع بين حول".split()
)
# a last sentence that ends so is no cut: a sentence's end, a closing bracket, the Urdu-style full stop "۔" (not an
# ellipsis: that is a cut, _CUT_MARK)
_ENDED = SENTENCE_END + (")", "]", "۔")
_CUT_MARK = ("…", "...")
#: a sentence shorter than this may be a heading or a credit at the page's end, not a cut-off statement
CUT_MIN_WORDS = 6

# a list item's marker opening its paragraph: a bullet (text.LIST_GLYPH: "- ", "• ", "* ") or a number ("1. ", "2) ", "No. 3: ", "#4 ")
# (the number's marker is ingredients.NUMBER_MARK, one for the summariser and the normaliser)
_ITEM_MARK = re.compile(rf"^\s*(?:{LIST_GLYPH}|(?:No\.\s*|#)\d{{1,2}}\s*[.):]?|{NUMBER_MARK})\s+(?=\S)")
#: a list under a lead-in has at least this many items (one marked line after a colon may be anything)
MIN_LIST_ITEMS = 2


def _by_paragraph(paragraphs: list[int]) -> tuple[dict[int, list[int]], list[int]]:
    """({paragraph: its sentence indices}, the paragraphs in page order)."""
    by_par: dict[int, list[int]] = {}
    for i, p in enumerate(paragraphs):
        by_par.setdefault(p, []).append(i)
    return by_par, sorted(by_par)


def post_words(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences of a quoted post or quotation block: the paragraph after a handle line, or after an
    intro line ending "<verb of posting or saying>:" (`_INTRO`) or "on <platform>:" (`_ON_PLATFORM`; skipping a
    handle line between them), when it is at most POST_SENTENCES sentences, short enough to be one post; and a
    paragraph that ends on a hashtag (`_HASHTAG_END`), a post's caption. A post that opens as a quotation of its own is marked
    too (`whole_quotation` may also have it)."""
    by_par, order = _by_paragraph(paragraphs)
    out: set[int] = set()
    for k, p in enumerate(order):
        last = sentences[by_par[p][-1]]
        handle = len(by_par[p]) == 1 and bool(_HANDLE_LINE.match(last))
        if len(by_par[p]) <= POST_SENTENCES and _HASHTAG_END.search(last):
            out.update(by_par[p])  # a caption, whatever stands above it (its embed's chrome is removed)
        if not (handle or _INTRO.search(last) or _ON_PLATFORM.match(last)):
            continue
        nxt = k + 1
        if not handle and nxt < len(order) and len(by_par[order[nxt]]) == 1 \
                and _HANDLE_LINE.match(sentences[by_par[order[nxt]][0]]):
            nxt += 1  # intro line, handle line, then the post
        if nxt < len(order) and len(by_par[order[nxt]]) <= POST_SENTENCES:
            out.update(by_par[order[nxt]])
    return out


def _subject_part(sentence: str) -> str:
    """`sentence` from its subject on: past a speaker's or an answer's label (`strip_label`) and an opening sentence
    adverb or focus word (`_LEAD_IN`: "Now only two of them are left." -> "two of them are left.")."""
    s = strip_label(sentence)
    return s[_LEAD_IN.match(s).end():]


def _bare_subject(sentence: str) -> bool:
    """Whether a sentence (its label and opening adverb read past: `_subject_part`) opens on a bare anaphor
    (`_BARE_ANAPHOR`, `_PERSONAL`); "It is expected that …" is none (`_DUMMY_IT`)."""
    s = _subject_part(sentence)
    return bool(_BARE_ANAPHOR.match(s) or _PERSONAL.match(s)) and not _DUMMY_IT.match(_IT_CONTRACTED.sub(r"\1 is", s))


def leaning_at_any_length(sentence: str) -> bool:
    """Whether a sentence's subject points back whatever else it says: a partitive ("Now only two of them are
    left."), a distributive ("Each one was sold …"), a demonstrative ("That should worry anyone who …") or the
    unnamed "I" (`_FIRST_SINGULAR`); its label and opening adverb are read past (`_subject_part`)."""
    s = _subject_part(sentence)
    return bool(_PARTITIVE.match(s) or _DISTRIBUTIVE.match(s) or _DEMONSTRATIVE_SUBJECT.match(s)
                or first_person_singular(s))


def first_person_singular(sentence: str) -> bool:
    """Whether the unnamed "I" is the sentence's subject, alone ("I spent eleven years …") or in a compound subject
    ("Three neighbours and I put …"): `_FIRST_SINGULAR`, `_FIRST_SINGULAR_JOINED`."""
    return bool(_FIRST_SINGULAR.match(sentence) or _FIRST_SINGULAR_JOINED.match(sentence))


# a person's bare pronoun as the subject, at the start or after a short fronted phrase of lower-case words ("She has
# sold 40 of her 65 cows …", "For most of her life she heard …", "This summer she hears …", nl "Zij heeft …", "Deze
# zomer hoort ze …" (verb second: one word between), ar "وهي تبيع …"). Who "she" is stands in an earlier sentence:
# the summariser ranks such a sentence below self-contained ones until a chosen bullet before it can name her
# (extractive._choose); not a note as "It/They" are, since news names its person right before and often keeps them
_FRONTED = r"(?:for|in|on|at|after|before|this|last|every|each|when|since|during|until|now|then|later|today|" \
           r"voor|na|op|deze|dit|vorig|vorige|elke|toen|sinds|nu|later|vandaag|gisteren)"
_PERSON_SUBJECT = re.compile(
    rf"^\s*(?:{_FRONTED}(?:\s+[a-zà-ÿ0-9'’-]+){{0,6}}?,?\s+(?:[a-zà-ÿ]+\s+)??)?(?:he|she|hij|zij|ze)\s+[^\W\d_]"
    r"|^\s*[وف]?(?:هو|هي)\s", re.IGNORECASE)


def person_pronoun_subject(sentence: str) -> bool:
    """Whether a sentence's subject is a person's bare pronoun (`_PERSON_SUBJECT`), its label and opening adverb read
    past (`_subject_part`)."""
    return bool(_PERSON_SUBJECT.match(_subject_part(sentence)))


def bare_anaphors(sentences: list[str], max_words: int = 1000, bullet=None, speaker: bool = False) -> set[int]:
    """Indices of the sentences whose subject is a bare anaphor (`_bare_subject`) and whose bullet (`bullet`: the
    sentence -> bullet text; the sentence itself if None) is at most `max_words` words: what stands alone, past
    the first sentence (the referent is in an earlier one, which the bullet list may not show); the first sentence
    too where its subject is the unnamed "I" (`first_person_singular`, read past its label by `_subject_part`). A speaker's or an
    answer's label ("MARCUS OBI: They have hedged …") is read past. "He"/"She" are not counted: news names a person
    right before, and the summariser already down-weights them (PRONOUN_START). `speaker`: the page is a speech
    (summarise/pleasantries.py, `spoken`), whose "I" is the speaker the page is of ("Today I can confirm that the
    government will invest £120 million …" is the speech's news): a sentence on "I" is then no anaphor."""
    # the unnamed "I" stands for nobody the text names, in the first sentence too (a column's or a post's opening
    # "Last August, three neighbours and I put …" was takeaway 1: tester29b F1); an anaphor's referent is earlier
    def speakers(s: str) -> bool:
        return speaker and first_person_singular(_subject_part(s))

    return {i for i, raw in enumerate(sentences) if i > 0 and (
        not speakers(s := strip_label(raw)) and (leaning_at_any_length(s) or (
            _bare_subject(s) and word_count(bullet(s) if bullet else s) <= max_words)) or bare_reference(s))
            or i == 0 and first_person_singular(_subject_part(raw)) and not speaker}


def bare_reference(sentence: str) -> bool:
    """Whether a short sentence (at most BARE_REFERENCE_WORDS words) leans on a bare pronoun for its thing: it ends
    on one ("A handful of men still remember it.") or a demonstrative after a preposition stands for a noun ("The
    cost of this arrives quietly.")."""
    if word_count(sentence) > BARE_REFERENCE_WORDS:
        return False
    end = sentence.rstrip()
    return bool((_ENDS_ON_PRONOUN.search(end) and not _OWN_REFERENT.search(end)) or _PREP_DEMONSTRATIVE.search(end))


# a quotation whose only speaker is a bare pronoun: '"This will change everything," he said.', 'She said: "…"',
# '"…", zei ze.', '"…", aldus hij.', Arabic 'وقالت: «…»', 'وأضاف إن «…»' (the verb with no subject named after it:
# "قال الوزير" names one). Who "she" is stands in an earlier sentence, which the bullet list may not show: a quote is
# someone's claim, and a bullet that does not say whose gives it as the story's own fact (the bare it/this/they
# subjects above are the same idea). The summariser down-weights these (ExtractiveConfig.pronoun_speakers): holding
# them back outright cost ROUGE on CNN/DM (whose highlights keep some), the weight does not
_SAY_EN = (r"(?:said|says|added|adds|told|tells|explained|explains|argued|argues|insisted|insists|warned|warns|"
           r"stressed|noted|claimed|claims|admitted|recalled|replied|wrote|continued)")
_SAY_NL = r"(?:zei|zegt|voegde|vertelde|vertelt|benadrukte|waarschuwde|schreef|verklaarde|stelde|stelt)"
_SAY = rf"(?:{_SAY_EN}|{_SAY_NL})"
_PRONOUN = r"(?:he|she|they|hij|zij|ze)"
# the trailing attribution is read on the sentence with its end's whitespace stripped (`pronoun_speakers`), so the
# pattern ends without a whitespace run that a search would try from every position. An English verb before its
# pronoun is an attribution only as the sentence's last words ('"…," said he.'): 'Officials, who called the fire
# "suspicious", said they were investigating.' names its speaker before the verb, and "they" opens the reported
# clause; Dutch puts the verb first in every attribution ('"…", zei ze dinsdag.')
_PRONOUN_SPEAKER = re.compile(
    rf"^\s*{_PRONOUN}\s+(?:also\s+|ook\s+|later\s+){{0,1}}{_SAY}\b"  # "She said …", "Hij zei dat …"
    rf"|[,\"”’»']\s*(?:(?:{_PRONOUN}\s+{_SAY}|{_SAY_NL}\s+{_PRONOUN}|aldus\s+{_PRONOUN})(?:\s+\w+){{0,4}}"
    rf"|{_SAY_EN}\s+{_PRONOUN})[.!?]?$"
    # '"…," she said (on Friday).', '"…", zei ze.', '…, aldus hij.' (the attribution closes the sentence)
    r"|(?:^|[\s«\"،,:])و?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت)"
    r"\s*(?:[:«\"“]|(?:إن|ان|إنه|انه|إنها|انها|أن)(?!\w))",  # "وقالت إن …", "قال: «…»"
    re.IGNORECASE)


_OWN_REFERENT = re.compile(rf"\b(?:and|en)\s+[\w'’-]+\s+(?:it|them|het|ze)[.!?]?[\"'”’]?$"
                           rf"|\b(?:{_SAY_NL}|aldus)\s+ze[.!?]?[\"'”’]?$", re.IGNORECASE)


#: a quotation's mark: only a quotation is held back ("She said the ward had cost …", reported speech, is the
#: writer's own summary, only down-weighted as any pronoun start is: PRONOUN_START)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")


def pronoun_speakers(sentences: list[str]) -> set[int]:
    """Indices of the sentences that report speech whose only speaker is a bare pronoun (`_PRONOUN_SPEAKER`: "She
    said: "…"', '"…," he added.', "zei ze", "وقالت: «…»"), a quotation mark in it (`_QUOTE_MARK`); a speaker's label
    ("MARCUS OBI: …") is read past."""
    return {i for i, raw in enumerate(sentences)
            if _QUOTE_MARK.search(raw) and _PRONOUN_SPEAKER.search(strip_label(raw).rstrip())}


#: a speaker's own "I" / "we" ("We felt badly for Liberia …" under a question) is the speaker, not a word that
#: stands for something in the question
_FIRST_PERSON = re.compile(r"^\s*(?:i|we)\b", re.IGNORECASE)


def leaning_on_notes(sentences: list[str], asked: set[int]) -> set[int]:
    """Indices of the third-person bare-anaphor sentences (any length) right after a question or an answer's fragment
    (`asked`: interview_questions, answer_fragments), which no bullet shows: what the anaphor stands for is there
    ("Where is it now?" / "Just above eight thousand." / "It has roughly doubled, and most of that move came …")."""
    # the first-person test reads the same subject `_bare_subject` does (past the label and an opening adverb:
    # "Now we spent years on it …" is the interviewee speaking, not an anaphor of the question)
    return {i for i, raw in enumerate(sentences) if i > 0 and i - 1 in asked
            and _bare_subject(raw) and not _FIRST_PERSON.match(_subject_part(raw))}


def cut_off(sentence: str) -> bool:
    """Does `sentence` stop mid-clause: an ellipsis, a comma or dash, or no closing mark after a word no clause ends
    on (`_OPEN_ENDINGS`, FUNCTION_ENDINGS)? Asked of an article's last sentence only (a paywall's or a truncated
    scrape's cut): elsewhere a missing stop is a heading."""
    s = sentence.rstrip()
    if word_count(s) < CUT_MIN_WORDS:
        return False
    if s.endswith(_CUT_MARK):
        return True
    if s.endswith(_ENDED):
        return False
    if s.endswith(":"):
        return False  # a colon introduces (a list's lead-in)
    if s.endswith((",", ";", "-", "–", "—")):
        return True  # a comma breaks off
    # no stop: only a word no clause ends on says it was cut ("… manufacturers who can"); a scrape that lost the
    # last full stop ("… beating Nicklaus' solitary hole-in-one") ends on a noun, and stays a candidate
    toks = words(s)
    return bool(toks) and (ends_on_function_word(s) or toks[-1].lower() in _OPEN_ENDINGS)


def cut_off_end(sentences: list[str]) -> set[int]:
    """The index of the article's last sentence when it is `cut_off` while the article's other sentences mostly end
    with a stop (a page scraped without any stops tells nothing); else no index."""
    if len(sentences) < 2 or not cut_off(sentences[-1]):
        return set()
    ended = sum(s.rstrip().endswith(_ENDED) for s in sentences[:-1])
    return {len(sentences) - 1} if ended * 2 > len(sentences) - 1 else set()


def lead_in_items(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences of a list's items under a lead-in that ends on a colon ("The charges against him
    are:" / "1. Five counts of theft …" / "2. …"): the paragraphs right after the lead-in's that open with a list
    marker (`_ITEM_MARK`), at least MIN_LIST_ITEMS of them. A list without such a lead-in ("The report makes three
    findings." over numbered statements) keeps its items; a listicle's items are its bullets (the caller asks only
    of a text that is not one)."""
    by_par, order = _by_paragraph(paragraphs)
    out: set[int] = set()
    for k, p in enumerate(order):
        if not sentences[by_par[p][-1]].rstrip().endswith(":"):
            continue
        run = []
        for q in order[k + 1:]:
            if not _ITEM_MARK.match(sentences[by_par[q][0]]):
                break
            run.append(q)
        if len(run) >= MIN_LIST_ITEMS:
            out.update(i for q in run for i in by_par[q])
    return out


def _phrase(phrase: str) -> str:
    """One connective as a pattern: whole words, any whitespace between them; a trailing "," must be there."""
    body = r"\s+".join(re.escape(w) for w in phrase.rstrip(",").split())
    return body + (r"\s*," if phrase.endswith(",") else r"(?![\w-])")


@lru_cache(maxsize=1)
def _leaning() -> re.Pattern:
    """The openers of summarise/connectives.yaml (every language) as one pattern (`leaning_pattern`)."""
    import yaml

    return leaning_pattern(
        yaml.safe_load(resources.files("summarise").joinpath("connectives.yaml").read_text(encoding="utf-8")))


def leaning_pattern(data: dict) -> re.Pattern:
    """The openers of `data` (connectives.yaml's shape: language -> openers, stand_alone, pronouns, adverbs) as one
    pattern anchored at the sentence's start: an alternation of fixed phrases and one bounded optional word, so a
    match is linear in the sentence's length. An empty list adds no branch: an empty alternation would match the
    empty string, and a lookahead "(?!(?:))" on it would fail everywhere, so that no sentence leant."""
    openers, alone, pronouns, adverbs = [], [], [], []
    for lang in data.values():
        openers += lang.get("openers") or []
        alone += lang.get("stand_alone") or []
        pronouns += lang.get("pronouns") or []
        adverbs += lang.get("adverbs") or []
    alt = lambda items: "|".join(sorted((_phrase(x) for x in items), key=len, reverse=True))  # noqa: E731
    # a stand-alone opening is a prefix ("later this" of "Later this year …"): no whole-word end is asked of it
    prefix = "|".join(sorted((r"\s+".join(re.escape(w) for w in x.split()) for x in alone), key=len, reverse=True))
    branches = ([rf"(?:{alt(openers)})"] if openers else []) + (
        [rf"(?:{alt(pronouns)})\s+(?:[^\W\d]+\s+)?(?:{alt(adverbs)})"] if pronouns and adverbs else [])
    if not branches:
        return re.compile(r"(?!)")  # no opener at all: nothing leans
    not_alone = rf"(?!(?:{prefix}))" if prefix else ""
    return re.compile(rf"^\W{{0,3}}{not_alone}(?:{'|'.join(branches)})", re.IGNORECASE)


def leaning_opener(sentence: str) -> bool:
    """Whether `sentence` (its speaker's label and its live-blog stamp read past) opens on a connective that leans on
    the sentence before (summarise/connectives.yaml: "Then …", "Later she …", "He also …", "Daarna …", "ثم …")."""
    return bool(_leaning().match(strip_stamp(strip_label(sentence)).lstrip()))


def leaning_openers(sentences: list[str]) -> set[int]:
    """Indices of the sentences past the first that open on a leaning connective (`leaning_opener`): as a bullet
    such a sentence is the second half of a thought whose first half the bullet list may not show, so none of them
    is a candidate (as a bare anaphor is none, `bare_anaphors`). The article's first sentence leans on nothing."""
    return {i for i, s in enumerate(sentences) if i > 0 and leaning_opener(s)}
