"""LCS Desktop: the Social Media Policy records of Libra Children Services."""

APP_NAME = "LCS Desktop"
APP_ID = "LCSDesktop"
ORG_NAME = "Libra Children Services"


def __getattr__(name: str) -> str:
    # The version comes from the installed metadata (pyproject.toml is the one source), read
    # on first use: importlib.metadata costs ~50 ms, too much for the start-up path.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("lcs-desktop")
        except metadata.PackageNotFoundError:  # a source tree that is not installed
            version = "0.0.0+source"
        globals()["__version__"] = version
        return version
    raise AttributeError(name)
