"""The staff's language for messages of the command line and the services (gettext catalogs).

Source strings are English; ``translations/<lang>/LC_MESSAGES/welcome_desk.po`` holds the others.
The welcome packs use their own catalog, chosen per document, in the newcomer's language.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from functools import cache

from welcome_desk.paths import translations_dir

DOMAIN = "welcome_desk"
UI_LANGUAGES = ("fr", "en")
DEFAULT_UI_LANGUAGE = "fr"
LANGUAGE_VARIABLE = "WELCOME_DESK_LANG"

Translate = Callable[[str], str]


@cache
def translation(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        DOMAIN, localedir=str(translations_dir()), languages=[language], fallback=True
    )


def translator(language: str) -> Translate:
    return translation(language).gettext


# The desk is in France: English dates as in Britain (day first), not as in the United States.
REGION_OF = {"en": "en_GB", "fr": "fr_FR"}


def locale_name(language: str) -> str:
    """The locale for dates and numbers shown in ``language`` ("en" -> "en_GB")."""
    return REGION_OF.get(language, language)


def default_ui_language() -> str:
    """``WELCOME_DESK_LANG``, else the system's language when it is one we speak, else French."""
    chosen = os.environ.get(LANGUAGE_VARIABLE)
    if chosen in UI_LANGUAGES:
        return chosen
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        language = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if language in UI_LANGUAGES:
            return language
        if language and language not in ("c", "posix"):
            break
    return DEFAULT_UI_LANGUAGE
