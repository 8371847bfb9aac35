"""Calendar arithmetic for deadlines."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months; a day missing in the target month becomes its last
    (30 June − 4 months = 28 February; 31 January + 1 month = 28 or 29 February)."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def whole_months_between(start: date, end: date) -> int:
    """Completed calendar months from ``start`` to ``end`` (negative if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day and add_months(start, months) > end:
        months -= 1
    return months


def age_on(birth: date, day: date) -> int:
    """Age in whole years reached on ``day`` (someone born on 29 February ages on 1 March)."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)
