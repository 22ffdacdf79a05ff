#!/usr/bin/python3
"""python3-xlsxwriter writing the Register sheet fundpress writes, for bench/compare:
    bench/register_xlsxwriter.py AWARDS_CSV OUT.xlsx
one row per line of the CSV with its text columns and the amount as a number in
a pounds format, a bold header, frozen panes and an autofilter, in
xlsxwriter's constant-memory mode (as fundpress writes a large Register)."""
import csv
import sys

import xlsxwriter

source, target = sys.argv[1], sys.argv[2]
book = xlsxwriter.Workbook(target, {"constant_memory": True})
sheet = book.add_worksheet("Register")
bold = book.add_format({"bold": True})
pounds = book.add_format({"num_format": "£#,##0.00"})
rows = 0
with open(source, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    amount = header.index("amount")
    sheet.write_row(0, 0, header, bold)
    sheet.freeze_panes(1, 0)
    for r, row in enumerate(reader, start=1):
        for c, value in enumerate(row):
            if c == amount:
                sheet.write_number(r, c, float(value.replace(",", "").strip('"') or 0), pounds)
            else:
                sheet.write_string(r, c, value)
        rows = r
sheet.autofilter(0, 0, rows, len(header) - 1)
book.close()
