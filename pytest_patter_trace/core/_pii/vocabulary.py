"""Word lists the PII detector reads keys and text with: vocabularies, not patterns.

Attribute-key vocabularies (which key names a phone number, a secret, a person's name),
and the words of text (first-person words, developer words, digit words, role mailboxes)
in the languages of the test corpora. Plain sets and tables: nothing here is compiled.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: Key words are letters and digits of any script: ``user.имя`` and ``顧客.電話番号`` have words.
_NON_ALNUM = re.compile(r"[\W_]+")


def key_tokens(text: str) -> list[str]:
    """A key's words, lower case, split at dots, punctuation and camelCase."""
    return [t.lower() for t in _NON_ALNUM.split(_CAMEL.sub("_", text)) if t]


# -- attribute-key vocabularies ------------------------------------------------------------
# A key matches a word when its last dotted segment (array indices skipped) ends with it,
# written in any case style: ``twilio_auth_token``, ``authToken``, ``x-api-key``.

SECRET_KEYS = words(
    """password passwd pwd passphrase passcode secret clientsecret apisecret webhooksecret
    appsecret secretkey secretaccesskey apikey xapikey authtoken accesstoken refreshtoken
    idtoken sessiontoken bearertoken apitoken securitytoken csrftoken privatekey signingkey
    authkey authorization proxyauthorization cookie setcookie credential credentials
    connectionstring signingsecret clave contrasena contraseña passwort kennwort motdepasse
    mdp senha wachtwoord haslo hasło losenord lösenord sifre şifre parola
    subscriptionkey ocpapimsubscriptionkey speechkey accountkey sharedaccesskey storagekey
    functionkey functionskey xfunctionskey sippassword sipsecret authpassword
    webhooktoken verifytoken verificationtoken bottoken deploytoken botsecret xtwiliosignature
    twiliosignature xhubsignature xhubsignature256 xslacksignature stripesignature
    xwebhooksignature webhooksignature xsignature xtelnyxsignatureed25519 xvonagesignature
    portoutpin portpin portingpin transferpin portoutcode portingcode transfercode paccode
    staccode portauthcode portingauthcode portauthorizationcode accountpin securitypin
    seedphrase recoveryphrase mnemonic mnemonicphrase seedwords recoverywords walletseed
    backupcodes recoverycodes securityanswer secretanswer memorableword"""
)
#: Key tokens naming a documented example or a stand-in: a credential under them is the
#: documentation's (a provider's published example key, a test-mode placeholder).
EXAMPLE_TOKENS = words("example examples sample samples placeholder dummy docs documentation")
PHONE_KEYS = words(
    """phone phonenumber phoneno telephone tel mobile mobilenumber cell cellphone msisdn
    callernumber calleenumber fromnumber tonumber callerid caller callee ani dnis e164
    contactnumber callbacknumber telefono teléfono telefonnummer téléphone telefone telefoon
    telefon numerotelefono movil móvil celular handy cellulare телефон мобильный
    номертелефона 電話番号 電話 携帯電話 携帯 电话 电话号码 手机 手机号 手机号码 전화번호
    휴대폰 전화"""
)
#: Telephony namespaces whose ``from`` / ``to`` keys hold phone numbers (``twilio.from``).
TELEPHONY_TOKENS = words("twilio telnyx vonage plivo sip pstn dialin dialout bandwidth")
TELEPHONY_PHONE_TOKENS = words("from to called caller callee forwardedfrom")
#: Key tokens naming a public body (an agency, a ministry, a town hall): its published
#: line and its office address are its own, not a claimant's.
PUBLIC_BODY_TOKENS = words(
    """agency authority ministry council municipality government embassy consulate court
    registry bureau administration prefecture townhall cityhall
    agencia ministerio ayuntamiento municipio gobierno embajada consulado juzgado registro
    prefeitura ministério governo embaixada câmara mairie préfecture ministère ambassade
    tribunal behörde behoerde amt bürgeramt buergeramt rathaus gemeinde ministerium
    botschaft gericht comune ministero prefettura ambasciata gemeente ministerie urząd
    urzad ministerstwo belediye bakanlık büyükelçilik instansi kementerian
    министерство ведомство администрация посольство мэрия 政府 机关 役所 市役所 대사관"""
)
#: Words of an office's, an agency's or a company's name, never of a person's ("Regional
#: Office", "Northwind Traders Ltd", "Main Warehouse").
OFFICE_WORDS = words(
    """office offices agency ministry council department centre center bureau authority
    municipality administration registry ltd ltd. limited inc inc. llc plc gmbh corp
    corporation sarl srl oyj kft traders trading warehouse depot utilities utility gas
    water energy electricity telecom logistics holdings supermarket"""
)
#: Key tokens that make a phone key hold an organisation's published line, not a person's.
ORG_PHONE_TOKENS = words(
    """company business org organisation organization support helpline hotline helpdesk
    tollfree published public office store shop branch mainline sales reception frontdesk
    department corporate switchboard clinic hospital restaurant hotel venue merchant vendor
    supplier brand callcenter contactcenter ivr general customerservice agent bot trunk
    outbound assistant did tenant practice surgery pharmacy salon dealership firm
    headquarters hq headoffice
    empresa negocio tienda sucursal oficina establecimiento comercio loja escritorio filial
    unternehmen geschäft laden filiale praxis kanzlei büro firma magasin boutique entreprise
    société agence succursale cabinet negozio azienda ditta ufficio bedrijf winkel kantoor
    vestiging sklep biuro oddział şirket mağaza şube ofis toko perusahaan kantor cabang gerai
    会社 店舗 支店 公司 门店 商店 分店 회사 매장 지점 가게 магазин компания офис филиал фирма"""
)
CARD_KEYS = words(
    """card cardnumber creditcard ccnumber cc pan cardno paymentcard tarjeta numerotarjeta
    karte kartennummer carte numerocarte carta numerocarta cartao kaart karta"""
)
SSN_KEYS = words("ssn socialsecuritynumber socialsecurity")
DOB_KEYS = words(
    """dob dateofbirth birthdate birthday born bornon fechanacimiento fechadenacimiento
    geburtsdatum geburtstag datedenaissance datenaissance datanascita datadinascita
    datadenascimento datanascimento geboortedatum dataurodzenia fodelsedatum födelsedatum
    dogumtarihi doğumtarihi датарождения 生年月日 出生日期 생년월일
    ngaysinh tanggallahir tgllahir tarikhlahir datumnarozeni datumnarodenia tarehekuzaliwa
    tareheyakuzaliwa janmtithi janmatithi datanasterii syntymaaika syntymäaika fodselsdato
    fødselsdato kapanganakan датанародження תאריךלידה تاريخالميلاد 出生年月日"""
)
ADDRESS_KEYS = words(
    """street streetaddress homeaddress billingaddress shippingaddress mailingaddress
    postaladdress deliveryaddress addressline addressline1 addressline2 address1 address2
    postalcode postcode zip zipcode residence direccion dirección domicilio adresse anschrift
    wohnadresse indirizzo endereco endereço morada adres adress adresa osoite katuosoite
    ulica ulice calle strasse straße rue rua gade vej gata gatuadress sokak cadde
    alamat anwani diachi địachỉ адрес адреса 住所 地址 주소 כתובת adresi آدرس"""
)
#: Endings of compound address keys (``lieferadresse``, ``katuosoite``, ``homeaddress``).
ADDRESS_KEY_SUFFIXES = ("address", "adresse", "adres", "adresa", "adress", "indirizzo",
                        "direccion", "dirección", "endereco", "endereço", "osoite")  # fmt: skip
#: Postcode keys in several languages.
POSTCODE_KEYS = words(
    """postalcode postcode zip zipcode codigopostal códigopostal codpostal plz postleitzahl
    codepostal cap codicepostale cep postnummer postnr kodpocztowy postakodu"""
)
#: A key naming a person's name by itself (``full_name``, ``nachname``, ``cardholder``).
NAME_KEYS = words(
    """fullname firstname lastname givenname familyname surname middlename maidenname
    callername cnam holder holdername accountholder accountholdername cardholder cardholdername
    customername patientname contactname guestname membername nombre apellido apellidos
    nombrecompleto nom prenom prénom nomcomplet nomdefamille vorname nachname familienname
    cognome nomecompleto sobrenome naam voornaam achternaam imie imię nazwisko fornavn
    etternavn efternavn fornamn förnamn efternamn фамилия отчество фио 氏名 名前 姓名
    お名前 이름 성명"""
)
#: The word "name" in several languages: a person's name when a person owns the key.
NAME_WORDS = words(
    "name names displayname nombre nom nome naam namn navn imie imię isim имя 名字 名前"
)
#: Key tokens naming a person whose ``name`` a key can hold.
PERSON_TOKENS = words(
    """customer caller callee patient user enduser account contact lead person client cliente
    kunde klant klient kund paziente paciente member guest participant recipient sender
    beneficiary passenger employee applicant holder cardholder subscriber student driver
    payer owner persona personne utente usuario usuário клиент пользователь 顧客 客户 用户
    고객 receiver payee consignee addressee remitter"""
)
#: Key tokens that make a ``name`` key name a thing, even with a person token in it.
NOT_PERSON_TOKENS = words(
    """service tool agent bot voice host pod db model os sdk span event file function
    operation queue topic bucket table device region zone cluster node container image
    process thread app application project org team room queue route metric provider
    company business organization organisation product plan tier browser"""
)
#: Words of a caller-name lookup (CNAM) that carry no name.
CNAM_NOISE = words(
    """wireless caller unavailable unknown toll free call anonymous private restricted
    blocked name not available out of area number cell phone mobile spam likely scam
    telemarketer v"""
)
#: Last key tokens that make a tool/function key hold its payload.
PAYLOAD_TOKENS = words(
    """arguments args argument result results output outputs input inputs response
    returnvalue return payload params"""
)
#: Key tokens naming a tool or function call.
TOOL_TOKENS = words("tool tools function functioncall toolcall toolcalls fn")
#: Tokens that make a bare ``address`` key a network/memory address, not a postal one.
NON_POSTAL = words(
    """server client network net peer host ip mac email url destination source local remote
    sock socket memory wallet bind listen proxy upstream"""
)
#: A key holding an IP with any of these tokens identifies a person's device.
IP_OWNER_TOKENS = words(
    """client peer user enduser remote caller callee customer source src forwarded
    xforwardedfor realip"""
)
#: The last key token that makes a client/peer/user key hold an address.
IP_VALUE_TOKENS = words("address addr ip ips ipaddress ipv4 ipv6 host")
#: Tokens in the last key segment that make it metadata about content, not content:
#: ``status_text``, ``content_type``, ``prompt_tokens``, ``message_id``.
NON_CONTENT_TOKENS = words(
    """status error reason mime type format template schema description name id ids len
    length count size tokens token role encoding language lang hash sha ms url path key
    kind version code"""
)
#: Content keys where any words are content (a transcript of "yes" is still a transcript).
STRONG_CONTENT_KEYS = words(
    """transcript transcription transcripts utterance utterances prompt prompts systemprompt
    userprompt completion completions text usertext agenttext content contents messages
    arguments args instructions systeminstructions speech caption said firstmessage
    userinput history conversationhistory chathistory chatctx"""
)
#: Content keys of a developer's system prompt: content only when it is about a caller.
SYSTEM_PROMPT_KEYS = words(
    """systemprompt systeminstructions instructions systemmessage agentinstructions
    agentprompt persona"""
)
#: Content keys that also hold developer values: flagged only for several words of prose.
WEAK_CONTENT_KEYS = words(
    """message input output query question answer response reply body payload result results
    summary note notes comment comments feedback"""
)
#: First key segments whose text is developer text (exception and status messages).
DEV_PREFIXES = words("exception error otel status code log rpc db")
DEV_TEXT_KEYS = words(
    """exception.message exception.stacktrace error.message otel.status_description
    status.description status_message log.message log.body log.record.body
    log.record.message"""
)
#: Key tokens, before the last segment, that make a body or message a developer's error.
ERROR_TOKENS = words("error errors err exception fault failure")
PLACEHOLDERS = words(
    """none null nil true false redacted [redacted] <redacted> (redacted) hidden masked unset
    notset n/a na - [filtered] filtered <hidden> secret *** ****"""
)

# -- words in text ------------------------------------------------------------------------

#: File extensions that make ``icon@2x.png`` look like an address.
FILE_TLDS = words(
    """png jpg jpeg gif svg webp ico bmp js mjs cjs ts tsx jsx css scss html htm json yaml yml
    toml xml txt md py pyc rb go rs java kt wav mp3 mp4 ogg webm pdf zip gz tar lock log csv
    so dll"""
)
#: Words that cannot be part of a street name ("3 retries on the road" is not an address).
ADDRESS_STOPWORDS = words(
    """the a an on of to for in at by with and or from more times retries seconds minutes
    hours ms tokens chars items calls turns is was are be my your this that"""
)
#: Words a caller or an agent says and error messages rarely do: a quoted phrase in an
#: exception message is an utterance only with one of them ("'I want to cancel'", not
#: "'Connection reset by peer'").
CONVERSATIONAL = words(
    """i i'm i'd i've i'll me my mine we our us you your you're yours please thanks thank
    hi hello hey yes yeah no okay ok sure can could would want need like"""
)
#: Words a speaker uses about themself, in several languages: what makes a sentence in
#: an error or log message a caller's words rather than a developer's ("my order", not
#: "your quota"; "quiero", "je", "ich", "mio").
FIRST_PERSON = words(
    """i i'm i'd i've i'll me my mine myself yo mi mis quiero necesito tengo je j'ai j'aimerais
    mon ma mes moi voudrais ich mein meine meinen meinem meiner mich mir möchte io mio mia
    miei mie vorrei ho eu meu minha quero preciso ik mijn jag mitt mój moja benim
    chcę chce potrzebuję mam moje mojego mnie mina vill behöver jeg mine gerne trenger
    minä mä minun haluan tarvitsen olen já můj moje chci potřebuji mám mě ben istiyorum
    lütfen wil graag mij moet"""
)
#: Words of developers writing to developers: text holding one is not a caller's.
DEV_WORDS = words(
    """error errors failed failure exception timeout timed connection closed refused reset
    invalid null none status code http https retry retries retrying socket server request
    response payload json parse parsing traceback stack undefined config configuration
    missing unexpected token tokens quota limit exceeded unauthorized forbidden denied
    websocket stream buffer latency ms bytes frames chunk chunks handshake api sdk authorised
    authorized permission permissions access project credentials configured initialised
    initialized started stopped match matched mismatch verify verified verification
    database record records lookup dob ssn keyerror valueerror typeerror exists"""
)
#: Spoken words that make a developer message quote a caller: the first person, and
#: greetings and answers. Not "you", "your", "please": developers write those to
#: developers ("please check your API key").
DEV_SPOKEN = FIRST_PERSON | words(
    """we we're our us thanks thank hi hello hey yes yeah hola gracias bonjour merci hallo
    danke ciao grazie obrigado oi"""
)
#: Digit words in the languages of the corpora's locales ("oh" and "o" as callers say 0).
DIGIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("zero", "oh", "o", "nought", "cero", "null", "zéro", "nul", "nolla",
                     "nula", "noll", "sıfır"), "0"),
    **dict.fromkeys(("one", "uno", "una", "eins", "un", "une", "um", "uma", "een", "jeden",
                     "ett", "en", "yksi", "jedna", "bir"), "1"),
    **dict.fromkeys(("two", "dos", "zwei", "zwo", "deux", "due", "dois", "duas", "twee",
                     "dwa", "två", "to", "kaksi", "dva", "iki"), "2"),
    **dict.fromkeys(("three", "tres", "drei", "trois", "tre", "três", "drie", "trzy",
                     "tri", "kolme", "üç"), "3"),
    **dict.fromkeys(("four", "cuatro", "vier", "quatre", "quattro", "quatro", "cztery",
                     "fyra", "fire", "neljä", "čtyři", "dört"), "4"),
    **dict.fromkeys(("five", "cinco", "fünf", "cinq", "cinque", "vijf", "pięć", "fem",
                     "viisi", "pět", "beş"), "5"),
    **dict.fromkeys(("six", "seis", "sechs", "sei", "zes", "sześć", "sex", "seks", "kuusi",
                     "šest", "altı"), "6"),
    **dict.fromkeys(("seven", "siete", "sieben", "sept", "sette", "sete", "zeven",
                     "siedem", "sju", "syv", "seitsemän", "sedm", "yedi"), "7"),
    **dict.fromkeys(("eight", "ocho", "acht", "huit", "otto", "oito", "osiem", "åtta",
                     "otte", "kahdeksan", "osm", "sekiz"), "8"),
    **dict.fromkeys(("nine", "nueve", "neun", "neuf", "nove", "negen", "dziewięć", "nio",
                     "ni", "yhdeksän", "devět", "dokuz"), "9"),
}  # fmt: skip
#: Words that repeat the next digit ("double oh", "triple five").
DIGIT_REPEAT = {"double": 2, "triple": 3, "doble": 2, "doppel": 2, "doppio": 2}
NAME_PARTICLES = words(
    """de del della la las los da das do dos di van von der den ten ter du le bin ibn al
    el y e mac"""
)
#: Capitalised words after a person word that are not a name ("customer Not Found").
NOT_NAME_WORDS = words(
    """not no found record records account accounts profile profiles lookup error failed
    id ids number service support team unknown none null missing invalid the a an api crm
    database db table data portal id: success successful ok update updated create created
    delete deleted is was has had with for from to in on at by of and or new existing
    object entity request response status message queue session call calls transfer
    hangup verified unverified blocked anonymous private restricted unavailable agent bot
    human name names info information details detail mailbox voicemail"""
)
#: Top-level domains an e-mail spelt out in words may end with.
SPELT_TLDS = words(
    """com org net edu gov io co uk de fr es it nl se dk fi pl cz tr pt br eu info biz me
    us ca au ch at be no ie in jp"""
)
#: Local-part words of role and service mailboxes: an organisation's, not a person's.
ROLE_LOCALS = words(
    """support help helpdesk info contact contacts sales billing invoices invoice accounts
    accounting noreply no reply donotreply do not notifications notification notify alerts
    alert admin administrator postmaster webmaster hostmaster abuse security privacy legal
    hr jobs careers press media marketing team hello office service services customerservice
    customercare care ops devops it dev bounce bounces mailer daemon feedback orders order
    reservations booking bookings appointments reception frontdesk voicemail ivr pbx
    operator dispatch escalations payments finance root system bot robot queue main menu
    conference trunk gateway agent agents callcenter contactcenter hotline helpline
    newsletter news updates digest team reports report ci build deploy monitoring
    compute svc sa service-account serviceaccount firebase adminsdk mailer-daemon
    reservas reserva reservaciones réservation reservation reservierung reservierungen
    prenotazioni prenotazione buchung buchungen pedidos encomendas commandes commande
    bestellung bestellungen ordini ventas vendas ventes vendite verkauf kundenservice
    kundendienst atencion atendimento contacto contato contatti kontakt informacion
    informacoes informazioni soporte suporte assistenza recepcion recepcao accueil empfang
    rezeption secretaria secretariat administracion administracao facturacion faturamento
    comptabilite buchhaltung citas agendamento rendezvous termine"""
)
#: Domains of machine accounts (``...@project.iam.gserviceaccount.com``).
SERVICE_DOMAINS = ("gserviceaccount.com", "serviceaccount.", "noreply.", "bounces.",
                   "amazonses.com", "sendgrid.net", "mailgun.org")  # fmt: skip
#: Keys naming a national identifier: its value is checked against every country's rules.
NATIONAL_ID_KEYS = words(
    """dni nie nif curp rfc codicefiscale cf pesel cpf bsn personnummer aadhaar aadhar
    nino nationalinsurance nationalid nationalidnumber idnumber documento document
    documentnumber taxid steuerid tin taxpayerid taxnumber"""
)
#: Keys naming a third party or a member of staff by role: a person's name there, even
#: where a token such as ``agent`` would otherwise make the key name a thing.
PEOPLE_BY_ROLE_KEYS = words(
    """emergencycontact emergencycontactname nextofkin nextofkinname guardian guardianname
    caregiver caregivername referrer referrername humanagent humanagentname liveagent
    liveagentname agentfullname staffname staffmember clinician clinicianname doctor
    doctorname physician physicianname nurse nursename therapist therapistname dentist
    representative repname onbehalfof behalfof claimantname
    beneficiaryname applicantname dependantname dependentname shipto deliverto consignee
    consigneename addressee addresseename payee payeename receivername remittername"""
)
#: Common Japanese surnames of two characters or more (one, such as 原, starts common words
#: like 原因). Kept by hand: "山田です" (a name) and "予約です" (a booking)
#: differ only by the word, and no package on the index carries a small surname list
#: (names-dataset ships every country's names, hundreds of megabytes).
JA_SURNAMES = words(
    """山田です 予約です 佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林
 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤 清水 山崎 池田
 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤
 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦
 原田 松田 竹内 中川 小野 田村 中山 和田 石田 森田 上田 柴田 酒井
 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田
 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉
 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 市川
 古川 水野 小島 小松 山内 西田 菊池 西川 北村 安田 中田 川口 平田
 川崎 本田 久保田 吉川 飯田 沢田 吉村 渡部 岩田 中西 服部 樋口
 福島 川上 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下
 大橋 松浦 吉岡 小池 馬場 浅野 荒木 大久保 野田 小沢 田辺 川村 星野
 黒田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島 岩本 片山
 本間 早川 横田 岡崎 荒井 大石 鎌田 成田 宮田 小田 石橋 篠原 須藤
 河野 大内 杉浦 小西 藤川 """
)

# -- sensitive disclosures (core/_pii/disclosure.py) ----------------------------------------
# Kept by hand: no maintained package lists the words people use to tell a stranger about
# an illness, a debt, a court case or a death, across languages; medical ontologies (ICD,
# SNOMED) list conditions, not the way callers say them, and carry no money or legal terms.

#: Terms in scripts without spaces between words, or whose words take particles and
#: clitics (Korean, Arabic, Hebrew, Devanagari): looked for as substrings. Terms that
#: are also parts of everyday words are left out (Korean 암 in 암호 "password", Arabic
#: حامل "pregnant" and "holder", Japanese がん in がんばる "do one's best").
SENSITIVE_SUBSTRINGS = words(
    """糖尿病 诊断出 确诊 癌症 癌 抑郁 うつ病 鬱病 通院 入院 住院 透析 化疗 抗がん剤 認知症
    痴呆 妊娠 怀孕 病気 生病 亡くな 他界 死去 逝去 葬儀 去世 过世 過世 病逝 逝世 葬礼
    過咗身 过咗身 過身 化療 洗腎 患癌 抑鬱 坐監
    破産 破产 借金 欠债 债务 失业 失業 离婚 離婚 逮捕 被捕 坐牢 监狱 刑務所 官司 裁判中
    공황장애 우울증 당뇨 유방암 폐암 위암 대장암 갑상선암 간암 항암 투석 치매 임신 입원
    돌아가셨 돌아가시 사망 장례 파산 이혼 체포 교도소 감옥 실직
    السكري سرطان اكتئاب مريض مريضة غسيل الكلى توفي توفيت جنازة إفلاس ديون طلاق السجن اعتقل
    כימותרפי כימותרפיה פסיכיאטרי פסיכיאטרית דיאליזה
    נפטר נפטרה סרטן סוכרת דיכאון בהריון הריון חובות גירושין התגרשתי נעצר נעצרה הלוויה
    कैंसर मधुमेह डायबिटीज डिप्रेशन अवसाद गर्भवती बीमार निधन गुज़र गुजर मृत्यु दिवालिया कर्ज
    क़र्ज़ तलाक गिरफ्तार गिरफ़्तार जेल
    มะเร็ง เบาหวาน ตั้งครรภ์ ซึมเศร้า เสียชีวิต ล้มละลาย หย่าร้าง ถูกจับ ติดคุก"""
)
#: Words that tie a term to a person in the scripts of SENSITIVE_SUBSTRINGS (looked
#: for as substrings, as particles attach to them: 제가, 어머니가, أمي).
SCRIPT_PERSON_TIES = words(
    """제가 저는 저도 제 내가 나는 우리 어머니 아버지 엄마 아빠 남편 아내 아들 딸 동생 형 누나 언니
    أنا لدي عندي أمي أبي والدي والدتي زوجي زوجتي ابني ابنتي أخي أختي
    אני שלי לי אמא אבא בעלי אשתי הבן הבת אחי אחותי
    मुझे मेरा मेरी मेरे मैं हम हमारे माँ मां पिता पति पत्नी बेटा बेटी भाई बहन"""
)
#: Words that tie a term to the person spoken to: they count only next to the term, before
#: a relative, or with a word of sympathy ("your loss", not "your policy on ...").
SECOND_PERSON = words(
    """you you're youre you've you'd your yours usted su sus tu tus estás está vous votre
    vos ton ta tes sie ihr ihre ihren ihrem ihrer du dein deine lei suo sua você seu"""
)
#: Second-person possessives: "your diagnosis" ties the term right after them.
SECOND_PERSON_POSSESSIVE = words(
    "your su sus tu tus votre vos ton ta tes ihr ihre ihren ihrem ihrer dein deine suo sua seu"
)
#: Second-person words that say what the person spoken to is or has been ("you're
#: pregnant", "está en tratamiento"); "you" counts before one of SECOND_PERSON_VERBS.
SECOND_PERSON_BE = words("you're youre you've estás está êtes")
SECOND_PERSON_VERBS = words("are were got been")
#: Words of sympathy that make a reply about the person spoken to ("sorry" only in
#: "sorry to hear", "sorry for", "so sorry": a bare "sorry" opens any question).
SYMPATHY = words(
    """condolences condolence understand entiendo lamento lamentamos sentimos
    condoléances comprends beileid dispiace condoglianze sinto"""
)
#: Relatives and people close to the speaker.
RELATIVES = words(
    """husband wife son daughter mother father mom mum dad brother sister partner
    grandmother grandfather grandma grandpa kids children child baby ex fiancé fiancée
    boyfriend girlfriend uncle aunt nephew niece cousin
    esposo esposa marido mujer hijo hija hijos madre padre hermano hermana abuela abuelo
    mari femme fils fille mère père frère sœur grand-mère grand-père enfants
    mann frau sohn tochter mutter vater bruder schwester oma opa kinder
    marito moglie figlio figlia madre padre fratello sorella nonna nonno
    mãe pai filho filha irmão irmã avó avô vrouw zoon dochter moeder vader broer zus
    mor søn datter hustru mand kone sønn dotter fru
    äitini isäni veljeni siskoni vaimoni mieheni poikani tyttäreni lapseni"""
)
#: Nouns that make a term the name of an offer or a field, not a state of a person
#: ("bereavement fares", "cancer research", "divorce lawyer" asked about in general).
SENSITIVE_TOPIC_NOUNS = words(
    """fare fares leave policy policies discount discounts rate rates awareness research
    charity charities fund donation donations screening screenings month week day test tests
    kit kits option options menu meals meal food friendly products section aisle snacks
    drinks desserts cake shoes socks testing service services parking entrance lobby
    cafeteria shop website address number hours"""
)
#: Things said to die or be dead ("my phone died", "a dead battery"): no bereavement.
DEVICES = words(
    """phone battery car laptop computer engine line call connection app internet wifi
    router tablet screen printer headset mic microphone charger modem tv radio signal
    server light lights bulb"""
)
#: Last key words naming a sensitive field of a person: the whole value is a disclosure
#: (``patient.diagnosis``, ``medical_conditions``, ``cause_of_death``).
SENSITIVE_KEYS = words(
    """diagnosis diagnoses condition conditions medicalcondition healthcondition
    medicalconditions healthconditions symptoms symptom medication medications allergies
    allergy illness illnesses disease diseases disability disabilities medicalhistory
    healthhistory medicalnotes clinicalnotes prognosis causeofdeath criminalrecord
    convictions conviction criminalhistory bankruptcy debts arrears immigrationstatus
    visastatus religion sexualorientation ethnicity diagnostico diagnóstico sintomas síntomas
    diagnose krankheit diagnosi malattia diagnóstico doença диагноз 診断 诊断 病名"""
)
#: Key words anywhere in a key that make any value under it a disclosure of money
#: trouble (``customer.debt_amount``, ``account.arrears``).
SENSITIVE_KEY_TOKENS = words("debt debts arrears bankruptcy insolvency garnishment")
#: Key words that make ``condition`` and the like a medical field, not a state of a thing.
SENSITIVE_KEY_CONTEXT = words(
    """patient medical health clinical member caller customer client person user
    applicant insured beneficiary paciente patient patientin paziente"""
)
#: Keys where words like ``condition`` need SENSITIVE_KEY_CONTEXT before them.
SENSITIVE_KEYS_IN_CONTEXT = words("condition conditions disease diseases")
#: Last key words of a note or reason about a person: a sensitive term there is about them
#: (``cancellation.reason: "passed away"``, ``patient.notes``).
NOTE_KEYS = words(
    """reason reasons note notes comment comments remark remarks memo cancellationreason
    refundreason claimreason motivo motif grund motivo nota notas"""
)

# -- sensitive disclosures, said without the first terms (core/_pii/disclosure_lexicon.py) --
# Kept by hand for the reason above. By class: treatments and places of care, money
# trouble, courts and prison, immigration status, loss, pregnancy, orientation, religion.


def phrases(text: str) -> frozenset[str]:
    """A vocabulary of phrases: whitespace-separated, ``_`` standing for a space."""
    return frozenset(w.replace("_", " ") for w in text.split())


#: More terms in scripts without spaces or with particles (read as SENSITIVE_SUBSTRINGS).
#: Chinese, Japanese and Thai terms stand alone, so each is a state of a person, never a
#: place or a service: 手術 (an operation), not 病院 (a hospital). Left out, as parts of
#: everyday words: Korean 고소 (고소하다 "savoury"), 기소 (자기소개), 전과 (이전과), Hebrew
#: הומו (הומור), Hindi एड्स ("ads").
SENSITIVE_SUBSTRINGS_MORE = phrases(
    """艾滋 爱滋 愛滋 肿瘤 腫瘤 化療 放疗 放療 做手术 动手术 手术后 手术了 手術を受け 手術した
    手術して 手術後 手術が決ま 残疾 殘疾 精神病 吸毒 戒毒 酗酒 心脏病
    中风 欠信用卡 欠了信用卡 欠了银行 欠了銀行 欠银行
    欠銀行 欠了很多 欠了一大笔 欠钱 欠錢 欠債 起诉 起訴 告上法庭 诉讼 訴訟 判刑 缓刑 拘留
    被抓 被警察 被裁员 下岗 丧礼 喪禮 葬禮 丧事 懷孕 孕妇 流产 流產 堕胎 难民 難民 庇护 黑户
    签证过期 簽證過期 非法居留 遣返 同性恋 同性戀 寡妇 抗抑郁 焦虑症 戒酒 放射線治療
    化学療法 精神科に通 心療内科に通 障害者 障がい 依存症 エイズ 不妊治療 滞納して 滞納し
    差し押さえ 自己破産 債務整理 生活保護 解雇 リストラ 訴えられ 前科 服役 不法滞在
    オーバーステイ 入管 強制送還 ビザが切れ 葬式 通夜 告別式 未亡人 同性愛 レズビアン 妊婦
    がんと診断 がんで 수술 암_진단 암에_걸 암이래 방사선_치료 장애인 장애가_있 정신과 중독
    에이즈 빚 채무 연체_중 연체됐 연체되 연체돼 신용불량 개인회생 압류 해고 실업 소송 재판
    고소당 고소했 기소됐 기소되 전과자 구속 난민 망명 불법체류 추방 비자가_만료 세상을_떠
    임산부 동성애 레즈비언 كيماوي كيميائي عملية_جراحية إعاقة إدمان مدمن نوبة_قلبية جلطة
    الإيدز نقص_المناعة دخل_المستشفى دخلت_المستشفى راقد_في_المستشفى راقدة_في_المستشفى مديون
    عاطل_عن_العمل بطالة طردوني فصلوني جلسة_المحكمة جلسة_محكمة قضية_في_المحكمة رفعوا_قضية
    مسجون محبوس لاجئ لجوء غير_شرعي بدون_أوراق وفاة ماتت يرحمه المرحوم المرحومة أرملة عزاء
    مثلي_الجنس مثلية ملحد حامل_في_الشهر حامل_منذ כימותרפיה עברתי_ניתוח עוברת_ניתוח
    עובר_ניתוח מאושפז אשפוז נכה נכות מכור פשיטת_רגל מובטל פוטרתי בכלא פליט גירוש אלמנה
    הומוסקסואל לסבית कीमो ऑपरेशन सर्जरी एचआईवी विकलांग नशे_की_लत शराब_की_लत
    अस्पताल_में_भर्ती नौकरी_चली बेरोजगार मुकदमा अंतिम_संस्कार विधवा शरणार्थी समलैंगिक
    เอชไอวี เคมีบำบัด คีโม ผ่าตัด นอนโรงพยาบาล แอดมิท พิการ ติดยา ติดเหล้า เป็นหนี้ หนี้สิน
    หนี้บัตร ตกงาน ถูกไล่ออก ถูกฟ้อง ขึ้นศาล หย่า งานศพ ผู้ลี้ภัย ลี้ภัย วีซ่าหมด
    อยู่เกินวีซ่า เกย์ เลสเบี้ยน ตั้งท้อง แท้ง فوت_کرد فوت_شد درگذشت مراسم_ختم بستری دیابت
    افسردگی باردار بدهکارم بیکار ورشکست زندان دستگیر پناهنده پناهندگی پناهجو
    کینسر حاملہ مقروض بے_روزگار جیل
    انتقال_ہو داخل_ہیں داخل_ہے ক্যান্সার হাসপাতালে_ভর্তি ডায়াবেটিস গর্ভবতী বেকার মারা_গে
    তালাক জেল গ্রেফতার"""
)
#: More ties in the scripts of SENSITIVE_SUBSTRINGS ("our" humbly in Korean, "on me" in Hindi;
#: Persian "-am" joined by a zero-width non-joiner, "my" or "I am": "پرونده\u200cام").
SCRIPT_PERSON_TIES_MORE = phrases(
    """저_ 저희 남편 아내 아들 मुझ हमें مادرم پدرم همسرم شوهرم پسرم دخترم برادرم خواهرم دارم
    هستم میری میرا میرے مجھے ہمارے আমার আমি আমাকে \u200cام"""
)
#: Words that tie a term to a person in more languages written with spaces: the first
#: person and close relatives (Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese,
#: Indonesian, Swahili).
PERSON_TIES_MORE = words(
    """jestem mój moja moje mojego mi żona mąż syn córka matka ojciec brat siostra babcia
    dziadek mám jsem můj manžel manželka dcera otec bratr sestra babička
    мене мій моя моє мого мені муж жена сын дочь мама папа брат сестра бабушка дедушка мати
    мамы папы мужа жены сына дочери брата сестры бабушки дедушки
    батько чоловік дружина син донька
    annem babam eşim kocam karım oğlum kızım kardeşim ablam abim dedem ninem
    bố mẹ chồng vợ bà
    suami istri anak ibu ayah adik kakak nenek kakek
    nina mimi wangu yangu changu langu kwangu sina nilikuwa mama baba mume mke mtoto kaka
    dada bibi babu anyám apám férjem feleségem fiam lányom testvérem nekem én vagyok
    voltam tudok kaptam küzdök szenvedek járok kezelnek kezeltek
    elvesztettem minulla minua minulle eu sunt mea meu mei mele soțul soția fiul fiica
    ko ako akin kami namin nanay tatay asawa anak kapatid lola lolo męża żony ojca matki
    syna córki brata siostry"""
)
#: More nouns that make a term the name of an offer, a place or a group ("gay bar",
#: "Jewish holidays", "a Muslim prayer room", "detox juice").
SENSITIVE_TOPIC_NOUNS_MORE = words(
    """holiday holidays prayer community centre center cemetery school church temple
    mosque festival calendar bar club pride rights marriage juice tea smoothie programme
    program programs cover insurance hotline helpline charity support group groups wedding
    weddings food restaurant bakery deli butcher cuisine dish dishes caterer catering
    vegetarian vegan halal kosher"""
)
#: Words before a care word that make it a service, not a person's care ("massage
#: therapist", "spa treatment").
NOT_CARE_BEFORE = words("massage spa beauty sports nail hair pet dog cat")
#: Last key words naming tags or flags put on a person (``crm.flags``, ``customer.tags``).
TAG_KEYS = words(
    """flags flag tags tag labels label markers marker segments segment categories
    indicators alerts vulnerabilities vulnerability riskflags customerflags accountflags"""
)
#: Tags that mark a person's circumstances on a CRM record (written with spaces here;
#: ``debt-collection`` and ``vulnerable_customer`` are read with them).
SENSITIVE_TAGS = frozenset(
    """bereaved|bereavement|deceased|vulnerable|vulnerable customer|vulnerable adult
    |debt collection|collections|in collections|arrears|in arrears|financial hardship
    |hardship|bankrupt|bankruptcy|insolvent|insolvency|iva|probate|power of attorney
    |terminal illness|terminally ill|mental health|medical|disabled|disability|pregnant
    |dementia|carer|domestic abuse|domestic violence|litigation|legal hold|deceased estate
    |payment difficulty|payment difficulties|repossession|eviction|unemployed|on benefits
    |refugee|asylum seeker|undocumented""".replace("\n", "").split("|")
)
#: More last key words naming a person's circumstance: the whole value is a disclosure.
SENSITIVE_KEYS_MORE = words(
    """healthnotes healthinfo healthstatus medicalinfo medicalstatus medicaldetails
    healthissues mentalhealth pregnancy pregnancystatus disabilitystatus specialneeds
    residencystatus residencestatus citizenshipstatus asylumstatus refugeestatus
    religiousaffiliation faith genderidentity financialhardship hardship debtstatus
    bankruptcystatus insolvencystatus dateofdeath deathdate deceased bereavement
    legalstatus criminalcharges courtcase schwangerschaft behinderung enfermedad
    enfermedades religión religione glaube"""
)
#: More key words that name a person's circumstance only after a person key word
#: (``patient.treatment``, not ``experiment.treatment``; ``customer.vulnerability``,
#: not ``scan.vulnerabilities``).
SENSITIVE_KEYS_IN_CONTEXT_MORE = words("treatment treatments vulnerability vulnerabilities")
#: More key words of a person for SENSITIVE_KEY_CONTEXT.
SENSITIVE_KEY_CONTEXT_MORE = words("paciente kunde klient cliente contact guest")
