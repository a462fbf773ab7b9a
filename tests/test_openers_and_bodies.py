"""Sentence openings before a subject, clauses that open the reported words, and bodies named in
passing that "the agency" later stands for. Invented speakers and places; each test is one rule."""

from __future__ import annotations

from mideast_statements.statements import extract_statements


def said(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.name, s.cue, s.text) for s in extract_statements(list(paragraphs))]


def test_a_time_phrase_before_the_subject_of_a_participle() -> None:
    paragraph = "Hours later, Tal Vesper returned the compliment, telling the Varnia Post, “Kessa is a friend.”"
    assert said(paragraph) == [("Tal Vesper", "telling", "Kessa is a friend.")]
    assert said("A week ago, Tal Vesper backed the plan, saying, “It will work.”")[-1][0] == "Tal Vesper"


def test_a_clause_of_circumstance_after_an_opening_phrase() -> None:
    paragraph = (
        "On Thursday, after remaining neutral for months, Kessa Dorn endorsed the mayor, saying, "
        "“She is what this city needs.”"
    )
    assert said(paragraph)[-1] == ("Kessa Dorn", "saying", "She is what this city needs.")


def test_a_whole_sentence_told_to_listeners_though_it_opens_in_lower_case() -> None:
    paragraph = "But, she told the mayors who gathered in Ombrin, “no one should doubt our commitment.”"
    expected = [("Kessa Dorn", "told", "no one should doubt our commitment.")]
    assert said("Kessa Dorn spoke in Qarvat.", paragraph) == expected
    # after a clause, a lower-case quotation stays part of mixed words
    (s,) = extract_statements(['Kessa Dorn said the turmoil was not the fault of banks, "not by a long shot."'])
    assert (s.kind, s.text) == ("mixed", 'the turmoil was not the fault of banks, "not by a long shot."')


def test_a_condition_that_opens_the_words_keeps_the_clause_after_it() -> None:
    paragraph = "Kessa Dorn said that, if elected, she would ask the council to continue."
    assert said(paragraph) == [("Kessa Dorn", "said", "if elected, she would ask the council to continue")]
    paragraph = "Kessa Dorn said that when the talks resume, Qarvat would insist on a ceasefire."
    assert said(paragraph)[0][2] == "when the talks resume, Qarvat would insist on a ceasefire"


def test_a_circumstance_between_dashes_after_the_subject() -> None:
    assert said("Tal Vesper — after a long pause — told reporters the talks had failed.") == [
        ("Tal Vesper", "told", "the talks had failed")
    ]


def test_a_relative_clause_after_a_prepositional_object_is_not_the_predicates() -> None:
    paragraph = "Tal Vesper became the subject of derision from opponents, who accused him of doom and gloom."
    assert "Tal Vesper" not in [name for name, _, _ in said(paragraph)]
    # after a predicate noun the relative clause is the subject's
    assert said("Tal Vesper is a veteran organiser who has pledged to end the strike.")[0][0] == "Tal Vesper"


def test_the_agency_stands_for_a_body_named_in_passing() -> None:
    paragraph = "The rock is a priority target in the Varnia Space Agency's search for life, according to the agency."
    assert said(paragraph)[0][0] == "Varnia Space Agency"
    # an owner that is no country is no part of the body's name
    first = "The budget of Mr. Vesper's Supreme Court grew last year."
    assert said(first, "The court said the law stood.")[0][0] == "Supreme Court"


def test_the_party_stands_for_the_party_named_last() -> None:
    paragraphs = (
        "The Harbour Party said it would fight the plan.",
        "Members of the Moravian Party met on Monday to discuss it.",
        "The party said it would decide later.",
    )
    assert [name for name, _, _ in said(*paragraphs)] == ["Harbour Party", "Moravian Party"]


def test_an_admiral_named_before_is_the_admiral() -> None:
    paragraphs = ("Adm. Tal Vesper commands the fleet.", "The comments had two goals, the admiral said.")
    assert said(*paragraphs) == [("Tal Vesper", "said", "The comments had two goals")]


def test_and_inside_a_roles_object_keeps_the_role_whole() -> None:
    (s,) = extract_statements(
        ["The Qarvati minister of foreign affairs and expatriates, Tal Vesper, said talks resume."]
    )
    assert (s.speaker.name, s.speaker.role) == ("Tal Vesper", "Qarvati minister of foreign affairs and expatriates")
    paragraph = "The minister of environment and energy, Kessa Dorn, spoke to reporters, saying the accord holds."
    assert said(paragraph) == [("Kessa Dorn", "saying", "the accord holds")]
    # a name after "and" is a second person, and capitalised words after "of" may be a name
    assert said("The minister of health and Tal Vesper said the talks would resume.")[0][0] == "Tal Vesper"


def test_joined_describing_words_before_a_relative_clause() -> None:
    paragraph = "Current and former officials who spoke with the Varnia Post said the party is a shell."
    assert said(paragraph)[0][0] == "Current and former officials who spoke with the Varnia Post"
