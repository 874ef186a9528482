"""The SDKs and frameworks under test, driven offline, and their internals.

Fenced: imports only ``core``; only ``sources`` and the top modules import it.
"""
