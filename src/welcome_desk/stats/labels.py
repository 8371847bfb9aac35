"""Names for people of the codes the statistics count in (the CSV keeps the codes)."""

from __future__ import annotations

from collections.abc import Callable

from welcome_desk.domain.countries import country_name
from welcome_desk.domain.messages import N_
from welcome_desk.domain.person import CATEGORY_LABELS, PROGRAMME_LABELS
from welcome_desk.domain.regions import region_label
from welcome_desk.stats.dimensions import (
    AGE_BAND_LABELS,
    DIMENSION_LABELS,
    EU_LABELS,
    STAY_LENGTH_LABELS,
    UNKNOWN,
)

Translate = Callable[[str], str]

SEX_LABELS = {"F": N_("women"), "M": N_("men"), "X": N_("not specified (X)")}
KEY_STEP_LABELS = {
    "visa": N_("Visa or residence permit"),
    "social_security": N_("Social security"),
    "housing": N_("Housing found"),
}
UNKNOWN_LABEL = N_("unknown")


def dimension_label(dimension: str, translate: Translate) -> str:
    return translate(DIMENSION_LABELS.get(dimension, dimension))


def value_label(dimension: str, value: str, translate: Translate, language: str) -> str:
    """``value`` of ``dimension`` as a person reads it, in ``language``."""
    if dimension == "total":
        return translate(DIMENSION_LABELS["total"])
    if value == UNKNOWN:
        return translate(UNKNOWN_LABEL)
    if dimension == "nationality":
        return country_name(value, language)
    if dimension == "region":
        return region_label(value, language)
    tables: dict[str, dict[str, str]] = {
        "category": {str(k): v for k, v in CATEGORY_LABELS.items()},
        "programme": {str(k): v for k, v in PROGRAMME_LABELS.items()},
        "eu": EU_LABELS,
        "sex": SEX_LABELS,
        "age_band": AGE_BAND_LABELS,
        "stay_length": STAY_LENGTH_LABELS,
    }
    label = tables.get(dimension, {}).get(value)
    return translate(label) if label else value
