"""Demo records: realistic people, checks, findings with screenshot-like evidence, and
discussions — made through the services, so the audit trail is as real as the records.

Also ``generate_bulk`` for the benchmark: 100 000 people and 200 000 checks in batches.
Nothing here is a real person; the names are common UK names in several scripts.
"""

from __future__ import annotations

import random
from datetime import timedelta

from lcs_desktop.domain.checks import (
    DiscussionOutcome,
    IdentityMatch,
    Platform,
    PlatformAction,
    RecruitmentStage,
    Relevance,
    Severity,
)
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.check_types import CheckDetailsInput, DiscussionInput, FindingInput, ScopeInput
from lcs_desktop.services.demo_images import screenshot_png
from lcs_desktop.services.identity import CurrentUser

FIRST = (
    "Amelia",
    "Oliver",
    "Zoë",
    "Łukasz",
    "Aisha",
    "Mohammed",
    "Priya",
    "Callum",
    "Siobhan",
    "Thi Hoa",
    "Ibrahim",
    "Grace",
    "Dylan",
    "Niamh",
    "Kwame",
    "Chloé",
    "Rhys",
    "Fatima",
    "Jack",
    "Ewa",
)
LAST = (
    "Smith",
    "Jones",
    "Nguyễn",
    "Kowalski",
    "Khan",
    "Patel",
    "O'Brien",
    "Williams",
    "Evans",
    "Davies",
    "Begum",
    "Okafor",
    "Taylor",
    "Hughes",
    "MacLeod",
    "Ахмедов",
    "Roberts",
    "Wright",
    "Ali",
    "Brown",
)
ROLES = (
    "Contact supervisor (volunteer)",
    "Contact centre coordinator",
    "Family support worker",
    "Trustee",
    "Handover volunteer",
    "Administrator",
)
SEEN = {
    "referencing_child_family_case": "Public post describing 'a difficult handover at the contact centre "
    "this morning' with the child's first name.",
    "offensive_content": "Public comment thread with derogatory remarks about a group of people.",
    "weak_privacy_settings": "Profile fully public, including home town, workplace and family photos.",
    "connection_with_family": "Public friends list includes a parent known to use LCS services.",
    "inappropriate_content": "Public photos from a party with captions mocking a colleague.",
    "disrepute": "Public post criticising a local children's charity by name in abusive terms.",
}


def _user(signed_in, username: str) -> CurrentUser:  # type: ignore[no-untyped-def]
    row = signed_in.workspace.load_user(username)
    return to_current(row) if row is not None else signed_in.user


def _last_name(i: int) -> str:
    # Shifted each time the first names come round again, so no two demo people share a name.
    return LAST[(i * 7 + i // len(FIRST)) % len(LAST)]


def add_demo_records(signed_in, people: int = 36, seed: int = 2025) -> None:  # type: ignore[no-untyped-def]
    """Fill a demo organisation (the signed-in lead) with people, checks and outcomes."""
    rng = random.Random(seed)
    lead = signed_in.user
    checker = _user(signed_in, "checker")
    svc, checks = signed_in.people, signed_in.checks
    today = signed_in.workspace.today()
    for i in range(people):
        kind = ("applicant", "applicant", "volunteer", "staff", "committee")[i % 5]
        person_id = svc.add_person(
            lead,
            first_name=FIRST[i % len(FIRST)],
            last_name=_last_name(i),
            kind=kind,
            reference=f"{kind[:3].upper()}-{1000 + i}",
            role=ROLES[i % len(ROLES)],
            email=f"person{i}@example.org",
            date_of_birth=today.replace(year=today.year - 22 - i % 40, day=min(today.day, 28)),
        )
        if kind != "applicant":
            continue
        stage = i % 6  # how far this applicant's check has got
        check_id = checks.create_check(
            checker,
            person_id,
            CheckDetailsInput(
                role_applied_for=ROLES[i % len(ROLES)],
                stage=RecruitmentStage.SHORTLISTED if i % 2 else RecruitmentStage.INTERVIEW,
                authorised_by=lead.full_name,
                privacy_notice_date=today - timedelta(days=10 + i % 5),
                proportionality_reason="The role involves unsupervised time with children and families at "
                "contact sessions; an open-source check of public content is proportionate (policy §3.1).",
                checker_on_panel=i % 10 == 5,
            ),
        )
        if stage == 0:
            continue  # left as a draft
        handle = f"{FIRST[i % len(FIRST)]} {_last_name(i)}"
        checks.set_scope(
            checker,
            check_id,
            [
                ScopeInput(
                    Platform.FACEBOOK,
                    PlatformAction.PUBLIC_CONTENT_REVIEWED,
                    handle,
                    handle,
                    IdentityMatch.CONFIRMED,
                ),
                ScopeInput(
                    Platform.INSTAGRAM,
                    PlatformAction.PROFILE_PRIVATE,
                    f"@{handle.lower().replace(' ', '_')}",
                    handle,
                    IdentityMatch.PROBABLE,
                ),
                ScopeInput(Platform.X, PlatformAction.SEARCHED, "", handle),
                ScopeInput(Platform.TIKTOK, PlatformAction.NO_PRESENCE, "", handle),
            ],
        )
        checks.set_attestations(checker, check_id, True, True)
        concerns = stage >= 3
        finding_ids = []
        if concerns:
            for n, category in enumerate(rng.sample(sorted(SEEN), 2)):
                platform = (Platform.FACEBOOK, Platform.INSTAGRAM)[n]
                finding_ids.append(
                    checks.add_finding(
                        checker,
                        check_id,
                        FindingInput(
                            platform,
                            f"https://{platform.value}.example/{handle.replace(' ', '.')}/{n}",
                            today - timedelta(days=30 + 40 * n),
                            today - timedelta(days=2),
                            SEEN[category],
                            category,
                            (Severity.MEDIUM, Severity.LOW, Severity.HIGH)[(i + n) % 3],
                            Relevance.DIRECT if n == 0 else Relevance.SOME,
                        ),
                        [(f"screenshot-{n + 1}.png", screenshot_png(platform.value, seed + i * 10 + n))],
                    )
                )
        checks.set_result(checker, check_id, "concerns_found" if concerns else "no_concerns")
        if i % 10 == 5:
            checks.confirm_panel_guard(lead, check_id, "A second checker reviewed the search; no conflict.")
        if stage == 1:
            continue
        checks.complete_check(checker, check_id)
        if stage >= 4:
            outcome = (
                DiscussionOutcome.PROCEED_WITH_ADVICE,
                DiscussionOutcome.PROCEED_WITH_CONDITIONS,
                DiscussionOutcome.NOT_PROGRESSED,
            )[i % 3]
            checks.record_discussion(
                lead,
                check_id,
                DiscussionInput(
                    signed_in.workspace.now() - timedelta(days=1, hours=i % 7),
                    "in_person",
                    f"The applicant; {lead.full_name}; a note-taker",
                    tuple(finding_ids),
                    "The applicant explained the context and accepted the posts were unwise.",
                    "Account was open and consistent; understands the boundaries in §5 and §6.",
                    outcome,
                    lead.full_name,
                    "Weighed the findings against the role; decision recorded with advice given.",
                    today,
                ),
            )
