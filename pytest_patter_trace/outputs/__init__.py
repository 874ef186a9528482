"""The check report and what is made of it.

Text, JSON, Markdown, the HTML waterfall and the ``--patter-report`` collector.
Imports ``core``, ``sources`` and ``checks``.
"""
