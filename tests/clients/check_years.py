"""A register kept as two files, one a year (tests/fixtures/two-registers),
built and read back as a reader would: the years index, a section page, the
sections index and the year's page (HTML), the awards CSV and the 2018/19
workbook (openpyxl). Every total must be one year's, to the penny, as summed
here from the two source files; the changes are computed here too.
Usage: check_years.py FUNDPRESS PROJECT WORK"""
import csv
import os
import shutil
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser

import openpyxl

from common import Failures, pounds

fundpress, project, work = sys.argv[1:4]
f = Failures("check_years")
site = os.path.join(work, "site")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
result = subprocess.run([fundpress, "build", project, "--out", site], capture_output=True, text=True)
if result.returncode != 0:
    sys.exit(f"check_years: build failed: {result.stderr}")

# The figures, summed here from the sources: year -> section -> Decimal.
SOURCES = {"2017/18": ("2017-18.csv", "Service", "17/18 proposed costs (£)"),
           "2018/19": ("2018-19.csv", "Project", "18/19 budget")}
by_year, lines = {}, {}
for year, (name, service, amount) in SOURCES.items():
    with open(os.path.join(project, name), encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source):
            value = Decimal(row[amount].replace(",", ""))
            by_year.setdefault(year, {}).setdefault(row["Section"], Decimal(0))
            by_year[year][row["Section"]] += value
            lines[(year, row[service], row["Organisation"])] = value
total = {year: sum(sections.values()) for year, sections in by_year.items()}


class Tables(HTMLParser):
    """Every table of a page by id: its rows of cell texts, footer included."""

    def __init__(self):
        super().__init__()
        self.tables, self.current, self.row, self.cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.current = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self.current is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join(self.cell.split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.current.append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def tables(path):
    parser = Tables()
    with open(os.path.join(site, path), encoding="utf-8") as page:
        parser.feed(page.read())
    return parser.tables


def whole(value):
    """A total as the site shows it: to the pound, half away from zero."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def money(text):
    """'£52,000.50', '+£12,000', '-£1,999.50' -> Decimal."""
    return pounds(text.replace("+", "").replace("-", "")) * (-1 if text.startswith("-") else 1)


# The years index: one row per year, its own total, and the change.
years = tables("years/index.html")["years-table"]
f.equal([row[0] for row in years[1:]], ["2017/18", "2018/19"], "years index rows")
for row in years[1:]:
    f.equal(money(row[2]), whole(total[row[0]]), f"years index total of {row[0]}")
f.equal(money(years[2][3]), whole(total["2018/19"] - total["2017/18"]),
        "years index change")

# The sections index: the latest year's totals, never both years added.
sections = tables("sections/index.html")["sections-table"]
for row in sections[1:-1]:
    f.equal(money(row[2]), whole(by_year["2018/19"][row[0]]),
            f"sections index 2018/19 total of {row[0]}")
    f.equal(money(row[3]), whole(by_year["2017/18"][row[0]]),
            f"sections index 2017/18 total of {row[0]}")
f.equal(money(sections[-1][1]), whole(total["2018/19"]), "sections index total")

# A section's page: by year, and each year's lines with that year's sub-total.
victims = tables("sections/victims/index.html")
for row in victims["by-year-table"][1:]:
    f.equal(money(row[2]), whole(by_year[row[0]]["Victims"]),
            f"Victims total in {row[0]}")
for year in SOURCES:
    table = victims.get("rows-table-" + year.replace("/", "-"))
    if f.check(table is not None, f"Victims has a table of {year}'s lines"):
        f.equal(money(table[-1][1]), whole(by_year[year]["Victims"]),
                f"Victims sub-total of {year}")
        amount_heading = table[0][[c for c, h in enumerate(table[0]) if "costs" in h][0]]
        short = year[2:4] + "/" + year[5:7]
        f.equal(amount_heading, short + " proposed costs (£)", f"amount heading over {year}")

# The year's page: significant changes reaching £10,000 or 25%, largest first.
significant = tables("years/2018-19/index.html")["significant-changes-table"]
expected = []
for (year, service, organisation), value in lines.items():
    if year != "2018/19":
        continue
    before = lines.get(("2017/18", service, organisation), Decimal(0))
    change = value - before
    if abs(change) >= 10000 or (before and abs(change) * 100 >= 25 * abs(before)):
        expected.append(service)
for (year, service, organisation), value in lines.items():
    if year == "2017/18" and ("2018/19", service, organisation) not in lines:
        expected.append(service)  # ended: -100%
listed = [row[0] for row in significant[1:] if row[0].endswith("(line)")]
f.equal(sorted(name.split(",")[0] for name in listed), sorted(expected), "significant lines")
changes = [abs(money(row[3])) for row in significant[1:]]
f.equal(changes, sorted(changes, reverse=True), "significant changes largest first")

# The register, read from both files, filters by each year.
with open(os.path.join(site, "register/index.html"), encoding="utf-8") as page:
    register_page = page.read()
for year in SOURCES:
    f.check(f'<option value="{year.replace("/", "-")}">{year}</option>' in register_page,
            f"the register's year filter offers {year}")

# The CSV: every row, each year summing to its own total.
with open(os.path.join(site, "downloads/awards.csv"), encoding="utf-8", newline="") as data:
    rows = list(csv.DictReader(data))
for year in SOURCES:
    f.equal(sum(Decimal(r["amount"]) for r in rows if r["year"] == year), total[year],
            f"awards.csv total of {year}")

# The workbook of 2018/19: its Register is that year's, and its Changes sheet's
# formulas hold the exact differences.
book = openpyxl.load_workbook(os.path.join(site, "downloads/fundpress-2018-19.xlsx"))
f.check("Changes" in book.sheetnames, "the 2018/19 workbook has a Changes sheet")
values = openpyxl.load_workbook(os.path.join(site, "downloads/fundpress-2018-19.xlsx"),
                                data_only=True)
register = values["Register"]
heading = [c.value for c in register[1]]
amount_at = [i for i, h in enumerate(heading) if h and "costs" in h]
if f.check(len(amount_at) == 1, f"one amount column in the Register: {heading}"):
    f.equal(heading[amount_at[0]], "18/19 proposed costs (£)", "Register amount heading")
    f.equal(sum(Decimal(str(row[amount_at[0]])) for row in register.iter_rows(min_row=2, values_only=True)
                if row[amount_at[0]] is not None), total["2018/19"], "Register total")
if "Changes" in book.sheetnames:
    formulas, cached = book["Changes"], values["Changes"]
    checked = 0
    for r in range(4, formulas.max_row + 1):
        if formulas.cell(r, 4).value is None:
            continue
        checked += 1
        f.equal(formulas.cell(r, 4).value, f"=C{r}-B{r}", f"Changes row {r} formula")
        previous, current = Decimal(str(cached.cell(r, 2).value)), Decimal(str(cached.cell(r, 3).value))
        f.equal(Decimal(str(cached.cell(r, 4).value)).quantize(Decimal("0.01")),
                current - previous, f"Changes row {r} result")
    f.check(checked > 0, "the Changes sheet lists changes")
f.finish(f"{len(rows)} rows over {len(SOURCES)} years")
