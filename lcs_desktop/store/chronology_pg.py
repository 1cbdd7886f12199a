"""The append-only chronology on the office server (issue 11): the PL/pgSQL twin of
``cases.CHRONOLOGY_TRIGGERS``, and the one way a whole case's chronology is removed there.

SQLite's deletion engine lifts the trigger for one statement; on the server a login cannot drop
a trigger (it owns nothing), so ``lcs_purge_chronology`` (SECURITY DEFINER, owned by the owner
role, EXECUTE for the lead group only) deletes as the owner and marks its own transaction; the
trigger accepts a DELETE only from the table's owner with that mark. A session variable alone
(which any client can set) lifts nothing.
"""

from __future__ import annotations

from lcs_desktop.store.pg_triggers import pg_refusals, pg_trigger

PG_CHRONOLOGY_TRIGGERS = (
    *pg_refusals(
        "case_chronology",
        {"case_chronology_no_update": "UPDATE:chronology entries cannot be changed; add a correction"},
        truncate="chronology entries cannot be deleted",
    ),
    # The deletion engine removes a whole case's chronology through lcs_purge_chronology only:
    # it runs as the schema owner (a login cannot become that) and marks its own transaction.
    *pg_trigger(
        "case_chronology_no_delete",
        "BEFORE DELETE",
        "case_chronology",
        "IF current_setting('lcs.purge_chronology', true) IS DISTINCT FROM 'on' OR current_user <> "
        "(SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN "
        "RAISE EXCEPTION 'chronology entries cannot be deleted' "
        "USING ERRCODE = 'integrity_constraint_violation'; END IF;",
    ),
    """
    CREATE OR REPLACE FUNCTION lcs_purge_chronology(case_ids integer[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $body$
    DECLARE n integer;
    BEGIN
        PERFORM set_config('lcs.purge_chronology', 'on', true);
        DELETE FROM public.case_chronology WHERE case_id = ANY(case_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('lcs.purge_chronology', '', true);
        RETURN n;
    END
    $body$
    """,
    "REVOKE ALL ON FUNCTION lcs_purge_chronology(integer[]) FROM PUBLIC",
)
