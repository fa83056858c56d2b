"""A list's optional filters, for the model's queries (no database code: the journal's
readers, such as the standalone package checker, import it without SQLCipher)."""

from __future__ import annotations

from typing import Any


def narrowed(sql: str, *conditions: tuple[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """``sql`` (a SELECT ending in a WHERE clause) narrowed by each ``(condition, value)``
    whose value is not None — ``" AND " + condition`` with the value for its ``?`` — and
    the parameters: the filters of a list that may be asked for by any of its columns."""
    used = [(condition, value) for condition, value in conditions if value is not None]
    return (sql + "".join(f" AND {condition}" for condition, _ in used),
            tuple(value for _, value in used))
