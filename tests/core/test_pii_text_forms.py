"""The forms of a text made once per scan are the forms each finder made for itself."""

from __future__ import annotations

import random

from pytest_patter_trace.core._pii import hints, memo, name_intros, streets, text_forms

#: Invented words of several scripts, the lead-ins and street words the gates look for,
#: punctuation, and the white space ``str.split`` cuts at (a final sigma among them).
_PIECES = ["Orla", "quentin", "ΟΔΟΣ", "Σ", "ς", "İlkay", "Straße", "jean-luc", "(Jl.", '"Postfach',
           "name", "call", "me", "mi", "jina", "langu", "ni", "they", "just", "everyone", "calls",
           "avenue", "road,", "gatan", "12", "٣", "x", " ", "  ", "\n", "\t", "\u00a0", "\u3000",
           ",", ".", ":", "!", "?", "'", "’", "[", "{", "}", '"', "my", "name", "na", "isch",
           "you", "can", "ŞEHİR", "K", "jina langu", "ninaitwa", "ja sam", "olen", "mimi ni",
           "you can call me", "mi name", "Ja Sam"]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        size = rnd.choice((rnd.randint(1, 40), rnd.randint(200, 900)))
        glue = rnd.choice(("", " ", " "))
        out.append(glue.join(rnd.choice(_PIECES) for _ in range(size)))
    return out


def _leads_in_full(text: str, lowered: str) -> list[tuple[int, bool]]:
    """``name_intros.leads`` as it read every word and phrase of the text itself."""
    present = set(name_intros._KEYS.intersection(lowered.split()))
    if not present and '"' in lowered:
        present = set(name_intros._KEYS.intersection(name_intros._BETWEEN_WORDS.split(lowered)))
    present.update(phrase for phrase in name_intros._PHRASES if phrase in lowered)
    if not present:
        return []
    if len(lowered) != len(text):
        return []
    found: dict[int, bool] = {}
    reach = name_intros._REACH
    for key in present:
        at = lowered.find(key)
        while at >= 0:
            end = at + len(key)
            if (at and lowered[at - 1].isalnum()) or lowered[end : end + 1].isalnum():
                at = lowered.find(key, end)
                continue
            shift = max(0, at - reach)
            for m in name_intros._LEADS.finditer(lowered[shift : end + reach]):
                start = shift + m.start()
                if start and (lowered[start - 1].isalnum() or lowered[start - 1] in "-'’"):
                    continue
                found[shift + m.end()] = m.group("naming") is not None
            at = lowered.find(key, end)
    return sorted(found.items())


def test_a_texts_lower_case_and_words_are_those_it_makes_itself() -> None:
    long = 0
    for text in _texts(81, 1500):
        memo.forget_text()
        hints.holds_any(text, ("quentin", "road"))  # the gates' distinct words first
        lowered = text_forms.lower(text)
        assert lowered == text.lower()
        assert text_forms.word_set(text) == frozenset(text.split())
        assert text_forms.word_set(lowered) == frozenset(text.lower().split()), text
        long += len(text) >= 512
    assert long > 500


def test_the_street_finders_words_are_those_of_the_whole_text() -> None:
    for text in _texts(82, 1500):
        memo.forget_text()
        hints.holds_any(text, ("quentin",))
        want = frozenset(text.lower().translate(streets._AROUND_WORDS).split())
        assert streets._ascii_words(text) == want, text


def test_lead_ins_are_found_where_every_word_and_phrase_is_read() -> None:
    rnd = random.Random(83)
    found = 0
    for text in _texts(84, 1500):
        memo.forget_text()
        if rnd.random() < 0.5:
            hints.holds_any(text, ("quentin",))
        lowered = text.lower()
        want = _leads_in_full(text, lowered)
        assert name_intros.leads(text, lowered) == want, text
        found += bool(want)
    assert found > 100


def test_a_street_ending_is_found_at_a_word_end_as_each_word_is_asked() -> None:
    from pytest_patter_trace.core._pii import street_lower

    rnd = random.Random(85)
    endings = ["strasse", "weg", "gatan", "gata", "s(", "str.", "tie", "katu", "ring"]
    found = 0
    for text in _texts(86, 1500):
        memo.forget_text()
        words = text.lower().split()
        for _ in range(rnd.randint(0, 2)):  # an ending inside a word, or at its end
            at = rnd.randrange(len(words) + 1)
            words.insert(at, rnd.choice(endings) + rnd.choice(("", "", "x", "\t", "2")))
        lowered = " ".join(words) if rnd.random() < 0.5 else "\n".join(words)
        if rnd.random() < 0.5:
            hints.holds_any(lowered, ("quentin",))
        want = any(w.endswith(street_lower._ASCII_ENDINGS) for w in lowered.split())
        assert street_lower._word_ending(lowered) is want, lowered
        found += want
    assert found > 300
