"""The annual-report workbook (reports/2017-18/commissioning-budget.xlsx) read
back by real clients: openpyxl for cells, formats, formulas and cached results;
LibreOffice, recalculating every formula, for the totals.

Usage: report_xlsx_test.py FUNDPRESS_BINARY SOURCE_DIR WORK_DIR"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import unittest
import zipfile
from decimal import Decimal

import openpyxl

import libreoffice

BINARY, SOURCE, WORK = sys.argv[1:4]
SHARED = os.path.join(SOURCE, "..", "shared", "reference", "leicestershire-2017-18")
SITE = os.path.join(WORK, "site")
WORKBOOK = os.path.join(SITE, "reports", "2017-18", "commissioning-budget.xlsx")


def pounds(pence):
    return Decimal(pence) / 100


def exact(value):
    """A cell's number as the decimal it was written as (never a float sum)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


class ReportWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(WORK, ignore_errors=True)
        os.makedirs(WORK)
        subprocess.run([BINARY, "build", os.path.join(SOURCE, "data", "leicestershire"),
                        "--out", SITE], check=True, capture_output=True)
        with open(os.path.join(SHARED, "published.json"), encoding="utf-8") as f:
            cls.published = json.load(f)
        with open(os.path.join(SHARED, "appendix-a.csv"), encoding="utf-8") as f:
            cls.lines = list(csv.DictReader(f))
        cls.book = openpyxl.load_workbook(WORKBOOK)
        cls.cached = openpyxl.load_workbook(WORKBOOK, data_only=True)
        cls.sheet = cls.book["Commissioning budget"]
        cls.values = cls.cached["Commissioning budget"]
        cls.header_row = next(r for r in range(1, 10)
                              if cls.sheet.cell(r, 1).value == "Service name")
        cls.amount_col = next(c for c in range(1, 10)
                              if cls.sheet.cell(cls.header_row, c).value == "17/18 proposed costs (£)")

    def rows_labelled(self, label):
        return [r for r in range(1, self.sheet.max_row + 1) if self.sheet.cell(r, 1).value == label]

    def test_every_line_in_order_with_exact_amounts(self):
        row = self.header_row + 1
        found = []
        for r in range(row, self.sheet.max_row + 1):
            value = self.sheet.cell(r, self.amount_col).value
            if isinstance(value, (int, float)):
                found.append((self.sheet.cell(r, 1).value, self.sheet.cell(r, 2).value, exact(value)))
        expected = [(l["service"], l["organisation"], Decimal(l["amount"].replace(",", "")))
                    for l in self.lines]
        self.assertEqual(found, expected)

    def test_header_is_frozen_and_amounts_have_a_pound_format(self):
        self.assertEqual(self.sheet.freeze_panes, "A%d" % (self.header_row + 1))
        for r in range(self.header_row + 1, self.sheet.max_row + 1):
            cell = self.sheet.cell(r, self.amount_col)
            if cell.value is not None and not isinstance(cell.value, str):
                self.assertIn("£", cell.number_format, cell.coordinate)
        self.assertEqual(self.sheet.cell(self.rows_labelled("Grand total")[0], self.amount_col)
                         .number_format, "£#,##0;-£#,##0")

    def test_section_headings_and_widths(self):
        for section in self.published["sections_as_printed"]:
            rows = self.rows_labelled(section["heading"])
            self.assertEqual(len(rows), 1, section["heading"])
            self.assertTrue(self.sheet.cell(rows[0], 1).font.b)
        for c in [1, 2, 3, self.amount_col, self.amount_col + 2]:  # not the narrow note column
            width = self.sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width
            self.assertGreaterEqual(width, 8)
            self.assertLessEqual(width, 48)

    def test_subtotals_are_subtotal_formulas_over_plain_ranges_with_cached_results(self):
        pattern = re.compile(r"^=SUBTOTAL\(9,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$")
        sums = self.published["exact_sums_in_pence"]
        names = ["Victims", "Vulnerable", "Prevention", "Cross cutting/Partnership"]
        for name, section in zip(names, self.published["sections_as_printed"]):
            rows = self.rows_labelled(section["subtotal_label"])
            self.assertEqual(len(rows), 1)
            cell = self.sheet.cell(rows[0], self.amount_col)
            match = pattern.match(cell.value)
            self.assertIsNotNone(match, cell.value)
            self.assertEqual(int(match.group(4)), rows[0] - 1, "the range ends above the sub-total")
            self.assertTrue(cell.font.b)
            self.assertEqual(exact(self.values.cell(rows[0], self.amount_col).value),
                             pounds(sums[name]))
        total_row = self.rows_labelled("Grand total")[0]
        self.assertRegex(self.sheet.cell(total_row, self.amount_col).value, pattern)
        self.assertEqual(exact(self.values.cell(total_row, self.amount_col).value),
                         pounds(sums["Grand total"]))

    def test_footnote_and_properties(self):
        row = next(r for r in range(1, self.sheet.max_row + 1)
                   if self.sheet.cell(r, 1).value == "Safeguarding Boards- City (Adults And Children)")
        self.assertEqual(self.sheet.cell(row, self.amount_col + 1).value, "*")
        note = self.published["footnotes"][0]["text"]
        self.assertEqual(len([r for r in range(1, self.sheet.max_row + 1)
                              if self.sheet.cell(r, 1).value == "* " + note]), 1)
        props = self.book.properties
        self.assertEqual(props.title, "Commissioning Budget 2017/18")
        self.assertEqual(props.creator, "Police and Crime Commissioner for Leicestershire")
        self.assertEqual(props.created.isoformat(), "2017-04-01T00:00:00")

    def test_libreoffice_recalculates_the_same_totals(self):
        # A copy whose cached grand total is wrong proves LibreOffice really
        # recalculates rather than showing what the file says.
        tampered = os.path.join(WORK, "tampered.xlsx")
        with zipfile.ZipFile(WORKBOOK) as source, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as out:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    self.assertIn(b"<v>4668358.75</v>", data)
                    data = data.replace(b"<v>4668358.75</v>", b"<v>1</v>")
                out.writestr(item, data)
        recalculated, corrected = libreoffice.recalculate([WORKBOOK, tampered],
                                                          os.path.join(WORK, "libreoffice"))
        total_row = self.rows_labelled("Grand total")[0]
        for path in (recalculated, corrected):
            sheet = openpyxl.load_workbook(path, data_only=True)["Commissioning budget"]
            self.assertEqual(exact(sheet.cell(total_row, self.amount_col).value),
                             Decimal("4668358.75"), path)
        # Every formula LibreOffice recomputed equals the value fundpress cached.
        sheet = openpyxl.load_workbook(recalculated, data_only=True)["Commissioning budget"]
        checked = 0
        for r in range(1, self.sheet.max_row + 1):
            for c in range(1, self.sheet.max_column + 1):
                formula = self.sheet.cell(r, c).value
                if isinstance(formula, str) and formula.startswith("="):
                    self.assertEqual(exact(sheet.cell(r, c).value),
                                     exact(self.values.cell(r, c).value), self.sheet.cell(r, c).coordinate)
                    checked += 1
        self.assertEqual(checked, 5)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
