"""What the build refuses, and how it says so. Nothing is published in each
case, and the message names the place to fix:
- a text longer than a spreadsheet cell holds (32,767 characters): found by check, at its cell;
- invalid UTF-8 in the register: never reaches a writer;
- a publisher's workbook layout with a mistake: its file, line and column.
Usage: check_refusals.py FUNDPRESS SCRATCH_DIR"""
import os
import shutil
import subprocess
import sys

from common import Failures

fundpress, scratch = sys.argv[1], sys.argv[2]
t = Failures("check_refusals")
shutil.rmtree(scratch, ignore_errors=True)


def publisher(name, awards_bytes, layout=None):
    folder = os.path.join(scratch, name)
    os.makedirs(folder)
    with open(os.path.join(folder, "fundpress.json"), "w") as f:
        f.write('{"publisher": {"name": "Test PCC"}, "year": "2017/18", '
                '"threesixtygiving": {"prefix": "360G-test"}}\n')
    with open(os.path.join(folder, "awards.csv"), "wb") as f:
        f.write(awards_bytes)
    if layout is not None:
        os.makedirs(os.path.join(folder, "templates", "workbook"))
        with open(os.path.join(folder, "templates", "workbook", "layout.json"), "w") as f:
            f.write(layout)
    return folder


def build(folder, published=False):
    out = folder + "-site"
    result = subprocess.run([fundpress, "build", folder, "--out", out], capture_output=True, text=True)
    t.equal(os.path.exists(out), published, f"{folder}: published")
    return result


header = b"service,organisation,description,amount\n"
good = b"Helpline,Victim Support,Support line,100\n"

long_text = b"x" * 32768
result = build(publisher("too-long", header + good + b"Outreach,Youth Works,%s,200\n" % long_text))
t.equal(result.returncode, 1, "a text too long for a cell: the exit status")
t.check("too-long/awards.csv:3:3: error: description is 32,768 characters long; a spreadsheet cell holds "
        "at most 32,767" in result.stderr, f"the message does not name the cell: {result.stderr}")

result = build(publisher("exactly-the-limit", header + good + b"Outreach,Youth Works,%s,200\n" % long_text[1:]), True)
t.equal(result.returncode, 0, f"a text of exactly 32,767 characters: {result.stderr}")

result = build(publisher("windows-1252", header + good + b"Outreach,Caf\xe9 Youth,Sessions \xa35,200\n"))
t.equal(result.returncode, 1, "invalid UTF-8: the exit status")
t.check("windows-1252/awards.csv:3:2: error: text is not valid UTF-8" in result.stderr,
        f"invalid UTF-8: the message: {result.stderr}")

layout = '{"sheets": [\n  {"type": "register", "name": "Register", "columns": [{"field": "amount"}]},\n' \
         '  {"type": "summary", "name": "By fund", "by": "fund"}\n]}\n'
result = build(publisher("bad-layout", header + good, layout))
t.equal(result.returncode, 1, "a broken layout: the exit status")
t.check("bad-layout/templates/workbook/layout.json:3:48: error: the sheet \"By fund\" totals by fund, so the "
        "register sheet needs a \"fund\" column [layout]" in result.stderr, f"a broken layout: {result.stderr}")
result = subprocess.run([fundpress, "check", os.path.join(scratch, "bad-layout")], capture_output=True, text=True)
t.equal(result.returncode, 1, "fundpress check also reads the layout")
t.finish()
