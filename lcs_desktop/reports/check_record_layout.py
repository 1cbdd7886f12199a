"""The check record's pages: heading, key facts, then one section per part of policy §3.1.

Imports ReportLab (through the shared parts); only ``check_record.build_check_record_pdf``
imports this module, when an export runs.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lcs_desktop.reports import flowables as f
from lcs_desktop.reports.check_record_data import CheckRecordData, EvidenceItem, FindingFacts
from lcs_desktop.reports.text import NONE_RECORDED, fmt_date, fmt_datetime, markup, quoted, sections_text


def _evidence(item: EvidenceItem) -> f.EvidenceFile:
    return f.EvidenceFile(
        item.filename,
        item.media_type,
        item.sha256,
        item.captured_at,
        item.content,
        print_image=item.print_image,
    )


def _policy_name(version: str) -> str:
    """The policy as cited: the service passes its full title and year; a bare year gets the
    short title (never "Social Media Policy Social Media Policy, ...")."""
    version = version.strip()
    return version if "policy" in version.lower() else f"Social Media Policy {version}".strip()


def _heading(d: CheckRecordData) -> list[Flowable]:
    return [
        f.fixed("Social media check record", "title"),
        f.fixed(
            f"Open-source check at recruitment · {markup(_policy_name(d.policy_version), empty='')}, "
            f"§3.1 · <b>{markup(d.reference, empty='')}</b>",
            "subtitle",
        ),
        Spacer(1, 5 * mm),
    ]


def _key_facts(d: CheckRecordData) -> list[Flowable]:
    p = d.person
    rows: list[tuple[str, object]] = [
        ("Person", f.fixed(f"<b>{markup(p.name, limit=f.CELL_LIMIT)}</b>", "cell")),
        ("Person reference", p.reference),
        ("Kind", p.kind),
        ("Role applied for", d.role_applied_for),
        ("Recruitment stage", d.recruitment_stage),
        ("Checker", d.checker),
        ("Check authorised by", d.authorised_by),
        ("Applicant told checks would be made", fmt_date(d.applicant_told_on)),
        ("Check started", fmt_date(d.started_on)),
        ("Check completed", fmt_date(d.completed_on, empty="Not completed")),
        *([("Completion", d.completion)] if d.completion else []),
        ("Result", f.fixed(f"<b>{markup(d.result, limit=200)}</b>", "cell")),
        ("Findings recorded", str(len(d.findings)) if d.findings else "None"),
        ("Outcome", d.discussion.outcome if d.discussion else "No applicant discussion recorded"),
        ("Policy version", d.policy_version),
    ]
    if d.status:
        rows.insert(10, ("Status", d.status))
    rows.extend(d.extra_facts)
    return [f.key_values(rows)]


def _proportionality(d: CheckRecordData) -> list[Flowable]:
    return [
        *f.section(
            "1. Why the check was proportionate",
            "Policy §3.1 and §9: lawful, proportionate, limited to what recruitment needs",
        ),
        *f.text_block(d.proportionality_reason),
    ]


def _scope(d: CheckRecordData) -> list[Flowable]:
    rows = [[s.platform, s.action, s.handles, s.search_terms, s.identity_confidence] for s in d.scope]
    table = f.data_table(
        ["Platform", "What was done", "Names and handles", "Search terms", "Identity match"],
        rows,
        [0.15, 0.19, 0.25, 0.25, 0.16],
    )
    return [
        *f.section("2. Scope of the search", "Policy §2 platforms; §3.1 publicly available content only"),
        table,
    ]


def _attestations(d: CheckRecordData) -> list[Flowable]:
    lines = f.check_lines(
        [(a.confirmed, a.wording) for a in d.attestations], [a.attribution for a in d.attestations]
    )
    return [*f.section("3. Checker's attestations", "Policy §3.1"), lines]


def _findings_table(d: CheckRecordData) -> list[Flowable]:
    rows = [
        [
            str(i),
            x.platform,
            fmt_date(x.content_date),
            x.category,
            sections_text(x.policy_sections, x.advisory),
            x.severity,
            x.relevance,
        ]
        for i, x in enumerate(d.findings, start=1)
    ]
    table = f.data_table(
        ["#", "Platform", "Content date", "Category", "Policy", "Severity", "Relevance"],
        rows,
        [0.05, 0.13, 0.12, 0.32, 0.14, 0.1, 0.14],
    )
    return [*f.section("4. Findings", "Policy §4–§7: the catalogue each finding is recorded against"), table]


def _finding(number: int, x: FindingFacts) -> list[Flowable]:
    title = f"Finding {number}: {x.category}"
    facts = f.key_values(
        [
            ("Platform", x.platform),
            ("Address", x.address),
            ("Date of content", fmt_date(x.content_date)),
            ("Captured", fmt_datetime(x.captured_at)),
            ("Category", x.category),
            ("Policy", sections_text(x.policy_sections, x.advisory)),
            ("Severity", x.severity),
            ("Relevance to the role", x.relevance),
        ],
        label_width=40 * mm,
    )
    parts: list[Flowable] = [*f.section(title, None, level=1), facts, Spacer(1, 3)]
    # The service quotes each clause and adds its citation; a bare clause is quoted here.
    parts += [f.fixed(f"Policy: {markup(quoted(q), empty='')}", "quote") for q in x.policy_clauses]
    parts += [*f.labelled_text("What was seen", x.what_was_seen)]
    evidence = [_evidence(e) for e in x.evidence]
    parts.append(f.fixed("Evidence", "label"))
    if not evidence:
        return [*parts, f.para(None)]
    parts += [f.evidence_index(evidence), Spacer(1, 4)]
    parts += [f.evidence_image(e) for e in evidence if e.is_image]
    return parts


def _findings(d: CheckRecordData) -> list[Flowable]:
    parts = _findings_table(d)
    for number, finding in enumerate(d.findings, start=1):
        parts += _finding(number, finding)
    return parts


def _discussion(d: CheckRecordData) -> list[Flowable]:
    head = f.section(
        "5. Discussion with the applicant",
        "Policy §3.1: concerning material is discussed "
        "with the applicant and considered in line with safeguarding responsibilities",
    )
    x = d.discussion
    if x is None:
        return [*head, f.para(None)]
    facts = f.key_values(
        [
            ("When", fmt_datetime(x.held_at)),
            ("How", x.method),
            ("Present", x.present),
            ("Findings discussed", x.findings_discussed),
        ]
    )
    return [
        *head,
        facts,
        Spacer(1, 4),
        *f.labelled_text("The applicant's account", x.applicant_account),
        *f.labelled_text("Assessment", x.assessment),
    ]


def _decision(d: CheckRecordData) -> list[Flowable]:
    head = f.section("6. Decision and outcome", "Policy §3.1 and §8")
    x = d.discussion
    if x is None:
        return [*head, f.para(None)]
    facts = f.key_values(
        [
            ("Outcome", f.fixed(f"<b>{markup(x.outcome, limit=200)}</b>", "cell")),
            ("Decided by", x.decided_by),
            ("Applicant told on", fmt_date(x.applicant_told_on)),
        ]
    )
    return [*head, facts, Spacer(1, 4), *f.labelled_text("Reason for the decision", x.reason)]


def _amendments(d: CheckRecordData) -> list[Flowable]:
    rows = [[fmt_datetime(a.when), a.who, a.reason] for a in d.amendments]
    return [
        *f.section(
            "7. Changes after completion",
            "Completed records are not silently edited: each change keeps the earlier version and its reason",
        ),
        f.data_table(["When", "Who", "Reason"], rows, [0.18, 0.22, 0.6]),
    ]


def _on_behalf(d: CheckRecordData) -> list[Flowable]:
    """The record never lets the checker's signature stand for an act someone else did."""
    if not d.completed_on_behalf_by:
        return []
    return [
        Spacer(1, 2 * mm),
        f.fixed(
            f"{markup(d.completion, empty='')}. Each signs for their own part: the checker for the search "
            "they made, and the person who completed the record on the checker's behalf for that completion.",
            "body",
        ),
    ]


def _signatures(d: CheckRecordData) -> list[Flowable]:
    return [
        f.keep(
            [
                *f.section("8. Signatures", None),
                f.fixed("Signed to confirm that this record is accurate and complete.", "body"),
                *_on_behalf(d),
                Spacer(1, 2 * mm),
                f.signature_block(
                    [
                        ("Authorised checker", d.checker),
                        *(
                            [("Completed on the checker's behalf by", d.completed_on_behalf_by)]
                            if d.completed_on_behalf_by
                            else []
                        ),
                        ("Safeguarding lead", d.safeguarding_lead),
                    ]
                ),
            ]
        ),
        Spacer(1, 8 * mm),
        f.fixed(
            f"<i>End of record {markup(d.reference, empty='')}. {NONE_RECORDED} means the item was not "
            "recorded in LCS Desktop.</i>",
            "small",
        ),
    ]


def story(d: CheckRecordData) -> list[Flowable]:
    return [
        *_heading(d),
        *_key_facts(d),
        *_proportionality(d),
        *_scope(d),
        *_attestations(d),
        *_findings(d),
        *_discussion(d),
        *_decision(d),
        *_amendments(d),
        *_signatures(d),
    ]
