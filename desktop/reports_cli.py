"""Headless figures and reports: `fieldbook stats --by velayat,month [--json]` and
`fieldbook report --from D --to D --lang ru --format pdf|odt|xlsx|csv|geojson --out FILE`.

Everything the dashboard and the report show can be had here, from the same core code, so
an office can script its yearly tables. `stats` prints the user's own view: small counts
shown and marked with `*`, unless `--protected` asks for the figures as they may be
published. Files written by `report` are plaintext by nature, written privately (0600).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.listing import ObservationQuery
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.reports import figures
from desktop.core.reports.anonymise import Anonymisation
from desktop.core.reports.disclosure import Policy, PolicyError, protect, small
from desktop.core.reports.document import FULL, INSTITUTION, PUBLIC, UPR, outward

EXIT_OK, EXIT_BAD_INPUT = 0, 2
Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]
MARK = "*"


def _selection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD)")
    p.add_argument("--velayat")
    p.add_argument("--status", action="append", default=[])
    p.add_argument("--audience", choices=[INSTITUTION, PUBLIC], default=INSTITUTION)
    p.add_argument("--min-count", type=int, default=5, help="smallest count published (3-10)")
    p.add_argument("--etrap-min-count", type=int, default=8, help="the same for etraps")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("stats", help="counts and cross-tables of the observations")
    p.add_argument("--by", required=True, help="one or two of: " + ", ".join(figures.DIMENSIONS))
    p.add_argument("--json", action="store_true")
    p.add_argument("--protected", action="store_true", help="as published: consent and suppression")
    _selection_args(p)

    p = sub.add_parser("report", help="write the report (pdf, odt) or an export (xlsx, csv…)")
    _selection_args(p)
    p.add_argument("--lang", choices=["en", "ru", "tk"], default="en")
    p.add_argument("--format", choices=["pdf", "odt", "xlsx", "csv", "geojson"], required=True)
    p.add_argument("--variant", choices=[FULL, UPR], default=FULL)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--anonymise",
        default="names",
        help="exports: comma-separated names,dates,places (default: names)",
    )
    p.add_argument("--yes", action="store_true", help="export sensitive records without asking")


def _fail(message: str) -> int:
    print(f"fieldbook: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _query(args: argparse.Namespace) -> ObservationQuery:
    return ObservationQuery(
        velayat=args.velayat,
        statuses=tuple(args.status),
        date_from=args.date_from,
        date_to=args.date_to,
    )


def _check_dates(args: argparse.Namespace) -> str | None:
    import datetime as dt

    for value in (args.date_from, args.date_to):
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"not a date (YYYY-MM-DD): {value}"
    return None


def cmd_stats(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    dims = tuple(d.strip() for d in args.by.split(",") if d.strip())
    if not 1 <= len(dims) <= 2:
        return _fail("--by takes one or two dimensions, e.g. velayat,month")
    try:
        kinds = figures.kinds_for(dims)
        policy = Policy(args.min_count, args.etrap_min_count)
    except (figures.UnknownDimension, PolicyError) as exc:
        return _fail(str(exc))
    bad = _check_dates(args)
    if bad:
        return _fail(bad)
    with open_profile(paths) as profile:
        selection = profile.listing.selection(_query(args), kinds)
    assert selection is not None
    left_out = 0
    if args.protected:
        selection, left_out = outward(selection, args.audience)
    table = figures.cross_table(selection, dims[0], dims[1] if len(dims) > 1 else None)
    protected = protect(table, policy)
    values = protected.extended
    hidden = protected.hidden if args.protected else values < 0
    marked = small(values, protected.threshold) & ~hidden
    if args.protected:
        marked[:] = False

    def shown(i: int, j: int) -> int | None:
        return None if hidden[i, j] else int(values[i, j])

    rows, cols = len(table.row_codes), len(table.column_codes)
    if args.json:
        out = {
            "by": list(dims),
            "rows": table.row_codes,
            "columns": table.column_codes,
            "cells": [[shown(i, j) for j in range(cols)] for i in range(rows)],
            "row_totals": [shown(i, cols) for i in range(rows)],
            "column_totals": [shown(rows, j) for j in range(cols)],
            "total": shown(rows, cols),
            "small": [[bool(marked[i, j]) for j in range(cols)] for i in range(rows)],
            "records": table.records,
            "protected": bool(args.protected),
            "left_out": left_out,
            "min_count": protected.threshold,
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return EXIT_OK

    def text(i: int, j: int) -> str:
        value = shown(i, j)
        return "×" if value is None else f"{value}{MARK if marked[i, j] else ''}"

    names = [c or "(not recorded)" for c in table.row_codes]
    heads = [c or "(not recorded)" for c in table.column_codes] if len(dims) > 1 else ["count"]
    width = max([len(dims[0]), 5, *(len(n) for n in names)])
    print(
        f"{dims[0]:{width}}  "
        + "  ".join(f"{h:>9}" for h in heads)
        + (f"  {'total':>9}" if len(dims) > 1 else "")
    )
    for i, name in enumerate(names):
        line = "  ".join(f"{text(i, j):>9}" for j in range(cols))
        total = f"  {text(i, cols):>9}" if len(dims) > 1 else ""
        print(f"{name:{width}}  {line}{total}")
    footer = "  ".join(f"{text(rows, j):>9}" for j in range(cols)) if len(dims) > 1 else ""
    print(f"{'total':{width}}  {footer}  {text(rows, cols):>9}".rstrip())
    if marked.any():
        print(f"{MARK} fewer than {protected.threshold}: shown here, hidden in documents")
    if left_out:
        print(f"{left_out} records left out: no consent for this audience")
    return EXIT_OK


def _anonymisation(spec: str) -> Anonymisation | None:
    chosen = {s.strip() for s in spec.split(",") if s.strip()}
    if not chosen <= {"names", "dates", "places", "none"}:
        return None
    return Anonymisation(
        drop_names="names" in chosen,
        dates_to_month="dates" in chosen,
        places_to_velayat="places" in chosen,
    )


def _qt_app() -> Any:
    """Qt for drawing the document (the map is drawn by its widget: a QApplication)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def cmd_report(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    try:
        policy = Policy(args.min_count, args.etrap_min_count)
    except PolicyError as exc:
        return _fail(str(exc))
    how = _anonymisation(args.anonymise)
    if how is None:
        return _fail("--anonymise takes names, dates, places or none")
    bad = _check_dates(args)
    if bad:
        return _fail(bad)
    if args.format in ("pdf", "odt") and not (args.date_from and args.date_to):
        return _fail("a report needs --from and --to")
    if not args.out.parent.is_dir():
        return _fail("the output folder does not exist")
    with open_profile(paths) as profile:
        if args.format in ("pdf", "odt"):
            return _write_document(profile, args, policy)
        selection = profile.listing.selection(_query(args), figures.kinds_for(()))
        assert selection is not None
        selection, left_out = outward(selection, args.audience)
        records = list(profile.observations.get_many(selection.pks))
    from desktop.core.reports import exports

    sensitive = exports.sensitive_count(records)
    if sensitive and not args.yes:
        if not sys.stdin.isatty():
            return _fail(f"{sensitive} sensitive records would be exported: add --yes")
        answer = input(f"{sensitive} sensitive records will be written unencrypted. Go on? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            return _fail("nothing written")
    if args.format == "xlsx":
        exports.write_xlsx(args.out, exports.tables(records, how, args.lang))
    elif args.format == "csv":
        exports.write_csv_zip(args.out, exports.tables(records, how, args.lang))
    else:
        exports.write_geojson(args.out, records, how)
    print(f"exported {len(records)} records; {left_out} left out (no consent for this audience)")
    return EXIT_OK


def _write_document(profile: Profile, args: argparse.Namespace, policy: Policy) -> int:
    from desktop.core.reports.document import ReportOptions, build_report

    _qt_app()
    from desktop.ui.reports.render import translator_for, write_odt, write_pdf

    org = str(profile.settings.get("org_name") or "")
    options = ReportOptions(
        args.date_from,
        args.date_to,
        lang=args.lang,
        audience=args.audience,
        variant=args.variant,
        policy=policy,
        org_name=org,
        # received records' authors by their organisation, from the network's device list
        organisations={
            **profile.received.device_organisations(),
            **({profile.device_id: org} if org else {}),
        },
        query=ObservationQuery(velayat=args.velayat, statuses=tuple(args.status)),
        recommendations=tuple(profile.recommendations.all()),
    )
    doc = build_report(profile, options, translator_for(args.lang))
    (write_pdf if args.format == "pdf" else write_odt)(args.out, doc)
    print(
        f"wrote {args.out}: {doc.figures['counted']} cases counted,"
        f" {doc.figures['left_out']} left out (no consent for this audience)"
    )
    return EXIT_OK


def commands(open_profile: Opener) -> dict[str, Command]:
    def bind(fn: Callable[..., int]) -> Command:
        def run(paths: Paths, args: argparse.Namespace) -> int:
            return fn(paths, args, open_profile)

        return run

    return {"stats": bind(cmd_stats), "report": bind(cmd_report)}
