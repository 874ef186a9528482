"""Records, errors, grouping into calls, turns, and the one rendering layer.

Imports nothing else of the package.
"""
