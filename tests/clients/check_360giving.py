"""360giving.json validates against the real 360Giving 1.4.3 package schema
(the grant schema it references resolved locally, formats checked as the
360Giving Data Quality Tool does); 360giving.csv uses the standard's column
titles and holds the same grants; identifiers, counts and totals agree with
the build's control line. Usage: check_360giving.py SHARED_DIR SITE..."""
import copy
import csv
import io
import os
import re
import sys
from datetime import datetime
from decimal import Decimal

from jsonschema import Draft202012Validator, FormatChecker, RefResolver

from common import TRIGGERS, Failures, control_line, downloads, load_json, unguard

shared, sites = sys.argv[1], sys.argv[2:]
t = Failures("check_360giving")
schemas = os.path.join(shared, "conformance", "360giving")
package_schema = load_json(os.path.join(schemas, "360-giving-package-schema.json"))
grant_schema = load_json(os.path.join(schemas, "360-giving-schema.json"))
# The package refers to the grant schema by URL (1.4.2 in the published 1.4.3 package): no network.
store = {grant_schema["$id"]: grant_schema, package_schema["properties"]["grants"]["items"]["$ref"]: grant_schema}
resolver = RefResolver.from_schema(package_schema, store=store)

# Debian's jsonschema has no date-time checker; without one, a YYYY-MM-DD date
# would match both branches of the schema's oneOf. RFC 3339, as CoVE checks it:
formats = FormatChecker()


@formats.checks("date-time", raises=ValueError)
def date_time(value):
    if not re.fullmatch(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", value):
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return True


Draft202012Validator.check_schema(package_schema)
validator = Draft202012Validator(package_schema, resolver=resolver, format_checker=formats)

# The standard's flat column titles and their JSON paths.
with open(os.path.join(shared, "reference", "360giving-columns.csv"), encoding="utf-8") as f:
    paths = {row["column_title"]: row["json_path"] for row in csv.DictReader(f)}
# A publisher's own fields, which the standard allows beside its own: what the
# Specified Information Order asks of a crime and disorder reduction grant.
own_fields = {"Purpose": "purpose", "Conditions": "conditions", "Reasons": "reasons"}


def at_path(grant, path):
    value = grant
    for step in path.split("/"):
        if isinstance(value, list):
            value = value[int(step)] if int(step) < len(value) else None
        elif isinstance(value, dict):
            value = value.get(step)
        if value is None:
            return None
    return value


for site in sites:
    control = control_line(site)
    if "grants" not in control:
        # No file, for a reason the control line states; the downloads page must not offer one.
        reason = re.search(r"360Giving: not published \((.+)\)", control["line"])
        t.check(reason, f"{site}: no 360Giving grants and no reason in the control line")
        t.check(not os.path.exists(os.path.join(downloads(site), "360giving.json")),
                f"{site}: 360giving.json written though the control line says it is not published")
        with open(os.path.join(downloads(site), "index.html"), encoding="utf-8") as f:
            t.check("360giving.json" not in f.read(), f"{site}: the downloads page offers a 360Giving file")
        print(f"check_360giving: {site}: not published ({reason.group(1) if reason else '?'})")
        continue
    package = load_json(os.path.join(downloads(site), "360giving.json"))
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(package)]
    t.check(not errors, f"{site}: 360giving.json does not validate: {errors[:5]}")

    # The validator can fail: a grant with both kinds of recipient, or a date that is not one.
    broken = copy.deepcopy(package)
    broken["grants"][0]["recipientIndividual"] = {"id": "360G-x-1", "name": "A person"}
    broken["grants"][-1]["awardDate"] = "01/04/2017"
    t.check(len(list(validator.iter_errors(broken))) >= 2, f"{site}: the schema accepts a broken package")

    grants = package["grants"]
    ids = [g["id"] for g in grants]
    t.equal(len(set(ids)), len(ids), f"{site}: grant identifiers are unique")
    prefix = grants[0]["id"].split("-")[0:2]
    t.check(all(i.startswith("360G-") for i in ids), f"{site}: identifiers start 360G-")
    t.equal(len(grants), control["grants"], f"{site}: grants and the control line")
    total = sum((Decimal(str(g["amountAwarded"])) for g in grants), Decimal(0))
    t.equal(total, control["grants_total"], f"{site}: grants' total and the control line")
    t.check(all(g["amountAwarded"] > 0 for g in grants), f"{site}: every grant is above zero")
    t.equal(len({g["fundingOrganization"][0]["id"] for g in grants}), 1, f"{site}: one funder identifier")

    # Recipients as GrantNav links them (its OrganizationIdLooksInvalid and
    # MultiFunding... checks): a register's number in its form, one name per id and one id per name.
    names_of, ids_of = {}, {}
    for g in grants:
        org = g["recipientOrganization"][0]
        names_of.setdefault(org["id"], set()).add(org["name"])
        ids_of.setdefault(org["name"], set()).add(org["id"])
        if org["id"].startswith("GB-CHC-"):
            t.check(re.fullmatch(r"\d{6,7}", org["id"][7:]), f"{site}: {org['id']} is no charity number")
        if org["id"].startswith("GB-COH-"):
            t.check(re.fullmatch(r"\w{8}", org["id"][7:]), f"{site}: {org['id']} is no company number")
        if "charityNumber" in org and org["id"].startswith("GB-CHC-"):
            t.equal(org["id"][7:], org["charityNumber"].split("-")[0], f"{site}: {org['id']} and its charity number")
    t.check(all(len(n) == 1 for n in names_of.values()), f"{site}: an identifier with two names: {names_of}")
    t.check(all(len(i) == 1 for i in ids_of.values()), f"{site}: a name with two identifiers: {ids_of}")

    with open(os.path.join(downloads(site), "360giving.csv"), "rb") as f:
        text = f.read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header, rows = rows[0], rows[1:]
    for title in header:
        t.check(title in paths or title in own_fields, f"{site}: {title!r} is not a 360Giving column title")
    t.equal(len(rows), len(grants), f"{site}: rows of 360giving.csv")
    # The raw text keeps the amount as written: 307849.00, not 307849.0.
    for grant, row in zip(grants, rows):
        for title, cell in zip(header, row):
            value = at_path(grant, paths.get(title) or own_fields[title])
            if title == "Amount Awarded":
                t.equal(Decimal(cell), Decimal(str(value)), f"{site}: {grant['id']} {title}")
            else:
                t.check(not cell.startswith(TRIGGERS), f"{site}: {grant['id']} {title} {cell!r} is not neutralised")
                t.equal(unguard(cell), "" if value is None else value, f"{site}: {grant['id']} {title}")
    print(f"check_360giving: {site}: {len(grants)} grants validate, total £{total}")

t.finish()
