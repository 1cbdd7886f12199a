"""The steps of a check, in the order the policy's procedure follows them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lcs_desktop.gui.checks.attest_result_steps import AttestStep, ResultStep
from lcs_desktop.gui.checks.details_step import DetailsStep
from lcs_desktop.gui.checks.discussion_step import DiscussionStep
from lcs_desktop.gui.checks.findings_step import FindingsStep
from lcs_desktop.gui.checks.scope_step import ScopeStep
from lcs_desktop.gui.checks.step_base import CheckEnv, Step


def make_steps(env: CheckEnv, parent: QWidget) -> list[Step]:
    return [
        DetailsStep(env, parent),
        ScopeStep(env, parent),
        AttestStep(env, parent),
        FindingsStep(env, parent),
        ResultStep(env, parent),
        DiscussionStep(env, parent),
    ]
