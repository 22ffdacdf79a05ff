"""A register longer than a sheet: 1,048,600 rows. The workbook streams in
constant-memory mode (no table, an autofilter instead), the Register fills its
1,048,576 rows and continues on 'Register (2)'; the summaries' formulas cover
both sheets and their cached results equal totals read back, row by row, from
the Register sheets themselves. (LibreOffice recalculates this workbook to the
same figures, but needs minutes and gigabytes: check_workbook_libreoffice
proves continuation sheets on a small register instead.)
Usage: check_large_register.py LARGE_REGISTER_TOOL SCRATCH_DIR"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import defaultdict
from decimal import Decimal

import openpyxl

from common import Failures, to_pence

tool, scratch = sys.argv[1], sys.argv[2]
t = Failures("check_large_register")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
path = os.path.join(scratch, "large.xlsx")
rows = 1048600
run = subprocess.run([tool, str(rows), path], check=True, capture_output=True, text=True)
print(run.stderr.strip())
expected = json.loads(run.stdout)

with zipfile.ZipFile(path) as z:
    names = z.namelist()
    t.check(not any(n.startswith("xl/tables/") for n in names), "a table in constant-memory mode")
    book = z.read("xl/workbook.xml").decode("utf-8")
    first_sheet = z.read("xl/worksheets/sheet1.xml")
    t.check(b'<autoFilter ref="A1:' in first_sheet, "no autofilter on the Register")
    t.check(b'<pane ySplit="1"' in first_sheet, "the Register's header is not frozen")

wb = openpyxl.load_workbook(path, read_only=True)
t.equal(wb.sheetnames[:2], ["Register", "Register (2)"], "the Register's sheets")
t.equal(wb["Register"].max_row, 1048576, "rows on 'Register'")

sums, counts = defaultdict(Decimal), defaultdict(int)
seen = 0
for sheet in ("Register", "Register (2)"):
    cells = wb[sheet].iter_rows(values_only=True)
    header = next(cells)
    section, amount = header.index("Section"), header.index("Amount (\u00a3)")
    for row in cells:
        sums[row[section]] += Decimal(repr(row[amount])).quantize(Decimal("0.01"))
        counts[row[section]] += 1
        seen += 1
t.equal(seen, rows, "rows read back from the Register sheets")
t.equal(seen - 1048575, 25, "rows on 'Register (2)'")

formulas = {r[0]: r for r in wb["By section"].iter_rows(values_only=True)}
values = {r[0]: r for r in openpyxl.load_workbook(path, read_only=True, data_only=True)["By section"].iter_rows(values_only=True)}
for section in sums:
    t.check("'Register (2)'!" in formulas[section][1] and "'Register'!" in formulas[section][1],
            f"{section}: the SUMIFS does not cover both sheets: {formulas[section][1]}")
    t.equal(to_pence(values[section][1]), int(sums[section] * 100), f"{section}: cached amount")
    t.equal(values[section][2], counts[section], f"{section}: cached count")
    t.equal(int(sums[section] * 100), expected["sections"][section]["pence"], f"{section}: the rollup's total")
t.equal(to_pence(values["Grand total"][1]), int(sum(sums.values()) * 100), "cached grand total")
t.finish(f"{rows} rows over two sheets")
