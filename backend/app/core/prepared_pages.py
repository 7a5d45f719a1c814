"""Pages of the hottest lists: statements prepared once and run on the driver.

`pagination.paginate` builds a page's SQL construct on every request; SQLAlchemy then works
out its cache key, finds the compiled form, wraps the driver's rows in a result and converts
every value. For the hottest lists (the audit log: every write adds to it, and the Admin's
screen reads it) `prepared_page` does each of those once per statement shape instead:

- the caller's statement is built once (module level, or cached per filter shape) with
  `bindparam`s, and the page around it (cursor condition, order, limit, all bound) is built
  once per (statement, after a cursor or not, direction);
- that page is compiled once for the asyncpg dialect and run with `fetch` on a pooled
  driver connection of its own, in autocommit, through asyncpg's cache of prepared
  statements (no ORM session: a read of one statement has nothing to be consistent with),
  its values passed through their bind types' processors;
- rows are dicts of the driver's values (asyncpg decodes JSON with orjson, through the
  codec the engine installs on each connection); UUID columns other than the page's keys
  come as text, since orjson writes asyncpg's own UUID type only through a fallback call
  per value.

So the rows are for answering with `page_response`, not for Python code. Only column types
whose driver values are what the API answers with may be selected (UUIDs, text, numbers,
booleans, dates and times, enums, JSON): a type converted in Python (a `TypeDecorator`, say)
would be skipped silently here, so preparing a statement that selects one fails.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy import Integer, Select, Text, bindparam, cast, tuple_
from sqlalchemy import types as sqltypes
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.util import greenlet_spawn

from app.core.db import get_engine
from app.core.pagination import PageParams, cursor_values, next_page, page_limit

_DIALECT = asyncpg_dialect.dialect()
_DRIVER_VALUED_TYPES = (sqltypes.Uuid, sqltypes.String, sqltypes.Integer, sqltypes.Numeric,
                        sqltypes.Boolean, sqltypes.DateTime, sqltypes.Date, sqltypes.Time,
                        sqltypes.JSON)
_MAX_SHAPES = 1024


_FIXED = object()  # a parameter whose value is in the statement (a literal in a condition)


@dataclass(frozen=True)
class _Prepared:
    sql: str
    # in $n order: (name, bind processor, _FIXED or the literal's value, already processed)
    parameters: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]

    def arguments(self, values: Mapping[str, Any]) -> list[Any]:
        return [fixed if fixed is not _FIXED
                else values[name] if process is None else process(values[name])
                for name, process, fixed in self.parameters]


# (statement, its keys, after a cursor?, descending) -> its page, prepared
_prepared: dict[tuple[Select, tuple[str, ...], bool, bool], _Prepared] = {}


def _prepare(stmt: Select, keys: list[InstrumentedAttribute], after: bool,
             descending: bool) -> _Prepared:
    shape = (stmt, tuple(c.key for c in keys), after, descending)
    if (prepared := _prepared.get(shape)) is not None:
        return prepared
    for column in stmt.selected_columns:
        if not isinstance(column.type, _DRIVER_VALUED_TYPES):
            raise TypeError(f"prepared_page cannot select {column.name} ({column.type!r}): "
                            "its values are converted in Python; use paginate")
    keys_named = {c.key for c in keys}
    stmt = stmt.with_only_columns(*[
        cast(c, Text).label(c.name)
        if isinstance(c.type, sqltypes.Uuid) and c.name not in keys_named else c
        for c in stmt.selected_columns], maintain_column_froms=True)
    if after:
        last = tuple_(*[bindparam(f"page_after_{i}", type_=c.type) for i, c in enumerate(keys)])
        key = tuple_(*keys)
        stmt = stmt.where(key < last if descending else key > last)
    page = stmt.order_by(*[c.desc() if descending else c.asc() for c in keys]).limit(
        bindparam("page_limit", type_=Integer))
    compiled = page.compile(dialect=_DIALECT)
    if compiled.literal_execute_params or compiled.post_compile_params:
        raise TypeError("prepared_page takes plain bound values only (no IN lists)")
    parameters = []
    for name in compiled.positiontup or ():
        param = compiled.binds[name]
        process = param.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
        fixed = _FIXED if param.required else (
            param.effective_value if process is None else process(param.effective_value))
        parameters.append((name, process, fixed))
    prepared = _Prepared(compiled.string, tuple(parameters))
    if len(_prepared) >= _MAX_SHAPES:
        _prepared.clear()
    _prepared[shape] = prepared
    return prepared


async def prepared_page(
    stmt: Select,
    bind: Mapping[str, Any],
    *,
    sort: InstrumentedAttribute,
    tiebreaker: InstrumentedAttribute | None,
    params: PageParams,
    descending: bool = True,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of `stmt` (built once, its `bindparam`s taking the values in `bind`) as rows
    for `page_response`, and the cursor of the next page."""
    keys = [sort] if tiebreaker is None else [sort, tiebreaker]
    limit = page_limit(params)
    after = cursor_values(params.cursor, keys) if params.cursor else []
    prepared = _prepare(stmt, keys, bool(after), descending)
    values = {**bind, "page_limit": limit + 1,
              **{f"page_after_{i}": value for i, value in enumerate(after)}}
    records = await _fetch(prepared.sql, prepared.arguments(values))
    names = tuple(records[0].keys()) if records else ()
    return next_page([dict(zip(names, r, strict=True)) for r in records], limit, keys,
                     plain_rows=True)


async def _fetch(sql: str, arguments: list[Any]) -> list[asyncpg.Record]:
    """`sql` on a connection checked out of the engine's pool (pinged when it sat idle, as
    every checkout is) and handed back right after; a connection that broke is dropped
    from the pool rather than handed to the next request. (An interrupted statement, a
    client gone away, is cancelled by asyncpg and leaves its connection usable.)"""
    connection = await get_engine().raw_connection()
    try:
        return await connection.driver_connection.fetch(sql, *arguments)
    except (asyncpg.InterfaceError, asyncpg.PostgresConnectionError, OSError) as exc:
        connection.invalidate(exc)
        raise
    finally:
        await greenlet_spawn(connection.close)
