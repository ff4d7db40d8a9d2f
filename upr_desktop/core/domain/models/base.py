"""Declarative base, naming convention and column helpers shared by every model."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

from upr_desktop.errors import DamagedValue
from upr_desktop.i18n import tr

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp (SQLite has no time zones; everything stored is UTC)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class JSONList(TypeDecorator[list[Any]]):
    """A list stored as compact JSON text (e.g. recommending States, scopes)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Any) -> list[Any]:
        if not value:
            return []
        result = _loads(value)
        if not isinstance(result, list):
            raise _damaged()
        return result


class JSONDict(TypeDecorator[dict[str, Any]]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)

    def process_result_value(self, value: str | None, dialect: Any) -> dict[str, Any]:
        if not value:
            return {}
        result = _loads(value)
        if not isinstance(result, dict):
            raise _damaged()
        return result


def _loads(value: str) -> Any:
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        raise _damaged() from None


def _damaged() -> DamagedValue:
    # The row is not known here: `check` names it, and `export-json --salvage` saves everything else.
    return DamagedValue(tr("A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the "
                           "damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup."))


UUID_LEN = 36
UuidStr = String(UUID_LEN)
