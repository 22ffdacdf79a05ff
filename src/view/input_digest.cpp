#include "view/input_digest.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

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
                  sizeof(YearComparison) == 56 && sizeof(YearsRollup) == 96 &&
                  sizeof(LayoutColumn) == 80 && sizeof(LayoutSheet) == 104 &&
                  sizeof(WorkbookLayout) == 192,
              "a model struct changed: feed its new members in view/input_digest.cpp");

// Feeds model values whole: a list by its length, then each item.
class Feeder {
 public:
  explicit Feeder(InputDigest& digest) : digest_(digest) {}

  template <class... Values>
  void all(const Values&... values) {
    (feed(values), ...);
  }

  void feed(const std::string& text) { digest_.add(text); }
  void feed(std::uint64_t number) { digest_.add(number); }
  void feed(std::int64_t number) { digest_.add(static_cast<std::uint64_t>(number)); }
  void feed(int number) { feed(static_cast<std::int64_t>(number)); }
  void feed(bool flag) { digest_.add(std::uint64_t{flag}); }
  void feed(Field field) { feed(static_cast<int>(field)); }
  void feed(Measure measure) { feed(static_cast<int>(measure)); }
  void feed(FundDuration duration) { feed(static_cast<int>(duration)); }
  void feed(MechanismKind kind) { feed(static_cast<int>(kind)); }
  void feed(Agreement agreement) { feed(static_cast<int>(agreement)); }
  void feed(Money money) { feed(money.pence); }
  void feed(Date date) { all(date.year, date.month, date.day); }
  void feed(FinancialYear year) { feed(year.start); }
  template <class T>
  void feed(const std::vector<T>& list) {
    feed(std::uint64_t{list.size()});
    for (const T& item : list) feed(item);
  }
  template <class Key, class Value>
  void feed(const std::map<Key, Value>& map) {
    feed(std::uint64_t{map.size()});
    for (const auto& [key, value] : map) all(key, value);
  }
  template <class First, class Second>
  void feed(const std::pair<First, Second>& pair) {
    all(pair.first, pair.second);
  }

  void feed(const Publisher& p) {
    all(p.name, p.short_name, p.area, p.plan, p.website, p.email, p.address, p.org_id);
  }
  void feed(const Section& s) { all(s.name, s.heading, s.subtotal_label); }
  void feed(const Fund& f) {
    all(f.name, f.description, f.source, f.has_ring_fenced, f.ring_fenced, f.administered_by,
        f.has_min_award, f.has_max_award, f.min_award, f.max_award, f.has_envelope, f.envelope,
        f.envelope_years, f.has_envelope_start, f.envelope_start, f.rounds_per_year,
        f.eligible_applicants, f.eligible_costs, f.ineligible_costs, f.duration, f.status, f.url);
  }
  void feed(const FocusArea& f) { all(f.number, f.name); }
  void feed(const Priority& p) { all(p.name, p.number, p.description, p.aim, p.focus_areas); }
  void feed(const Aim& a) { all(a.number, a.name); }
  void feed(const Mechanism& m) {
    all(m.name, m.kind, m.description, m.has_single_tender_threshold, m.single_tender_threshold,
        m.single_tender_approver);
  }
  void feed(const Area& a) { all(a.name, a.code, a.contains); }
  void feed(const Organisation& o) {
    all(o.name, o.org_id, o.charity_number, o.company_number, o.placeholder, o.individual,
        o.internal);
  }
  void feed(const SourceRef& s) { all(s.file, s.line); }
  void feed(const Term& t) { all(t.initial_years, t.extension_years); }
  void feed(const Breach& b) { all(b.rule, b.message, b.fund, b.award); }
  void feed(const Withheld& w) { all(w.source, w.amount, w.reason); }
  void feed(const GlossaryTerm& g) { all(g.term, g.meaning); }
  void feed(const ProsePage& p) { all(p.slug, p.title, p.markdown, p.source_file); }
  void feed(const DisplayRules& d) {
    all(d.row_decimals, d.total_decimals, d.negative_in_brackets, d.unit);
  }
  void feed(const Wording& w) {
    all(w.field_labels, w.only_year, w.report_title, w.report_columns, w.grand_total_label,
        w.licence_name, w.licence_url);
  }
  void feed(const SiteOptions& s) {
    all(s.page_size, s.listing_page_size, s.register_shard_rows, s.search_shard_entries,
        s.report_part_lines, s.base_url, s.notice, s.accessibility_contact,
        s.accessibility_known_issues, s.accessibility_tested, s.threesixtygiving_prefix,
        s.threesixtygiving_funder_id, s.not_a_recipient, s.internal_recipients);
  }
  void feed(const PrintedTotal& p) {
    all(p.source, p.label, p.text, p.printed, p.computed, std::uint64_t{p.lines}, p.year, p.section,
        p.whole_table, p.agreement);
  }
  void feed(const ReadTally& r) { all(std::uint64_t{r.rows}, r.amount); }
  void feed(const ChangeThreshold& c) { all(c.amount, c.percent); }
  void feed(const Redactions& r) {
    all(std::uint64_t{r.individuals}, std::uint64_t{r.fields}, std::uint64_t{r.contact_details});
  }
  void feed(const Language& l) { all(l.code, l.strings); }
  void feed(VarianceKind kind) { feed(static_cast<int>(kind)); }
  void feed(SheetType type) { feed(static_cast<int>(type)); }
  void feed(const LayoutColumn& c) { all(c.field, c.heading, c.width, c.number_format); }
  void feed(const LayoutSheet& s) { all(s.type, s.name, s.columns, s.by, s.chart); }
  void feed(const WorkbookLayout& w) {
    all(w.sheets, w.amount_heading, w.count_heading, w.not_given_label, w.amount_format,
        w.date_format, w.max_width);
  }
  void feed(const Total& t) {
    all(std::uint64_t{t.rows}, std::uint64_t{t.unknown_amounts}, t.amount);
  }
  void feed(const YearLines& y) { all(y.year, y.awards, y.total); }
  void feed(const Variance& v) {
    all(v.kind, v.key, v.previous, v.current, v.change, v.has_percent, v.percent_tenths, v.added,
        v.ended, v.significant);
  }
  void feed(const YearComparison& c) { all(c.previous, c.current, c.changes, c.significant); }
  void feed(const YearsRollup& y) { all(y.lines, y.by_dimension, y.area_within, y.comparisons); }
  void feed(const Award& a) {
    all(a.id, a.reference, a.year, a.section, a.organisation, a.area, a.fund, a.priorities,
        a.focus_area, a.service, a.description, a.amount, a.amount_known, a.status, a.mechanism,
        a.mechanism_kind, a.award_date, a.start_date, a.end_date, a.term, a.has_unit_price,
        a.unit_price, a.decision_date, a.cdr_grant, a.source, a.texts.all());
  }

 private:
  InputDigest& digest_;
};

}  // namespace

void feed_project(const Project& p, InputDigest& digest) {
  Feeder(digest).all(p.publisher, p.source_files, p.years, p.sections, p.funds, p.plan_name, p.aims,
                     p.priorities, p.mechanisms, p.retention_years, p.breaches, p.areas,
                     p.organisations, p.withheld, p.read, p.glossary, p.pages, p.measure,
                     p.year_measures, p.printed_totals, p.internal, p.redacted, p.as_of,
                     p.last_updated, p.display, p.significant_change, p.wording, p.site,
                     p.template_overrides, p.languages, std::uint64_t{p.language});
}

void feed_award(const Award& award, InputDigest& digest) { Feeder(digest).feed(award); }

void feed_awards(const Project& project, const std::vector<std::size_t>& awards,
                 InputDigest& digest) {
  digest.add(std::uint64_t{awards.size()});
  for (std::size_t index : awards) {
    digest.add(std::uint64_t{index});
    feed_award(project.awards[index], digest);
  }
}

void feed_years(const YearsRollup& years, InputDigest& digest) { Feeder(digest).feed(years); }

void feed_layout(const WorkbookLayout& layout, InputDigest& digest) { Feeder(digest).feed(layout); }

}  // namespace fundpress
