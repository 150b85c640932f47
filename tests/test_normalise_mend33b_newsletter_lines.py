"""A newsletter's greeting and reply prompt, not a story's sentence that shares their words (review 33A #1, #2).

fix33b removed an e-mail's greeting ("Good morning. … Here's what you need to know today.") and its reply prompt
("Have a tip? Reply to this email …") anywhere on a page. A scam story's advice ("Reply to the email only if you
recognise the sender, the bank warned …") and a campaign report that opens "Morning, noon and night, …" went with them.
The prompt is now a whole short line, or the answer to a tip question, with no clause after it, no reporting verb and
no negation; the greeting a sentence of its own with a short address, and the cue after it an e-mail's own words
(en/nl/ar alike).

Hand-written lines; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group


def _newsletter(line: str) -> bool:
    return in_group(line, len(line.split()), "newsletter")


@pytest.mark.parametrize("line", [
    "Reply to the email only if you recognise the sender, the bank warned in a statement to customers.",
    "Reply to this email and a bot replies within seconds, researchers found.",
    "Do not reply to this email or click the link in it, the police advised.",
    "Beantwoord deze mail niet en klik niet op de link, adviseert de Fraudehelpdesk.",
    "Beantwoord deze mail alleen als u de afzender kent, waarschuwt de bank.",
    "رد على هذه الرسالة فقط إذا كنت تعرف المرسل، حذر البنك في بيان.",
    "لا ترد على هذه الرسالة ولا تفتح الرابط المرفق بها.",
    "Morning, noon and night, the campaign vans have toured the villages. This is the first election for the new "
    "authority since it replaced the district councils.",
    "Hello, and thank you for coming, the mayor began. This is the third time the hall has flooded this year.",
    "Hallo, zei de burgemeester tegen de volle zaal. Dit is de derde keer dat de sporthal onder water staat.",
    "مرحبا بالجميع في القاعة، قال رئيس البلدية. هذا ما حدث في الجلسة الأخيرة للمجلس.",
])
def test_a_storys_sentence_is_no_newsletter_line(line):
    assert not _newsletter(line)


@pytest.mark.parametrize("line", [
    "Have a tip? Reply to this email or write to news@harbourletter.example.",
    "Reply to this email",
    "Got feedback? Just hit reply to this email.",
    "Heb je een tip? Beantwoord deze mail.",
    "Reageer op deze nieuwsbrief",
    "هل لديك معلومة؟ رد على هذه الرسالة.",
    "Good morning, readers! Welcome to this week's Harbour Letter briefing.",
    "Hi all, this is the Thursday edition of the Valley newsletter.",
    "Goeiemorgen allemaal, welkom bij de nieuwsbrief van vrijdag.",
    "صباح الخير. إليكم أبرز ما تحتاجون معرفته اليوم.",
])
def test_an_emails_own_lines_still_are(line):
    assert _newsletter(line)


def test_a_scam_story_keeps_its_advice():
    advice = "Reply to the email only if you recognise the sender, the bank warned in a statement to customers."
    raw = "\n".join([
        "Bank warns of fake refund emails", "By Sarah Lindqvist", "3 December 2026",
        "Customers of Eastmoor Bank have been sent a wave of fake refund emails that promise a tax rebate, the bank "
        "said on Tuesday.",
        "The messages carry the bank's logo and ask customers to confirm their card details on a lookalike website.",
        advice,
        "Police said more than 300 people had reported the messages since Friday, and at least twelve had lost money.",
    ]) + "\n"
    assert advice in normalise_text(raw).text
