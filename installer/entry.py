"""PyInstaller's entry script: the same ``main`` as the ``lcs-desktop`` command."""

import sys

from lcs_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
