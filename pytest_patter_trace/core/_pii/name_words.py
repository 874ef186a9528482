"""Word lists that tell a capitalised word from a person's name, kept by hand.

Each list says why no library has it. :mod:`.names` reads them.
"""

from __future__ import annotations

from .vocabulary import words

__all__ = ["CALENDAR", "EMPATHY", "PLACE_BEFORE"]

#: Days and months in more languages: capitalised by some writers, never a person. Kept
#: by hand: the standard library names them only in the process's own locale.
CALENDAR = words(
    """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin
    juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes
    sábado enero febrero marzo abril junio julio agosto septiembre octubre noviembre
    diciembre lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio
    aprile maggio giugno luglio settembre ottobre dicembre segunda terça quarta quinta
    sexta janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni
    juli oktober dezember maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    poniedziałek wtorek środa czwartek piątek sobota niedziela pazartesi salı çarşamba
    perşembe cuma cumartesi pazar"""
)
#: Words before a comma that make the next capitalised word a place ("in Lyon, France").
#: Kept by hand: prepositions of place are grammar, which no installed package lists.
PLACE_BEFORE = words(
    """in at from to near into via of en à au aux de dans vers desde hacia em no na para
    aus nach bei von zu w we z ze do из в во на к di da per tra fra"""
)
#: Words of sympathy and apology that open a sentence said to someone ("I'm sorry to hear
#: that, Ana."). Kept by hand: no package lists them across languages.
EMPATHY = words(
    """sorry siento lamento disculpe désolé désolée navré navrée leid tut entschuldigung
    dispiace spiacente sinto lamento desculpe spijt excuses przykro przepraszam жаль
    извините шкода вибачте üzgünüm maaf ursäkta beklager valitettavasti"""
)
