"""Where spans come from.

The capture, the store, the OTLP reader, writer and receiver, and the span reader
every check goes through.
Imports ``core`` and ``drivers``.
"""
