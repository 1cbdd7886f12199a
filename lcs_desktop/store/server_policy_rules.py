"""The rule type of the office server's grants and row policies (``server_policies``), and the
rules of the accounts, settings and record-keeping tables (issue 11).

Each mirrors what the role's services do, no more:

- ``settings``: read by everyone signed in; written by an administrator only (MANAGE_SETTINGS,
  and the first account, administrator and lead, at set-up). No service deletes one.
- ``users``: an administrator manages accounts (MANAGE_USERS); every other login may stamp only
  its own row's sign-in columns (last sign-in, "remember me"). No service deletes an account.
- ``retention_keeps`` ("keep for N more months"): the lead alone decides one (REVIEW_RETENTION)
  or removes one (a reduced check, a record deleted from the queue); no one changes one. The
  refresh of a record's date, run by whoever changes the record, reads them: a case's keep only
  by whoever can read the case. The definer triggers ``retention_forget_*`` delete the keeps of
  any deleted record.
- ``record_salts`` (the key of a record's audit hashes, which every login reads in the audit
  trail): read and made only by whoever can read the record, and only for a record that exists
  (a salt planted for a future record would confirm guesses about it); deleted by the lead alone,
  with the record or its reduction. Never changed.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKER, MANAGER, LEAD, ADMIN = "checker", "manager", "lead", "admin"
CONTENT = (CHECKER, MANAGER, LEAD)
EVERYONE = (CHECKER, MANAGER, LEAD, ADMIN)

ME = "(SELECT s.user_id FROM public.server_logins s WHERE s.login = current_user)"
# Through a definer function, not a sub-select: a policy's sub-select needs SELECT on
# breach_cases for everyone whose rows it filters (a checker writing a person's history would be
# refused), while the function applies the breach_cases rule itself, to the signed-in login.
CASE_VISIBLE = "public.lcs_case_visible({col})"
CHECK_VISIBLE = "EXISTS (SELECT 1 FROM public.checks k WHERE k.id = {col})"


@dataclass(frozen=True, slots=True)
class Rule:
    """Who may do what to one table: groups per command, plus an extra row condition."""

    select: tuple[str, ...]
    insert: tuple[str, ...] = ()
    update: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()
    rows: str = "true"  # which rows SELECT, UPDATE and DELETE reach (INSERT needs the groups only)
    rls: bool = True
    # Columns every other group may UPDATE too (e.g. a person's own last sign-in on users) ...
    own_columns: tuple[str, ...] = ()
    # ... in these rows only (with row security on; without it, in every row).
    own_rows: str = "true"
    # Whether a row written (INSERT, UPDATE) must meet ``rows`` too, not only the groups.
    check_rows: bool = False


# A case's retention date is seen and written by whoever can read the case; a check's or a
# person's by the groups that read checks and people (all of them: those policies keep every row).
RETENTION_RECORD = (
    "CASE record_kind WHEN 'case' THEN ((SELECT pg_has_role(current_user, '{lead}', 'MEMBER')) "
    f"OR {CASE_VISIBLE.format(col='record_id')}) ELSE true END"
)
# The record a salt belongs to, as the login sees it: it must exist and be readable (the lead
# reads every case, so for the lead the case's own existence is not asked).
_SALTED_RECORD = (
    "CASE entity_type "  # noqa: S608 (fixed names)
    "WHEN 'breach_case' THEN ((SELECT pg_has_role(current_user, '{lead}', 'MEMBER')) "
    f"OR {CASE_VISIBLE.format(col='entity_id')}) "
    f"WHEN 'check' THEN {CHECK_VISIBLE.format(col='entity_id')} "
    "WHEN 'person' THEN EXISTS (SELECT 1 FROM public.people p WHERE p.id = entity_id) "
    "ELSE false END"
)

ACCOUNT_RULES: dict[str, Rule] = {
    "settings": Rule(EVERYONE, (ADMIN,), (ADMIN,), rls=False),
    "users": Rule(
        EVERYONE,
        (ADMIN,),
        (ADMIN,),
        own_columns=("last_sign_in_at", "remember_me"),
        own_rows=f"id = {ME}",
    ),
    "retention_keeps": Rule(CONTENT, (LEAD,), (), (LEAD,), RETENTION_RECORD, check_rows=True),
    "record_salts": Rule(CONTENT, CONTENT, (), (LEAD,), _SALTED_RECORD, check_rows=True),
}
