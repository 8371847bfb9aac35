"""The welcome pack's content as data (see docs/packs.md): read from TOML files and checked.

Places, events, emergency numbers, guide sections, budget, glossary and official links are kept
in one folder of TOML files that coordinators edit. Texts are written in English and French; the
other languages come from the pack's gettext catalogs, keyed by the English text. A mistake is
reported like a checklist template's: the file, the place in it and the problem.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from welcome_desk.domain.checklist_template import TemplateError, Text, read_text
from welcome_desk.domain.person import Category
from welcome_desk.paths import resources_dir

REQUIRED_LANGUAGES = ("en", "fr")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

PLACES_FILE = "places.toml"
EVENTS_FILE = "events.toml"
EMERGENCY_FILE = "emergency.toml"
GUIDE_FILE = "guide.toml"
BUDGET_FILE = "budget.toml"
GLOSSARY_FILE = "glossary.toml"
LINKS_FILE = "links.toml"

_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_SPACES = re.compile(r"[ \t\r\n]+")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_URL = re.compile(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ]{1,18}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


class ContentError(TemplateError):
    """A pack data file that cannot be used: where (file and place) and what is wrong."""


@dataclass(frozen=True, slots=True)
class Address:
    street: str
    postcode: str
    city: str


@dataclass(frozen=True, slots=True)
class Hours:
    """Open from ``opens`` to ``closes`` on each of ``days`` (0 = Monday … 6 = Sunday)."""

    days: tuple[int, ...]
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: Text
    address: Address
    purpose: Text
    hours: tuple[Hours, ...]
    always_open: bool
    hours_note: Text  # empty when there is nothing to add (e.g. "by appointment only")
    transport: Text
    website: str
    phone: str | None
    email: str | None

    def hours_on(self, weekday: int) -> tuple[Hours, ...]:
        """The opening periods of one day (0 = Monday), earliest first."""
        return tuple(sorted((h for h in self.hours if weekday in h.days), key=lambda h: h.opens))


@dataclass(frozen=True, slots=True)
class Event:
    key: str
    name: Text
    start: dt.date
    end: dt.date
    place: str
    description: Text
    url: str | None


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    number: str
    label: Text
    purpose: Text


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a passage concerns; ``None`` means everyone."""

    eu: bool | None = None
    categories: frozenset[str] | None = None

    def includes(self, eu: bool, category: str) -> bool:
        if self.eu is not None and self.eu != eu:
            return False
        return self.categories is None or category in self.categories


EVERYONE = Audience()


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: Text
    audience: Audience = EVERYONE


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: Text
    paragraphs: tuple[Paragraph, ...]
    items: tuple[Paragraph, ...]  # bullet points, after the paragraphs
    links: tuple[str, ...]  # keys of links.toml, shown as QR codes
    audience: Audience

    def applies_to(self, eu: bool, category: str) -> bool:
        return self.audience.includes(eu, category)

    def paragraphs_for(self, eu: bool, category: str) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.audience.includes(eu, category))

    def items_for(self, eu: bool, category: str) -> tuple[Paragraph, ...]:
        return tuple(i for i in self.items if i.audience.includes(eu, category))


@dataclass(frozen=True, slots=True)
class BudgetLine:
    key: str
    label: Text
    low: int  # euros a month
    high: int
    note: Text


@dataclass(frozen=True, slots=True)
class Budget:
    lines: tuple[BudgetLine, ...]
    note: Text  # shown under the table: estimates, when they were checked
    checked: str

    @property
    def low_total(self) -> int:
        return sum(line.low for line in self.lines)

    @property
    def high_total(self) -> int:
        return sum(line.high for line in self.lines)


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    term: str
    full_name: str | None  # the French name an abbreviation stands for
    meaning: Text


@dataclass(frozen=True, slots=True)
class WebLink:
    key: str
    label: Text
    url: str


@dataclass(frozen=True, slots=True)
class PackContent:
    places: tuple[Place, ...]
    desk: Place  # the Maison Internationale: the contact printed on every page
    events: tuple[Event, ...]
    emergency: tuple[EmergencyNumber, ...]
    sections: tuple[Section, ...]
    budget: Budget
    glossary: tuple[GlossaryEntry, ...]
    links: tuple[WebLink, ...]
    checked: Mapping[str, str]  # file name -> when its facts were last checked

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def link(self, key: str) -> WebLink | None:
        return next((link for link in self.links if link.key == key), None)

    def events_between(self, start: dt.date, end: dt.date) -> tuple[Event, ...]:
        """Events that overlap ``start``–``end`` (both included), by date."""
        found = [e for e in self.events if e.start <= end and e.end >= start]
        return tuple(sorted(found, key=lambda e: (e.start, e.end, e.key)))


def default_folder() -> Path:
    return resources_dir() / "packs"


def load_content(folder: Path | None = None) -> PackContent:
    """Read and check every data file of the pack in ``folder`` (the shipped one by default)."""
    folder = default_folder() if folder is None else folder
    if not folder.is_dir():
        raise ContentError(str(folder), "", "this folder does not exist")
    checked: dict[str, str] = {}

    def read(name: str, table: str, extra: set[str]) -> tuple[dict[str, Any], list[Any]]:
        data = _read_toml(folder / name)
        _no_unknown(data, {table, "checked", *extra}, name, "")
        when = data.get("checked")
        if when is not None:
            if not isinstance(when, str | int) or not str(when).strip():
                raise ContentError(name, "checked", 'a date or year is expected, e.g. "2026-06"')
            checked[name] = str(when).strip()
        rows = data.get(table, [])
        if not isinstance(rows, list) or not rows:
            raise ContentError(name, "", f"no [[{table}]] table: the file has nothing to show")
        return data, rows

    link_rows = read(LINKS_FILE, "link", set())[1]
    links = [_link(r, LINKS_FILE, i) for i, r in enumerate(link_rows, 1)]
    _no_repeat([link.key for link in links], LINKS_FILE, "link")
    link_keys = {link.key for link in links}
    places_data, place_rows = read(PLACES_FILE, "place", {"desk"})
    places = [_place(r, PLACES_FILE, i) for i, r in enumerate(place_rows, 1)]
    _no_repeat([p.key for p in places], PLACES_FILE, "place")
    desk = _desk(places_data.get("desk"), places)
    event_rows = read(EVENTS_FILE, "event", set())[1]
    events = [_event(r, EVENTS_FILE, i) for i, r in enumerate(event_rows, 1)]
    _no_repeat([e.key for e in events], EVENTS_FILE, "event")
    emergency_rows = read(EMERGENCY_FILE, "number", set())[1]
    emergency = [_emergency(r, EMERGENCY_FILE, i) for i, r in enumerate(emergency_rows, 1)]
    _no_repeat([n.number for n in emergency], EMERGENCY_FILE, "number")
    section_rows = read(GUIDE_FILE, "section", set())[1]
    sections = [_section(r, GUIDE_FILE, i, link_keys) for i, r in enumerate(section_rows, 1)]
    _no_repeat([s.key for s in sections], GUIDE_FILE, "section")
    budget_data, line_rows = read(BUDGET_FILE, "line", {"note"})
    lines = [_budget_line(r, BUDGET_FILE, i) for i, r in enumerate(line_rows, 1)]
    _no_repeat([line.key for line in lines], BUDGET_FILE, "line")
    if BUDGET_FILE not in checked:
        raise ContentError(BUDGET_FILE, "checked", 'say when the amounts were checked ("2026")')
    budget = Budget(
        tuple(lines),
        _text(budget_data.get("note"), BUDGET_FILE, "note", required=True),
        checked[BUDGET_FILE],
    )
    term_rows = read(GLOSSARY_FILE, "term", set())[1]
    glossary = [_term(r, GLOSSARY_FILE, i) for i, r in enumerate(term_rows, 1)]
    _no_repeat([g.term for g in glossary], GLOSSARY_FILE, "term")
    return PackContent(
        places=tuple(places),
        desk=desk,
        events=tuple(events),
        emergency=tuple(emergency),
        sections=tuple(sections),
        budget=budget,
        glossary=tuple(glossary),
        links=tuple(links),
        checked=dict(checked),
    )


# --- files and tables -------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ContentError(path.name, "", "this file is missing from the pack folder")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(path.name, "", f"not valid TOML ({error})") from error
    except UnicodeDecodeError as error:
        raise ContentError(path.name, "", "not UTF-8 text") from error
    except OSError as error:
        raise ContentError(path.name, "", f"cannot be read ({error.strerror})") from error


def _no_unknown(table: Mapping[str, Any], allowed: set[str], file: str, place: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ContentError(file, place, f"unknown field(s): {', '.join(unknown)}")


def _table(
    raw: Any, file: str, kind: str, index: int, allowed: set[str]
) -> tuple[dict[str, Any], str]:
    """A [[kind]] table with its key checked; returns it and its place for messages."""
    if not isinstance(raw, dict):
        raise ContentError(file, f"{kind} {index}", "a table is expected")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ContentError(
            file, f"{kind} {index}, key", "a key of lower-case letters, digits and _ is required"
        )
    place = f"{kind} '{key}'"
    _no_unknown(raw, {"key", *allowed}, file, place)
    return raw, place


def _no_repeat(values: list[str], file: str, kind: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ContentError(file, f"{kind} '{value}'", "this key is already used in this file")
        seen.add(value)


def _string(table: Mapping[str, Any], name: str, file: str, place: str) -> str:
    value = table.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(file, f"{place}, {name}", "a text is required")
    return value.strip()


def _optional_string(table: Mapping[str, Any], name: str, file: str, place: str) -> str | None:
    return None if table.get(name) is None else _string(table, name, file, place)


def _text(value: Any, file: str, place: str, *, required: bool) -> Text:
    return read_text(value, file, place, required=required, error=ContentError)


def _name(value: Any, file: str, place: str) -> Text:
    """A name: a plain string (a proper noun, the same in every language) or texts."""
    if isinstance(value, str) and value.strip():
        name = _SPACES.sub(" ", value).strip()
        return {language: name for language in REQUIRED_LANGUAGES}
    if isinstance(value, dict):
        return _text(value, file, place, required=True)
    raise ContentError(file, place, 'a name is required ("…", or en = "…", fr = "…")')


def _url(value: Any, file: str, place: str) -> str:
    if not isinstance(value, str) or not _URL.match(value.strip()):
        raise ContentError(file, place, f"'{value}' is not an https:// address")
    return value.strip()


def _amount(value: Any, file: str, place: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ContentError(file, place, "a whole number of euros (0 or more) is expected")
    return value


# --- places -----------------------------------------------------------------------------------

_PLACE_FIELDS = {
    "name",
    "address",
    "purpose",
    "hours",
    "always_open",
    "hours_note",
    "transport",
    "website",
    "phone",
    "email",
}


def _place(raw: Any, file: str, index: int) -> Place:
    table, place = _table(raw, file, "place", index, _PLACE_FIELDS)
    address = table.get("address")
    if not isinstance(address, dict):
        raise ContentError(file, f"{place}, address", "street, postcode and city are expected")
    _no_unknown(address, {"street", "postcode", "city"}, file, f"{place}, address")
    postcode = _string(address, "postcode", file, f"{place}, address")
    if not re.fullmatch(r"\d{5}", postcode):
        raise ContentError(file, f"{place}, address, postcode", f"'{postcode}' is not 5 digits")
    always_open = table.get("always_open", False)
    if not isinstance(always_open, bool):
        raise ContentError(file, f"{place}, always_open", "true or false is expected")
    raw_hours = table.get("hours", [])
    if not isinstance(raw_hours, list):
        raise ContentError(file, f"{place}, hours", "a list [ … ] is expected")
    hours = tuple(_hours(h, file, f"{place}, hours {i}") for i, h in enumerate(raw_hours, 1))
    if always_open and hours:
        raise ContentError(file, place, "give either always_open = true or hours, not both")
    if not always_open and not hours:
        raise ContentError(file, f"{place}, hours", "opening hours (or always_open = true) needed")
    _no_overlap(hours, file, f"{place}, hours")
    phone = _optional_string(table, "phone", file, place)
    if phone is not None and not _PHONE.match(phone):
        raise ContentError(file, f"{place}, phone", f"'{phone}' is not a phone number")
    email = _optional_string(table, "email", file, place)
    if email is not None and not _EMAIL.match(email):
        raise ContentError(file, f"{place}, email", f"'{email}' is not an e-mail address")
    return Place(
        key=str(table["key"]),
        name=_name(table.get("name"), file, f"{place}, name"),
        address=Address(
            _string(address, "street", file, f"{place}, address"),
            postcode,
            _string(address, "city", file, f"{place}, address"),
        ),
        purpose=_text(table.get("purpose"), file, f"{place}, purpose", required=True),
        hours=hours,
        always_open=always_open,
        hours_note=_text(table.get("hours_note"), file, f"{place}, hours_note", required=False),
        transport=_text(table.get("transport"), file, f"{place}, transport", required=True),
        website=_url(table.get("website"), file, f"{place}, website"),
        phone=phone,
        email=email,
    )


def _hours(raw: Any, file: str, place: str) -> Hours:
    if not isinstance(raw, dict):
        raise ContentError(
            file, place, 'days, opens and closes are expected: { days = "mon-fri", … }'
        )
    _no_unknown(raw, {"days", "opens", "closes"}, file, place)
    days = _days(raw.get("days"), file, f"{place}, days")
    opens = _time(raw.get("opens"), file, f"{place}, opens")
    closes = _time(raw.get("closes"), file, f"{place}, closes")
    if opens >= closes:
        raise ContentError(
            file,
            place,
            f"opens at {opens:%H:%M} but closes at {closes:%H:%M}: closes must be later",
        )
    return Hours(days, opens, closes)


def _days(value: Any, file: str, place: str) -> tuple[int, ...]:
    """ "mon-fri", "mon, wed, fri", "sat-sun" or a list of those, as 0 = Monday … 6 = Sunday."""
    parts: list[str] = []
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = [p for v in value for p in v.split(",")]
    if not parts:
        raise ContentError(file, place, 'days such as "mon-fri" or "mon, wed" are expected')
    days: set[int] = set()
    for part in parts:
        ends = [_weekday(e, file, place) for e in part.split("-")]
        if len(ends) > 2:
            raise ContentError(file, place, f"'{part.strip()}' is not a day or a range of days")
        first, last = ends[0], ends[-1]
        if last < first:
            raise ContentError(
                file, place, f"'{part.strip()}': a range goes from a day to a later one (mon-fri)"
            )
        days.update(range(first, last + 1))
    return tuple(sorted(days))


def _weekday(text: str, file: str, place: str) -> int:
    name = text.strip().lower()
    if name not in WEEKDAYS:
        raise ContentError(file, place, f"'{text.strip()}' is not a day ({', '.join(WEEKDAYS)})")
    return WEEKDAYS.index(name)


def _time(value: Any, file: str, place: str) -> dt.time:
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise ContentError(file, place, f"'{value}' is not a time from 00:00 to 23:59 (HH:MM)")
    return dt.time(int(match[1]), int(match[2]))


def _no_overlap(hours: tuple[Hours, ...], file: str, place: str) -> None:
    for day in range(7):
        periods = sorted((h.opens, h.closes) for h in hours if day in h.days)
        for (_, closes), (opens, _) in pairwise(periods):
            if opens < closes:
                raise ContentError(file, place, f"two opening periods overlap on {WEEKDAYS[day]}")


def _desk(value: Any, places: list[Place]) -> Place:
    if not isinstance(value, str):
        raise ContentError(PLACES_FILE, "desk", "the key of the Maison Internationale's place")
    desk = next((p for p in places if p.key == value), None)
    if desk is None:
        raise ContentError(PLACES_FILE, "desk", f"no place has the key '{value}'")
    if desk.phone is None or desk.email is None:
        raise ContentError(
            PLACES_FILE,
            f"place '{value}'",
            "the desk needs a phone and an e-mail (the pack's contact)",
        )
    return desk


# --- events -----------------------------------------------------------------------------------


def _event(raw: Any, file: str, index: int) -> Event:
    table, place = _table(
        raw, file, "event", index, {"name", "start", "end", "place", "description", "url"}
    )
    start = _date(table.get("start"), file, f"{place}, start")
    end = _date(table.get("end", start), file, f"{place}, end")
    if end < start:
        raise ContentError(
            file, f"{place}, end", f"the event ends ({end}) before it starts ({start})"
        )
    url = table.get("url")
    return Event(
        key=str(table["key"]),
        name=_name(table.get("name"), file, f"{place}, name"),
        start=start,
        end=end,
        place=_string(table, "place", file, place),
        description=_text(table.get("description"), file, f"{place}, description", required=True),
        url=None if url is None else _url(url, file, f"{place}, url"),
    )


def _date(value: Any, file: str, place: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ContentError(file, place, f"'{value}' is not a date (YYYY-MM-DD, e.g. 2026-09-05)")


# --- emergency numbers, glossary, links -------------------------------------------------------


def _emergency(raw: Any, file: str, index: int) -> EmergencyNumber:
    place = f"number {index}"
    if not isinstance(raw, dict):
        raise ContentError(file, place, "a table is expected")
    _no_unknown(raw, {"number", "label", "purpose"}, file, place)
    number = raw.get("number")
    if not isinstance(number, str) or not re.fullmatch(r"\d{2,4}( \d{3})?", number.strip()):
        raise ContentError(file, f"{place}, number", f"'{number}' is not a short number (\"112\")")
    place = f"number '{number.strip()}'"
    return EmergencyNumber(
        number.strip(),
        _text(raw.get("label"), file, f"{place}, label", required=True),
        _text(raw.get("purpose"), file, f"{place}, purpose", required=True),
    )


def _term(raw: Any, file: str, index: int) -> GlossaryEntry:
    place = f"term {index}"
    if not isinstance(raw, dict):
        raise ContentError(file, place, "a table is expected")
    _no_unknown(raw, {"term", "full_name", "meaning"}, file, place)
    term = _string(raw, "term", file, place)
    place = f"term '{term}'"
    return GlossaryEntry(
        term,
        _optional_string(raw, "full_name", file, place),
        _text(raw.get("meaning"), file, f"{place}, meaning", required=True),
    )


def _link(raw: Any, file: str, index: int) -> WebLink:
    table, place = _table(raw, file, "link", index, {"label", "url"})
    return WebLink(
        str(table["key"]),
        _name(table.get("label"), file, f"{place}, label"),
        _url(table.get("url"), file, f"{place}, url"),
    )


# --- guide and budget -------------------------------------------------------------------------


def _section(raw: Any, file: str, index: int, link_keys: set[str]) -> Section:
    table, place = _table(
        raw, file, "section", index, {"title", "paragraphs", "items", "links", "audience"}
    )
    paragraphs = _paragraphs(table, "paragraphs", file, place)
    if not paragraphs:
        raise ContentError(file, f"{place}, paragraphs", "a section needs at least one paragraph")
    links = table.get("links", [])
    if not isinstance(links, list) or not all(isinstance(k, str) for k in links):
        raise ContentError(file, f"{place}, links", "a list of keys of links.toml is expected")
    for key in links:
        if key not in link_keys:
            raise ContentError(
                file, f"{place}, links", f"no link of {LINKS_FILE} has the key '{key}'"
            )
    return Section(
        key=str(table["key"]),
        title=_text(table.get("title"), file, f"{place}, title", required=True),
        paragraphs=paragraphs,
        items=_paragraphs(table, "items", file, place),
        links=tuple(links),
        audience=_audience(table.get("audience"), file, f"{place}, audience"),
    )


def _paragraphs(
    table: Mapping[str, Any], name: str, file: str, place: str
) -> tuple[Paragraph, ...]:
    raw = table.get(name, [])
    if not isinstance(raw, list):
        raise ContentError(file, f"{place}, {name}", "a list [ … ] is expected")
    found: list[Paragraph] = []
    for index, value in enumerate(raw, 1):
        where = f"{place}, {name} {index}"
        if not isinstance(value, dict):
            raise ContentError(file, where, 'texts by language are expected (en = "…", fr = "…")')
        texts = {k: v for k, v in value.items() if k != "audience"}
        found.append(
            Paragraph(
                _text(texts, file, where, required=True),
                _audience(value.get("audience"), file, f"{where}, audience"),
            )
        )
    return tuple(found)


def _audience(value: Any, file: str, place: str) -> Audience:
    if value is None:
        return EVERYONE
    if not isinstance(value, dict):
        raise ContentError(file, place, "a table such as { eu = false } is expected")
    _no_unknown(value, {"eu", "categories"}, file, place)
    eu = value.get("eu")
    if eu is not None and not isinstance(eu, bool):
        raise ContentError(file, f"{place}, eu", "true or false is expected")
    categories = value.get("categories")
    if categories is not None:
        allowed = sorted(Category)
        if not isinstance(categories, list) or not categories:
            raise ContentError(file, f"{place}, categories", f"a list of {', '.join(allowed)}")
        for category in categories:
            if category not in allowed:
                raise ContentError(
                    file,
                    f"{place}, categories",
                    f"'{category}' is not known (expected {', '.join(allowed)})",
                )
    return Audience(eu, None if categories is None else frozenset(categories))


def _budget_line(raw: Any, file: str, index: int) -> BudgetLine:
    table, place = _table(raw, file, "line", index, {"label", "low", "high", "note"})
    low = _amount(table.get("low"), file, f"{place}, low")
    high = _amount(table.get("high"), file, f"{place}, high")
    if high < low:
        raise ContentError(file, place, f"high ({high}) is less than low ({low})")
    return BudgetLine(
        str(table["key"]),
        _text(table.get("label"), file, f"{place}, label", required=True),
        low,
        high,
        _text(table.get("note"), file, f"{place}, note", required=False),
    )
