"""DejaVu Sans for the PDF reports (loaded through importlib.resources)."""
