"""LibreOffice, headless and told to recalculate every formula on load,
recomputes each workbook: every formula's result must equal the result
fundpress cached, to the penny, and the totals must equal the build's own.
Recalculation is proved, not assumed: a scratch copy with a wrong cached value
must come back corrected. A small register spread over three sheets
('Register', 'Register (2)', 'Register (3)') proves the summaries cover every
sheet. Every workbook goes through one soffice run, as it is slow to start.
Usage: check_workbook_libreoffice.py LARGE_REGISTER_TOOL SCRATCH_DIR SITE..."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl

import libreoffice
from common import Failures, control_line, downloads, to_pence

tool, scratch, sites = sys.argv[1], sys.argv[2], sys.argv[3:]
t = Failures("check_workbook_libreoffice")
shutil.rmtree(scratch, ignore_errors=True)
inputs, outputs = os.path.join(scratch, "in"), os.path.join(scratch, "recalculated")
os.makedirs(inputs)

workbooks = {}  # name in `inputs` -> (site or None, original path)
for site in sites:
    for path in sorted(glob.glob(os.path.join(downloads(site), "fundpress-*.xlsx"))):
        name = os.path.basename(site) + "-" + os.path.basename(path)
        shutil.copy(path, os.path.join(inputs, name))
        workbooks[name] = (site, path)

# The continuation workbook: 25 rows at 11 rows a sheet.
continuation = os.path.join(inputs, "continuation.xlsx")
expected = json.loads(subprocess.run([tool, "25", continuation, "11"], check=True, capture_output=True,
                                     text=True).stdout)
workbooks["continuation.xlsx"] = (None, continuation)


def sheet_part(path, sheet):
    """The zip member of a sheet, found through workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rid = re.search(r'<sheet name="%s" sheetId="\d+" r:id="(rId\d+)"' % re.escape(sheet), book).group(1)
    return "xl/" + re.search(r'Id="%s" Type="[^"]+" Target="([^"]+)"' % rid, rels).group(1)


# The scratch copy: the first line of "By section" cached as £0.01.
first = next(iter(workbooks.values()))[1]
wrong = os.path.join(inputs, "wrong-cache.xlsx")
part = sheet_part(first, "By section")
with zipfile.ZipFile(first) as source, zipfile.ZipFile(wrong, "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == part:
            data, replaced = re.subn(rb'(<c r="B2"[^>]*><f>[^<]*</f><v>)[^<]*(</v>)', rb"\g<1>0.01\g<2>", data)
            t.equal(replaced, 1, "cached values corrupted in the scratch copy")
        target.writestr(item, data)

files = sorted(os.path.join(inputs, n) for n in os.listdir(inputs))
libreoffice.recalculate(files, outputs)


def compare(name, original):
    """Every formula's cached result in `original` against LibreOffice's."""
    formulas = openpyxl.load_workbook(original)
    cached = openpyxl.load_workbook(original, data_only=True)
    recalculated = openpyxl.load_workbook(os.path.join(outputs, name), data_only=True)
    compared = 0
    for sheet in formulas.sheetnames:
        for row in formulas[sheet].iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                mine = cached[sheet][cell.coordinate].value
                theirs = recalculated[sheet][cell.coordinate].value
                ok = isinstance(theirs, (int, float)) and to_pence(mine) == to_pence(theirs)
                t.check(ok, f"{name}: {sheet}!{cell.coordinate} {cell.value}: cached {mine!r}, LibreOffice {theirs!r}")
                compared += 1
    t.check(compared > 0, f"{name}: no formulas")
    return recalculated, compared


def total_line(book, sheet):
    rows = [r for r in book[sheet].iter_rows(values_only=True) if r[0] == "Grand total"]
    return rows[0] if rows else (None,)


site_totals = {}
for name, (site, original) in workbooks.items():
    recalculated, compared = compare(name, original)
    if site:
        by_section = total_line(recalculated, "By section")
        # A whole number of pounds may come back as an int.
        appendix = [v for v in total_line(recalculated, "Commissioning budget")
                    if isinstance(v, (int, float)) and not isinstance(v, bool)]
        t.equal(len(appendix), 1, f"{name}: the appendix's recalculated grand total")
        t.equal(to_pence(appendix[0]) if appendix else None, to_pence(by_section[1]), f"{name}: appendix and By section")
        site_totals[site] = site_totals.get(site, 0) + to_pence(by_section[1])
    print(f"check_workbook_libreoffice: {name}: {compared} formulas recalculated, equal to the cached results")

# The build's own totals.
for site, pence in site_totals.items():
    t.equal(pence, int(control_line(site)["published"] * 100), f"{site}: recalculated totals and the control line")

# Recalculation happened: the wrong cached value came back right.
fixed = openpyxl.load_workbook(os.path.join(outputs, "wrong-cache.xlsx"), data_only=True)["By section"]["B2"].value
right = openpyxl.load_workbook(first, data_only=True)["By section"]["B2"].value
t.check(to_pence(fixed) == to_pence(right) != 1, f"LibreOffice did not recalculate: B2 is {fixed!r}, not {right!r}")

# The continuation workbook: three Register sheets, and totals over all of them.
book = openpyxl.load_workbook(os.path.join(outputs, "continuation.xlsx"), data_only=True)
t.equal(book.sheetnames[:3], ["Register", "Register (2)", "Register (3)"], "continuation sheets")
t.equal([book[s].max_row for s in book.sheetnames[:3]], [11, 11, 6], "rows on each Register sheet")
lines = {r[0]: r for r in book["By section"].iter_rows(values_only=True)}
for section, figures in expected["sections"].items():
    t.equal(to_pence(lines[section][1]), figures["pence"], f"continuation: {section} recalculated")
    t.equal(lines[section][2], figures["rows"], f"continuation: {section} count recalculated")
t.equal(to_pence(lines["Grand total"][1]), expected["pence"], "continuation: grand total recalculated")
t.finish()
