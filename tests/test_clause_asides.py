"""Words between a source and its verb, or between the verb and what it reports: asides,
stressing pronouns, spans of time, unnamed sources' reasons, listeners with their body.
Invented speakers and places; each test is one rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mideast_statements.statements import extract_statements
from mideast_statements.statements.lexicon import default_lexicon, load_lexicon
from mideast_statements.statements.mentions import analyse, role_plural
from mideast_statements.statements.registry import load_speakers
from mideast_statements.statements.text import tokenize


def said(*paragraphs: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(s.speaker.name, s.cue, s.text, s.continuation) for s in extract_statements(list(paragraphs))]


def who_said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each statement's speaker and cue, for tests about who speaks through which verb."""
    return [(name, cue) for name, cue, _, _ in said(*paragraphs)]


def test_a_parenthetical_attribution_before_a_clause_keeps_both_halves() -> None:
    assert said("But with each passing week, officials say, it becomes harder to make the case.") == [
        ("officials", "say", "But with each passing week", "it becomes harder to make the case")
    ]
    # after the verb with no comma, a listener still follows it
    assert said("The talks failed, Tal Vesper told reporters.") == [("Tal Vesper", "told", "The talks failed", None)]


def test_a_stressing_pronoun_stands_between_the_source_and_its_verb() -> None:
    assert said("Senator Tal Vesper himself said the plan was weak.") == [
        ("Tal Vesper", "said", "the plan was weak", None)
    ]
    assert [name for name, *_ in said("The ministry itself said the plan was weak.")] == ["The ministry"]
    # after a verb the pronoun is its object, and the subject before it still speaks
    assert [name for name, *_ in said("Kessa Dorn found herself saying the plan was weak.")] == ["Kessa Dorn"]


def test_a_quotation_that_opens_with_a_subject_pronoun_is_a_clause_not_an_object() -> None:
    (statement,) = extract_statements(['Tal Vesper warned "we will not win" if turnout falls.'])
    assert (statement.kind, statement.text) == ("mixed", '"we will not win" if turnout falls')
    # a quoted noun phrase stays the object of an act
    (act,) = extract_statements(['Tal Vesper denounced "a whitewash" by the council.'])
    assert act.kind == "act"


def test_a_phrasal_verb_with_its_particle_reports_nothing() -> None:
    found = said("Varnian workers say it was the governor's talk on trade that fired them up.")
    assert found == [("Varnian workers", "say", "it was the governor's talk on trade that fired them up", None)]


def test_a_relative_clause_inside_the_words_does_not_end_them() -> None:
    found = said("Tal Vesper said that Kessa Dorn, who criticized the plan, was wrong.")
    assert found == [("Tal Vesper", "said", "Kessa Dorn, who criticized the plan, was wrong", None)]


def test_a_span_of_time_between_the_verb_and_that() -> None:
    assert said("Ombrin argued for decades that it was the first victim of the war.") == [
        ("Ombrin", "argued", "it was the first victim of the war", None)
    ]
    assert said("Tal Vesper has said for the past two years that the plan was weak.") == [
        ("Tal Vesper", "said", "the plan was weak", None)
    ]
    # "for" before an object keeps the verb's own preposition
    assert [cue for _, cue, *_ in said("Tal Vesper argued for a plan that would help.")] == ["argued for"]


def test_a_document_sent_to_a_listener_is_an_adjunct() -> None:
    assert said("A spokesperson said in a statement emailed to Varnia News that the agency never held anyone.") == [
        ("A spokesperson", "said", "the agency never held anyone", None)
    ]


def test_an_unnamed_source_keeps_the_reason_it_goes_unnamed() -> None:
    found = said(
        "An official who spoke on condition of anonymity because he was not authorized to speak publicly "
        "said the talks failed."
    )
    assert [(cue, text) for _, cue, text, _ in found] == [("said", "the talks failed")]
    assert found[0][0].startswith("An official")
    assert said("A spokesperson who did not wish to be named because of agency policy said the talks failed.") == [
        ("A spokesperson who did not wish to be named because of agency policy", "said", "the talks failed", None)
    ]
    # the infinitive's adverb stays in the clause
    assert [
        name for name, *_ in said("An official who was not authorized to speak publicly said the talks failed.")
    ] == ["An official who was not authorized to speak publicly"]


def test_a_plural_listener_with_its_body_and_an_aside() -> None:
    assert said(
        "Kessa Dorn told investors of Ombrin Media, the group's parent, on Oct. 31 that the merger would help."
    ) == [("Kessa Dorn", "told", "the merger would help", None)]
    assert said("Kessa Dorn told staff at the Varnia Ministry on Monday that the merger would help.") == [
        ("Kessa Dorn", "told", "the merger would help", None)
    ]
    # a plural object with no clause after it is no listener
    assert said("Kessa Dorn told stories of the war.") == []


def test_a_closing_verb_no_lexicon_lists_may_be_followed_by_and() -> None:
    assert said("“Go back to Ombrin,” Tal Vesper barked and a guard escorted Kessa Dorn out.") == [
        ("Tal Vesper", "barked", "Go back to Ombrin", None)
    ]
    assert said("“Go back,” the senator fumed as she left.") == [("the senator", "fumed", "Go back", None)]


def test_the_writers_and_i_quote_stands_between_the_verb_and_its_quotation() -> None:
    assert said('Tal Vesper said, and I quote, "We love the council."') == [
        ("Tal Vesper", "said", "We love the council.", None)
    ]


def test_no_wonder_is_the_writers_comment_not_a_negation_or_a_role() -> None:
    (statement,) = extract_statements(["No wonder Tal Vesper said the council was weak."])
    assert (statement.speaker.name, statement.speaker.role, statement.speaker.organization) == (
        "Tal Vesper",
        None,
        None,
    )
    assert extract_statements(["Tal Vesper did not say the council was weak."]) == ()


def test_words_that_only_end_like_agent_nouns_are_no_roles() -> None:
    lex = default_lexicon()
    for phrase in ("Ombrin Polls favor Tal Vesper", "the water Tal Vesper"):
        mention = analyse(tokenize(phrase, []), phrase, lex)
        assert mention is not None and (mention.name, mention.role) == ("Tal Vesper", None)
    # a real agent noun is still a role
    mention = analyse(tokenize("the organizer Tal Vesper", []), "the organizer Tal Vesper", lex)
    assert mention is not None and mention.role == "organizer"


def test_a_people_noun_after_that_is_the_subject_of_a_closing_verb() -> None:
    assert said("Lawmakers killed a bill that critics called anti-gay.") == [("critics", "called", "anti-gay", None)]
    # with the clause's own verb still to come, the -ed form describes the people noun
    assert [name for name, *_ in said("The seats that delegates pledged to her may switch.")] != ["delegates"]


def test_the_words_end_before_the_writers_summary_another_source_disputes() -> None:
    assert said(
        "Tal Vesper said that the files were not secret at the time - a point that officials have disputed."
    ) == [("Tal Vesper", "said", "the files were not secret at the time", None)]


def test_a_clause_of_time_after_the_verb_is_no_adjunct() -> None:
    found = said(
        "Her wins show she is popular across the country, as Vesper's manager suggested after she swept the south."
    )
    assert [(name, cue) for name, cue, *_ in found] == [("Vesper's manager", "suggested")]
    assert "the south" not in found[0][2]
    assert said("Tal Vesper told the Post before he spoke to the committee that he believed the talks failed.") == [
        ("Tal Vesper", "told", "he believed the talks failed", None)
    ]


def test_called_after_a_definite_subject_reports_and_after_an_indefinite_noun_names() -> None:
    assert said("The ministry called Kessa Dorn a liar.") == [("The ministry", "called", "Kessa Dorn a liar", None)]
    assert [cue for _, cue, *_ in said('The ministry called Kessa Dorn\'s plan "a disaster."')] == ["called"]
    assert [cue for _, cue, *_ in said('In another post, Tal Vesper called Dorn the "ultimate hypocrite."')] == [
        "called"
    ]
    # "a super PAC called Future45": the new thing is named, nobody speaks
    found = said("“They will lose,” Dorn said, referencing a super PAC called Future45 funded by Tal Vesper.")
    assert "called" not in [cue for _, cue, *_ in found]


def test_an_opening_subordinate_clause_ends_the_words_at_the_main_clause() -> None:
    found = said("When Lind pointed out that Vesper calls it a plan for all, Dorn seized upon the reference.")
    assert found == [("Lind", "pointed out", "Vesper calls it a plan for all", None)]
    assert said("If Lind said the talks failed, the council would act.") == [("Lind", "said", "the talks failed", None)]
    # a list of names inside the words is no main clause
    assert said("When Lind said that Ombrin, Varnia and Kestrel would act, Dorn left.")[0][2] == (
        "Ombrin, Varnia and Kestrel would act"
    )


def test_a_relative_on_the_whole_clause_ends_the_words_and_its_verb_may_take_a_colon() -> None:
    found = said('Dorn said that experts had found her plans were strong, to which Lind interjected: "It\'s not true."')
    assert found == [
        ("Dorn", "said", "experts had found her plans were strong", None),
        ("Lind", "interjected", "It's not true.", None),
    ]
    assert said("Dorn said the plans were strong, at which point Lind walked out.")[0][2] == "the plans were strong"
    # a relative clause closed by its comma is a noun's, inside the words
    assert said("Dorn said the region, to which troops were sent, is calm.")[0][2] == (
        "the region, to which troops were sent, is calm"
    )


def test_an_inverted_speaker_may_be_followed_by_as_after_a_quotation() -> None:
    assert said('"We can win on Tuesday," said Tal Vesper as he closed out.') == [
        ("Tal Vesper", "said", "We can win on Tuesday", None)
    ]
    # after another verb the name is an object: "as" describes it
    found = said('Vesper called the plan "toxic," portrayed Kessa Dorn as a threat and left.')
    assert "Kessa Dorn" not in [name for name, *_ in found]


def test_a_name_the_person_goes_by_in_quotation_marks_stays_in_the_appositive() -> None:
    assert said("Kal Dorn, the hacker known as “Ghost,” stated that he had access to the server.") == [
        ("Kal Dorn", "stated", "he had access to the server", None)
    ]


def test_a_that_clause_subject_set_off_by_commas_speaks_or_is_inside_the_words() -> None:
    assert said("It was years ago that Tal Vesper, who is thinking about a run, said it was impossible.") == [
        ("Tal Vesper", "said", "it was impossible", None)
    ]
    # after a verb of saying, the that-clause with its own report is all the first speaker's words
    assert said("Lind said that Tal Vesper, the minister, told her the plan was weak.") == [
        ("Lind", "said", "Tal Vesper, the minister, told her the plan was weak", None)
    ]


def test_a_seat_of_government_the_lexicon_lists_for_a_country_speaks(tmp_path: Path) -> None:
    path = tmp_path / "countries.toml"
    path.write_text('[countries]\nXQ = ["Qarvat", "Qarvati", "Vesper Street"]\n')
    lexicon = load_lexicon(extra=[path])
    (statement,) = extract_statements(["Vesper Street said the plan was weak."], lexicon=lexicon)
    assert (statement.speaker.name, statement.speaker.kind, statement.speaker.country) == (
        "Vesper Street",
        "organization",
        "XQ",
    )
    # a street no lexicon lists is a place, no source
    assert extract_statements(["Kessa Street said the plan was weak."], lexicon=lexicon) == ()


def test_a_change_by_an_amount_and_a_counted_participle_report_nothing() -> None:
    assert said("Trade between the two nations declined 40 percent in the first six months.") == []
    assert said("The index added 20.72 points, or 0.24%, to 8,570.66.") == []
    assert said("Neither were her five proposed bills accepted.") == []
    # a verb after "the two" keeps its subject
    assert [name for name, *_ in said("The statement by the two suggested both are invested in the fight.")] == [
        "The statement by the two"
    ]
    assert said("Tal Vesper declined to comment.") == []


def test_a_present_form_mostly_read_as_a_noun_is_a_verb_where_a_quotation_puts_one() -> None:
    assert said('"Today, the kingdom is ready," the Varnians state in the white paper.') == [
        ("Varnians", "state", "Today, the kingdom is ready", None)
    ]
    assert [cue for _, cue, *_ in said("The states said the plan was weak.")] == ["said"]


def test_a_long_appositive_with_a_role_and_its_body_is_still_an_appositive() -> None:
    found = said(
        "Kal Zog, a Vesper superdelegate from the District and the president of the D.C.-based Varnian "
        "American Institute, said the plan was weak."
    )
    assert found == [("Kal Zog", "said", "the plan was weak", None)]


def test_a_closing_as_clause_with_a_span_of_time_reports_the_whole_sentence() -> None:
    found = said(
        "Mr. Lind was among those supporting Mr. Dorn, even discussing a walkout, "
        "as the Courier reported a few days later."
    )
    assert found == [
        ("Courier", "reported", "Mr. Lind was among those supporting Mr. Dorn, even discussing a walkout", None)
    ]


def test_two_relative_clauses_joined_by_and_may_say_why_a_source_goes_unnamed() -> None:
    found = said(
        "Another worshipper who prayed at the center here and who didn't want to be named said the talks failed."
    )
    assert found == [
        (
            "Another worshipper who prayed at the center here and who didn't want to be named",
            "said",
            "the talks failed",
            None,
        )
    ]


def test_a_names_possessive_before_a_person_noun_is_an_unnamed_source() -> None:
    assert said("Tal Vesper's coach says that the time trial is not important.") == [
        ("Tal Vesper's coach", "says", "the time trial is not important", None)
    ]
    # a thing the name made speaks for its maker
    assert [name for name, *_ in said("Kal Tuttle's article also attacked Vesper by accusing him of lying.")] == [
        "Kal Tuttle"
    ]


def test_a_closing_attribution_may_go_on_with_the_sources_second_verb() -> None:
    assert said("Varnia's programme dated back to 1974, one speaker noted and linked it to a reactor.") == [
        ("one speaker", "noted", "Varnia's programme dated back to 1974", None)
    ]


def test_the_standard_of_an_as_as_comparison_reports_nothing() -> None:
    found = said("The looting may not have been as extensive as some people first reported, Tal Vesper told viewers.")
    assert found == [
        ("Tal Vesper", "told", "The looting may not have been as extensive as some people first reported", None)
    ]
    # "as many as" counts the source
    assert [name for name, *_ in said("As many as 40 percent of Ombrin voters said they could not support Dorn.")] != []


def test_an_introduced_question_and_the_answer_after_it_are_two_sentences() -> None:
    found = said("Tal Lind was asked, “Would you have told her?” He answered, “I have no idea.”")
    assert ("Tal Lind", "answered", "I have no idea.", None) in found
    # a question with its attribution after it stays one sentence
    assert said("“Will I change?” Kessa Dorn asked reporters.") == [("Kessa Dorn", "asked", "Will I change?", None)]


def test_a_by_gerund_in_a_relative_clause_is_the_antecedents() -> None:
    found = said(
        "Lind sat with Tal Vesper, who last week surprised Kessa Dorn by declaring he could not support the plan."
    )
    assert found == [("Tal Vesper", "declaring", "he could not support the plan", None)]


def test_a_hedged_report_after_appeared_or_seemed_to_is_still_the_sources() -> None:
    assert said("Tal Dorn appeared to imply that Vesper could lead to more upheaval.") == [
        ("Tal Dorn", "imply", "Vesper could lead to more upheaval", None)
    ]
    assert said("The plan appears to say nothing.") == []


def test_a_name_that_ends_like_a_participle_opens_its_sentence_as_the_subject() -> None:
    found = said(
        "Marling is one of the companies bidding on the programme, and confirmed that its approach uses the rocket. "
        "In a statement, it said it submitted a proposal."
    )
    assert [(name, cue) for name, cue, *_ in found] == [("Marling", "confirmed"), ("Marling", "said")]
    # a participle opening a sentence still describes the subject after its phrase
    assert [name for name, *_ in said("Speaking on Monday, Tal Vesper said the plan failed.")] == ["Tal Vesper"]


def test_an_inverted_speaker_then_a_participle_and_a_closing_verb_then_a_dash() -> None:
    found = said('"It is part of a pattern," said Kal Theron citing both Lind and Dorn.')
    assert found[0] == ("Kal Theron", "said", "It is part of a pattern", None)
    assert said("How long it takes depends on the tools, Tal Vesper said — including getting drugs to people.") == [
        ("Tal Vesper", "said", "How long it takes depends on the tools", None)
    ]


def test_a_bare_description_with_a_bodys_name_before_a_set_off_name() -> None:
    assert said('"The tools were quite sad," says Kestrel graphics architect, Aras Lind.') == [
        ("Aras Lind", "says", "The tools were quite sad", None)
    ]


def test_a_question_then_a_name_and_a_past_form_no_lexicon_lists_is_one_attribution() -> None:
    found = extract_statements(["“Would it be negotiable?” Lind pressed. “Maybe let some people stay?”"])
    assert [(s.speaker.name, s.cue, s.text, s.continuation) for s in found] == [
        ("Lind", "pressed", "Would it be negotiable?", "Maybe let some people stay?")
    ]
    # lower-case words after the quotation open a sentence of their own
    assert said("“Is it over?” The crowd cheered.") == []


def test_a_relative_clause_after_a_closing_according_to_leaves_the_words_before() -> None:
    found = said(
        "Dorn holds a 10-point lead in Ombrin, according to the Kestrel average of polls, where 475 seats are at stake."
    )
    assert found == [("the Kestrel average of polls", "according to", "Dorn holds a 10-point lead in Ombrin", None)]


def test_a_closing_according_to_before_a_linked_clause_with_or_without_its_comma() -> None:
    found = said("Dorn leads Vesper by 271 delegates according to a count by the Courier, but Vesper vowed to fight.")
    assert ("Courier", "according to", "Dorn leads Vesper by 271 delegates", None) in found
    found = said("Dorn leads, according to a count by the Courier, but Vesper vowed to fight.")
    assert ("Courier", "according to", "Dorn leads", None) in found


def test_a_telling_verb_at_the_end_of_a_sentence_reads_no_listener_past_it() -> None:
    # a sentence cut after "told the" (a page's furniture, a truncated dump) is no error
    assert said("Tal Vesper told the") == []
    assert said("Tal Vesper told his") == []


def test_a_demonstrative_before_a_word_for_a_person_makes_a_subject() -> None:
    found = said('"The harbour workers are hard-working people," this impostor declared in Kestrel City.')
    assert [(name, cue) for name, cue, *_ in found] == [("this impostor", "declared")]
    # before a thing, no source: a page's "This section describes …" reports nobody's words
    assert said("This section describes the plan for Ombrin.") == []
    # "this" before a time is a date, and the name after it still speaks
    for opener in ("This morning", "Monday morning", "Last week"):
        dated = extract_statements([f"{opener} Tal Vesper said the talks failed."])
        assert [(s.speaker.name, s.speaker.organization) for s in dated] == [("Tal Vesper", None)], opener


def test_early_or_late_before_a_noun_is_part_of_the_subject_not_a_date() -> None:
    found = said("According to early results of the exit poll, Kessa Dorn leads in Ombrin.")
    assert [name for name, *_ in found] == ["early results of the exit poll"]
    found = said("Late Tuesday, the ministry said the talks failed.")
    assert [name for name, *_ in found] == ["the ministry"]


def test_a_date_before_a_pronoun_opens_the_sentence_no_relative_clause() -> None:
    for opener in ("Last week", "On Monday", "Two years ago", "Late Tuesday night", "This year,"):
        found = said(f"Tal Vesper arrived in Ombrin. {opener} he said the talks had failed.")
        assert found == [("Tal Vesper", "said", "the talks had failed", None)], opener
    found = said("Tal Vesper likes surprises. This year, he rose to the defense of Kessa Dorn, saying she won.")
    assert found == [("Tal Vesper", "saying", "she won", None)]
    # after a noun the pronoun still opens an object relative clause: the deal is no speaker's
    assert said("The deal he said would work failed.") == []
    # a day followed by a preposition ends the phrase before it ("late Friday with an editor's note")
    found = said("The Courier responded late Friday with a note saying that Vesper had erred.")
    assert [name for name, *_ in found] == ["Courier"]


def test_a_registry_body_named_like_a_person_is_no_antecedent_for_he(tmp_path: Path) -> None:
    (tmp_path / "speakers.toml").write_text(
        '[[speaker]]\nid = "varnian-dawn"\nname = "Varnian Dawn"\nkind = "institution"\n', encoding="utf-8"
    )
    registry = load_speakers(extra=[tmp_path / "speakers.toml"])
    paragraphs = [
        "Tal Vesper spoke in Ombrin on Monday.",
        "The rise of the Varnian Dawn has unsettled many voters. On Tuesday night he said it still posed a threat.",
    ]
    found = extract_statements(paragraphs, speakers=registry)
    assert [(s.speaker.name, s.text) for s in found] == [("Tal Vesper", "it still posed a threat")]
    found = extract_statements(["The Varnian Dawn said it carried out the attack."], speakers=registry)
    assert [(s.speaker.name, s.speaker.kind) for s in found] == [("Varnian Dawn", "organization")]


def test_a_participle_phrase_after_an_inverted_head_describes_the_speaker() -> None:
    found = said(
        "“It’s too smelly here,” says a young man wearing a mask. “We stay,” he says, declining to give his name."
    )
    assert [(name, text) for name, _, text, _ in found] == [
        ("a young man wearing a mask", "It’s too smelly here"),
        ("a young man wearing a mask", "We stay"),
    ]
    assert [name for name, *_ in said("“It’s over,” said a woman holding a sign.")] == ["a woman holding a sign"]


def test_an_appositive_with_a_time_clause_still_sets_off_the_subject() -> None:
    found = said(
        "Former Kestrel City defender Tal Vesper, a team-mate of Dorn's while he was at City, said it was wise."
    )
    assert found == [("Tal Vesper", "said", "it was wise", None)]
    found = said("Tal Vesper, the minister when the talks began, said they failed.")
    assert found == [("Tal Vesper", "said", "they failed", None)]


def test_a_slash_or_ampersand_inside_an_inverted_speaker_phrase() -> None:
    for body in ("Ombrin Selects/Kestrel Films", "Dorn & Vale"):
        found = said(f"“The film is a thrill ride,” said {body} president Tal Vesper.")
        assert [name for name, *_ in found] == ["Tal Vesper"], body


def test_a_name_ending_in_s_before_a_past_form_is_the_subject() -> None:
    found = said("In addition, Varden’s noted that demand fell.", "“Profit declined,” Varden’s added.")
    assert [(cue, text) for _, cue, text, _ in found] == [("noted", "demand fell"), ("added", "Profit declined")]
    assert [name for name, *_ in said("Tal Vesper's said he would win.")] == ["Tal Vesper"]
    # a past form before a noun describes it
    assert said("Vesper's stated goal is peace in Ombrin.") == []


def test_after_a_the_capitalised_words_before_a_media_noun_say_where_it_is() -> None:
    found = said("Early in the week, a Kestrel City newspaper called on candidate Tal Vesper to do something.")
    assert [name for name, *_ in found] == ["a Kestrel City newspaper"]
    # after "the" they name it
    assert [name for name, *_ in said("The Kestrel broadcaster said the talks failed.")] == ["Kestrel"]


def test_will_say_after_a_quotation_reports_the_words_given_out() -> None:
    found = said("Tal Vesper speaks tonight. “Until you’ve sat at that desk, you don’t know it,” he will say.")
    assert [(name, cue, text) for name, cue, text, _ in found] == [
        ("Tal Vesper", "say", "Until you’ve sat at that desk, you don’t know it")
    ]
    # with no quotation, "will say" reports nothing said yet
    assert said("Tal Vesper will say the talks failed.") == []


def test_a_semicolon_after_a_closing_attribution_ends_it() -> None:
    found = said("Tal Vesper spoke. She did receive some emails, he said; his aides found them.")
    assert found == [("Tal Vesper", "said", "She did receive some emails", None)]


def test_made_a_point_of_saying_reports_the_subject_s_words() -> None:
    found = said("Tal Vesper spoke. And he made a point of saying the talks “were a place of solidarity.”")
    assert [(name, cue) for name, cue, *_ in found] == [("Tal Vesper", "saying")]
    # other gerunds after "of" stay the object's ("accused of saying")
    assert said("Kessa Dorn accused him of saying the talks failed.")[0][1] != "saying"


def test_and_between_two_prepositional_phrases_keeps_the_head_before_them() -> None:
    found = said("Officials in the Ombrin Bureau and at the Justice Ministry said the inquiry was stalled.")
    assert [name for name, *_ in found] == ["Officials in the Ombrin Bureau and at the Justice Ministry"]
    # thirteen words and more stay one subject when they are a plural head and places only
    found = said("Current and former officials in the Ombrin Bureau and at the Justice Ministry said it stalled.")
    assert [name for name, *_ in found] == [
        "Current and former officials in the Ombrin Bureau and at the Justice Ministry"
    ]
    # a conjunction opening the sentence stays out of joined describing words
    found = said("But current and former officials in the bureau and at the ministry have said the inquiry stalled.")
    assert [name for name, *_ in found] == ["current and former officials in the bureau and at the ministry"]


def test_a_verb_form_that_is_never_a_noun_keeps_its_verb_after_further() -> None:
    found = said("Tal Dorn further alleges that he was fired for taking time off.")
    assert found == [("Tal Dorn", "alleges", "he was fired for taking time off", None)]
    # a plural that can be a noun is one after "further": "further claims" is a noun
    assert said("Further claims that the port closed were denied.") == []


def test_a_share_between_dashes_after_a_plural_subject_is_an_aside() -> None:
    for aside in ("about 40 percent nationally", "40 percent of them", "nearly half"):
        found = said(f"The insiders — {aside} — said that the primary was late.")
        assert found == [("The insiders", "said", "the primary was late", None)], aside


def test_lower_case_words_in_marks_after_a_possessive_are_someone_s_not_a_title() -> None:
    found = said("Dorn's “looks like a vanity candidacy, not pushed by a movement,” says Tal Vesper.")
    assert [(name, cue) for name, cue, *_ in found] == [("Tal Vesper", "says")]
    # a title in capitals after a possessive is still a title, inside the appositive
    found = said("Tal Vesper, host of Ombrin TV's “Morning Kestrel,” said the talks failed.")
    assert found == [("Tal Vesper", "said", "the talks failed", None)]


def test_a_title_after_of_inside_an_appositive_is_no_quotation() -> None:
    found = said("Vesper, the co-author of “Going Viral,” about the spread of news, said the old days are gone.")
    assert found == [("Vesper", "said", "the old days are gone", None)]


def test_plural_documents_after_according_to_speak_for_their_issuer() -> None:
    found = said("Tal Vesper is in talks to direct it, according to reports from the Courier.")
    assert [(name, text) for name, _, text, _ in found] == [("Courier", "Tal Vesper is in talks to direct it")]
    found = said("The talks failed, according to figures released by the Kestrel Health Ministry.")
    assert [name for name, *_ in found] == ["Kestrel Health Ministry"]
    # unnamed reports stay as written
    assert [name for name, *_ in said("The talks failed, according to reports.")] == ["reports"]


def test_plurals_of_role_nouns_in_es_ies_and_men() -> None:
    lex = default_lexicon()
    assert {"witness", "deputy", "spokesman"} <= lex.roles  # the shipped lexicon lists the singulars
    assert all(role_plural(plural, lex) for plural in ("witnesses", "deputies", "spokesmen", "diplomats"))
    assert not any(role_plural(word, lex) for word in ("witness", "boxes", "stamen"))
    for plural in ("Witnesses", "Deputies"):
        found = said(f"{plural} in Ombrin said the vote was delayed.")
        assert [name for name, *_ in found] == [f"{plural} in Ombrin"], plural


def test_a_listener_with_a_relative_clause_before_that() -> None:
    found = said("Tal Vesper told a few thousand teachers who covered the lawn that the council should act.")
    assert found == [("Tal Vesper", "told", "the council should act", None)]


def test_comma_and_after_one_name_joins_clauses_not_a_list_of_speakers() -> None:
    found = said("The Courier notes that Tal Vesper should deport Dorn, and Vesper later called Dorn weak.")
    assert [(name, cue) for name, cue, *_ in found] == [("Courier", "notes"), ("Tal Vesper", "called")]
    # three names with a serial comma, or words set off after ", and", are still one list
    found = said("Ombrin, Kestrel, and Varnia said the talks failed.")
    assert [name for name, *_ in found] == ["Ombrin", "Kestrel", "Varnia"]


def test_unnamed_groups_listed_with_commas_before_a_joined_pair_open_the_subject() -> None:
    found = said("Friends, lobbyists and former rivals say that Vesper is right.")
    assert [name for name, *_ in found] == ["Friends, lobbyists and former rivals"]
    # a clause before the comma is the words, not a group of the list
    found = said("The source of the trouble, union members and leaders say, is the port.")
    assert [name for name, *_ in found] == ["union members and leaders"]


def test_that_s_according_to_sources_the_sentence_before() -> None:
    found = said(
        "Teens love the Ombrin earbuds more than ever. That's according to a new survey from Kestrel Research."
    )
    assert found == [("Kestrel Research", "according to", "Teens love the Ombrin earbuds more than ever", None)]
    # alone in its paragraph there is nothing before it to source
    assert said("That's according to the Courier.") == []


def test_men_and_one_of_the_men_named_after_it() -> None:
    lex = default_lexicon()
    assert role_plural("men", lex) and role_plural("spokesmen", lex)
    found = said("Two of the men said the war was a mistake.")
    assert [name for name, *_ in found] == ["Two of the men"]
    named = extract_statements(["One of the men, Tal Vesper, 70, had served in Ombrin and said the war was a mistake."])
    assert [(s.speaker.name, s.speaker.role) for s in named] == [("Tal Vesper", None)]


def test_the_pronoun_of_an_object_relative_is_not_its_antecedent() -> None:
    found = said("Tal Vesper met Kessa Dorn, who she said was unfair.")
    assert [(name, cue, text) for name, cue, text, _ in found] == [("Tal Vesper", "said", "was unfair")]
    found = said("Vesper's quarrel was with co-moderator Kessa Dorn, who he claims has been unfair to him.")
    assert "Kessa Dorn" not in [name for name, *_ in found]


def test_a_nickname_in_marks_inside_a_name() -> None:
    found = said("A group marched. Juan “Chico” Varden of Ombrin carried a photo. “I cried all day,” he said.")
    assert [(name, text) for name, _, text, _ in found] == [("Juan Varden", "I cried all day")]


def test_a_bare_span_of_time_after_a_phrasal_for_is_no_object() -> None:
    assert said("It is a case that Vesper has pushed for months, but he was armed with fresh evidence.") == []
    # a span with "of" after it is the object ("months of talks")
    found = said("Tal Vesper has called for months of talks with Ombrin.")
    assert [(cue, text) for _, cue, text, _ in found] == [("called for", "months of talks with Ombrin")]


def test_party_members_described_by_where_they_sit() -> None:
    found = said("Earlier this week, senior Democrats on the committee wrote that the inquiry was stalled.")
    assert found == [("senior Democrats on the committee", "wrote", "the inquiry was stalled", None)]
    kinds = [s.speaker.kind for s in extract_statements(["Republicans in Congress said the vote would fail."])]
    assert kinds == ["unnamed"]


def test_a_time_before_the_subject_is_no_content_of_its_own() -> None:
    found = said("Earlier this week, Ombrin officials also wrote to the minister, urging a review of the rules.")
    assert [cue for _, cue, *_ in found] == ["urging"]


def test_a_lone_adverb_or_an_occasion_after_an_object_that_reports_nothing() -> None:
    assert said("Sen. Tal Vesper responded first, ripping into the president.") == []
    assert said("Sen. Tal Vesper responded quickly, ripping into the president.") == []
    # a name or a noun that ends like an adverb is an object ("Italy", "family", "rally")
    for target in ("Ombrinally", "family"):
        found = said(f"The minister criticized {target}.")
        assert [(cue, text) for _, cue, text, _ in found] == [("criticized", target)], target
    assert said("Vesper, the governor, hinted at that in a news conference Monday.") == []
    # a paragraph cut after "that" (a page's furniture, a truncated dump) is no error
    assert said("In a magazine, Dr. Tal Vesper reminds us that") == []
    # "that" before a clause still opens it, an occasion inside the clause or not
    found = said("Vesper said that in a statement on Monday the talks had failed.")
    assert [text for _, _, text, _ in found] == ["in a statement on Monday the talks had failed"]


def test_a_gerund_after_an_adverb_opens_the_reported_clause_as_its_subject() -> None:
    found = said("Tal Vesper believes that merely assailing Dorn may not secure the seat.")
    assert found == [("Tal Vesper", "believes", "merely assailing Dorn may not secure the seat", None)]


def test_describing_words_after_a_possessive_run_on_to_the_role_noun() -> None:
    # the sentence's subject, which a participle after the verb reports for, keeps all its words
    found = said("The council's top adviser went on, arguing the plan could fail.")
    assert found == [("The council's top adviser", "arguing", "the plan could fail", None)]
    found = said("The Ombrin Council's recent top adviser went further, arguing the plan could fail.")
    assert [name for name, *_ in found] == ["The Ombrin Council's recent top adviser"]
    # a name's verb after it still ends the phrase, and so does a verb before another noun
    assert said("Vale primes supporters to say the plan could fail.") == []
    assert said("Duties include keeping records of sales, and informing the council of shortages.") == []


def test_a_document_speaks_for_the_body_that_issued_or_owns_it() -> None:
    found = said("The talks will resume, according to a statement from the Varnian foreign ministry.")
    assert [name for name, *_ in found] == ["Varnian foreign ministry"]
    # the owner as "The ministry said …" gives it
    assert [name for name, *_ in said("The ministry's statement said the talks would resume.")] == ["The ministry"]
    found = said("The talks will resume, according to the Varnian ministry's statement.")
    assert [name for name, *_ in found] == ["Varnian ministry"]
    found = said("Billing ends in November, according to a timeline from Ombrin Wireless.")
    assert [name for name, *_ in found] == ["Ombrin Wireless"]
    # a day's possessive dates the document, it issues nothing
    assert [name for name, *_ in said("Thursday's memo from the panel said the plan failed.")] != ["Thursday"]


def test_whoever_saw_a_document_did_not_issue_it() -> None:
    found = said("The talks stalled, according to a UN report seen by Reuters.")
    assert [name for name, *_ in found] == ["UN"]
    found = said("The talks stalled, according to a Varnian ministry memo obtained by the Courier.")
    assert [name for name, *_ in found] == ["Varnian ministry"]
    # a document with no issuer named stays as written
    found = said("The talks stalled, according to a letter seen by Reuters.")
    assert [name for name, *_ in found] == ["a letter seen by Reuters"]


def test_according_to_a_criterion_names_no_source() -> None:
    assert said("One way to sort the lists is according to whether the software is free.") == []
    assert said("Seats are given according to how many votes each list won.") == []


def test_the_one_spoken_to_then_a_quotation_gives_the_words() -> None:
    found = said("Kessa Dorn clashed with Vale during the hearing, chiding him, “What difference does it make?”")
    assert [(cue, text) for _, cue, text, _ in found] == [("chiding", "What difference does it make?")]
    found = said("Kessa Dorn clashed with Vale, chiding him: “What difference does it make?”")
    assert [(cue, text) for _, cue, text, _ in found] == [("chiding", "What difference does it make?")]


def test_a_that_clause_after_a_gerund_adjunct_is_the_gerunds() -> None:
    found = said(
        "The plane continued on its journey after determining that the engine was working, a spokesperson"
        " for Kestrel Air said, and the aircraft landed in Ombrin."
    )
    assert [(name, cue) for name, cue, *_ in found] == [("a spokesperson for Kestrel Air", "said")]
    assert said("Tal Vesper told reporters after hearing that the talks had failed.") == []


def test_bosses_and_foes_are_unnamed_sources() -> None:
    assert said("Health bosses said that 28 people were quarantined.") == [
        ("Health bosses", "said", "28 people were quarantined", None)
    ]
    kinds = [s.speaker.kind for s in extract_statements(["Foes say the plan will fail."])]
    assert kinds == ["unnamed"]


def test_a_relative_that_after_a_noun_for_people_or_bodies() -> None:
    found = said("Kestrel is among the retailers that said they raised prices.")
    assert found == [("the retailers", "said", "they raised prices", None)]
    # the antecedent's phrase opens at its quantifier, after the verb whose object it is
    found = said("The amendment would shield some groups that oppose the plan.")
    assert [name for name, *_ in found] == ["some groups"]
    # the antecedent, not a name before it, speaks through "that"
    found = said("Tal Vesper is a co-founder at Ombrin SEM, a marketing firm that offers search consulting.")
    assert [name for name, *_ in found] == ["a marketing firm"]
    # a thing's "that" reports no one ("information that suggested …")
    assert said("Many supporters were receptive to information that suggested a gap.") == []


def test_a_group_for_a_name_is_not_the_named_body() -> None:
    found = extract_statements(["He wrote about a pro-Kestrel Union group that calls itself Ombrin Media."])
    assert [s.speaker.name for s in found] == ["pro-Kestrel Union group"]


def test_a_participle_phrase_before_the_source_is_not_what_it_said() -> None:
    # how or when the source spoke, not its words: the act after it still counts
    found = said("Weighing in on the talks, former Gov. Tal Vesper agreed, praising his old rival.")
    assert [(name, cue) for name, cue, *_ in found] == [("Tal Vesper", "praising")]
    assert said("Speaking to reporters, Kessa Dorn agreed.") == []
    # a clause with its own verb is reported, and a gerund subject whose clause goes on after the
    # attribution keeps both halves
    assert said("Raising taxes is a bad idea, Tal Vesper said.") == [
        ("Tal Vesper", "said", "Raising taxes is a bad idea", None)
    ]
    assert said("Freeing the crew, Kessa Dorn promised, was her first aim.") == [
        ("Kessa Dorn", "promised", "Freeing the crew", "was her first aim")
    ]


def test_a_that_clause_within_the_reported_clause_stays_in_it() -> None:
    found = said("Tal Vesper said he is unconvinced that Kessa Dorn believes some of what she says.")
    assert found == [("Tal Vesper", "said", "he is unconvinced that Kessa Dorn believes some of what she says", None)]
    # after a comma the writer's own clause may begin: "a charge that …" is not the speaker's
    found = said(
        "Ombrin complained that the vote was rigged, a charge that Kestrel leaders denied, noting that"
        " the rules were old."
    )
    assert [(name, text) for name, _, text, _ in found] == [
        ("Ombrin", "the vote was rigged"),
        ("Kestrel leaders", "the rules were old"),
    ]


def test_a_phrase_with_a_finite_verb_inside_names_no_source() -> None:
    # a clause read back from a participle is no speaker's name
    assert said("Then the Courier got into the act claiming that the clips showed the plan.") == []
    assert said('Some voters wore T-shirts that said "Vote Vesper".') == []
    # a relative clause, after its pronoun, still describes the source
    found = said("The man who held the post said the plan failed.")
    assert [name for name, *_ in found] == ["The man who held the post"]


def test_a_passive_participle_after_a_comma_is_no_cue() -> None:
    assert said("In the primary on Tuesday, Tal Vesper faces Kessa Dorn, a veteran staffer, backed by the party.") == []
    # the same verb with its object stays an act, and "by" a means is no agent
    found = said("Kessa Dorn, a veteran staffer, backed the plan.")
    assert [(name, cue) for name, cue, *_ in found] == [("Kessa Dorn", "backed")]
    found = said('"We had no choice," Tal Vesper, now retired, said by telephone.')
    assert [(name, cue) for name, cue, *_ in found] == [("Tal Vesper", "said")]


def test_calling_out_someone_is_an_act_calling_out_to_someone_is_not() -> None:
    found = said("Sen. Tal Vesper (R-SC) called out his rival Kessa Dorn for alienating voters.")
    assert [(name, cue, text) for name, cue, text, _ in found] == [
        ("Tal Vesper", "called out", "his rival Kessa Dorn for alienating voters")
    ]
    assert said("Tal Vesper called out to the crowd.") == []


def test_a_question_introduced_by_its_verb_ends_before_a_new_attribution() -> None:
    found = said('Kessa Dorn asked: "Why now?" Tal Vesper replied that he did not know.')
    assert [(name, cue, text) for name, cue, text, _ in found] == [
        ("Kessa Dorn", "asked", "Why now?"),
        ("Tal Vesper", "replied", "he did not know"),
    ]
    found = said("Kessa Dorn responds with, “Why now?” Tal Vesper then writes back, “You look cute.”")
    assert [(name, text) for name, _, text, _ in found] == [
        ("Kessa Dorn", "Why now?"),
        ("Tal Vesper", "You look cute."),
    ]
    # with nothing of its own after the verb, the attribution closes the quotation's sentence
    assert [name for name, *_ in said('"Why now?" Tal Vesper asked.')] == ["Tal Vesper"]


def test_a_clause_after_a_date_and_an_aside() -> None:
    found = said("The Ombrin Courier reported on Monday, based on the current count, the vote will be held in May.")
    assert [(name, text) for name, _, text, _ in found] == [("Ombrin Courier", "the vote will be held in May")]
    # a noun phrase there, with no verb of a clause, is no reported clause
    assert said("The Ombrin Courier reported on Monday, in a long article, the deaths of two soldiers.") == []


def test_dates_of_a_closing_attribution_and_after_the_verb() -> None:
    # "late Thursday" closes the sentence, so the report takes in the statement before it
    found = said(
        "Tal Vesper told investigators she was advised to use a private account, the Ombrin Times"
        " reported late Thursday."
    )
    assert [(name, cue) for name, cue, *_ in found] == [("Tal Vesper", "told"), ("Ombrin Times", "reported")]
    assert found[1][2].startswith("Tal Vesper told investigators")
    # "that night" right after the verb is a date; before a verb it is the clause's subject
    found = said("The Ombrin Courier reported that night Tal Vesper testifies the attack was planned.")
    assert [text for *_, text, _ in found] == ["Tal Vesper testifies the attack was planned"]
    found = said("Tal Vesper said that night was the worst of her life.")
    assert [text for *_, text, _ in found] == ["that night was the worst of her life"]
    # a date that ends what the verb did reports nothing after it
    assert said("Kessa Dorn wrote hundreds of songs that summer and sent twelve to a lawyer.") == []


def test_a_clause_after_an_according_to_aside_is_the_verbs_too() -> None:
    found = said("The Ombrin Courier reported, according to sources in the meetings, Tal Vesper tried to calm them.")
    assert [(name, cue, text) for name, cue, text, _ in found] == [
        ("Ombrin Courier", "reported", "Tal Vesper tried to calm them"),
        ("sources in the meetings", "according to", "Tal Vesper tried to calm them"),
    ]


def test_a_participle_after_a_while_clause_with_an_aside_is_the_main_clauses() -> None:
    # ", also known as a surge," inside the "while" clause does not end it; Vale's clause does
    got = said(
        "In a debate, while most of his rivals called for a bigger effort, also known as a surge, "
        "Vale hewed to the old approach, noting that the two sides are enemies."
    )
    assert ("Vale", "noting", "the two sides are enemies", None) in got
    got = said("While most of his rivals called for war, Vale hewed to peace, noting that the two are enemies.")
    assert ("Vale", "noting", "the two are enemies", None) in got


def test_a_lead_in_of_time_before_an_opening_subordinator_ends_the_reported_clause_at_the_comma() -> None:
    for lead_in in ("Years after", "Two weeks after", "Shortly after"):
        got = said(f"{lead_in} Tal Dorn claimed that the era was over, Vale won the race.")
        assert got == [("Tal Dorn", "claimed", "the era was over", None)]


def test_a_by_gerund_after_an_opening_subordinate_clause_is_the_main_clauses() -> None:
    got = said("Years after Tal Dorn claimed that the era was over, Vale won the race by promising its revenge.")
    assert got[-1][:2] == ("Vale", "promising")
    assert said("While Dorn called for war, Vale won the race by promising peace.")[-1][:2] == ("Vale", "promising")


def test_that_before_a_past_verb_and_its_object_is_a_relative_pronoun() -> None:
    # after a noun: the noun's relative clause, nothing reported
    assert said("Vale wrote a bill that gave the president more power.") == []
    assert said("Vale wrote legislation that gave President Dorn more power.") == []
    # right after the verb, or after a plural listener: "that" is the clause's subject
    assert said("Vale said that ended the talks.") == [("Vale", "said", "that ended the talks", None)]
    assert said("Vale told reporters that ended the talks.") == [("Vale", "told", "that ended the talks", None)]
    # a describing word after "that" is no verb: "that" opens the clause
    assert said("Vale told the council that armed men attacked the town.") == [
        ("Vale", "told", "armed men attacked the town", None)
    ]
    assert said("Vale added that paid speeches would count.") == [("Vale", "added", "paid speeches would count", None)]


def test_a_participle_after_a_clause_joined_by_but_is_that_clauses_subjects() -> None:
    got = said(
        "Dorn quickly pivoted to talking about trade, but Wallin brought him back to the attacks, "
        "asking Dorn to share his views on the plan."
    )
    assert got == [("Wallin", "asking", "Dorn to share his views on the plan", None)]
    assert who_said("It was a long shot, but Vale was in Port Kell on Tuesday, stressing the state's importance.") == [
        ("Vale", "stressing")
    ]
    # a list joined by "and" brings no clause: the sentence's subject stays
    assert who_said("Dorn met officials from Kestrel, Vale and Lind, saying the talks were useful.") == [
        ("Dorn", "saying")
    ]


def test_with_after_a_verb_of_beginning_or_ending_opens_the_gerunds_clause() -> None:
    got = said("The conversation ended with Maddin asking Vale whether she would run again.")
    assert got == [("Maddin", "asking", "whether she would run again", None)]
    got = said("The rally opened with Dorn telling the crowd that the race was close.")
    assert got == [("Dorn", "telling", "the race was close", None)]
    # after a noun, "with" and a gerund are the noun's object: nobody speaks through them
    assert who_said("There is no problem with presidents criticizing judges, Vale said.") == [("Vale", "said")]


def test_two_hyphens_are_a_dash() -> None:
    got = said("Mrs. Dorn -- whose husband signed the act -- said the plan was bad.")
    assert got == [("Dorn", "said", "the plan was bad", None)]
    assert who_said("Dorn -- a former senator -- has publicly derided the plan, suggesting that it was misguided.") == [
        ("Dorn", "derided"),
        ("Dorn", "suggesting"),
    ]
    # an act's object ends at the dash, as at "—"
    got = said("Vale called for talks -- a step critics had long sought -- on Monday.")
    assert got == [("Vale", "called for", "talks", None)]


def test_a_degree_word_and_its_adverb_open_the_sentence_before_its_subject() -> None:
    assert who_said("More recently, Vale has shifted to match the mood, offering more dire warnings.") == [
        ("Vale", "offering")
    ]


def test_a_compound_preposition_before_the_that_clause_is_an_adjunct() -> None:
    got = said("Tal Vasko said at a rally ahead of the vote that he would run.")
    assert got == [("Tal Vasko", "said", "he would run", None)]


def test_typewriter_single_marks_quote_as_curly_ones_do() -> None:
    assert said("'We will win,' said Tal Vasko.") == [("Tal Vasko", "said", "We will win", None)]
    assert said("'We will win,' Tal Vasko said.") == [("Tal Vasko", "said", "We will win", None)]
    (s,) = extract_statements(["Tal Vasko said: 'We will win.'"])
    assert (s.kind, s.text) == ("direct", "We will win.")
    # an apostrophe inside a word or after a plural's "s" opens and closes nothing
    got = said("Tal Vasko said he doesn't know whether the Guards' claims are true.")
    assert got == [("Tal Vasko", "said", "he doesn't know whether the Guards' claims are true", None)]


def test_a_plural_possessive_makes_a_noun_of_the_cue_word_after_it() -> None:
    assert said("Voters cheered the Guards' call for a new vote.") == []
    assert who_said("Many voters responded to Davis' call for a new way of doing things.") == [
        ("Many voters", "responded to")
    ]


def test_a_relative_clauses_antecedent_starts_after_a_pronouns_verb_or_including() -> None:
    assert who_said("It means including people who have responded to the call for change.") == [
        ("people", "responded to")
    ]
    assert who_said("Unions rallied, including nurses who voiced a preference for the plan.") == [("nurses", "voiced")]


def test_a_speech_nouns_owner_loses_its_possessive_mark() -> None:
    (s,) = extract_statements(["The board sought proof of his father's assertion that he had given to charity."])
    assert (s.speaker.name, s.text) == ("his father", "he had given to charity")


def test_a_modals_verb_phrase_is_no_speaker_of_a_participle_after_it() -> None:
    got = said("Legal nuances aside, the rebels can reasonably campaign saying that they won this battle.")
    assert "reasonably campaign" not in [name for name, _, _, _ in got]
    assert said("The law would require disclosing his earnings.") == []
    # a name in the verb's object still owns its participle
    found = extract_statements(["Tal Vasko will follow party leader Mara Dorn's Tuesday speech denouncing the plan."])
    assert [(s.speaker.name, s.speaker.role, s.cue) for s in found] == [("Mara Dorn", "party leader", "denouncing")]


def test_a_participle_with_on_and_a_day_before_the_verb_describes_the_document() -> None:
    got = said("A report released on Tuesday said the strikes were unlawful.")
    assert got == [("A report", "said", "the strikes were unlawful", None)]
    (s,) = extract_statements(["A report released on Tuesday said the strikes were unlawful."], dt.date(2026, 3, 6))
    assert s.date == dt.date(2026, 3, 3)


def test_a_joint_or_written_statement_issued_is_one_cue() -> None:
    got = said("Castavia issued a joint statement with Varna calling for restraint.")
    assert [(name, cue, text) for name, cue, text, _ in got] == [("Castavia", "calling for", "restraint")]
    got = said("Tal Vasko issued a written statement saying the talks had failed.")
    assert [(name, cue, text) for name, cue, text, _ in got] == [("Tal Vasko", "saying", "the talks had failed")]


def test_that_after_a_statement_cue_opens_the_statements_relative() -> None:
    got = said("Tal Vasko and Mara Dorn released a joint statement that said lasting peace needs equality.")
    assert [(cue, text) for _, cue, text, _ in got] == [("said", "lasting peace needs equality")] * 2  # one each
    # with no verb after it, "that" opens what the statement said
    got = said("Tal Vasko issued a statement that the talks had failed.")
    assert [(cue, text) for _, cue, text, _ in got] == [("issued a statement", "the talks had failed")]


def test_a_joint_statement_that_said_speaks_for_all_who_released_it() -> None:
    got = who_said("Tal Vesper and Mara Lind released a joint statement that said the talks would resume.")
    assert got == [("Tal Vesper", "said"), ("Mara Lind", "said")]
    # one issuer stays one
    assert who_said("Tal Vesper released a statement that said the talks would resume.") == [("Tal Vesper", "said")]
