"""PyInstaller's entry script: the same ``main`` as the ``lcs-desktop`` command."""

import multiprocessing
import sys

from lcs_desktop.__main__ import main

if __name__ == "__main__":
    # A long audit-log verify checks signatures in worker processes (spawned): in a frozen
    # build each worker starts this same executable, which must then run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
