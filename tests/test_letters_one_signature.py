"""One signature pattern for both stages: the normaliser reads a letter's signature as the summariser does.

The normaliser (newsbrief/normalise/letters.py) and the summariser (summarise/letters.py) each wrote the Latin
signature's pattern, and they had drifted: the summariser read a name particle "al" / "el" ("Omar al Hashimi",
"Fatima el Amrani"), up to five name words and three places, the normaliser not. Now the normaliser imports the
summariser's `SIGNATURE` (the union of both), so such a signature is a letter's on both sides: the first letter's
signer is no byline of a letters page. Pages written for the tests, en, nl and ar (Arabic script keeps its own
pattern: a guard).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.letters import signature_shape
from summarise.letters import signature

EN = ("The Northern Herald\nHome | News | Opinion | Letters\nLetters: Readers on buses and the market\n"
      "Published: 4 December 2026\n"
      "Keep the night buses running\n"
      "The night bus is the only way hospital cleaners on the late shift can get home. Cutting it to save money "
      "will push them into taxis they cannot afford. The council should look again at the figures.\n"
      "Omar al Hashimi, Bradford\n"
      "The market deserves better\n"
      "The covered market has lost half its stalls in five years because the rents keep rising. A town that lets "
      "its market die loses the reason people come into the centre at all.\n"
      "Leila el Khatib, Leicester, Leicestershire, England\n"
      "Send your letters to letters@herald.example\nCookie policy | Privacy\n")
NL = ("Stadsblad West\nHome | Nieuws | Opinie\nIngezonden brieven: de bus en de markt\nGepubliceerd: 4 december 2026\n"
      "Laat de nachtbus rijden\n"
      "De nachtbus is voor schoonmakers in het ziekenhuis de enige manier om na hun dienst thuis te komen. Wie die "
      "bus schrapt, dwingt hen in een taxi die ze niet kunnen betalen. De gemeente moet de cijfers opnieuw bekijken.\n"
      "Fatima el Amrani, Rotterdam\n"
      "De markt verdient beter\n"
      "De overdekte markt heeft in vijf jaar de helft van zijn kramen verloren omdat de huur steeds stijgt. Een stad "
      "die haar markt laat verdwijnen, verliest de reden om naar het centrum te komen.\n"
      "Youssef al Idrissi, Utrecht\n"
      "Stuur uw brief naar brieven@stadsblad.example\nCookies | Privacy\n")
AR = ("الرئيسية\nرأي\nرسائل القراء: الحافلات والسوق\nنُشر في: 4 ديسمبر 2026\n"
      "أبقوا حافلات الليل\n"
      "حافلة الليل هي الوسيلة الوحيدة لعمال النظافة في المستشفى للعودة إلى بيوتهم بعد المناوبة. وإلغاؤها يدفعهم إلى "
      "سيارات أجرة لا يقدرون على أجرتها. على البلدية أن تراجع الأرقام.\n"
      "عمر الهاشمي، إربد\n"
      "السوق يستحق الأفضل\n"
      "فقد السوق المسقوف نصف محلاته في خمس سنوات لأن الإيجارات ترتفع باستمرار. والمدينة التي تترك سوقها يموت تفقد "
      "سبب قدوم الناس إلى وسطها.\n"
      "ليلى الخطيب، الزرقاء\n"
      "أرسل رسالتك إلى letters@jarida.example\nجميع الحقوق محفوظة\n")
PAGES = {"en": (EN, ["Omar al Hashimi, Bradford", "Leila el Khatib, Leicester, Leicestershire, England"]),
         "nl": (NL, ["Fatima el Amrani, Rotterdam", "Youssef al Idrissi, Utrecht"]),
         "ar": (AR, ["عمر الهاشمي، إربد", "ليلى الخطيب، الزرقاء"])}


@pytest.mark.parametrize("line", ["Omar al Hashimi, Bradford", "Fatima el Amrani, Rotterdam",
                                  "Leila el Khatib, Leicester, Leicestershire, England",
                                  "Mary Anne de la Cruz, Leeds"])
def test_the_normaliser_reads_the_summarisers_signatures(line):
    # main: the normaliser's own pattern had no "al"/"el", five name words and two places at most
    assert signature(line) is not None
    assert signature_shape(line)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_letters_page_signed_with_particles_has_no_byline(lang):
    # main (en, nl): the normaliser did not read the signatures, so the page was no letters page to it
    page, sigs = PAGES[lang]
    art = normalise_text(page, language=lang)
    assert art.byline is None
    for sig in sigs:
        assert sig in art.paragraphs, sig


@pytest.mark.parametrize("line", ["Margaret Hale, Yarmouth", "Ria en Gerrit Mulder, Staphorst",
                                  "— Peter Grant, Ventnor, Isle of Wight", "خالد منصور، الزرقاء"])
def test_guard_signatures_read_before(line):
    assert signature_shape(line)


@pytest.mark.parametrize("line", ["Sam Keller, Political Correspondent", "The council said, however, that it would wait.",
                                  "Home, News, Sport, Weather and more today",
                                  "Mary Jane Anne Louise Smith Brown, Leeds"])
def test_guard_no_signature(line):
    assert not signature_shape(line)


def test_the_shared_pattern_is_linear():
    from summarise.letters import SIGNATURE
    from tests.scaling import assert_grows_linearly

    assert_grows_linearly(SIGNATURE.match, lambda k: "Tom van der Carver, Weymouth " * k + ",", 200, 800)
    assert_grows_linearly(signature_shape, lambda k: "Anne de " * k + "Vries, Zwolle", 200, 800)
