"""Search keys for names in any script.

A key is what a person types at the counter, reduced the same way as the stored name: case folded,
accents and other marks removed, letters that Unicode does not decompose (đ, ø, ł, æ, œ, ß…) spelled
out, apostrophes and dots dropped inside a word ("O'Brien" -> "obrien"). Names in non-Latin scripts
keep their own script and also get a Latin transliteration: both "王" and "wang" find 王小明.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Latin letters without a Unicode decomposition to a base letter.
_SPELLED_OUT = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ŋ": "n",
        "ƒ": "f",
    }
)
# Joined into the word: O'Brien, D’Angelo, St. -> obrien, dangelo, st
_JOINERS = re.compile(r"['’‘`´ʼʻ.]")
# Split words on anything that is neither a letter, a mark nor a digit.
_SEPARATORS = re.compile(r"[^\w]+|_+")
# German spelling without umlauts: "mueller" finds Müller as "muller" does.
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue"}


def fold(text: str) -> str:
    """Case-, accent- and mark-insensitive form of ``text``, in its own script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_SPELLED_OUT)
    # Arabic tatweel and zero-width characters carry no meaning for search.
    stripped = stripped.replace("\u0640", "").replace("\u200c", "").replace("\u200d", "")
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The search words of ``text``: folded, apostrophes joined, split on spaces and hyphens."""
    folded = _JOINERS.sub("", fold(text))
    return [word for word in _SEPARATORS.split(folded) if word]


def _is_ascii(word: str) -> bool:
    return word.isascii()


def _umlaut_spellings(name: str) -> set[str]:
    lowered = name.casefold()
    if not any(letter in lowered for letter in _UMLAUTS):
        return set()
    for letter, spelling in _UMLAUTS.items():
        lowered = lowered.replace(letter, spelling)
    return set(words(lowered))


def transliterate(word: str) -> str:
    """A Latin, lower-case spelling of ``word`` (Иванов -> ivanov, 王小明 -> wangxiaoming)."""
    return "".join(ch for ch in anyascii(word).casefold() if ch.isalnum())


def name_keys(*names: str | None) -> set[str]:
    """Every key under which a name is found by prefix.

    Each word alone, the words of one name joined ("jean-pierre" -> "jeanpierre"), and for words in
    another script their transliteration. Chinese, Japanese and Korean names, written without
    spaces, are found from their first characters by prefix.
    """
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        name_words = words(name)
        keys.update(name_words)
        keys.update(_umlaut_spellings(name))
        if len(name_words) > 1:
            keys.add("".join(name_words))
        for word in name_words:
            if not _is_ascii(word):
                latin = transliterate(word)
                if latin:
                    keys.add(latin)
        if len(name_words) > 1 and not all(_is_ascii(w) for w in name_words):
            joined_latin = "".join(transliterate(w) for w in name_words)
            if joined_latin:
                keys.add(joined_latin)
    return keys


def sort_key(family_name: str, given_names: str | None) -> str:
    """An accent-insensitive key to list people alphabetically by family name, then given names."""
    family = " ".join(words(family_name))
    given = " ".join(words(given_names or ""))
    return f"{family}\x1f{given}"
