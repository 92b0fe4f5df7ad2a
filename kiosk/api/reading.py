"""Strict reading of a JSON answer: each wrong or missing value becomes a BadAnswer naming its place."""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from kiosk.api.errors import BadAnswer

__all__ = ["Reader", "Scalar", "string"]

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")
Scalar = str | int | float | bool | None


class Reader:
    """Typed access to one JSON object; `where` names it in error details."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, dict):
            raise BadAnswer(f"{where}: expected an object, got {_kind(obj)}")
        self._obj: dict[str, Any] = obj
        self._where = where

    def _get(self, key: str, *, optional: bool) -> Any:
        if key not in self._obj:
            if optional:
                return None
            raise BadAnswer(f"{self._where}.{key}: missing")
        return self._obj[key]

    def _fail(self, key: str, expected: str, value: object) -> BadAnswer:
        return BadAnswer(f"{self._where}.{key}: expected {expected}, got {_kind(value)}")

    def text(self, key: str) -> str:
        value = self._get(key, optional=False)
        if not isinstance(value, str):
            raise self._fail(key, "a string", value)
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, optional=True)
        if value is not None and not isinstance(value, str):
            raise self._fail(key, "a string or null", value)
        return value

    def integer(self, key: str) -> int:
        value = self._get(key, optional=False)
        if not _is_int(value):
            raise self._fail(key, "an integer", value)
        return int(value)

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key, optional=True)
        if value is not None and not _is_int(value):
            raise self._fail(key, "an integer or null", value)
        return value

    def number(self, key: str) -> float:
        value = self._get(key, optional=False)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._fail(key, "a number", value)
        return float(value)

    def flag(self, key: str) -> bool:
        value = self._get(key, optional=False)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def opt_flag(self, key: str) -> bool | None:
        value = self._get(key, optional=True)
        if value is not None and not isinstance(value, bool):
            raise self._fail(key, "true, false or null", value)
        return value

    def choice(self, key: str, kind: type[_E]) -> _E:
        value = self.text(key)
        try:
            return kind(value)
        except ValueError:
            raise BadAnswer(f"{self._where}.{key}: not one of {[m.value for m in kind]}") from None

    def time(self, key: str) -> dt.datetime:
        value = self.text(key)
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            raise BadAnswer(f"{self._where}.{key}: not an ISO 8601 time") from None
        if when.tzinfo is None:
            raise BadAnswer(f"{self._where}.{key}: a time without a time zone")
        return when.astimezone(dt.timezone.utc)

    def opt_time(self, key: str) -> dt.datetime | None:
        return None if self._get(key, optional=True) is None else self.time(key)

    def opt_date(self, key: str) -> dt.date | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BadAnswer(f"{self._where}.{key}: not a YYYY-MM-DD date") from None

    def raw(self, key: str) -> Any:
        return self._get(key, optional=False)

    def raw_optional(self, key: str) -> Any:
        return self._get(key, optional=True)

    def many(self, key: str, read: Callable[[object, str], _T]) -> tuple[_T, ...]:
        value = self._get(key, optional=False)
        if not isinstance(value, list):
            raise self._fail(key, "a list", value)
        return tuple(read(item, f"{self._where}.{key}[{i}]") for i, item in enumerate(value))

    def opt_many(self, key: str, read: Callable[[object, str], _T]) -> tuple[_T, ...] | None:
        return None if self._get(key, optional=True) is None else self.many(key, read)

    def scalars(self, key: str) -> Mapping[str, Scalar]:
        value = self._get(key, optional=True)
        if value is None:
            return types.MappingProxyType({})
        if not isinstance(value, dict) or not all(
            isinstance(v, (str, int, float, bool)) or v is None for v in value.values()
        ):
            raise self._fail(key, "an object of plain values", value)
        return types.MappingProxyType(dict(value))

    def consents(self, key: str) -> Mapping[str, bool]:
        value = self._get(key, optional=True)
        if value is None:
            return types.MappingProxyType({})
        if not isinstance(value, dict) or not all(isinstance(v, bool) for v in value.values()):
            raise self._fail(key, "an object of true/false values", value)
        return types.MappingProxyType(dict(value))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    """A JSON type name: enough to debug, without repeating the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def string(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise BadAnswer(f"{where}: expected a string, got {_kind(value)}")
    return value
