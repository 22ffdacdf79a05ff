"""Personal data never reaches a public file, and an internal copy marks every file.

Builds tests/fixtures/personal-data twice: as the public site and with
--internal. Every file of the public site (every part of every workbook,
unzipped) is searched for the people's names, the e-mail address, the phone
numbers, the postcode and the fields marked personal or sensitive: none may be
there. The internal copy must hold them, and every one of its files must carry
the marking ("Internal: not for publication"): pages, Markdown, CSV, JSON,
script, style, sitemap, manifest, and each workbook's properties and printed
page headers. The control lines must count what was redacted and kept.

Usage: check_personal_data.py FUNDPRESS SOURCE_DIR SCRATCH"""
import os
import re
import shutil
import subprocess
import sys
import zipfile

from common import Failures

fundpress, source, scratch = sys.argv[1:4]
project = os.path.join(source, "tests", "fixtures", "personal-data")
MARKING = "Internal: not for publication"
# What the register holds that no public file may: names of the two people,
# their identifier, the personal and sensitive fields, the contact details.
SECRETS = ["Jane Q Example", "Xavier Placeholder", "GB-COH-00000001", "Acacia Road",
           "Receipt signed", "Quarterly reports", "07700 900123", "jo.bloggs@example.org",
           "0116 496 0123", "LE1 7RH"]
failures = Failures("check_personal_data")


def build(out, *extra):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(scratch, exist_ok=True)
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run([fundpress, "build", project, "--out", out, "--quiet", *extra],
                            capture_output=True, text=True, env=env)
    failures.equal(result.returncode, 0, f"exit status of build {' '.join(extra)}")
    return result.stderr


def texts(site):
    """Every file of the site as text, a workbook as each of its parts, an icon as its bytes."""
    for folder, _, names in os.walk(site):
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, site)
            if name.endswith(".xlsx"):
                with zipfile.ZipFile(path) as book:
                    yield relative, {part: book.read(part).decode("utf-8")
                                     for part in book.namelist()}
            else:
                # favicon.ico is pixels, not text: searched byte for byte all the same.
                with open(path, "rb") as f:
                    yield relative, {"": f.read().decode("latin-1" if name.endswith(".ico") else "utf-8")}


public = os.path.join(scratch, "public")
stderr = build(public)
warning = ("awards.csv:5:4: warning: description holds what looks like {}, which public outputs "
           "leave out; take it out of the register, or mark the field \"personal\" in "
           "\"personal_data\" [personal-data]")
for kind in ("an e-mail address", "a UK phone number", "a UK postcode"):
    failures.check(warning.format(kind) in stderr, f"the warning for {kind} is missing: {stderr}")
control = stderr.strip().splitlines()[-1]
failures.check("personal data redacted: 2 individual recipients, 4 personal or sensitive fields, "
               "3 contact details" in control, f"public control line: {control}")
failures.check("2 left out £1,250.00 (2: individual recipient)" in control,
               f"360Giving must leave the people out: {control}")
files = 0
for relative, parts in texts(public):
    files += 1
    for part, text in parts.items():
        for secret in SECRETS:
            failures.check(secret not in text, f"public {relative} {part} holds {secret!r}")
        failures.check(MARKING not in text, f"public {relative} {part} is marked internal")
failures.check(files > 20, f"the public site has only {files} files")
with open(os.path.join(public, "awards", "p-2", "index.html"), encoding="utf-8") as f:
    failures.check("Individual recipient" in f.read(), "the award page names no Individual recipient")

internal = os.path.join(scratch, "internal")
stderr = build(internal, "--internal")
control = stderr.strip().splitlines()[-1]
failures.check("internal copy: personal data kept (2 individual recipients, 4 personal or "
               "sensitive fields, 3 contact details)" in control, f"internal control line: {control}")
seen = set()
for relative, parts in texts(internal):
    whole = "\n".join(parts.values())
    for secret in SECRETS:
        if secret in whole:
            seen.add(secret)
    if relative.endswith(".xlsx"):
        failures.check(MARKING in parts["docProps/core.xml"], f"{relative}: properties unmarked")
        sheets = [p for p in parts if re.match(r"xl/worksheets/sheet\d+\.xml$", p)]
        failures.check(bool(sheets), f"{relative} has no sheets")
        for sheet in sheets:
            failures.check(f"&amp;C{MARKING}" in parts[sheet],
                           f"{relative} {sheet}: printed page header unmarked")
    else:
        failures.check(MARKING in whole, f"internal {relative} is not marked")
    if relative.endswith(".html"):
        failures.check(f"<title>{MARKING}: " in whole, f"internal {relative}: title unmarked")
    if relative.endswith(".csv"):
        failures.check(whole.startswith(f"# {MARKING}\r\n"), f"internal {relative}: first line")
failures.equal(sorted(seen), sorted(SECRETS), "what the internal copy keeps")
failures.finish(f"{files} public files searched")
