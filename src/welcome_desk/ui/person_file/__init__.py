"""The person file: header, checklist, records, appointments, visits and history of one person."""

from welcome_desk.ui.person_file.widget import PersonFileWidget

__all__ = ["PersonFileWidget"]
