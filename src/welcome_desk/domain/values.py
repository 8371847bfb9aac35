"""Parsing the everyday values of a newcomer's record: dates, email, phone, language, counts.

Pure helpers shared by the import and the registration form, so that both accept and store the
same things. Each returns the normalised value to store, or ``None`` (or raises, for dates) when the
text is not acceptable; the caller words the reason for the staff.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

import phonenumbers
import pycountry
from babel import Locale
from email_validator import EmailNotValidError, validate_email

from welcome_desk.domain.dates import age_on as age_on  # re-exported: the rules use it
from welcome_desk.domain.names import words

DEFAULT_PHONE_REGION = "FR"

# A time of day after a date, as spreadsheets and mobility systems export dates ("00:00:00").
_TIME = r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME)
# A language tag with a region or a script (fr-FR, pt_BR, zh-Hans-CN): the language comes first.
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})+")
# "2", "2.0" or "2,00" (Excel writes whole numbers as floats); nothing signed or fractional.
# At most 18 digits: a count, not an arbitrary number (Python refuses to read 4,300 and more).
_WHOLE_NUMBER = re.compile(r"0*(\d{1,18})(?:[.,]0+)?")


class InvalidDate(ValueError):
    """The text is not written as YYYY-MM-DD or DD/MM/YYYY."""


class NotACalendarDate(InvalidDate):
    """The text has the right shape but names no day of the calendar (31/02/2026, 2026-13-01)."""


def clean_text(text: str) -> str:
    """``text`` in NFC with runs of white space (tabs, line breaks) made single spaces.

    NFC because macOS and some exports write "é" as "e" + accent, which would otherwise compare,
    sort and measure differently from the same name typed at the desk.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_date(text: str) -> date:
    """A date written YYYY-MM-DD or DD/MM/YYYY; two-digit years are refused as ambiguous.

    A time after the date ("2000-01-01 00:00:00", "01/09/2026 14:30") is accepted and left out: no
    field of a newcomer holds a time of day. Any day of the calendar is a date here, 3000-09-01 as
    well: whether it is plausible for a birth or an arrival is for the caller to say.
    """
    value = text.strip()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = (int(part) for part in match.groups()[:3])
    elif match := _FRENCH_DATE.fullmatch(value):
        day, month, year = (int(part) for part in match.groups()[:3])
    else:
        raise InvalidDate(value)
    hour, minute, second = (int(part or 0) for part in match.groups()[3:])
    if hour > 23 or minute > 59 or second > 59:
        raise NotACalendarDate(value)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise NotACalendarDate(value) from error


def parse_email(text: str) -> str | None:
    """The address in normalised form (domain in lower case, Unicode NFC), or None if invalid.

    Deliverability (a DNS query per address) is not checked: the desk works offline and an import
    of thousands of rows must not wait on the network.
    """
    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def parse_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str | None:
    """The number in E.164 (+33612345678): international, or national for ``region``.

    Digits alone that are no valid national number are tried once more as an international one:
    a spreadsheet that stored "+55 11 91234-5678" as a number kept only 5511912345678.
    """
    value = text.strip()
    candidates = [value]
    if value.isdigit() and not value.startswith("0"):
        candidates.append("+" + value)
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(
        language.alpha_2 for language in pycountry.languages if getattr(language, "alpha_2", None)
    )


@cache
def _language_names() -> dict[str, str]:
    """Folded English or French language name ("anglais", "English") -> ISO 639-1 code."""
    codes = _language_codes()
    table: dict[str, str] = {}
    for locale_name in ("en", "fr"):
        for code, name in Locale.parse(locale_name).languages.items():
            if code in codes:
                table.setdefault(" ".join(words(name)), code)
    return table


def parse_language(text: str) -> str | None:
    """An ISO 639-1 code in lower case, from the code itself (in any case, or as the start of a tag
    such as "fr-FR" or "pt_BR") or the language's English or French name; None when it names no
    language."""
    value = text.strip()
    if tag := _LANGUAGE_TAG.fullmatch(value):
        value = tag.group(1)
    if value.lower() in _language_codes():
        return value.lower()
    return _language_names().get(" ".join(words(value)))


def parse_whole_number(text: str) -> int | None:
    """A whole number ≥ 0 ("2" and Excel's "2.0"); None for "-1", "1.5", "two" and for a
    number of more than 18 digits."""
    match = _WHOLE_NUMBER.fullmatch(text.strip())
    return int(match.group(1)) if match else None
