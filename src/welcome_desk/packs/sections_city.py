"""The pages about France and Lille: how-to guide, key places, emergency numbers, budget, events,
glossary and official websites, all from the pack's data files."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from welcome_desk.domain.dates import add_months
from welcome_desk.packs.content import PackContent, Place, WebLink
from welcome_desk.packs.data import PackData
from welcome_desk.packs.layout import Cell, Layout

EVENT_MONTHS = 6  # the events of the season: from arrival (or today) for this many months


def guide(layout: Layout, data: PackData, content: PackContent) -> list[Flowable]:
    text, person = layout.text, data.person
    eu, category = person.eu_eea_swiss, person.category
    story: list[Flowable] = []
    for section in content.sections:
        if not section.applies_to(eu, category):
            continue
        story += layout.subheading(text.text(section.title))
        story += [layout.para(text.text(p.text)) for p in section.paragraphs_for(eu, category)]
        items = [text.text(p.text) for p in section.items_for(eu, category)]
        if items:
            story.append(layout.bullets(items))
        links = [link for key in section.links if (link := _link(content, key)) is not None]
        if links:
            story.append(Spacer(1, 2 * mm))
            story.append(qr_grid(layout, links, columns=4))
    return [*layout.heading(layout._("Settling in, step by step")), *story] if story else []


def _link(content: PackContent, key: str) -> WebLink | None:
    return next((link for link in content.links if link.key == key), None)


def _day_range(layout: Layout, days: tuple[int, ...]) -> str:
    text = layout.text
    ordered = sorted(days)
    runs: list[list[int]] = []
    for day in ordered:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{text.weekday(run[0])}–{text.weekday(run[-1])}")
        else:
            parts.extend(text.weekday(day) for day in run)
    return ", ".join(parts)


def opening_hours(layout: Layout, place: Place) -> str:
    """ "Monday–Friday 08:30–12:00, 13:30–16:00" lines, in the pack's language."""
    _ = layout._
    text = layout.text
    if place.always_open:
        lines = [_("Open every day, day and night")]
    else:
        by_days = sorted(place.hours, key=lambda h: (min(h.days), h.opens))
        lines = []
        for days, group in groupby(by_days, key=lambda h: tuple(sorted(h.days))):
            times = ", ".join(f"{text.time(h.opens)}–{text.time(h.closes)}" for h in group)
            lines.append(_("{days}: {times}").format(days=_day_range(layout, days), times=times))
    if place.hours_note:
        lines.append(text.text(place.hours_note))
    return "\n".join(lines)


def places(layout: Layout, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    rows: list[list[object]] = [[_("Place"), _("Address and access"), _("Opening hours")]]
    for place in content.places:
        what = [
            layout.para(text.text(place.name), styles.cell_bold),
            layout.para(text.text(place.purpose), styles.cell_small),
        ]
        address = [
            layout.para(
                f"{place.address.street}\n{place.address.postcode} {place.address.city}",
                styles.cell,
            )
        ]
        if place.transport:
            address.append(layout.para(text.text(place.transport), styles.cell_small))
        contact = [value for value in (place.phone, place.website) if value]
        address.append(layout.para("\n".join(contact), styles.cell_small))
        rows.append([what, address, opening_hours(layout, place)])
    return [
        *layout.heading(_("Key places")),
        layout.para(
            _("Opening hours change: check them on the website before you go."), styles.small
        ),
        layout.table(rows, (0.36, 0.36, 0.28), header=True),
    ]


def emergency(layout: Layout, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    rows = [
        [
            layout.para(number.number, styles.number),
            [
                layout.para(text.text(number.label), styles.cell_bold),
                layout.para(text.text(number.purpose), styles.cell_small),
            ],
        ]
        for number in content.emergency
    ]
    return [
        *layout.heading(_("Emergency numbers")),
        layout.para(_("Free calls, from any phone, day and night.")),
        layout.table(rows, (0.18, 0.82)),
    ]


def budget(layout: Layout, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    plan = content.budget
    rows: list[list[object]] = [[_("Each month"), _("From"), _("To")]]
    for line in plan.lines:
        label = [layout.para(text.text(line.label), styles.cell)]
        if line.note:
            label.append(layout.para(text.text(line.note), styles.cell_small))
        rows.append([label, text.money(line.low), text.money(line.high)])
    rows.append(
        [
            layout.para(_("Total"), styles.cell_bold),
            layout.para(text.money(plan.low_total), styles.cell_bold),
            layout.para(text.money(plan.high_total), styles.cell_bold),
        ]
    )
    story: list[Flowable] = [
        *layout.heading(_("Your monthly budget")),
        layout.table(rows, (0.6, 0.2, 0.2), header=True),
    ]
    if plan.note:
        story.append(layout.para(text.text(plan.note), styles.small))
    return story


def events(layout: Layout, data: PackData, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    start = max(data.made_on, data.person.arrival_date)
    end = add_months(start, EVENT_MONTHS)
    if data.person.departure_date:  # nothing after they have left
        end = min(end, data.person.departure_date)
    found = content.events_between(start, end)
    story: list[Flowable] = [*layout.heading(_("Events of the season"))]
    if not found:
        story.append(layout.para(_("Ask the Maison Internationale for the coming events.")))
        return story
    rows: list[list[object]] = []
    for event in found:
        if event.start == event.end:
            when = text.date(event.start, "medium")
        else:
            when = f"{text.date(event.start, 'medium')} – {text.date(event.end, 'medium')}"
        what = [
            layout.para(text.text(event.name), styles.cell_bold),
            layout.para(text.text(event.description), styles.cell_small),
        ]
        where = [layout.para(event.place, styles.cell)]
        if event.url:
            where.append(layout.para(event.url, styles.cell_small))
        rows.append([when, what, where])
    story.append(layout.table(rows, (0.22, 0.5, 0.28)))
    return story


def glossary(layout: Layout, content: PackContent) -> list[Flowable]:
    _ = layout._
    text, styles = layout.text, layout.styles
    rows = []
    for entry in content.glossary:
        term = [layout.para(entry.term, styles.cell_bold)]
        if entry.full_name:
            term.append(layout.para(entry.full_name, styles.cell_small))
        rows.append([term, layout.para(text.text(entry.meaning), styles.cell)])
    return [*layout.heading(_("Glossary")), layout.table(rows, (0.3, 0.7))]


def qr_grid(layout: Layout, links: list[WebLink], columns: int = 4) -> Flowable:
    text, styles = layout.text, layout.styles
    cells: list[Cell] = [
        [
            layout.qr(link.url, 22 * mm),
            layout.para(text.text(link.label), styles.cell_bold),
            layout.para(link.url.removeprefix("https://").rstrip("/"), styles.cell_small),
        ]
        for link in links
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] = rows[-1] + ["" for _ in range(columns - len(rows[-1]))]
    return layout.table(rows, [1 / columns] * columns, zebra=False, lines=False)


def websites(layout: Layout, content: PackContent) -> list[Flowable]:
    _ = layout._
    return [
        *layout.heading(_("Useful websites")),
        layout.para(_("Scan a code with your phone's camera to open the official site.")),
        qr_grid(layout, list(content.links)),
    ]
