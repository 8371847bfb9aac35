"""The pack's words in the newcomer's language: gettext catalog ``pack``, Babel for dates and money.

Chosen per document, never installed globally. A text missing from the language's catalog falls
back to English (the source language), then to French, so that no section is ever empty.
Data files (checklists, places, events…) write English and French inline; the catalogs translate
their English text for the other languages (``welcome_desk.packs.extract`` collects it).
"""

from __future__ import annotations

import copy
import gettext
from collections.abc import Iterable, Mapping
from datetime import date, time
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal

from welcome_desk.paths import translations_dir

DOMAIN = "pack"
SOURCE_LANGUAGE = "en"
PACK_LANGUAGES = ("fr", "en", "es", "it", "de", "pt", "ar", "zh", "vi", "uk")
FALLBACK_LANGUAGES = ("en", "fr")

# Dates and numbers: British English (day first) at a desk in France; else CLDR defaults.
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "zh": "zh_Hans_CN", "pt": "pt_PT", "ar": "ar"}


def pack_language(language: str | None) -> str:
    """A language a pack can be made in: ``language`` when we have it, else English."""
    if language:
        short = language.replace("-", "_").split("_")[0].lower()
        if short in PACK_LANGUAGES:
            return short
    return SOURCE_LANGUAGE


@cache
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        DOMAIN, localedir=str(translations_dir()), languages=[language], fallback=True
    )


def language_name(language: str) -> str:
    """The language's own name ("Deutsch", "العربية"), for menus that list the pack languages."""
    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]


class PackText:
    """Words, dates and amounts for one pack language."""

    def __init__(self, language: str) -> None:
        self.language = pack_language(language)
        self.locale = Locale.parse(_LOCALES.get(self.language, self.language))
        self.rtl = self.locale.text_direction == "rtl"
        self._catalog = _translation(self.language)

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._catalog.ngettext(singular, plural, count)

    def text(self, text: Mapping[str, str]) -> str:
        """A data file's text: written in this language, else translated from its English by the
        catalog, else English, else French, else whatever it has."""
        own = text.get(self.language)
        if own:
            return own
        english = text.get(SOURCE_LANGUAGE)
        if english:
            return self._catalog.gettext(english)
        for candidate in FALLBACK_LANGUAGES:
            if text.get(candidate):
                return text[candidate]
        return next((value for value in text.values() if value), "")

    def date(self, value: date, form: str = "long") -> str:
        return format_date(value, form, locale=self.locale)

    def time(self, value: time) -> str:
        return format_time(value, "short", locale=self.locale)

    def weekday(self, index: int, *, short: bool = False) -> str:
        """Monday is 0, as in ``date.weekday()``."""
        return str(get_day_names("abbreviated" if short else "wide", locale=self.locale)[index])

    def money(self, amount: int | Decimal) -> str:
        """Whole euros in the locale's own pattern ("450 €", "€450")."""
        pattern = copy.copy(self.locale.currency_formats["standard"])
        pattern.frac_prec = (0, 0)
        return str(pattern.apply(amount, self.locale, currency="EUR", currency_digits=False))

    def list(self, items: Iterable[str]) -> str:
        """ "a, b and c" as the language writes a list (CLDR patterns: "a、b和c", "a وb")."""
        return format_list(list(items), locale=self.locale)

    def number(self, value: int | float | Decimal) -> str:
        return format_decimal(value, locale=self.locale)
