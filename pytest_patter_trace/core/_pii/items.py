"""JSON objects that describe goods, not people: a ``name`` there is an item's.

A tool result listing a menu or a stock ("name": "Quattro ...", "price": 12) names dishes
and products in title case, the way a person's name is written. A price, a stock count or
a SKU beside the ``name`` tells them apart. Kept by hand: no library tells a product
record from a person record by its keys.
"""

from __future__ import annotations

import re

#: Keys of a priced or stocked item, in the languages tool schemas are written in.
_ITEM_KEY = re.compile(
    r'"(?:price|prices|unit_?price|sku|qty|quantity|cost|stock|in_?stock|calories|currency'
    r"|category|precio|preço|preco|prezzo|prix|preis|categoria|catégorie|kategorie|cantidad"
    r'|quantità|quantité|menge|menu_?item|product_?id|item_?id)"\s*:'
)


def item_field(text: str, start: int, end: int) -> bool:
    """Whether the JSON object around ``text[start:end]`` is a priced or stocked item's."""
    lo = text.rfind("{", 0, start)
    hi = text.find("}", end)
    return _ITEM_KEY.search(text, lo + 1, hi if hi >= 0 else len(text)) is not None


#: The opening of a JSON ``"name"`` value: what follows may be an item's, not a person's.
_NAME_VALUE_BEFORE = re.compile(r'"name"\s*:\s*"$')


def item_name_at(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a ``"name"`` value of a priced or stocked item."""
    return (
        text[start - 1 : start] == '"'
        and _NAME_VALUE_BEFORE.search(text, max(0, start - 16), start) is not None
        and item_field(text, start, start)
    )


#: Key words of where goods are kept (``warehouse.bin``, ``lager.fach``, ``倉庫.棚``): a
#: code there is a place on a shelf, however much it looks like an identifier or an SSN.
#: Kept by hand: no library tells a storage code from a person's number by its key.
STORAGE_KEY_TOKENS = frozenset(("warehouse", "inventory", "stock", "shelf", "bin", "aisle",
                                "rack", "pallet", "lager", "lagerort", "fach", "regal",
                                "almacen", "almacén", "estante", "bodega", "magazzino",
                                "scaffale", "entrepot", "entrepôt", "etagere", "étagère",
                                "armazem", "prateleira", "magazyn", "depo", "raf", "gudang",
                                "rak", "склад", "стеллаж", "倉庫", "棚", "仓库", "货架",
                                "창고"))  # fmt: skip
#: A code as a whole value: a few groups of capitals and digits ("KP 48 21 07 C").
_CODE = re.compile(r"[0-9A-Z]+(?:[ ./-][0-9A-Z]+){0,5}")


def reference_code(text: str) -> bool:
    """Whether ``text`` is one code: capitals and digits, in a few groups, no words."""
    stripped = text.strip()
    return len(stripped) <= 40 and _CODE.fullmatch(stripped) is not None
