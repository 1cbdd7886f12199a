"""Thumbnails and print images of stored evidence: made once, read instead of the original.

Screens show the thumbnail (kilobytes) instead of decoding the megabytes behind it; PDFs embed
the print-size JPEG and still print, and check, the original's SHA-256. Renditions are made
off the GUI thread when a file is pasted, dropped or picked (``prepare``) and stored with the
original; evidence stored before they existed gets them on first need, from its re-hashed
original, so an altered file never gets a picture.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.evidence import IMAGE_TYPES, CheckedFile, check_file
from lcs_desktop.domain.evidence_renditions import Renditions, make_renditions
from lcs_desktop.services.evidence import VIEWED, evidence_data
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.evidence import Evidence, EvidenceRendition

if TYPE_CHECKING:
    from lcs_desktop.services.workspace import Workspace

# Renditions a worker made for files not yet stored, by SHA-256: storing the file takes them
# instead of decoding the picture again on the thread that saves. Bounded: a file pasted and
# then abandoned costs a few hundred kilobytes at most until it is pushed out.
_KEEP = 24
_made: OrderedDict[str, Renditions] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file checked and rendered by a worker, ready for a form to show and store."""

    name: str
    data: bytes
    checked: CheckedFile
    renditions: Renditions


@dataclass(frozen=True, slots=True)
class Thumbnail:
    data: bytes  # JPEG; empty when the file is not a picture or cannot be decoded
    problem: str | None = None  # e.g. the original was altered since it was stored


def prepare(name: str | None, data: bytes, render: Callable[[], Renditions] | None = None) -> Prepared:
    """Check one file by its content and make its renditions (call from a worker thread);
    a refusal is the ValidationError a form shows. ``render`` makes them from pixels the
    caller already holds (a pasted picture), once the file is accepted."""
    checked = check_file(name, data)
    renditions = render() if render is not None else make_renditions(data, checked.media_type)
    with _lock:
        _made[checked.sha256] = renditions
        _made.move_to_end(checked.sha256)
        while len(_made) > _KEEP:
            _made.popitem(last=False)
    return Prepared(checked.filename, data, checked, renditions)


def store_renditions(session: Session, row: Evidence, data: bytes) -> None:
    """Keep the renditions of a file being stored (the worker's, or made now)."""
    with _lock:
        made = _made.pop(row.sha256, None)
    if made is None:
        made = make_renditions(data, row.media_type)
    session.add(EvidenceRendition(evidence_id=row.id, thumbnail=made.thumbnail, print_image=made.print_image))


def print_image(session: Session, evidence_id: int, original: bytes) -> bytes:
    """The print-size JPEG of a file whose ``original`` bytes were just read (and re-hashed)."""
    found = session.execute(
        select(EvidenceRendition.print_image).where(EvidenceRendition.evidence_id == evidence_id)
    ).scalar()
    if found is not None:
        return bytes(found)
    return _make_missing(session, evidence_id, original).print_image


def thumbnails(session: Session, rows: Iterable[Evidence]) -> dict[int, Thumbnail]:
    """Thumbnails of these files, in one query; the missing ones made now from the original."""
    rows = [r for r in rows if r.media_type in IMAGE_TYPES]
    query = select(EvidenceRendition.evidence_id, EvidenceRendition.thumbnail).where(
        EvidenceRendition.evidence_id.in_([r.id for r in rows])
    )
    found = dict(session.execute(query).all())
    shown: dict[int, Thumbnail] = {}
    for row in rows:
        if row.id in found:
            shown[row.id] = Thumbnail(bytes(found[row.id]))
            continue
        try:
            original = evidence_data(session, row.id)  # re-hashed: an altered file gets no picture
        except LcsError as exc:
            shown[row.id] = Thumbnail(b"", exc.message)
            continue
        shown[row.id] = Thumbnail(_make_missing(session, row.id, original).thumbnail)
    return shown


def read_thumbnails(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    rows: list[Evidence],
    entity_type: str,
    entity_id: int,
    details: dict[str, Any] | None = None,
) -> dict[int, Thumbnail]:
    """Thumbnails for a person to see: one ``evidence_viewed`` event for the batch (ids only)."""
    shown = thumbnails(session, rows)
    if shown:
        event = {"evidence_ids": sorted(shown), "thumbnails": True, **(details or {})}
        workspace.audit(session, user, VIEWED, entity_type, entity_id, event)
    return shown


def _make_missing(session: Session, evidence_id: int, original: bytes) -> Renditions:
    row = session.get(Evidence, evidence_id)
    made = make_renditions(original, row.media_type if row is not None else "")
    session.add(
        EvidenceRendition(evidence_id=evidence_id, thumbnail=made.thumbnail, print_image=made.print_image)
    )
    session.flush()
    return made
