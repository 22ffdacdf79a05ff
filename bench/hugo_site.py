#!/usr/bin/python3
"""A Hugo site holding the same pages as a fundpress build of a generated register:
    bench/hugo_site.py REGISTER_DIR HUGO_DIR [PAGE_SIZE]
writes HUGO_DIR/config.toml, two layouts and one Markdown file per line of
REGISTER_DIR/awards.csv (front matter: service, organisation, amount, section,
year, area, fund), so that `hugo` builds a page per award and a paginated
listing of them, as fundpress does. Generating this content is not timed."""
import csv
import os
import sys

register, out = sys.argv[1], sys.argv[2]
page_size = int(sys.argv[3]) if len(sys.argv) > 3 else 50
os.makedirs(os.path.join(out, "content", "awards"), exist_ok=True)
os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
with open(os.path.join(out, "config.toml"), "w") as f:
    f.write('baseURL = "https://benchmark.example.org/"\ntitle = "Benchmark"\n'
            'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
            f'paginate = {page_size}\n')
with open(os.path.join(out, "layouts", "_default", "single.html"), "w") as f:
    f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
            '</head><body><main><h1>{{ .Title }}</h1><dl>'
            '<dt>Organisation</dt><dd>{{ .Params.organisation }}</dd>'
            '<dt>Amount</dt><dd>{{ .Params.amount }}</dd>'
            '<dt>Section</dt><dd>{{ .Params.section }}</dd>'
            '<dt>Year</dt><dd>{{ .Params.year }}</dd>'
            '<dt>Area</dt><dd>{{ .Params.area }}</dd>'
            '<dt>Fund</dt><dd>{{ .Params.fund }}</dd></dl>{{ .Content }}</main></body></html>\n')
with open(os.path.join(out, "layouts", "_default", "list.html"), "w") as f:
    f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
            '</head><body><main><h1>{{ .Title }}</h1><table><tbody>'
            '{{ range .Paginator.Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td>'
            '<td>{{ .Params.organisation }}</td><td>{{ .Params.amount }}</td></tr>{{ end }}'
            '</tbody></table>{{ template "_internal/pagination.html" . }}</main></body></html>\n')
with open(os.path.join(out, "content", "awards", "_index.md"), "w") as f:
    f.write('---\ntitle: "Register"\n---\n')


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


with open(os.path.join(register, "awards.csv"), newline="", encoding="utf-8") as f:
    for n, row in enumerate(csv.DictReader(f)):
        name = (row.get("id") or f"line-{n}").lower()
        with open(os.path.join(out, "content", "awards", name + ".md"), "w") as page:
            page.write("---\n")
            page.write(f"title: {quoted(row.get('service', ''))}\n")
            for key in ("organisation", "amount", "section", "year", "area", "fund"):
                page.write(f"{key}: {quoted(row.get(key, ''))}\n")
            page.write("---\n" + row.get("description", "") + "\n")
