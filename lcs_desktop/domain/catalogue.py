"""The policy catalogue: what a finding or a breach can be, each tied to the policy text.

Codes are stored in the database and must never change once released; labels and quoted
clauses may be reworded when the policy is reviewed (§10). Each clause is quoted word for
word from the Social Media Policy 2025 so a PDF can show exactly what the person was held to.
"""

from __future__ import annotations

from dataclasses import dataclass

from lcs_desktop.domain.errors import ValidationError

POLICY_TITLE = "Social Media Policy, Procedures and Guidance"
POLICY_VERSION = "2025"

SECTION_TITLES: dict[str, str] = {
    "3.1": "Recruitment Stage",
    "4": "Managing Online Risks",
    "5": "Expectations for Good Practice",
    "6": "Professional Boundaries",
    "7": "Security and Privacy",
    "8": "Responding to Concerns",
    "9": "Legal Framework",
}


@dataclass(frozen=True, slots=True)
class Clause:
    section: str
    text: str

    @property
    def citation(self) -> str:
        return f"§{self.section} {SECTION_TITLES[self.section]}"


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    code: str
    label: str
    clauses: tuple[Clause, ...]
    advisory: bool = False  # §7 is a recommendation, not a rule broken

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.section for c in self.clauses))

    @property
    def section_text(self) -> str:
        """'§4, §8' — what a table column shows."""
        text = ", ".join(f"§{s}" for s in self.sections)
        return f"{text} (advisory)" if self.advisory else text

    @property
    def display(self) -> str:
        return f"{self.label} ({self.section_text})"


def _c(section: str, text: str) -> Clause:
    return Clause(section, text)


CATALOGUE: tuple[CatalogueEntry, ...] = (
    CatalogueEntry(
        "personal_details",
        "Sharing personal details",
        (_c("4", "unintentional sharing of personal details"),),
    ),
    CatalogueEntry(
        "inappropriate_content",
        "Inappropriate or misleading photographs or comments",
        (_c("4", "inappropriate or misleading photographs or comments"),),
    ),
    CatalogueEntry(
        "confidentiality",
        "Communication that could breach confidentiality",
        (
            _c("4", "communication that could breach confidentiality"),
            _c(
                "8",
                "Any breach of confidentiality, inappropriate posting or behaviour that raises "
                "safeguarding concerns may:",
            ),
        ),
    ),
    CatalogueEntry(
        "families_accessing_information",
        "Families accessing volunteers' personal information",
        (_c("4", "families accessing personal information about volunteers"),),
    ),
    CatalogueEntry(
        "communication_outside_boundaries",
        "Communication with families outside agreed boundaries",
        (
            _c("4", "volunteers being drawn into communication with families outside agreed boundaries"),
            _c(
                "6",
                "volunteers and staff must not communicate privately with children or families "
                "through social media",
            ),
        ),
    ),
    CatalogueEntry(
        "disrepute",
        "Content bringing LCS into disrepute",
        (_c("5", "avoid posting anything that could bring LCS into disrepute"),),
    ),
    CatalogueEntry(
        "referencing_child_family_case",
        "Referencing a child, family or case",
        (_c("5", "avoid referencing any child, family or case connected with LCS"),),
    ),
    CatalogueEntry(
        "organisational_matters",
        "Criticising or discussing organisational matters online",
        (_c("5", "refrain from using social networks to criticise or discuss organisational matters"),),
    ),
    CatalogueEntry(
        "offensive_content",
        "Offensive or derogatory content",
        (_c("5", "treat others with respect and avoid posting offensive or derogatory content"),),
    ),
    CatalogueEntry(
        "connection_with_child",
        "Online connection with a child or young person without parental agreement",
        (
            _c(
                "5",
                "Volunteers should also give careful thought before adding any child or young person as "
                "an online contact and should only consider doing so with the explicit agreement of "
                "their parent or guardian.",
            ),
        ),
    ),
    CatalogueEntry(
        "connection_with_family",
        "Online connection with a family using the service",
        (
            _c(
                "5",
                "LCS strongly discourages volunteers from having online connections with families "
                "using our services.",
            ),
            _c("6", "families using LCS services should not be added as online “friends” or contacts"),
        ),
    ),
    CatalogueEntry(
        "private_communication",
        "Private communication with children or families",
        (
            _c(
                "6",
                "volunteers and staff must not communicate privately with children or families "
                "through social media",
            ),
        ),
    ),
    CatalogueEntry(
        "images_without_consent",
        "Photographs, videos or identifying information about children or families without consent",
        (
            _c(
                "6",
                "volunteers must avoid sharing photographs, videos or identifying information about "
                "children or families without written consent and organisational approval",
            ),
            _c(
                "7",
                "never posts images or information relating to LCS families without explicit written "
                "consent and organisational approval",
            ),
        ),
    ),
    CatalogueEntry(
        "identifying_with_child_family",
        "Identifying oneself online as working with a particular child or family",
        (
            _c(
                "6",
                "volunteers must not identify themselves online as working with a particular child or family",
            ),
        ),
    ),
    CatalogueEntry(
        "weak_privacy_settings",
        "Weak privacy or security settings",
        (_c("7", "restricts access to their social media accounts through strong privacy settings"),),
        advisory=True,
    ),
    CatalogueEntry(
        "other_safeguarding",
        "Other safeguarding concern",
        (
            _c(
                "8",
                "Concerns should be reported to the appropriate manager or safeguarding lead immediately.",
            ),
        ),
    ),
)

_BY_CODE: dict[str, CatalogueEntry] = {entry.code: entry for entry in CATALOGUE}


def entry(code: str) -> CatalogueEntry:
    """The catalogue entry for a stored code; a clear refusal for anything else."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValidationError("Choose a category from the policy catalogue.", "category") from None


def is_known(code: str) -> bool:
    return code in _BY_CODE
