"""Sources joined by "and", sources described by the words after them, and the writer's words set
beside an attribution. Invented speakers and places; each test is one rule."""

from __future__ import annotations

from mideast_statements.statements import extract_statements


def said(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.name, s.cue, s.text) for s in extract_statements(list(paragraphs))]


def speakers(*paragraphs: str) -> list[str]:
    return [name for name, _, _ in said(*paragraphs)]


def test_two_unnamed_groups_joined_by_and_are_one_source() -> None:
    assert said("Varnian lawmakers and their allies in the unions say the plan would fail.") == [
        ("Varnian lawmakers and their allies in the unions", "say", "the plan would fail")
    ]
    assert speakers("On Tuesday, a senior official and a diplomat said the plan would fail.") == [
        "a senior official and a diplomat"
    ]
    # after the verb too
    assert speakers("“We won,” said officials and diplomats.") == ["officials and diplomats"]
    # an "and" that joins two clauses joins no sources
    assert speakers("He signed the deal and officials said it would hold.") == ["officials"]


def test_a_group_after_a_name_speaks_with_it() -> None:
    assert speakers("Tal Vesper and his allies say the plan would fail.") == ["Tal Vesper", "his allies"]
    # names before a capitalised group describe it: the officials of both speak
    assert speakers("Ombrin and Varnia officials said the plan would fail.") == ["Varnia officials"]
    # "others" names nobody, before the verb or after it
    assert speakers("“We won,” said Tal Vesper and others.") == ["Tal Vesper"]


def test_a_pronoun_and_a_name_before_a_closing_verb_both_speak() -> None:
    paragraphs = ("Kessa Dorn met the board.", "It is not about big audiences, she and Mr. Allen said.")
    assert sorted(speakers(*paragraphs)) == ["Allen", "Kessa Dorn"]


def test_a_titled_name_after_of_is_the_object_of_a_noun_for_people() -> None:
    paragraph = "Friends of Mr. Vesper who have seen him recently say that his energy has matured."
    assert speakers(paragraph) == ["Friends of Mr. Vesper who have seen him"]
    assert speakers("An aide of Gov. Tal Vesper said the plan would fail.") == ["An aide of Gov. Tal Vesper"]
    # a title's own "of" keeps the name its holder's
    assert speakers("Secretary of State Tal Vesper said the plan would fail.") == ["Tal Vesper"]


def test_members_of_a_party_described_by_the_words_after_them() -> None:
    assert said("Democrats close to the Dorn campaign said the vote was rigged.") == [
        ("Democrats close to the Dorn campaign", "said", "the vote was rigged")
    ]
    assert speakers("Some Varnians familiar with the talks said the vote was rigged.") == [
        "Some Varnians familiar with the talks"
    ]


def test_a_speaking_verb_after_a_name_that_ends_a_prepositional_phrase() -> None:
    paragraph = "A memo obtained by the Ombrin Herald says the union will back Tal Vesper."
    # (a memo is a document: one that another holds is its speaker as written)
    assert said(paragraph) == [("A memo obtained by the Ombrin Herald", "says", "the union will back Tal Vesper")]


def test_role_nouns_before_a_name_after_a_closing_verb() -> None:
    paragraph = (
        "The firm lobbied for the Dorn Organization on gaming, said lobbyist and Varnian strategist "
        "Tal Vesper, Dorn's former business partner."
    )
    assert said(paragraph) == [("Tal Vesper", "said", "The firm lobbied for the Dorn Organization on gaming")]
    assert speakers("The firm lobbied hard, said spokesman Tal Vesper.") == ["Tal Vesper"]


def test_a_counting_word_that_opens_the_sentence_names_no_issuer() -> None:
    (statement,) = extract_statements(["One tweet said: “This is very sad.”"])
    assert (statement.speaker.name, statement.text) == ("One tweet", "This is very sad.")
    assert statement.speaker.kind == "unnamed"


def test_works_of_an_author_and_reviews_with_their_object() -> None:
    paragraph = "She compared the talks to a “root canal,” according to Kessa Dorn's memoir."
    assert speakers(paragraph) == ["Kessa Dorn"]
    paragraph = "The rent rose in July, according to an Ombrin Herald review of election filings."
    assert speakers(paragraph) == ["an Ombrin Herald review of election filings"]


def test_an_occasion_after_an_according_to_source_is_no_part_of_it() -> None:
    paragraph = "The case put Kessa Dorn through the wringer, according to her lawyers in a court filing."
    assert speakers(paragraph) == ["her lawyers"]
    # a place after the source still describes it
    assert speakers("Tal Vesper won, according to officials in Ombrin.") == ["officials in Ombrin"]


def test_a_verb_that_carries_the_cue_is_no_part_of_the_subject() -> None:
    paragraph = "The Vesper faction continues to tell itself that the vote does not matter."
    assert said(paragraph) == [("The Vesper faction", "tell", "the vote does not matter")]
    assert speakers("Officials have continued to insist that the vote was rigged.") == ["Officials"]


def test_a_quotation_inside_an_opening_phrase_is_not_what_the_verb_reports() -> None:
    paragraph = "Citing “obligations in Ombrin,” the spokeswoman told the Herald that Dorn will skip the vote."
    assert said(paragraph) == [("the spokeswoman", "told", "Dorn will skip the vote")]
    assert said("Calling it “a disgrace,” Tal Vesper said the plan would fail.")[-1] == (
        "Tal Vesper",
        "said",
        "the plan would fail",
    )
    # with nothing after the verb, the quotation is the words, in their clause
    assert said("She called it “a disgrace,” Tal Vesper said.")[0][2] == "She called it “a disgrace,”"


def test_an_article_and_no_verb_after_a_verb_seldom_followed_by_a_clause_is_an_object() -> None:
    (statement,) = extract_statements(["The new poll revealed a variety of dynamics across the country."])
    assert (statement.kind, statement.text) == ("act", "a variety of dynamics across the country")


def test_a_dash_after_a_closing_attribution_opens_the_writers_word() -> None:
    paragraph = "The deficit will end this year, the ministry reported on Tuesday -- a development that surprised many."
    assert said(paragraph) == [("the ministry", "reported", "The deficit will end this year")]
    assert said("The deficit will end, the ministry said — a move that surprised many.")[0][2] == "The deficit will end"


def test_a_verb_after_a_counting_word_and_before_a_noun_for_people_is_a_noun() -> None:
    assert said("Some protest leaders said they would ignore the restrictions.") == [
        ("Some protest leaders", "said", "they would ignore the restrictions")
    ]
    assert said("Some argue that the plan failed.") == [("Some", "argue", "the plan failed")]


def test_a_conjunction_before_an_opening_verb_keeps_the_quotation_after_it() -> None:
    paragraphs = ("Tal Vesper spoke.", 'But, said Vesper, "I do not want to drum up conflict."')
    assert said(*paragraphs) == [("Tal Vesper", "said", "I do not want to drum up conflict.")]


def test_a_quotation_after_the_verbs_colon_is_its_words_whatever_the_clause_before() -> None:
    paragraph = 'After Dorn said students might do better at "less advanced schools," Vesper said: "I disagree."'
    assert said(paragraph)[-1] == ("Vesper", "said", "I disagree.")


def test_a_date_after_the_name_that_follows_a_closing_verb() -> None:
    paragraph = "Footage reveals a pattern of killings by security forces, said Ombrin Watch on Tuesday, November 19."
    assert said(paragraph)[-1] == ("Ombrin Watch", "said", "Footage reveals a pattern of killings by security forces")
    assert said("The talks failed, said Ombrin Watch Tuesday.") == [("Ombrin Watch", "said", "The talks failed")]


def test_a_plural_cue_word_after_an_adjective_is_a_noun() -> None:
    paragraph = (
        "Varnia is a vocal critic of Ombrin's sweeping territorial claims and has accused Ombrin of encroaching."
    )
    assert speakers(paragraph) == ["Varnia"]
    # a noun for people before it is the subject of the verb
    assert said("The general claims that the war is over.") == [("The general", "claims", "the war is over")]


def test_a_second_relative_after_and_shares_the_first_ones_antecedent() -> None:
    paragraph = (
        "Tal Dorn, director of the Ombrin Forum, which was founded by Vesper after his campaign and which "
        "has endorsed Kessa Lind, said Lind has several options."
    )
    assert speakers(paragraph) == ["Ombrin Forum", "Tal Dorn"]
    # "which" stands for the thing it follows, not for the person a preposition's object hangs from
    assert speakers("A spokesman for the Varnia ministry, which said the talks failed, left.") == ["Varnia ministry"]


def test_a_participle_after_a_predicates_preposition_is_the_sentences() -> None:
    assert speakers("The top leaders in the council are on record opposing the plan.") == ["The top leaders"]
    assert speakers("Embassies are better at informing parents about the rules.") == ["Embassies"]


def test_a_participle_after_people_and_their_place_describes_them() -> None:
    paragraph = "Some officials in Ombrin speaking on condition of anonymity said the talks failed."
    assert said(paragraph) == [("Some officials in Ombrin", "said", "the talks failed")]


def test_only_between_a_subject_and_its_verb_is_an_adverb() -> None:
    paragraph = "The scheduling was odd, and Tal Vesper only quipped: “I guess the holiday was booked.”"
    assert said(paragraph) == [("Tal Vesper", "quipped", "I guess the holiday was booked.")]


def test_a_verb_that_may_take_a_listener_opens_the_sentence_before_a_name() -> None:
    paragraph = "Continued Tal Vesper: “So I think it is a very real problem.”"
    assert said(paragraph) == [("Tal Vesper", "Continued", "So I think it is a very real problem.")]


def test_comparisons_and_aspect_verbs_before_a_gerund_report_nothing() -> None:
    assert said("But dumping Tal Vesper is easier said than done in Ombrin.") == []
    assert said("Tal Vesper continued campaigning Friday with Kessa Dorn.") == []
    # the gerund that reports keeps its statement; "continued" alone still reports
    assert said("Tal Vesper continued saying that the vote was rigged.") == [
        ("Tal Vesper", "saying", "the vote was rigged")
    ]
    assert said("“We won,” Tal Vesper continued.") == [("Tal Vesper", "continued", "We won")]


def test_a_source_described_by_its_writing_before_a_colon_reports_the_words_after() -> None:
    assert said("According to Jack Vale, writing for the Ombrin Herald:") == []


def test_as_after_a_quotation_closes_it_and_as_elsewhere_opens_the_clause_after() -> None:
    paragraph = (
        "Dorn pledges to “make the economy work for everyone,” as she put it on Wednesday in Ombrin, Varnia, "
        "where she also promised to reject bad deals."
    )
    put = [text for name, cue, text in said(paragraph) if cue == "put it"]
    assert put == ["Dorn pledges to “make the economy work for everyone,”"]
    paragraph = "Staff can get in trouble, and as Tal Vesper noted, people in the case could still be sanctioned."
    assert said(paragraph)[-1] == ("Tal Vesper", "noted", "people in the case could still be sanctioned")


def test_a_reduced_clause_of_time_before_the_speaker_is_no_words_of_his() -> None:
    assert said("Before dropping out, Tal Vesper responded with vitriol, promoting a campaign.") == []
    # a clause after it is
    assert said("Since leaving office, the talks have failed, Tal Vesper said.")[0][2] == (
        "Since leaving office, the talks have failed"
    )


def test_a_degree_word_before_an_adverb_is_no_part_of_the_subject() -> None:
    paragraph = "Editors who run news desks almost universally say that the future is mobile."
    assert speakers(paragraph) == ["Editors who run news desks"]


def test_a_past_form_between_a_comparative_and_a_plural_noun_describes_it() -> None:
    paragraph = "Tal Vesper admitted it would be “very hard” to win if he has fewer pledged delegates in May."
    assert [(name, cue) for name, cue, _ in said(paragraph)] == [("Tal Vesper", "admitted")]


def test_a_web_address_is_one_word() -> None:
    paragraph = "Ombrin spokesman Tal Vesper told Varniawatch.info that the council is “working with the coalition.”"
    assert said(paragraph) == [("Tal Vesper", "told", "the council is “working with the coalition.”")]


def test_roles_joined_by_and_before_a_name_are_one_persons() -> None:
    paragraph = '"What is fun to think about is the ice," Ombrin scientist and study co-author Tal Vesper said.'
    assert said(paragraph) == [("Tal Vesper", "said", "What is fun to think about is the ice")]
    paragraph = "“Our results reflected broad growth,” chairman, CEO and president Kessa Dorn said in the release."
    (statement,) = extract_statements([paragraph])
    assert (statement.speaker.name, statement.speaker.role) == ("Kessa Dorn", "chairman, CEO and president")
    # with an article before the first role, two people
    assert speakers("The scientist and Tal Vesper said the water was frozen.") == ["Tal Vesper"]


def test_a_plural_noun_after_told_listens_before_the_clauses_pronoun() -> None:
    assert said("Tal Vesper told doctors he ate the meat in Ombrin.") == [
        ("Tal Vesper", "told", "he ate the meat in Ombrin")
    ]


def test_a_negation_before_a_quotation_is_the_quotations() -> None:
    paragraph = 'Privacy is not "a bolt-on thing," Tal Vesper said, but instead "a part of who we are."'
    assert said(paragraph) == [("Tal Vesper", "said", 'Privacy is not "a bolt-on thing,"')]
    assert said("Tal Vesper did not say that the talks failed.") == []


def test_people_and_their_verb_after_a_document_say_who_put_it_out() -> None:
    paragraph = "Incomes would rise in Varnia, according to a fact sheet lawmakers released Monday."
    assert said(paragraph) == [("a fact sheet", "according to", "Incomes would rise in Varnia")]
    # people described by a participle are the source
    assert speakers("The plan failed, according to two officials briefed on the talks.") == [
        "two officials briefed on the talks"
    ]


def test_a_works_title_in_quotation_marks_inside_the_speaker_phrase() -> None:
    paragraph = '"Hearing the heartbeat was a gift," the "Harbour" actor said on "Ombrin Nights."'
    assert said(paragraph) == [('the "Harbour" actor', "said", "Hearing the heartbeat was a gift")]
