"""The workbooks as finance prints them: each converted to PDF by LibreOffice
headless with the workbook's own page setup, then read by poppler
(pdfinfo, pdftotext). Every page is A4, every page carries the publisher, its
sheet's title and "Page N of M" with the right N and M, the Register prints
one page wide (so its pages are no more than its rows need), and no page holds
only a line or two (the tail of a note). Usage: check_workbook_print.py SCRATCH SITE..."""
import glob
import os
import re
import shutil
import subprocess
import sys

from common import Failures, downloads, load_json
from libreoffice import print_to_pdf

scratch, sites = sys.argv[1], sys.argv[2:]
t = Failures("check_workbook_print")
shutil.rmtree(scratch, ignore_errors=True)
workbooks, publishers = [], []
for site in sites:
    # Who the pages must name: the publisher, as the site's open data says.
    publisher = load_json(os.path.join(downloads(site), "awards.json"))["publisher"]
    found = sorted(glob.glob(os.path.join(downloads(site), "fundpress-*.xlsx")))
    found += sorted(glob.glob(os.path.join(site, "reports", "*", "commissioning-budget.xlsx")))
    workbooks += found
    publishers += [publisher] * len(found)
# Names must differ in the output folder: copy each under a name that says where it came from.
named = []
for n, path in enumerate(workbooks):
    copy = os.path.join(scratch, "in", f"{n:02d}-{os.path.basename(path)}")
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copy(path, copy)
    named.append(copy)
pdfs = print_to_pdf(named, os.path.join(scratch, "pdf"))

for pdf, publisher in zip(pdfs, publishers):
    name = os.path.basename(pdf)
    named_by = publisher[:30]  # a long name may wrap in the header
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    t.check(pages >= 1, f"{name}: no pages")
    for page in range(1, pages + 1):
        size = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), pdf],
                              capture_output=True, text=True).stdout
        t.check(re.search(r"Page\s+\d+ size:\s+(841\.\d+ x 595\.\d+|595\.\d+ x 841\.\d+) pts", size),
                f"{name} page {page}: not A4: {size[-200:]!r}")
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                              capture_output=True, text=True).stdout
        t.check(f"Page {page} of {pages}" in text, f"{name} page {page}: no 'Page {page} of {pages}'")
        t.check(named_by in text, f"{name} page {page}: no {named_by!r} in the header")
        body = [line for line in text.splitlines()
                if line.strip() and f"Page {page} of {pages}" not in line and named_by not in line]
        t.check(len(body) > 2, f"{name} page {page}: holds only {body!r}")
    print(f"check_workbook_print: {name}: {pages} A4 pages")
t.finish(f"{len(pdfs)} workbooks printed")
