"""Third parties and staff: a person named after a kin term or a role, in scripts with case.

A caller names people other than themself: a relative ("my wife X", "X, my mother"), an
emergency contact, a colleague, a doctor, a nurse, a human agent. Here, for Latin,
Cyrillic and Greek script, as a caller says it and as speech-to-text writes it:

- a kin term or a title in any of its grammatical forms (Slavic and Baltic cases,
  "moją żoną", "для моей мамы", "u ime supruge"; Finnish and Hungarian suffixes), with or
  without a possessive before or after it ("mama yangu", "η μητέρα μου"), an honorific
  between ("mi suegra, doña ..."), then one to three capitalised words;
- a role that takes a determiner ("the agent", "your nurse") and, after a clause, the
  name between commas ("The agent I spoke with on Monday, X, said ...");
- in a turn written all in lower case, a possessive and a kin term then the last word
  or two of the turn ("chodzi o moją córkę x").

The name words are judged as :mod:`.names` judges any: no place, calendar, business or
everyday word, no greeting, no demonym. German writes every noun with a capital: after a
German kin term two capitalised words are needed, or a given name the lexicon knows.
Scripts without case are :mod:`.name_kin_scripts`'s.

Kept by hand: no package on the index lists kin terms and roles with their inflections
across languages (CLDR and Faker have names and greetings, not "my mother-in-law" in the
genitive), and the NER models measured in docs/pii.md miss lower-case and declined forms.
"""

from __future__ import annotations

import re

from . import names
from . import vocabulary as voc
from .demonyms import demonym
from .disclosure import sensitive_word
from .hints import words_of
from .hit import Hit
from .mask import mask_name

__all__ = ["find_kin_names", "gate_words", "name_end"]

#: Kin terms and personal contacts, written whole: English, Romance, Germanic, Greek,
#: Turkic, Swahili, Indonesian, Tagalog, Vietnamese, romanised Arabic, Hindi and Urdu.
_KIN = """
wife husband spouse mother father mum mom mam dad mummy daddy son daughter
sister brother grandmother grandfather grandma grandpa granny grandson
granddaughter aunt auntie uncle cousin niece nephew fiancé fiancée fiance fiancee
girlfriend boyfriend stepmother stepfather stepson stepdaughter stepsister stepbrother
mother-in-law father-in-law son-in-law daughter-in-law sister-in-law brother-in-law
godmother godfather goddaughter godson guardian carer caregiver friend neighbour neighbor
flatmate roommate housemate landlord landlady tenant colleague boss
esposa esposo marido mujer madre padre mamá papá hija hijo hermana hermano abuela abuelo
nieta nieto tía tío prima primo sobrina sobrino suegra suegro cuñada cuñado nuera yerno
novia novio pareja amiga amigo vecina vecino madrina padrino madrasta padrasto
mãe pai filha filho irmã irmão avó avô neta neto tia tio sobrinha sobrinho sogra sogro
cunhada cunhado nora genro namorada namorado amiga vizinha vizinho comadre compadre
femme mari épouse époux mère père maman papa fille fils sœur soeur frère frere grand-mère
grand-père mamie papi petite-fille petit-fils tante oncle cousine nièce neveu belle-mère
beau-père belle-sœur beau-frère belle-fille gendre copine copain compagne compagnon
conjointe conjoint voisine voisin amie ami
moglie marito madre padre mamma papà figlia figlio sorella fratello nonna nonno nipote
zia zio cugina cugino suocera suocero cognata cognato nuora genero fidanzata fidanzato
compagna compagno vicina vicino amica amico
frau ehefrau mann ehemann mutter vater mama papa tochter sohn schwester bruder oma opa
großmutter großvater enkelin enkel tante onkel cousine cousin nichte neffe schwiegermutter
schwiegervater schwägerin schwager schwiegertochter schwiegersohn verlobte verlobter
freundin freund lebensgefährtin lebensgefährte nachbarin nachbar
vrouw echtgenote echtgenoot moeder vader dochter zoon zus broer oma opa tante oom
nicht neef schoonmoeder schoonvader vriendin vriend buurvrouw buurman
hustru maka sambo mamma pappa dotter syster bror mormor farmor
morfar farfar kone datter søn søster bror mormor farmor kæreste kjæreste venninde
γυναίκα σύζυγος άντρας μητέρα μάνα μαμά πατέρας μπαμπάς κόρη γιος αδερφή αδελφή αδερφός
αδελφός γιαγιά παππούς θεία θείος ξαδέρφη ξάδερφος πεθερά πεθερός φίλη φίλος γείτονας
eşim karım kocam annem babam oğlum kızım ablam abim kardeşim ağabeyim ninem dedem
anneannem babaannem teyzem halam amcam dayım yengem eniştem kayınvalidem arkadaşım
mke mume mama baba mwanangu mtoto kaka dada bibi babu shangazi mjomba rafiki jirani
istri suami ayah anak kakak adik nenek kakek tante paman bibi sepupu mertua teman
asawa nanay tatay anak kapatid lola lolo tita tito pinsan kaibigan
vợ chồng mẹ bố con_trai con_gái anh_trai chị_gái em_trai em_gái bạn_tôi
zawjti zawji ukhti akhi ummi abi ibni binti jaddi jaddati 3ammi 3ammti khali khalti
sadiqi
mare pare germà germana fill filla dona marit àvia avi tieta tiet cosí cosina amic veí veïna
ama aita anaia arreba ahizpa semea alaba emaztea senarra amona aitona laguna
gwraig gŵr mam tad mab merch brawd chwaer nain taid
máthair athair iníon deartháir deirfiúr bean_chéile fear_céile
ouma oupa seun dogter broer suster
konan maðurinn mamma pabbi sonur dóttir bróðir systir
gruaja burri nëna babai djali vajza vëllai motra shoqja shoku
marti żewġi ommi missieri ibni ħija oħti
matata mijina mahaifiyata mahaifina ɗana iyawo ọkọ iya nwunye nne nna umkami umyeni umama
ubaba indodana indodakazi xaaskayga ninkayga hooyaday aabbahay wiilkayga gabadhayda vadiko
reniko raiko zanako
həyat_yoldaşım anam atam oğlum qızım qardaşım bacım xotinim erim onam otam o'g'lim qizim
akam opam ukam әйелім күйеуім анам әкем ұлым қызым ағам әпкем інім эхнэр нөхөр ээж аав
хүү охин эгч дүү
կինս ամուսինս մայրս հայրս տղաս աղջիկս եղբայրս քույրս ընկերս բժիշկ
emergency_contact next_of_kin contacto_de_emergencia
contato_de_emergência personne_à_prévenir notfallkontakt oca ocu ocem sina sinu sinom
fiam fia fiát
medicinska_sestra
patni biwi pati beti bhai bhaiya behen bahan maa mummy papa pitaji dadi dada nani
nana chacha chachi mama mami mausi bua sasur saas bhabhi dost
son sonen datteren sønnen kona kone fru mand hustru ektefelle samboer sambo bror
broren søster søsteren syster systern moren faren nabo naboen granne grannen
kollega kollegaen kollegan svigermor svigerfar svigersøn svigerdatter svärmor svärfar
svärson svärdotter venn venninne veninde vän väninna moster morbror farbror
kusin regnskapsfører regnskapsføreren revisor revisoren collega schoonzus zwager
schoonzoon schoondochter kleindochter kleinzoon zoontje dochtertje kindje kleinkind
broertje zusje zuske meisje jongen nonkel moemoe vava bompa bomma
chind bueb meitli grosi grossvater grossmueter
intombi intombazana unyana umntwana umntana ingane umzukulu umzukulwana umfana
umwana umuhungu umukobwa umwuzukuru umugabo umugore musaza mushiki murumuna mukuru
apo pamangkin panganay bunso
bé cháu
εγγονός εγγονή εγγόνι ανιψιός ανιψιά παιδί σύζυγός κορούλα γιόκας
maa chum
kći kćerka ćerka
eşi karısı kocası annesi babası oğlu kızı kardeşi ablası abisi ağabeyi ninesi dedesi
teyzesi halası amcası dayısı yengesi eniştesi arkadaşı komşusu kayınvalidesi torunu
həyat_yoldaşı anası atası qızı qardaşı bacısı əri arvadı dostu qonşusu nənəsi
akasi ukasi opasi singlisi onasi otasi o'g'li o‘g‘li o’g’li qizi xotini do'sti
qo'shnisi buvisi bobosi
әйелі күйеуі анасы әкесі ұлы қызы ағасы әпкесі інісі сіңлісі досы көршісі
matarsa mijinta ɗansa 'yarsa ɗan_uwansa 'yar_uwarsa mahaifiyarsa mahaifinsa abokinsa
makwabcinsa
nwunye_ya di_ya nwanne_ya_nwanyị nwanne_ya_nwoke nwanne_ya nwa_ya enyi_ya
ìyàwó ọkọ ọmọ ìyá bàbá ẹ̀gbọ́n àbúrò ọ̀rẹ́
anh_trai chị_gái con_trai con_gái em_trai em_gái hàng_xóm đồng_nghiệp
abuelita abuelito mamita mami papito papi hijita hijito hermanita hermanito viejita viejito
tatăl tatal fiul fiica bunicul bunica soțul soția soţul soţia fratele sora mătușa unchiul
socrul soacra nepotul nepoata
nënën nënës babanë babait djalin vajzën gjyshen gjyshes gjyshin gjyshja gjyshi motrën
vëllanë bashkëshorten bashkëshortin
likamama likababa kamama kababa ugogo kagogo likagogo umkhulu kamkhulu umfowethu udadewethu
ibu bapak
istrinya suaminya anaknya adiknya kakaknya ibunya ayahnya temannya tetangganya
"""
#: Kin and contacts of inflected languages, by stem: Slavic, Baltic, Finnic, Hungarian.
#: Any ending of up to four letters follows ("żon" -> żona, żony, żoną, żonie).
_KIN_STEMS = """
żon mąż męż mam matk matc ojc ojciec tat córk córecz syn synk brat siostr babc babci
dziad dziadk wnuk wnucz ciot wuj wujk stryj kuzyn kuzynk teściow teść teśc szwagr
narzeczon partnerk partner przyjaciel przyjaciół przyjaciółk koleżank koleg sąsiad
sąsiadk opiekun opiekunk
жен муж мам мамочк мат матер отц отец пап сын доч дочер дочк брат брат сестр бабушк
бабул дедушк дед внук внучк тёт тет дяд племянник племянниц свекров свекр тёщ тещ
тест зят невестк свояк свояченниц подруг друг коллег сосед соседк опекун
дружин чолов мам мат батьк тат син доньк брат сестр бабус бабц дід дідус онук онучк
тітк дядьк подруг друг колег сусід сусідк
manželk manžel máma mamink matk otc otec tát syn dcer dcerk brat bratr sestr babičk
dědečk děd vnuk vnučk tet strýc strejd tchyn tchán snach zeť přítelkyn přítel kamarád
kamarádk kolegyn koleg soused sousedk
manželk manžel mam matk otc otec syn dcér brat sestr babk dedk vnuk vnučk tet strýk
priateľk priateľ kamarát kolegyň koleg sused susedk
suprug supruž žen muž mam majk majc otac kćer kćerk ćerk brat sestr bak baci
djed dedu unuk unuk tet ujak ujn stric svekrv punic zet snah prijatelj prijateljic
kolegic koleg susjed susjedk komšij sin unuk
ќерк син сопруг маж мајк татк брат сестр баб дед внук внучк племенник племенниц
soprog žen mož mam tat hčer brat sestr babic dedek vnuk vnukinj tet stric prijatelj
prijateljic kolegic sosed sosedk
съпруг жен майк баща тат син дъщер брат сестр баб дяд внук внучк лел чич
вуйч свекърв тъст зет снах приятелк приятел колег съсед
soți soţi soț mam mamă tat tată fiu fiic frat frați sor bunic nepo unchi mătuș
prieten prietenă coleg vecin soacr socr ginere
sieva vīr mamm māt mamiņ tēv tēt dēl meit brāl māsa māsa vecmāmiņ vecmām vectēv mazdēl
mazmeit tant onkul draudzen draug kolēģ kaimiņ
žmon vyr mam motin tėv tėt sūn dukr duktė brol ses sesuo senel anūk teta dėd draug
draugė kolegė koleg kaimyn uošv
vaimo vaimon miehe äiti äidi isä isä isi poika poja tytär tyttäre veli velje sisko
sisar mummo mumm vaari isoäiti isoisä täti seti eno serkku ystävä kaveri naapuri anoppi
appi
naine naise mees mehe poeg poja tütar tütre vend venna õde õe vanaema vanaisa
sõber sõbra naaber naabri
feleség férj anyu anyuk anyá anyj apu apuk apá apj lány lánya báty öcs nővér húg
nagymam nagyap unok nagynén nagybáty barát barátn kolléga szomszéd anyós após
"""
#: Roles that are titles too: a name may follow with no determiner ("nurse Adaeze Obi").
_TITLE_ROLES = """
doctor dr nurse sister matron midwife dentist pharmacist therapist physio surgeon
professor attorney counsel lawyer solicitor officer sergeant detective
doctora médica médico enfermera enfermero abogada abogado licenciada licenciado
doutora doutor enfermeira enfermeiro advogada advogado
docteur infirmière infirmier avocate avocat maître
dottoressa dottore dottor infermiera infermiere avvocata avvocato
doktor ärztin arzt krankenschwester pfleger pflegerin anwältin anwalt
dokter verpleegster verpleegkundige advocaat
läkare sjuksköterska advokat lege sykepleier læge sygeplejerske
γιατρός νοσοκόμα δικηγόρος
doktor hemşire avukat
daktari muuguzi wakili
dokter perawat suster bidan pengacara
doktora nars abogado abugado
lekarz lekarka lekarzem lekarza pielęgniarka pielęgniarki mecenas adwokat
врач доктор медсестра медсестры медбрат адвокат юрист
лікар лікарка медсестра адвокат
lékař lékařka doktorka sestřička advokát advokátka
lekár lekárka doktorka sestrička advokát
liječnik liječnica doktorica odvjetnik odvjetnica
лекар доктор адвокат
bác_sĩ y_tá luật_sư
"""
#: Roles named after a determiner ("the agent", "our manager", "la gestora").
_ROLES = """
agent partner representative rep advisor adviser consultant manager supervisor coordinator
caseworker receptionist technician engineer operator specialist counsellor counselor
clinician physician gp paramedic accountant broker agent-in-charge assistant secretary
teacher coach carer caregiver landlord
agente asesora asesor gestora gestor representante supervisora supervisor técnico técnica
recepcionista contadora contador
atendente consultora consultor gerente técnica técnico
conseillère conseiller gestionnaire technicienne technicien réceptionniste comptable
consulente operatrice operatore tecnico tecnica commercialista
beraterin berater sachbearbeiterin sachbearbeiter technikerin techniker steuerberaterin
steuerberater betreuerin betreuer
medewerker medewerkster adviseur monteur
konsultant konsultantka doradca doradczyni technik opiekun
консультант оператор менеджер специалист мастер
"""
#: Articles before a role ("the agent", "la gestora").
_ARTICLES = """
the this that a la el al del a o da do le du de il lo der die dem den het η ο την τον της
του
"""
#: Possessives before a kin term or a role.
_POSSESSIVES = """
my our your his her their mi mis su sus tu nuestra nuestro minha meu nossa nosso sua seu
ma mon mes notre votre ta ton sa son mia mio mie miei nostra nostro suo mein meine meinem
meinen meiner unsere unser unserer unserem ihre ihr mijn onze min mitt mina vår vårt
moja mój moją mojej mojego mojemu moim naszej nasza nasz naszego pani pana
моя мой мою моей моего моему моим наша наш нашей нашего мій моя мою моєї мого моєму
moje můj mou mojí mého mému mým naše náš
moja moj moju mojoj mojeg mojem mojom naša naš
mano mana mans mūsų
"""
#: Possessives said after the kin term ("mama yangu", "η μητέρα μου", "fiul meu").
_AFTER = """yangu wangu wake yake saya ku ko tôi em anh mou μου meu mea mele im ime minn mín
hans hennes hendes hennar sin sitt zijn haar niya niyang nila nilang nya rẹ̀ rè
tim time wami wam an ми ни yami yam lami lam wethu yethu wanjye yanjye wacu kong naming
natin"""
#: A copula between a kin term and the name ("my emergency contact would be ...").
#: The words that name someone ("is called", "heter", "tên là") come first: the longest.
_COPULA = (
    "is called|is named|named|heter|heet|hedder|heißt|tên là|là|bụ"
    "|is|would be|will be|was|es|era|é|est|ist|war|è|jest|je|это"
)
#: Honorifics between a kin term and the name ("mi suegra, doña ...").
_HONORIFICS = """
doña don dona dom señora señor sra sr srta senhora senhor sr sra madame monsieur mme
mlle signora signor sig frau herr fr hr mevrouw meneer pani pan paní pán gospođa gospodin
госпожа господин пані пан κυρία κύριος bayan bay hanım bey bibi bwana ibu bapak pak bu si
mrs mr ms miss dr prof
ο η
"""
#: Lower-case words a lower-case name never is: grammar, time, manners, states. Kept by
#: hand, in the languages of the kin terms above (no stop-word package installs with us).
_NOT_LOWER_NAME = voc.words(
    """too also as well here there now today tomorrow yesterday tonight please thanks again
    only just either both instead please please, home away ill sick well fine okay ok
    también aquí ahora hoy mañana ayer gracias favor tampoco casa enfermo enferma
    também aqui agora hoje amanhã ontem obrigado obrigada favor casa doente
    aussi ici maintenant aujourd'hui demain hier merci malade maison
    anche qui ora oggi domani ieri grazie malato malata casa
    auch hier jetzt heute morgen gestern danke bitte krank hause
    też tu teraz dziś dzisiaj jutro wczoraj dziękuję proszę chory chora domu
    тоже также здесь сейчас сегодня завтра вчера спасибо пожалуйста болен больна дома
    теж також тут зараз сьогодні завтра вчора дякую будь ласка вдома
    taky také tady teď dnes zítra včera děkuji prosím nemocný nemocná doma
    isto također ovdje sada danas sutra jučer hvala molim bolestan bolesna kući
    pia hapa sasa leo kesho jana asante tafadhali mgonjwa nyumbani
    juga sini sekarang hari besok kemarin terima kasih sakit rumah
    rin din dito ngayon bukas kahapon salamat po sakit bahay
    i a o e y ya ni na la el"""
)
#: Capitalised words after a kin term that are no name: pronouns, auxiliaries and verbs
#: that open a new clause ("for my son, Is that ok?").
_NOT_CAP_NAME = voc.words(
    """i is are was were will would can could should may might do does did has have had
    he she they we you it this that there then what when where who how why if but and or
    so yes no not please thanks thank ok okay sorry hello hi also just
    él ella ellos es está son y pero il elle ils est sont et mais er sie es ist sind und
    aber lui lei è e ma ele ela é e mas on ona jest są i ale он она это и но"""
)
#: Words of a clause said about someone met ("the agent who helped us, ...").
_SPOKE = voc.words(
    """who that spoke talked helped called said told met saw visited treated yesterday
    earlier today last"""
)
#: German possessives and articles before a capitalised kin noun.
_GERMAN_BEFORE = voc.words(
    """mein meine meinem meinen meiner unsere unser unserer unserem ihre ihr der die dem den
    deine dein deinem deinen seine sein seinem seinen mini min mis üse üsi öise öisi euse"""
)
#: German kin terms: German writes every noun capitalised.
_GERMAN = voc.words(
    """frau ehefrau mann ehemann mutter vater mama papa tochter sohn schwester bruder oma opa
    großmutter großvater enkelin enkel tante onkel cousine cousin nichte neffe
    schwiegermutter schwiegervater schwägerin schwager schwiegertochter schwiegersohn
    verlobte verlobter freundin freund lebensgefährtin lebensgefährte nachbarin nachbar
    ärztin arzt krankenschwester pfleger pflegerin anwältin anwalt beraterin berater
    sachbearbeiterin sachbearbeiter technikerin techniker steuerberaterin steuerberater
    betreuerin betreuer meine mein meinem meinen meiner unsere unser chind bueb meitli
    grosi grossvater grossmueter maa"""
)


def _alternatives(block: str) -> list[str]:
    """The words of ``block``, longest first; ``_`` joins the words of one term."""
    return sorted({w.replace("_", " ") for w in block.split()}, key=len, reverse=True)


def _grouped(alternatives: list[str], tail: str = "") -> str:
    """``a|b|...`` grouped by first letter behind a lookahead: one group tried per place."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        rest = re.escape(alternative[1:]).replace(r"\ ", r"\s+")
        groups.setdefault(alternative[0], []).append(rest + tail)
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{''.join(map(re.escape, groups))}])(?:{body})"


#: Endings of the inflected languages' kin stems: their cases, none longer than four.
_ENDINGS = sorted(
    voc.words(
        """a e i o u y ą ę ie ej ego emu em om ou ov ovi ami ach ką kę ki ka ko ku   ia ii iu ė
        ės ei as is us ai ui os ų ny ne nu ní nou é ý á í ů ům ě ši ša ni ns nä lle lla n ä t d m
        ja je ji jo ju ică ul ā am ém ám öm ünk ája ét ének nak nek ului nsa nsä ом ой ою ей ем
        ям ам ы и е у ю я а о і ї ові еві ку ці ки ка ко ь ью ами ах ях ої ею ът ят та то от ата"""
    )
)
_ENDING = f"(?:{'|'.join(sorted(set(_ENDINGS), key=len, reverse=True))})?"
_KIN_WORDS = _alternatives(_KIN)
_STEMS = _alternatives(_KIN_STEMS)
_TITLE_WORDS = _alternatives(_TITLE_ROLES)
_ROLE_WORDS = _alternatives(_ROLES)
_DETERMINERS = _alternatives(_ARTICLES + _POSSESSIVES)
_POSSESSIVE_WORDS = _alternatives(_POSSESSIVES)
_HONORIFIC_WORDS = _alternatives(_HONORIFICS)
_KIN_ALT = f"{_grouped(_KIN_WORDS)}|{_grouped(_STEMS, _ENDING)}"
_KIN_TERM = (
    rf"(?:{_KIN_ALT}|{_grouped(_TITLE_WORDS)}"
    rf"|(?:{_grouped(_DETERMINERS)})\s+(?:{_grouped(_ROLE_WORDS)}))"
)


def _upper_class() -> str:
    """Upper-case letters of Latin, Greek, Cyrillic, Armenian and Vietnamese, as a class."""
    ranges = (*range(0x41, 0x557), *range(0x1E00, 0x1F00))  # Armenian's capitals too
    chars = [chr(c) for c in ranges if chr(c).isupper()]
    return "".join(re.escape(c) for c in chars)


_CAP = rf"[{_upper_class()}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_PARTICLE = r"(?:van der|van den|van de|von der|da|das|de|del|della|di|do|dos|du|van|von|bin|ibn)"
_AFTER_ALT = "|".join(_AFTER.split())
#: A kin term (any case), its possessive after it, an honorific, then capitalised words.
_CASED = re.compile(
    rf"(?<![^\W\d_\-])(?P<kin>(?i:{_KIN_TERM}))(?![^\W\d_\-])(?:\s+(?i:{_AFTER_ALT}))?"
    rf"(?:\s+(?i:{_COPULA}))?,?"
    rf"\s+(?:(?i:{_grouped(_HONORIFIC_WORDS)})\.?\s+)?"
    # A Nguni noun-class prefix glued to the name ("indodana yami uSipho").
    rf"(?:u(?=[{_upper_class()}]))?"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}})"
)
#: A role or kin term after a determiner, a clause, then the name between commas.
_APPOSITION = re.compile(
    rf"(?<![^\W\d_])(?i:(?:{_grouped(_DETERMINERS)})\s+(?:{_grouped(_ROLE_WORDS)}"
    rf"|{_grouped(_TITLE_WORDS)}|{_KIN_ALT}))(?![^\W\d_])"
    rf"(?P<clause>[^,.!?;:\n]{{3,60}}),\s+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?=\s*[,.!?;]|\s*$)"
)
#: The name first, then "my" and a kin term between commas: "Ana Ruiz, my wife, ...".
_BEFORE_KIN = re.compile(
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}}),\s+"
    rf"(?i:(?:{_grouped(_POSSESSIVE_WORDS)})\s+(?:{_KIN_ALT}))(?![^\W\d_])"
)
#: In a lower-case turn: a possessive, a kin term, and the turn's last word or two.
_LOWER = re.compile(
    rf"(?<![^\W\d_])(?:{_grouped(_POSSESSIVE_WORDS)})\s+(?:{_KIN_ALT})"
    rf"(?:\s+(?:{_AFTER_ALT}))?,?\s+"
    r"(?P<name>[^\W\d_]{3,}(?: [^\W\d_]{3,})?)\s*[.!?]?\s*$"
)


def _gate() -> frozenset[str]:
    """Words one of which (lower-cased, as split from the text) every match holds."""
    found: set[str] = set()
    for term in (*_KIN_WORDS, *_TITLE_WORDS, *_ROLE_WORDS):
        word = term.split()[-1]
        found.update((word, word.split("-")[-1]))
    for stem in _STEMS:
        found.update(stem + ending for ending in ("", *_ENDINGS))
    return frozenset(found)


_GATE = _gate()
#: Punctuation that may touch a kin term in a text ("suegra,", '"nurse'), made a space.
_TERMS = frozenset((*_KIN_WORDS, *_TITLE_WORDS, *_ROLE_WORDS))
_SPACED = str.maketrans(dict.fromkeys(',.;:!?"“”«»()[]{}', " "))


def gate_words() -> frozenset[str]:
    """The lower-case words one of which a text must hold for a kin term to be in it."""
    return _GATE


#: A Turkish place's case ending after an apostrophe ("İzmir'de", "Ankara'dan").
_TR_PLACE_CASE = re.compile(r"['’](?:de|da|te|ta|den|dan|ten|tan|deki|daki)$")


def _name_word(word: str, *, first: bool = True) -> bool:
    """Whether a capitalised word may be a name's; a surname may be an everyday word."""
    folded = word.casefold()
    return not (
        _TR_PLACE_CASE.search(folded) is not None
        or len(word) < 2
        or (len(word) > 1 and word.isupper())  # an acronym ("GCM"), not a name
        or folded in _NOT_CAP_NAME
        or folded in voc.NAME_PARTICLES
        or folded in _TERMS  # a kin term or a role itself ("your wife, Husband and kids")
        or names.not_a_name(word)
        or (first and names.everyday(word))
        or names.greeting(word)
        or demonym(word)
        or sensitive_word(folded)
    )


#: A connector then a capitalised word after a run: the run names a thing, in title case.
_TITLE_CASE_AFTER = re.compile(rf" (?:al|of|for|and|y|et|und|&|du|des|der) [{_upper_class()}]")


def _judged(text: str, start: int, said: str, *, german: bool, whole: bool) -> int:
    """End of the name among the capitalised ``said`` words at ``start``, or -1.

    ``whole``: every word must be a name word (a name between commas is all name).
    """
    words = said.split()
    kept: list[str] = []
    for word in words:
        if word.casefold() in voc.NAME_PARTICLES and kept:
            kept.append(word)
            continue
        if not _name_word(word, first=not kept):
            if names.not_a_name(word):
                return -1  # "Front Desk", "Greystar Properties": a place's or a firm's
            break
        kept.append(word)
    if whole and len(kept) < len(words):
        return -1
    while kept and kept[-1].casefold() in voc.NAME_PARTICLES:
        kept.pop()
    if not kept:
        return -1
    if german and len(kept) < 2 and not names.known_given(kept[0]):
        return -1  # "meine Mutter Hilfe": a German noun, not a name
    end = start + len(" ".join(kept))
    if _TITLE_CASE_AFTER.match(text, end):
        return -1  # "Atención al Cliente", "Bank of Ireland": a title-case name of a thing
    after = text[end + 1 : end + 40].split(" ", 1)[0] if text[end : end + 1] == " " else ""
    return -1 if names.place_word(after) else end  # "... Boston Market": a shop


def name_end(text: str, start: int, said: str) -> int:
    """End of the name among the capitalised ``said`` words at ``start``, or -1."""
    return _judged(text, start, said, german=False, whole=False)


def _proper(text: str, m: re.Match[str]) -> bool:
    """Whether a kin term is capitalised inside a sentence: part of a name ("Papa John's").

    At a sentence's start it may be capitalised, unless a brand's "'s" follows it
    ("Uncle Ben's"); German writes every noun capitalised.
    """
    words = m.group("kin").split()
    last = words[-1]
    if not last[:1].isupper():
        return False
    before_words = text[max(0, m.start() - 12) : m.start()].split()
    if (
        last.casefold() in _GERMAN
        and before_words
        and before_words[-1].casefold() in _GERMAN_BEFORE
    ):
        return False  # "meine Mutter": German writes every noun capitalised
    if len(words) > 1 or m.group("name").endswith(("'s", "’s")):
        return True  # "your Partner Program", "Uncle Ben's"
    before = text[max(0, m.start() - 3) : m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“«([{,"


def _add(hits: list[Hit], text: str, start: int, end: int) -> None:
    hits.append(Hit("name", start, end, mask_name(text[start:end])))


def find_kin_names(text: str, hits: list[Hit], lowered: str) -> None:
    """Add names said after a kin term or a role, in scripts with case.

    ``lowered``: ``text.lower()``, which the caller has; its words gate the search.
    """
    # The distinct words, which the lead-in readers have already asked for this text.
    words = words_of(lowered)
    if _GATE.isdisjoint(words.translate(_SPACED).split()):
        return
    for m in _CASED.finditer(text):
        if _proper(text, m):
            continue
        german = any(w.casefold() in _GERMAN for w in m.group("kin").split())
        end = _judged(text, m.start("name"), m.group("name"), german=german, whole=False)
        if end > 0:
            _add(hits, text, m.start("name"), end)
    if "," in text:
        for m in _APPOSITION.finditer(text):
            clause = m.group("clause").split()
            capitals = [w for w in clause if w[:1].isupper() and w.casefold() not in _NOT_CAP_NAME]
            if len(clause) > 8 or any(not names.not_a_name(w) for w in capitals):
                continue  # a clause of lower-case words and calendar words only
            said = {w.casefold().strip("'’") for w in clause}
            if said.isdisjoint(voc.FIRST_PERSON | voc.CONVERSATIONAL | _SPOKE):
                continue  # no one met or spoken to: a title, not a person
            end = _judged(text, m.start("name"), m.group("name"), german=False, whole=True)
            if end > 0:
                _add(hits, text, m.start("name"), end)
        for m in _BEFORE_KIN.finditer(text):
            start = m.start("name")
            opens = not text[:start].rstrip(" \"'“«([{") or text[:start].rstrip()[-1] in ".!?:;"
            if opens and " " not in m.group("name"):
                continue  # "Well, my son ...": a sentence's first word, alone
            end = _judged(text, start, m.group("name"), german=False, whole=True)
            if end > 0:
                _add(hits, text, start, end)
    if text == lowered:
        lower = _LOWER.search(text)
        if lower is not None and all(_lower_name(w) for w in lower.group("name").split()):
            _add(hits, text, lower.start("name"), lower.end("name"))


def _lower_name(word: str) -> bool:
    folded = word.casefold()
    return not (
        folded in _NOT_LOWER_NAME
        or folded in voc.CONVERSATIONAL
        or folded in voc.FIRST_PERSON
        or folded in _NOT_CAP_NAME
        or sensitive_word(folded)
        or names.everyday(word)
        or names.not_a_name(word)
        or demonym(word)
    )
