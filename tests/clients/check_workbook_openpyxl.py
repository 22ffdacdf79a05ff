"""The annual workbooks, read by openpyxl as a finance user's tools would:
the Register is an Excel table (autofilter, banded rows) with a frozen header,
£ amounts, real dates and fitted widths; every text stays text, hostile names
included; each summary line's cached SUMIFS result equals the sum, in exact
decimal, of the rows of awards.json it stands for; totals equal the appendix's
and the build's; the document properties are set, the created date fixed.
Usage: check_workbook_openpyxl.py SITE..."""
import glob
import os
import re
import sys
import zipfile
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

from common import Failures, control_line, downloads, fixed_widths, load_json, to_pence

t = Failures("check_workbook_openpyxl")


def as_field(values, key):
    """A Register column's cells in awards.json's form for `key`, or None if they cannot be."""
    out = []
    for v in values:
        if v is None:
            out.append(None)
        elif key == "amount":
            if not isinstance(v, (int, float)):
                return None
            out.append(str(Decimal(repr(v)).quantize(Decimal("0.01"))))
        elif key.endswith("_date"):
            if not isinstance(v, datetime):
                return None
            out.append(v.date().isoformat())
        else:
            out.append(v)
    return out


def expected_value(award, key):
    value = award[key]
    return ("; ".join(value) or None) if isinstance(value, list) else value

SUMMARY_FIELDS = {"By section": "section", "By area": "area", "By organisation": "organisation",
                  "By fund": "fund", "By priority": "priority"}

for site in sys.argv[1:]:
    control = control_line(site)
    data = load_json(os.path.join(downloads(site), "awards.json"))
    fixed = fixed_widths(site)
    workbooks = sorted(glob.glob(os.path.join(downloads(site), "fundpress-*.xlsx")))
    t.check(workbooks, f"{site}: no workbook")
    years_total = Decimal(0)
    for path in workbooks:
        name = os.path.basename(path)
        year = re.search(r"(\d{4})-(\d\d)", name).group(0).replace("-", "/")
        rows = [a for a in data["awards"] if a["year"] == year]
        wb = openpyxl.load_workbook(path)
        cached = openpyxl.load_workbook(path, data_only=True)
        t.equal(wb.sheetnames[:2], ["Register", "Commissioning budget"], f"{name}: first sheets")

        # The Register: a table over every row of the year.
        reg = wb["Register"]
        t.equal(reg.freeze_panes, "A2", f"{name}: frozen header")
        t.equal(len(reg.tables), 1, f"{name}: tables on the Register")
        table = next(iter(reg.tables.values()))
        last = get_column_letter(reg.max_column)
        t.equal(table.ref, f"A1:{last}{len(rows) + 1}", f"{name}: the table's range")
        t.check(table.tableStyleInfo.showRowStripes, f"{name}: banded rows")
        t.check(table.autoFilter is not None, f"{name}: the table's autofilter")
        headings = [c.value for c in reg[1]]
        t.check(all(c.data_type == "s" for c in reg[1]), f"{name}: the Register's headings are text")
        t.equal([c.name for c in table.tableColumns], headings, f"{name}: table column names")
        # Which column holds which field: its values are that field of awards.json, row by row.
        field_of = {}
        for col, heading in enumerate(headings, start=1):
            values = [reg.cell(row=r, column=col).value for r in range(2, len(rows) + 2)]
            for key in rows[0]:
                if key != "amount_pence" and key not in field_of.values() and as_field(values, key) == [
                        expected_value(a, key) for a in rows]:
                    field_of[col] = key
                    break
            t.check(col in field_of, f"{name}: column {heading!r} matches no field of awards.json")
        for col, field in field_of.items():
            cells = [reg.cell(row=r, column=col) for r in range(2, len(rows) + 2)]
            width = reg.column_dimensions[get_column_letter(col)].width
            if field == "amount":
                t.check(all("£" in c.number_format for c in cells if c.value is not None), f"{name}: £ format")
                t.check(all(c.data_type == "n" for c in cells if c.value is not None), f"{name}: amounts are numbers")
            elif field.endswith("_date"):
                t.check(all(c.is_date for c in cells if c.value is not None), f"{name}: {field} are dates")
            else:
                # Text stays text: "=HYPERLINK(...)" is a string, never a formula.
                t.check(all(c.data_type == "s" for c in cells if c.value is not None), f"{name}: {field} is text")
                longest = max((len(str(c.value)) for c in cells if c.value is not None), default=0)
                if field in fixed:
                    # Excel stores a width with its cell padding: 30 characters is 30.71.
                    t.equal(int(width), fixed[field], f"{name}: column {field}'s width from the layout")
                else:
                    t.check(width >= min(longest, 60), f"{name}: column {field} is {width} wide for {longest} characters")

        # Every summary line: the cached result equals the exact sum of the rows it stands for.
        expected_total = sum((Decimal(a["amount"]) for a in rows if a["amount"]), Decimal(0))
        years_total += expected_total
        for sheet, field in SUMMARY_FIELDS.items():
            present = any(a.get(field) not in (None, []) for a in rows)
            t.equal(sheet in wb.sheetnames, present, f"{name}: has {sheet!r}")
            if not present:
                continue
            sums, counts = defaultdict(Decimal), defaultdict(int)
            for a in rows:
                # A line with several priorities counts once, under its first (primary).
                value = (a[field] or [None])[0] if isinstance(a[field], list) else a[field]
                sums[value] += Decimal(a["amount"] or 0)
                counts[value] += 1
            formulas, values = wb[sheet], cached[sheet]
            t.check(all(c.data_type == "s" for c in formulas[1]), f"{name}: {sheet}'s headings are text")
            lines = 0
            for r in range(2, formulas.max_row + 1):
                label, amount, count = (values.cell(row=r, column=c).value for c in (1, 2, 3))
                formula = formulas.cell(row=r, column=2)
                if formula.data_type != "f":
                    continue
                t.check(formulas.cell(row=r, column=1).data_type == "s", f"{name}: {sheet} label {label!r} is text")
                if label == "Grand total":
                    t.equal(to_pence(amount), int(expected_total * 100), f"{name}: {sheet} total")
                    t.equal(count, len(rows), f"{name}: {sheet} total count")
                    continue
                key = None if label == "Not given" else label
                lines += 1
                t.check(formula.value.startswith(("=SUMIFS(", "=SUMPRODUCT(")), f"{name}: {sheet} {label} formula")
                t.equal(to_pence(amount), int(sums[key] * 100), f"{name}: {sheet} {label!r} amount")
                t.equal(count, counts[key], f"{name}: {sheet} {label!r} count")
            t.equal(lines, len(sums), f"{name}: {sheet} lines")

        # The appendix's grand total is the same figure.
        appendix = cached["Commissioning budget"]
        grand = [r for r in appendix.iter_rows(values_only=True) if r[0] == "Grand total"]
        t.check(grand and any(isinstance(v, (int, float)) and not isinstance(v, bool)
                              and to_pence(v) == int(expected_total * 100) for v in grand[0]),
                f"{name}: the appendix's grand total")

        # A native chart of spend by section, on its sheet.
        with zipfile.ZipFile(path) as z:
            charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
            t.equal(len(charts), 1, f"{name}: charts")
            chart = z.read(charts[0]).decode("utf-8")
            t.check("'By section'!$B$2" in chart and "<c:barChart>" in chart, f"{name}: the chart plots By section")
            app = z.read("docProps/app.xml").decode("utf-8")

        p = wb.properties
        t.equal(p.title, f"Funding register {year}", f"{name}: title")
        t.check(p.subject and year in p.subject, f"{name}: subject {p.subject!r}")
        t.check(p.keywords and year in p.keywords, f"{name}: keywords {p.keywords!r}")
        t.equal(p.creator, data["publisher"], f"{name}: author")
        t.check(f"<Company>{data['publisher']}</Company>" in app.replace("&amp;", "&"), f"{name}: company")
        t.equal(p.created, datetime.fromisoformat(data["as_of"]), f"{name}: created date is the data's as_of")
        print(f"check_workbook_openpyxl: {name}: {len(rows)} rows, {len(wb.sheetnames)} sheets")
    t.equal(years_total, control["published"], f"{site}: the workbooks' totals and the published total")

t.finish()
