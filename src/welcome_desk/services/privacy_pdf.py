"""The access export as a readable PDF: headings and tables, in the staff's language, drawn in
the welcome packs' fonts so that a name in any script shows as written."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from welcome_desk import __version__
from welcome_desk.domain.checklist_template import AREA_LABELS
from welcome_desk.domain.person import CATEGORY_LABELS, PROGRAMME_LABELS, SUB_KIND_LABELS
from welcome_desk.domain.records import (
    DECISION_LABELS,
    HOUSING_LABELS,
    SOCIAL_SECURITY_LABELS,
    VISA_LABELS,
)
from welcome_desk.domain.step_status import STATUS_LABELS
from welcome_desk.packs.fonts import REGULAR, register_fonts
from welcome_desk.services.privacy_export import DESK
from welcome_desk.services.privacy_pdf_kit import (
    ACTION_LABELS,
    BODY,
    DESK_STYLE,
    ENTITY_LABELS,
    MARGIN,
    NAME,
    SMALL,
    TITLE,
    PdfWriter,
    change_text,
    field_name,
    numbered_canvas,
)

# Fields whose stored values are codes, and the words for them.
CODED_FIELDS: dict[str, Mapping[Any, str]] = {
    "status": STATUS_LABELS,
    "visa_type": VISA_LABELS,
    "visale": DECISION_LABELS,
    "caf_status": DECISION_LABELS,
    "kind": HOUSING_LABELS,
    "social_security": SOCIAL_SECURITY_LABELS,
}


class _Export(PdfWriter):
    """The export's sections."""

    def step_value(self, field: str, value: object) -> object:
        """A value of a step's history or of the trail: a code by its name, dates as the staff
        write them."""
        if field in CODED_FIELDS and isinstance(value, str):
            return self.label(CODED_FIELDS[field], value)
        if field in ("due_on", "done_on", "opens_on") and isinstance(value, str) and value:
            try:
                return self.day(value)
            except ValueError:  # not a date as the program writes them: shown as it is
                return value
        return value

    def story(self) -> list[Flowable]:
        _ = self._
        person = self.data["person"]
        made = self.data["export"]
        name = person["family_name"].upper() + (
            f" {person['given_names']}" if person["given_names"] else ""
        )
        parts: list[Flowable] = [
            self.para(DESK, DESK_STYLE),
            self.para(_("Personal data held on one person"), TITLE),
            self.para(name, NAME),
            self.para(
                _("Internal id #{id} · made on {when} by {staff}").format(
                    id=person["id"], when=self.moment(made["made_at"]), staff=made["made_by"]
                ),
                SMALL,
            ),
            self.para(
                _(
                    "This document lists everything the welcome desk holds on this person, as "
                    "the database holds it at the moment of the export: identity and stay, "
                    "records, checklist, appointments, counter visits, and the trail of every "
                    "change."
                ),
                BODY,
            ),
        ]
        parts += self.identity(person)
        parts += self.records()
        parts += self.checklist()
        parts += self.meetings()
        parts += self.trail()
        return parts

    def identity(self, person: Mapping[str, Any]) -> list[Flowable]:
        _ = self._
        nationality = person["nationality"]
        sub_kind = person["sub_kind"]
        category = self.label(CATEGORY_LABELS, person["category"])
        rows: list[tuple[str, object]] = [
            (_("Family name"), person["family_name"]),
            (_("Given names"), person["given_names"]),
            (_("Born"), self.day(person["date_of_birth"])),
            (_("Sex"), person["sex"]),
            (_("Nationality"), f"{nationality['name']} ({nationality['code']})"),
            (_("Email"), person["email"]),
            (_("Phone"), person["phone"]),
            (
                _("Category"),
                category + (f" ({self.label(SUB_KIND_LABELS, sub_kind)})" if sub_kind else ""),
            ),
            (_("Programme"), self.label(PROGRAMME_LABELS, person["programme"])),
            (_("Host unit"), person["host_unit"]),
            (_("Arrival"), self.day(person["arrival_date"])),
            (_("Departure"), self.day(person["departure_date"])),
            (_("Preferred language"), person["preferred_language"]),
            (_("Accompanying persons"), person["accompanying_persons"]),
            (_("Registered"), self.moment(person["created_at"])),
            (_("Last changed"), self.moment(person["updated_at"])),
        ]
        if person.get("anonymised_on"):
            rows.append((_("Anonymised on"), self.day(person["anonymised_on"])))
        ids = [(e["source"], e["value"]) for e in self.data["external_ids"]]
        return [
            self.heading(_("Identity and stay")),
            self.pairs(rows),
            self.heading(_("External ids")),
            self.table([_("Source"), _("Id")], ids, [0.32, 0.68]),
        ]

    def records(self) -> list[Flowable]:
        _ = self._
        housing = [
            (
                self.label(HOUSING_LABELS, h["kind"]),
                h["address"],
                self.day(h["from"]),
                self.day(h["to"]),
                _("Visale: {visale}; insurance: {insurance}; CAF: {caf}").format(
                    visale=self.label(DECISION_LABELS, h["visale"]),
                    insurance=self.yes_no(h["insurance"]),
                    caf=self.label(DECISION_LABELS, h["caf_status"]),
                ),
            )
            for h in self.data["housing"]
        ]
        parts = [
            self.heading(_("Housing")),
            self.table(
                [_("Kind"), _("Address"), _("From"), _("To"), _("Paperwork")],
                housing,
                [0.16, 0.34, 0.13, 0.13, 0.24],
            ),
            self.heading(_("Healthcare")),
        ]
        health = self.data["healthcare"]
        if health is None:
            parts.append(self.para(_("Nothing recorded."), BODY))
        else:
            parts.append(
                self.pairs(
                    [
                        (
                            _("Social security"),
                            self.label(SOCIAL_SECURITY_LABELS, health["social_security"]),
                        ),
                        (_("European health insurance card"), self.yes_no(health["ehic"])),
                        (_("Card valid until"), self.day(health["ehic_expiry"])),
                        (_("Complementary health insurance"), self.yes_no(health["mutuelle"])),
                        (_("Doctor declared"), self.yes_no(health["gp_declared"])),
                    ]
                )
            )
        parts.append(self.heading(_("Administrative papers")))
        papers = self.data["administrative"]
        if papers is None:
            parts.append(self.para(_("Nothing recorded."), BODY))
        else:
            parts.append(
                self.pairs(
                    [
                        (_("Visa"), self.label(VISA_LABELS, papers["visa_type"])),
                        (_("Visa valid until"), self.day(papers["visa_expiry"])),
                        (_("VLS-TS validated on"), self.day(papers["vls_ts_validated_on"])),
                        (_("Residence permit number"), papers["residence_permit_number"]),
                        (
                            _("Residence permit valid until"),
                            self.day(papers["residence_permit_expiry"]),
                        ),
                    ]
                )
            )
        return parts

    def checklist(self) -> list[Flowable]:
        _ = self._
        checklist = self.data["checklist"]
        parts = [self.heading(_("Checklist"))]
        if checklist is None:
            return [*parts, self.para(_("Nothing recorded."), BODY)]
        steps = checklist["steps"]
        rows = [
            (
                s["title"],
                self.label(AREA_LABELS, s["area"]),
                self.label(STATUS_LABELS, s["status"])
                if s["applicable"]
                else _("no longer applies"),
                self.day(s["due_on"]),
                self.day(s["done_on"]),
                "\n".join(t for t in (s["blocked_reason"], s["notes"]) if t),
            )
            for s in steps
        ]
        titles = {s["key"]: s["title"] for s in steps}
        history = [
            (
                self.moment(h["at"]),
                h["actor"],
                titles[s["key"]],
                field_name(h["field"]),
                self.step_value(h["field"], h["from"]),
                self.step_value(h["field"], h["to"]),
            )
            for s in steps
            for h in s["history"]
        ]
        return [
            *parts,
            self.table(
                [_("Step"), _("Area"), _("Status"), _("Due"), _("Done"), _("Notes")],
                rows,
                [0.30, 0.14, 0.12, 0.11, 0.11, 0.22],
            ),
            self.heading(_("Changes of the steps")),
            self.table(
                [_("When"), _("By"), _("Step"), _("Field"), _("From"), _("To")],
                history,
                [0.15, 0.13, 0.28, 0.12, 0.16, 0.16],
            ),
        ]

    def meetings(self) -> list[Flowable]:
        _ = self._
        appointments = [
            (self.moment(a["starts_at"]), a["place"], a["purpose"], a["notes"])
            for a in self.data["appointments"]
        ]
        visits = [
            (
                self.moment(v["at"]),
                v["staff"],
                ", ".join(p["label"] for p in v["purposes"]),
                v["notes"],
            )
            for v in self.data["visits"]
        ]
        return [
            self.heading(_("Appointments")),
            self.table(
                [_("When"), _("Place"), _("Purpose"), _("Notes")],
                appointments,
                [0.17, 0.25, 0.28, 0.30],
            ),
            self.heading(_("Counter visits")),
            self.table(
                [_("When"), _("Received by"), _("Purposes"), _("Notes")],
                visits,
                [0.17, 0.18, 0.35, 0.30],
            ),
        ]

    def trail(self) -> list[Flowable]:
        _ = self._
        rows = []
        for entry in self.data["audit_trail"]:
            what = self.label(ENTITY_LABELS, entry["entity"]) + (
                f" #{entry['entity_id']}" if entry["entity_id"] else ""
            )
            changes = entry["changes"] or {}
            rows.append(
                (
                    self.moment(entry["at"]),
                    entry["actor"],
                    self.label(ACTION_LABELS, entry["action"]),
                    what,
                    "\n".join(
                        change_text(
                            field, self.step_value(field, before), self.step_value(field, after)
                        )
                        for field, (before, after) in sorted(changes.items())
                    ),
                )
            )
        return [
            self.heading(_("Trail of changes")),
            self.para(
                _(
                    "Every change made to the person's data: when, by whom, what, and each "
                    "value before and after."
                ),
                SMALL,
            ),
            Spacer(1, 2 * mm),
            self.table(
                [_("When"), _("By"), _("Action"), _("What"), _("Values")],
                rows,
                [0.15, 0.13, 0.11, 0.14, 0.47],
            ),
        ]


def export_pdf(data: Mapping[str, Any], language: str) -> bytes:
    """The access export (``privacy_export.export_person``) as the bytes of a PDF file."""
    register_fonts()
    export = _Export(data, language)
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        initialFontName=REGULAR,
        title=export._("Personal data held on one person"),
        author=DESK,
        creator=f"Welcome Desk {__version__}",
        lang=language,
    )
    document.build(export.story(), canvasmaker=numbered_canvas(export))
    return output.getvalue()
