"""Unnamed and generic sources in the shapes news writes them, with invented speakers and places:
each test is one general rule (a noun's other number, long relative clauses, clefts, works that
report, a gerund's verb that is not the sentence's)."""

from __future__ import annotations

from mideast_statements.statements import extract_statements
from mideast_statements.statements.lexicon import number_forms


def said(paragraph: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.name, s.cue, s.text) for s in extract_statements([paragraph])]


def test_a_person_noun_seen_in_one_number_heads_a_source_in_the_other() -> None:
    forms = number_forms(frozenset({"attendees", "donor", "spokesman", "tweets", "backers", "others"}))
    assert {"attendee", "donors", "spokesmen"} <= forms
    # a thing keeps its number ("a series of tweets" is no source), and an -er singular may be a
    # surname ("Backer says"), so it is not made from its plural
    assert not {"tweet", "backer", "other"} & forms
    assert said("One attendee said the message was clear.") == [("One attendee", "said", "the message was clear")]


def test_a_work_that_reports_is_a_source_whatever_follows_it() -> None:
    assert said("A study from 2011 noted that the average age was 18.") == [
        ("A study from 2011", "noted", "the average age was 18")
    ]
    (s,) = extract_statements(["As another Halvor study from 2011 noted, the average age of settlers was 18."])
    assert (s.speaker.name, s.text) == ("another Halvor study from 2011", "the average age of settlers was 18")


def test_a_plural_after_an_adjective_taking_to_is_its_object_not_a_verb() -> None:
    (s,) = extract_statements(["Multiple sources privy to negotiations say the deadline will move."])
    assert (s.speaker.name, s.speaker.kind) == ("Multiple sources privy to negotiations", "unnamed")
    # a plural after a noun and "to" is no part of a source ("a text message to supporters saying")
    (t,) = extract_statements(["His campaign sent a text message to supporters saying the count was over."])
    assert t.speaker.name == "His campaign"


def test_a_relative_clause_naming_several_people_before_the_verb() -> None:
    paragraph = (
        "Many of the local party leaders who would rather be working on a campaign for Tarvel or "
        "Ombrin or Kessa Dorn said they have rallied behind the ticket."
    )
    assert said(paragraph) == [("Many of the local party leaders", "said", "they have rallied behind the ticket")]
    contracted = paragraph.replace("who would", "who’d")
    assert said(contracted)[0][0] == "Many of the local party leaders"


def test_in_a_cleft_the_noun_before_who_speaks_and_the_clause_is_reported() -> None:
    assert said("It was the minister who said the talks had failed.") == [
        ("the minister", "said", "the talks had failed")
    ]
    cleft = "Several sources say it is the leaders in the assembly who have insisted on acting now."
    (s,) = extract_statements([cleft])
    assert (s.speaker.name, s.text) == (
        "Several sources",
        "it is the leaders in the assembly who have insisted on acting now",
    )
    # "It was a setback for X, who …": a comma before "who" makes no cleft; "it" is no speaker
    assert all(
        s.speaker.name.lower() != "it"
        for s in extract_statements(["It was a setback for the party leader, who had pledged to back the nominee."])
    )


def test_a_finite_verb_after_a_gerund_and_and_shares_the_sentences_subject() -> None:
    paragraph = "Some senators vented about Ombrin vowing to fight on and said that they had lost their patience."
    assert ("Some senators", "said", "they had lost their patience") in said(paragraph)
    # a progressive form is finite: the verb after "and" shares its subject
    progressive = "Kessa Dorn was insisting that the vote be held and said it would go ahead."
    assert [name for name, *_ in said(progressive)] == ["Kessa Dorn", "Kessa Dorn"]


def test_what_a_poll_found_ends_the_respondents_phrase() -> None:
    # never "The survey showed 54 percent …" as a name: the verb of the finding ends it
    assert said("The survey showed 54 percent of voters said they would back Vesper.")[0][0] == "54 percent of voters"
    assert said("The poll shows most voters say the country is on the wrong track.")[0][0] == "most voters"


def test_a_quantifier_before_an_adverb_heads_no_source() -> None:
    paragraph = (
        "Candidates make money on the trail, most frequently in royalties from books often released midcampaign."
    )
    assert not any(s.speaker.name.startswith("most") for s in extract_statements([paragraph]))
    assert said("Many elderly voters said the clinic must stay open.")[0][0] == "Many elderly voters"


def test_joined_describing_words_before_the_sources_noun() -> None:
    paragraph = "Agents want to interview Tal Vesper about the server, current and former officials said."
    assert said(paragraph) == [
        ("current and former officials", "said", "Agents want to interview Tal Vesper about the server")
    ]
    assert said("Some current and former officials said the plan failed.")[0][0] == "Some current and former officials"
    # two places joined before the verb stay two sources
    assert [name for name, _, _ in said("Ombrin and Varnia said the talks would resume.")] == ["Ombrin", "Varnia"]


def test_a_finding_verb_ends_the_phrase_before_it() -> None:
    assert said("Early polls show voters in the area say the vote is close.") == [
        ("voters in the area", "say", "the vote is close")
    ]
    statements = extract_statements(["Findings show voters fear the result.", "The findings underscore a divide."])
    assert [s.speaker.name for s in statements] == ["Findings"]


def test_a_bare_infinitive_after_help_is_no_report() -> None:
    assert said("Taxes are unpopular in Varnia, which helps explain why no candidate names them.") == []
