"""The flat ``events`` row layout, derived from the :class:`~eventscope.models.Event` dataclass.

One schema (issue 13): the store's column list, the row encoder and decoder and the API's
JSON decoder all come from ``dataclasses.fields(Event)``, so adding a field to ``Event`` is
one edit plus a migration (:meth:`EventLayout.add_column_sql` gives its statement).

Rules, read off each field's type:

* a plain field (``str``, ``int``, ``float``, ``bool``, ``datetime.date`` or a ``Literal``
  of strings, optionally ``| None``) is one column of the same name;
* a dataclass field (``Actor``, ``Place``) is one column per field of that class, named
  ``{field}_{subfield}`` (``source_country``, ``location_lat``); the object is absent when
  every column that cannot be ``None`` on the object is NULL;
* a ``dict`` field (``extra``) is not stored: the store puts its ``id`` and ``cluster_id``
  there when reading;
* a NULL read into a field that cannot be ``None`` takes the field's default, else the
  type's zero (``""``, ``0``, ``0.0``).

Example:
    >>> EVENT_LAYOUT.names[:3]
    ('article_id', 'date', 'date_precision')
    >>> EVENT_LAYOUT.column("source_country").path
    ('source', 'country')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import types
import typing
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..models import Event

if TYPE_CHECKING:
    import pyarrow as pa

_KINDS: dict[Any, str] = {str: "str", int: "int", float: "float", bool: "bool", dt.date: "date"}
_ZEROS = {"str": "", "int": 0, "float": 0.0, "bool": False}
SQL_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One stored column: its flat ``name``, the attribute ``path`` on the event, the value
    ``kind`` (str, int, float, bool, date), whether ``None`` is a valid value, and the value
    a NULL reads as when it is not."""

    name: str
    path: tuple[str, ...]
    kind: str
    optional: bool
    fallback: Any = None


@dataclasses.dataclass(frozen=True, slots=True)
class Group:
    """The columns of one ``Event`` field: one for a plain field, several for a dataclass."""

    field: str
    nested: type | None
    columns: tuple[Column, ...]


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """``X | None`` → ``(X, True)``; ``X`` → ``(X, False)``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(members) == 1:
            return members[0], True
    return hint, False


def _kind(hint: Any, where: str) -> str:
    if typing.get_origin(hint) is typing.Literal:
        values = typing.get_args(hint)
        if all(isinstance(value, str) for value in values):
            return "str"
    if hint in _KINDS:
        return _KINDS[hint]
    raise ConfigError(detail=f"{where} has type {hint!r}, which the event store cannot hold")


def _fallback(field: dataclasses.Field[Any], kind: str) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    return _ZEROS.get(kind)


def _column(owner: type, field: dataclasses.Field[Any], hint: Any, prefix: str) -> Column:
    inner, optional = _unwrap(hint)
    kind = _kind(inner, f"{owner.__name__}.{field.name}")
    name = f"{prefix}_{field.name}" if prefix else field.name
    path = (prefix, field.name) if prefix else (field.name,)
    return Column(name, path, kind, optional, None if optional else _fallback(field, kind))


def _group(record: type, field: dataclasses.Field[Any], hint: Any) -> Group | None:
    inner, _ = _unwrap(hint)
    if typing.get_origin(inner) is dict or inner is dict:
        return None
    if dataclasses.is_dataclass(inner) and isinstance(inner, type):
        hints = typing.get_type_hints(inner)
        columns = tuple(
            _column(inner, sub, hints[sub.name], field.name) for sub in dataclasses.fields(inner)
        )
        return Group(field.name, inner, columns)
    return Group(field.name, None, (_column(record, field, hint, ""),))


# One column's read plan: (key in the output dict, column name, NULL value, converter or None).
_Read = tuple[str, str, Any, Callable[[Any], Any] | None]
# One field's read plan: (field name, nested class or None, its columns, presence columns).
_FieldPlan = tuple[str, type | None, tuple[_Read, ...], tuple[str, ...]]
# One encoding step: (getter, getter of a nested object's values or None, an absent one's NULLs).
_Step = tuple[Callable[[Any], Any], Callable[[Any], tuple[Any, ...]] | None, list[None]]


class EventLayout:
    """The stored form of an event class (``Event`` or a subclass with more fields).

    The per-row work is planned once here (attribute getters, converters), so encoding and
    decoding cost about what hand-written code did.
    """

    def __init__(self, record: type[Event]) -> None:
        hints = typing.get_type_hints(record)
        found = (_group(record, field, hints[field.name]) for field in dataclasses.fields(record))
        self.record = record
        self.groups: tuple[Group, ...] = tuple(group for group in found if group is not None)
        self.columns: tuple[Column, ...] = tuple(c for g in self.groups for c in g.columns)
        self.names: tuple[str, ...] = tuple(column.name for column in self.columns)
        self._by_name = {column.name: column for column in self.columns}
        self._article_index = self.names.index("article_id")
        self._steps = _steps(self.groups)
        self._plans = {
            json: tuple(_plan(g, json=json) for g in self.groups) for json in (False, True)
        }

    def column(self, name: str) -> Column:
        return self._by_name[name]

    def row(self, event: Event, *, article_id: str | None = None) -> tuple[Any, ...]:
        """The event as a tuple in :attr:`names` order (stored under ``article_id`` if given)."""
        values: list[Any] = []
        for get, sub, empty in self._steps:
            value = get(event)
            if sub is None:
                values += value
            else:
                values += empty if value is None else sub(value)
        if article_id is not None:
            values[self._article_index] = article_id
        return tuple(values)

    def fields(self, record: dict[str, Any], *, json: bool = False) -> dict[str, Any]:
        """A stored row → the event's field values (nested objects as dicts); ``json`` gives
        dates as ISO strings (the shape of :meth:`Event.to_dict`)."""
        out: dict[str, Any] = {}
        for field, nested, reads, presence in self._plans[json]:
            if nested is None:
                out[field] = _value(reads[0], record)
            elif any(_known(record[name]) for name in presence):
                out[field] = _values(reads, record)
            else:
                out[field] = None
        return out

    def decode(self, record: dict[str, Any], *, extra: dict[str, Any] | None = None) -> Event:
        """A stored row → an instance of the event class (nested dataclasses rebuilt)."""
        values = self.fields(record)
        for group in self.groups:
            if group.nested is not None and values[group.field] is not None:
                values[group.field] = group.nested(**values[group.field])
        return self.record(**values, extra=extra or {})

    def arrow_type(self, name: str) -> pa.DataType:
        import pyarrow as pa

        kind = self._by_name[name].kind
        kinds = {"int": pa.int64(), "float": pa.float64(), "date": pa.date32()}
        return kinds.get(kind, pa.bool_() if kind == "bool" else pa.string())

    def add_column_sql(self, name: str) -> str:
        """The migration statement that adds column ``name`` to ``events`` (nullable)."""
        return f"ALTER TABLE events ADD COLUMN {name} {SQL_TYPES[self._by_name[name].kind]}"

    def table(self, rows: Sequence[tuple[Any, ...]]) -> pa.Table:
        """Rows in :attr:`names` order → one typed Arrow table (column-wise)."""
        import pyarrow as pa

        columns = list(zip(*rows, strict=True)) if rows else [()] * len(self.names)
        arrays = [
            pa.array(values, type=self.arrow_type(name))
            for name, values in zip(self.names, columns, strict=True)
        ]
        return pa.Table.from_arrays(arrays, names=list(self.names))


def _known(value: Any) -> bool:
    return value is not None and value == value  # NaN (pandas' NULL) != NaN


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):  # a Parquet timestamp read back by pandas
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _iso_date(value: Any) -> str:
    return _date(value).isoformat()


def _converter(kind: str, *, json: bool) -> Callable[[Any], Any] | None:
    """How a stored value of ``kind`` is read (JSON leaves numbers to the response model)."""
    if kind == "date":
        return _iso_date if json else _date
    if json:
        return None
    return {"int": int, "float": float}.get(kind)


def _plan(group: Group, *, json: bool) -> _FieldPlan:
    reads = tuple(
        (column.path[-1], column.name, column.fallback, _converter(column.kind, json=json))
        for column in group.columns
    )
    presence = tuple(c.name for c in group.columns if not c.optional) or tuple(
        c.name for c in group.columns
    )
    return group.field, group.nested, reads, presence


def _value(read: _Read, record: dict[str, Any]) -> Any:
    _, name, fallback, convert = read
    value = record[name]
    if value is None or value != value:  # NaN is pandas' NULL in numeric columns
        return fallback
    return value if convert is None else convert(value)


def _values(reads: tuple[_Read, ...], record: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, name, fallback, convert in reads:
        value = record[name]
        if value is None or value != value:  # NaN is pandas' NULL in numeric columns
            value = fallback
        elif convert is not None:
            value = convert(value)
        out[key] = value
    return out


def _tuple_getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """``operator.attrgetter`` that returns a tuple for one name too."""
    many = operator.attrgetter(*names)
    return many if len(names) > 1 else (lambda value: (many(value),))


def _steps(groups: tuple[Group, ...]) -> tuple[_Step, ...]:
    """Encoding steps: one getter per run of plain fields, one per nested field."""
    steps: list[_Step] = []
    plain: list[str] = []
    for group in (*groups, None):
        if group is not None and group.nested is None:
            plain.append(group.field)
            continue
        if plain:
            steps.append((_tuple_getter(plain), None, []))
            plain = []
        if group is not None:
            names = [column.path[1] for column in group.columns]
            get = operator.attrgetter(group.field)
            steps.append((get, _tuple_getter(names), [None] * len(names)))
    return tuple(steps)


@functools.lru_cache(maxsize=8)
def layout_of(record: type[Event]) -> EventLayout:
    """The (cached) layout of ``record``, ``Event`` or a subclass of it."""
    return EventLayout(record)


EVENT_LAYOUT = layout_of(Event)
