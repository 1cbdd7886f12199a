"""Usernames: short, case-insensitive sign-in names."""

import re

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normalise_username(text: str) -> str:
    return text.strip().lower()


def username_problem(username: str) -> str | None:
    if not _USERNAME.match(username):
        return (
            "A username is 2 to 32 letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit."
        )
    return None
