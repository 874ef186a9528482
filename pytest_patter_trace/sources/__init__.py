"""Where spans come from.

The capture, the store, the OTLP reader, writer and receiver.
Imports ``core`` and ``drivers``.
"""
