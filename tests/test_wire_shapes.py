"""Shapes of wire copy on the region (agency English, TASS and Anadolu style), written with invented
speakers and places: each test is one general rule the statement stages follow."""

from __future__ import annotations

import datetime as dt

from mideast_statements.statements import extract_statements


def found(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in extract_statements(paragraphs)]


def test_a_casualty_figure_with_at_least_is_the_reported_clause() -> None:
    assert found(["Officials in Qarun said at least 12 people were killed."]) == [
        ("indirect", "Officials in Qarun", "at least 12 people were killed")
    ]
    assert found(["The ministry said at least a third of the houses were destroyed."]) == [
        ("indirect", "The ministry", "at least a third of the houses were destroyed")
    ]


def test_a_speech_verb_after_a_modal_belongs_to_the_reported_clause() -> None:
    paras = ["Nasser Kavani said the country was ready for dialogue but would respond to any aggression."]
    assert found(paras) == [
        ("indirect", "Nasser Kavani", "the country was ready for dialogue but would respond to any aggression")
    ]


def test_in_his_words_and_as_he_put_it_go_on_with_the_last_speaker() -> None:
    opening = "Deputy Foreign Minister Pavel Orlin spoke to reporters on Monday."
    for phrase in ("In his words,", "In his own words,", "As he put it,", "In the diplomat's words,"):
        (s,) = extract_statements([opening, f"{phrase} the sanctions have failed."])
        assert (s.speaker.name, s.text) == ("Pavel Orlin", "the sanctions have failed")
        assert s.cue == ("put it" if phrase.startswith("As") else phrase.rstrip(","))  # "put it" is a verb cue
    assert found(["In other words, the sanctions have failed."]) == []


def test_a_body_is_named_without_the_place_or_occasion_written_after_it() -> None:
    assert found(["The Kestrel military in a statement said it struck 30 targets."]) == [
        ("indirect", "Kestrel military", "it struck 30 targets")
    ]
    assert found(["The Health Ministry in the enclave said 40 people were killed."]) == [
        ("indirect", "Health Ministry", "40 people were killed")
    ]
    # a place's own name stays: it tells one ministry from another
    assert found(["The Health Ministry in Qarun said 40 people were killed."])[0][1] == "Health Ministry in Qarun"


def test_reaffirmed_takes_an_object_as_an_act_without_its_occasion() -> None:
    paras = ["Selin Ardan reaffirmed her country's support for the plan during a phone call with Omar Nabil."]
    assert found(paras) == [("act", "Selin Ardan", "her country's support for the plan")]
    assert found(["Selin Ardan reaffirmed that the country would stand by its allies."]) == [
        ("indirect", "Selin Ardan", "the country would stand by its allies")
    ]


def test_a_role_keeps_its_title_words_written_in_lower_case() -> None:
    (s,) = extract_statements(["The Moravian foreign minister vowed to retaliate."])
    assert (s.speaker.role, s.text) == ("foreign minister", "to retaliate")
    (s,) = extract_statements(["A senior official said the talks failed."])
    assert s.speaker.role == "senior official"


def test_a_charge_the_other_side_denies_leaves_the_accusation_with_its_speaker() -> None:
    paras = ["Idris Farah accused the Moravian forces of shelling the town, a charge Moravia denies."]
    assert found(paras) == [("act", "Idris Farah", "the Moravian forces of shelling the town")]


def test_a_rank_before_a_name_gives_way_to_the_job_described_before_it() -> None:
    (s,) = extract_statements(["The spokesman for the Kestrel army, Col. Idris Farah, said troops had withdrawn."])
    assert (s.speaker.name, s.speaker.role) == ("Idris Farah", "spokesman")
    (s,) = extract_statements(["The mediator, Kestrel Bay's deputy foreign minister Anja Morrow, said it failed."])
    assert s.speaker.role == "deputy foreign minister"


def test_a_verb_with_a_colon_at_the_end_reports_the_next_paragraph_not_the_words_before() -> None:
    paras = [
        "Speaking at the opening of the summit in Doha, the emir of Qarvat, Sheikh Tamim bin Rashid, said:",
        '"The region cannot bear another war."',
    ]
    assert [(s.kind, s.speaker.name, s.text, s.cue) for s in extract_statements(paras)] == [
        ("direct", "Tamim bin Rashid", "The region cannot bear another war.", "said")
    ]
    # ", as X notes:" still reports what stands before it
    paras = ["Nobody doubts the plan's weight, as the council's own review notes:"]
    assert [s.text for s in extract_statements(paras)] == ["Nobody doubts the plan's weight"]


def test_the_writers_aside_on_a_claim_is_no_part_of_it() -> None:
    paras = ["The Kestrel army said its forces killed a commander, an allegation the group has not commented on."]
    assert found(paras) == [("indirect", "Kestrel army", "its forces killed a commander")]


def test_people_of_several_places_are_one_group_not_the_last_place() -> None:
    paras = ["In a joint statement, the foreign ministers of Qarvat, Moravia and Kestrel said they reject any move."]
    (s,) = extract_statements(paras)
    assert (s.speaker.name, s.speaker.kind) == ("the foreign ministers of Qarvat, Moravia and Kestrel", "unnamed")
    (s,) = extract_statements(["Protesters in Qarun and Tel Varun said they were beaten."])
    assert s.speaker.name == "Protesters in Qarun and Tel Varun"
    # "and" inside an institution's name is still one institution
    (s,) = extract_statements(["The Institute of Ports and Harbours said the port was closed."])
    assert (s.speaker.name, s.speaker.kind) == ("Institute of Ports and Harbours", "organization")


def test_the_lede_role_is_the_person_the_next_paragraph_opens_with() -> None:
    paras = [
        "Moravia's caretaker prime minister said Saturday that his government is working to prevent a war.",
        "Hamid Zaidan spoke after meeting with Kestrel's top diplomat.",
    ]
    (s,) = extract_statements(paras)
    assert (s.speaker.name, s.speaker.role) == ("Hamid Zaidan", "caretaker prime minister")
    # a person with a title or a description of their own is someone else
    for other in (
        "Opposition leader Tarek Mansour said the government had failed.",
        "Tarek Mansour, who leads the opposition, said the government had failed.",
    ):
        paras[1] = other
        assert [s.speaker.name for s in extract_statements(paras)] == [
            "Moravia's caretaker prime minister",
            "Tarek Mansour",
        ]


def test_plural_people_at_a_sentence_start_are_unnamed_groups() -> None:
    for group, country in (("Doctors", None), ("Nurses", None), ("Palestinians", "PS"), ("Israelis", "IL")):
        (s,) = extract_statements([f"{group} said the crossing was shut."])
        assert (s.speaker.name, s.speaker.kind, s.speaker.country) == (group, "unnamed", country)
    (s,) = extract_statements(["Sanders said the crossing was shut."])  # a surname that ends like a plural
    assert s.speaker.kind != "unnamed"


def test_a_family_name_written_first_is_the_person_later_called_by_it() -> None:
    paras = [
        "The war must stop, said Foreign Ministry spokesperson Lin Hao on Friday.",
        '"The priority is to stop the fighting," Lin said.',
    ]
    assert [(s.speaker.name, s.speaker.aliases) for s in extract_statements(paras)] == [("Lin Hao", ("Lin",))] * 2


def test_a_day_after_an_inverted_speaker_dates_the_statement() -> None:
    published = dt.date(2024, 5, 4)  # a Saturday
    for sentence in (
        "The war must stop, said Foreign Ministry spokesperson Lin Hao on Friday.",
        "The war must stop, said Lin Hao, a spokesperson, on Friday.",
        "The war must stop, said the ministry Friday.",
    ):
        (s,) = extract_statements([sentence], published)
        assert s.date == dt.date(2024, 5, 3)
    (s,) = extract_statements(["The war must stop, said Lin Hao on the phone."], published)
    assert s.date is None


def test_a_statement_by_the_body_named_before_is_that_bodys() -> None:
    paras = [
        "The Moravian Foreign Ministry summoned the envoy.",
        "According to a statement by the ministry, the envoy conveyed a message.",
    ]
    assert found(paras) == [("indirect", "Moravian Foreign Ministry", "the envoy conveyed a message")]
    # a body the article never named stays the document as written
    assert found(["According to a press release from the harbour board, the port was closed."])[0][1] == (
        "a press release from the harbour board"
    )


def test_the_former_and_the_latter_are_the_two_people_just_named() -> None:
    met = "Selin Ardan met Hamid Zaidan in Ankara on Tuesday."
    for phrase, speaker in (("The latter", "Hamid Zaidan"), ("The former", "Selin Ardan")):
        (s,) = extract_statements([met, f"{phrase} said the talks were useful."])
        assert s.speaker.name == speaker
    (s,) = extract_statements(["The latter said the talks were useful."])  # nobody named: as written
    assert (s.speaker.name, s.speaker.kind) == ("The latter", "unnamed")


def test_a_briefing_transcript_writes_question_and_answer_out() -> None:
    paras = [
        "Foreign Ministry Spokeswoman Irina Volkova took questions at a briefing in Moscow.",
        "Question: Will Moscow take part in the conference?",
        "Answer: The invitation is being studied.",
    ]
    assert [(s.speaker.name, s.speaker.role, s.text) for s in extract_statements(paras)] == [
        ("Question", "interviewer", "Will Moscow take part in the conference?"),
        ("Irina Volkova", "Foreign Ministry Spokeswoman", "The invitation is being studied."),
    ]


def test_a_dateline_on_a_line_of_its_own_is_no_part_of_the_speaker() -> None:
    assert found(["ISTANBUL\nKestrel on Wednesday condemned the storming of the compound."]) == [
        ("act", "Kestrel", "the storming of the compound")
    ]


def test_a_family_name_with_abu_written_short_is_the_same_person() -> None:
    paras = [
        "Arbel League Secretary-General Ahmed Abul Fadl warned of catastrophic consequences.",
        "Abul Fadl said the league would hold an emergency session.",
    ]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Ahmed Abul Fadl"] * 2


def test_an_unnamed_source_keeps_a_relative_clause_of_several_words() -> None:
    paras = ["The doctor who ran the field clinic near the border for a month said supplies had run out."]
    (s,) = extract_statements(paras)
    name = "The doctor who ran the field clinic near the border for a month"
    assert (s.speaker.name, s.speaker.kind) == (name, "unnamed")
    # a clause opened by "as" is another clause: its subject is not the relative clause's noun
    paras = ["Those who backed the plan went quiet this month as a number of writers said it was needed."]
    said = [s for s in extract_statements(paras) if s.cue == "said"]
    assert [(s.speaker.name, s.text) for s in said] == [("a number of writers", "it was needed")]


def test_groups_described_by_a_participle_or_counted_by_a_group_word_are_unnamed_sources() -> None:
    for sentence, name in (
        ("Residents displaced by the fighting said they had no food.", "Residents displaced by the fighting"),
        ("Families of the hostages said they were desperate.", "Families of the hostages"),
        (
            "Several veterans interviewed at rallies said they had no problem.",
            "Several veterans interviewed at rallies",
        ),
        ("Numerous engineers said the dam was safe.", "Numerous engineers"),
    ):
        (s,) = extract_statements([sentence])
        assert (s.speaker.name, s.speaker.kind) == (name, "unnamed")


def test_asked_whether_reports_the_question_after_the_one_asked() -> None:
    assert found(["Tom Vale asked the minister whether the crossing would open."]) == [
        ("indirect", "Tom Vale", "whether the crossing would open")
    ]
    # a verb inside the question is part of it, not a statement of its own
    assert found(["The union asked whether candidates supported the bill."]) == [
        ("indirect", "The union", "whether candidates supported the bill")
    ]


def test_an_aside_between_dashes_stands_between_the_subject_and_its_verb() -> None:
    assert found(["Tom Vale - the group's founder - said the crossing was shut."]) == [
        ("indirect", "Tom Vale", "the crossing was shut")
    ]


def test_officials_of_a_ministry_with_and_in_its_name_are_an_unnamed_group() -> None:
    (s,) = extract_statements(["Officials of the Kestrel Bay Ministry of Ports and Harbours said the port was closed."])
    assert (s.speaker.name, s.speaker.kind) == (
        "Officials of the Kestrel Bay Ministry of Ports and Harbours",
        "unnamed",
    )


def test_a_present_participle_after_a_noun_for_people_describes_the_source() -> None:
    for sentence, name in (
        (
            "Officials speaking on condition of anonymity said the talks had stalled.",
            "Officials speaking on condition of anonymity",
        ),
        ("Two officials speaking to reporters said the talks had stalled.", "Two officials speaking to reporters"),
        ("Diplomats following the talks in Qarun said a deal was close.", "Diplomats following the talks in Qarun"),
        ("Lawyers representing the families said they would appeal.", "Lawyers representing the families"),
        # the name after the participle is its object, not the speaker
        ("The lawyer representing Tal Vesper said they would appeal.", "The lawyer representing Tal Vesper"),
    ):
        (s,) = extract_statements([sentence])
        assert (s.speaker.name, s.speaker.kind, s.text) == (name, "unnamed", sentence.split(" said ")[1].rstrip("."))


def test_a_cue_inside_a_later_verbs_subject_ends_where_that_verb_begins() -> None:
    assert found(["Protesters demanding the release of the detainees said they would return on Friday."]) == [
        ("act", "Protesters", "the release of the detainees"),
        ("indirect", "Protesters demanding the release of the detainees", "they would return on Friday"),
    ]


def test_without_giving_details_is_the_writers_aside_not_the_report() -> None:
    assert found(["The army said it struck 30 targets in the Kestrel region, without giving details."]) == [
        ("indirect", "The army", "it struck 30 targets in the Kestrel region")
    ]
    # a manner that is part of what was said stays
    assert found(["Tal Vesper said the country would act, without waiting for approval."]) == [
        ("indirect", "Tal Vesper", "the country would act, without waiting for approval")
    ]


def test_a_clause_set_against_the_report_after_a_comma_is_a_report_of_its_own() -> None:
    assert found(["Omar Nabil said the meeting was productive, while his host said more work was needed."]) == [
        ("indirect", "Omar Nabil", "the meeting was productive"),
        ("indirect", "his host", "more work was needed"),
    ]


def test_a_press_service_speaks_for_its_body() -> None:
    paras = [
        "The press service of the Moravian Defence Ministry reported that 20 drones were destroyed.",
        "As the ministry specified, the drones were intercepted over the Kestrel region.",
    ]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Moravian Defence Ministry"] * 2
    (s,) = extract_statements(["A statement from the Moravian presidency said the leaders discussed security."])
    assert (s.speaker.name, s.speaker.kind) == ("Moravian presidency", "organization")


def test_a_role_set_off_by_commas_after_a_name_is_kept_for_a_later_role_noun() -> None:
    for opening in (
        "Selim Haddad, the Egyptian president, met the envoy on Monday.",
        "Selim Haddad, Egypt's president, met the envoy on Monday.",
    ):
        (s,) = extract_statements([opening, "The Egyptian leader said he was open to talks."])
        assert (s.speaker.name, s.text) == ("Selim Haddad", "he was open to talks")
    paras = ["Tal Vesper, the head of the Qarvati delegation, arrived on Monday.", "The delegation head said so."]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Tal Vesper"]
    paras = ["UN Secretary-General Ana Lund called for restraint.", "The UN chief said the violence must stop."]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Ana Lund", "Ana Lund"]


def test_two_bodies_joined_by_and_are_two_speakers_unless_the_and_is_inside_one_name() -> None:
    for sentence, names in (
        ("Hamas and Islamic Jihad said the attack was a response to the raids.", ["Hamas", "Islamic Jihad"]),
        ("The Foreign Ministry and Defence Ministry said so.", ["Foreign Ministry", "Defence Ministry"]),
        ("The Customs and Border Services said the crossing was shut.", ["Customs and Border Services"]),
        (
            "Leaders of the Kestrel Senate and House of Delegates said the vote would go ahead.",
            ["Leaders of the Kestrel Senate and House of Delegates"],
        ),
    ):
        assert [s.speaker.name for s in extract_statements([sentence])] == names


def test_a_share_of_them_and_lone_group_words_are_unnamed_sources_as_written() -> None:
    for sentence, name in (
        ("Most of them said they had lost their homes.", "Most of them"),
        ("Two of them said they had lost their homes.", "Two of them"),
        ("Several said they had lost their homes.", "Several"),
        ("The rest of the delegates said the vote was fair.", "The rest of the delegates"),
        ("UN agencies said the convoy was blocked.", "UN agencies"),
        (
            '"The convoy was blocked," said two diplomats familiar with the talks.',
            "two diplomats familiar with the talks",
        ),
    ):
        (s,) = extract_statements([sentence])
        assert (s.speaker.name, s.speaker.kind) == (name, "unnamed")
    # a share named beside it speaks under its name
    (s,) = extract_statements(["One of them, the Kestrel Union, said the convoy was blocked."])
    assert (s.speaker.name, s.speaker.kind) == ("Kestrel Union", "organization")


def test_the_broadcaster_or_the_daily_is_the_news_outlet_that_spoke_just_before() -> None:
    paras = ["Al-Kestrel TV reported that the talks had stalled.", "The broadcaster said the delegations had left."]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Al-Kestrel TV", "Al-Kestrel TV"]
    paras = ["The Harbour Times reported that the talks had stalled.", "The Israeli daily said the envoys had left."]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Harbour Times", "Harbour Times"]
    # a news agency is no newspaper; with no outlet before, the phrase is an unnamed source
    paras = ["The Kestrel News Agency reported that the talks had stalled.", "The newspaper said so."]
    assert [s.speaker.name for s in extract_statements(paras)][1] == "The newspaper"


def test_a_noun_ending_in_ly_is_no_adverb_before_the_verb() -> None:
    (s,) = extract_statements(["Led by Council Speaker Tal Vesper, the rally denounced the call for a shutdown."])
    assert (s.speaker.name, s.text) == ("the rally", "the call for a shutdown")
    (s,) = extract_statements(["An ally said the talks had stalled."])
    assert s.speaker.name == "An ally"


def test_this_monday_and_a_day_after_a_closing_verb_date_the_statement() -> None:
    wednesday = dt.date(2026, 12, 2)
    for sentence, day in (
        ("The President of Moravia, Anja Morrow, affirmed this Monday that the border stays shut.", 30),
        ("Anja Morrow said last Friday that the border stays shut.", 27),
        ("Anja Morrow said this past Sunday that the border stays shut.", 29),
        ('"The border stays shut," Anja Morrow said Monday.', 30),
        ('"The border stays shut," Anja Morrow told reporters on Monday.', 30),
    ):
        (s,) = extract_statements([sentence], wednesday)
        assert (s.speaker.name, s.date) == ("Anja Morrow", dt.date(2026, 11, day))
        assert s.text in ("the border stays shut", "The border stays shut")
    (s,) = extract_statements(["Anja Morrow said this past year was hard."], wednesday)
    assert (s.text, s.date) == ("this past year was hard", None)


def test_verbs_of_praise_and_reproach_are_acts_in_both_spellings() -> None:
    for verb in ("lauded", "implored", "chided", "scolded", "rebuked", "labelled", "labeled"):
        assert found([f"Tal Vesper {verb} the council for its delay."]) == [
            ("act", "Tal Vesper", "the council for its delay")
        ]
    assert found(["The ministry signalled that it would accept the plan."]) == [
        ("indirect", "The ministry", "it would accept the plan")
    ]


def test_a_form_seldom_a_cue_reports_a_that_clause() -> None:
    # "maintained" is mostly "kept" in the training data; before "that" it reports
    assert found(["Tal Vesper has long maintained that the mediators were vital."]) == [
        ("indirect", "Tal Vesper", "the mediators were vital")
    ]
    assert found(["The army maintained the road for years."]) == []


def test_every_ize_cue_also_reads_in_its_british_spelling() -> None:
    from mideast_statements.statements.lexicon import load_lexicon

    cues = load_lexicon().cues
    for form in ("characterized", "emphasizing", "criticizes"):
        assert (form in cues) == (form.replace("iz", "is") in cues)
    assert "characterised" in cues


def test_alongside_opens_an_adjunct_between_the_verb_and_its_clause() -> None:
    paras = ["Selim Haddad told a news conference in Tal Amir alongside his Moravian counterpart that talks failed."]
    assert found(paras) == [("indirect", "Selim Haddad", "talks failed")]


def test_an_age_after_a_lone_name_says_a_person() -> None:
    for sentence in ("Vesper, 45, said the shelling had not stopped.", '"It has not stopped," said Vesper, 45.'):
        (s,) = extract_statements([sentence])
        assert (s.speaker.name, s.speaker.kind) == ("Vesper", "person")


def test_according_to_a_work_names_its_author_and_needs_no_comma_before_it() -> None:
    paras = ["Ana Lind leads by 271 delegates according to a count by the Kestrel Times, but Tal Vesper fights on."]
    assert found(paras)[-1] == ("indirect", "Kestrel Times", "Ana Lind leads by 271 delegates")
    paras = ["Some 59 percent of voters back the plan, according to a Harbour Institute poll last week."]
    assert found(paras) == [("indirect", "a Harbour Institute poll", "Some 59 percent of voters back the plan")]
    # a verb before the phrase reports it: "according to" is then part of its words
    assert found(["Tal Vesper said the plan would fail according to the rules."]) == [
        ("indirect", "Tal Vesper", "the plan would fail according to the rules")
    ]


def test_a_lede_role_is_the_person_named_after_an_opening_participle_next() -> None:
    paras = [
        "TEHRAN – The Qarvati Foreign Ministry spokesman has condemned the latest sanctions.",
        "Speaking at his weekly press conference on Monday, Nasser Kavani said the sanctions would fail.",
    ]
    assert [(s.speaker.name, s.speaker.role) for s in extract_statements(paras)] == [("Nasser Kavani", "spokesman")] * 2


def test_the_lede_role_given_to_a_person_names_them_later_too() -> None:
    paras = [
        "TAL AMIR, Qarvat (AP) — Qarvat's prime minister said Sunday that talks had reached a sensitive stage.",
        "Hamid Zaidan told a conference in Tal Amir that mediators were narrowing the gaps.",
        '"We are at a critical moment," the prime minister said.',
    ]
    assert [s.speaker.name for s in extract_statements(paras)] == ["Hamid Zaidan"] * 3


def test_a_pronoun_after_a_listener_opens_the_reported_clause() -> None:
    for listener in ("reporters", "Al Jazeera", "the radio station"):
        assert found([f"Leyla Osmanova told {listener} her country supported a just settlement."]) == [
            ("indirect", "Leyla Osmanova", "her country supported a just settlement")
        ]
    # right after the verb, the pronoun is the listener
    assert found(["Leyla Osmanova told her he would resign."]) == [("indirect", "Leyla Osmanova", "he would resign")]


def test_a_role_may_end_in_any_agent_noun_and_a_count_names_no_organisation() -> None:
    (s,) = extract_statements(
        ['"Both sides are posturing," said Karim Nassar, a political scientist at the University of Marrah.']
    )
    assert (s.speaker.role, s.speaker.organization) == ("political scientist", "University of Marrah")
    (s,) = extract_statements(['"We sleep in the car," said Amira Haddad, a mother of five.'])
    assert (s.speaker.role, s.speaker.organization) == ("mother", None)


def test_describing_words_before_a_role_are_no_organisation() -> None:
    (s,) = extract_statements(["Venezuelan-born analyst Carla Medina said the crisis was deep."])
    assert (s.speaker.role, s.speaker.organization) == ("Venezuelan-born analyst", None)
    (s,) = extract_statements(["Senior Kestrel Front official Abu Salem said the crisis was deep."])
    assert s.speaker.organization == "Kestrel Front"
    (s,) = extract_statements(["State Department spokesperson Ellen Voss said the crisis was deep."])
    assert s.speaker.organization == "State Department"


def test_the_occasion_an_opening_phrase_names_dates_the_words() -> None:
    tuesday = dt.date(2026, 3, 10)
    for opening in ("Speaking at a news conference in Marrah on Sunday,", "In a speech on Sunday,"):
        (s,) = extract_statements([f"{opening} Idris Talmani said his government had tried everything."], tuesday)
        assert s.date == dt.date(2026, 3, 8)
    # a clause before the comma dates an event, not the words; the verb's own day wins
    (s,) = extract_statements(["After talks collapsed on Monday, Idris Talmani said the offer stood."], tuesday)
    assert s.date is None
    (s,) = extract_statements(
        ["Speaking to reporters on Monday, Idris Talmani said on Sunday the offer stood."], tuesday
    )
    assert s.date == dt.date(2026, 3, 8)


def test_a_day_after_a_verb_that_takes_a_listener_is_no_listener() -> None:
    tuesday = dt.date(2026, 3, 10)
    for sentence in (
        "Nabil Haroun warned Thursday that the country could not afford another war.",
        "Nabil Haroun told reporters Thursday that the country could not afford another war.",
    ):
        (s,) = extract_statements([sentence], tuesday)
        assert (s.text, s.date) == ("the country could not afford another war", dt.date(2026, 3, 5))


def test_a_document_is_issued_by_a_source_before_its_sentence() -> None:
    paras = [
        "The Dornish Foreign Ministry said the ministers had spoken by telephone.",
        "Pavel Orlov reaffirmed the position of Dornland, the statement said.",
    ]
    assert found(paras)[1][:2] == ("indirect", "Dornish Foreign Ministry")
    assert found(paras[1:])[0][1] == "the statement"  # no issuer before it: the document as written


def test_a_participle_of_issuing_after_a_document_describes_it() -> None:
    for sentence in (
        "A statement released by the Velan Health Ministry said the talks had failed.",
        "The talks had failed, according to figures released by the Velan Health Ministry.",
    ):
        assert found([sentence])[0][1] == "Velan Health Ministry"
    # the one holding a document is not its author
    assert found(["A letter seen by the Marrah Herald said the talks had failed."])[0][1] == (
        "A letter seen by the Marrah Herald"
    )
    (s,) = extract_statements(
        ["Omar Fahd told the Qarvat Daily in an interview published on Sunday that talks would resume."]
    )
    assert (s.speaker.name, s.cue, s.text) == ("Omar Fahd", "told", "talks would resume")
    assert found(["A report published by the Marrah Institute found that the talks had failed."]) == []


def test_issued_a_statement_saying_reports_once() -> None:
    assert found(["The ministry issued a statement saying the talks had failed."]) == [
        ("indirect", "The ministry", "the talks had failed")
    ]


def test_was_quoted_as_saying_names_the_one_quoted() -> None:
    assert found(['"Our sovereignty is not negotiable," Halim Sadek was quoted by the agency as saying.']) == [
        ("direct", "Halim Sadek", "Our sovereignty is not negotiable")
    ]
    assert found(["Halim Sadek was quoted as saying that sovereignty was not negotiable."]) == [
        ("indirect", "Halim Sadek", "sovereignty was not negotiable")
    ]


def test_where_the_words_appeared_is_the_writers_note() -> None:
    assert found(['Halim Sadek said his country would not accept "foreign dictates", in remarks carried by QNA.']) == [
        ("mixed", "Halim Sadek", 'his country would not accept "foreign dictates"')
    ]


def test_an_opening_adverb_set_off_by_a_comma_names_nobody() -> None:
    for adverb in ("Earlier", "Separately", "Later"):
        paras = [f"{adverb}, the envoy, Grigory Lenski, told the council that the escalation was serious."]
        assert found(paras) == [("indirect", "Grigory Lenski", "the escalation was serious")]


def test_an_aside_summing_up_the_clause_is_the_writers_even_after_a_quotation() -> None:
    paras = ['Avi Doron accused Qarvat of "harbouring fighters," a charge Marrah denies.']
    assert found(paras) == [("act", "Avi Doron", 'Qarvat of "harbouring fighters,"')]
    paras = ["Ravid has said the war will end only when the group is disarmed, a position his allies insist on."]
    assert found(paras) == [("indirect", "Ravid", "the war will end only when the group is disarmed")]


def test_the_office_of_a_person_and_a_body_known_by_its_acronym_are_organisations() -> None:
    (s,) = extract_statements(["The office of Eskari Prime Minister Daniel Ravid said the talks would go on."])
    assert (s.speaker.name, s.speaker.kind) == ("office of Eskari Prime Minister Daniel Ravid", "organization")
    (s,) = extract_statements(["The military body for civilian affairs, known as CAFA, denied restricting aid."])
    assert (s.speaker.name, s.speaker.kind) == ("CAFA", "organization")


def test_that_before_a_bare_noun_at_the_end_is_a_determiner() -> None:
    assert found(["Rights groups have rejected that claim."]) == [("act", "Rights groups", "that claim")]
    assert found(["Tal Vesper denied that the report was true."]) == [("indirect", "Tal Vesper", "the report was true")]


def test_for_goes_on_an_adjunct_between_the_verb_and_its_clause() -> None:
    paras = ["Ruth Adler wrote in an op-ed for the Marrah Times that her country had no quarrel with Qarvat."]
    assert found(paras) == [("indirect", "Ruth Adler", "her country had no quarrel with Qarvat")]


def test_a_role_noun_with_another_office_is_not_the_person_before() -> None:
    paras = ["Egypt's foreign minister expressed concern.", "The prime minister vowed to press on."]
    assert [s for _, s, _ in found(paras)] == ["Egypt's foreign minister", "The prime minister"]
    paras = ["Prime Minister Omar Nabil spoke on Monday.", "The Egyptian prime minister vowed to press on."]
    assert found(paras)[0][1] == "Omar Nabil"


def test_a_counterpart_named_once_is_the_counterpart_later() -> None:
    paras = [
        "Idris Talmani met his Egyptian counterpart Leyla Osmanova on Monday.",
        'His Egyptian counterpart declined to comment, saying only that "dialogue is the answer".',
    ]
    assert found(paras) == [("direct", "Leyla Osmanova", "dialogue is the answer")]


def test_a_royal_title_is_a_role_and_of_without_a_body_stays_in_the_role() -> None:
    (s,) = extract_statements(["King Faisal said his kingdom would spare no effort."])
    assert (s.speaker.name, s.speaker.role) == ("Faisal", "King")
    (s,) = extract_statements(["Moshe Avital, the head of security at the port, said the troops were ready."])
    assert (s.speaker.role, s.speaker.organization) == ("head of security", None)


def test_a_participle_with_its_agent_after_by_is_no_report_of_the_phrase_before() -> None:
    paras = ["The cabinet approved a plan to expand the port, a move condemned by the Kestrel Union."]
    assert found(paras) == []
    assert found(["Officials said by phone that the plan was dead."]) == [
        ("indirect", "Officials", "the plan was dead")
    ]


def test_a_comma_ends_a_negation_before_a_participle() -> None:
    paras = ['Leyla Osmanova declined to comment, saying only that "dialogue is the answer".']
    assert found(paras) == [("direct", "Leyla Osmanova", "dialogue is the answer")]
    assert found(["Leyla Osmanova did not, however, say whether the deal was dead."]) == []
    # a gerund after "for (not)" is what the object did: the next participle is the subject's
    paras = ["Tal Vesper criticised voters for not backing the plan, declaring that the vote was lost."]
    assert found(paras)[-1] == ("indirect", "Tal Vesper", "the vote was lost")


def test_military_ranks_are_abbreviations_and_titles() -> None:
    paras = ['"We have the situation under control," army spokesman Brig. Gen. Yusuf Karam told a news conference.']
    (s,) = extract_statements(paras)
    assert (s.speaker.name, s.text) == ("Yusuf Karam", "We have the situation under control")
    assert s.speaker.role == "army spokesman"  # the job; the rank after it is no part of the role


def test_a_describing_word_opening_the_sentence_is_no_organisation() -> None:
    (s,) = extract_statements(["Civil defence chief Fadi Nasr told state radio that two people were hurt."])
    assert (s.speaker.role, s.speaker.organization) == ("Civil defence chief", None)
    (s,) = extract_statements(["Kestrel Front spokesman Fadi Nasr said two people were hurt."])
    assert s.speaker.organization == "Kestrel Front"


def test_its_ministry_is_the_ministry() -> None:
    # "its" stands for the body named before: the ministry is Eskar's
    paras = ["Eskar has not claimed responsibility.", "Its foreign ministry said it does not comment on reports."]
    assert found(paras) == [("indirect", "Eskar's foreign ministry", "it does not comment on reports")]


def test_translated_word_order_puts_an_adjunct_before_the_object() -> None:
    paras = ['The Foreign Ministry of Qarvat rejected through a communiqué the "coercive measures" imposed by Eskar.']
    assert found(paras) == [("act", "Foreign Ministry of Qarvat", 'the "coercive measures" imposed by Eskar')]
    assert found(["Qarvat condemned in the strongest terms the attack on the embassy."]) == [
        ("act", "Qarvat", "the attack on the embassy")
    ]


def test_a_sentence_adverb_before_a_comma_is_nobody() -> None:
    paras = ["Tal Vesper spoke in Marrah.", "Likewise, he pointed out that the sanctions had failed."]
    assert found(paras) == [("indirect", "Tal Vesper", "the sanctions had failed")]


def test_international_bodies_are_no_casualties() -> None:
    (s,) = extract_statements(["Tal Vesper said Qarvat would take the case to international bodies."])
    assert "casualties" not in s.topics
    (s,) = extract_statements(["Rescuers said 12 bodies were recovered from the rubble."])
    assert "casualties" in s.topics


def test_a_participle_before_a_plain_noun_after_despite_or_amid_describes_it() -> None:
    assert found(["Eskar vowed to press on despite mounting pressure."]) == [
        ("act", "Eskar", "to press on despite mounting pressure")
    ]


def test_an_opening_participles_words_end_before_the_main_subject() -> None:
    assert found(["After saying the talks had failed, Tal Vesper left the room."]) == [
        ("indirect", "Tal Vesper", "the talks had failed")
    ]


def test_a_speaking_aside_before_the_verb_dates_the_words() -> None:
    tuesday = dt.date(2026, 3, 10)
    for aside in ("speaking on Sunday", "speaking to reporters in Marrah on Sunday", "who spoke on Sunday"):
        (s,) = extract_statements([f"Idris Talmani, {aside}, said the offer stood."], tuesday)
        assert s.date == dt.date(2026, 3, 8)
    (s,) = extract_statements(["Idris Talmani, who met Tal Vesper on Sunday, said the offer stood."], tuesday)
    assert s.date is None  # the meeting's day, not the words'


def test_a_name_set_off_after_a_role_in_according_to_is_the_source() -> None:
    paras = ["The dead included nine children, according to the ministry's spokesman, Ashraf Qudra."]
    (s,) = extract_statements(paras)
    assert (s.speaker.name, s.speaker.role, s.text) == ("Ashraf Qudra", "spokesman", "The dead included nine children")
    paras = ["According to the ministry's spokesman, Ashraf Qudra, the dead included nine children."]
    assert found(paras) == [("indirect", "Ashraf Qudra", "the dead included nine children")]
    paras = ["The dead included nine children, according to the spokesman, Ashraf Qudra, who said more were missing."]
    assert ("indirect", "Ashraf Qudra", "The dead included nine children") in found(paras)


def test_bodies_counted_or_recovered_are_casualties() -> None:
    (s,) = extract_statements(['"We pulled out three bodies with our hands," said Abu Mahmoud.'])
    assert "casualties" in s.topics


def test_phrasal_verbs_of_attack_are_acts_and_an_irregular_past_ends_the_subject() -> None:
    for verb in ("lashed out at", "hit out at", "took aim at", "pushed back against"):
        assert found([f"Tal Vesper {verb} the mediators."]) == [("act", "Tal Vesper", "the mediators")]
    paras = ["Tal Vesper hit back at critics, saying the plan was sound."]
    assert ("indirect", "Tal Vesper", "the plan was sound") in found(paras)


def test_due_to_goes_on_an_adjunct_and_said_nothing_reports_nothing() -> None:
    paras = [
        "A security source told Anadolu on condition of anonymity due to restrictions on speaking to the media "
        "that the suspects had entered the country illegally."
    ]
    assert found(paras) == [("indirect", "A security source", "the suspects had entered the country illegally")]
    assert found(["The source said nothing."]) == []
    assert found(["Tal Vesper said nothing had changed."]) == [("indirect", "Tal Vesper", "nothing had changed")]


def test_a_channel_number_is_part_of_the_listener_and_an_aired_interview_an_adjunct() -> None:
    tuesday = dt.date(2026, 3, 10)
    paras = ["Yoav Tamir told Channel 12 in an interview aired Saturday that the army was prepared."]
    (s,) = extract_statements(paras, tuesday)
    assert (s.text, s.date) == ("the army was prepared", dt.date(2026, 3, 7))


def test_media_reports_are_an_unnamed_source() -> None:
    (s,) = extract_statements(["According to Hebrew media reports, the cabinet will vote next week."])
    assert (s.speaker.name, s.speaker.kind) == ("Hebrew media reports", "unnamed")


def test_an_acts_gerund_after_keep_or_continue_is_no_report_of_its_own() -> None:
    paras = ["Mikhail Sorin said that Dornland would keep supporting the talks."]
    assert found(paras) == [("indirect", "Mikhail Sorin", "Dornland would keep supporting the talks")]
    assert found(["Tal Vesper kept saying the talks had failed."]) == [
        ("indirect", "Tal Vesper", "the talks had failed")
    ]


def test_a_verb_ending_in_its_preposition_takes_an_object_as_an_act() -> None:
    paras = ["Qarvat called for an international conference to be convened within three months."]
    assert found(paras) == [("act", "Qarvat", "an international conference to be convened within three months")]


def test_a_body_named_beside_its_description_speaks_under_its_name() -> None:
    for phrase in (
        "Kestrel militant group Velan Front",
        "Militant group the Velan Front",
        "Kestrel's Velan Front group",
    ):
        (s,) = extract_statements([f"{phrase} said its fighters had ambushed a patrol."])
        assert (s.speaker.name, s.speaker.kind) == ("Velan Front", "organization")
    (s,) = extract_statements(["The rights group Kestrel Watch International said the patrol was ambushed."])
    assert (s.speaker.name, s.speaker.kind) == ("Kestrel Watch International", "organization")
    # a possessive before a describing participle: the body's own unit
    (s,) = extract_statements(["The Velan Front's armed wing said the patrol was ambushed."])
    assert s.speaker.name == "Velan Front's armed wing"
    assert found(["A group of Velan elders said the patrol was ambushed."])[0][1] == "A group of Velan elders"


def test_a_documents_issuer_is_a_source_that_spoke() -> None:
    paras = [
        "Idris Talmani opened the meeting in Marrah on Monday.",
        "Talmani's message to Eskar was blunt.",
        "The meeting's final communique demanded an immediate halt to military operations.",
    ]
    assert found(paras) == [("act", "The meeting's final communique", "an immediate halt to military operations")]


def test_a_possessive_message_before_a_colon_gives_the_quotation_to_its_owner() -> None:
    paras = [
        "Idris Talmani opened the meeting.",
        'Talmani\'s message to Eskar was blunt: "You cannot bomb your way out."',
    ]
    assert found(paras) == [("direct", "Idris Talmani", "You cannot bomb your way out.")]


def test_the_lede_role_is_the_person_named_after_the_next_paragraphs_opening_quotation() -> None:
    paras = [
        "Qarvat's foreign minister said the proposal was a step in the right direction.",
        '"We are cautiously optimistic," Idris Talmani told reporters.',
    ]
    assert [s for _, s, _ in found(paras)] == ["Idris Talmani", "Idris Talmani"]
    # a person the lede names before the role may be the one it describes: no guess
    paras = [
        "A lawmaker in Kestrel wants Tal Vesper barred after the presidential candidate said the port was unsafe.",
        '"There is no basis for this," Omar Fahd said.',
    ]
    assert found(paras)[0][1] != "Omar Fahd"


def who(paragraphs: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.name, s.speaker.role, s.speaker.organization) for s in extract_statements(paragraphs)]


def test_a_list_of_names_stays_in_the_act_and_a_list_closing_the_sentence_speaks() -> None:
    assert found(["The minister thanked Qarvat, Eskaria and the Marovian Republic for their help."]) == [
        ("act", "The minister", "Qarvat, Eskaria and the Marovian Republic for their help")
    ]
    # "…, Egypt and Qatar said": every name listed after the comma speaks
    speakers = [s for _, s, _ in found(["The talks will resume next week, Egypt and Qatar said in a joint statement."])]
    assert speakers == ["Egypt", "Qatar"]


def test_what_he_called_stays_inside_the_act() -> None:
    (slammed, *_) = found(['The minister slammed Western capitals for what he called their "double standards".'])
    assert slammed[2] == 'Western capitals for what he called their "double standards"'


def test_court_styles_stand_for_the_person_and_are_no_role() -> None:
    paras = [
        "His Highness Sheikh Rashid bin Talal Al Marwan, Emir of Qarvat, received a phone call from President "
        "Tomas Ivanek.",
        "During the call, His Highness stressed the need for an immediate ceasefire.",
    ]
    assert who(paras) == [("Rashid bin Talal Al Marwan", "Emir", "Qarvat")]
    assert who(["His Majesty King Hamad Al Selani stressed the need for calm."])[0][:2] == ("Hamad Al Selani", "King")
    assert who(["Ayatollah Hamid Rostami said the nation will never bow."])[0][0] == "Hamid Rostami"


def test_a_title_with_of_or_for_is_one_role_and_names_its_body() -> None:
    assert who(["The Secretary-General of the Marovian League Ahmed Vale said the war must end."]) == [
        ("Ahmed Vale", "Secretary-General of the Marovian League", "Marovian League")
    ]
    assert who(["Minister of State for Foreign Affairs Dr. Faisal Haddad affirmed that the war must end."]) == [
        ("Faisal Haddad", "Minister of State for Foreign Affairs", None)
    ]
    # a role after "for" is the name's own: the spokesman speaks, not the minister
    assert who(["A spokesman for Foreign Minister Tom Vale said the war must end."])[0][0] != "Tom Vale"
    assert who(["Qarvat's Prime Minister and Foreign Minister Sheikh Hamad Al Thamer said the talks were hard."]) == [
        ("Hamad Al Thamer", "Prime Minister and Foreign Minister", "Qarvat")
    ]
    # titles joined by "and" inside a body's name after "of" are its fields, no person's two titles
    assert [s for _, s, _ in found(["The Ministry of Culture and Information said the book was banned."])] == [
        "Ministry of Culture and Information"
    ]


def test_a_pair_of_one_office_excludes_a_person_of_another() -> None:
    paras = [
        "President Idris Talmani said the talks would go on.",
        "Foreign Minister Omar Fahd held talks with his Eskari counterpart, where the two ministers discussed "
        "regional developments.",
    ]
    assert [s for _, s, _ in found(paras)][1:] == ["the two ministers"]
    # one person named in the pair's paragraph, the other unnamed there: no guess from further back
    paras = [
        "Foreign Minister Omar Fahd met Defence Minister Tal Vesper.",
        "The presidency said President Idris Talmani took a call from the Eskari president, in which the two "
        "leaders discussed a truce.",
    ]
    statements = found(paras)
    assert statements[0][2] == "President Idris Talmani took a call from the Eskari president"
    assert [s for k, s, _ in statements if k == "act"] == ["the two leaders"]


def test_a_day_after_the_listener_and_its_places_dates_a_closing_quotation() -> None:
    (s,) = extract_statements(
        ['"History will judge us," Omar Fahd told party members at the headquarters in Marrah on Wednesday.'],
        dt.date(2026, 3, 10),
    )
    assert s.date == dt.date(2026, 3, 4)


def test_datelines_of_gulf_agencies_are_no_part_of_the_words() -> None:
    (s,) = extract_statements(["MARRAH, 9th March, 2026 (QNA) -- Omar Fahd said the war must end."])
    assert (s.speaker.name, s.text) == ("Omar Fahd", "the war must end")
    (s,) = extract_statements(["MARRAH: The kingdom welcomed the agreement, the ministry said."])
    assert s.text == "The kingdom welcomed the agreement"
    # a transcript's label is not a dateline
    (line,) = extract_statements(["Idris Talmani spoke to us.", "TALMANI: We will never accept it."])
    assert line.speaker.name == "Idris Talmani"


def test_a_numbered_broadcaster_and_a_plural_possessive_are_names() -> None:
    assert found(["According to Kestrel's Channel 12, the cabinet will meet on Monday."]) == [
        ("indirect", "Channel 12", "the cabinet will meet on Monday")
    ]
    assert who(
        [
            '"Any aggression will be met," the commander of the Guards\' aerospace force, Brig. Gen. Amir Hajizan, '
            "was quoted as saying."
        ]
    ) == [("Amir Hajizan", "commander", "Guards' aerospace force")]


def test_it_after_a_warning_verb_opens_the_clause_and_an_object_may_follow_an_adjunct() -> None:
    assert found(["Qarvat warned it will respond firmly to any attack."]) == [
        ("indirect", "Qarvat", "it will respond firmly to any attack")
    ]
    assert found(["Idris Talmani stressed during his meeting with a delegation the importance of unity."]) == [
        ("act", "Idris Talmani", "the importance of unity")
    ]
    assert found(["Hezbollah MP Hassan Fadlan said the resistance had the right to respond."])[0][1] == "Hassan Fadlan"


def test_the_verb_after_continued_to_reports_with_the_same_subject() -> None:
    assert found(["The ministers continued to insist that the deal was fair."]) == [
        ("indirect", "The ministers", "the deal was fair")
    ]


def test_a_gerund_after_a_charge_is_the_accused_ones_deed() -> None:
    assert found(["The Justice Ministry has charged Omar Fahd with espionage by publishing secret files."]) == []
    assert found(["Vale condemned the attack by saying it was a crime."])[1] == ("indirect", "Vale", "it was a crime")


def test_whether_opens_a_clause_inside_the_act() -> None:
    (s,) = found(["Traders cited the uncertainty over whether Qarvat and Eskaria could agree to end the dispute."])
    assert s[2] == "the uncertainty over whether Qarvat and Eskaria could agree to end the dispute"


def test_a_one_word_name_described_as_a_person_keeps_its_relative_clause() -> None:
    paras = ['"We did not sleep," said Fatima, a 34-year-old mother of three who asked that her surname not be used.']
    assert [(s, t) for _, s, t in found(paras)] == [
        ("Fatima", "We did not sleep"),
        ("Fatima", "her surname not be used"),
    ]
    # a negation inside the relative clause is not the main verb's, and the relative's words end at its comma
    paras = ["Fatima Odeh, who asked that her surname not be used, said they did not sleep."]
    assert [t for _, _, t in found(paras)] == ["her surname not be used", "they did not sleep"]


def test_with_and_a_participle_gives_the_noun_after_with() -> None:
    paras = [
        'Kestrel rejected the remarks as "baseless", with a ministry spokesperson telling reporters that they '
        "were lies."
    ]
    assert found(paras) == [
        ("act", "Kestrel", 'the remarks as "baseless"'),
        ("indirect", "a ministry spokesperson", "they were lies"),
    ]


def test_roles_drop_a_place_after_the_body_and_a_rank_after_the_job() -> None:
    assert who(["A spokesman for the Health Ministry in Marrah said at least 40 people had been killed."])[0][2] == (
        "Health Ministry"
    )
    assert who(["Military spokesman Lt. Col. Nadav Shaani told reporters that troops had found tunnels."]) == [
        ("Nadav Shaani", "Military spokesman", None)
    ]
    assert (
        who(["Foreign Minister Prince Khalid Al Marwan said the position had not changed."])[0][1] == "Foreign Minister"
    )
    assert who(["Crown Prince Salem Al Marwan said the talks were positive."])[0][1] == "Crown Prince"


def test_but_and_a_verb_after_the_reported_clause_are_the_speakers() -> None:
    paras = ["Nadav Shaani told reporters that troops had located several tunnel shafts, but gave no further details."]
    assert found(paras) == [("indirect", "Nadav Shaani", "troops had located several tunnel shafts")]


def test_the_lede_role_is_the_person_who_made_the_remarks() -> None:
    paras = [
        "Qarvat's top diplomat said Monday that the negotiations had stalled.",
        "Sheikh Hamad Al Thamer, who serves as both prime minister and foreign minister, made the remarks at a forum.",
    ]
    assert [s for _, s, _ in found(paras)] == ["Hamad Al Thamer"]
    # a name described after a comma with no such remark is someone the article introduces
    paras = [
        "Qarvat's top diplomat said Monday that the negotiations had stalled.",
        "Sheikh Hamad Al Thamer, who leads the opposition, called for new elections.",
    ]
    assert found(paras)[0][1] == "Qarvat's top diplomat"


def test_a_month_after_a_first_name_is_a_surname_and_a_month_after_a_date_word_is_a_date() -> None:
    assert [s for _, s, _ in found(["Prime Minister Nora May said the deal was done."])] == ["Nora May"]
    assert [s for _, s, _ in found(["Nora May, 60, a doctor, said she was elated."])] == ["Nora May"]
    assert [s for _, s, _ in found(["Last August Vale said the deal was done."])] == ["Vale"]
    assert [s for _, s, _ in found(["In May Vale said the deal was done."])] == ["Vale"]


def test_a_subject_apposed_after_while_opens_its_own_clause() -> None:
    paras = [
        "Two security sources told reporters that a delegation had arrived, while a senior Velan Front official, "
        "Salem Nouri, said the group had received a new proposal."
    ]
    assert [(s, t) for _, s, t in found(paras)] == [
        ("Two security sources", "a delegation had arrived"),
        ("Salem Nouri", "the group had received a new proposal"),
    ]


def test_a_body_nouns_statement_is_the_bodys() -> None:
    paras = ["The Health Ministry said 17 people were killed. A ministry statement later said the toll had risen."]
    assert [s for _, s, _ in found(paras)] == ["Health Ministry", "Health Ministry"]


def test_according_to_after_came_as_sources_the_event() -> None:
    paras = ["Vale's remarks came as strikes killed three people in the south, according to the Health Ministry."]
    assert found(paras) == [("indirect", "Health Ministry", "strikes killed three people in the south")]


def test_a_role_after_an_age_and_a_place_of_origin() -> None:
    paras = ['"We are tired," said Hussein Haidar, 52, a farmer from the border village of Kfar Marun.']
    assert who(paras) == [("Hussein Haidar", "farmer", None)]
    # "from" a body names the body
    assert who(["Tom Vale, an analyst from the Marrah Institute, said the talks were over."]) == [
        ("Tom Vale", "analyst", "Marrah Institute")
    ]


def test_a_participle_describing_a_noun_inside_the_words_ends_nothing() -> None:
    paras = ['Kestrel\'s envoy Pavel Orlin said that the draft proposed by Marovia is "unbalanced" and cannot pass.']
    assert found(paras) == [("mixed", "Pavel Orlin", 'the draft proposed by Marovia is "unbalanced" and cannot pass')]


def test_the_diplomat_is_the_permanent_representative_named_before() -> None:
    paras = [
        "Kestrel's permanent representative to the UN Pavel Orlin said the draft was unbalanced.",
        '"We cannot accept this text," the diplomat told reporters.',
    ]
    assert [s for _, s, _ in found(paras)] == ["Pavel Orlin", "Pavel Orlin"]


def test_a_describing_hyphen_word_is_no_groups_name_and_an_offices_statement_is_the_offices() -> None:
    paras = ["The Velan Front said it fired rockets. The Iran-backed group said it would fire more."]
    assert [s for _, s, _ in found(paras)] == ["Velan Front", "Velan Front"]
    assert [s for _, s, _ in found(["A statement from Talmani's office said the visit was postponed."])] == [
        "Talmani's office"
    ]


def test_international_ends_a_bodys_name() -> None:
    assert who(["Kestrel International accused Marovia of abuses, a charge Marovia rejects."])[0][0] == (
        "Kestrel International"
    )
    (s,) = extract_statements(["Kestrel International accused Marovia of abuses."])
    assert s.speaker.kind == "organization"


def test_a_broadcaster_or_papers_name_beside_a_media_noun() -> None:
    for sentence in (
        "Jordan's Rashet public broadcaster reported that the cabinet had approved the deal.",
        "Public broadcaster Rashet reported that the cabinet had approved the deal.",
    ):
        assert [s for _, s, _ in found([sentence])] == ["Rashet"]
    assert [s for _, s, _ in found(["The Marrah-owned Al Sahel channel reported that the talks had failed."])] == [
        "Al Sahel"
    ]
    # the media noun is no speaker inside a longer phrase
    assert [s for _, s, _ in found(["A source at the Tampa station said the talks had failed."])] == [
        "A source at the Tampa station"
    ]


def test_a_diplomatic_rank_after_a_job_and_hrh_are_no_part_of_the_role() -> None:
    assert who(["Presidential Spokesman Ambassador Omar Fahmi said the talks were positive."])[0][:2] == (
        "Omar Fahmi",
        "Presidential Spokesman",
    )
    assert who(["Deputy Ambassador Omar Fahmi said the talks were positive."])[0][1] == "Deputy Ambassador"
    assert who(["HRH Prince Faisal Al Marwan said the talks were positive."])[0][:2] == ("Faisal Al Marwan", "Prince")


def test_a_countrys_possessive_before_a_describing_word_is_no_part_of_a_bodys_name() -> None:
    assert [s for _, s, _ in found(["Yemen's Iran-aligned Velan Front said it had targeted a ship."])] == [
        "Velan Front"
    ]
    (s,) = extract_statements(["Yemen's Iran-aligned Velan Front said it had targeted a ship."])
    assert s.speaker.country == "YE"


def test_a_label_and_a_colon_before_no_spoken_words_is_no_transcript_line() -> None:
    for line in ("Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.", "More Varnia Sports: https://x.example/a"):
        assert not extract_statements([line])
    assert not extract_statements(["DEAR ABBY: My husband and I were getting ready to leave."])
    (s,) = extract_statements(["Tal Vesper: No. Never. I will stay."])
    assert (s.speaker.name, s.text) == ("Tal Vesper", "No. Never. I will stay.")
