"""``claimdesk validate`` and ``claimdesk submit``: a CSV / XLSX file of claims checked with
the same rules as the form, then queued in the outbox and sent.

Exit status: 0 all valid (validate) or all accepted (submit); 1 some rows invalid,
rejected, of unknown outcome or already sent (duplicates: skipped and listed unless
--allow-duplicates); 2 usage, profile or file error."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from claimdesk.credentials import KeyringUnavailable
from claimdesk.errors import ClaimDeskError
from claimdesk.service.profiles import ProfileError

OK, SOME_BAD, USAGE = 0, 1, 2


def _fail(command: str, message: str) -> int:
    print(f"claimdesk {command}: {message}", file=sys.stderr)
    return USAGE


def _locale_name() -> str:
    """The user's locale for reading dates and numbers, as the C library would choose it."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return "en_US"


def run_batch(args: argparse.Namespace) -> int:
    from claimdesk.service.platform import Target
    from claimdesk.service.workspace import Workspace

    command = args.command
    workspace = Workspace()
    try:
        connection = workspace.open_profile(args.profile)
    except (ProfileError, KeyringUnavailable) as error:
        return _fail(command, str(error))
    service = connection.service
    try:
        targets = service.targets()
        if args.promotion is not None:
            chosen = [t for t in targets if t.key == str(args.promotion)]
            if not chosen:
                return _fail(
                    command,
                    f"{service.target_noun.lower()} {args.promotion} is not "
                    f"offered; choose one of: {', '.join(t.key for t in targets)}",
                )
            target = chosen[0]
        elif len([t for t in targets if not t.unavailable]) == 1:
            target = next(t for t in targets if not t.unavailable)
        else:
            return _fail(
                command,
                f"say which {service.target_noun.lower()} with --promotion: "
                f"{', '.join(t.key for t in targets)}",
            )
        if target.unavailable:  # e.g. a MyRewards promotion that takes no sales data
            return _fail(
                command,
                f"{service.target_noun.lower()} {target.key} ({target.name}) is not "
                f"available: {target.unavailable}",
            )
        form = service.load_form(Target(target.key, target.name))
    except ClaimDeskError as error:
        return _fail(command, f"cannot reach {connection.name}: {error}")
    return run_file(args, workspace, connection, form)


def run_file(args: argparse.Namespace, workspace: Any, connection: Any, form: Any) -> int:
    """The file of ``args`` read into ``form``'s fields, checked, and (unless validating)
    queued and sent; shared by validate, submit and returns."""
    from claimdesk.service import batch_import

    command = args.command
    service = connection.service
    caution = service.warning(form)
    if command == "submit" and caution and not connection.confirmed:
        if not getattr(args, "claret_beta", False):
            return _fail(
                command,
                f"nothing sent: {service.platform_name}'s sales upload is in beta, and its own "
                "documentation says it may not behave as expected and must not be used for "
                "production data. To send anyway, run again with --claret-beta (remembered "
                f"for the profile {connection.name}).",
            )
        workspace.remember_confirmation(connection.name)
    try:
        matched = batch_import.match(service, form, batch_import.read(Path(args.file)))
    except batch_import.ImportProblem as error:
        return _fail(command, str(error))
    table, mapping = matched.table, matched.mapping
    if mapping.missing_required:
        return _fail(
            command,
            f"{table.source}: no column for {', '.join(mapping.missing_required)}"
            f" (columns found: {', '.join(table.headers)})",
        )
    if skipped := batch_import.skipped(table):
        print(f"note: {skipped} (header: row {table.header_row})", file=sys.stderr)
    for header in mapping.unmatched:
        print(f"note: column {header!r} matches no field and is ignored", file=sys.stderr)
    overrides = {
        **batch_import.date_overrides(form.schema, getattr(args, "date_order", None)),
        **batch_import.number_overrides(form.schema, getattr(args, "decimal_mark", None)),
    }
    prepared = batch_import.prepare(service, form, table, mapping, _locale_name(), overrides)
    rows, checks = prepared.values, prepared.checks
    for reading in prepared.readings:
        if reading.ambiguous:
            switch = "--date-order" if reading.kind == "date" else "--decimal-mark"
            print(f"note: {reading.text}; say otherwise with {switch}", file=sys.stderr)
    bad = 0
    for index, check in enumerate(checks):
        number = table.row_number(index)  # the row the spreadsheet shows
        for issue in check.issues:
            print(f"row {number}, {form.schema.label_of(issue.field) or 'claim'}: {issue.message}")
        bad += not check.ok
    if command == "validate":
        print(f"{len(rows) - bad} of {len(rows)} rows valid.", file=sys.stderr)
        return SOME_BAD if bad else OK
    results = getattr(args, "results", None)
    if results:  # a folder that cannot take the results is said before anything is sent
        problem = _unwritable(Path(results))
        if problem:
            return _fail(command, f"--results {results}: {problem}")
    allow = getattr(args, "allow_duplicates", False)
    code, report = _submit(connection, form, rows, checks, allow, table.row_number)
    if results and report is not None:
        try:
            from claimdesk.service.batch import write_results

            written = write_results(
                Path(results),
                Path(args.file).stem,
                form.schema,
                [[str(row.get(name, "")) for name in form.schema.names] for row in rows],
                report,
            )
        except batch_import.ImportProblem as error:
            return _fail(command, str(error))
        print(f"results: {written[0]}\nproblems: {written[1]}", file=sys.stderr)
    return code


def _unwritable(folder: Path) -> str:
    """Why the results cannot be written in `folder`, or ""."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".claimdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        return str(error.strerror or error)
    return ""


def _submit(connection, form, rows, checks, allow_duplicates, row_number) -> tuple[int, Any]:  # type: ignore[no-untyped-def]
    from claimdesk.paths import data_dir
    from claimdesk.service.batch import DUPLICATE, BatchProgress, submit_rows
    from claimdesk.service.outbox import OutboxService, SenderBusy, StorageFault

    tty = sys.stderr.isatty()

    def progress(state: BatchProgress) -> None:
        if tty:
            print(f"\rsent {state.done:,} of {state.total:,}", end="", file=sys.stderr, flush=True)

    try:
        outbox = OutboxService.open(
            data_dir(), lambda name: connection if name == connection.name else None
        )
        outbox.recover()
        report = submit_rows(
            outbox,
            connection,
            form,
            rows,
            checks=checks,
            progress=progress,
            allow_duplicates=allow_duplicates,
        )
    except SenderBusy as error:
        if tty:
            print(file=sys.stderr)
        print(f"claimdesk submit: {error}", file=sys.stderr)  # nothing was queued
        return SOME_BAD, None
    except StorageFault as error:
        if tty:
            print(file=sys.stderr)
        return _fail("submit", str(error)), None
    if tty:
        print(file=sys.stderr)
    for outcome in report.outcomes:
        if outcome.state == DUPLICATE:
            if outcome.duplicate_of is not None:
                earlier = outbox.outbox.get(outcome.duplicate_of)
                why = f"claim #{earlier.id} ({earlier.state.value})"
            else:
                why = f"row {row_number(outcome.same_row or 0)} of this file"
            print(
                f"row {row_number(outcome.row)}: duplicate of {why}; not sent "
                "(--allow-duplicates sends it)",
                file=sys.stderr,
            )
        elif outcome.state not in ("accepted", "invalid"):  # invalid rows were listed above
            print(f"row {row_number(outcome.row)}: {outcome.state}: {outcome.message}")
    print(report.summary(), file=sys.stderr)
    return (OK if report.counts["accepted"] == len(rows) else SOME_BAD), report
