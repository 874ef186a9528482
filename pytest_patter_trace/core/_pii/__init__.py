"""The PII detector's internals: kinds, patterns, phone numbers, masking, detection.

Below everything that prints span data: the renderers mask with :mod:`.redact`, the
checks scan with :mod:`.detect`. Nothing here imports the rest of the package. The
detector, its patterns and ``phonenumbers`` load on first use, not with this package.
"""
