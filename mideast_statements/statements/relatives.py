"""Stage 3, relative clauses: who speaks through a verb inside or after a relative clause ("the
ministry, which said …", "X is a Y who said …", "officials who criticized the plan said …", "The man
who built his career on … said"). Split from ``candidates`` so that each module reads in one sitting."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .cues import CueHit
from .lexicon import Lexicon
from .mentions import Mention, analyse
from .phrase_words import people_plural, role_noun
from .phrases import AUX, BOUNDARY_WORDS, DETERMINERS, Candidate, can_head
from .text import FINITE_VERBS, SUBJECT_PRONOUNS, Token, is_plural, uncontracted, words

__all__ = ["cue_in_relative", "long_relative", "relative_subject", "relative_that"]


def long_relative(tokens: Sequence[Token], s: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> int | None:
    """Where "who" opens a relative clause of a few plain words that runs up to the subject phrase
    at ``s`` ("The man who built his career on blue collar credentials said"), after a noun that can
    head a source; None when no such clause is there."""
    if (anonymous := _anonymity_clause(tokens, s, lex)) is not None:
        return anonymous
    for w in range(s - 1, max(0, s - RELATIVE_REACH), -1):
        tok = tokens[w]
        if uncontracted(tok.lower) in ("who", "whose"):  # "The officials whose laws were struck down say"
            return w if w >= 1 and tokens[w - 1].is_word and can_head(tokens[w - 1], lex) else None
        if tok.lower in ("and", "or") and w >= 1 and tokens[w - 1].capitalized and tokens[w + 1].capitalized:
            continue  # "who would rather campaign for Tarvel or Ombrin or Kessa Dorn said": names joined
        if not (tok.is_word or tok.text in "-’'") or is_cue(w) or tok.lower in BOUNDARY_WORDS:
            return None  # "…, as a number of writers suggested": "as" opens another clause
    return None


RELATIVE_REACH = 20  # the words a relative clause before its verb may take
ANONYMITY_REACH = 32
# words that say why a source goes unnamed ("who spoke on condition of anonymity because he was
# not authorized to discuss the talks", "who asked not to be identified")
ANONYMITY_WORDS = words("anonymity anonymously named identified authorized authorised publicly identity")


def _anonymity_clause(tokens: Sequence[Token], s: int, lex: Lexicon) -> int | None:
    """The "who" of a relative clause that says why its source goes unnamed and runs up to ``s``
    ("An official who spoke on condition of anonymity because he was not authorized to speak
    publicly said"): such a clause may hold its own verbs and a "because", but no punctuation."""
    marked = s < len(tokens) and tokens[s].lower in ANONYMITY_WORDS  # "… who asked not to be named said"
    for w in range(s - 1, max(0, s - ANONYMITY_REACH), -1):
        tok = tokens[w]
        if not (tok.is_word or tok.text in "-’'"):
            return None
        low = tok.lower
        marked = marked or low in ANONYMITY_WORDS
        if low == "who" and w >= 1 and tokens[w - 1].lower == "and":
            continue  # "who prayed here and who did not want to be named": the first "who" opens it
        if low == "who":
            return w if marked and w >= 1 and tokens[w - 1].is_word and can_head(tokens[w - 1], lex) else None
    return None


def cue_in_relative(tokens: Sequence[Token], prev: CueHit, s: int, lex: Lexicon) -> int | None:
    """The "who"/"that" opening a relative clause whose verb is ``prev`` and whose object runs up to
    the next verb's subject phrase starting at ``s`` ("officials who criticized the plan said");
    None otherwise."""
    j = prev.stop
    while j < s and tokens[j].lower in ("not", "to", "be"):
        j += 1  # "who asked not to be named"
    if not prev.index < s or (s > j + 1 and not _plain_object(tokens, j, s, lex)):
        return None
    r = prev.index - 1
    while r >= 0 and not tokens[r].capitalized and (tokens[r].lower in AUX or tokens[r].lower in lex.between):
        r -= 1
    if r < 1 or tokens[r].lower not in ("who", "that") or not tokens[r - 1].is_word:
        return None
    return r


def _plain_object(tokens: Sequence[Token], j: int, s: int, lex: Lexicon) -> bool:
    """Words from j to s that can only be the object of a relative clause's verb ("who point to his
    ties with labor and his ability to relate to voters"): no punctuation, no clause word, no
    auxiliary, no subject pronoun and no cue; at most twenty."""
    return s - j <= 20 and all(
        t.is_word and t.lower not in RELATIVE_BOUNDS and t.lower not in lex.cues for t in tokens[j:s]
    )


RELATIVE_BOUNDS = (
    AUX | SUBJECT_PRONOUNS | words("that which who whom whose when where while because if as since although")
)


def relative_subject(
    tokens: Sequence[Token], hit: CueHit, k: int, lex: Lexicon, text: str, dates: tuple[Token, ...]
) -> Candidate:
    """ "the ministry, which said …": the antecedent speaks; "X is a Y who said …": X does."""
    # a relative "that" is a thing's as often as a person's: no predicate noun, no "of" object, no apposed name
    that = tokens[k].lower == "that"
    if not that and _predicate(tokens, k):
        return Candidate("sentence", clause_start=k, dates=dates)
    if k >= 1 and tokens[k - 1].lower == "and":
        # "the group, which was founded by X after his campaign and which has endorsed Y": the second
        # relative shares the first one's antecedent
        first = next((m for m in range(k - 2, max(-1, k - 30), -1) if tokens[m].lower == tokens[k].lower), None)
        if first is None:
            return Candidate("none", clause_start=hit.index, dates=dates)
        k = first
    a = k - 1
    if a >= 0 and tokens[a].text == ",":
        a -= 1
    if a < 0 or not tokens[a].is_word:
        return Candidate("none", clause_start=hit.index, dates=dates)
    s = a
    while s > 0 and tokens[s - 1].is_word and tokens[s - 1].lower not in BOUNDARY_WORDS and a - s < 6:
        if _verb_before(tokens, s - 1) or tokens[s - 1].lower in AGENT_PREPOSITIONS:
            break  # "Vale met women who say …", "attacked by dozens of women who claim …": the phrase starts after
        of_name = tokens[s - 1].lower == "of" and s >= 2 and tokens[s - 2].capitalized  # "Tom Udall of New Mexico"
        # ("a pro-Kestrel Union group who": a hyphened word ending in a capital runs on to the name)
        hyphened = tokens[s - 1].text.rpartition("-")[2][:1].isupper()
        if tokens[s].lower in PHRASE_OPENERS or (
            tokens[s].capitalized and not tokens[s - 1].capitalized and not of_name and not hyphened
        ):
            break
        s -= 1
    person = not that and tokens[k].lower != "which"
    if s >= 3 and tokens[s - 1].lower in ("the", "a", "an") and tokens[s - 2].lower in ("with", "of", "for", "at"):
        s -= 1  # "the spokesperson of the Kestrel Department of State, who": the name's article, then "of"
    # "a person familiar with the talks, who …", "a volunteer in Dunmere who …": the noun phrase a
    # preposition's object hangs from
    # ("the director of the group, which …": "which" stands for the thing it follows)
    while s >= 2 and tokens[s - 1].lower in ("with", "of", "for", "at", "from", "in") and a - s < 12 and person:
        t = s - 2
        while t > 0 and tokens[t - 1].is_word and tokens[t - 1].lower not in BOUNDARY_WORDS and s - t < 5:
            if tokens[t].lower in ("the", "a", "an"):
                break
            t -= 1
        if not any(can_head(tokens[m], lex) and not tokens[m].capitalized for m in range(t, s - 1)):
            break  # "the decline of Tom Vale, who": the name itself is the antecedent
        if any(tokens[m].lower in lex.documents for m in range(t, s - 1)):
            break  # "this tweet from Rikki Vale who tweeted": a document does not speak; its author does
        s = t
    mention = analyse(tokens[s : a + 1], text, lex)
    clause_start = k - 1 if tokens[k - 1].text == "," else k
    opening = s
    while opening > 0 and tokens[opening - 1].is_word and tokens[opening].lower not in DETERMINERS and s - opening < 4:
        opening -= 1  # "a former Pennsylvania governor": back to the appositive's article
    if not (opening >= 2 and tokens[opening - 1].text == ","):
        # "Gene Sperling, a former adviser to President Bill Clinton and President Obama, who has …":
        # a longer appositive, from the comma before it
        comma = next((c for c in range(s - 1, max(s - 25, 0), -1) if not tokens[c].is_word), None)
        if comma is not None and comma >= 1 and tokens[comma].text == ",":
            opening = comma + 1
    if (
        mention is not None
        and not that  # "X, a firm that offers …": the firm does, not X
        and opening >= 2
        and tokens[opening - 1].text == ","
        and tokens[opening].lower in ("a", "an", "the")
    ):
        # "Edward Vale, a former governor, who supports X": the antecedent is an appositive; the name speaks
        named = _apposed_name(tokens, opening - 1, text, lex, personal=mention.role is not None)
        if named is not None:
            return Candidate("subject", (named[0],), named[1], clause_start, dates)
    return Candidate("subject", (mention,) if mention else (), s, clause_start, dates)


AGENT_PREPOSITIONS = words("by to among against including")  # ("…, including officials who said …")
# where the antecedent's phrase opens ("Amendment would shield some groups that oppose …")
PHRASE_OPENERS = words("the a an some many several most few other")


def _verb_before(tokens: Sequence[Token], m: int) -> bool:
    """Is the lower-case word at ``m`` a finite verb (an irregular past, or an -ed form after a name
    or a pronoun) that ends the phrase before it?"""
    tok = tokens[m]
    if tok.capitalized or not tok.is_word:
        return False
    if tok.lower in FINITE_VERBS:
        return True
    prev = tokens[m - 1] if m >= 1 else None
    if prev is not None and prev.lower in SUBJECT_PRONOUNS and tok.lower.endswith("s"):
        return True  # "It means including people who …": a pronoun and its verb
    return tok.lower.endswith("ed") and prev is not None and (prev.capitalized or prev.lower in SUBJECT_PRONOUNS)


COPULAS = words("is was are were remains remained became")
PREDICATE_BOUNDS = BOUNDARY_WORDS - {"and"}  # "a serial liar, … and birther who": "and" joins the predicate
OBJECT_LINKS = words("from by among")  # a preposition whose object a relative clause may follow


def _predicate(tokens: Sequence[Token], k: int) -> bool:
    """Does the relative pronoun at ``k`` follow a predicate noun ("Trump is a serial liar, … and
    birther who has pledged …")? A copula before it in its clause, with only the predicate's words,
    commas and "and" between."""
    for c in range(k - 1, max(k - 25, 0), -1):
        tok = tokens[c]
        if tok.lower in COPULAS:
            # "Then there was the host X, who lamented": after "there" the noun is introduced, and speaks
            existential = c >= 1 and tokens[c - 1].lower == "there"
            # "it is the leaders who have insisted": a cleft's "it" is no speaker; the leaders are
            cleft = c >= 1 and tokens[c - 1].lower == "it" and tokens[k - 1].text != ","
            return c + 1 < k and tokens[c + 1].lower in ("a", "an", "the") and not (existential or cleft)
        if not (tok.is_word or tok.text == ",") or tok.lower in PREDICATE_BOUNDS or tok.lower in AUX:
            return False
        if tok.lower in OBJECT_LINKS:
            return False  # "became the subject of derision from opponents, who accused …": the object's relative
    return False


def _apposed_name(
    tokens: Sequence[Token], comma: int, text: str, lex: Lexicon, personal: bool = False
) -> tuple[Mention, int] | None:
    """The personal name right before the comma at ``comma`` ("Edward Vale, a former governor"),
    with its start; None when the words there are not a name of two words or a titled one. With
    ``personal`` (the appositive describes a person: "Fatima, a 34-year-old mother of three"), one
    capitalised word that names no place or body is that person's name."""
    if comma >= 3 and tokens[comma - 1].text.isdigit() and tokens[comma - 2].text == ",":
        comma -= 2  # "Lina Corve, 32, a former aide": the age between the name and its description
    e = comma
    s = e
    while s > 0 and tokens[s - 1].is_word and (tokens[s - 1].capitalized or tokens[s - 1].lower in lex.particles):
        s -= 1
    if s == e:
        return None
    mention = analyse(tokens[s:e], text, lex)
    if mention is None:
        return None
    if (
        personal
        and e - s == 1
        and mention.kind in ("person", "institution")
        and mention.country is None
        and not tokens[s].text.isupper()
        and tokens[s].text not in lex.institution_words
        and tokens[s].lower not in lex.institutions
    ):
        return attrs.evolve(mention, kind="person", titled=True), s  # described as a person, as a title does
    if mention.kind != "person" or not (" " in (mention.name or "") or mention.titled):
        return None
    return mention, s


def relative_that(tokens: Sequence[Token], hit: CueHit, k: int, lex: Lexicon, is_cue: Callable[[int], bool]) -> bool:
    """Is the "that" at ``k``, right before the verb, a relative pronoun after a noun for people or a
    body ("Kestrel is among the retailers that said …")?"""
    if not (tokens[k].lower == "that" and k == hit.index - 1 and k >= 1):
        return False
    noun = tokens[k - 1]
    if not noun.is_word or noun.capitalized or is_cue(k - 1):
        return False
    low = noun.lower
    body = f"{low[:-3]}y" if low.endswith("ies") else low[:-1] if is_plural(low) else low
    # (a source noun, "information that suggested", "a message that said", is no one's relative; a
    # role's plural is one of people_plural's)
    return (
        low in lex.unidentified
        or people_plural(low, lex)
        or role_noun(low, lex)
        or (body in lex.institutions and body not in lex.documents)  # "a statement that said" is the document's
    )
