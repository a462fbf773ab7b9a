"""A person's phrase: the name, its titles before it and its description after it ("Kestrel Foreign
Ministry spokesman X", "X, a senior fellow at the Y Institute") read into role and organisation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies import PREPOSITIONS, body_end, run_start, trailing_caps
from .lexicon import Lexicon
from .names import HYPHENED_PARTICIPLE, no_title, strip_possessive
from .phrase_words import (
    AGENT_NOUN,
    DETERMINERS,
    HONORIFIC_GENDER,
    LEADING_VERBS,
    MEMBER_COUNTS,
    NAME_MODIFIERS,
    OF_FOR,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    RANKS,
    ROLE_CLAUSE,
    STYLED_TITLES,
    Mention,
    common_noun,
    country_in,
    is_age,
    join_tokens,
    people_noun,
)
from .text import POSSESSIVE_ENDS, SUBJECT_PRONOUNS, Token, words

__all__ = [
    "is_title",
    "person_phrase",
    "split_appositive",
    "titled_head",
]


def split_appositive(tokens: Sequence[Token], text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """ "the prime minister of the Palestinian National Authority" → (role, organization)."""
    words = [t for t in tokens if t.kind != "punct" or t.text in "-’'"]
    while words and (
        words[0].lower in _DETERMINERS_OR_POSSESSIVES
        or (words[0].lower in ("one", "another") and len(words) > 1 and words[1].lower != "of")
    ):
        words = words[1:]  # "one diplomat familiar with the talks": a diplomat; "one of the …" keeps its count
    # "a mother of five who fled her home in X": the relative clause describes; it names no body
    words = words[: next((k for k, t in enumerate(words) if k and t.lower in ROLE_CLAUSE), len(words))]
    if not words:
        return None, None
    owned_by: str | None = None
    owner = _after_owner(words)
    if (
        owner
        and owner < len(words)
        and all(t.capitalized for t in words[:owner])
        and not any(t.lower in KIN_NOUNS for t in words[owner:])
    ):
        # "Egypt's foreign minister", "the UN's humanitarian coordinator": the country field's, not the
        # role's; "the Kestrel Union's spokesman": the organisation ("Vasko's aide", "Nevada's
        # governor", "Ortega's brother" stay as written)
        owner_name = strip_possessive(join_tokens(words[:owner], text))
        if lex.country_of(owner_name) is not None and owner_name.lower() not in lex.regions:
            words = words[owner:]
        elif any(strip_possessive(t.text) in lex.institution_words for t in words[:owner]):
            owned_by, words = owner_name, words[owner:]
    if len(words) > 1 and words[0].lower in ("of", "at", "with"):
        body = [t for t in words[1:] if t.lower not in DETERMINERS]
        if body and len(trailing_caps(body, lex)) == len(body):
            return None, join_tokens(body, text)  # "X, of the Committee to Protect Journalists,": where X works
    origin = next(
        (k for k, t in enumerate(words) if t.lower == "from" and k > 0 and _role_noun(words[k - 1], lex)), None
    )
    if origin is not None and not any(body_end(t, lex) for t in words[origin + 1 :]):
        words = words[:origin]  # "a farmer from the border village of X": where the person is from, no body
    for k, tok in enumerate(words):
        if tok.lower in ("of", "at", "for", "with", "from") and 0 < k < len(words) - 1:
            org = list(words[k + 1 :])
            while org and org[0].lower in DETERMINERS:
                org = org[1:]
            # "a spokesman for the Health Ministry in Gaza": the body, not the place written after it
            place = next(
                (
                    m
                    for m in range(1, len(org))
                    if org[m].lower in PLACE_PREPOSITIONS
                    and (
                        body_end(org[m - 1], lex) or (org[m - 1].capitalized and any(body_end(t, lex) for t in org[:m]))
                    )
                ),
                None,
            )
            org = org[:place] if place is not None else org
            caps = trailing_caps(org, lex)
            served = [t for t in org if not t.capitalized and strip_possessive(t.lower) not in lex.institutions]
            if tok.lower == "for" and any(people_noun(t, lex) for t in served):
                # "a lawyer for the woman involved in the case": whom the post serves is no organisation
                return join_tokens(words[_after_owner(words) : k], text) or None, None
            if tok.lower == "for" and _portfolio(org, lex):
                # "the deputy director for the region", "the director for political affairs": what the post covers,
                # part of the role as written; no organisation
                return join_tokens(words[_after_owner(words) :], text), None
            if tok.lower == "at" and [t.lower for t in org] in (["time"], ["the", "time"], ["that", "time"]):
                return join_tokens(words[:k], text), None  # "the chief at the time": when, not where
            role = list(words[:k])
            # "an expert in humanitarian law (at X)", "a professor on …": the field of an expert's role is part of it
            field = any(
                role[m].lower in ("in", "on") and role[m - 1].lower in EXPERT_NOUNS for m in range(1, len(role))
            )
            while len(role) > 1 and not _role_noun(role[-1], lex) and not field:
                role.pop()  # "an official familiar with the talks": the role is "official"
            counted = not caps and bool(org) and (org[0].text.isdigit() or org[0].lower in MEMBER_COUNTS)
            if len(role) < k or (tok.lower == "with" and not caps) or counted:
                # "familiar with the talks", "a mother of five" name no organisation
                return join_tokens(role, text) or None, None
            if tok.lower == "of" and org and org[0].lower == "state" and not any(t.capitalized for t in org):
                # "minister of state for foreign affairs", "secretary of state": one title, as written
                return join_tokens(words[_after_owner(words) :], text), None
            if not caps and tok.lower == "of" and not any(strip_possessive(t.lower) in lex.institutions for t in org):
                # "chief of staff", "head of security (at the port)": one role, up to the next preposition
                cut = next((m for m in range(k + 1, len(words)) if words[m].lower in PREPOSITIONS), len(words))
                return join_tokens(words[:cut], text), None
            return join_tokens(role, text) or None, (
                join_tokens(caps, text) if caps else join_tokens(org, text)
            ) or None
    return join_tokens(words, text) or None, owned_by


KIN_NOUNS = words(
    "wife husband son daughter father mother brother sister widow widower uncle aunt cousin nephew niece "
    "grandmother grandfather grandson granddaughter stepson stepdaughter stepfather stepmother fiance fiancee "
    "fiancé fiancée girlfriend boyfriend friend child"
)
EXPERT_NOUNS = words("expert experts specialist specialists professor scholar researcher lecturer analyst")
# fields a role covers, written in lower case before its noun ("foreign policy chief")
FIELD_WORDS = words("policy security legal economic political military media communications press intelligence")
INTERNATIONAL_BODIES = frozenset(("UN", "EU", "CIS"))  # codes of bodies, not states, in countries.toml


def _portfolio(org: Sequence[Token], lex: Lexicon) -> bool:
    """The words after a role's "for" name a field, not a body: lower-case words with no institution
    or people noun ("political affairs", "the region"; "the UN secretary-general" names the UN)."""
    if not org or common_noun(org[-1], lex) or people_noun(org[-1], lex):
        return False  # "a spokesman for the observers": people, not a field
    return not any(t.capitalized or strip_possessive(t.lower) in lex.institutions for t in org)


def _body_of(title: Sequence[Token], lex: Lexicon) -> tuple[int, int] | None:
    """Where an institution's name with its "of" stands in a person's title before the role noun
    that ends it ("Ministry of Foreign Affairs Spokesman"): (start, end), or None."""
    e = len(title)
    while e > 0 and title[e - 1].lower in lex.roles:
        e -= 1
    of = next((k for k in range(1, e - 1) if title[k].lower == "of"), None)
    if of is None or e == len(title) or strip_possessive(title[of - 1].text) not in lex.institution_words:
        return None
    if not all(t.capitalized for t in title[of + 1 : e]):
        return None
    return run_start(title, of - 1), e


def _after_owner(words: Sequence[Token]) -> int:
    """Index after a possessive that opens a title ("Qarvat's minister of state"), else 0."""
    return next((k + 1 for k, t in enumerate(words[:3]) if t.text.endswith(POSSESSIVE_ENDS)), 0)


def _role_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun that can end a role: a source or role word, or an agent noun ("political scientist")."""
    return common_noun(tok, lex) or people_noun(tok, lex) or AGENT_NOUN.match(strip_possessive(tok.lower)) is not None


def titled_head(before: Sequence[Token], head: Token, text: str, lex: Lexicon) -> str:
    """A role with the title words written before its noun in lower case: "the Moravian foreign
    minister" → "foreign minister", "a senior official" → "senior official"."""
    k = len(before)
    while (
        k > 0
        and not before[k - 1].capitalized
        and (before[k - 1].text.capitalize() in lex.titles or before[k - 1].lower in FIELD_WORDS)
    ):
        k -= 1  # "the bloc's foreign policy chief", "a senior legal adviser"
    if k < len(before):
        return strip_possessive(text[before[k].start : head.end])
    return strip_possessive(head.text if head.text.isupper() else head.lower)  # "the PM" keeps its capitals


def _describes(tok: Token) -> bool:
    """A capitalised word before a role that describes the person, no organisation: "Venezuelan-born",
    "London-based", "Veteran" or "Senior" opening the sentence."""
    return HYPHENED_PARTICIPLE.search(tok.text) is not None or tok.lower in DESCRIBING_TITLE_WORDS


def _people_adjective(tok: Token) -> bool:
    """A people's adjective the country list lacks ("Marovian army spokesman X", "his Qarvati
    counterpart X", "Ombrinan-Kestrelian reporter X"): no organisation."""
    low = tok.lower
    if "-" in low and not tok.text.isupper():
        return all(part.endswith(("an", "ese")) or (len(part) >= 5 and part.endswith("i")) for part in low.split("-"))
    return (low.endswith(("ian", "ean", "ese")) or (len(low) >= 5 and low.endswith("i"))) and not tok.text.isupper()


def _place_of_participle(title: Sequence[Token]) -> set[int]:
    """The capitalised words right before a capitalised "-based" word are its place ("New York
    City-based activist X"), no organisation."""
    found: set[int] = set()
    for k, tok in enumerate(title):
        if tok.capitalized and HYPHENED_PARTICIPLE.search(tok.text):
            m = k - 1
            while m >= 0 and title[m].capitalized:
                found.add(id(title[m]))
                m -= 1
    return found


def _state_code(text: str, lex: Lexicon) -> bool:
    code = lex.country_of(text)
    return code is not None and code not in ("UN", "EU", "CIS")


NO_BODY_WORDS = SUBJECT_PRONOUNS | words("it one this that there")


def _opening_adjective(tok: Token, text: str) -> bool:
    """A describing word capitalised only because it opens the sentence ("Civil defence chief X",
    "Federal prosecutor X"): no organisation's name."""
    opens = not text[: tok.start].strip() or text[: tok.start].rstrip()[-1] in '.!?"“”—–:'
    return opens and tok.lower.endswith(ADJECTIVE_ENDS) and not tok.text.isupper()


ADJECTIVE_ENDS = ("al", "il", "ic", "ary", "ive", "ous")


def is_title(tok: Token, lex: Lexicon) -> bool:
    return tok.capitalized and tok.text in lex.titles


DESCRIBING_TITLE_WORDS = words("veteran longtime long-time renowned leading top senior prominent independent retired")


_MODIFIER_WORD = re.compile(r"^[A-Za-z]+-(?:based|led|owned|run|backed|leading|funded|controlled|affiliated)$")


# words for a kind of body: a name right after one is the body's, not a person's
BODY_CLASSIFIERS = words(
    "newspaper daily weekly magazine tabloid paper website site blog broadcaster channel network outlet agency "
    "group organization organisation company firm party movement coalition militia faction union institute "
    "think-tank platform team camp"
)


def person_phrase(
    name_words: Sequence[Token],
    pre: Sequence[Token],
    appositive: Sequence[Token],
    text: str,
    lex: Lexicon,
    start: int,
    end: int,
) -> Mention:
    titled = any(
        t.lower in lex.honorifics or t.text in lex.titles or (t.text.endswith("s") and t.text[:-1] in lex.titles)
        for t in [*pre, *name_words]
    ) or is_age(appositive)  # "Vesper, 45, said": an age says a person, as a title does
    if (
        not titled
        and pre
        and all(_MODIFIER_WORD.search(t.text) for t in pre if t.is_word)
        and name_words[0].lower not in lex.first_names
    ):
        # "Sacramento-based McClatchy", "NBA-leading Lakers": a describing hyphen word alone before a
        # name describes a company or a team; a person's has a role noun ("London-born writer X")
        name = strip_possessive(join_tokens(name_words, text))
        return Mention("institution", name, start, end, name=name, head=name.lower())
    if not titled and pre and pre[-1].lower in BODY_CLASSIFIERS and name_words[0].lower not in lex.first_names:
        # "The newspaper Haaretz", "the militia Kestrel Guard": a word for a kind of body names a body
        # (capitalised, it is the name's first word: "the Daily Courier", "Channel Five")
        name = strip_possessive(join_tokens([*pre[-1:], *name_words] if pre[-1].capitalized else name_words, text))
        return Mention("institution", name, start, end, name=name, head=name.lower())
    gender = next((HONORIFIC_GENDER[t.lower.rstrip(".")] for t in pre if t.lower.rstrip(".") in HONORIFIC_GENDER), None)
    name_words = [t for t in name_words if t.lower not in lex.honorifics]
    name = strip_possessive(join_tokens(name_words, text) if name_words else join_tokens(pre[-1:], text))
    # "Housing Minister X", "Planning Minister X": a capitalised -ing word before a title is the portfolio
    pre = [
        t
        for k, t in enumerate(pre)
        if t.kind == "word"
        and (not no_title(t, lex) or (t.capitalized and k + 1 < len(pre) and pre[k + 1].text in lex.titles))
        and t.lower not in lex.honorifics
    ]
    country = country_in(pre, lex, text) if pre else None
    places = 0
    while places < len(pre) and (code := lex.country_of(strip_possessive(pre[places].text))) is not None:
        if places and code in INTERNATIONAL_BODIES:
            break  # "Palestinian U.N. Ambassador X": the body after the country is part of the title
        places += 1
    body_next = places < len(pre) and lex.country_of(strip_possessive(pre[places].text)) in INTERNATIONAL_BODIES
    if places and places < len(pre) and strip_possessive(pre[places].text) in lex.institution_words and not body_next:
        places -= 1  # "Palestinian Authority spokesman X": the place opens the body's name
    elif places and pre[places - 1].text in lex.institution_words and pre[places - 1].text not in INTERNATIONAL_BODIES:
        places -= 1  # "Kremlin spokesman X", "Pentagon spokesman X": a seat of government is the body
    title = list(pre[places:])
    regions = [t for t in pre[:places] if strip_possessive(t.text).lower() in lex.regions]
    owner = [t for t in title if t.text.endswith(POSSESSIVE_ENDS) and t.capitalized]
    kin = bool(title) and title[-1].lower in KIN_NOUNS
    if kin:
        owner = []  # "Tal Vasko's wife, Mirela": a relative's owner is a person, kept in the role
    if owner:  # "CNN's Jake Tapper", "Sweden's deputy prosecutor X": the owner is the organisation
        last = title.index(owner[-1])
        title = title[last + 1 :]
    rank = len(title)
    while rank > 1 and (title[rank - 1].text in RANKS or title[rank - 1].text in STYLED_TITLES):
        rank -= 1
    if (
        rank < len(title)
        and title[rank - 1].lower in lex.roles
        and title[rank - 1].lower not in NAME_MODIFIERS | {"crown"}
    ):
        # "Military spokesman Lt. Col. X", "Foreign Minister Prince X": the job, not the rank or the
        # prince's style after it ("Crown Prince X", "Brig. Gen. X" keep theirs)
        title = title[:rank]
    role = join_tokens(title, text) or None
    organization = None
    if owner:  # "the Russian Foreign Ministry's spokeswoman": the capitalised run the possessive ends
        k = pre.index(owner[-1])
        organization = strip_possessive(join_tokens(pre[run_start(pre, k) : k + 1], text))
    inst = [k for k, t in enumerate(title) if strip_possessive(t.text) in lex.institution_words]
    # "Secretary-General of the Arab League X", "Minister of State for Foreign Affairs X": a title with
    # its "of"/"for" is the role, as written; a name after it (no title words only) is the organisation
    of_at = 0
    if len(title) >= 3:
        of_at = next(
            (k for k in range(1, len(title) - 1) if title[k].lower in OF_FOR and is_title(title[k - 1], lex)), 0
        )
    if organization:
        pass
    elif (body_of := _body_of(title, lex)) is not None:
        # "Ministry of Foreign Affairs Spokesman X", "Bank of Kestrel Governor X": the body's name with
        # its "of", the role as written
        organization = join_tokens(title[body_of[0] : body_of[1]], text)
    elif kin:
        role = join_tokens(pre[places:], text)  # kept in the role as written; no organisation
    elif of_at:
        role = join_tokens(title, text)
        named = [t for t in title[of_at + 1 :] if t.lower != "the"]
        if all(t.capitalized for t in named) and not all(is_title(t, lex) for t in named):
            organization = join_tokens(named, text)
    elif inst:
        first = next(k for k, t in enumerate(title) if k == inst[-1] or not _describes(t))
        organization = join_tokens(title[first : inst[-1] + 1], text)  # "Senior Hamas official": Hamas
    else:
        describing = {id(t) for t in title if _describes(t) or _opening_adjective(t, text) or _people_adjective(t)}
        describing |= _place_of_participle(title)
        caps = [t for t in title if t.capitalized and t.text not in lex.titles and id(t) not in describing]
        lowers = [t for t in title if not t.capitalized or id(t) in describing]
        # "Democratic U.S. Rep. X": a state's dotted short form is the country field's, no organisation
        if caps and lowers and not (len(caps) == 1 and "." in caps[0].text and _state_code(caps[0].text, lex)):
            organization = join_tokens(caps, text)
            role = join_tokens(lowers, text)
    if organization and strip_possessive(organization).lower() in NO_BODY_WORDS:
        organization = None  # "It's grim to watch X", "One advantage X has": a pronoun or a count
    if appositive and appositive[0].lower not in ("who", "which", "whose"):
        a_role, a_org = split_appositive(appositive, text, lex)
        role = role or a_role
        organization = organization or a_org
        country = country or country_in(list(appositive), lex, text)
    elif len(appositive) > 2 and appositive[0].lower == "who" and appositive[1].lower in LEADING_VERBS:
        # "Leila Haddad, who heads the Darsa Centre for Strategic Studies,": the job and the body
        words = [t for t in appositive[2:] if t.kind == "word"]
        while words and (words[0].lower in DETERMINERS or HYPHENED_PARTICIPLE.search(words[0].text)):
            words = words[1:]  # "the Darsa-based Centre …": the body's own name
        body = trailing_caps(words, lex)
        if body and len(body) == len(words):  # "who heads to Darsa on Monday" names no body
            role = role or LEADING_VERBS[appositive[1].lower]
            organization = organization or join_tokens(body, text)
        elif words and all(not t.capitalized for t in words) and strip_possessive(words[-1].lower) in lex.institutions:
            # "who heads the local relief committee": a body with no name; the job names it, as written
            written = [t for t in appositive[2:] if t.kind == "word"]  # its words as the article gives them
            role = role or f"{LEADING_VERBS[appositive[1].lower]} of {join_tokens(written, text)}"
    head = strip_possessive(title[-1].lower) if title else None
    return Mention(
        "person",
        name,
        start,
        end,
        name=name,
        role=role,
        organization=organization,
        country=country,
        head=head,
        # a region before the title stays among the words the person is called by ("Florida Sen. X"
        # is "the Florida senator" later); a country is the country field's
        modifiers=tuple(t.text for t in [*regions, *title[:-1]]),
        titled=titled,
        gender=gender,
    )


_DETERMINERS_OR_POSSESSIVES = DETERMINERS | POSSESSIVES  # made once: tested on every person phrase
