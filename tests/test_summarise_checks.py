"""Evidence linking and the faithfulness guard (the "every bullet is checkable" part of the issue)."""

from __future__ import annotations

from summarise.evidence import EvidenceIndex, link_evidence
from summarise.faithfulness import ArticleFacts, filter_bullets

ARTICLE = [
    "Israel has urged Malta to join a coalition against terrorism.",                       # 0
    "Malta, situated just 200 miles north of Libya, is a gateway between Europe and Africa.",  # 1
    "Israel has offered to share its expertise and provide training to Maltese security forces.",  # 2
    "Malta's government has not yet officially responded to the call.",                     # 3
    "The country has traditionally maintained a neutral stance in regional conflicts.",      # 4
]


def test_evidence_points_to_the_supporting_sentence():
    index = EvidenceIndex(ARTICLE)
    assert index.link("Israel offers training to Maltese security forces.") == [2]
    assert index.link("Malta lies 200 miles north of Libya.") == [1]


def test_a_fused_bullet_cites_both_sentences_in_article_order():
    fused = "Malta's government has not responded and keeps its traditional neutral stance in regional conflicts."
    assert link_evidence(fused, ARTICLE) == [3, 4]


def test_unsupported_text_has_no_evidence():
    assert link_evidence("Football fans celebrated the cup final in Madrid.", ARTICLE) == []
    assert link_evidence("", ARTICLE) == []
    assert link_evidence("Anything at all here.", []) == []


def test_guard_accepts_faithful_bullets_in_other_words():
    facts = ArticleFacts(ARTICLE, title="Israel Calls on Malta to Join Anti-Terrorism Coalition")
    for ok in ["Israel urges Malta to join an anti-terrorism coalition.",
               "Malta's government has not responded yet.",        # possessive
               "Malta is 200 miles from Libya.",                   # number present
               "Israël offers counter-terrorism training."]:       # accent and hyphen variants
        assert facts.unsupported(ok) == [], ok


def test_guard_flags_invented_numbers_and_names():
    facts = ArticleFacts(ARTICLE)
    assert facts.unsupported("Malta is 300 miles north of Libya.") == ["300"]
    assert facts.unsupported("Israel and Germany urge Malta to join.") == ["germany"]
    assert facts.unsupported("Netanyahu urges Malta to join.") == ["netanyahu"]  # sentence-initial name
    assert facts.unsupported("Israel pledged 2,000 troops to Malta.") == ["2000"]


def test_filter_bullets_keeps_order_and_explains_drops():
    facts = ArticleFacts(ARTICLE)
    kept, warnings = filter_bullets(
        ["Israel urges Malta to join the coalition.", "Germany sends 500 troops to Malta.",
         "Malta keeps a neutral stance in regional conflicts."], facts)
    assert kept == ["Israel urges Malta to join the coalition.", "Malta keeps a neutral stance in regional conflicts."]
    assert len(warnings) == 1 and "'500'" in warnings[0] and "'germany'" in warnings[0]
