"""Names said after a greeting and a presentative, in scripts without case, in lists and keys.

- A caller greets, says a short "this is", "here", "I", "speaking" of their language
  (Nordic, Baltic, Celtic, Catalan, Maltese, Luxembourgish, Afrikaans, Javanese,
  Belarusian, Peruvian Spanish...), then a capitalised name that ends the clause.
- Scripts without case: a lead-in before and a closing word after the name (Tibetan,
  Burmese with an honorific spaced off, Ethiopic copulas, Devanagari with a joiner
  inside a conjunct, Chinese "I am" with a southern surname); Georgian written in its
  lower-case-only letters, under a person's key.
- Lists of people: action items ("X to ..., Y to ..."), a reply thanking the caller by
  name; payload keys naming the person a thing goes to (``ship_to``, ``consignee``).

Each class has look-alikes: a business, a street, a job title, "thanks, team", a place.
The lexicon is hidden: each rule works on a plain install. The names are invented.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name
from pytest_patter_trace.core._printable import printable

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


#: Case: (key, value, the name it holds).
NAMES = {
    # A greeting, a presentative of the language, a capitalised name ending the clause.
    "fi_tassa": ("transcript", "Hyvää päivää, tässä Aino Lehtinen, soitan laskusta.",
                 "Aino Lehtinen"),
    "no_dette_er": ("transcript", "God dag, dette er Kari Nordvik, jeg lurer på fakturaen.",
                    "Kari Nordvik"),
    "da_det_er": ("lk.user_input", "Goddag, det er Mette Kjærgaard, jeg ringer om ordren.",
                  "Mette Kjærgaard"),
    "sv_det_har_ar": ("transcript", "Hej, det här är Lars Östberg, jag ringer om fakturan.",
                      "Lars Östberg"),
    "lt_as": ("transcript", "Labas, aš Rūta Kazlauskienė, norėčiau pasiteirauti dėl sąskaitos.",
              "Rūta Kazlauskienė"),
    "lt_cia": ("transcript", "Laba diena, čia Tomas Petrauskas.", "Tomas Petrauskas"),
    "lv_runa": ("transcript", "Sveiki, runā Ilze Bērziņa, zvanu par rēķinu.", "Ilze Bērziņa"),
    "et_siin": ("transcript", "Tere päevast, siin Kadri Tamm, helistan arve pärast.",
                "Kadri Tamm"),
    "ca_soc_la": ("transcript", "Bona tarda, sóc la Montserrat Vidal, truco pel rebut.",
                  "Montserrat Vidal"),
    "cy_sy_ma": ("transcript", "Bore da, Siân ap Rhys sy 'ma, ffonio am y bil.", "Siân ap Rhys"),
    "mt_jiena": ("transcript", "Bonswa, jiena Maria Camilleri, qed nċempel dwar il-kont.",
                 "Maria Camilleri"),
    "es_pe_saluda": ("transcript",
                     "Buenas tardes, le saluda Carmen Rosa Quispe Huanca, quisiera consultar.",
                     "Carmen Rosa Quispe Huanca"),
    "es_te_habla_json": ("gen_ai.input.messages",
                         '[{"role": "user", "content": "Aló, te habla Luis Mamani Condori."}]',
                         "Luis Mamani Condori"),
    "be_geta": ("transcript", "Добры вечар, гэта Тацяна Лукашэвіч, тэлефаную наконт рахунку.",
                "Тацяна Лукашэвіч"),
    "uk_tse": ("transcript", "Добрий день, це Оксана Мельник, телефоную щодо рахунку.",
               "Оксана Мельник"),
    "jv_kula": ("transcript", "Sugeng enjing, kula Slamet Riyadi, badhe nyuwun pirsa.",
                "Slamet Riyadi"),
    "su_abdi": ("transcript", "Wilujeng siang, abdi Dedeh Kurniasih.", "Dedeh Kurniasih"),
    "af_hier_is": ("transcript", "Goeiemôre, hier is Pieter van der Merwe wat praat.",
                   "Pieter van der Merwe"),
    "af_dis_stt": ("stt.response",
                   '{"results": {"channels": [{"alternatives": [{"transcript": '
                   '"Middag, dis Annemarie Botha wat praat.", "confidence": 0.9}]}]}}',
                   "Annemarie Botha"),
    "lb_hei_ass": ("transcript", "Gudde Moien, hei ass de Luc Weber.", "Luc Weber"),
    "fo_hetta_er": ("transcript", "Góðan morgun, hetta er Jógvan Joensen.", "Jógvan Joensen"),
    "hr_ovdje": ("transcript", "Dobar dan, ovdje Ivana Horvat, zovem zbog računa.",
                 "Ivana Horvat"),
    "hy_es_em": ("transcript", "Բարև ձեզ, ես Անի Մկրտչյանն եմ, զանգում եմ հաշվի մասին։",
                 "Անի Մկրտչյանն"),
    "lb_name_phone": ("transcript", "Moien, hei ass Tom Reuter. Meng Nummer ass +352 621 555 018.",
                      "Tom Reuter"),
    "cy_yma": ("transcript", "Helo, Dafydd Jones yma, ffonio am y bil.", "Dafydd Jones"),
    "sq_jam": ("transcript", "Përshëndetje, jam Arben Hoxha.", "Arben Hoxha"),
    "az_men": ("transcript", "Salam, mən Elvin Məmmədov, hesab barədə zəng edirəm.",
               "Elvin Məmmədov"),
    "mk_jas_sum": ("transcript", "Добар ден, јас сум Марија Петровска.", "Марија Петровска"),
    "kk_men": ("transcript", "Сәлеметсіз бе, мен Айгүл Серікқызы.", "Айгүл Серікқызы"),
    "ca_then_i": ("transcript", "Hola, sóc en Pere Vila i truco per la factura.", "Pere Vila"),
    "fo_eiti": ("transcript", "Hey, eg eiti Jógvan Hansen.", "Jógvan Hansen"),
    "sl_tukaj": ("transcript", "Dober dan, tukaj Maja Novak.", "Maja Novak"),
    # Scripts without case: a lead-in before and a closing word after the name.
    "ne_joiner": ("transcript", "नमस्कार, मेरो नाम विष्‍णु अधिकारी हो।", "विष्‍णु अधिकारी"),
    "mr_joiner": ("transcript", "माझे नाव लक्ष्‍मी जोशी आहे", "लक्ष्‍मी जोशी"),
    "my_daw": ("transcript", "ကျွန်မနာမည် ဒေါ် ခင်မြင့် ပါ။", "ဒေါ် ခင်မြင့်"),
    "my_ko": ("transcript", "မင်္ဂလာပါ၊ ကျွန်တော့်နာမည် ကို အောင်ကျော် ပါ။", "ကို အောင်ကျော်"),
    "bo_zer": ("transcript", "ངའི་མིང་ལ་བསྟན་འཛིན་རྡོ་རྗེཟེར།", "བསྟན་འཛིན་རྡོ་རྗེ"),
    "bo_yin": ("transcript", "བཀྲ་ཤིས་བདེ་ལེགས། ངའི་མིང་ཚེ་རིང་དབང་མོ་ཡིན།",
               "ཚེ་རིང་དབང་མོ"),
    "ti_shimey": ("transcript", "ሰላም፡ ሽመይ ሳባ ገብረመድህን እዩ።", "ሳባ ገብረመድህን"),
    "ti_ane": ("transcript", "ሰላም፣ ኣነ ዮናስ ተኽለ እየ።", "ዮናስ ተኽለ"),
    "am_ene": ("transcript", "ጤና ይስጥልኝ፣ እኔ ሄለን ታደሰ ነኝ።", "ሄለን ታደሰ"),
    "zh_hong": ("transcript", "你好，我是洪美玲。", "洪美玲"),
    "zh_wen_phone": ("transcript", "喂，我是温志强，我的电话是+65 9123 4567。", "温志强"),
    "ka_candidate": ("candidate.full_name", "ნინო ბერიძე", "ნინო ბერიძე"),
    "bo_value": ("applicant.full_name", "བསྟན་འཛིན་རྡོ་རྗེ", "བསྟན་འཛིན་རྡོ་རྗེ"),
    "ka_applicant": ("applicant.full_name", "გიორგი კაპანაძე", "გიორგი კაპანაძე"),
    # Lists of people, replies by name.
    "actions_to": ("transcript",
                   "Action items: Priya Nair to draft the memo, Mr Tom Okafor to chase the "
                   "invoice.",
                   "Tom Okafor"),
    "actions_first": ("gen_ai.input.messages",
                      '[{"role": "user", "content": "Actions: Julia Brandt will circulate the '
                      'minutes, Omar Haddad to update the budget."}]',
                      "Julia Brandt"),
    "actions_second": ("transcript",
                       "Next steps: Helga Lindqvist to confirm the room, Femi Adeyemi to "
                       "send the agenda.",
                       "Femi Adeyemi"),
    "reply_thanks": ("output", "Thanks, Marcus Holloway. Your new SIM ships on Monday.",
                     "Marcus Holloway"),
    "reply_thank_you": ("output", "Thank you, Ms Irene Castillo, the refund is on its way.",
                        "Ms Irene Castillo"),
    "reply_gracias": ("output", "Gracias, Lucía Ferrer. Ya he programado la portabilidad.",
                      "Lucía Ferrer"),
    "this_is_month": ("transcript", "Hi, this is Grace June, I'm calling about the rent.",
                      "Grace June"),
    # Payload keys naming who receives a thing.
    "ship_to": ("tool.arguments", '{"ship_to": "Dana Whitfield", "item": "router"}',
                "Dana Whitfield"),
    "deliver_to": ("tool.arguments", '{"deliver_to": "Mr. Kwame Asante", "sku": "A-12"}',
                   "Mr. Kwame Asante"),
    "consignee": ("tool.result", '{"consignee": "Ingrid Solberg", "parcels": 2}',
                  "Ingrid Solberg"),
    "remit_receiver": ("tool.arguments",
                       '{"sender_msisdn": "+254700111222", "receiver_msisdn": "+252611222333", '
                       '"receiver_name": "Hodan Abdi Warsame", "amount": 40}',
                       "Hodan Abdi Warsame"),
    "recipient_dr": ("tool.arguments", '{"recipient": "Dr. Nadia Rahman", "amount": 12}',
                     "Dr. Nadia Rahman"),
}  # fmt: skip


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    key, value, name = NAMES[case]
    # A finding shows a joiner inside a word as its escape ("\\u200d").
    assert printable(mask_name(name)) in name_masks(key, value, content), (case, content)


#: Look-alikes: the same frames with a business, a place, a state, a role; no name.
NOT_NAMES = {
    "fi_tassa_company": ("transcript", "Hei, tässä Helsingin Sähkö Oy, soitamme laskusta."),
    "no_dette_er_fine": ("transcript", "Hei, dette er helt greit, takk."),
    "lt_as_state": ("transcript", "Labas, aš labai pavargusi, skambinu dėl sąskaitos."),
    "ca_soc_place": ("transcript", "Bon dia, sóc de Barcelona, truco per la factura."),
    "af_hier_is_shop": ("transcript", "Goeiemôre, hier is Kaapstad Motors wat praat."),
    "lb_hei_ass_street": ("transcript", "Moien, hei ass Rue de la Gare."),
    "be_geta_bank": ("transcript", "Добры дзень, гэта Беларусбанк, вам тэлефануюць."),
    "jv_kula_state": ("transcript", "Sugeng siang, kula badhe tanglet."),
    "es_saluda_business": ("transcript", "Buenas tardes, le saluda Perú Motors, ¿en qué le ayudo?"),
    "hy_city": ("transcript", "Բարև ձեզ, ես Երևանում եմ։"),
    "zh_high_school": ("transcript", "你好，我是高中生。"),
    "zh_wenzhou": ("transcript", "你好，我是温州人。"),
    "bo_plain": ("transcript", "བཀྲ་ཤིས་བདེ་ལེགས། ང་བདེ་པོ་ཡིན།"),
    "ti_plain": ("transcript", "ሰላም፡ ኣነ ጽቡቕ እየ።"),
    "actions_roles": ("transcript", "Action items: Finance Team to book the venue, "
                                    "Front Desk to send the rota."),
    "actions_pets": ("transcript", "Action items: walk the dog, feed Biscuit, book the vet."),
    "reply_team": ("output", "Thanks, team. I've scheduled the port for tomorrow."),
    "reply_business": ("output", "Thanks, Acme Support. The ticket is closed."),
    "reply_greeting": ("output", "Thanks. Good Morning to you too."),
    "this_is_date": ("transcript", "This is March Madness season, I'm calling about tickets."),
    "ship_to_business": ("tool.arguments", '{"ship_to": "Northwind Traders Ltd", "item": "SIM"}'),
    "ship_to_warehouse": ("tool.arguments", '{"ship_to": "Main Warehouse", "item": "SIM"}'),
    "consignee_title": ("tool.result", '{"consignee": "Store Manager", "parcels": 2}'),
    "ka_street": ("candidate.city", "თბილისი"),
    "bo_city": ("candidate.city", "ལྷ་ས"),
}  # fmt: skip


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)
