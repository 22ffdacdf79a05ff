"""awards.json validates against the published awards.schema.json (JSON
Schema draft 2020-12, with format checks), and its amounts are exact.
Usage: check_awards_json.py SITE..."""
import copy
import os
import sys
from decimal import Decimal

from jsonschema import Draft202012Validator, FormatChecker

from common import Failures, downloads, load_json

t = Failures("check_awards_json")
for site in sys.argv[1:]:
    schema = load_json(os.path.join(downloads(site), "awards.schema.json"))
    data = load_json(os.path.join(downloads(site), "awards.json"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]
    t.check(not errors, f"{site}: awards.json does not validate: {errors[:5]}")
    for award in data["awards"]:
        if award["amount"] is not None:
            t.equal(Decimal(award["amount"]) * 100, Decimal(award["amount_pence"]), f"{site}: {award['id']} amount")
    # The schema can fail: an amount as a JSON number, or a key it does not know, is refused.
    broken = copy.deepcopy(data)
    broken["awards"][0]["amount"] = 1.5
    broken["awards"][-1]["surprise"] = "x"
    t.check(len(list(validator.iter_errors(broken))) == 2, f"{site}: the schema accepts a broken file")
    print(f"check_awards_json: {site}: {len(data['awards'])} awards validate")
t.finish()
