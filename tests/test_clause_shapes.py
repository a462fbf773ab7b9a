"""Sentence shapes around a speaker, with invented speakers and places: each test is one general
rule (what stands between a subject and its verb, what follows an "according to" source)."""

from __future__ import annotations

from mideast_statements.statements import extract_statements


def said(paragraph: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.name, s.cue, s.text) for s in extract_statements([paragraph])]


def test_a_describing_participle_before_a_title_and_a_name_opens_the_subject() -> None:
    paragraph = (
        "And retired Gen. Tarek Ombrin, who led Qarvati forces in Moravia and later coordinated efforts "
        "against the militia, said on Sunday that the minister was endangering troops."
    )
    assert said(paragraph) == [("Tarek Ombrin", "said", "the minister was endangering troops")]
    # a participle with its object stays an opening phrase
    (s,) = extract_statements(["Alarmed by the unrest, Kessa Dorn said the vote must wait."])
    assert (s.speaker.name, s.text) == ("Kessa Dorn", "the vote must wait")


def test_an_aside_between_dashes_that_adds_to_the_subject() -> None:
    assert said("Kessa Dorn — and some of her allies — say that the plan will fail.") == [
        ("Kessa Dorn", "say", "the plan will fail")
    ]
    assert said("The minister - and even some of his aides - said the plan would fail.")[0][0] == "The minister"


def test_according_to_a_source_then_a_bare_role_sources_the_clause_before() -> None:
    paragraph = (
        "Turnout fell in the north, according to Kessa Dorn, director of the Varnia Survey Center, "
        "which conducted the poll."
    )
    assert said(paragraph) == [("Kessa Dorn", "according to", "Turnout fell in the north")]


def test_a_focusing_adverb_after_and_before_the_sentences_subject() -> None:
    paragraph = "And even Ombrin tried to help them, noting that he would demur too."
    assert said(paragraph) == [("Ombrin", "noting", "he would demur too")]


def test_an_unlisted_past_verb_after_a_quotation_and_a_name_then_a_short_adjunct() -> None:
    (s,) = extract_statements(['"We would have backed the bill," Ombrin fumed on Tuesday.'])
    assert (s.kind, s.speaker.name, s.cue, s.text) == ("direct", "Ombrin", "fumed", "We would have backed the bill")


def test_a_works_title_after_its_noun_is_no_quotation_of_the_speaker() -> None:
    paragraph = "The war dampened plans to return home, Mr. Ombrin said in his 2012 book, ''A Long Road.''"
    assert said(paragraph) == [("Ombrin", "said", "The war dampened plans to return home")]
    # words in sentence case after "in his book," are the speaker's
    (s,) = extract_statements(['Ombrin said in his book, "We failed them all."'])
    assert (s.kind, s.text) == ("direct", "We failed them all.")


def test_quotations_inside_a_clause_or_in_a_row_are_one_statement() -> None:
    paragraph = 'Kessa Dorn said places such as Moravia "have more resonance," while "Varnia is a newcomer."'
    (s,) = extract_statements([paragraph])
    assert (s.kind, s.text) == ("mixed", 'places such as Moravia "have more resonance," while "Varnia is a newcomer."')
    (t,) = extract_statements(['The crowd chanted back at him, "Send them home," and "Build the wall."'])
    assert (t.kind, t.text) == ("mixed", '"Send them home," and "Build the wall."')


def test_a_condition_set_off_after_the_verb_opens_the_reported_clause() -> None:
    assert said("Kessa Dorn said, if elected, she would act.") == [("Kessa Dorn", "said", "if elected, she would act")]
    assert said("Kessa Dorn said that, if elected, she would act.")[0][2] == "if elected, she would act"
    assert said("Kessa Dorn said, if anything, the plan was too small.")[0][2] == "if anything, the plan was too small"


def test_plain_describing_words_before_a_listener_noun_and_its_name() -> None:
    paragraph = 'Kessa Dorn told conservative radio host Tal Vesper on Wednesday that her tweet was "a joke."'
    assert said(paragraph) == [("Kessa Dorn", "told", 'her tweet was "a joke."')]
    assert said("Kessa Dorn told local reporters she had no role.")[0][2] == "she had no role"


def test_verbs_that_cast_their_object_in_the_speakers_words_are_acts() -> None:
    (s,) = extract_statements(['The Varnia Times characterized the race as a "journey from denial."'])
    assert (s.kind, s.speaker.name, s.text) == ("act", "Varnia Times", 'the race as a "journey from denial."')
    (t,) = extract_statements(["Kessa Dorn likened the plan to a trap."])
    assert (t.kind, t.text) == ("act", "the plan to a trap")


def test_a_listener_and_where_it_was_before_that() -> None:
    paragraph = "Retired surgeon Tal Vesper told a crowded banquet hall at a hotel in downtown Varnia that he will run."
    assert said(paragraph) == [("Tal Vesper", "told", "he will run")]
    # a verb after "and" starts a clause of its own, not the listener's words
    paragraph = "Ombrin talked over them as they answered questions and even assured the crowd that he would win."
    assert ("assured", "he would win") in [(cue, text) for _, cue, text in said(paragraph)]


def test_an_unlisted_noun_after_an_inverted_verb_then_the_persons_name() -> None:
    (s,) = extract_statements(
        ['"The odds are good," said another leading advocate, Tal Vesper of the firm Dorn Brown.']
    )
    assert (s.speaker.name, s.text) == ("Tal Vesper", "The odds are good")
    # a verb that opens the sentence is no inverted one ("Asked about the ferry, X said")
    paragraph = "Asked about the ferry, Tomas Keller said, “I have not heard that concern” from the harbour staff."
    assert [s.speaker.name for s in extract_statements([paragraph])] == ["Tomas Keller"]


def test_those_described_by_a_participle_before_the_verb() -> None:
    assert said("By double digits, those surveyed say stricter laws would help.") == [
        ("those surveyed", "say", "stricter laws would help")
    ]


def test_asides_between_bars_and_dashes_that_describe_the_subject() -> None:
    paragraph = "Kessa Dorn - Vesper's partner and co-host on his channel - told the Varnia Post that he had changed."
    assert said(paragraph) == [("Kessa Dorn", "told", "he had changed")]
    assert said("Tal Vesper ― the party's leader ― said the vote would go ahead.")[0][0] == "Tal Vesper"


def test_a_places_word_between_two_name_words_is_a_middle_name() -> None:
    assert said("Kessa Jordan Vesper told the Varnia Post that he had changed.")[0][0] == "Kessa Jordan Vesper"
    # after "The", a place's word opens the name of a publication, not a person's
    (_, s) = extract_statements(
        ["The envoy told her it was not simple, according to an account in The Cairo Evening Lantern."]
    )
    assert s.speaker.kind == "organization"


def test_a_bare_quotation_goes_on_the_quotation_before_not_a_report_in_its_aside() -> None:
    paragraph = (
        "“They’re not terminable at will,” party spokesperson Tal Vesper told the Varnia Journal in July, "
        "after Ombrin stated an interest in ending business with the party. “These contracts are fully binding.”"
    )
    first = extract_statements([paragraph])[0]
    assert (first.speaker.name, first.continuation) == ("Tal Vesper", "These contracts are fully binding.")


def test_a_pronoun_after_an_opening_conjunction_and_a_short_adjunct_is_the_sentences_subject() -> None:
    paragraphs = [
        "Tal Orrin, a former labor leader, had close ties to Vice President Dan Brook. "
        "But on Sunday he finally gave Lina Moss a ringing endorsement.",
        "“We need someone who is battle tested,” he said introducing Moss.",
    ]
    assert [s.speaker.name for s in extract_statements(paragraphs)] == ["Tal Orrin"]


def test_a_subject_with_a_who_clause_then_an_aside_between_commas() -> None:
    paragraph = "Some voters who have listened to his speeches, on television or at events, said he had less magnetism."
    assert said(paragraph) == [("Some voters", "said", "he had less magnetism")]


def test_invisible_marks_and_a_closing_mark_typed_as_the_opening_one() -> None:
    # a direction mark before a quotation whose opening mark is typed the wrong way round
    (s,) = extract_statements(["\u202a”This is why the militia has to go. They are cruel,” said Tal Vesper."])
    assert (s.kind, s.speaker.name, s.text) == (
        "direct",
        "Tal Vesper",
        "This is why the militia has to go. They are cruel",
    )


def test_a_closing_attribution_with_the_one_written_to() -> None:
    paragraph = "There is no need to move the files, and the rest are stored safely, Vesper wrote Lind."
    (s,) = extract_statements([paragraph])
    assert (s.cue, s.text) == ("wrote", "There is no need to move the files, and the rest are stored safely")


def test_according_to_after_an_aside_between_dashes() -> None:
    paragraph = "Ombrin had 115 thefts — including 12 robberies — according to the bureau."
    assert said(paragraph) == [("the bureau", "according to", "Ombrin had 115 thefts — including 12 robberies")]
    # a dash that opens an aside holding the source leaves the clause before it alone
    paragraph = "Tal Vesper blamed the storm while — according to the Varnia Post — knowing the truth."
    assert ("Varnia Post", "Tal Vesper blamed the storm while") not in [(n, t) for n, _, t in said(paragraph)]


def test_an_occasion_between_an_object_and_what_it_was_called() -> None:
    (s,) = extract_statements(['Kessa Dorn described the group during an interview as "a remnant of another period."'])
    assert s.text == 'the group during an interview as "a remnant of another period."'
    (t,) = extract_statements(["Kessa Dorn offered the crowd a farewell in Ombrin on Tuesday as she ended her bid."])
    assert t.text == "the crowd a farewell in Ombrin"  # "on Tuesday as she ended …": a time, then a clause


def test_a_quotation_inside_an_opening_clause_is_not_the_later_verbs_words() -> None:
    paragraph = 'Although Tal Vesper admitted they had "been friends," he claimed they had never met in person.'
    assert ("Tal Vesper", "claimed", "they had never met in person") in said(paragraph)


def test_an_aside_between_commas_right_after_the_verb() -> None:
    paragraph = "Tal Vesper described, in blistering terms, a set of practices that left the port open."
    assert said(paragraph) == [("Tal Vesper", "described", "a set of practices that left the port open")]
    assert said("Tal Vesper said, in a statement, the talks had failed.")[0][2] == "the talks had failed"
    calling = said("Tal Vesper mocked Dorn, calling him, among other things, “a failed candidate.”")[-1]
    assert calling == ("Tal Vesper", "calling", "him, among other things, “a failed candidate.”")


def test_a_parenthetical_attribution_with_an_occasion_a_day_or_a_listener() -> None:
    for attribution in ("Tal Vesper argued in his email", "Tal Vesper said on Monday", "Tal Vesper told reporters"):
        (s,) = extract_statements([f"The incident, {attribution}, is a reason to adopt new rules."])
        assert (s.speaker.name, s.text, s.continuation) == (
            "Tal Vesper",
            "The incident",
            "is a reason to adopt new rules",
        )


def test_an_opening_phrase_before_a_parenthetical_attribution_is_no_part_of_the_words() -> None:
    for opener in ("If anything", "In fact", "In the end"):
        paragraph = f"{opener}, Tal Vesper said, the incident is a reason to adopt new rules."
        assert said(paragraph) == [("Tal Vesper", "said", "the incident is a reason to adopt new rules")]


def test_phrasal_verbs_that_report_nothing() -> None:
    assert said("Kessa Dorn would let businesses write off their investment.") == []
    assert said("Several firms called off projects with Tal Vesper.") == []
    assert said("Tal Vesper wrote that the talks had failed.") == [("Tal Vesper", "wrote", "the talks had failed")]


def test_a_pronouns_relative_clause_inside_the_words_does_not_end_them() -> None:
    paragraph = "The Qarvat Front said the attack, which it called Operation Dawn, was in retaliation for the raid."
    (s, *_) = extract_statements([paragraph])
    assert s.text == "the attack, which it called Operation Dawn, was in retaliation for the raid"
    # a named speaker's relative clause is a report of its own
    paragraph = (
        "Aides say the effort could backfire, angering both, which Kessa Dorn praised on Tuesday ''for trying.''"
    )
    assert ("Kessa Dorn", "praised") in [(name, cue) for name, cue, _ in said(paragraph)]


def test_a_quotation_alone_before_its_attribution_in_the_same_paragraph() -> None:
    paragraphs = [
        '"I will look at many people," Kessa Dorn said. "Mountain men?" Tal Vesper repeated.',
        '"I am not sure he is free, but we will see, right?" Kessa Dorn remarked, smiling.',
    ]
    found = [(s.speaker.name, s.cue, s.text) for s in extract_statements(paragraphs)]
    assert ("Tal Vesper", "repeated", "Mountain men?") in found
    assert ("Kessa Dorn", "remarked", "I am not sure he is free, but we will see, right?") in found
    # with no attribution after it, the quotation goes to the one who "said in a statement"
    statements = extract_statements(["Tal Vesper spoke in a statement.", '"We will not give up." Kessa Dorn added.'])
    assert [(s.speaker.name, s.text) for s in statements] == [("Kessa Dorn", "We will not give up.")]


def test_went_so_far_as_to_say() -> None:
    assert said("Tal Vesper has gone so far as to say that the network is over.") == [
        ("Tal Vesper", "say", "the network is over")
    ]


def test_in_what_a_named_person_set_off_by_a_role_called() -> None:
    paragraph = (
        'Vesper held the line at the convention, in what Kessa Dorn, the treasurer, called "hand-to-hand combat."'
    )
    assert said(paragraph) == [("Kessa Dorn", "called", "hand-to-hand combat.")]


def test_a_participle_after_where_or_to_whom_the_verb_went_is_the_subjects() -> None:
    paragraph = "Then, last week, Kessa Dorn posted on Varnia Social accusing the label of blocking her."
    # no words of hers before the verb either: an opener and a time only
    assert said(paragraph) == [("Kessa Dorn", "accusing", "the label of blocking her")]
    assert said("Kessa Dorn wrote to the council urging a vote.") == [("Kessa Dorn", "urging", "a vote")]
