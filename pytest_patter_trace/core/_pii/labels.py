"""Names of numbers that are no phone number, right before one: references, cards, accounts.

"numéro de commande 3390-...", "Bestellnummer ...", "el número de pedido es cuatro dos
...": the number is the business's reference. "my account number is three one ...",
"the routing is ...": the number is a bank account. Kept by hand, like every context word
of the number finders: libphonenumber tells what fits a numbering plan, not what a number
is, and no maintained package names references in several languages.
"""

from __future__ import annotations

import re

#: "is" in the languages below, between a number's name and the number.
_IS = r"(?:\s+(?:is|was|es|est|ist|war|è|é|e|era|jest))?[\s:#=.-]{0,3}"

#: A reference's name in languages other than English (``numeric`` keeps the English
#: ones); German ones are compounds ("Bestellnummer").
OTHER_REFERENCE = re.compile(
    r"(?i)\b(?:commande|r[ée]servation|facture|billet|dossier|suivi|pedido|reserva|factura"
    r"|fatura|encomenda|seguimiento|rastreio|ordine|prenotazione|fattura|biglietto|pratica"
    r"|(?:bestell|buchungs|auftrags|rechnungs|sendungs|vertrags|referenz|ticket|kunden"
    r"|mitglieds|vorgangs)nummer|aktenzeichen|protocolo|protocollo|riferimento|referencia"
    r"|referência|r[ée]f|pnr"
    # A customer's or a member's number: the business's, not the caller's line.
    r"|customer|member|membership|client|cliente|socio|sócio"
    r"|bestellung|buchung|zamówieni[ae]|rezerwacj[ai]|bestelling|reservering"
    # A code ("the code is 4 7 1 ..."), but an area code starts a phone number.
    r"|(?<!area )(?<!country )(?<!dialling )(?<!dialing )code|c[óo]digo|codice|kod|kode)"
    rf"(?:\s+(?:number|no\.?|num|nr\.?|id|#))?{_IS}(?:\d{{1,6}}[ .-])?$"
)

#: A card's or a document's name, any language: a card or an identity number follows,
#: which the card and identifier finders judge; it is no phone number either way.
DOCUMENT_BEFORE = re.compile(
    r"(?i)\b(?:card|carte|tarjeta|cart[aã]o|carta|karte|kartennummer|karta|kaart|document"
    r"|documento|dokument|ausweis\w*|passport|passeport|pasaporte|passaporto|reisepass"
    r"|id(?:entity)? (?:card )?number|identit[ée]|identidad|identidade)"
    rf"(?:\s+(?:number|no\.?|num|nr\.?|#))?{_IS}(?:\d{{1,6}}[ .-])?$"
)

#: An account's or a bank code's name right before a number read out.
ACCOUNT_BEFORE = re.compile(
    r"(?i)\b(?:account|acct|routing|sort\s+code|aba|iban|cuenta|conta|compte|conto|konto"
    r"|kontonummer|rekening(?:nummer)?|rachunk\w*)"
    rf"(?:\s+(?:number|no\.?|num|code|#))?{_IS}$"
)


def document(probe: str, start: int) -> bool:
    """A card's or a document's name right before ``start``: a card or an identity number."""
    return DOCUMENT_BEFORE.search(probe, max(0, start - 40), start) is not None
