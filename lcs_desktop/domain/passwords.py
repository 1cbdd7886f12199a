"""The password rule (issue 2 §4): at least 12 characters, not the username, not common.

The common-password list is loaded by the vault and passed in, so this stays free of I/O.
"""

from collections.abc import Container

MIN_LENGTH = 12


def password_problem(password: str, username: str, common: Container[str]) -> str | None:
    """Why ``password`` is not acceptable, in plain words, or ``None`` when it is."""
    if len(password) < MIN_LENGTH:
        return f"The password must be at least {MIN_LENGTH} characters long."
    if password.strip() != password:
        return "The password must not start or end with a space."
    folded = password.casefold()
    if username and username.casefold() in folded:
        return "The password must not contain the username."
    if folded in common:
        return "That password is on the list of common passwords. Choose another."
    if len(set(folded)) < 4:
        return "The password repeats too few characters. Choose another."
    return None
