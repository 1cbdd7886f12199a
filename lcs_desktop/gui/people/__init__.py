"""People: the list, the person page, add/edit and the CSV import."""
