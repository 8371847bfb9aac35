"""Messages for the staff, kept untranslated until shown.

Services describe what happened with a :class:`Message` (an English template with named fields);
the command line and the window render it in the staff's language. Templates are marked with
:func:`N_` so that Babel extracts them into the catalogs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


def N_(template: str) -> str:
    """Mark a template for extraction without translating it now."""
    return template


@dataclass(frozen=True, slots=True)
class Message:
    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, translate: Callable[[str], str]) -> str:
        """The template in the staff's language; a field that is itself a Message is rendered
        in that language too."""
        params = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        return translate(self.template).format(**params)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def message(template: str, **params: Any) -> Message:
    return Message(template, MappingProxyType(params))
