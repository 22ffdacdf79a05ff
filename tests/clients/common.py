"""Helpers shared by the client tests: the build's control line, exact money,
and the CSV formula guard as the downloads page documents it."""
import json
import os
import re
import sys
from decimal import Decimal

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Failures:
    """Collects every failure of a test run, then exits non-zero if any."""

    def __init__(self, name):
        self.name = name
        self.messages = []
        self.checks = 0

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            self.messages.append(message)
        return condition

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")

    def finish(self, summary=""):
        for message in self.messages[:50]:
            print(f"{self.name}: FAIL: {message}", file=sys.stderr)
        if len(self.messages) > 50:
            print(f"{self.name}: ... and {len(self.messages) - 50} more failures", file=sys.stderr)
        if self.checks == 0:
            print(f"{self.name}: FAIL: nothing was checked", file=sys.stderr)
            sys.exit(1)
        print(f"{self.name}: {self.checks} checks, {len(self.messages)} failed. {summary}")
        sys.exit(1 if self.messages else 0)


def pounds(text):
    """'£4,668,358.75' -> Decimal('4668358.75')."""
    return Decimal(text.replace("\u00a3", "").replace(",", ""))


def control_line(site):
    """The control line the build printed, saved by build_site.py beside the site."""
    with open(site + ".control", encoding="utf-8") as f:
        line = f.read().strip()
    published = re.search(r"(\d[\d,]*) rows? (-?£[\d,]+\.\d\d) published", line)
    result = {"line": line, "published_rows": int(published.group(1).replace(",", "")),
              "published": pounds(published.group(2))}
    grants = re.search(r"360Giving: (\d[\d,]*) grants? (£[\d,]+\.\d\d); (\d+) left out(?: (£[\d,]+\.\d\d))?", line)
    if grants:
        result["grants"] = int(grants.group(1).replace(",", ""))
        result["grants_total"] = pounds(grants.group(2))
        result["left_out"] = int(grants.group(3))
    return result


def unguard(value):
    """The value awards.csv stood for: one leading quote removed from a value
    that, after its leading quotes, begins with a formula trigger."""
    if value.startswith("'") and value.lstrip("'").startswith(TRIGGERS):
        return value[1:]
    return value


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def snapshot(root):
    """Every file under `root`, by relative path, with its bytes: to compare a site before and after."""
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def downloads(site):
    return os.path.join(site, "downloads")


def to_pence(number):
    """A float of pounds from a spreadsheet, to whole pence (exact for sums of pence)."""
    return int((Decimal(repr(number)) * 100).quantize(Decimal(1)))


def fixed_widths(site):
    """Column widths the publisher's own workbook layout fixes, by field."""
    with open(site + ".project", encoding="utf-8") as f:
        layout = os.path.join(f.read().strip(), "templates", "workbook", "layout.json")
    if not os.path.exists(layout):
        return {}
    sheets = load_json(layout)["sheets"]
    return {c["field"]: c["width"] for s in sheets if s["type"] == "register" for c in s["columns"] if "width" in c}
