"""Reward points admin (seeds/myrewards-reward-points.md): list every page, create, update
with a PATCH of only the changed fields, activate / deactivate several, create many from rows
of a file — each checked with DESIGN.md's local rules first, each answer a value (never a
raised ClaimDeskError) that the window and the command line render the same way.

Stale data: a list knows when it was fetched. An edit of a record fetched longer ago than
``stale_after`` first looks the record up on the server again (the API has no single-record
GET, so the pages are read until it is found) and, when its ``updated_at`` moved, sends
nothing and returns the server's version for the user to compare."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.connectors.myrewards import MyRewardsConnector
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import Promotion, RewardPoint, place_server_issues
from claimdesk.domain.reward_points import (
    ACTIVE,
    changed_fields,
    check_reward_point,
    differences,
    reward_point_schema,
    text_values,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import ClaimDeskError, RejectedError
from claimdesk.service.columns import Column, attribute

log = logging.getLogger("claimdesk.service")

STALE_AFTER = dt.timedelta(minutes=5)
_CONTEXT = "RewardPointsModel"  # the table's labels were first translated there


def _active_text(rp: RewardPoint) -> str:
    return (
        translate("RewardPointsModel", "Yes") if rp.active else translate("RewardPointsModel", "No")
    )


def _groups_text(rp: RewardPoint) -> str:
    groups = ", ".join(str(g) for g in rp.user_groups)
    return groups or translate("RewardPointsModel", "All")


def _updated_text(rp: RewardPoint) -> str:
    return rp.updated_at.strftime("%Y-%m-%d %H:%M") if rp.updated_at else ""


# The reward point's columns, for the window's table, its export and ``claimdesk
# reward-points list``; the id and creation time are exported, not shown.
COLUMNS: tuple[Column[RewardPoint], ...] = (
    attribute("id", "ID", _CONTEXT, numeric=True, in_table=False),
    attribute("reference", QT_TRANSLATE_NOOP("RewardPointsModel", "Reference"), _CONTEXT),
    attribute("name", QT_TRANSLATE_NOOP("RewardPointsModel", "Name"), _CONTEXT),
    attribute("active", QT_TRANSLATE_NOOP("RewardPointsModel", "Active"), _CONTEXT, _active_text),
    attribute(
        "quantity", QT_TRANSLATE_NOOP("RewardPointsModel", "Quantity"), _CONTEXT, numeric=True
    ),
    attribute(
        "points_per_quantity",
        QT_TRANSLATE_NOOP("RewardPointsModel", "Points per qty"),
        _CONTEXT,
        numeric=True,
    ),
    attribute("sale_date_from", QT_TRANSLATE_NOOP("RewardPointsModel", "Date from"), _CONTEXT),
    attribute("sale_date_to", QT_TRANSLATE_NOOP("RewardPointsModel", "Date to"), _CONTEXT),
    attribute(
        "user_groups",
        QT_TRANSLATE_NOOP("RewardPointsModel", "User groups"),
        _CONTEXT,
        _groups_text,
    ),
    attribute("created_at", "Created", _CONTEXT, in_table=False),
    attribute(
        "updated_at", QT_TRANSLATE_NOOP("RewardPointsModel", "Updated"), _CONTEXT, _updated_text
    ),
)
TABLE_COLUMNS = tuple(column for column in COLUMNS if column.in_table)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Saved:
    """The answer to one create or update. ``conflict`` is the server's newer version of a
    record edited on stale data (nothing was sent)."""

    ok: bool
    message: str
    reward_point: RewardPoint | None = None
    issues: tuple[Issue, ...] = ()
    conflict: RewardPoint | None = None
    sent: bool = False


@dataclass(frozen=True)
class Change:
    """One admin change of this session, kept to undo it: what it was, in words, and each
    record it touched, before (None: created by it) and after."""

    what: str
    promotion: Promotion
    pairs: tuple[tuple[RewardPoint | None, RewardPoint], ...]

    @property
    def count(self) -> int:
        return len(self.pairs)


def change_of(
    what: str,
    promotion: Promotion,
    before: Sequence[RewardPoint | None],
    results: Sequence[Saved],
) -> Change | None:
    """The part of an operation that reached the server, as a Change (None: nothing did)."""
    pairs = tuple(
        (old, saved.reward_point)
        for old, saved in zip(before, results, strict=True)
        if saved.ok and saved.sent and saved.reward_point is not None
    )
    return Change(what, promotion, pairs) if pairs else None


@dataclass(frozen=True)
class RowResult:
    row: int  # the row number in the file (the header is row 1)
    saved: Saved


@dataclass
class RewardPointCache:
    """The reward points of each promotion as last fetched, shared by the admin window and
    the claim form of one connection; listeners hear of every change."""

    _items: dict[int, tuple[tuple[RewardPoint, ...], dt.datetime]] = field(default_factory=dict)
    _listeners: list[Callable[[int], None]] = field(default_factory=list)

    def get(self, promotion_id: int) -> tuple[tuple[RewardPoint, ...], dt.datetime] | None:
        return self._items.get(promotion_id)

    def put(self, promotion_id: int, items: Sequence[RewardPoint], fetched_at: dt.datetime) -> None:
        self._items[promotion_id] = (tuple(items), fetched_at)
        self._notify(promotion_id)

    def replace(self, reward_point: RewardPoint) -> None:
        """One created or updated record, put in (or added to) its promotion's list."""
        promotion_id = reward_point.promotion_id
        if promotion_id is None or promotion_id not in self._items:
            return
        items, fetched_at = self._items[promotion_id]
        others = [rp for rp in items if rp.id != reward_point.id]
        if len(others) == len(items):
            self._items[promotion_id] = ((*items, reward_point), fetched_at)
        else:
            self._items[promotion_id] = (
                tuple(reward_point if rp.id == reward_point.id else rp for rp in items),
                fetched_at,
            )
        self._notify(promotion_id)

    def listen(self, listener: Callable[[int], None]) -> None:
        self._listeners.append(listener)

    def forget(self, listener: Callable[[int], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, promotion_id: int) -> None:
        for listener in list(self._listeners):
            listener(promotion_id)


def _server_issues(error: ClaimDeskError) -> tuple[Issue, ...]:
    """The server's messages on the reward point's fields, by name or label, whatever
    shape the body had ("Validation failed: Date to can't be blank", …)."""
    if not isinstance(error, RejectedError):
        return ()
    return place_server_issues(error.issues, reward_point_schema(creating=True))


class RewardPointsService:
    def __init__(
        self,
        connector: MyRewardsConnector,
        *,
        cache: RewardPointCache | None = None,
        stale_after: dt.timedelta = STALE_AFTER,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.connector = connector
        self.cache = cache if cache is not None else RewardPointCache()
        self.stale_after = stale_after
        self._now = now

    def now(self) -> dt.datetime:
        return self._now()

    # --- reading ------------------------------------------------------------------------

    def promotions(self) -> list[Promotion]:
        """Every promotion, active first (an admin may correct an archived one too)."""
        order = {"active": 0, "not_active": 1, "archived": 2}
        found = self.connector.promotions()
        return sorted(found, key=lambda p: (order.get(p.status, 3), p.name.casefold()))

    def promotion(self, promotion_id: int) -> Promotion | None:
        return next((p for p in self.connector.promotions() if p.id == promotion_id), None)

    def pages(self, promotion_id: int) -> Iterator[list[RewardPoint]]:
        """Each page of 100 as it arrives. Raises ClaimDeskError."""
        return self.connector.reward_point_pages(promotion_id)

    def all(self, promotion_id: int) -> tuple[list[RewardPoint], dt.datetime]:
        """Every reward point of the promotion and when the fetch began; cached."""
        fetched_at = self.now()
        items = [rp for page in self.pages(promotion_id) for rp in page]
        self.cache.put(promotion_id, items, fetched_at)
        return items, fetched_at

    def find(self, promotion_id: int, reward_point_id: int) -> RewardPoint | None:
        """The server's current version of one record (pages read until it is found)."""
        for page in self.pages(promotion_id):
            for rp in page:
                if rp.id == reward_point_id:
                    return rp
        return None

    def is_stale(self, fetched_at: dt.datetime) -> bool:
        return self.now() - fetched_at > self.stale_after

    # --- writing ------------------------------------------------------------------------

    def create(self, promotion: Promotion, raw: Mapping[str, object]) -> Saved:
        checked = check_reward_point(raw, returns_enabled=promotion.returns_enabled)
        if not checked.ok:
            return Saved(False, _not_sent(), issues=checked.issues)
        try:
            created = self.connector.create_reward_point(promotion.id, checked.body)
        except ClaimDeskError as error:
            return Saved(False, str(error), issues=_server_issues(error))
        self.cache.replace(created)
        log.info("reward point %s created in promotion %s", created.id, promotion.id)
        message = translate("RewardPoints", "Created reward point {id} ({reference}).").format(
            id=created.id, reference=created.reference
        )
        return Saved(True, message, created, sent=True)

    def update(
        self,
        promotion: Promotion,
        known: RewardPoint,
        raw: Mapping[str, object],
        *,
        fetched_at: dt.datetime | None = None,
        overwrite: bool = False,
    ) -> Saved:
        """PATCH the fields of ``raw`` that differ from ``known``. ``fetched_at``: when
        ``known`` was read; when it is stale (or None: unknown) the server's version is
        compared first, unless ``overwrite``."""
        checked = check_reward_point(raw, returns_enabled=promotion.returns_enabled, current=known)
        if not checked.ok:
            return Saved(False, _not_sent(), issues=checked.issues)
        changes = changed_fields(known, checked.body)
        if not changes:
            return Saved(
                True,
                translate("RewardPoints", "Nothing changed in reward point {id}.").format(
                    id=known.id
                ),
                known,
            )
        if not overwrite and (fetched_at is None or self.is_stale(fetched_at)):
            try:
                server = self.find(promotion.id, known.id)
            except ClaimDeskError as error:
                return Saved(
                    False,
                    translate(
                        "RewardPoints", "Could not check the server's version first: {error}"
                    ).format(error=error),
                )
            if server is None:
                return Saved(
                    False,
                    translate(
                        "RewardPoints",
                        "Reward point {id} ({reference}) is no longer in this promotion on the "
                        "server. Reload the list.",
                    ).format(id=known.id, reference=known.reference),
                )
            if server.updated_at != known.updated_at:
                changed = "; ".join(differences(known, server)) or translate(
                    "RewardPoints", "no field shown here"
                )
                return Saved(
                    False,
                    translate(
                        "RewardPoints",
                        "Reward point {id} ({reference}) was changed on the server since this "
                        "list was fetched ({changed}). Nothing was sent.",
                    ).format(id=known.id, reference=known.reference, changed=changed),
                    conflict=server,
                )
        try:
            updated = self.connector.update_reward_point(promotion.id, known.id, changes)
        except ClaimDeskError as error:
            return Saved(False, str(error), issues=_server_issues(error))
        self.cache.replace(updated)
        log.info("reward point %s updated: %s", known.id, ", ".join(sorted(changes)))
        message = translate("RewardPoints", "Updated reward point {id} ({reference}).").format(
            id=known.id, reference=known.reference
        )
        return Saved(True, message, updated, sent=True)

    def set_active(
        self,
        promotion: Promotion,
        reward_points: Sequence[RewardPoint],
        active: bool,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Saved]:
        """Activate or deactivate each; those already so are left alone (nothing sent)."""
        results = []
        for done, rp in enumerate(reward_points, start=1):
            if rp.active == active:
                already = translate("RewardPoints", "Reward point {id} was already so.")
                results.append(Saved(True, already.format(id=rp.id), rp))
            else:
                results.append(self.update(promotion, rp, {ACTIVE: active}, overwrite=True))
            if progress:
                progress(done, len(reward_points))
        return results

    def undo(
        self, change: Change, progress: Callable[[int, int], None] | None = None
    ) -> list[Saved]:
        """Send each record of `change` back to its values before it, newest first. A record
        changed on the server since (by anyone) is left alone and said so: an undo never
        overwrites a later edit. A created record can only be deactivated: the API has no
        delete for reward points."""
        promotion = change.promotion
        server = {rp.id: rp for rp in self.all(promotion.id)[0]}  # one read, every page
        results = []
        for done, (before, after) in enumerate(reversed(change.pairs), start=1):
            now = server.get(after.id)
            if now is None:
                results.append(
                    Saved(
                        False,
                        translate(
                            "RewardPoints",
                            "Reward point {id} ({reference}) is no longer in this promotion: "
                            "not undone.",
                        ).format(id=after.id, reference=after.reference),
                    )
                )
            elif now.updated_at != after.updated_at:
                results.append(
                    Saved(
                        False,
                        translate(
                            "RewardPoints",
                            "Reward point {id} ({reference}) was changed again since ({changed}): "
                            "not undone.",
                        ).format(
                            id=after.id,
                            reference=after.reference,
                            changed="; ".join(differences(after, now)) or "—",
                        ),
                        conflict=now,
                    )
                )
            else:
                values: Mapping[str, object] = (
                    {ACTIVE: False} if before is None else text_values(before)
                )
                results.append(self.update(promotion, now, values, overwrite=True))
            if progress:
                progress(done, change.count)
        return results

    def create_rows(
        self,
        promotion: Promotion,
        rows: Sequence[Mapping[str, object]],
        progress: Callable[[int, int], None] | None = None,
        first_row: int = 2,
        numbers: Sequence[int] = (),
    ) -> list[RowResult]:
        """Create each row in file order; a row that breaks a rule is not sent, the others
        still are (each create is its own request). ``numbers``: each row's row in the
        sheet (else counted from ``first_row``)."""
        results = []
        for index, raw in enumerate(rows):
            number = numbers[index] if index < len(numbers) else first_row + index
            results.append(RowResult(number, self.create(promotion, raw)))
            if progress:
                progress(index + 1, len(rows))
        return results


class FileProblem(Exception):
    """A file of reward points that cannot be read or has no column for a required field;
    the message is a sentence for the user."""


# Remembered column mappings of reward point files: one for every promotion of the platform.
# Guess: an admin's files for different promotions share their columns.
MAPPING_KEY = ("myrewards", "reward-points")


@dataclass(frozen=True)
class FileRows:
    """A file's rows as the create fields (dates read as ISO, numbers with a decimal
    point), each row's number in the sheet, and the rows as written, for the error file."""

    rows: list[dict[str, str]]
    ignored_columns: tuple[str, ...]
    numbers: list[int] = field(default_factory=list)
    written: list[dict[str, str]] = field(default_factory=list)
    skipped: str = ""  # "Row 1 skipped: title; …", or ""
    readings: tuple[str, ...] = ()  # how dates and numbers were read, in words


def match_file(path: Path, header_row: int | None = None, table: Any = None) -> Any:
    """Read a CSV / XLSX file of new reward points (or take ``table``, read before), find
    its header row (or use the sheet row the user chose), and match its columns to the
    create fields as claims files are matched (names, labels, synonyms, the user's last
    choice). Returns batch_import.Matched; raises FileProblem."""
    from claimdesk.domain.reward_points import CREATE_SCHEMA
    from claimdesk.importers.export import REASON
    from claimdesk.importers.mapping import (
        find_header,
        match_columns,
        remembered_columns,
        remembered_mapping,
    )
    from claimdesk.service.batch_import import ImportProblem, Matched, read

    try:
        if table is None:
            table = read(path)
        # The Problem column of our own error file is not a field: a corrected error
        # file imports again without a question.
        remembered = {REASON: "", **remembered_mapping(*MAPPING_KEY)}
        if header_row is not None:
            table = table.cut(header_row)
        else:
            table = find_header(table, CREATE_SCHEMA, remembered)
    except ImportProblem as error:
        raise FileProblem(str(error)) from None
    mapping = match_columns(table, CREATE_SCHEMA, remembered, remembered_columns(*MAPPING_KEY))
    return Matched(table, mapping)


def chosen_mapping(table: Any, chosen: Mapping[int, str]) -> Any:
    """The mapping of the user's choice in the mapping dialog (column → field)."""
    from claimdesk.domain.reward_points import CREATE_SCHEMA
    from claimdesk.importers.mapping import mapping_from_choice

    return mapping_from_choice(table, CREATE_SCHEMA, dict(chosen))


def remember_choice(table: Any, chosen: Mapping[int, str]) -> None:
    """Keep the user's choice for the next file (by header and by position); a file write."""
    from claimdesk.importers.mapping import remember_mapping

    remember_mapping(*MAPPING_KEY, [(h, chosen.get(i, "")) for i, h in enumerate(table.headers)])


def file_rows(table: Any, mapping: Any, locale_name: str) -> FileRows:
    """The matched table's rows, dates and numbers read as the claims import reads them
    (31/12/2026, 1.234,50 …: importers/interpret.py)."""
    from claimdesk.domain.reward_points import CREATE_SCHEMA
    from claimdesk.importers.interpret import interpret
    from claimdesk.importers.mapping import records
    from claimdesk.importers.table import skipped_text

    written = records(table, mapping)
    rows, readings = interpret(written, CREATE_SCHEMA, locale_name)
    return FileRows(
        rows,
        mapping.unmatched,
        [table.row_number(i) for i in range(len(rows))],
        written,
        skipped_text(table.skipped),
        tuple(r.text for r in readings),
    )


def read_rows(path: Path, locale_name: str = "") -> FileRows:
    """A CSV / XLSX file of new reward points read and matched with no one to ask (the
    command line): a required field with no column is a FileProblem."""
    matched = match_file(path)
    mapping = matched.mapping
    if mapping.missing_required:
        raise FileProblem(
            translate(
                "RewardPoints", "{source}: no column for {missing} (columns found: {found})"
            ).format(
                source=matched.table.source,
                missing=", ".join(mapping.missing_required),
                found=", ".join(matched.table.headers),
            )
        )
    return file_rows(matched.table, mapping, locale_name)


def reason(result: RowResult, labels: Mapping[str, str]) -> str:
    """Why a row was not created, in one line without its row number."""
    saved = result.saved
    if not saved.issues:
        return saved.message
    record = translate("RewardPoints", "record")
    return "; ".join(
        f"{labels.get(i.field or '', i.field or record)}: {i.message}" for i in saved.issues
    )


def write_error_file(
    path: Path, found: FileRows, results: Sequence[RowResult], when: dt.datetime | None = None
) -> Path | None:
    """The rows not created, as written in the file, with a Problem column, beside the
    imported file as STEM-problems-YYYYMMDD-HHMMSS.csv (as the claims' problems file):
    ready to correct and import again. None when every row was created; raises
    FileProblem (a sentence) when it cannot be written."""
    from claimdesk.domain.reward_points import CREATE_SCHEMA, LABELS
    from claimdesk.importers.export import export_rows
    from claimdesk.service.batch_import import ImportProblem

    failed = [(i, r) for i, r in enumerate(results) if not r.saved.ok]
    if not failed:
        return None
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    # Guess: beside the file imported (the admin has it open, and can write there).
    target = path.with_name(f"{path.stem}-problems-{stamp}.csv")
    names = list(CREATE_SCHEMA.names)
    rows = [[found.written[i].get(n, "") for n in names] for i, _r in failed]
    try:
        export_rows(
            target,
            [spec.label for spec in CREATE_SCHEMA],
            rows,
            [reason(r, LABELS) for _i, r in failed],
        )
    except ImportProblem as error:
        raise FileProblem(str(error)) from None
    return target


def _not_sent() -> str:
    return translate("RewardPoints", "Not sent: correct the fields shown.")


def summary(results: Sequence[Saved]) -> str:
    sent = sum(1 for r in results if r.ok and r.sent)
    failed = sum(1 for r in results if not r.ok)
    unchanged = len(results) - sent - failed
    return translate(
        "RewardPoints", "{sent} saved, {unchanged} unchanged, {failed} failed."
    ).format(sent=sent, unchanged=unchanged, failed=failed)


def describe_row(result: RowResult, labels: Mapping[str, str]) -> list[str]:
    """Lines for one row's problems, each naming the row and the field."""
    if result.saved.ok:
        return []
    if not result.saved.issues:
        return [
            translate("RewardPoints", "row {row}: {message}").format(
                row=result.row, message=result.saved.message
            )
        ]
    line = translate("RewardPoints", "row {row}, {field}: {message}")
    record = translate("RewardPoints", "record")
    return [
        line.format(
            row=result.row, field=labels.get(i.field or "", i.field or record), message=i.message
        )
        for i in result.saved.issues
    ]


def to_json(rp: RewardPoint) -> dict[str, Any]:
    return rp.model_dump(mode="json")
