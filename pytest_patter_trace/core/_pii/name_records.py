"""Names in records: person fields keyed in any language, nested records, form bodies.

- A tool's or a lookup's JSON whose person field is keyed in the local language or
  script ("имя_клиента", "სახელი", "ชื่อลูกค้า", "policyholder"), or whose value is a
  name in a script without case ("ნათია ბერიძე", "สุดารัตน์ แก้วมณี"), which the
  capitalised-words test of :mod:`.names` cannot see.
- A bare ``name`` field inside a person's record nested in a result that is not flagged
  as a tool payload (``{"customer": {"customer_id": ..., "name": ...}}``): the enclosing
  key, or a person's details beside it, say whose name it is.
- A form-encoded webhook body's caller name (Twilio's ``CallerName=Ana+Ruiz``).

Kept by hand: no maintained list of "name" and person words across languages was found on
the package index (CLDR names languages and territories, not record fields), so the field
words are listed here; the names themselves are judged by their shape, not by a lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote_plus

from . import name_words as nw
from . import vocabulary as voc
from .hit import Hit
from .items import item_field
from .key_memo import key_cache
from .mask import mask_name, mask_payload
from .name_speakers import role_label

__all__ = [
    "find_form_names",
    "find_form_roles",
    "find_record_names",
    "name_key",
    "name_shaped",
    "person_key",
    "records_hint",
    "thing_key",
]

#: Field words for a person's name, in many languages and scripts.
_NAME_KEYS = voc.words(
    """name names fullname full_name firstname lastname surname forename givenname
    familyname nombre apellido apellidos nome cognome sobrenome nom prénom prenom
    vorname nachname naam achternaam voornaam namn efternamn förnamn navn etternavn
    fornavn nimi sukunimi etunimi imię imie nazwisko jméno příjmení meno priezvisko ime
    prezime név vezetéknév keresztnév nume prenume vardas pavardė vārds uzvārds eesnimi
    perekonnanimi isim ad adı soyad soyadı soyadi adsoyad имя фамилия отчество ім'я
    прізвище име презиме όνομα επώνυμο სახელი გვარი անուն ազգանուն اسم الاسم نام
    نام_خانوادگی שם שם_פרטי שם_משפחה नाम उपनाम নাম பெயர் పేరు ಹೆಸರು പേര് tên họ
    họ_tên nama jina jeneng pangalan 이름 성명 名前 氏名 姓名 名字
    nominativo nominativ jmeno prijmeni imie nev vezeteknev keresztnev fio pib imya
    familiya otchestvo onoma eponymo onomateponymo ism ismi esm nam naam peyar peru
    hesaru oruko suna sim igama ifani shem lakab ten hoten adi soyadi
    ονοματεπώνυμο ονοματεπωνυμο піб фио пиб"""
)
#: Key words that name a person only inside a person's object ("payee": {"display": ...}).
_WEAK_NAME_KEYS = voc.words("display displayed label")
#: Person words a glued name key starts with ("kundenname", "patientenname", "vorname").
_GLUED_PERSON = tuple(
    voc.words(
        """kunden kundin patienten kontakt vor nach familien ruf full first last given
        family sur fore customer client contact patient guest holder member owner caller
        passenger student"""
    )
)
#: Glued name words of scripts without spaces, found inside a longer key ("ชื่อลูกค้า").
_GLUED_NAME_KEYS = ("ชื่อ", "นามสกุล", "氏名", "名前", "姓名", "이름", "성명")
#: Field words for a person, in many languages and scripts (the key of a name's value).
_PERSON_KEYS = voc.words(
    """customer caller callee patient client contact passenger traveller traveler guest
    member person policyholder holder insured claimant beneficiary tenant landlord guardian
    spouse parent relative kin nextofkin emergencycontact doctor physician nurse
    clinician dentist therapist lawyer attorney agent_name assignee owner applicant
    borrower debtor payer recipient sender driver rider student employee visitor
    cliente paciente pasajero huésped titular asegurado beneficiario destinatario
    client patient passager titulaire assuré destinataire
    kunde patient fahrgast passagier versicherter empfänger inhaber
    klant patiënt passagier klient pacjent pasażer odbiorca
    клиент пациент пассажир получатель абонент клієнт пацієнт пасажир
    müşteri hasta yolcu alıcı
    კლიენტი მომხმარებელი პაციენტი მგზავრი
    ลูกค้า ผู้โดยสาร ผู้ป่วย ผู้ติดต่อ คนไข้
    عميل العميل مريض المريض راكب الراكب مشترك
    مشتری بیمار مسافر
    לקוח מטופל נוסע
    ग्राहक मरीज़ मरीज यात्री
    গ্রাহক রোগী যাত্রী
    顧客 客户 客戶 患者 病人 乘客 联系人 聯絡人 乗客 連絡先 고객 환자 승객 연락처
    payee assure assuree zakaznik zakaznicka zayavnyk klient klientka grahak grahok sarif
    vadikkaiyalar nasabah pelanggan mteja asthenis pelatis gondviselo asiakas potilas
    najmoprimac zakupac onibara alaisan lafiya amelkach ilungu nhan khach hoc_sinh
    mwanafunzi mgonjwa marij mareez musafir yatri hasta musteri talebe ogrenci
    requester requestor reporter submitter solicitante richiedente demandeur antragsteller
    aanvrager wnioskodawca žadatel zadatel pemohon beställare bestallare bestiller
    tilaaja заявник заявитель αιτών αιτων ผู้แจ้ง ผู้ขอ 申请人 申請者 신청자
    employee mitarbeiter medewerker dipendente empleado funcionario salarié anställd
    anstalld ansatt työntekijä pracownik співробітник сотрудник çalışan calisan karyawan
    élève eleve schüler schuler alunno alumno aluno leerling uczeń uczen öğrenci elev
    responsable tutore tuteur vormund notfallkontakt kontaktperson nodkontakt
    nødkontakt 緊急連絡先 紧急联系人 緊急聯絡人 비상연락처 비상연락망
    representative representante representant vertreter bevollmachtigter gemachtigde
    dependant dependent beneficiaire begunstigde beneficjent beneficiar leistungsempfanger
    anspruchsteller uitkeringsgerechtigde pensioner pensionista rentner
    заявительница получательница пенсионер бенефициар
    resident occupant occupier pupil carer caregiver careworker lodger
    householder homeowner residente inquilino inquilina ocupante résident locataire
    bewohner bewohnerin mieter mieterin bewoner huurder mieszkaniec lokator hijo hija
    dziecko lapsi pflegekraft verzorger cuidador cuidadora aidant aidante
    bearer porteur portador titolare houder posiadacz držitel drzitel sahibi
    持有人 持证人 持證人 所持人 名義人 소지자 ผู้ถือ"""
)
#: Words of a key naming whom a request is made for ("on_behalf_of", "onBehalfOf").
_BEHALF_WORDS = voc.words("behalf onbehalfof nomede nombrede namens")
#: A contact and an emergency, in two words of a key: the person to call.
_CONTACT_WORDS = voc.words("contact contacto contato contatto kontakt kontakta persona")
_EMERGENCY_WORDS = voc.words(
    "emergency emergencia emergência emergenza urgence urgencia urgenza notfall nood nodfall"
)
#: A relation written after a contact's name ("... (Bruder)", "...（妻）").
_RELATION = re.compile(r"\s*[(（][^()（）]{1,24}[)）]\s*$")
#: A name in Han, kana or Hangul, with a space between surname and given name or not.
_CJK_NAME = re.compile(
    r"[\u4e00-\u9fff\u3005\u30a0-\u30ff]{1,3} ?[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,3}"
    r"|[\uac00-\ud7a3]{1,2} ?[\uac00-\ud7a3]{1,3}"
)
#: Words of a key that make its name a thing's, not a person's.
_THING_KEYS = voc.NOT_PERSON_TOKENS | voc.words(
    """item product sku dish menu file city town street country plan package service
    company business store shop branch hotel brand model category tag label project
    название наименование товар город продукт
    ქალაქი პროდუქტი სახელწოდება สินค้า เมือง منتج مدينة محصول شهر उत्पाद शहर 商品 产品
    城市 製品 상품 제품 도시
    kota ciudad ville stadt citta cidade miasto mesto grad gorod shahar shehar mji ilu
    birni produit produkt prodotto producto produto urun tarif tarifa tariffa piano
    abbonamento paket pakiet paquete forfait servizio servicio dienst usluga huduma
    firma empresa entreprise azienda sirket perusahaan kampuni negozio tienda magasin"""
)
_KEY_SPLIT = re.compile(r"[._\-\s/:]+|(?<=[a-z])(?=[A-Z])")
#: A JSON string pair: its key and its value (no escapes, up to 80 characters).
_PAIR = re.compile(r'"([^"\\\n]{1,48})"\s*:\s*"([^"\\\n]{2,80})"')
#: Letters of one script without case, with the marks written inside its words.
_CASELESS_WORD = re.compile(
    r"[\u10a0-\u10ff]+|[\u0e01-\u0e4e]+|[\u0600-\u06ff]+|[\u05d0-\u05ea]+|[\u0900-\u097f]+"
    r"|[\u0980-\u09ff]+|[\u0b80-\u0bff]+|[\u0c00-\u0c7f]+|[\u0c80-\u0cff]+|[\u0d00-\u0d7f]+"
    r"|[\u1200-\u137f]+|[\u0e80-\u0eff]+|[\u1780-\u17ff]+|[\u1000-\u109f]+"
)
_CASELESS_ONE = nw.CASELESS_NAME
_CAPITAL_WORD = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?")
_NOT_IN_NAME = (
    voc.NOT_NAME_WORDS
    | nw.NOT_IN_PERSON_FIELD
    | nw.BUSINESS_FIRST
    | nw.CALENDAR
    | voc.CNAM_NOISE
    | voc.OFFICE_WORDS  # "Regional Office" under "on_behalf_of"
)
#: Details of a person beside a bare ``name`` in one object: it is a person's record.
_PERSON_DETAIL = re.compile(
    r'"(?:\w*_|(?-i:[A-Z]?[a-z]+(?=[A-Z])))?(?:dob|birth\w*|date_of_birth|birthdate|phone\w*'
    r"|mobile|email|e_mail|tele?fon[eo]?|telepon|telephone|puhelin|τηλέφωνο|телефон|โทรศัพท์"
    r'|(?:customer|patient|member|client|passenger|contact|caller|user)_?id)"\s*:'
    # An e-mail's address beside its name (``"emailAddress": {"address": ..., "name": ...}``).
    r'|"address"\s*:\s*"[^"@\s]{1,64}@',
    re.IGNORECASE,
)
#: A phone number beside a name in one object: a contact ({"name": ..., "number": "+..."}).
_CONTACT_NUMBER = re.compile(
    r'"(?i:number|phone|phone_?number|mobile|cell|tel|telephone|msisdn)"\s*:\s*'
    r'"\+?\(?\d[\d ().\-]{5,18}\d"'
)
#: A lookup's answer around its contacts: a tool's result, not an app's list of leads to dial.
_LOOKUP = re.compile(r'"(?i:query|matches|results|contacts|found|hits|candidates)"\s*:')
_KEY_BEFORE = re.compile(r'"([^"\\\n]{1,48})"\s*:\s*$')
#: A form-encoded field whose key ends in "name": ``CallerName=Ana+Ruiz``.
_FORM_NAME = re.compile(r"(?:^|[&?])([A-Za-z_]{0,24}[Nn]ame)=([^&\s=][^&\n=]{1,79})")
#: A person's details in a form-encoded body: beside them a bare ``name=`` is theirs.
_FORM_DETAIL = re.compile(
    r"(?:^|[&?])(?i:e-?mail|email_address|phone|phone_number|mobile|tel|msisdn|dob"
    r"|birth_?date)=[^&\s]"
)
#: A title before a form's name ("Dr.+Ana+Ruiz"): not part of the name's shape.
_TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Sra)\.?\s+")
#: A person's profile filled into a prompt: "Customer profile: name=...; tier=gold".
_PROFILE_HINT = re.compile(r"(?i:profile|record|details)\s*:")
_PROFILE_NAME = re.compile(
    r"(?i:customer|caller|client|user|patient|member|contact|guest)\s+"
    r"(?i:profile|record|details)\s*:\s*(?:[\w.]+=[^;,|\n\"]*[;,|]\s*){0,8}?"
    r"(?i:full_?name|name)=([^;,|&\n\"=]{2,80})"
)
_FORM_PERSON = voc.words(
    """caller from to customer contact first last full given family sur fore patient
    client display"""
)


def _fold(segment: str) -> str:
    """A key's word without its accents: records key "jmeno" as often as "jméno"."""
    if segment.isascii():
        return segment
    split = unicodedata.normalize("NFD", segment)
    bare = "".join(c for c in split if not unicodedata.combining(c))
    return segment if not bare.isascii() else bare


def _segments(key: str) -> list[str]:
    return [_fold(s.casefold()) for s in _KEY_SPLIT.split(key) if s]


def _glued(segment: str) -> bool:
    """A person word glued to "name" ("kundenname"), not a host's or a file's."""
    return segment.endswith("name") and segment[:-4].startswith(_GLUED_PERSON)


def _name_key(segments: list[str]) -> bool:
    if any(s in _THING_KEYS for s in segments):
        return False
    if segments and (segments[0] in _NAME_KEYS or segments[-1] in _NAME_KEYS):
        return True
    if segments and (_glued(segments[0]) or _glued(segments[-1])):
        return True
    return bool(segments) and any(g in segments[0] for g in _GLUED_NAME_KEYS)


def name_key(field: str) -> bool:
    """Whether a field's name, in any language, names a person's name."""
    return _name_key(_segments(field))


def person_key(field: str) -> bool:
    """Whether a field's name, in any language, names a person by role (``patient``)."""
    return _person_key(_segments(field))


def thing_key(field: str) -> bool:
    """Whether a field's name names a thing (a product, a city, a service)."""
    return any(s in _THING_KEYS for s in _segments(field))


def _person_key(segments: list[str]) -> bool:
    if not segments or any(s in _THING_KEYS for s in segments[:-1]):
        return False
    last = segments[-1]
    if last in _PERSON_KEYS or last.endswith(("holder", "inhaber")):
        return True
    if _BEHALF_WORDS.intersection(segments):
        return True  # "on_behalf_of": the person the agency's case is about
    # "contacto_emergencia", "contact_urgence": a contact word and an emergency word
    return bool(_CONTACT_WORDS.intersection(segments) and _EMERGENCY_WORDS.intersection(segments))


def _caseless(value: str) -> bool:
    """One to four words of one script without case: a whole name ("ნათია ბერიძე")."""
    words = value.split()
    if len(words) == 1:
        if len(value) >= 4 and _CASELESS_WORD.fullmatch(value) and not value.isascii():
            return True  # one word of a script without case under a name key ("peyar")
        return _CASELESS_ONE.fullmatch(value) is not None
    if not 2 <= len(words) <= 4:
        return False
    return all(_CASELESS_WORD.fullmatch(w) for w in words)


def _cased(value: str, *, shouting: bool = False) -> bool:
    """Two to four capitalised words, none a status, a business or a calendar word."""
    words = value.split()
    if not 2 <= len(words) <= 5:  # five: a married name with a title ("...né Dr. ...")
        return False
    if not shouting and all(len(w) > 3 and w.isupper() for w in words):
        return False
    return all(
        (_CAPITAL_WORD.fullmatch(w) and w.casefold().strip(".") not in _NOT_IN_NAME)
        or (0 < i < len(words) - 1 and w in voc.NAME_PARTICLES)  # "Mara van Dijk"
        for i, w in enumerate(words)
    )


def name_shaped(value: str) -> bool:
    """Two to four capitalised words (or in capitals), or a name in a script without case."""
    return _cased(value, shouting=True) or _caseless(value)


#: A word of letters in any case: a name's after its capitalised first word.
_LETTERS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _loose(value: str) -> bool:
    """A capitalised first word, then one to three words in any case ("Ana ruiz").

    Typed in by hand into a form or a profile, a name is lower-case in part: whose it
    is must be told by its key or by the person's details beside it.
    """
    words = value.split()
    return (
        2 <= len(words) <= 4
        and _CAPITAL_WORD.fullmatch(words[0]) is not None
        and all(_LETTERS.fullmatch(w) for w in words[1:])
        and not any(w.casefold() in _NOT_IN_NAME for w in words)
    )


_DEGREE = re.compile(r"(.{3,}?), ?[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,5}\.?)?")


def _without_degree(value: str) -> str:
    """A name without the degree written after it ("..., S.Kom", "..., Dr.")."""
    m = _DEGREE.fullmatch(value)
    return value if m is None else m.group(1)


def _thing_record(text: str, pos: int) -> bool:
    """Whether the object around ``pos`` is keyed as a thing's ("tarif": {...})."""
    start = text.rfind("{", 0, pos)
    key = _KEY_BEFORE.search(text, max(0, start - 48), start) if start > 0 else None
    return key is not None and any(s in _THING_KEYS for s in _segments(key.group(1)))


def _contact(text: str, pos: int, value: str) -> bool:
    """Whether the object around ``pos`` is a contact: a person's name beside a number."""
    start = text.rfind("{", 0, pos)
    end = text.find("}", pos)
    found = start >= 0 and _CONTACT_NUMBER.search(text, start, end if end > 0 else len(text))
    return bool(found) and not role_label(value)


def _person_record(text: str, pos: int, *, strict: bool = False) -> bool:
    """Whether the object around ``pos`` is a person's: its key, or details beside it.

    ``strict``: by its key alone (a display label is a person's only under one).
    """
    start = text.rfind("{", 0, pos)
    if start < 0:
        return False
    key = _KEY_BEFORE.search(text, max(0, start - 48), start)
    if key is not None and _person_key(_segments(key.group(1))):
        return True
    if strict:
        return False
    end = text.find("}", pos)
    return _PERSON_DETAIL.search(text, start, end if end > 0 else len(text)) is not None


#: An ASCII key holding a name word of :data:`_NAME_KEYS` or glued to "name".
_ASCII_NAME_KEY = re.compile(
    r'"(?:[a-z]+[_\-])*(?:[a-z]*name|'
    + "|".join(sorted((k for k in _NAME_KEYS | _WEAK_NAME_KEYS if k.isascii()), key=len)[::-1])
    + r')(?:[_\-][a-z]+)*"\s*:',
    re.IGNORECASE,
)


#: A JSON key before a capitalised value, for the person-field test of :func:`records_hint`.
_ANY_KEY = re.compile(r'"([A-Za-z_]{3,32})"\s*:\s*"[A-Z]')


@key_cache(maxsize=2048)
def _person_field(key: str) -> bool:
    return _person_key(_segments(key))


def records_hint(text: str) -> bool:
    """Whether a JSON text may hold a record this module reads (a cheap gate).

    A person's field keyed by its role (``"claimant"``) is found among the text's keys,
    each judged once (a capture repeats its keys).
    """
    if not text.isascii() or "holder" in text or _ASCII_NAME_KEY.search(text) is not None:
        return True
    # Only a capitalised value is a name here: its opening quote first, searched in C.
    return '"' in text and any(_person_field(k) for k in _ANY_KEY.findall(text))


def find_record_names(text: str, hits: list[Hit], flags: frozenset[str]) -> None:
    """Add names in a JSON text's person fields that the key-word readers miss.

    ``flags``: what the text's key says. Under a tool's payload (``payload``) a bare name
    field is a person's. Under a content key (``strong``, ``weak``) a person's record
    nested in the text is a tool's result (``{"found": true, "customer": {...}}``), a
    payload of its own.
    """
    payload = "payload" in flags
    content = bool(flags & {"strong", "weak"})
    record = contact = False
    for m in _PAIR.finditer(text):
        value = _RELATION.sub("", _without_degree(m.group(2).strip())) or "-"
        segments = _segments(m.group(1))
        shaped = _caseless(value) or _cased(value)
        if not shaped and _loose(value):  # partly lower-case: a person's key or details tell
            shaped = _person_key(segments) or (
                _name_key(segments) and _PERSON_DETAIL.search(text) is not None
            )
        # A name in Han or Hangul, under a key naming the person it is (not a "name" key).
        shaped = shaped or (_CJK_NAME.fullmatch(value) is not None and _person_key(segments))
        if not shaped:
            continue
        by_key = _person_key(segments)
        named = bool(segments) and (segments[-1] in _WEAK_NAME_KEYS or _name_key(segments))
        if not by_key and named and _contact(text, m.start(), value):
            by_key = contact = True  # a contacts lookup's result, under any key
        elif not by_key and segments and segments[-1] in _WEAK_NAME_KEYS:
            by_key = _person_record(text, m.start(), strict=True)
        elif (
            not by_key
            and _name_key(segments)
            and not item_field(text, *m.span())
            and not _thing_record(text, m.start())
        ):
            nested = not payload and _person_record(text, m.start())
            record = record or nested
            by_key = payload or nested
        if by_key:
            start = m.start(2) + m.group(2).index(value[0])
            hits.append(Hit("name", start, start + len(value), mask_name(value)))
    stripped = text.strip()
    looked_up = contact and _LOOKUP.search(text) is not None
    if ((record and content) or looked_up) and stripped[:1] in "{[":
        start = text.index(stripped[0])
        hits.append(Hit("tool_payload", start, start + len(stripped), mask_payload(stripped)))


#: A form field's capitalised value; its key is read back from the ``=`` (a literal
#: prefix the regex engine scans for fast, unlike a key of letters before it).
_FORM_VALUE = re.compile(r"=([^\W\d_a-z][^&\n=]{1,80})")
_FORM_KEY = re.compile(r"[A-Za-z_]{3,32}")


def find_form_roles(text: str, hits: list[Hit]) -> None:
    """Add names of a form body keyed by the person's role (``beneficiary=Ana+Ruiz``)."""
    for m in _FORM_VALUE.finditer(text):
        at = m.start()
        start = max(text.rfind("&", max(0, at - 33), at), text.rfind("?", max(0, at - 33), at))
        if start < 0 and at > 32:
            continue
        key = text[start + 1 : at]
        if not _FORM_KEY.fullmatch(key) or not _person_field(key):
            continue
        value = _TITLE.sub("", unquote_plus(m.group(1)).strip())
        if _cased(value) or _caseless(value):
            hits.append(Hit("name", m.start(1), m.end(1), mask_name(value)))


def find_form_names(text: str, hits: list[Hit]) -> None:
    """Add the caller's name of a form-encoded body (``CallerName=Ana+Ruiz``)."""
    for m in _FORM_NAME.finditer(text):
        key = m.group(1).casefold().removesuffix("name").strip("_")
        if key and key not in _FORM_PERSON:
            continue  # "ProductName=...": a thing's
        if not key and _FORM_DETAIL.search(text) is None:
            continue  # a bare "name=" is a person's beside their e-mail or phone only
        value = _TITLE.sub("", unquote_plus(m.group(2)).strip())
        if _cased(value, shouting=True) or _caseless(value):
            hits.append(Hit("name", m.start(2), m.end(2), mask_name(value)))
    if "=" in text and _PROFILE_HINT.search(text) is not None:
        for m in _PROFILE_NAME.finditer(text):
            value = m.group(1).strip()
            if _cased(value) or _caseless(value) or _loose(value):
                hits.append(Hit("name", m.start(1), m.start(1) + len(value), mask_name(value)))
