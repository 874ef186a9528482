"""What a test asserts about spans.

Attributes, PII, span trees, the contract, cost, timing and profiles.
Imports ``core`` and ``sources``.
"""
