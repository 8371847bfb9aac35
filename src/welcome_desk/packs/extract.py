"""Babel extractor for the data files: every English text (``title.en = "…"``) is a message.

Registered in ``translations/pack-babel.cfg``; translators see the data file's place and its
French text as comments. Line numbers are those of the text's first line in the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from typing import IO, Any

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

Extracted = tuple[int, str | None, str, list[str]]


def _text(value: Mapping[str, Any]) -> dict[str, str] | None:
    """A table with an English string is a text; its other language keys are its translations
    (other keys beside them, such as an amount's ``eur``, are not text)."""
    if not isinstance(value.get("en"), str):
        return None
    return {
        key: text for key, text in value.items() if _LANGUAGE.match(key) and isinstance(text, str)
    }


def _texts(value: Any, place: str) -> Iterator[tuple[str, Mapping[str, str]]]:
    if isinstance(value, Mapping):
        text = _text(value)
        if text is not None:
            yield place, text
            return
        for key, inner in value.items():
            yield from _texts(inner, f"{place}.{key}" if place else str(key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            label = inner.get("key") if isinstance(inner, Mapping) else None
            yield from _texts(inner, f"{place}[{label or index + 1}]")


def _line_of(source: str, text: str) -> int:
    """The line where ``text`` starts in the file (TOML escapes aside), else 0."""
    probe = text.split("\n")[0][:40]
    position = source.find(probe)
    return source.count("\n", 0, position) + 1 if position >= 0 else 0


def extract_toml(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[Extracted]:
    """Babel's extraction method interface: (line, function, message, comments)."""
    raw = fileobj.read()
    source = raw.decode("utf-8")
    data = tomllib.loads(source)
    for place, text in _texts(data, ""):
        comments = [place]
        if text.get("fr"):
            comments.append(f"fr: {text['fr']}")
        yield _line_of(source, text["en"]), None, text["en"], comments
