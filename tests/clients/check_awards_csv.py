"""awards.csv, read as a data user would: strict RFC 4180 (the reader proved on
csv-spectrum first) and Python's csv module agree; it is UTF-8 with one header
row; it holds exactly the rows of awards.json, text neutralised as documented;
its amounts add up, in exact decimal, to the build's published total.
Usage: check_awards_csv.py SHARED_DIR SITE..."""
import csv
import io
import json
import os
import sys
from decimal import Decimal

import rfc4180
from common import TRIGGERS, Failures, control_line, downloads, load_json, unguard

shared, sites = sys.argv[1], sys.argv[2:]
t = Failures("check_awards_csv")

# The strict reader reads the csv-spectrum suite as the suite says.
spectrum = os.path.join(shared, "conformance", "csv-spectrum")
for name in sorted(os.listdir(os.path.join(spectrum, "csvs"))):
    if name == "location_coordinates.csv":
        continue  # not RFC 4180 (a bare quote in an unquoted field), and its JSON is of other data
    with open(os.path.join(spectrum, "csvs", name), encoding="utf-8", newline="") as f:
        records = rfc4180.parse(f.read(), require_crlf=False)
    expected = load_json(os.path.join(spectrum, "json", name[:-4] + ".json"))
    header = records[0]
    t.equal([dict(zip(header, r)) for r in records[1:]], expected, f"csv-spectrum {name}")

for site in sites:
    control = control_line(site)
    with open(os.path.join(downloads(site), "awards.csv"), "rb") as f:
        raw = f.read()
    t.check(not raw.startswith(b"\xef\xbb\xbf"), f"{site}: awards.csv starts with a byte-order mark")
    text = raw.decode("utf-8")  # strict: invalid UTF-8 fails the test
    try:
        strict = rfc4180.parse(text)
    except rfc4180.CsvError as e:
        t.check(False, f"{site}: awards.csv is not strict RFC 4180: {e}")
        continue
    loose = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    t.equal(strict, loose, f"{site}: the strict reader and Python's csv module")
    header, rows = strict[0], strict[1:]
    t.check(all(len(r) == len(header) for r in rows), f"{site}: every row has the header's {len(header)} fields")

    awards = load_json(os.path.join(downloads(site), "awards.json"))["awards"]
    metadata = load_json(os.path.join(downloads(site), "awards.csv-metadata.json"))
    t.equal(header, [c["titles"] for c in metadata["tableSchema"]["columns"]], f"{site}: header and CSVW columns")
    t.equal(header, [k for k in awards[0] if k != "amount_pence"], f"{site}: header and awards.json keys")
    t.equal(len(rows), control["published_rows"], f"{site}: rows and the control line")
    t.equal(len(rows), len(awards), f"{site}: rows of awards.csv and awards.json")

    text_columns = [h for h in header if h not in ("amount", "award_date", "start_date", "end_date")]
    for number, (row, award) in enumerate(zip(rows, awards), start=2):
        for name, cell in zip(header, row):
            value = award[name]
            expected = "; ".join(value) if isinstance(value, list) else ("" if value is None else value)
            if name in text_columns:
                # No text cell reaches a spreadsheet starting as a formula.
                t.check(not cell.startswith(TRIGGERS), f"{site}: record {number} {name} {cell!r} is not neutralised")
                t.equal(unguard(cell), expected, f"{site}: record {number} {name}")
            else:
                t.equal(cell, expected, f"{site}: record {number} {name}")

    amounts = [Decimal(r[header.index("amount")]) for r in rows if r[header.index("amount")]]
    t.check(all(a == a.quantize(Decimal("0.01")) and "," not in str(a) for a in amounts),
            f"{site}: amounts are plain decimals with two places")
    total = sum(amounts, Decimal(0))
    t.equal(total, control["published"], f"{site}: sum of the amount column and the published total")
    pence = sum(a["amount_pence"] for a in awards if a["amount_pence"] is not None)
    t.equal(total * 100, Decimal(pence), f"{site}: sum of amount_pence")
    print(f"check_awards_csv: {site}: {len(rows)} rows, total £{total}")

t.finish()
