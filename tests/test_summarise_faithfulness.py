"""The faithfulness rule book (summarise.faithfulness.check_bullet / check_summary): one test per kind, each with a
bullet that breaks the rule and one that keeps it, on hand-written sentences."""

from __future__ import annotations

import json

import pytest

from summarise.faithfulness import KINDS, check_bullet, check_summary, unsupported_by_evidence


def kinds(bullet: str, *evidence: str, extractive: bool = True) -> set[str]:
    return {v.kind for v in check_bullet(bullet, list(evidence), extractive=extractive)}


@pytest.mark.parametrize("evidence, bad, good", [
    ("According to Reuters, the prosecutor's questions include the firm's tax returns for 2019.",
     "The prosecutor's questions include the firm's tax returns for 2019.",
     "According to Reuters, the prosecutor's questions include the firm's tax returns for 2019."),
    ("The driver was arrested at the scene on Friday night, police said.",
     "The driver was arrested at the scene on Friday night.",
     "The driver was arrested at the scene on Friday night, police said."),
    ('"We will rebuild every school in the province," the governor told reporters on Monday.',
     '"We will rebuild every school in the province."',
     '"We will rebuild every school in the province," the governor told reporters.'),
    ("Police said the man had been drinking before the crash.",
     "The man had been drinking before the crash.",
     "Police said the man had been drinking before the crash."),
    # the speaker sits in the middle of the sentence: deleting it there (summarise/inner.py) makes the claim fact too
    ("The plant, the ministry said, will close by the end of the year.",
     "The plant will close by the end of the year.",
     "The plant, the ministry said, will close by the end of the year."),
    ("The suspect, according to court papers, fled the country in a rented car.",
     "The suspect fled the country in a rented car.",
     "The suspect, according to court papers, fled the country in a rented car."),
])
def test_attribution_dropped(evidence, bad, good):
    assert "attribution" in kinds(bad, evidence)
    assert "attribution" not in kinds(good, evidence)


def test_a_cut_tail_that_is_its_own_clause_is_not_an_attribution():
    evidence = ("The horse was in great form at the yard on Thursday, and he said he could not be happier with the way "
                "it had recovered from the long journey home.")
    assert "attribution" not in kinds("The horse was in great form at the yard on Thursday.", evidence)


@pytest.mark.parametrize("evidence, bad", [
    ("Crossovers may have become the vehicle of choice for most car buyers, but that doesn't mean the sedan is no "
     "longer relevant.", "Crossovers may have become the vehicle of choice for most car buyers."),
    ("The council approved the plan, although several members voted against it.", "The council approved the plan."),
    ("Supporters described the law as a step forward, while opponents called it dangerous.",
     "Supporters described the law as a step forward."),
    ("The company raised its forecast; however, its shares fell in early trading.", "The company raised its forecast."),
    ("De regering stemde in met het plan, maar de oppositie blijft kritisch.", "De regering stemde in met het plan."),
    ("وافقت الحكومة على الخطة لكن المعارضة رفضتها", "وافقت الحكومة على الخطة"),
])
def test_contrast_cut(evidence, bad):
    assert "contrast_cut" in kinds(bad, evidence)
    assert "contrast_cut" not in kinds(evidence, evidence)


def test_a_cut_before_an_ordinary_clause_is_not_a_contrast_cut():
    evidence = "The council approved the plan on Monday, which will cost the city about two million euros."
    assert "contrast_cut" not in kinds("The council approved the plan on Monday.", evidence)


@pytest.mark.parametrize("bullet", [
    "Researchers tested the benefits of mindfulness and.",
    "Families are struggling with the rising costs of.",
    "The minister met the.",
    "The prize went to Mrs.",
])
def test_broken_ending(bullet):
    assert "broken_ending" in kinds(bullet, bullet.rstrip("."))


@pytest.mark.parametrize("bullet", ["He said it was time to move on.", "The flat was paid for.",
                                    "Families are struggling with the rising costs of energy."])
def test_ordinary_endings_pass(bullet):
    assert "broken_ending" not in kinds(bullet, bullet)


@pytest.mark.parametrize("bullet", [
    'He called the plan "a disgrace in every way.',
    "The talks (held in Rabat ended without a deal.",
    "The talks ended) without a deal.",
    "She said: 'We will fight on until the end.",
    "He called it “a start.",
])
def test_unclosed_quote_or_bracket(bullet):
    assert "unclosed" in kinds(bullet, bullet)


@pytest.mark.parametrize("bullet", [
    'He called the plan "a disgrace" in parliament.',
    "The talks (held in Rabat) ended without a deal.",
    "O'Neill's dogs' bowls and the '90s were not mentioned.",
    "She said: 'We will fight on.'",
])
def test_closed_marks_pass(bullet):
    assert "unclosed" not in kinds(bullet, bullet)


def test_invented_word():
    evidence = "The council approved a new budget for the port on Tuesday."
    assert "invented_word" in kinds("The council rejected a new budget for the port.", evidence)
    assert "invented_word" in kinds("Reuters reports the council approved a budget.", evidence)
    # case, punctuation and a final stop are not new words
    assert "invented_word" not in kinds("The Council approved a new budget for the port.", evidence)
    # a generated (abstractive) bullet is not held to the sentence's words
    assert "invented_word" not in kinds("The council rejected a new budget.", evidence, extractive=False)


@pytest.mark.parametrize("bullet", [
    "John Smith, chief executive of Acme Holdings.",
    "Dr Jane Doe, professor of economics at Leeds University.",
    "In October, Rep. David McKinley, R-W.Va.",
])
def test_title_only(bullet):
    assert "title_only" in kinds(bullet, bullet)


@pytest.mark.parametrize("bullet", [
    "John Smith, chief executive of Acme Holdings, resigned on Friday.",
    "Former party chairman Michael Steele joins the panel to discuss the race.",
    "In each case, President Trump tied himself to the outcome.",
])
def test_statements_with_titles_pass(bullet):
    assert "title_only" not in kinds(bullet, bullet)


@pytest.mark.parametrize("kind, evidence, bad", [
    ("negation_modality", "The ministry has not confirmed the deal with the Maltese government.",
     "The ministry has confirmed the deal with the Maltese government."),
    ("negation_modality", "It is unlikely that the bridge will reopen before the summer.",
     "The bridge will reopen before the summer."),
    ("negation_modality", "The suspect may have fled the country on a false passport.",
     "The suspect have fled the country on a false passport."),
    ("negation_modality", "The company allegedly paid bribes to officials in three countries.",
     "The company paid bribes to officials in three countries."),
    # a contrast or concession deleted from inside the sentence, not only cut from its end
    ("contrast_cut", "The council, although several members voted against it, approved the plan on Monday.",
     "The council approved the plan on Monday."),
    ("contrast_cut", "The minister -- but not his deputy -- will attend the summit in Brussels.",
     "The minister will attend the summit in Brussels."),
])
def test_a_dropped_negation_modality_or_contrast_is_caught(kind, evidence, bad):
    assert kind in kinds(bad, evidence)
    assert kind not in kinds(evidence, evidence)


def test_near_duplicate_bullets():
    bullets = ["Israel urged Malta to join a coalition against terrorism.",
               "Malta was urged by Israel to join the coalition against terrorism.",
               "Malta's government has not yet responded to the call."]
    verdicts = check_summary(bullets, [[b] for b in bullets])
    assert [sorted(v.kind for v in vs) for vs in verdicts] == [[], ["near_duplicate"], []]


def test_a_faithful_cut_passes_every_check():
    evidence = ("Rescuers pulled a man from the wreckage of a collapsed building in the capital, which experts called "
                "a rare survival, police said on Tuesday.")
    assert check_bullet("Rescuers pulled a man from the wreckage of a collapsed building in the capital, police said.",
                        [evidence]) == []
    assert set(KINDS) == {"attribution", "contrast_cut", "broken_ending", "unclosed", "invented_word", "title_only",
                          "negation_modality", "near_duplicate", "fragment", "broken_join"}


# --- the rules a split sentence answers to (summarise/splitting.py) ----------------------------------------------

SPLIT_SOURCE = ("A man was arrested on Tuesday in the north of the city, and police said he had been carrying a "
                "loaded gun.")


def test_fragment_a_split_part_must_be_a_full_clause():
    # the part after ", and" needs its own subject and verb; the part before it needs a verb
    list_source = "Paris, London, and Rome were the three stops of the prime minister's long European tour."
    assert "fragment" in kinds("Paris, London.", list_source)  # a list, not a clause
    assert kinds("Rome was the last stop of the long tour.",
                 "He met officials in Paris, and Rome was the last stop of the long tour.") == set()
    verb_phrase = "The suspect was arrested on Tuesday near the border, and charged with murder in court on Friday."
    assert "fragment" in kinds("Charged with murder in court on Friday.", verb_phrase)
    # the two clauses of a coordinated sentence are full clauses: no violation of any kind
    assert kinds("A man was arrested on Tuesday in the north of the city.", SPLIT_SOURCE) == set()
    assert kinds("Police said he had been carrying a loaded gun.", SPLIT_SOURCE) == set()
    # a wire dateline before a dash is no clause: what follows it is not the second half of a split
    assert "fragment" not in kinds("To LeBron James, triple-doubles are not a goal.",
                                   "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.")


def test_a_split_part_after_a_contrast_is_a_contrast_cut():
    evidence = "The team won the cup in a dramatic final, but the coach was sacked two days later by the club."
    assert "contrast_cut" in kinds("The coach was sacked two days later by the club.", evidence)
    assert "contrast_cut" in kinds("The team won the cup in a dramatic final.", evidence)
    # a sentence-initial "But" links to the previous sentence; dropping it is no split
    assert "contrast_cut" not in kinds("The coach was sacked two days later.", "But the coach was sacked two days later.")


def test_a_split_part_may_not_leave_the_shared_reporting_clause_behind():
    evidence = "The fire broke out at 3am in the old town, and two people were injured, firefighters said."
    assert "attribution" in kinds("The fire broke out at 3am in the old town.", evidence)
    # a part that is itself the reporting clause keeps it; the other part is the writer's own statement
    assert "attribution" not in kinds("Police said he had been carrying a loaded gun.", SPLIT_SOURCE)
    # "Police said X, and Y": Y may be part of what police said
    reported = "Police said the man was arrested in the north of the city, and his car was seized by officers."
    assert "attribution" in kinds("His car was seized by officers.", reported)


def test_abstractive_guard_wants_numbers_names_and_negation_from_the_evidence():
    evidence = ["Malta's government has not yet officially responded to the call from Israel."]
    assert unsupported_by_evidence("Malta has not responded to Israel's call.", evidence) == []
    assert unsupported_by_evidence("Malta has responded to Israel's call.", evidence) == ["the negation of its sentence"]
    assert unsupported_by_evidence("Malta has not responded to 300 calls from Israel.", evidence) == ["300"]
    assert unsupported_by_evidence("Cyprus has not responded.", evidence) == ["cyprus"]
    assert "a negation" in unsupported_by_evidence("Israel did not call Malta.", ["Israel called on Malta to act."])
    assert unsupported_by_evidence("Anything.", []) == ["no supporting sentence"]


def test_check_script_reports_rates_per_kind(capsys):
    from tests.conftest import SHARED_EVAL

    if not (SHARED_EVAL / "sum" / "cnndm_sample.jsonl").is_file():
        pytest.skip(f"evaluation data not found at {SHARED_EVAL}")
    import check_faithfulness  # from scripts/ (pyproject: pytest pythonpath)

    assert check_faithfulness.main(["--limit", "3", "--datasets", "cnndm,aeb_news50", "--json",
                                    "--eval-dir", str(SHARED_EVAL)]) == 0
    stats = json.loads(capsys.readouterr().out)["this checkout"]
    assert set(stats) == {"cnndm", "aeb_news50", "all"}
    assert stats["all"]["bullets"] == stats["cnndm"]["bullets"] + stats["aeb_news50"]["bullets"] > 0
    assert set(KINDS) <= set(stats["all"]) and 0 <= stats["all"]["any"] <= 100


def test_check_script_refuses_an_unknown_dataset(capsys):
    import check_faithfulness

    assert check_faithfulness.main(["--datasets", "nope"]) == 2
    assert "unknown dataset" in capsys.readouterr().err


def test_abbreviations_and_continued_quotes_are_not_violations():
    assert "broken_ending" not in kinds("Two singers gave birth on Saturday in L.A.", "Two singers gave birth on Saturday in L.A.")
    continued = "'The badger did not attack me, but I was shaken. 'If my dog had not been there, it could have had me.'"
    assert "unclosed" not in kinds(continued, continued)


# --- deletions inside a sentence (summarise/inner.py, asides) are held to the same rules as cuts at its ends ---

def test_an_inner_aside_without_speaker_or_contrast_passes():
    evidence = "Ellen Stofan, NASA's chief scientist, said the agency would find evidence of alien life within a decade."
    bullet = "Ellen Stofan said the agency would find evidence of alien life within a decade."
    assert check_bullet(bullet, [evidence]) == []


@pytest.mark.parametrize("bullet", [
    "Louis Jordan , was found by a German ship.",  # the aside went, its comma stayed
    "The plant will close by the end of the year, .",
    "The vote () was held in the capital last night.",
])
def test_broken_join(bullet):
    evidence = "Louis Jordan, 37, was found by a German ship. The plant will close by the end of the year, officials said."
    assert "broken_join" in kinds(bullet, evidence, "The vote (the first in years) was held in the capital last night.")


def test_punctuation_the_evidence_has_itself_is_not_a_broken_join():
    evidence = "The man , who was not named , was taken to hospital."
    assert "broken_join" not in kinds(evidence, evidence)


def test_a_relative_clause_with_a_reporting_verb_is_no_source():
    # the clause is about the singer; the claim ("pulled up outside the store") was never attributed to anyone
    evidence = "The singer, who announced recently that she was pregnant, pulled up outside the store in a carriage."
    assert "attribution" not in kinds("The singer pulled up outside the store in a carriage.", evidence)
    # a bracketed "as X said" is the source of the claim
    evidence = "They observed a link between tides and the moon (as Michael said in a comment) and this was new."
    assert "attribution" in kinds("They observed a link between tides and the moon and this was new.", evidence)


def test_fragment_a_cut_may_not_take_the_only_verb():
    # a cut before the sentence's verb leaves a noun phrase: "X now being investigated." says nothing happened
    source = ("The respected law professor from Philadelphia now being investigated after allegedly emailing "
              "students a link to the footage, was once a contestant on a quiz show, it has emerged.")
    assert "fragment" in kinds("The respected law professor from Philadelphia now being investigated.", source)
    # a cut that keeps a verb is fine, and so is a present tense the word lists do not know ("unveils")
    assert "fragment" not in kinds("The professor was once a contestant on a quiz show, it has emerged.",
                                   "The professor, who is now being investigated, was once a contestant on a quiz "
                                   "show, it has emerged.")
    assert "fragment" not in kinds("Apple unveils a new phone.",
                                   "Apple unveils a new phone, which was designed in California.")
    # the whole sentence is never a fragment of itself, verb or not
    assert "fragment" not in kinds("Goals from Smith and Jones.", "Goals from Smith and Jones.")
    # a question or an imperative opens on its verb: dropping a leading "But"/"And" leaves it a statement
    assert "fragment" not in kinds("Is this the best way for them to raise money?",
                                   "But is this the best way for them to raise money?")
    assert "fragment" not in kinds("Don't miss the interview with the president.",
                                   "And don't miss the interview with the president.")


def test_the_subjects_own_verb_after_a_relative_clause_is_no_attribution():
    # "the store, which opened in 2010, also said …": cutting at ", which" and keeping ", also said …" as if it were
    # a speaker's tag made "the store, also said sales had risen"
    from summarise.bullets import to_bullet
    from summarise.faithfulness import split_trailing_attribution

    text = ('He said "we bought a 55" TV" yesterday, and the store, which opened in 2010, also said sales had '
            'risen sharply this year.')
    assert split_trailing_attribution(text) == (text, "")
    assert ", also said" not in to_bullet(text) or "which opened in 2010" in to_bullet(text)
    assert split_trailing_attribution("The plan will cost more, the minister also said on Tuesday.")[1] == \
        ", the minister also said on Tuesday."
