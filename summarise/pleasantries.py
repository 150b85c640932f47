"""A speech's pleasantries and stage directions: said on the stage, not the news.

A published speech ("Full text: the mayor's speech on housing") opens with a greeting ("Good evening, and thank you
all for coming out on a cold night.", "Dames en heren, welkom.", "السيدات والسادة، مساء الخير.") and closes with
thanks ("Thank you.", "Dank u wel.", "شكرا لكم."); a transcript marks the audience's reaction on its own line
("(Applause)", "[Laughter]", "(Applaus)", "(تصفيق)"). None of these states a fact, yet the greeting stands first and
shares the title's words, so it was chosen as a Key Takeaway over the speech's announcement (tester 30a, D1).
`pleasantries` finds such sentences, so the summariser passes over them.

A pleasantry is, on a speech's page only (a stage direction or the editor's line over the speech stands on it, or
its title says speech, remarks, address, transcript, toespraak, كلمة or خطاب), a sentence that OPENS with a greeting
or a thanks formula (en, nl, ar: the summariser reads the English translation of a Dutch or Arabic page, and a
sentence the translation left as it was) that stands alone — followed by a comma, a full stop, an exclamation mark or
the end ("Good evening, …", "Thank you.", "Dames en heren, …"), or thanks for coming ("Thank you all for coming.") —
and holds no digit (a number is news: "Good evening: the council will build 3,500 homes." stays a candidate) and no
attribution (a quote's "“Thank you,” she said" or "Dank je wel, zei de burgemeester" is the story's), or a whole
sentence that is a bracketed stage direction, or the editor's line over the speech ("Below is the full text of the
speech given by …"). A story's lead stays: "Good night for Labour as …", "Many thanks and much praise went to …", a
quoted "“Thank you for saving my son,” Sarah Malik told the crew" (no quote mark may precede the formula), and a
sentence that reports thanks ("The mayor thanked volunteers.") does not open with the formula. Every pattern is
matched once from the sentence's start or searched with bounded repeats (linear).

A speaker has more courtesies than a greeting (stop 35: a Secretary's "It is a real honor to be here with ministers
from …" was a takeaway over his $45m announcement): the honour of being there ("It is a great privilege to …", "I am
delighted to be back …", "Het is mij een eer …", "يشرفني …"), thanks and tributes announced ("Let me begin by
thanking …", "I would like to thank …", "Ik wil graag … bedanken", "أود أن أشكر …"), a signpost that is the whole
sentence ("Let me be clear about one thing."), and the close ("I look forward to our discussions.", "God bless
you.", "I'll be happy to take your questions.", "بارك الله فيكم"). `_COURTESY` reads them on a speech's page, with
the greeting's guards (no digit, no attribution) and one more: a courtesy that leads into an announcement ("I am
delighted to be here to announce …", "يسعدني أن أعلن …") is the news. A feeling (pleased, proud, an honour, looking
forward: `_FEELING`) is a courtesy only about the occasion (to be here, to welcome you, to join you, to have served:
`_OCCASION`) and with no result or decision beside it: the same words open the news ("We are pleased to have reached
agreement with the unions …", "I am proud that we have cut …", "Ik ben blij dat we een akkoord hebben bereikt",
"يسعدني أن الحكومة وافقت …"), and dropping that left a speech's takeaways to its rhetoric (review of stop 35). A page
whose title does not say speech is one when its first sentence is the speaker's thanks ("Thank you very much, Prime
Minister, for that kind introduction."), or a greeting with a second cue (an audience addressed, thanks or a courtesy
further on): a newsletter opens "Good morning." too.

What a speech says between its courtesies is not all news either: a memory of the first meeting, what "our role"
is. `plain_rhetoric` marks a sentence in the speaker's voice (I, we, our, you) with no figure, no name (a capital
past the sentence's first word) and no decision verb; the summariser ranks such a sentence last, and reads the
speaker's "I" as no anaphor, only on the speech itself (`spoken`: a speech's page with a pleasantry on it; its
`speech_rhetoric_last`): in a news story a plain sentence is the reporter's, and CNN/DM has no speech.
"""

from __future__ import annotations

import functools
import re

from summarise.facts import states_count
from summarise.structure import strip_label
from summarise.text import DIGIT, capitalised_names

__all__ = ["is_pleasantry", "is_speech", "plain_rhetoric", "pleasantries", "spoken"]

#: what may stand before the formula: up to three non-word characters, a quote mark excepted (a quoted "“Thank you
#: for saving my son,” she told …" is a story's quote, not the page's greeting)
_LEAD = (r"^(?:(?![\"“”‘’'„«»])[\W_]){0,3}"
         # ... and a speaker's "Well, thank you.", "So, it is a great honour …", "En tot slot: …"
         r"(?:(?:well|so|and|now|first|firstly|finally|lastly|en|tot slot|ten slotte|allereerst)\s*[,:]?\s+)?")
#: a formula that stands alone: then a comma, a full stop, an exclamation mark or the end ("Good night for Labour",
#: "Good morning to markets:", "Many thanks and much praise went to …" go on as a story's sentence)
_ALONE = r"\s*(?:[,.!،]|$)"
#: a greeting at the sentence's start, alone or to everyone ("Good morning, everyone.", "Goedenavond allemaal.")
_GREETING = re.compile(
    _LEAD + r"(?:good (?:morning|afternoon|evening|night)|ladies and gentlemen|ladies|dear friends|dear colleagues"
    r"|(?:hello|welcome|hi),? (?:everyone|everybody|all)"
    r"|goedemorgen|goedemiddag|goedenavond|dames en heren|beste (?:vrienden|collega's|aanwezigen)|welkom"
    r"|السيدات والسادة|سيداتي(?: و)?سادتي|صباح الخير|مساء الخير|أهلا وسهلا|مرحبا بكم"
    r")(?:\s+(?:everyone|everybody|all|allemaal))?" + _ALONE,
    re.IGNORECASE)
#: an audience addressed: with a greeting, what a speech's opening has and a newsletter's "Good morning." has not
_AUDIENCE = re.compile(r"\b(?:ladies\s+and\s+gentlemen|dames\s+en\s+heren)\b|(?<!\w)(?:السيدات\s+والسادة|سيداتي\s*و?\s*سادتي)(?!\w)",
                       re.IGNORECASE)
#: thanks at the sentence's start, alone or for coming ("Thank you.", "Thank you all for coming.", "Dank u wel.",
#: "شكرا لكم.", "شكرا لحضوركم.")
_THANKS = re.compile(
    _LEAD + r"(?:thank you(?: (?:all|so much|very much|everyone|everybody))?|many thanks|thanks (?:everyone|everybody|all)"
    r"|dank (?:u|je|jullie)(?: wel| allemaal)?|hartelijk dank|شكرا(?: لكم| جزيلا)?|أشكركم(?: جميعا)?"
    r")(?:" + _ALONE + r"|\s+(?:all\s+)?for (?:coming|being here|joining us|having me)\b"
    r"|\s+voor (?:uw|jullie|je) (?:komst|aanwezigheid)\b|\s*(?:على|ل)(?:حضوركم|الحضور)(?!\w))",
    re.IGNORECASE)
#: an attribution: a closing quote followed by words ("“Thank you,” she said"), or a speech verb ("Dank je wel, zei
#: de burgemeester", "شكرا، قالت الأم"): the sentence reports what someone said, it is the story's
_ATTRIBUTION = re.compile(
    r"[”\"»][\s,،]{0,4}\w|\b(?:said|says|told|tells|zei|zegt|zeiden|vertelde)\b|(?<!\w)و?(?:قال|قالت|قالوا|يقول|تقول)(?!\w)",
    re.IGNORECASE)
#: a speech's page says so in its title ("Full text: the mayor's speech on housing", "Toespraak van de koning",
#: "Press conference: the chief constable on the floods"); a statement only when the title opens on it ("Statement
#: from the chief executive …": a story's "Club issues statement on …" reports one)
_SPEECH_TITLE = re.compile(
    r"\b(?:speech|speeches|remarks|address|transcript|toespraak|keynote|(?:press|news)\s+(?:conference|briefing)|"
    r"persconferentie)\b|(?<!\w)(?:ال)?(?:كلمة|خطاب)(?!\w)|(?<!\w)المؤتمر\s+الصحفي(?!\w)"
    r"|^\W{0,3}(?:full\s+text\W+)?(?:(?:joint|written|opening|closing)\s+)?(?:statement|verklaring)\b",
    re.IGNORECASE)
#: a bracketed stage direction on its own: "(Applause)", "[Laughter and applause]", "(Applaus)", "(تصفيق)"
_STAGE = re.compile(
    r"^\s*[(\[]\s*(?:applause|laughter|cheers|cheering|booing|boos|inaudible|crosstalk|pause|applaus|gelach|"
    r"gejuich|tussenkomst|تصفيق|ضحك|تصفيق حار)(?:\s+(?:and|en|و)\s+[a-z\u0600-\u06ff]+)?\s*[)\]]\W{0,2}\s*$",
    re.IGNORECASE)
#: the editor's line over a published speech or transcript: it says what the page holds, not what was said ("Below is
#: the full text of the speech given by …", "Hieronder volgt de volledige tekst van de toespraak …", "وفيما يلي نص
#: كلمة …")
_TRANSCRIPT_INTRO = re.compile(
    r"^[\W_]{0,3}(?:(?:below|here) (?:is|are)|the following is|what follows is|read) the (?:full |complete |prepared )?"
    r"(?:text|transcript|remarks|speech)\b"
    r"|^[\W_]{0,3}(?:hieronder (?:volgt|staat|leest u|lees je)|dit is) de (?:volledige |integrale )?(?:tekst|toespraak)\b"
    r"|^[\W_]{0,3}(?:و)?(?:فيما|في ما) يلي (?:النص الكامل|نص(?!\w))",
    re.IGNORECASE)

#: a speaker's courtesy at the sentence's start (see the module's docstring), per language; each branch is fixed words
#: or bounded repeats from the start (linear)
_COURTESY_EN = (
    # thanks and tributes announced: "Let me begin by thanking …", "I would like to thank …", "Allow me first to thank …"
    r"(?:let\s+me|allow\s+me|permit\s+me|i\s+(?:also\s+|first\s+)?(?:want|would\s+like|['’]d\s+like|wish)|i\s+must)"
    r"\s+(?:(?:first(?:\s+of\s+all)?|also|now|briefly|once\s+again|again|sincerely|personally|just)\s+)?(?:to\s+)?"
    r"(?:(?:begin|start|open)\s+(?:by|with)\s+)?(?:thank(?:ing)?|congratulat(?:e|ing)|pay(?:ing)?\s+tribute|"
    # ... but a stance or an admission is what the speech says: "I welcome the decision to …", "I want to
    # acknowledge that the reforms have not gone far enough."
    r"(?:welcom(?:e|ing)|acknowledg(?:e|ing)|recogni[sz](?:e|ing))(?!\s+(?:that|the\s+(?:decision|news|"
    r"announcement|agreement|report|ruling|verdict|vote)))|express(?:ing)?\s+(?:my|our)\s+"
    r"(?:gratitude|thanks|appreciation)|say(?:ing)?\s+(?:how|what\s+a|thank))\b"
    # a signpost that is the whole sentence: "Let me be clear about one thing.", "Let me say a few words about …"
    r"|(?:let\s+me|allow\s+me\s+to)\s+(?:be\s+(?:very\s+)?(?:clear|frank|honest)|say\s+(?:this|a\s+few\s+words|a\s+word|"
    r"something)|begin|start|conclude|close|end|turn(?:\s+now)?\s+to)(?:\s+[\w'’-]+){0,4}\s*[.:!]?\s*$"
    # the close: "Thank you again …", "(May) God bless …", "I'll be happy to take questions." ("I look forward to …":
    # `_FEELING`)
    r"|thank\s+you\s+(?:once\s+)?(?:again|more)\b|(?:may\s+)?god\s+bless\b"
    r"|i(?:['’]ll|\s+will|['’]d|\s+would)\s+(?:now\s+)?(?:be\s+(?:happy|glad|pleased)\s+to\s+)?(?:take|answer)\s+"
    r"(?:your\s+|any\s+|some\s+|a\s+few\s+)?questions\b"
)
_COURTESY_NL = (
    # "Ik wil graag de organisatie van harte bedanken": the object stands between the verb and the thanks
    r"(?:ik\s+wil|graag\s+wil\s+ik|laat\s+ik|mag\s+ik)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:bedanken|danken|welkom\s+heten|feliciteren|beginnen\s+met\s+een\s+woord\s+van\s+dank)\b"
    r"|laat\s+ik\s+(?:duidelijk|helder)\s+zijn\b|nogmaals\s+(?:dank|bedankt)\b|god\s+zegene\b"
)
_COURTESY_AR = (
    r"(?:أود|اود|أريد|اسمحوا\s+لي|اسمح\s+لي|لا\s+يسعني\s+إلا)\s+(?:(?:في\s+البداية|بداية|أولا|أولاً)\s+)?(?:أن\s+)?"
    r"(?:أشكر|اشكر|أتقدم\s+بالشكر|أتوجه\s+بالشكر|أرحب|ارحب|أعرب\s+عن\s+(?:شكري|امتناني))(?!\w)"
    r"|(?:بارك\s+الله\s+فيكم|حفظكم\s+الله|وفقكم\s+الله|و?السلام\s+عليكم)(?!\w)"
)
_COURTESY = re.compile(_LEAD + rf"(?:{_COURTESY_EN}|{_COURTESY_NL}|{_COURTESY_AR})", re.IGNORECASE)
#: a feeling a speaker opens with, per language: the honour of being there ("It is a real honour …", "Het is mij een
#: eer …", "يشرفني …"), being pleased or proud ("I am delighted …", "Ik ben blij …", "يسعدني …"), looking forward ("I
#: look forward to …", "Ik kijk uit naar …", "أتطلع إلى …"). The same words open a speech's news ("We are pleased to have
#: reached agreement with the unions …", "Ik ben blij dat we een akkoord hebben bereikt …", "يسعدني أن الحكومة وافقت
#: …"), so a feeling is a courtesy only when what follows it is the occasion (`_OCCASION`, keyed by the group's name)
_FEELING = re.compile(_LEAD + (
    r"(?:(?P<en>(?:it\s+is|it['’]s|it\s+has\s+been|what)\s+(?:such\s+)?an?\s+(?:(?:real|great|tremendous|special|genuine|"
    r"particular|distinct|huge|true|rare)\s+)?(?:honou?r|pleasure|privilege|joy|delight)"
    r"(?:\s+and\s+an?\s+(?:honou?r|pleasure|privilege))?(?:\s+(?:it\s+is|for\s+me))?"
    r"|(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:(?:so|very|truly|deeply|really|most|particularly|especially|"
    r"genuinely|immensely)\s+)?(?:honou?red|delighted|pleased|happy|glad|proud|thrilled|grateful|humbled|privileged))"
    r"|(?P<en_ahead>i\s+(?:also\s+)?look\s+forward\s+to)"
    r"|(?P<nl>het\s+is\s+(?:mij|me|ons)?\s*een\s+(?:(?:grote|bijzondere|ware|enorme|echte)\s+)?"
    r"(?:eer|genoegen|voorrecht|plezier)"
    r"|(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+(?:(?:erg|zeer|heel|bijzonder|ontzettend)\s+)?"
    r"(?:blij|trots|vereerd|dankbaar|verheugd))"
    r"|(?P<nl_ahead>ik\s+kijk\s+(?:er\s*naar\s+)?uit\s+naar)"
    r"|(?P<ar>(?:و?(?:إنه|انه)\s+)?(?:لمن\s+دواعي\s+سروري|من\s+دواعي\s+سروري|لشرف|ليشرفني|يشرفني|يسعدني|يسرني|أتشرف|اتشرف))"
    r"|(?P<ar_ahead>أتطلع\s+إلى|اتطلع\s+الى)"
    r")(?!\w)"), re.IGNORECASE)
#: being there, in English: "(to be) here / back / with you / among you / in Cardiff / part of …"
_THERE_EN = r"(?:here|back|with|among|amongst|in|at|part\s+of|invited|asked|able\s+to\s+(?:join|attend|speak|be))\b"
#: what the feeling is about when it is a courtesy: the occasion (being there, joining, addressing, welcoming or
#: seeing the audience, having served), or nothing (the formula alone: "It is an honour and a privilege."); a
#: "that"-clause ("I am proud that we have cut …"), "to have reached …", "to tell you that …", "om te melden dat …",
#: "أن الحكومة وافقت …" go on to the news. Matched where the feeling ends, with bounded repeats (linear)
_OCCASION = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in {
    "en": r"\s*(?:[,.!:]|$)|\s+(?:(?:to\s+be|being|of\s+being)\s+" + _THERE_EN
          + r"|(?:to|of)\s+(?:join|stand|speak|address|welcom|visit|return|meet|host|attend|celebrat|(?:be\s+)?see)\w*"
          r"\s+(?!that\b)|to\s+have\s+(?:served|worked|been|known|met|had\s+the|shared|spent)\b"
          r"|that\s+(?:i|we)\s+(?:[\w'’]+\s+){0,2}?(?:here|back|with\s+you|among\s+you)\b"
          r"|(?:by|for)\s+(?:[\w'’]+\s+){0,3}?(?:invitation|welcome|hospitality|introduction|opportunity|chance|honou?r|"
          r"privilege|words|presence|company|patience)\b)",
    "en_ahead": r"\s+(?:(?:our|the|your|this|today['’]s|tomorrow['’]s)\s+(?:[\w'’-]+\s+)?(?:discussions?|conversations?|"
                r"debates?|dialogue|exchanges?|meetings?|questions|visit|day|week|congress|conference|summit)\b"
                r"|(?:working|hearing|seeing|meeting|talking|continuing|welcoming|discussing|taking|answering|joining|"
                r"returning|speaking|listening)\b)",
    "nl": r"\s*(?:[,.!:]|$)|\s+(?:[\w'’-]+\s+){0,5}?(?:hier\b|aanwezig|bij\s+(?:u|jullie)\b|onder\s+(?:u|jullie)\b"
          r"|welkom\s+te\s+heten|te\s+(?:mogen\s+)?(?:ontvangen|verwelkomen|spreken|toespreken|staan|zijn)\b"
          r"|toe\s+te\s+spreken|voor\s+(?:de|uw|jullie|deze|het|dit)\s+(?:[\w'’-]+\s+)?(?:uitnodiging|gastvrijheid|"
          r"ontvangst|inleiding|kans|eer|steun|welkom|woorden|aanwezigheid|komst)\b)",
    "nl_ahead": r"\s+(?:(?:onze|de|het|uw|jullie|deze|dit)\s+(?:[\w'’-]+\s+)?(?:gesprekk?en|gesprek|discussies?|dialoog|"
                r"ontmoeting|bezoek|vragen|samenwerking|dag|debat|congres)\b|(?:[\w'’-]+\s+){0,3}?met\s+(?:u|jullie)\b)",
    "ar": r"\s*(?:[.!،,:]|$)|\s+(?:\S+\s+){0,3}?(?:أن\s+)?(?:أكون|نكون|أقف|أتحدث|أخاطب|ألتقي|نلتقي|أشارك|أرحب|نرحب|أحضر"
          r"|أتواجد|ألقي|أتكلم|بينكم|معكم|أمامكم|هنا|بكم|بحضوركم|بوجودي|بلقائكم|وجودي)(?!\w)",
    "ar_ahead": r"\s+(?:\S+\s+)?(?:لقاء|لقائ|الحوار|النقاش|مناقشات|العمل\s+معكم|أسئلتكم|الاستماع|رؤيتكم|زيارت|نقاشات|حوار)",
}.items()}
#: a result the speech reports ("reached", "halved", "bereikt", "وافقت"): with `_DECISION`, what makes a feeling's
#: sentence the news even when it names the occasion ("I am delighted to be here as we sign …")
_RESULT = re.compile(
    r"\b(?:reached|secured|achieved|delivered|cut|fallen|fell|risen|rose|halved|doubled|tripled|reduced|increased|"
    r"passed|won|completed|record|lowest|highest|bereikt|gesloten|gehalveerd|verdubbeld|gedaald|gestegen|verlaagd|"
    r"verhoogd|akkoord|gehaald|gewonnen)\b|(?<!\w)(?:وافق|توصل|بلغ|انخفض|ارتفع|تراجع|تضاعف)\w*",
    re.IGNORECASE)
#: a modal alone makes no decision of a courtesy ("I am pleased to be here, and I will keep this short.")
_MODALS = frozenset({"will", "shall", "zal", "zullen"})
#: a courtesy that leads into an announcement is the news ("I am delighted to be here to announce …", "Ik ben blij te
#: kunnen aankondigen …", "يسعدني أن أعلن …")
_ANNOUNCE = re.compile(r"\bannounc|aankondig|\bkondig\w*\s+(?:\w+\s+){0,3}?aan\b|(?<!\w)(?:أعلن|نعلن|الإعلان)", re.IGNORECASE)

#: a decision or a plan a speech makes news with ("will open", "has decided", "signed", "besloten", "zal …"): with a
#: figure or a name, what keeps a speech's sentence from being plain rhetoric (`plain_rhetoric`)
_DECISION = re.compile(
    r"\b(?:will|shall|announc\w*|decid\w*|agreed|approv\w*|sign(?:s|ed)?|launch\w*|introduc\w*|ban(?:s|ned)?|"
    r"fund(?:s|ed|ing)?|invest\w*|appoint\w*|plans?\s+to|zal|zullen|besl\w+|besluit|kondig\w*|invester\w*|"
    r"goedgekeurd|ondertekend|getekend|ingevoerd)\b",
    re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
#: the speaker's voice: a first- or second-person pronoun ("When we first met …", "Our role is …", "Wij zijn …"); a
#: plain sentence without one states something of the world ("Criminal networks move drugs through waters too large
#: to patrol."), the speech's context rather than its speaker's reflection
_SPEAKER_VOICE = re.compile(
    r"\b(?:i|me|my|we|us|our|ours|you|your|yours|ik|mij|mijn|wij|ons|onze|jullie|je|jouw|uw)\b",
    re.IGNORECASE)


def _opening(sentence: str) -> bool:
    """A greeting or thanks that stands alone at the sentence's start, with no number and no attribution."""
    return ((_GREETING.match(sentence) is not None or _THANKS.match(sentence) is not None)
            and DIGIT.search(sentence) is None and _ATTRIBUTION.search(sentence) is None)


def is_pleasantry(sentence: str, speech: bool = True) -> bool:
    """Whether `sentence` is a stage direction or the editor's line over a speech, or, on a speech's page
    (`speech`), its greeting or thanks (see the module's docstring)."""
    if _STAGE.match(sentence) or _TRANSCRIPT_INTRO.match(sentence):
        return True
    return speech and (_opening(sentence) or _courtesy(sentence))


def _courtesy(sentence: str) -> bool:
    """A speaker's courtesy (`_COURTESY`, or a feeling about the occasion: `_occasion`) with no number, no
    attribution and no announcement it leads into."""
    return ((_COURTESY.match(sentence) is not None or _occasion(sentence)) and DIGIT.search(sentence) is None
            and _ATTRIBUTION.search(sentence) is None and _ANNOUNCE.search(sentence) is None)


def _occasion(sentence: str) -> bool:
    """Whether `sentence` opens with a feeling (`_FEELING`) about the occasion (`_OCCASION`) and reports no result or
    decision (`_RESULT`, `_DECISION` past a bare modal): "We are pleased to have reached agreement …" is the news."""
    feeling = _FEELING.match(sentence)
    if feeling is None or _OCCASION[feeling.lastgroup].match(sentence, feeling.end()) is None:
        return False
    return (_RESULT.search(sentence) is None
            and all(m.group(0).lower() in _MODALS for m in _DECISION.finditer(sentence)))


def plain_rhetoric(sentence: str) -> bool:
    """Whether `sentence` is said in the speaker's voice (`_SPEAKER_VOICE`: I, we, our, you) and carries no figure (a
    digit or a counted thing), no name (`capitalised_names`: a capital past the sentence's first word, a speaker's
    label read past) and no decision (`_DECISION`): on the speech itself (`spoken`), the speaker's reflection rather
    than the news. A sentence with no Latin letters is never plain: Arabic writes no capitals, so its names cannot be seen."""
    said = strip_label(sentence)
    if not _LATIN.search(said) or not _SPEAKER_VOICE.search(said) or DIGIT.search(said) or _DECISION.search(said):
        return False
    return not capitalised_names(said) and not states_count(said)


def is_speech(sentences: list[str], title: str | None = None) -> bool:
    """Whether the page is a speech or a transcript: its title says so, its first sentence thanks (`_THANKS`), or
    greets with a second speech cue (`_second_cue`), or a stage direction or the editor's line over the speech stands
    on it. A news story that opens "Good night for Labour …" is none, nor a newsletter that opens "Good morning."."""
    if title and _SPEECH_TITLE.search(title):
        return True
    if sentences and _opening(first := strip_label(sentences[0])):
        # "Thank you very much, Prime Minister, for that kind introduction." (a speaker's label read past: "SECRETARY:
        # Well, thank you.") opens a speech, not a story; further down, a greeting may be a story's quoted line
        if _THANKS.match(first) or _second_cue(first, sentences[1:]):
            return True
    return any(_STAGE.match(s) or _TRANSCRIPT_INTRO.match(s) for s in sentences)


def _second_cue(greeting: str, rest: list[str]) -> bool:
    """Whether a page that opens with a greeting shows a speech's second cue: the greeting addresses an audience
    ("Good evening, ladies and gentlemen.", "Dames en heren, …", "السيدات والسادة …"), or the speaker's thanks
    ("Thank you.") or a courtesy stands further on. A briefing's "Good morning." followed by "Here is what you need
    to know today." is a newsletter's, and its "we" and "you" are the writer's and the reader's."""
    return (_AUDIENCE.search(greeting) is not None
            or any(_speakers_words(strip_label(s)) for s in rest))


def _speakers_words(sentence: str) -> bool:
    """A thanks that stands alone (`_THANKS`, `_opening`: "Thank you.") or a courtesy (`_courtesy`)."""
    return (_THANKS.match(sentence) is not None and _opening(sentence)) or _courtesy(sentence)


def spoken(sentences: list[str], title: str | None = None) -> bool:
    """Whether the page is the speech itself, as said: a speech's page (`is_speech`) on which a pleasantry stands (the
    speaker's greeting, thanks or courtesy, or a stage direction). A page that only names a speech in its title ("Gore
    urges bold moves in Nobel speech", "Death threats are not protected speech", "Preview of my keynote") is a report
    or a post: its "I" is no speaker the page is of, and its plain sentences are the writer's."""
    speech, found = _speech_reading(tuple(sentences), title)
    return speech and bool(found)


def pleasantries(sentences: list[str], title: str | None = None) -> set[int]:
    """Indices of the sentences that are pleasantries or stage directions (`is_pleasantry`); a greeting or thanks
    counts only on a speech's page (`is_speech`)."""
    return set(_speech_reading(tuple(sentences), title)[1])


@functools.lru_cache(maxsize=16)
def _speech_reading(sentences: tuple[str, ...], title: str | None) -> tuple[bool, frozenset[int]]:
    """(`is_speech`, the pleasantries' indices) of one page, read once: the summariser asks for both, and whether
    the page is the speech itself, up to three times a summary (the ranking, the notes, the anaphors)."""
    speech = is_speech(list(sentences), title)
    return speech, frozenset(i for i, s in enumerate(sentences) if is_pleasantry(s, speech))
