"""Disclosures in what is written about a person or said to one: notes, hand-offs, reminders.

- A note or a hand-off opens with the person's role as its subject ("Caller mentioned
  being diagnosed with ...", "Cliente refiere ..."): the role ties a term as "my" would.
- A reminder names an appointment at a service whose very name says what the person is
  treated for ("your appointment at the addiction counselling", "votre rendez-vous au
  centre de dépistage VIH", "정신건강의학과 진료 예약"): the appointment, said to the
  person, ties the service.
- More terms by class in the languages of the other lexicons: coming out, the services
  of addiction, mental health and debt advice, losing one's job and unpaid loans in
  Chinese.

Kept by hand, like disclosure_lexicon.py: no maintained package lists these phrases.
"""

from __future__ import annotations

from .vocabulary import phrases, words

__all__ = ["NOTE_KEYS", "SUBSTRINGS", "TERMS", "role_subject", "told_visit"]

#: Terms in languages written with spaces; each starts with a literal word, and each
#: one's longest word is rare (its first letters are the gate: not "came", "family").
TERMS: tuple[str, ...] = (
    # Coming out.
    r"uit de kast", r"sal(?:í|ió|ido) del armario", r"sa(?:í|iu) do armário", r"ze szafy",
    r"sprang ud som",
    # Services named after what they treat.
    r"suchtberatung\w*", r"drogenberatung\w*", r"schuldnerberatung\w*", r"suchthilfe",
    r"schuldhulp\w*", r"verslavingszorg", r"dépistage", r"addictologie",
    r"desintoxicaci\w*", r"desintoxica\w*", r"psiquiatr\w*", r"psichiatr\w*", r"psykiatri\w*",
    r"onkolog\w*", r"oncologi\w*", r"salud mental", r"saúde mental", r"salute mentale",
    r"ggz", r"zdrowia psychicznego", r"uzależnie\w*", r"beroendevård\w*", r"misbrugsbehandling",
    r"methadone", r"metadona", r"metadon\w*", r"addiction", r"adicción", r"adicciones",
    r"dipendenze", r"verslaving\w*", r"debt counsel\w*", r"betalingsregeling",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space). Chinese and Japanese
#: terms stand alone, so no service's name among them (精神科 is also a floor's sign).
SUBSTRINGS = phrases(
    """裁员了 被公司裁员 被单位裁员 还不上 還不上 失业了 失業了 정신건강의학과 종양내과 중독_치료"""
)

#: Keys of a summary or a hand-off: written about one caller, like a note.
NOTE_KEYS = words(
    """summary summaries callsummary postcallsummary handoff handoffdata handoffsummary
    handoffnotes handoffnote wrapup wrapupnotes recap resumen resumo zusammenfassung"""
)

#: Words of an appointment: with one said to the person, a service's name is theirs.
_VISITS = words(
    """appointment appt visit session termin termins rendez-vous rdv cita consulta
    appuntamento visita afspraak wizyta wizyty wizytę wizycie besök tid aftale randevu
    randevunuz"""
)
#: A booking, in the scripts whose terms need a tie (a clinic's opening hours are none).
_SCRIPT_VISITS = ("예약",)
#: Second-person possessives of the reminders' languages ("you" alone is as often a
#: business's offer: "you can book an appointment with our ...").
_SPOKEN_TO = words(
    """your ihr ihre ihren ihrem ihrer votre vos su sus tu tus seu sua suo uw je jouw
    din ditt dine jeres sizin"""
)
#: A role as a note's subject, in the languages of the notes.
_ROLES = words(
    """caller customer client patient member tenant cust cx cliente paciente paziente
    kunde kundin klant klient klientka pacjent pacjentka müşteri hasta anrufer anruferin"""
)
_ARTICLES = words("the el la il lo o a der die de")
#: Words after a role that make it a department or a product ("Customer Service").
_NOT_A_PERSON_AFTER = words("service services support care portal success experience")


def role_subject(words_: list[str]) -> bool:
    """Whether a sentence's words open with a person's role as its subject."""
    at = 1 if words_[:1] and words_[0] in _ARTICLES else 0
    if len(words_) <= at + 1 or words_[at] not in _ROLES:
        return False
    return words_[at + 1] not in _NOT_A_PERSON_AFTER


def told_visit(part: str, words_: list[str]) -> bool:
    """Whether a sentence tells the person spoken to of their appointment."""
    if any(v in part for v in _SCRIPT_VISITS):
        return True  # reminders in these scripts address the person without a pronoun
    return not _VISITS.isdisjoint(words_) and not _SPOKEN_TO.isdisjoint(words_)
