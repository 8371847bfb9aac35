"""The three export formats of the statistics, by name."""

from __future__ import annotations

from collections.abc import Callable

from welcome_desk.stats.compute import Statistics

FORMATS = ("csv", "xlsx", "pdf")
Translate = Callable[[str], str]


def export(
    stats: Statistics, form: str, translate: Translate, language: str, *, with_names: bool = False
) -> bytes:
    """``stats`` as the bytes of a CSV, XLSX or PDF file; labels in ``language``; the XLSX's
    list of arrivals names people only ``with_names``."""
    if form == "csv":
        from welcome_desk.stats.csv_export import stats_csv

        return stats_csv(stats)
    if form == "xlsx":
        from welcome_desk.stats.xlsx_export import stats_xlsx

        return stats_xlsx(stats, translate, language, with_names=with_names)
    if form == "pdf":
        from welcome_desk.stats.pdf_report import stats_pdf

        return stats_pdf(stats, translate, language)
    raise ValueError(form)
