FRENCH: dict[str, str | tuple[str, str]] = {}
