"""GRANTs and row-level security on the office server (issue 11, DESIGN.md §5).

The server enforces who sees what, not only the app: ``ENABLE`` + ``FORCE ROW LEVEL SECURITY``
on people, checks, cases and everything hanging off them, with policies keyed on the login's
group roles (``pg_has_role``, never a session variable any client could set) mirroring
``domain.roles``:

- people and checks: checkers, managers and the lead read them; checkers and the lead write;
- breach cases: the lead reads all; a manager only those where they are the investigating
  officer or the decision maker (their account id from ``server_logins``, which only
  ``lcs_set_login`` writes); everyone may *report* one (INSERT, without reading it back);
- a case's or a check's child rows, evidence and record history are visible exactly when their
  parent is (the policy asks for the parent row, itself under the parent's policy);
- an administrator on that role alone reads no case, check or person content at all.

Audit events are INSERT and SELECT only for every login (and triggers refuse UPDATE, DELETE,
TRUNCATE for anyone). Accounts, settings, "keep longer" decisions and record salts: see
``server_policy_rules``. The owner role's own policy lets the SECURITY DEFINER trigger functions
(kept counts, list names, retention clean-up) and the chronology purge see every row.
Everything here is idempotent: ``upgrade-server`` runs it again after new migrations.
"""

from __future__ import annotations

from lcs_desktop.domain.roles import Role
from lcs_desktop.store.list_names import PG_TRIGGERS as NAME_TRIGGERS
from lcs_desktop.store.record_counts import PG_TRIGGERS as COUNT_TRIGGERS
from lcs_desktop.store.record_counts import REFUSED_PG_TRIGGERS as REFUSED_COUNT_TRIGGERS
from lcs_desktop.store.server_policy_rules import (
    ACCOUNT_RULES,
    ADMIN,
    CASE_VISIBLE,
    CHECK_VISIBLE,
    CHECKER,
    CONTENT,
    EVERYONE,
    LEAD,
    MANAGER,
    ME,
    RETENTION_RECORD,
    Rule,
)
from lcs_desktop.store.server_roles import RoleNames, quoted

ROLE_OF = {
    CHECKER: Role.CHECKER,
    MANAGER: Role.MANAGER,
    LEAD: Role.SAFEGUARDING_LEAD,
    ADMIN: Role.ADMINISTRATOR,
}

# The definer function behind CASE_VISIBLE (server_policy_rules).
CASE_VISIBLE_FUNCTION = """
CREATE OR REPLACE FUNCTION public.lcs_case_visible(case_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $body$
    WITH me AS (SELECT s.user_id FROM public.server_logins s WHERE s.login = session_user)
    SELECT EXISTS (
        SELECT 1 FROM public.breach_cases b WHERE b.id = case_id AND (
            pg_has_role(session_user, '{lead}', 'MEMBER')
            OR (pg_has_role(session_user, '{manager}', 'MEMBER') AND (
                b.investigating_officer_id = (SELECT user_id FROM me)
                OR b.decision_maker_id = (SELECT user_id FROM me)))))
$body$
"""

# Whether a person is the subject of any case (never which): a person's retention depends on it,
# and a checker who changes a person must be able to work it out without reading cases.
PERSON_HAS_CASE_FUNCTION = """
CREATE OR REPLACE FUNCTION public.lcs_person_has_case(person_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $body$
    SELECT EXISTS (SELECT 1 FROM public.breach_cases b WHERE b.subject_person_id = person_id)
$body$
"""


def _case_child(col: str = "case_id") -> Rule:
    return Rule((MANAGER, LEAD), EVERYONE, (MANAGER, LEAD), (MANAGER, LEAD), CASE_VISIBLE.format(col=col))


def _check_child() -> Rule:
    return Rule(
        CONTENT, (CHECKER, LEAD), (CHECKER, LEAD), (CHECKER, LEAD), CHECK_VISIBLE.format(col="check_id")
    )


_EVIDENCE_OWNER = (
    "CASE owner_type "  # noqa: S608 (fixed names)
    f"WHEN 'case' THEN {CASE_VISIBLE.format(col='owner_id')} "
    "WHEN 'chronology_entry' THEN EXISTS (SELECT 1 FROM public.case_chronology c WHERE c.id = owner_id) "
    "WHEN 'finding' THEN EXISTS (SELECT 1 FROM public.findings f WHERE f.id = owner_id) "
    f"WHEN 'check' THEN {CHECK_VISIBLE.format(col='owner_id')} "
    "ELSE true END"
)
_HISTORY_ENTITY = (
    "CASE entity_type "  # noqa: S608 (fixed names)
    f"WHEN 'breach_case' THEN {CASE_VISIBLE.format(col='entity_id')} "
    f"WHEN 'check' THEN {CHECK_VISIBLE.format(col='entity_id')} "
    "WHEN 'person' THEN EXISTS (SELECT 1 FROM public.people p WHERE p.id = entity_id) "
    "ELSE true END"
)

RULES: dict[str, Rule] = {
    "people": Rule(CONTENT, (CHECKER, LEAD), (CHECKER, LEAD), (LEAD,)),
    "checks": Rule(CONTENT, (CHECKER, LEAD), (CHECKER, LEAD), (LEAD,)),
    "check_platforms": _check_child(),
    "findings": _check_child(),
    "check_discussions": _check_child(),
    "check_versions": _check_child(),
    # Reporting a concern is open to everyone (REPORT_CONCERN); reading the case is not.
    "breach_cases": Rule(
        (MANAGER, LEAD),
        EVERYONE,
        (MANAGER, LEAD),
        (LEAD,),
        rows=f"((SELECT pg_has_role(current_user, '{{lead}}', 'MEMBER')) OR investigating_officer_id = {ME} "
        f"OR decision_maker_id = {ME})",
    ),
    **{
        t: _case_child()
        for t in (
            "case_breach_types",
            "case_platforms",
            "case_affected",
            "case_referrals",
            "case_outcomes",
            "case_appeals",
            "case_sign_offs",
            "retention_wishes",
        )
    },
    # Append-only by trigger; whole-case removal goes through lcs_purge_chronology.
    "case_chronology": Rule((MANAGER, LEAD), EVERYONE, (), (), CASE_VISIBLE.format(col="case_id")),
    "evidence": Rule(CONTENT, EVERYONE, CONTENT, (CHECKER, MANAGER, LEAD), _EVIDENCE_OWNER),
    "evidence_content": Rule(
        CONTENT,
        EVERYONE,
        CONTENT,
        CONTENT,
        "EXISTS (SELECT 1 FROM public.evidence e WHERE e.id = evidence_id)",
    ),
    "evidence_renditions": Rule(
        CONTENT,
        EVERYONE,
        CONTENT,
        CONTENT,
        "EXISTS (SELECT 1 FROM public.evidence e WHERE e.id = evidence_id)",
    ),
    # Written once; the lead alone reduces (retention) or deletes it with its record.
    "record_history": Rule(CONTENT, EVERYONE, (LEAD,), (LEAD,), _HISTORY_ENTITY),
    "drafts": Rule(EVERYONE, EVERYONE, EVERYONE, EVERYONE, f"user_id = {ME}"),
    "legal_holds": Rule((MANAGER, LEAD), (LEAD,), (LEAD,), (LEAD,)),
    "subject_access_requests": Rule((LEAD,), (LEAD,), (LEAD,), (LEAD,)),
    "subject_access_pauses": Rule((LEAD,), (LEAD,), (LEAD,), (LEAD,)),
    "subject_access_redactions": Rule((LEAD,), (LEAD,), (LEAD,), (LEAD,)),
    "policy_acknowledgements": Rule(CONTENT, (MANAGER, LEAD), (MANAGER, LEAD), (LEAD,)),
    # A person's search tokens go with the person: added by who adds people, replaced (delete,
    # insert) on a rename, deleted with the person.
    "name_tokens": Rule(CONTENT, (CHECKER, LEAD), (), (CHECKER, LEAD)),
    # No content: plain GRANTs, no row policies.
    "audit_events": Rule(EVERYONE, EVERYONE, rls=False),
    "account_keys": Rule(EVERYONE, EVERYONE, EVERYONE, rls=False),
    # users, settings, retention_keeps, record_salts: see server_policy_rules.
    **ACCOUNT_RULES,
    # Facts about the workspace every desk reads (its id, the organisation's public key, the key
    # generation, the legacy audit key, the retention schedule's stamp): an administrator adds
    # the organisation key and the legacy key once; the lead's retention queue stamps the
    # schedule it worked the dates out with. Checkers and managers write none; no login deletes one.
    "lcs_meta": Rule(EVERYONE, (LEAD, ADMIN), (LEAD,), rls=False),
    "record_counts": Rule(EVERYONE, rls=False),  # kept by the owner's trigger functions
    "retention_rules": Rule(EVERYONE, (), (LEAD, ADMIN), rls=False),
    # Kept by the services of whoever changes a record (a manager's case edit refreshes its
    # subject's and their checks' dates) and emptied by the definer triggers retention_forget_*.
    "retention_dates": Rule(CONTENT, CONTENT, CONTENT, CONTENT, RETENTION_RECORD, check_rows=True),
    "policy_versions": Rule(EVERYONE, (LEAD,), (LEAD,), rls=False),
    "export_signing_keys": Rule(CONTENT, CONTENT, rls=False),
    "alembic_version": Rule(EVERYONE, rls=False),
    "server_logins": Rule(EVERYONE, rls=False),  # written by lcs_set_login only
    # Key slots (h-pgwork): a login reads and updates its own slot (password change, its failure
    # counter) and the document-wide rows ("@..."); administrators read and write every slot.
    "key_slots": Rule(
        EVERYONE,
        (ADMIN,),
        EVERYONE,
        (ADMIN,),
        rows="((SELECT pg_has_role(current_user, '{admin}', 'MEMBER')) OR login = current_user "
        "OR slot_id LIKE '@%')",
    ),
    # The chain head row every audit append locks FOR UPDATE (which needs UPDATE rights).
    "audit_chain_head": Rule(EVERYONE, (), EVERYONE, rls=False),
}
# Tables added later by migrations and not named above get this until they are (key slots,
# the chain head row taken FOR UPDATE): read and write for every group, no row policies.
DEFAULT_RULE = Rule(EVERYONE, EVERYONE, EVERYONE, EVERYONE, rls=False)

# Trigger functions that must see and change rows the person's own policies hide (a checker
# renaming a person rewrites the name copied onto cases they cannot read; counts of every row).
DEFINER_FUNCTIONS = (
    *COUNT_TRIGGERS,
    *REFUSED_COUNT_TRIGGERS,
    *NAME_TRIGGERS,
    "retention_forget_person",
    "retention_forget_check",
    "retention_forget_case",
)
COMMANDS = ("select", "insert", "update", "delete")


def _members(names: RoleNames, groups: tuple[str, ...]) -> str:
    if not groups:
        return "false"
    # Each test as its own sub-select: PostgreSQL then runs it once per query (an InitPlan), not
    # once per row it filters (three role lookups per row made a 100 000-row scan take 60 ms).
    tests = " OR ".join(f"(SELECT pg_has_role(current_user, '{names.prefix}_{g}', 'MEMBER'))" for g in groups)
    return f"({tests})"


def _others(rule: Rule) -> tuple[str, ...]:
    return tuple(g for g in EVERYONE if g not in rule.update)


def table_sql(names: RoleNames, table: str, rule: Rule) -> list[str]:
    """REVOKE everything, GRANT what ``rule`` allows, and (re)make its row policies."""
    t = f"public.{quoted(table)}"
    statements = [f"REVOKE ALL ON {t} FROM PUBLIC"]
    for group in EVERYONE:
        statements.append(f"REVOKE ALL ON {t} FROM {quoted(f'{names.prefix}_{group}')}")
    for command in COMMANDS:
        for group in getattr(rule, command):
            statements.append(f"GRANT {command.upper()} ON {t} TO {quoted(f'{names.prefix}_{group}')}")
    if rule.own_columns:
        columns = ", ".join(rule.own_columns)
        for group in _others(rule):
            statements.append(f"GRANT UPDATE ({columns}) ON {t} TO {quoted(f'{names.prefix}_{group}')}")
    statements += [f"DROP POLICY IF EXISTS lcs_{c} ON {t}" for c in (*COMMANDS, "owner")]
    if not rule.rls:
        statements.append(f"ALTER TABLE {t} NO FORCE ROW LEVEL SECURITY")
        statements.append(f"ALTER TABLE {t} DISABLE ROW LEVEL SECURITY")
        return statements
    rows = rule.rows.replace("{lead}", f"{names.prefix}_{LEAD}").replace("{admin}", f"{names.prefix}_{ADMIN}")
    statements += [
        f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY lcs_owner ON {t} TO {quoted(names.owner)} USING (true) WITH CHECK (true)",
    ]
    for command in COMMANDS:
        who = _members(names, getattr(rule, command))
        written = f"({who} AND {rows})" if rule.check_rows else who
        if command == "insert":
            statements.append(f"CREATE POLICY lcs_insert ON {t} FOR INSERT WITH CHECK ({written})")
            continue
        condition = f"({who} AND {rows})"
        if command == "update" and rule.own_columns:
            # The other groups hold UPDATE on own_columns only (the GRANT), in own_rows only.
            own = f"({_members(names, _others(rule))} AND {rule.own_rows})"
            condition, written = f"({condition} OR {own})", f"({written} OR {own})"
        # A changed row need not stay visible (a manager may hand a case to another officer).
        check = f" WITH CHECK ({written})" if command == "update" else ""
        statements.append(
            f"CREATE POLICY lcs_{command} ON {t} FOR {command.upper()} USING {condition}{check}"
        )
    return statements


def policies_sql(names: RoleNames, tables: list[str], functions: set[str]) -> list[str]:
    """Everything after the migrations, as the owner role: grants, policies, definer functions."""
    groups = ", ".join(quoted(g) for g in names.groups)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}",
    ]
    if "breach_cases" in tables:
        statements += [
            CASE_VISIBLE_FUNCTION.replace("{lead}", f"{names.prefix}_{LEAD}").replace(
                "{manager}", f"{names.prefix}_{MANAGER}"
            ),
            "REVOKE ALL ON FUNCTION public.lcs_case_visible(integer) FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION public.lcs_case_visible(integer) TO {groups}",
            PERSON_HAS_CASE_FUNCTION,
            "REVOKE ALL ON FUNCTION public.lcs_person_has_case(integer) FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION public.lcs_person_has_case(integer) TO {groups}",
        ]
    for table in sorted(tables):
        statements += table_sql(names, table, RULES.get(table, DEFAULT_RULE))
    for function in DEFINER_FUNCTIONS:
        if function in functions:
            statements += [
                f"ALTER FUNCTION public.{function}() SECURITY DEFINER",
                f"ALTER FUNCTION public.{function}() SET search_path = pg_catalog, public, pg_temp",
                f"REVOKE ALL ON FUNCTION public.{function}() FROM PUBLIC",
            ]
    if "lcs_purge_chronology" in functions:
        statements.append(
            "GRANT EXECUTE ON FUNCTION public.lcs_purge_chronology(integer[]) "
            f"TO {quoted(names.group(ROLE_OF[LEAD]))}"
        )
    return statements
