#!/usr/bin/python3
"""Whether two workbooks' first sheets read back the same, cell by cell (value,
number format, bold), for bench/compare to prove that the tools it times wrote
the same Register:  bench/same_sheet.py A.xlsx B.xlsx
Exits 1 naming the first difference."""
import itertools
import sys

import openpyxl


def cells(path):
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                yield cell.coordinate, cell.value, cell.number_format, bool(cell.font.b)


a, b = sys.argv[1], sys.argv[2]
count = 0
for left, right in itertools.zip_longest(cells(a), cells(b)):
    if left != right:
        sys.exit(f"{a} and {b} differ: {left} against {right}")
    count += 1
print(f"{count} cells the same")
