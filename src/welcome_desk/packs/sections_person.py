"""The pages about the person: the cover, their own checklist, their appointments."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from welcome_desk.packs.content import PackContent, Place
from welcome_desk.packs.data import PackData, PackStep
from welcome_desk.packs.layout import CheckBox, Layout


def N_(message: str) -> str:
    return message


CATEGORY_LABELS = {
    "student": N_("Student"),
    "researcher": N_("Researcher"),
    "teacher": N_("Teacher"),
}
AREA_TITLES = (
    ("administrative", N_("Arrival and administrative steps")),
    ("housing", N_("Housing")),
    ("healthcare", N_("Healthcare")),
    ("city_life", N_("City life")),
)


def cover(layout: Layout, data: PackData, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles, person = layout.text, layout.styles, data.person
    story: list[Flowable] = [
        Spacer(1, 14 * mm),  # below the band the page draws (document._Pages.first)
        layout.para(_("Welcome to Lille!"), styles.cover_title),
        layout.para(person.full_name, styles.cover_name),
        layout.para(_("Your welcome pack"), styles.cover_line),
        Spacer(1, 6 * mm),
    ]
    stay = [_("Arrival: {date}").format(date=text.date(person.arrival_date))]
    if person.departure_date:
        stay.append(_("Departure: {date}").format(date=text.date(person.departure_date)))
    story.append(layout.para("\n".join(stay), styles.cover_line))
    who = [_(CATEGORY_LABELS.get(person.category, person.category))]
    if person.host_unit:
        who.append(person.host_unit)
    story.append(layout.para(" · ".join(who), styles.cover_line))
    done = sum(step.done for step in data.steps)
    if data.steps:
        story += [
            Spacer(1, 4 * mm),
            layout.para(
                _("Steps done: {done} of {total}").format(
                    done=text.number(done), total=text.number(len(data.steps))
                ),
                styles.cover_line,
            ),
        ]
    story += [
        *next_steps(layout, data),
        Spacer(1, 6 * mm),
        layout.para(
            _(
                "This pack was prepared for you by the Maison Internationale. It lists the "
                "steps you need to take in France, with your own deadlines, and what helps you "
                "settle in Lille: addresses and opening hours, transport, health, a budget, the "
                "events of the season and the useful websites."
            )
        ),
        Spacer(1, 8 * mm),
        desk_card(layout, content.desk),
        Spacer(1, 10 * mm),
        layout.para(_("Prepared on {date}").format(date=text.date(data.made_on)), styles.small),
        PageBreak(),
    ]
    return story


def next_steps(layout: Layout, data: PackData, count: int = 4) -> list[Flowable]:
    """The few open steps due first: what to do now, on the cover."""
    _ = layout._
    open_now = [
        step
        for step in data.steps
        if not step.done and not (step.opens_on and step.opens_on > data.made_on)
    ]
    open_now.sort(key=lambda step: (step.due_on is None, step.due_on or data.made_on))
    if not open_now:
        return []
    rows = [
        [
            CheckBox(False),
            layout.para(layout.text.text(step.title), layout.styles.cell_bold),
            _due(layout, step, data),
        ]
        for step in open_now[:count]
    ]
    return [
        Spacer(1, 4 * mm),
        *layout.subheading(_("Your next steps")),
        layout.table(rows, (0.06, 0.68, 0.26)),
    ]


def desk_card(layout: Layout, desk: Place) -> Flowable:
    _ = layout._
    text, styles = layout.text, layout.styles
    lines = [
        layout.para(text.text(desk.name), styles.cell_bold),
        layout.para(
            f"{desk.address.street}, {desk.address.postcode} {desk.address.city}", styles.cell
        ),
    ]
    contact = [value for value in (desk.phone, desk.email, desk.website) if value]
    lines.append(layout.para("  ·  ".join(contact), styles.cell))
    if desk.transport:
        lines.append(layout.para(text.text(desk.transport), styles.cell_small))
    return layout.table(
        [[lines, layout.qr(desk.website, 22 * mm)]],
        (0.78, 0.22),
        zebra=False,
        lines=False,
    )


def _due(layout: Layout, step: PackStep, data: PackData) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    if step.done:
        label = (
            _("Done on {date}").format(date=text.date(step.done_on, "medium"))
            if step.done_on
            else _("Done")
        )
        return [layout.para(label, styles.cell_done)]
    cells: list[Flowable] = []
    if step.status == "in_progress":
        cells.append(layout.para(_("In progress"), styles.cell_small))
    elif step.status == "blocked":
        cells.append(layout.para(_("On hold"), styles.cell_small))
    if step.opens_on and step.opens_on > data.made_on:
        cells.append(
            layout.para(
                _("From {date}").format(date=text.date(step.opens_on, "medium")), styles.cell
            )
        )
    if step.due_on:
        late = step.due_on < data.made_on
        cells.append(
            layout.para(
                _("Before {date}").format(date=text.date(step.due_on, "medium")),
                styles.cell_late if late else styles.cell_bold,
            )
        )
        if late:
            cells.append(layout.para(_("Late: do it now"), styles.cell_late))
    return cells or [layout.para("", styles.cell)]


def _what(layout: Layout, step: PackStep) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    cells = [layout.para(text.text(step.title), styles.cell_bold)]
    if step.done:
        return cells
    if step.help:
        cells.append(layout.para(text.text(step.help), styles.cell_small))
    if step.documents:
        documents = text.list(text.text(document) for document in step.documents)
        cells.append(
            layout.para(_("To bring: {documents}").format(documents=documents), styles.cell_small)
        )
    for amount in step.amounts:
        cells.append(
            layout.para(
                f"{text.text(amount.label)}: {text.money(round(amount.eur))}", styles.cell_small
            )
        )
    return cells


def checklist(layout: Layout, data: PackData) -> list[Flowable]:
    _ = layout._
    story: list[Flowable] = [*layout.heading(_("Your checklist"))]
    if not data.steps:
        story.append(
            layout.para(_("Your checklist will be prepared at your first visit to the desk."))
        )
    else:
        story.append(
            layout.para(
                _(
                    "These are the steps that apply to you, in order, with your own deadlines "
                    "counted from your arrival. Tick each one when it is done; the Maison "
                    "Internationale can help you with any of them."
                )
            )
        )
    for area, title in AREA_TITLES:
        steps = [step for step in data.steps if step.area == area]
        if not steps:
            continue
        rows = [
            [CheckBox(step.done), _what(layout, step), _due(layout, step, data)] for step in steps
        ]
        story += layout.subheading(_(title))
        story.append(layout.table(rows, (0.06, 0.70, 0.24)))
    return story


def appointments(layout: Layout, data: PackData) -> list[Flowable]:
    if not data.appointments:
        return []
    _ = layout._
    text = layout.text
    rows = [[_("When"), _("Where"), _("What for")]]
    for appointment in data.appointments:
        rows.append(
            [
                text.date(appointment.starts_at.date(), "medium")
                + " "
                + text.time(appointment.starts_at.time()),
                appointment.place,
                appointment.purpose,
            ]
        )
    return [
        *layout.subheading(_("Your appointments")),
        layout.table(rows, (0.3, 0.35, 0.35), header=True),
    ]
