#include "view/input_digest.h"

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "view/table_view.h"

namespace fundpress {
namespace {

// A member added to one of these must be fed below too: these fail until the
// feeder is looked at again (sizes of x86-64 with libstdc++, the build's).
static_assert(sizeof(Publisher) == 256 && sizeof(Section) == 96 && sizeof(Fund) == 336 &&
                  sizeof(FocusArea) == 64 && sizeof(Priority) == 128 && sizeof(Aim) == 64 &&
                  sizeof(Mechanism) == 120 && sizeof(Area) == 88 && sizeof(Organisation) == 136 &&
                  sizeof(SourceRef) == 8 && sizeof(Term) == 8 && sizeof(Breach) == 72 &&
                  sizeof(Withheld) == 48 && sizeof(GlossaryTerm) == 64 &&
                  sizeof(ProsePage) == 104 && sizeof(DisplayRules) == 24 &&
                  sizeof(Wording) == 208 && sizeof(SiteOptions) == 296 &&
                  sizeof(PrintedTotal) == 112 && sizeof(ReadTally) == 16 &&
                  sizeof(ChangeThreshold) == 16 && sizeof(Redactions) == 24 &&
                  sizeof(Language) == 80 && sizeof(Award) == 376 && sizeof(Project) == 1408 &&
                  sizeof(Total) == 24 && sizeof(YearLines) == 56 && sizeof(Variance) == 56 &&
                  sizeof(YearComparison) == 56 && sizeof(FundPeriod) == 40 &&
                  sizeof(FundUse) == 24 && sizeof(YearsRollup) == 120 &&
                  sizeof(LayoutColumn) == 80 && sizeof(LayoutSheet) == 104 &&
                  sizeof(WorkbookLayout) == 192,
              "a model struct changed: feed its new members in view/input_digest.cpp");

}  // namespace

void InputFeeder::feed(const std::string& text) { digest_.add(text); }
void InputFeeder::feed(std::uint64_t number) { digest_.add(number); }
void InputFeeder::feed(std::int64_t number) { digest_.add(static_cast<std::uint64_t>(number)); }
void InputFeeder::feed(int number) { feed(static_cast<std::int64_t>(number)); }
void InputFeeder::feed(bool flag) { digest_.add(std::uint64_t{flag}); }
void InputFeeder::feed(Field field) { feed(static_cast<int>(field)); }
void InputFeeder::feed(Measure measure) { feed(static_cast<int>(measure)); }
void InputFeeder::feed(FundDuration duration) { feed(static_cast<int>(duration)); }
void InputFeeder::feed(MechanismKind kind) { feed(static_cast<int>(kind)); }
void InputFeeder::feed(Agreement agreement) { feed(static_cast<int>(agreement)); }
void InputFeeder::feed(Money money) { feed(money.pence); }
void InputFeeder::feed(Date date) { all(date.year, date.month, date.day); }
void InputFeeder::feed(FinancialYear year) { feed(year.start); }
void InputFeeder::feed(const Publisher& p) {
  all(p.name, p.short_name, p.area, p.plan, p.website, p.email, p.address, p.org_id);
}
void InputFeeder::feed(const Section& s) { all(s.name, s.heading, s.subtotal_label); }
void InputFeeder::feed(const Fund& f) {
  all(f.name, f.description, f.source, f.has_ring_fenced, f.ring_fenced, f.administered_by,
      f.has_min_award, f.has_max_award, f.min_award, f.max_award, f.has_envelope, f.envelope,
      f.envelope_years, f.has_envelope_start, f.envelope_start, f.rounds_per_year,
      f.eligible_applicants, f.eligible_costs, f.ineligible_costs, f.duration, f.status, f.url);
}
void InputFeeder::feed(const FocusArea& f) { all(f.number, f.name); }
void InputFeeder::feed(const Priority& p) {
  all(p.name, p.number, p.description, p.aim, p.focus_areas);
}
void InputFeeder::feed(const Aim& a) { all(a.number, a.name); }
void InputFeeder::feed(const Mechanism& m) {
  all(m.name, m.kind, m.description, m.has_single_tender_threshold, m.single_tender_threshold,
      m.single_tender_approver);
}
void InputFeeder::feed(const Area& a) { all(a.name, a.code, a.contains); }
void InputFeeder::feed(const Organisation& o) {
  all(o.name, o.org_id, o.charity_number, o.company_number, o.placeholder, o.individual,
      o.internal);
}
void InputFeeder::feed(const SourceRef& s) { all(s.file, s.line); }
void InputFeeder::feed(const Term& t) { all(t.initial_years, t.extension_years); }
void InputFeeder::feed(const Breach& b) { all(b.rule, b.message, b.fund, b.award); }
void InputFeeder::feed(const Withheld& w) { all(w.source, w.amount, w.reason); }
void InputFeeder::feed(const GlossaryTerm& g) { all(g.term, g.meaning); }
void InputFeeder::feed(const ProsePage& p) { all(p.slug, p.title, p.markdown, p.source_file); }
void InputFeeder::feed(const DisplayRules& d) {
  all(d.row_decimals, d.total_decimals, d.negative_in_brackets, d.unit);
}
void InputFeeder::feed(const Wording& w) {
  all(w.field_labels, w.only_year, w.report_title, w.report_columns, w.grand_total_label,
      w.licence_name, w.licence_url);
}
void InputFeeder::feed(const SiteOptions& s) {
  all(s.page_size, s.listing_page_size, s.register_shard_rows, s.search_shard_entries,
      s.report_part_lines, s.base_url, s.notice, s.accessibility_contact,
      s.accessibility_known_issues, s.accessibility_tested, s.threesixtygiving_prefix,
      s.threesixtygiving_funder_id, s.not_a_recipient, s.internal_recipients);
}
void InputFeeder::feed(const PrintedTotal& p) {
  all(p.source, p.label, p.text, p.printed, p.computed, std::uint64_t{p.lines}, p.year, p.section,
      p.whole_table, p.agreement);
}
void InputFeeder::feed(const ReadTally& r) { all(std::uint64_t{r.rows}, r.amount); }
void InputFeeder::feed(const ChangeThreshold& c) { all(c.amount, c.percent); }
void InputFeeder::feed(const Redactions& r) {
  all(std::uint64_t{r.individuals}, std::uint64_t{r.fields}, std::uint64_t{r.contact_details});
}
void InputFeeder::feed(const Language& l) { all(l.code, l.strings); }
void InputFeeder::feed(Dimension dimension) { feed(static_cast<int>(dimension)); }
void InputFeeder::feed(VarianceKind kind) { feed(static_cast<int>(kind)); }
void InputFeeder::feed(SheetType type) { feed(static_cast<int>(type)); }
void InputFeeder::feed(const LayoutColumn& c) { all(c.field, c.heading, c.width, c.number_format); }
void InputFeeder::feed(const LayoutSheet& s) { all(s.type, s.name, s.columns, s.by, s.chart); }
void InputFeeder::feed(const WorkbookLayout& w) {
  all(w.sheets, w.amount_heading, w.count_heading, w.not_given_label, w.amount_format,
      w.date_format, w.max_width);
}
void InputFeeder::feed(const Total& t) {
  all(std::uint64_t{t.rows}, std::uint64_t{t.unknown_amounts}, t.amount);
}
void InputFeeder::feed(const YearLines& y) { all(y.year, y.awards, y.total); }
void InputFeeder::feed(const Variance& v) {
  all(v.kind, v.key, v.previous, v.current, v.change, v.has_percent, v.percent_tenths, v.added,
      v.ended, v.significant);
}
void InputFeeder::feed(const YearComparison& c) {
  all(c.previous, c.current, c.changes, c.significant);
}
void InputFeeder::feed(const FundPeriod& p) { all(p.from, p.years, p.awarded, p.envelope); }
void InputFeeder::feed(const FundUse& u) { all(u.periods); }
void InputFeeder::feed(const YearsRollup& y) {
  all(y.lines, y.by_dimension, y.area_within, y.comparisons, y.funds);
}
void InputFeeder::feed(const Award& a) {
  all(a.id, a.reference, a.year, a.section, a.organisation, a.area, a.fund, a.priorities,
      a.focus_area, a.service, a.description, a.amount, a.amount_known, a.status, a.mechanism,
      a.mechanism_kind, a.award_date, a.start_date, a.end_date, a.term, a.has_unit_price,
      a.unit_price, a.decision_date, a.cdr_grant, a.source, a.texts.all());
}
void InputFeeder::feed(const AwardColumn& c) { all(c.field, c.label, c.numeric); }

void feed_project(const Project& p, InputDigest& digest) {
  InputFeeder(digest).all(p.publisher, p.source_files, p.years, p.sections, p.funds, p.plan_name,
                          p.aims, p.priorities, p.mechanisms, p.retention_years, p.breaches,
                          p.areas, p.organisations, p.withheld, p.read, p.glossary, p.pages,
                          p.measure, p.year_measures, p.printed_totals, p.internal, p.redacted,
                          p.as_of, p.last_updated, p.display, p.significant_change, p.wording,
                          p.site, p.template_overrides, p.languages, std::uint64_t{p.language});
}

void feed_award(const Award& award, InputDigest& digest) { InputFeeder(digest).feed(award); }

AwardDigests::AwardDigests(const Project& project, const DigestOf& digest_of) {
  bytes_.reserve(project.awards.size() * width);
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (const Award& award : project.awards) {
    std::string hex = digest_of([&](InputDigest& digest) { feed_award(award, digest); });
    if (hex.size() != 2 * width) throw std::logic_error("an award's digest is not 32 digits");
    for (std::size_t i = 0; i < width; ++i)
      bytes_ += static_cast<char>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  }
}

void feed_awards(const AwardDigests& digests, std::vector<std::size_t>::const_iterator first,
                 std::vector<std::size_t>::const_iterator last, InputDigest& digest) {
  // One piece for them all: a year's report feeds tens of thousands.
  std::string fed;
  fed.reserve(static_cast<std::size_t>(last - first) * 24);
  for (auto at = first; at != last; ++at) {
    auto number = static_cast<std::uint64_t>(*at);
    fed.append(reinterpret_cast<const char*>(&number), sizeof number);
    fed += digests.of(*at);
  }
  digest.add(static_cast<std::uint64_t>(last - first));
  digest.add(fed);
}

void feed_awards(const AwardDigests& digests, const std::vector<std::size_t>& awards,
                 InputDigest& digest) {
  feed_awards(digests, awards.begin(), awards.end(), digest);
}

void feed_years(const YearsRollup& years, InputDigest& digest) { InputFeeder(digest).feed(years); }

void feed_layout(const WorkbookLayout& layout, InputDigest& digest) {
  InputFeeder(digest).feed(layout);
}

}  // namespace fundpress
