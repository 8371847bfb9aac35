"""Template files: a good folder loads; every kind of mistake is named with file, place, problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from welcome_desk.domain.checklist_template import (
    Area,
    DueKind,
    TemplateError,
    from_json,
    load_folder,
    localized,
)

SMALL = Path(__file__).parents[1] / "data" / "checklists" / "small"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "checklists"
    shutil.copytree(SMALL, target)
    return target


def test_a_good_folder_loads(folder: Path) -> None:
    template = load_folder(folder)
    assert (template.name, template.version) == ("arrival", "test.1")
    assert [s.key for s in template.steps] == [
        "visa_validation",
        "social_security",
        "gp",
        "permit_renewal",
        "visale",
        "farewell",
    ]
    visa = template.steps[0]
    assert visa.area is Area.ADMINISTRATIVE
    assert visa.due is not None and visa.due.kind is DueKind.AFTER_ARRIVAL and visa.due.months == 3
    assert visa.when.eu is False and visa.when.not_nationalities == {"DZ"}
    assert localized(visa.title, "fr") == "Valider votre visa"
    assert localized(visa.title, "vi") == "Validate your visa"  # falls back to English


def test_the_stored_form_reads_back_identical(folder: Path) -> None:
    template = load_folder(folder)
    again = from_json(template.content_json())
    assert again.digest == template.digest
    assert again.steps == template.steps


def test_any_change_makes_a_new_digest(folder: Path) -> None:
    before = load_folder(folder).digest
    steps = folder / "steps.toml"
    steps.write_text(steps.read_text().replace("days = 30", "days = 31"))
    assert load_folder(folder).digest != before


def write_step(folder: Path, body: str) -> None:
    (folder / "zz_extra.toml").write_text(body, encoding="utf-8")


GOOD_TITLE = 'title = { en = "T", fr = "T" }'


def extra_step(line: str) -> str:
    """A step x1 that is right but for ``line``."""
    return f'[[step]]\nkey = "x1"\narea = "housing"\n{GOOD_TITLE}\n{line}'


@pytest.mark.parametrize(
    ("body", "place", "problem"),
    [
        (
            '[[step]]\nkey = "x1"\narea = "housing"\ntitle = { en = "T" }',
            "step 'x1', title",
            "the fr text is missing",
        ),
        (
            f'[[step]]\nkey = "x1"\narea = "garden"\n{GOOD_TITLE}',
            "step 'x1', area",
            "'garden' is not one of administrative, housing, healthcare, city_life",
        ),
        (
            f'[[step]]\nkey = "Bad Key"\narea = "housing"\n{GOOD_TITLE}',
            "step 7, key",
            "a key of lower-case letters",
        ),
        (
            extra_step("due = { afterr_arrival = { days = 3 } }"),
            "step 'x1', due",
            "unknown rule 'afterr_arrival'",
        ),
        (
            extra_step("due = { after_arrival = { weeks = 3 } }"),
            "step 'x1', due.after_arrival",
            "unknown field(s): weeks",
        ),
        (
            extra_step('when = { categories = ["astronaut"] }'),
            "step 'x1', when, categories",
            "'astronaut' is not known",
        ),
        (
            extra_step('when = { nationalities = ["XX"] }'),
            "step 'x1', when, nationalities",
            "'XX' is not known",
        ),
        (
            extra_step('when = { eu = "yes" }'),
            "step 'x1', when, eu",
            "true or false is expected",
        ),
        (
            extra_step('due = { after_step = { step = "nope", days = 3 } }'),
            "step 'x1', due.after_step",
            "no step has the key 'nope'",
        ),
        (
            f'[[step]]\nkey = "gp"\narea = "housing"\n{GOOD_TITLE}',
            "step 'gp'",
            "this key is already used in steps.toml",
        ),
        (
            extra_step('links = [{ label = "A", url = "http://a.fr" }]'),
            "step 'x1', links 1, url",
            "is not an https:// address",
        ),
        (
            extra_step('amounts = [{ en = "Fee", fr = "Frais", eur = 50 }]'),
            "step 'x1', amounts 1, checked",
            "say when the amount was checked",
        ),
        (
            extra_step('colour = "red"'),
            "step 'x1'",
            "unknown field(s): colour",
        ),
    ],
)
def test_mistakes_are_named(folder: Path, body: str, place: str, problem: str) -> None:
    write_step(folder, body)
    with pytest.raises(TemplateError) as caught:
        load_folder(folder)
    error = caught.value
    assert error.file in ("zz_extra.toml", "steps.toml")
    assert error.place == place
    assert problem in error.problem


def test_a_toml_syntax_error_names_the_file_and_line(folder: Path) -> None:
    write_step(folder, '[[step]]\nkey = "x1"\narea = "housing\n')
    with pytest.raises(TemplateError) as caught:
        load_folder(folder)
    assert caught.value.file == "zz_extra.toml"
    assert "line 3" in caught.value.problem


def test_steps_waiting_on_each_other_in_a_circle(folder: Path) -> None:
    write_step(
        folder,
        f"""
[[step]]
key = "a1"
area = "housing"
{GOOD_TITLE}
due = {{ after_step = {{ step = "b1", days = 1 }} }}

[[step]]
key = "b1"
area = "housing"
{GOOD_TITLE}
due = {{ after_step = {{ step = "a1", days = 1 }} }}
""",
    )
    with pytest.raises(TemplateError, match=r"in a circle: a1 → b1 → a1"):
        load_folder(folder)


def test_missing_meta_file_and_missing_folder(folder: Path, tmp_path: Path) -> None:
    (folder / "checklist.toml").unlink()
    with pytest.raises(TemplateError, match=r"checklist\.toml is missing"):
        load_folder(folder)
    with pytest.raises(TemplateError, match="does not exist"):
        load_folder(tmp_path / "nowhere")


def test_a_file_that_is_not_utf8(folder: Path) -> None:
    (folder / "zz_extra.toml").write_bytes('[[step]]\nkey = "é"\n'.encode("utf-16"))
    with pytest.raises(TemplateError) as caught:
        load_folder(folder)
    assert caught.value.file == "zz_extra.toml"
