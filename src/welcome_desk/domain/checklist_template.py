"""Checklist templates: the steps of arrival as data (see docs/checklists.md), read and checked.

A template is read from a folder of TOML files, or from the JSON the database keeps of every
edition used. Both go through the same checks, so a mistake in either is reported the same way:
the file, the place in it and the problem, in words a coordinator can act on.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from welcome_desk.domain.countries import is_country_code
from welcome_desk.domain.messages import N_
from welcome_desk.domain.person import Category, Programme, SubKind

META_FILE = "checklist.toml"
REQUIRED_LANGUAGES = ("en", "fr")
FALLBACK_LANGUAGES = ("en", "fr")
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_SPACES = re.compile(r"[ \t\r\n]+")

Text = Mapping[str, str]


class Area(StrEnum):
    ADMINISTRATIVE = "administrative"
    HOUSING = "housing"
    HEALTHCARE = "healthcare"
    CITY_LIFE = "city_life"


AREA_LABELS = {
    Area.ADMINISTRATIVE: N_("Arrival and administrative"),
    Area.HOUSING: N_("Housing"),
    Area.HEALTHCARE: N_("Healthcare"),
    Area.CITY_LIFE: N_("City life"),
}


class Document(StrEnum):
    """Papers whose expiry a step can be due before."""

    RESIDENCE_PERMIT = "residence_permit"
    VISA = "visa"


class DueKind(StrEnum):
    AFTER_ARRIVAL = "after_arrival"
    BEFORE_ARRIVAL = "before_arrival"
    BEFORE_DEPARTURE = "before_departure"
    BEFORE_EXPIRY = "before_expiry"
    AFTER_STEP = "after_step"


class TemplateError(Exception):
    """A template that cannot be used: where (file and place) and what is wrong."""

    def __init__(self, file: str, place: str, problem: str) -> None:
        super().__init__(f"{file}, {place}: {problem}" if place else f"{file}: {problem}")
        self.file = file
        self.place = place
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Amount:
    label: Text
    eur: float
    checked: str


@dataclass(frozen=True, slots=True)
class Conditions:
    eu: bool | None = None
    categories: frozenset[str] | None = None
    sub_kinds: frozenset[str] | None = None
    not_sub_kinds: frozenset[str] = frozenset()
    nationalities: frozenset[str] | None = None
    not_nationalities: frozenset[str] = frozenset()
    programmes: frozenset[str] | None = None
    not_programmes: frozenset[str] = frozenset()
    min_stay_months: int | None = None
    max_stay_months: int | None = None
    family: bool | None = None
    min_age: int | None = None
    max_age: int | None = None


@dataclass(frozen=True, slots=True)
class DueRule:
    kind: DueKind
    days: int = 0
    months: int = 0
    document: Document | None = None
    opens_months: int | None = None
    step: str | None = None


@dataclass(frozen=True, slots=True)
class StepTemplate:
    key: str
    area: Area
    title: Text
    help: Text
    documents: tuple[Text, ...]
    links: tuple[Link, ...]
    amounts: tuple[Amount, ...]
    when: Conditions
    due: DueRule | None
    file: str


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    name: str
    version: str
    checked: str
    steps: tuple[StepTemplate, ...]
    content: Mapping[str, Any]  # what was read, as plain data: what the database keeps
    digest: str  # of the content: two editions with the same digest are the same

    def step(self, key: str) -> StepTemplate | None:
        return next((s for s in self.steps if s.key == key), None)

    def content_json(self) -> str:
        return _canonical_json(self.content)


def localized(text: Text, language: str) -> str:
    """``text`` in ``language``, else English, else French (never empty in a valid template)."""
    for candidate in (language, *FALLBACK_LANGUAGES):
        value = text.get(candidate)
        if value:
            return value
    return next(iter(text.values()), "")


def _canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def load_folder(folder: Path) -> ChecklistTemplate:
    """Read and check a template folder: ``checklist.toml`` and every other ``*.toml`` of steps."""
    if not folder.is_dir():
        raise TemplateError(str(folder), "", "this folder does not exist")
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise TemplateError(str(folder), "", f"{META_FILE} is missing")
    meta = _read_toml(meta_path)
    steps: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == META_FILE:
            continue
        data = _read_toml(path)
        unknown = set(data) - {"step"}
        if unknown:
            raise TemplateError(
                path.name,
                ", ".join(sorted(unknown)),
                "unknown table (a steps file holds [[step]] tables only)",
            )
        file_steps = data.get("step", [])
        if not isinstance(file_steps, list):
            raise TemplateError(path.name, "step", "write each step as a [[step]] table")
        for step in file_steps:
            if isinstance(step, dict):
                step = {**step, "file": path.name}
            steps.append(step)
    if "checklist" not in meta or not isinstance(meta["checklist"], dict):
        raise TemplateError(META_FILE, "", "a [checklist] table with name and version is expected")
    return from_content({"checklist": meta["checklist"], "steps": steps}, source=META_FILE)


def from_json(text: str) -> ChecklistTemplate:
    """An edition kept in the database."""
    return from_content(json.loads(text), source="database")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(path.name, "", f"not valid TOML ({error})") from error
    except UnicodeDecodeError as error:
        raise TemplateError(path.name, "", "not UTF-8 text") from error
    except OSError as error:
        raise TemplateError(path.name, "", f"cannot be read ({error.strerror})") from error


def from_content(content: Mapping[str, Any], *, source: str) -> ChecklistTemplate:
    meta = content.get("checklist")
    if not isinstance(meta, dict):
        raise TemplateError(source, "[checklist]", "missing")
    name = _string(meta, "name", source, "[checklist]") or ""
    version = _string(meta, "version", source, "[checklist]") or ""
    checked = _string(meta, "checked", source, "[checklist]", required=False) or ""
    _no_unknown(meta, {"name", "version", "checked"}, source, "[checklist]")
    raw_steps = content.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise TemplateError(source, "", "the template has no steps")
    steps: list[StepTemplate] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(raw_steps, start=1):
        file = raw.get("file", source) if isinstance(raw, dict) else source
        place = f"step {index}"
        if not isinstance(raw, dict):
            raise TemplateError(file, place, "a step must be a table")
        step = _step(raw, str(file), place)
        if step.key in seen:
            raise TemplateError(
                step.file, f"step '{step.key}'", f"this key is already used in {seen[step.key]}"
            )
        seen[step.key] = step.file
        steps.append(step)
    _check_step_references(steps)
    plain = {"checklist": dict(meta), "steps": [dict(s) for s in raw_steps]}
    digest = hashlib.sha256(_canonical_json(plain).encode()).hexdigest()
    return ChecklistTemplate(name, version, checked, tuple(steps), plain, digest)


_STEP_FIELDS = {
    "key",
    "area",
    "title",
    "help",
    "documents",
    "links",
    "amounts",
    "when",
    "due",
    "file",
}


def _step(raw: Mapping[str, Any], file: str, place: str) -> StepTemplate:
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise TemplateError(
            file, f"{place}, key", "a key of lower-case letters, digits and _ is required"
        )
    place = f"step '{key}'"
    _no_unknown(raw, _STEP_FIELDS, file, place)
    area_text = raw.get("area")
    if area_text not in set(Area):
        raise TemplateError(file, f"{place}, area", f"'{area_text}' is not one of {_choices(Area)}")
    title = read_text(raw.get("title"), file, f"{place}, title", required=True)
    help_text = read_text(raw.get("help"), file, f"{place}, help", required=False)
    documents = tuple(
        read_text(d, file, f"{place}, documents {i}", required=True)
        for i, d in enumerate(_list(raw, "documents", file, place), start=1)
    )
    links = tuple(
        _link(link, file, f"{place}, links {i}")
        for i, link in enumerate(_list(raw, "links", file, place), start=1)
    )
    amounts = tuple(
        _amount(a, file, f"{place}, amounts {i}")
        for i, a in enumerate(_list(raw, "amounts", file, place), start=1)
    )
    when = _conditions(raw.get("when", {}), file, f"{place}, when")
    due = _due(raw.get("due"), file, f"{place}, due")
    return StepTemplate(
        key, Area(str(area_text)), title, help_text, documents, links, amounts, when, due, file
    )


def _choices(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def _no_unknown(table: Mapping[str, Any], allowed: set[str], file: str, place: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise TemplateError(file, place, f"unknown field(s): {', '.join(unknown)}")


def _string(
    table: Mapping[str, Any], name: str, file: str, place: str, required: bool = True
) -> str | None:
    value = table.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(file, f"{place}, {name}", "a text is required")
    return value.strip()


def _list(table: Mapping[str, Any], name: str, file: str, place: str) -> list[Any]:
    value = table.get(name, [])
    if not isinstance(value, list):
        raise TemplateError(file, f"{place}, {name}", "a list [ … ] is expected")
    return value


def read_text(
    value: Any,
    file: str,
    place: str,
    *,
    required: bool,
    error: type[TemplateError] = TemplateError,
) -> Text:
    """A data file's text by language (English and French required), checked; ``error`` is
    the kind of error to raise (the pack's data files have their own)."""
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise error(file, place, 'texts by language are expected (en = "…", fr = "…")')
    for language, text in value.items():
        if not _LANGUAGE.match(language):
            raise error(file, f"{place}.{language}", "not a language code (en, fr, ar…)")
        if not isinstance(text, str) or not text.strip():
            raise error(file, f"{place}.{language}", "empty text")
    missing = [lang for lang in REQUIRED_LANGUAGES if lang not in value]
    if missing:
        raise error(file, place, f"the {' and '.join(missing)} text is missing")
    # Line breaks and runs of spaces fold to one space; no-break spaces (French « : ») stay.
    return {language: _SPACES.sub(" ", text).strip() for language, text in value.items()}


def _link(value: Any, file: str, place: str) -> Link:
    if not isinstance(value, dict):
        raise TemplateError(file, place, "label and url are expected")
    _no_unknown(value, {"label", "url"}, file, place)
    label = _string(value, "label", file, place) or ""
    url = _string(value, "url", file, place) or ""
    if not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", url):
        raise TemplateError(file, f"{place}, url", f"'{url}' is not an https:// address")
    return Link(label, url)


def _amount(value: Any, file: str, place: str) -> Amount:
    if not isinstance(value, dict):
        raise TemplateError(file, place, "texts, eur and checked are expected")
    eur = value.get("eur")
    if isinstance(eur, bool) or not isinstance(eur, int | float) or eur < 0:
        raise TemplateError(file, f"{place}, eur", "an amount in euros (0 or more) is expected")
    checked = value.get("checked")
    if not isinstance(checked, str | int) or not str(checked).strip():
        raise TemplateError(
            file, f"{place}, checked", 'say when the amount was checked (a year, e.g. "2026")'
        )
    label = read_text(
        {k: v for k, v in value.items() if k not in ("eur", "checked")}, file, place, required=True
    )
    return Amount(label, float(eur), str(checked))


_SET_CONDITIONS: dict[str, frozenset[str] | None] = {
    "categories": frozenset(Category),
    "sub_kinds": frozenset(SubKind),
    "not_sub_kinds": frozenset(SubKind),
    "programmes": frozenset(Programme),
    "not_programmes": frozenset(Programme),
    "nationalities": None,  # checked as country codes
    "not_nationalities": None,
}
_BOOL_CONDITIONS = ("eu", "family")
_NUMBER_CONDITIONS = ("min_stay_months", "max_stay_months", "min_age", "max_age")


def _conditions(value: Any, file: str, place: str) -> Conditions:
    if not isinstance(value, dict):
        raise TemplateError(file, place, "a table of conditions is expected")
    _no_unknown(value, {*_SET_CONDITIONS, *_BOOL_CONDITIONS, *_NUMBER_CONDITIONS}, file, place)
    fields: dict[str, Any] = {}
    for name, allowed in _SET_CONDITIONS.items():
        if name not in value:
            continue
        items = value[name]
        if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
            raise TemplateError(file, f"{place}, {name}", "a non-empty list of codes is expected")
        for item in items:
            valid = is_country_code(item) if allowed is None else item in allowed
            if not valid:
                expected = "ISO country codes" if allowed is None else _choices(sorted(allowed))
                raise TemplateError(
                    file, f"{place}, {name}", f"'{item}' is not known (expected {expected})"
                )
        fields[name] = frozenset(items)
    for name in _BOOL_CONDITIONS:
        if name in value:
            if not isinstance(value[name], bool):
                raise TemplateError(file, f"{place}, {name}", "true or false is expected")
            fields[name] = value[name]
    for name in _NUMBER_CONDITIONS:
        if name in value:
            number = value[name]
            if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                raise TemplateError(file, f"{place}, {name}", "a whole number is expected")
            fields[name] = number
    return Conditions(**fields)


def _due(value: Any, file: str, place: str) -> DueRule | None:
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) != 1:
        raise TemplateError(file, place, f"exactly one rule is expected: {_choices(DueKind)}")
    ((kind_text, spec),) = value.items()
    if kind_text not in set(DueKind):
        raise TemplateError(
            file, place, f"unknown rule '{kind_text}' (expected one of {_choices(DueKind)})"
        )
    kind = DueKind(kind_text)
    place = f"{place}.{kind}"
    if not isinstance(spec, dict):
        raise TemplateError(file, place, "a table such as { months = 3 } is expected")
    allowed = {"days", "months"}
    if kind is DueKind.BEFORE_EXPIRY:
        allowed = {"document", "months", "days", "opens_months"}
    elif kind is DueKind.AFTER_STEP:
        allowed = {"step", "days"}
    _no_unknown(spec, allowed, file, place)
    numbers = {}
    for name in ("days", "months", "opens_months"):
        if name in spec:
            number = spec[name]
            if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                raise TemplateError(file, f"{place}, {name}", "a whole number of 0 or more")
            numbers[name] = number
    if kind is not DueKind.AFTER_STEP and "days" not in numbers and "months" not in numbers:
        raise TemplateError(file, place, "days = N or months = N is expected")
    document = None
    if kind is DueKind.BEFORE_EXPIRY:
        if spec.get("document") not in set(Document):
            raise TemplateError(
                file, f"{place}, document", f"one of {_choices(Document)} is expected"
            )
        document = Document(spec["document"])
        opens = numbers.get("opens_months")
        if opens is not None and opens < numbers.get("months", 0):
            raise TemplateError(
                file,
                f"{place}, opens_months",
                "the step must open before it is due (opens_months ≥ months)",
            )
    step = None
    if kind is DueKind.AFTER_STEP:
        step = spec.get("step")
        if not isinstance(step, str) or not _KEY.match(step):
            raise TemplateError(file, f"{place}, step", "the key of another step is expected")
    return DueRule(
        kind,
        numbers.get("days", 0),
        numbers.get("months", 0),
        document,
        numbers.get("opens_months"),
        step,
    )


def _check_step_references(steps: list[StepTemplate]) -> None:
    """``after_step`` must name another step of the set, without going round in a circle."""
    by_key = {s.key: s for s in steps}
    for step in steps:
        seen = [step.key]
        current = step
        while current.due is not None and current.due.kind is DueKind.AFTER_STEP:
            target = current.due.step or ""
            if target not in by_key:
                raise TemplateError(
                    current.file,
                    f"step '{current.key}', due.after_step",
                    f"no step has the key '{target}'",
                )
            if target in seen:
                raise TemplateError(
                    step.file,
                    f"step '{step.key}', due.after_step",
                    f"steps wait on each other in a circle: {' → '.join(seen)} → {target}",
                )
            seen.append(target)
            current = by_key[target]
