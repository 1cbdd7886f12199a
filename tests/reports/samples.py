"""Synthetic data for report tests and benchmarks: realistic shapes, no real people."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime
from io import BytesIO

from PIL import Image, ImageDraw

from lcs_desktop.reports.check_record_data import (
    NO_PRIVATE_ACCESS_WORDING,
    PUBLIC_ONLY_WORDING,
    Amendment,
    Attestation,
    CheckRecordData,
    DiscussionFacts,
    EvidenceItem,
    FindingFacts,
    PersonFacts,
    ScopeEntry,
)

UNICODE_NAMES = ("Zoë Brontë", "Łukasz Wróbel", "Nguyễn Thị Minh", "Ибрагим Алиев", "محمد")

CATEGORIES = (
    (
        "Communication that could breach confidentiality",
        ("4", "8"),
        "communication that could breach confidentiality",
    ),
    (
        "Referencing a child, family or case",
        ("5",),
        "avoid referencing any child, family or case connected with LCS",
    ),
    ("Offensive or derogatory content", ("5",), "avoid posting offensive or derogatory content"),
    (
        "Weak privacy or security settings",
        ("7",),
        "restricts access to their social media accounts through strong privacy settings",
    ),
)


def screenshot(seed: int, *, width: int = 900, height: int = 560, fmt: str = "JPEG") -> bytes:
    """A screenshot-like picture of a social media post (header bar, avatar, text lines)."""
    rng = random.Random(seed)
    picture = Image.new("RGB", (width, height), (246, 247, 249))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, width, 54), fill=(59, 89, 152) if seed % 2 else (29, 161, 242))
    draw.rectangle((30, 80, width - 30, height - 30), fill="white", outline=(220, 223, 228))
    draw.ellipse((50, 100, 110, 160), fill=(rng.randrange(80, 200), rng.randrange(80, 200), 160))
    draw.rectangle((125, 110, 125 + rng.randrange(150, 300), 124), fill=(40, 40, 40))
    draw.rectangle((125, 134, 220, 144), fill=(150, 150, 150))
    y = 190
    while y < height - 80:
        draw.rectangle((50, y, 50 + rng.randrange(300, width - 120), y + 11), fill=(70, 70, 70))
        y += 26
    draw.text((54, height - 60), f"Sample evidence {seed}", fill=(120, 0, 0))
    out = BytesIO()
    picture.save(out, fmt, **({"quality": 82} if fmt == "JPEG" else {}))
    return out.getvalue()


def evidence(seed: int, fmt: str = "JPEG") -> EvidenceItem:
    content = screenshot(seed, fmt=fmt)
    media = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[fmt]
    ext = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
    return EvidenceItem(
        filename=f"screenshot-{seed:03d}.{ext}",
        media_type=media,
        sha256=hashlib.sha256(content).hexdigest(),
        captured_at=datetime(2025, 3, 14, 10, 30 + seed % 29, tzinfo=UTC),
        content=content,
    )


def finding(number: int, *, images: int = 1, fmt: str = "JPEG") -> FindingFacts:
    label, sections, clause = CATEGORIES[number % len(CATEGORIES)]
    return FindingFacts(
        platform=("Facebook", "X (Twitter)", "Instagram", "TikTok")[number % 4],
        address=f"https://social.example/post/{1000 + number}",
        content_date=date(2024, 11, 1 + number % 28),
        captured_at=datetime(2025, 3, 14, 10, 5, tzinfo=UTC),
        what_was_seen=(
            "A public post describing a supervised contact session in general terms, with a photograph "
            "of a play room. No child is named but the venue is recognisable. " * (1 + number % 3)
        ).strip(),
        category=label,
        policy_sections=sections,
        severity=("Low", "Medium", "High")[number % 3],
        relevance=("Some", "Direct", "Not relevant")[number % 3],
        evidence=tuple(evidence(number * 10 + i, fmt) for i in range(images)),
        advisory=sections == ("7",),
        policy_clauses=(clause,),
    )


def check_record(
    *,
    name: str = "Zoë Łukasz-Nguyễn",
    findings: int = 2,
    images_per_finding: int = 1,
    fmt: str = "JPEG",
    discussion: bool = True,
    generated_by: str = "Priya Shah",
) -> CheckRecordData:
    return CheckRecordData(
        organisation="Libra Children Services",
        reference="CHK-2025-0042",
        person=PersonFacts(name=name, reference="P-00917", kind="Applicant"),
        role_applied_for="Contact supervisor (volunteer)",
        recruitment_stage="Shortlisted",
        checker="Sam Carter",
        authorised_by="Alex Morgan",
        applicant_told_on=date(2025, 3, 3),
        started_on=date(2025, 3, 14),
        completed_on=date(2025, 3, 14),
        proportionality_reason=(
            "The role involves unsupervised time with children and families during handovers; the check is "
            "limited to public content and to the platforms the applicant listed."
        ),
        result="Concerns found" if findings else "No concerns",
        generated_by=generated_by,
        generated_at=datetime(2025, 7, 1, 13, 5, tzinfo=UTC),  # 14:05 in London (BST)
        policy_version="2025",
        status="Decided" if discussion else "Completed",
        scope=(
            ScopeEntry(
                "Facebook", "Public content reviewed", "Zoe Nguyen; zoe.nguyen.77", "name + town", "Confirmed"
            ),
            ScopeEntry("Instagram", "Profile private", "@zoe_ng", "handle from application", "Probable"),
            ScopeEntry("TikTok", "No presence found", "", "full name", ""),
            ScopeEntry("X (Twitter)", "Searched", "@zoeng", "name + employer", "Uncertain"),
        ),
        attestations=(Attestation(PUBLIC_ONLY_WORDING, True), Attestation(NO_PRIVATE_ACCESS_WORDING, True)),
        findings=tuple(finding(i, images=images_per_finding, fmt=fmt) for i in range(1, findings + 1)),
        discussion=DiscussionFacts(
            held_at=datetime(2025, 3, 20, 9, 30, tzinfo=UTC),
            method="In person",
            present="The applicant; Alex Morgan (safeguarding lead); Sam Carter (note taker)",
            findings_discussed="Findings 1 and 2",
            applicant_account="The post was made before the applicant knew of LCS's boundaries policy; "
            "it has since been deleted.",
            assessment="Genuine insight shown; no child was identifiable. Advice on §5 and §6 given.",
            outcome="Proceed with advice",
            decided_by="Alex Morgan",
            reason="Low risk once the applicant understood the boundaries; advice recorded and accepted.",
            applicant_told_on=date(2025, 3, 21),
        )
        if discussion
        else None,
        amendments=(
            Amendment(
                datetime(2025, 3, 22, 16, 0, tzinfo=UTC),
                "Alex Morgan",
                "Corrected the content date of finding 2 (typed 2042).",
            ),
        ),
        safeguarding_lead="Alex Morgan",
    )
