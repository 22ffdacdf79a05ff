"""A shipped publisher folder builds with its own config, and its pages show the
totals its registers add up to, year by year. The totals are worked out here,
independently of fundpress, from the CSV files the config lists: per financial
year, in all, by fund and by priority (a line with several `;`-separated
priorities counts once, under the first, its primary, as the priorities page says). Checks that `check` exits 0, that each year's page, each fund's page and
each priority's page exists and shows its figure for every year, and that a
`site.notice` is on every page.
Usage: check_publisher_data.py FUNDPRESS PUBLISHER_DIR SCRATCH_DIR"""
import csv
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

from common import Failures

fundpress, publisher, scratch = sys.argv[1:4]
name = os.path.basename(os.path.normpath(publisher))
t = Failures(f"check_publisher_data[{name}]")
shutil.rmtree(scratch, ignore_errors=True)
project = os.path.join(scratch, name)
shutil.copytree(publisher, project)
site = os.path.join(scratch, "site")

with open(os.path.join(project, "fundpress.json"), encoding="utf-8") as f:
    config = json.load(f)


def key(text):
    return re.sub(r"\s+", "", text).casefold()


def entries():
    """Each register file with its year and column names, as the config lists them."""
    listed = config.get("awards", "awards.csv")
    for entry in listed if isinstance(listed, list) else [listed]:
        entry = {"file": entry} if isinstance(entry, str) else entry
        columns = dict(config.get("columns", {}))
        columns.update(entry.get("columns", {}))
        yield entry["file"], entry.get("year", config.get("year", "")), columns


def whole_pounds(amount):
    """As a total is printed: whole pounds, half away from zero, grouped."""
    return f"{amount.quantize(Decimal('1'), rounding=ROUND_HALF_UP):,}"


totals = defaultdict(Decimal)  # year -> total
by_fund = defaultdict(lambda: defaultdict(Decimal))  # fund -> year -> total
by_priority = defaultdict(lambda: defaultdict(Decimal))  # priority -> year -> total
for file, file_year, columns in entries():
    with open(os.path.join(project, file), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = [key(h) for h in rows[0]]

    def cell(row, field):
        heading = columns.get(field, field)
        return row[header.index(key(heading))].strip() if key(heading) in header else ""

    for row in rows[1:]:
        year = cell(row, "year").replace("-", "/") or file_year
        amount = Decimal(cell(row, "amount").replace("£", "").replace(",", "") or "0")
        totals[year] += amount
        if cell(row, "fund"):
            by_fund[cell(row, "fund")][year] += amount
        if cell(row, "priority"):
            by_priority[cell(row, "priority").split(";")[0].strip()][year] += amount
t.check(len(totals) >= 1, "the registers hold no year")

check = subprocess.run([fundpress, "check", project], capture_output=True, text=True, errors="replace")
t.equal(check.returncode, 0, f"fundpress check exit status ({check.stderr[-600:]!r})")
build = subprocess.run([fundpress, "build", project, "--out", site], capture_output=True, text=True,
                       errors="replace")
if not t.equal(build.returncode, 0, f"fundpress build exit status ({build.stderr[-600:]!r})"):
    t.finish()


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def text_of(page):
    """A page's visible text, tags dropped and entities decoded, so figures split by markup still match."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def pages_named(folder):
    """Heading of each page in a listing folder -> its text."""
    found = {}
    for path in glob.glob(os.path.join(site, folder, "*", "index.html")):
        page = read(path)
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
        if heading:
            found[html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip()] = text_of(page)
    return found


def page_for(pages, wanted):
    """The page whose heading is the name (a plan may number it: "3 Tackle ...")."""
    matches = sorted((h for h in pages if h == wanted or h.endswith(" " + wanted)), key=len)
    return pages[matches[0]] if matches else None


years = pages_named("years")
for year, total in sorted(totals.items()):
    page = years.get(year)
    if t.check(page is not None, f"no page for the year {year} (pages: {sorted(years)})"):
        t.check(whole_pounds(total) in page, f"the {year} page does not show its total {whole_pounds(total)}")

for folder, sums in (("funds", by_fund), ("priorities", by_priority)):
    pages = pages_named(folder)
    for item, per_year in sorted(sums.items()):
        page = page_for(pages, item)
        if not t.check(page is not None, f"no {folder} page for {item!r} (pages: {sorted(pages)})"):
            continue
        for year, total in sorted(per_year.items()):
            t.check(whole_pounds(total) in page,
                    f"the {folder} page of {item!r} does not show its {year} total {whole_pounds(total)}")

notice = config.get("site", {}).get("notice")
if notice:
    for path in glob.glob(os.path.join(site, "**", "*.html"), recursive=True):
        t.check(notice in text_of(read(path)), f"{os.path.relpath(path, site)} does not show the notice")

t.finish(f"{len(totals)} years, {len(by_fund)} funds, {len(by_priority)} priorities")
