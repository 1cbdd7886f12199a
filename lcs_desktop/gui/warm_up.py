"""Start the page-cache warm-up (services/warm_up.py) on the thread pool after sign-in and
unlock, so the GUI thread neither waits for it nor imports the list services at click time."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from lcs_desktop.gui.tasks import run_task
from lcs_desktop.services.warm_up import warm_caches

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn


def warm_up(session: SignedIn) -> None:
    # A refusal (locked again meanwhile) only means there is nothing to warm: no message.
    run_task(partial(warm_caches, session), None, lambda _error: None)
