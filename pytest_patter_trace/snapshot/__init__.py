"""The ``patter_snapshot`` syrupy extension and its text format.

This package imports nothing of syrupy; only ``_assertion`` does, when used.
"""
