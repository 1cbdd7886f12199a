"""LCS Desktop: the Social Media Policy records of Libra Children Services."""

from importlib import metadata

try:
    __version__ = metadata.version("lcs-desktop")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "LCS Desktop"
APP_ID = "LCSDesktop"
ORG_NAME = "Libra Children Services"
