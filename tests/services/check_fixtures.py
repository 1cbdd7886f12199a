"""Shared set-up for the people and checks service tests: real accounts, real database."""

from __future__ import annotations

import struct
import zlib
from datetime import timedelta

from lcs_desktop.domain.checks import (
    IdentityMatch,
    Platform,
    PlatformAction,
    RecruitmentStage,
    Relevance,
    Severity,
)
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.check_types import CheckDetailsInput, FindingInput, ScopeInput
from lcs_desktop.services.identity import CurrentUser
from tests.frozen_clock import TEST_TODAY

TODAY = TEST_TODAY


def user_for(org, make_user, username: str, *roles: Role) -> CurrentUser:
    make_user(username, *roles)
    return to_current(org.workspace.load_user(username))


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def details(**overrides) -> CheckDetailsInput:
    values = {
        "role_applied_for": "Contact supervisor (volunteer)",
        "stage": RecruitmentStage.SHORTLISTED,
        "authorised_by": "Sam Lead",
        "privacy_notice_date": TODAY - timedelta(days=7),
        "proportionality_reason": "Role involves supervising contact with children; policy §3.1.",
        "checker_on_panel": False,
    }
    values.update(overrides)
    return CheckDetailsInput(**values)


def scope() -> list[ScopeInput]:
    return [
        ScopeInput(
            Platform.FACEBOOK,
            PlatformAction.PUBLIC_CONTENT_REVIEWED,
            "Jo Bloggs (Leeds)",
            "Jo Bloggs Leeds",
            IdentityMatch.CONFIRMED,
        ),
        ScopeInput(Platform.TIKTOK, PlatformAction.NO_PRESENCE, "", "jobloggs"),
    ]


def finding(**overrides) -> FindingInput:
    values = {
        "platform": Platform.FACEBOOK,
        "address": "https://facebook.example/jo.bloggs/posts/1",
        "content_date": TODAY - timedelta(days=40),
        "captured_on": TODAY,
        "seen": "A public post naming a family the applicant met through another charity.",
        "category": "referencing_child_family_case",
        "severity": Severity.MEDIUM,
        "relevance": Relevance.DIRECT,
    }
    values.update(overrides)
    return FindingInput(**values)


def add_applicant(
    org, reference: str = "APP-001", first_name: str = "Jo", last_name: str = "Bloggs", **extra
) -> int:
    return org.people.add_person(
        org.user, first_name=first_name, last_name=last_name, kind="applicant", reference=reference, **extra
    )


def ready_check(org, user: CurrentUser, person_id: int, *, concerns: bool = True) -> int:
    """A check with everything completion needs, not yet completed."""
    checks = org.checks
    check_id = checks.create_check(user, person_id, details())
    checks.set_scope(user, check_id, scope())
    checks.set_attestations(user, check_id, True, True)
    if concerns:
        checks.add_finding(user, check_id, finding(), [("post.png", tiny_png())])
        checks.set_result(user, check_id, "concerns_found")
    else:
        checks.set_result(user, check_id, "no_concerns")
    return check_id


def audit_actions(org, entity_id: int | None = None, entity_type: str = "check") -> list[str]:
    from sqlalchemy import select

    from lcs_desktop.store.audit_events import AuditEvent

    with org.workspace.reading() as session:
        query = select(AuditEvent.action).order_by(AuditEvent.seq)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == str(entity_id), AuditEvent.entity_type == entity_type)
        return list(session.scalars(query))


def audit_details(org, action: str) -> list[dict]:
    import json

    from sqlalchemy import select

    from lcs_desktop.store.audit_events import AuditEvent

    with org.workspace.reading() as session:
        rows = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == action).order_by(AuditEvent.seq)
        )
        return [json.loads(r) for r in rows]
