"""Finding people by name on either backend: the services ask here, never which backend it is.

SQLite keeps its FTS5 index inside the encrypted file (store/people.py). PostgreSQL holds only
sealed names, so the person's name and reference are kept as keyed blind-index tokens in
``name_tokens`` (vault/blind_index.py: each folded word and its prefixes), written by ORM events
in the same transaction as the change; a search hashes each typed word and asks for the people
holding every one. The table exists on both backends and is filled only on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Index,
    Integer,
    LargeBinary,
    String,
    and_,
    delete,
    event,
    insert,
    intersect,
    select,
    text,
    union,
)
from sqlalchemy.orm import Mapped, Mapper, Session, attributes, mapped_column

from lcs_desktop.domain.people import reference_key
from lcs_desktop.store.base import Base
from lcs_desktop.store.people import MAX_SEARCH_CHARS, MAX_SEARCH_TERMS, Person, fts_match
from lcs_desktop.store.sealed import cipher_for, seals
from lcs_desktop.vault.blind_index import TOKEN_BYTES, BlindIndex

PERSON = "person"
# The sealed fields a person is found by (their reference is in clear: matched as typed).
PERSON_FIELDS = ("first_name", "last_name")


class NameToken(Base):
    __tablename__ = "name_tokens"

    entity_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    token: Mapped[bytes] = mapped_column(LargeBinary(TOKEN_BYTES), primary_key=True)
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)

    __table_args__ = (Index("ix_name_tokens_entity", "entity_type", "entity_id"),)


def _index(dialect: Any) -> BlindIndex:
    return BlindIndex(cipher_for(dialect).index_key)


def people_matching(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause for the people whose name or reference holds every word typed (each as a
    prefix), or None when the query holds nothing to look for."""
    dialect = session.get_bind().dialect
    if not seals(dialect):
        match = fts_match(query)
        if match is None:
            return None
        return Person.id.in_(
            text("SELECT rowid FROM people_fts WHERE people_fts MATCH :match").bindparams(match=match)
        )
    typed = query[:MAX_SEARCH_CHARS].strip()
    tokens = _index(dialect).query_tokens(PERSON, typed, MAX_SEARCH_TERMS)
    if not tokens and len(typed) < 2:
        return None  # a single letter: the whole list, as before anything is typed
    by_reference = _reference_starts(reference_key(typed))
    if not tokens:
        return by_reference
    # One set of ids (the tokens' intersection, united with the references that match), looked up
    # by primary key: an OR of sub-selects over every person row was a full scan (~250 ms at 100 000).
    per_token = [
        select(NameToken.entity_id).where(NameToken.entity_type == PERSON, NameToken.token == token)
        for token in tokens
    ]
    by_name = per_token[0] if len(per_token) == 1 else intersect(*per_token)
    return Person.id.in_(union(by_name, select(Person.id).where(by_reference)))


def _reference_starts(start: str) -> ColumnElement[bool]:
    """References are not sealed (the server sees them): the whole query as a reference's start.

    As a byte range (``~>=~``/``~<~``, the ``text_pattern_ops`` index of migration 0025), not
    LIKE: under row security PostgreSQL may use a condition to pick rows from an index only when
    its operator is leakproof, and LIKE's is not, so LIKE read every person on each keystroke.
    The range is exact: UTF-8 has no character above U+10FFFF to follow the typed text."""
    return and_(
        Person.reference_key.op("~>=~")(start),
        Person.reference_key.op("~<~")(start + "\U0010ffff"),
    )


def forget_name_tokens(session: Session, entity_type: str, ids: list[int]) -> None:
    """Drop the tokens of records deleted around the ORM (bulk deletion, retention)."""
    if ids and seals(session.get_bind().dialect):
        session.execute(
            delete(NameToken).where(NameToken.entity_type == entity_type, NameToken.entity_id.in_(ids))
        )


def add_person_tokens(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """The search tokens of people inserted in bulk (rows with their ids, from ``seal_rows``)."""
    if not rows or not seals(connection.dialect):
        return
    index = _index(connection.dialect)
    tokens = [
        {"entity_type": PERSON, "token": t, "entity_id": row["id"]}
        for row in rows
        for t in sorted(index.tokens_for(PERSON, *(str(row.get(f) or "") for f in PERSON_FIELDS)))
    ]
    if tokens:
        connection.execute(insert(NameToken), tokens)


def _write_tokens(connection: Connection, target: Person, replace: bool) -> None:
    if replace:
        connection.execute(
            delete(NameToken).where(NameToken.entity_type == PERSON, NameToken.entity_id == target.id)
        )
    texts = [str(getattr(target, f) or "") for f in PERSON_FIELDS]
    rows = [
        {"entity_type": PERSON, "token": t, "entity_id": target.id}
        for t in sorted(_index(connection.dialect).tokens_for(PERSON, *texts))
    ]
    if rows:
        connection.execute(insert(NameToken), rows)


@event.listens_for(Person, "after_insert")
def _person_added(mapper: Mapper[Any], connection: Connection, target: Person) -> None:
    if seals(connection.dialect):
        _write_tokens(connection, target, replace=False)


@event.listens_for(Person, "before_update")
def _person_changed(mapper: Mapper[Any], connection: Connection, target: Person) -> None:
    if not seals(connection.dialect):
        return
    changed = attributes.instance_state(target).committed_state
    if not any(f in changed and changed[f] != getattr(target, f) for f in PERSON_FIELDS):
        return  # an edit of other fields (the form sets every field) leaves the tokens alone
    # The person's row first: another desk saving this person at the same moment finishes before
    # the tokens are replaced from what it committed (else both insert the same tokens and the
    # second fails on the key, not as the EditConflict its stale UPDATE of the row then raises).
    connection.execute(select(Person.id).where(Person.id == target.id).with_for_update())
    _write_tokens(connection, target, replace=True)


@event.listens_for(Person, "after_delete")
def _person_deleted(mapper: Mapper[Any], connection: Connection, target: Person) -> None:
    if seals(connection.dialect):
        connection.execute(
            delete(NameToken).where(NameToken.entity_type == PERSON, NameToken.entity_id == target.id)
        )


def people_sort_keys(session: Session) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The people lists' order, the id last (keyset paging): by name locally; on the office
    server, where names are sealed and cannot be sorted, by reference."""
    first = Person.reference_key if seals(session.get_bind().dialect) else Person.sort_name
    return first, Person.id  # type: ignore[return-value]
