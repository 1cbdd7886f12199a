"""The person's name kept on each check and case (issue 12), so the first page of the checks and
cases lists is one index range read.

After sign-in SQLCipher decrypts every page it reads: joining 200 list rows to ``people`` read
~200 scattered table pages (~75 µs each), most of a cold first query. Migration 0018 copies
what the lists show — the display name "first last", and the person's reference on checks —
onto ``checks`` and ``breach_cases``, and these triggers keep the copies current in the same
transaction as the change, whoever makes it (services, bulk generators, raw SQL):

- a new check or case, or one moved to another person, takes that person's name;
- renaming a person (or changing their reference) rewrites every copy, so no old name is left
  in a row (the pages freed are zeroed by ``secure_delete``/the deletion scrub as before).

The copies live only in the check and case rows, which are deleted with the person.
A later migration that rebuilds people, checks or breach_cases (batch_alter_table) drops these
triggers and must create them again from ``TRIGGERS``.
"""

from __future__ import annotations

from lcs_desktop.store.pg_triggers import pg_trigger

TRIGGERS: dict[str, str] = {
    "trg_names_checks_insert": (
        "CREATE TRIGGER trg_names_checks_insert AFTER INSERT ON checks BEGIN "
        "UPDATE checks SET person_name = (SELECT p.first_name || ' ' || p.last_name FROM people p "
        "WHERE p.id = NEW.person_id), person_reference = (SELECT p.reference FROM people p "
        "WHERE p.id = NEW.person_id) WHERE id = NEW.id; END"
    ),
    "trg_names_checks_person": (
        "CREATE TRIGGER trg_names_checks_person AFTER UPDATE OF person_id ON checks BEGIN "
        "UPDATE checks SET person_name = (SELECT p.first_name || ' ' || p.last_name FROM people p "
        "WHERE p.id = NEW.person_id), person_reference = (SELECT p.reference FROM people p "
        "WHERE p.id = NEW.person_id) WHERE id = NEW.id; END"
    ),
    "trg_names_cases_insert": (
        "CREATE TRIGGER trg_names_cases_insert AFTER INSERT ON breach_cases BEGIN "
        "UPDATE breach_cases SET subject_name = (SELECT p.first_name || ' ' || p.last_name "
        "FROM people p WHERE p.id = NEW.subject_person_id) WHERE id = NEW.id; END"
    ),
    "trg_names_cases_subject": (
        "CREATE TRIGGER trg_names_cases_subject AFTER UPDATE OF subject_person_id ON breach_cases BEGIN "
        "UPDATE breach_cases SET subject_name = (SELECT p.first_name || ' ' || p.last_name "
        "FROM people p WHERE p.id = NEW.subject_person_id) WHERE id = NEW.id; END"
    ),
    # Only when what the lists show changes (ix_checks_person / the subject index find the rows).
    "trg_names_people_rename": (
        "CREATE TRIGGER trg_names_people_rename AFTER UPDATE OF first_name, last_name, reference "
        "ON people WHEN NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name "
        "OR NEW.reference IS NOT OLD.reference BEGIN "
        "UPDATE checks SET person_name = NEW.first_name || ' ' || NEW.last_name, "
        "person_reference = NEW.reference WHERE person_id = NEW.id; "
        "UPDATE breach_cases SET subject_name = NEW.first_name || ' ' || NEW.last_name "
        "WHERE subject_person_id = NEW.id; END"
    ),
}

_PG_PERSON = "(SELECT p.first_name || ' ' || p.last_name FROM people p WHERE p.id = NEW.{column})"
_PG_CHECK_COPY = (
    f"NEW.person_name := {_PG_PERSON.format(column='person_id')}; "  # noqa: S608 (fixed names)
    "NEW.person_reference := (SELECT p.reference FROM people p WHERE p.id = NEW.person_id);"
)
_PG_CASE_COPY = f"NEW.subject_name := {_PG_PERSON.format(column='subject_person_id')};"

# The same on the office server: a BEFORE trigger sets the copy on the row being written (the
# same result as SQLite's AFTER … UPDATE, without writing the row twice).
PG_TRIGGERS: dict[str, tuple[str, str]] = {
    "trg_names_checks_insert": pg_trigger(
        "trg_names_checks_insert", "BEFORE INSERT", "checks", _PG_CHECK_COPY
    ),
    "trg_names_checks_person": pg_trigger(
        "trg_names_checks_person", "BEFORE UPDATE OF person_id", "checks", _PG_CHECK_COPY
    ),
    "trg_names_cases_insert": pg_trigger(
        "trg_names_cases_insert", "BEFORE INSERT", "breach_cases", _PG_CASE_COPY
    ),
    "trg_names_cases_subject": pg_trigger(
        "trg_names_cases_subject", "BEFORE UPDATE OF subject_person_id", "breach_cases", _PG_CASE_COPY
    ),
    "trg_names_people_rename": pg_trigger(
        "trg_names_people_rename",
        "AFTER UPDATE OF first_name, last_name, reference",
        "people",
        "UPDATE checks SET person_name = NEW.first_name || ' ' || NEW.last_name, "
        "person_reference = NEW.reference WHERE person_id = NEW.id; "
        "UPDATE breach_cases SET subject_name = NEW.first_name || ' ' || NEW.last_name "
        "WHERE subject_person_id = NEW.id;",
        row_filter="NEW.first_name IS DISTINCT FROM OLD.first_name OR NEW.last_name IS DISTINCT FROM "
        "OLD.last_name OR NEW.reference IS DISTINCT FROM OLD.reference",
    ),
}

# The copies for the rows already there, in the migration's transaction.
BACKFILL = (
    "UPDATE checks SET person_name = (SELECT p.first_name || ' ' || p.last_name FROM people p "
    "WHERE p.id = checks.person_id), person_reference = (SELECT p.reference FROM people p "
    "WHERE p.id = checks.person_id)",
    "UPDATE breach_cases SET subject_name = (SELECT p.first_name || ' ' || p.last_name "
    "FROM people p WHERE p.id = breach_cases.subject_person_id)",
)
