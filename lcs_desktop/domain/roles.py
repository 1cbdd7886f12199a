"""Roles and what each may do (DESIGN.md §1, §4).

One person may hold several roles; their permissions are the union. The administrator
manages accounts and backups but, on that role alone, never opens case content.
"""

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SAFEGUARDING_LEAD = "safeguarding_lead"
    MANAGER = "manager"
    CHECKER = "checker"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: "Administrator",
    Role.SAFEGUARDING_LEAD: "Safeguarding lead",
    Role.MANAGER: "Manager",
    Role.CHECKER: "Authorised checker",
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_AUDIT_LOG = "view_audit_log"
    VIEW_PEOPLE = "view_people"
    EDIT_PEOPLE = "edit_people"
    RECORD_CHECKS = "record_checks"
    VIEW_CHECKS = "view_checks"
    CONFIRM_CHECK_GUARDS = "confirm_check_guards"
    RECORD_DISCUSSIONS = "record_discussions"
    EXPORT_CHECKS = "export_checks"
    VIEW_ALL_CASES = "view_all_cases"
    VIEW_ASSIGNED_CASES = "view_assigned_cases"
    REPORT_CONCERN = "report_concern"
    MANAGE_CASES = "manage_cases"
    DECIDE_CASES = "decide_cases"
    SIGN_OFF_CLOSURE = "sign_off_closure"
    EXPORT_CASES = "export_cases"
    # Records over time (DESIGN.md §5a; policy §9, §10)
    MANAGE_RETENTION = "manage_retention"
    REVIEW_RETENTION = "review_retention"
    DELETE_RECORDS = "delete_records"
    PLACE_LEGAL_HOLDS = "place_legal_holds"
    HANDLE_SUBJECT_ACCESS = "handle_subject_access"
    MANAGE_POLICY = "manage_policy"
    RECORD_ACKNOWLEDGEMENTS = "record_acknowledgements"
    VIEW_POLICY_REVIEW = "view_policy_review"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.MANAGE_USERS,
            Permission.MANAGE_SETTINGS,
            Permission.MANAGE_BACKUPS,
            Permission.VIEW_AUDIT_LOG,
            Permission.MANAGE_RETENTION,  # the schedule holds periods, not case content
            Permission.REPORT_CONCERN,  # anyone may report; seeing cases is another permission
        }
    ),
    Role.SAFEGUARDING_LEAD: _ALL
    - {Permission.MANAGE_USERS, Permission.MANAGE_BACKUPS, Permission.MANAGE_SETTINGS},
    Role.MANAGER: frozenset(
        {
            Permission.VIEW_PEOPLE,
            Permission.VIEW_CHECKS,
            Permission.EXPORT_CHECKS,
            Permission.VIEW_ASSIGNED_CASES,
            Permission.REPORT_CONCERN,
            Permission.MANAGE_CASES,
            Permission.DECIDE_CASES,
            Permission.EXPORT_CASES,
            Permission.RECORD_ACKNOWLEDGEMENTS,
            Permission.VIEW_POLICY_REVIEW,
        }
    ),
    Role.CHECKER: frozenset(
        {
            Permission.VIEW_PEOPLE,
            Permission.EDIT_PEOPLE,
            Permission.RECORD_CHECKS,
            Permission.VIEW_CHECKS,
            Permission.EXPORT_CHECKS,
            Permission.REPORT_CONCERN,
        }
    ),
}

PERMISSION_TEXT: dict[Permission, str] = {
    Permission.MANAGE_USERS: "manage user accounts",
    Permission.MANAGE_SETTINGS: "change the organisation's settings",
    Permission.MANAGE_BACKUPS: "make or restore backups",
    Permission.VIEW_AUDIT_LOG: "read the audit log",
    Permission.VIEW_PEOPLE: "see people's records",
    Permission.EDIT_PEOPLE: "add or change people",
    Permission.RECORD_CHECKS: "record social media checks",
    Permission.VIEW_CHECKS: "see social media checks",
    Permission.CONFIRM_CHECK_GUARDS: "confirm checks that need the safeguarding lead",
    Permission.RECORD_DISCUSSIONS: "record applicant discussions and decisions",
    Permission.EXPORT_CHECKS: "export check records",
    Permission.VIEW_ALL_CASES: "see every breach investigation",
    Permission.VIEW_ASSIGNED_CASES: "see the breach investigations assigned to you",
    Permission.REPORT_CONCERN: "report a concern",
    Permission.MANAGE_CASES: "work on breach investigations",
    Permission.DECIDE_CASES: "record decisions on breach investigations",
    Permission.SIGN_OFF_CLOSURE: "sign off the closure of an investigation",
    Permission.EXPORT_CASES: "export case packs",
    Permission.MANAGE_RETENTION: "change the retention schedule",
    Permission.REVIEW_RETENTION: "review records whose retention date has passed",
    Permission.DELETE_RECORDS: "delete or reduce records",
    Permission.PLACE_LEGAL_HOLDS: "place or lift legal holds",
    Permission.HANDLE_SUBJECT_ACCESS: "handle subject access requests",
    Permission.MANAGE_POLICY: "keep the policy register",
    Permission.RECORD_ACKNOWLEDGEMENTS: "record policy acknowledgements",
    Permission.VIEW_POLICY_REVIEW: "see the annual policy review figures",
}


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def parse_roles(text: str) -> frozenset[Role]:
    """Roles from a comma-separated list such as ``"lead,checker"`` (CLI and storage)."""
    aliases = {"lead": Role.SAFEGUARDING_LEAD, "admin": Role.ADMINISTRATOR}
    roles: set[Role] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        if part in aliases:
            roles.add(aliases[part])
            continue
        try:
            roles.add(Role(part))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValueError(f"'{part}' is not a role. Roles are: {known}.") from None
    return frozenset(roles)
