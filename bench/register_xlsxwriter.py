#!/usr/bin/python3
"""python3-xlsxwriter writing the Register sheet fundpress writes, for bench/compare:
    bench/register_xlsxwriter.py REGISTER_CSV OUT.xlsx
REGISTER_CSV is the register.csv that `fundpress-bench ROWS --keep` leaves: the
Register's rows as fundpress's sheet shows them (its headings, then a line per
row, the amount in pounds), beside the fundpress.json it was made from. Both
tools so start from the same rows, derived already, and write the same sheet:
the same columns, the amount as a number in the layout's pounds format, a bold
ruled header, frozen panes, an autofilter, columns as wide as their widest value
(up to fundpress's limit), and the same print setup, in xlsxwriter's
constant-memory mode, as fundpress streams a large Register; a Register of up to
`table_rows` rows is an Excel table instead of a bold header and an autofilter,
as fundpress makes it (render/workbook.h)."""
import csv
import json
import os
import sys

import xlsxwriter

source, target = sys.argv[1], sys.argv[2]
with open(os.path.join(os.path.dirname(source), "fundpress.json"), encoding="utf-8") as f:
    config = json.load(f)
publisher = config["publisher"]["name"]
title = "Funding register " + config["year"]
max_width = 60  # fundpress's limit on a fitted column
table_rows = 100000  # fundpress's WorkbookLimits::table_rows


def shown(number):
    """The amount as the pounds format shows it, for the column's width."""
    return f"£{number:,.2f}" if number >= 0 else f"-£{-number:,.2f}"


with open(source, newline="", encoding="utf-8") as f:
    lines = sum(1 for _ in csv.reader(f)) - 1
as_table = 0 < lines <= table_rows
book = xlsxwriter.Workbook(target, {"constant_memory": not as_table})
book.set_properties({"title": title, "author": publisher, "company": publisher})
sheet = book.add_worksheet("Register")
header = book.add_format({"bold": True, "bottom": 1})
pounds = book.add_format({"num_format": "£#,##0.00;-£#,##0.00"})
rows = 0
with open(source, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    headings = next(reader)
    amount = next(c for c, h in enumerate(headings) if h.startswith("Amount"))
    widths = [len(h) + 3 for h in headings]  # room for the filter button
    if not as_table:  # a table writes its own header row
        sheet.write_row(0, 0, headings, header)
    sheet.freeze_panes(1, 0)
    for r, row in enumerate(reader, start=1):
        for c, value in enumerate(row):
            if c == amount:
                number = float(value)
                sheet.write_number(r, c, number, pounds)
                widths[c] = max(widths[c], len(shown(number)))
            elif value:
                sheet.write_string(r, c, value)
                widths[c] = max(widths[c], len(value))
        rows = r
if as_table:
    sheet.add_table(0, 0, rows, len(headings) - 1, {
        "style": "Table Style Medium 2", "columns": [{"header": h} for h in headings]})
else:
    sheet.autofilter(0, 0, rows, len(headings) - 1)
for c, width in enumerate(widths):
    sheet.set_column(c, c, min(width + 1, max_width))
sheet.set_landscape()
sheet.set_paper(9)  # A4
sheet.fit_to_pages(1, 0)
sheet.set_header("&L" + publisher + "&R" + title + ": Register")
sheet.set_footer("&CPage &P of &N")
sheet.repeat_rows(0)
book.close()
