"""Redactions the app proposes in a subject access pack, and applying the lead's decisions.

Third-party data is *proposed*, never withheld by the app: children, families and third parties
named in a case, the people who raised concerns, the subject of a concern the requester raised
about someone else, and the staff, checkers and colleagues named in the records. The lead
accepts or rejects each with the exemption that applies. A proposal is named by a key
("party:12", "user:3", "raiser:7", "person:4", "name:…") so a decision can be stored without
the words it withholds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.reports.sar_pack_data import SarItem, SarSection
from lcs_desktop.services.case_export_data import Redactor


class ProposalKind(StrEnum):
    AFFECTED_PERSON = "affected_person"
    CONCERN_RAISER = "concern_raiser"
    CASE_SUBJECT = "case_subject"
    STAFF = "staff"
    COLLEAGUE_NAMED = "colleague_named"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ProposalKind.AFFECTED_PERSON: "Child, family or third party named in a case",
    ProposalKind.CONCERN_RAISER: "Person who raised a concern",
    ProposalKind.CASE_SUBJECT: "Person a concern you raised was about",
    ProposalKind.STAFF: "Member of staff or checker",
    ProposalKind.COLLEAGUE_NAMED: "Colleague named in a record",
}


@dataclass
class Proposal:
    """One proposed redaction: the words (shown to the lead only), where they appear, the
    exemption the app suggests, and the lead's decision once made."""

    key: str
    kind: ProposalKind
    words: str
    suggested: Exemption
    where: list[str] = field(default_factory=list)
    decision: Decision | None = None
    exemption: Exemption | None = None
    decided_by: str = ""
    decided_at: datetime | None = None

    @property
    def where_text(self) -> str:
        return ", ".join(dict.fromkeys(self.where))


def name_key(words: str) -> str:
    """A key for a name typed as free text (no record id): a hash of its folded form."""
    folded = " ".join(words.casefold().split())
    return "name:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:24]


class Proposals:
    """Collects proposals while the records are read; never proposes the requester's own name."""

    def __init__(self, requester_name: str) -> None:
        self._own = " ".join(requester_name.casefold().split())
        self.by_key: dict[str, Proposal] = {}
        self._by_words: dict[str, Proposal] = {}

    def add(self, key: str, kind: ProposalKind, words: str, suggested: Exemption, where: str) -> None:
        words = " ".join((words or "").split())
        if not words or words.casefold() == self._own:
            return
        folded = words.casefold()
        # The same words met again (a colleague as an account and as a typed name): one proposal.
        found = self.by_key.get(key) or self._by_words.get(folded)
        if found is None:
            found = self.by_key[key] = self._by_words[folded] = Proposal(key, kind, words, suggested)
        found.where.append(where)

    def add_name(self, kind: ProposalKind, words: str, suggested: Exemption, where: str) -> None:
        self.add(name_key(words), kind, words, suggested, where)

    def ordered(self) -> list[Proposal]:
        order = list(ProposalKind)
        return sorted(self.by_key.values(), key=lambda p: (order.index(p.kind), p.where_text, p.key))


class PackRedactor(Redactor):
    """The case pack's redactor, except that no part of the names in ``keep`` is replaced on
    its own (a colleague sharing the requester's surname must not blank it out of their pack);
    whole names are still replaced."""

    def __init__(self, replacements: dict[str, str], keep: str) -> None:
        super().__init__(replacements)
        kept = {part.casefold() for part in keep.split()}
        self._map = {k: v for k, v in self._map.items() if k not in kept}
        ordered = sorted(self._map, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )


def redactor(proposals: list[Proposal], requester_name: str) -> PackRedactor:
    """Replaces every accepted proposal's words (and each longer part of them) with its marker."""
    accepted = {
        p.words: (p.exemption or p.suggested).replacement
        for p in proposals
        if p.decision is Decision.ACCEPTED
    }
    # A part shared with a name that stays (the requester's, or one the lead chose to disclose)
    # is not replaced on its own: "Lead" of a withheld "Sam Lead" must not blank "Lee Lead".
    disclosed = " ".join(p.words for p in proposals if p.decision is Decision.REJECTED)
    return PackRedactor(accepted, f"{requester_name} {disclosed}")


def redact_sections(sections: Iterable[SarSection], r: Redactor) -> tuple[SarSection, ...]:
    return tuple(
        SarSection(
            r(s.title),
            r(s.intro),
            tuple(
                SarItem(
                    r(i.heading),
                    tuple((label, r(value)) for label, value in i.facts),
                    tuple((label, r(value)) for label, value in i.texts),
                )
                for i in s.items
            ),
            s.header,
            tuple(tuple(r(cell) for cell in row) for row in s.rows),
        )
        for s in sections
    )
