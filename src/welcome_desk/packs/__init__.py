"""Welcome packs: a personalised PDF in the newcomer's own language (ReportLab, Babel catalogs).

The package reads from the services and never imports Qt.
"""
