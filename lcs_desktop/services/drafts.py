"""Drafts of forms being typed, so a crash, a power cut or a closed laptop loses nothing.

A draft belongs to the person typing it and no one else reads it. It is not a record: it is
not audited (the record it becomes is), and it is deleted when the form is saved or the
person chooses to discard it. It lives in the encrypted database, never in a plain file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.drafts import Draft

MAX_DRAFT_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class SavedDraft:
    data: dict[str, Any]
    saved_at: datetime


class DraftService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def save(self, user: CurrentUser, form_key: str, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False)
        if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
            raise ValidationError("This form holds too much text to keep a draft of it.")
        with self._ws.unit_of_work() as session:
            draft = session.scalar(select(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key))
            if draft is None:
                draft = Draft(user_id=user.id, form_key=form_key, data=text)
                session.add(draft)
            draft.data = text
            draft.saved_at = self._ws.now()

    def load(self, user: CurrentUser, form_key: str) -> SavedDraft | None:
        with self._ws.reading() as session:
            draft = session.scalar(select(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key))
            if draft is None:
                return None
            try:
                data = json.loads(draft.data)
            except ValueError:
                return None
            return SavedDraft(data if isinstance(data, dict) else {}, draft.saved_at)

    def kept(self, user: CurrentUser) -> list[tuple[str, datetime]]:
        """This person's kept drafts (form key, when last typed), oldest first: offered at sign-in."""
        with self._ws.reading() as session:
            rows = session.execute(
                select(Draft.form_key, Draft.saved_at)
                .where(Draft.user_id == user.id)
                .order_by(Draft.saved_at)
            ).all()
        return [(key, saved_at) for key, saved_at in rows]

    def discard(self, user: CurrentUser, form_key: str) -> None:
        with self._ws.unit_of_work() as session:
            session.execute(delete(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key))
