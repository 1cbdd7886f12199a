"""DejaVu Sans and the CJK fallback (Droid Sans Fallback) for the PDF reports (loaded through
importlib.resources)."""
