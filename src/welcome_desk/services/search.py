"""Finding people as the counter types: prefix, accent- and case-insensitive, ranked.

Every word typed must begin one of the person's name keys (family or given names in any order,
in their own script or transliterated), or the whole text must begin an external id or an email;
see ``domain.names`` and ``db.indexing``. Keys sit in one indexed table, so each word is a
range scan on that index (``key >= word AND key < word + U+10FFFF``), which works the same on
SQLite and PostgreSQL and stays fast at hundreds of thousands of people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import FromClause

from welcome_desk.db.models import ExternalId, Person, SearchField, SearchKey
from welcome_desk.domain.names import fold, words

DEFAULT_LIMIT = 20
MAX_WORDS = 6
_AFTER_EVERY_CHARACTER = "\U0010ffff"

# Ranking: a whole id or email first; then names, a whole word before a beginning, family names
# before given names; the beginning of an id or email last.
_EXACT = 100
_PREFIX = 50
_FAMILY_BONUS = 20
_GIVEN_BONUS = 10
# The whole text as an id or an email: unambiguous when whole, and below any name when only its
# beginning ("ali" begins hundreds of emails; it should find the family name Ali first).
_WHOLE_ID_OR_EMAIL = 1_000
_ID_OR_EMAIL_PREFIX = 40
# Each typed word is looked up among name keys; the whole text among ids and emails.
_NAME_FIELDS = (SearchField.FAMILY_NAME, SearchField.GIVEN_NAMES)
_ID_FIELDS = (SearchField.EXTERNAL_ID, SearchField.EMAIL)
_INTERNAL_ID = 2_000


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    family_name: str
    given_names: str | None
    nationality: str
    category: str
    arrival_date: date
    departure_date: date | None
    email: str | None
    external_ids: tuple[tuple[str, str], ...]
    score: int


def _key_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + _AFTER_EVERY_CHARACTER


def _word_scores(word: str) -> Select[int, int]:
    low, high = _key_range(word)
    field_bonus = case(
        (SearchKey.field == SearchField.FAMILY_NAME, _FAMILY_BONUS), else_=_GIVEN_BONUS
    )
    score = case((SearchKey.key == word, _EXACT), else_=_PREFIX) + field_bonus
    return (
        select(SearchKey.person_id.label("person_id"), func.max(score).label("score"))
        .where(SearchKey.field.in_(_NAME_FIELDS), SearchKey.key >= low, SearchKey.key < high)
        .group_by(SearchKey.person_id)
    )


def _whole_text_scores(text: str) -> Select[int, int]:
    """The whole query as the start of an external id or an email ("ERA-2026-", "jdoe@")."""
    low, high = _key_range(text)
    return (
        select(
            SearchKey.person_id.label("person_id"),
            func.max(
                case((SearchKey.key == text, _WHOLE_ID_OR_EMAIL), else_=_ID_OR_EMAIL_PREFIX)
            ).label("score"),
        )
        .where(SearchKey.field.in_(_ID_FIELDS), SearchKey.key >= low, SearchKey.key < high)
        .group_by(SearchKey.person_id)
    )


def ranked_ids(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, int]]:
    """(person id, score) of the best matches, best first."""
    query_words = words(text)[:MAX_WORDS]
    whole = fold(text).strip()
    if not query_words and not whole:
        return []

    candidates: list[Select[int, int]] = []
    if query_words:
        per_word = [_word_scores(word).subquery(f"w{i}") for i, word in enumerate(query_words)]
        first = per_word[0]
        total = sum((sub.c.score for sub in per_word[1:]), first.c.score)
        joined = select(first.c.person_id.label("person_id"), total.label("score"))
        from_clause: FromClause = first
        for sub in per_word[1:]:
            from_clause = from_clause.join(sub, sub.c.person_id == first.c.person_id)
        candidates.append(joined.select_from(from_clause))
    if whole:
        candidates.append(_whole_text_scores(whole))
    if whole.isdigit():
        candidates.append(
            select(Person.id.label("person_id"), literal(_INTERNAL_ID).label("score")).where(
                Person.id == int(whole)
            )
        )

    union = candidates[0].union_all(*candidates[1:]).subquery("candidates")
    best = (
        select(union.c.person_id, func.max(union.c.score).label("score"))
        .group_by(union.c.person_id)
        .subquery("best")
    )
    rows = session.execute(
        select(best.c.person_id, best.c.score)
        .join(Person, Person.id == best.c.person_id)
        .order_by(best.c.score.desc(), Person.sort_key, Person.id)
        .limit(limit)
    ).all()
    return [(row.person_id, row.score) for row in rows]


def search(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The people matching ``text``, best first, with what the counter needs to tell them apart."""
    ranked = ranked_ids(session, text, limit)
    if not ranked:
        return []
    ids = [person_id for person_id, _score in ranked]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    external: dict[int, list[tuple[str, str]]] = {}
    for row in session.execute(
        select(ExternalId.person_id, ExternalId.source, ExternalId.value)
        .where(ExternalId.person_id.in_(ids))
        .order_by(ExternalId.source, ExternalId.value)
    ):
        external.setdefault(row.person_id, []).append((row.source, row.value))
    hits = []
    for person_id, score in ranked:
        person = people[person_id]
        hits.append(
            SearchHit(
                id=person.id,
                family_name=person.family_name,
                given_names=person.given_names,
                nationality=person.nationality,
                category=person.category,
                arrival_date=person.arrival_date,
                departure_date=person.departure_date,
                email=person.email,
                external_ids=tuple(external.get(person_id, ())),
                score=score,
            )
        )
    return hits


__all__ = ["DEFAULT_LIMIT", "SearchHit", "ranked_ids", "search"]
