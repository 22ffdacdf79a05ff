"""fundpress init on three layouts of finance export (a printed table with
heading rows and sub-totals, a flat export with a section column, and a
workbook written by openpyxl), then check and build on each folder it writes:
every step exits 0 and the site publishes exactly the register's lines, their
sum computed here from the file itself. init refuses to overwrite.
Usage: check_init.py FUNDPRESS SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

import openpyxl

from common import Failures, pounds

fundpress, source, scratch = sys.argv[1:4]
t = Failures("check_init")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
fixtures = os.path.join(source, "tests", "fixtures", "init")


def money(text):
    return Decimal(text.replace(",", "").replace("£", "")) if text.strip() else None


def printed_lines(path):
    """The lines of a printed table: rows with an amount whose label is no total."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return [money(r[3]) for r in rows if money(r[3]) is not None and "total" not in r[0].lower()]


def flat_lines(path):
    with open(path, encoding="utf-8") as f:
        return [money(r["Amount awarded"]) for r in csv.DictReader(f)]


# A workbook: a year column, headers in other words, amounts as numbers.
workbook_path = os.path.join(scratch, "grants-2021.xlsx")
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Year", "Scheme", "Delivery partner organisation", "Total grant (£)"])
workbook_rows = [("2021/22", "Helpline", "Victim Support", Decimal("12000")),
                 ("2021/22", "Refuge", "Women's Aid", Decimal("7250.5")),
                 ("2022/23", "Street pastors", "Street Pastors Trust", Decimal("3999.99"))]
for year, scheme, organisation, amount in workbook_rows:
    sheet.append([year, scheme, organisation, float(amount)])
book.save(workbook_path)

cases = [
    ("printed-headings", os.path.join(fixtures, "printed-headings.csv"),
     sum(printed_lines(os.path.join(fixtures, "printed-headings.csv")))),
    ("flat-export", os.path.join(fixtures, "flat-export.csv"),
     sum(flat_lines(os.path.join(fixtures, "flat-export.csv")))),
    ("workbook", workbook_path, sum(r[3] for r in workbook_rows)),
]
for name, register, total in cases:
    folder = os.path.join(scratch, name)
    init = subprocess.run([fundpress, "init", register, "--out", folder, "--publisher",
                           "Police and Crime Commissioner for Testshire"],
                          capture_output=True, text=True)
    if not t.equal(init.returncode, 0, f"{name}: init exit status ({init.stderr})"):
        continue
    with open(os.path.join(folder, "fundpress.json"), encoding="utf-8") as f:
        config = f.read()
    t.check('"//columns"' in config, f"{name}: the settings carry comments")
    check = subprocess.run([fundpress, "check", folder], capture_output=True, text=True)
    t.equal(check.returncode, 0, f"{name}: check exit status ({check.stderr})")
    t.check(" error: " not in check.stderr, f"{name}: check has no errors: {check.stderr}")
    site = os.path.join(scratch, name + "-site")
    build = subprocess.run([fundpress, "build", folder, "--out", site], capture_output=True,
                           text=True)
    t.equal(build.returncode, 0, f"{name}: build exit status ({build.stderr})")
    published = re.search(r"(\d[\d,]*) rows? (-?£[\d,]+\.\d\d) published", build.stderr)
    if t.check(published is not None, f"{name}: control line: {build.stderr}"):
        t.equal(pounds(published.group(2)), total, f"{name}: total published")

# The printed table's sections are its heading rows; the flat export's its column.
with open(os.path.join(scratch, "printed-headings", "fundpress.json"), encoding="utf-8") as f:
    t.check('"VICTIMS"' in f.read(), "printed table: sections from its heading rows")
with open(os.path.join(scratch, "flat-export", "fundpress.json"), encoding="utf-8") as f:
    t.check('"Community safety"' in f.read(), "flat export: sections from its column")

# Never over a fundpress.json: the second init fails and changes nothing.
config_path = os.path.join(scratch, "flat-export", "fundpress.json")
with open(config_path, "rb") as f:
    before = f.read()
again = subprocess.run([fundpress, "init", cases[1][1], "--out", os.path.join(scratch, "flat-export")],
                       capture_output=True, text=True)
t.equal(again.returncode, 2, "init over an existing fundpress.json")
t.check("exists" in again.stderr, f"it says why: {again.stderr}")
with open(config_path, "rb") as f:
    t.check(f.read() == before, "the existing fundpress.json is unchanged")
t.finish()
