// The typed model of one publisher folder: who publishes, how they organise
// their funding, every award, and the rules for showing it. Plain structs;
// references between them are indices into the Project's vectors.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/date.h"
#include "model/fields.h"
#include "model/money.h"

namespace fundpress {

/// What a register's amounts measure. The three are never added together.
enum class Measure { proposed, awarded, paid };

/// "proposed", "awarded" or "paid".
inline const char* measure_name(Measure measure) {
  switch (measure) {
    case Measure::proposed: return "proposed";
    case Measure::awarded: return "awarded";
    case Measure::paid: return "paid";
  }
  return "";
}

struct Publisher {
  std::string name;        // "Police and Crime Commissioner for Leicestershire"
  std::string short_name;  // "Leicestershire PCC"
  std::string area;        // the police force area served
  std::string plan;        // the Police and Crime Plan the funding serves
  std::string website;     // the office's own site (absolute http(s) URL or empty)
  std::string email;
  std::string address;
  std::string org_id;  // org-id.guide identifier of the funder, if any
};

struct Section {
  std::string name;            // as it appears in the data: "Cross cutting/Partnership"
  std::string heading;         // as printed above its rows: "CROSS CUTTING/PARTNERSHIP"
  std::string subtotal_label;  // "Cross cutting sub-total"
};

/// How long a fund's awards may run (fundpress.json "duration").
enum class FundDuration { unstated, one_off, one_year_only, multi_year };

struct Fund {
  std::string name;
  std::string description;
  std::string source;  // where the money comes from: "Ministry of Justice"
  bool has_ring_fenced = false;
  bool ring_fenced = false;     // the source's money may be spent only on this fund
  std::string administered_by;  // a body that runs it for the PCC: "Cumbria Community Foundation"
  bool has_min_award = false;
  bool has_max_award = false;
  Money min_award;
  Money max_award;
  bool has_envelope = false;
  Money envelope;          // the most the fund may award in one period
  int envelope_years = 1;  // the period: 3 for "£300,000 over 3 years"
  /// The first year of the first period ("envelope_start"); when not set, the
  /// register's earliest year.
  bool has_envelope_start = false;
  FinancialYear envelope_start;
  int rounds_per_year = 0;  // 0: not stated
  std::vector<std::string> eligible_applicants;
  std::vector<std::string> eligible_costs;    // empty: any cost not ineligible
  std::vector<std::string> ineligible_costs;
  FundDuration duration = FundDuration::unstated;
  std::string status;  // "open", "closed", "under review"; empty: not stated
  std::string url;     // where to read about it or apply
};

/// "one-off", "one-year-only", "multi-year"; "" when not stated.
inline const char* duration_name(FundDuration duration) {
  switch (duration) {
    case FundDuration::unstated: return "";
    case FundDuration::one_off: return "one-off";
    case FundDuration::one_year_only: return "one-year-only";
    case FundDuration::multi_year: return "multi-year";
  }
  return "";
}

/// A focus area under a plan priority: "1.1a".
struct FocusArea {
  std::string number;
  std::string name;
};

struct Priority {
  std::string name;
  std::string number;  // the plan's own numbering ("5", "1.1"), kept as printed
  std::string description;
  int aim = -1;  // index into Project::aims; -1 for a priority of the flat list
  std::vector<FocusArea> focus_areas;
};

/// A plan aim: the level above priorities ("1 Protecting our communities").
struct Aim {
  std::string number;
  std::string name;
};

/// How money is given (fundpress.json "mechanisms").
enum class MechanismKind { grant, contract, partnership, aqp, pooled };

/// "grant", "contract", "partnership", "aqp", "pooled".
inline const char* mechanism_kind_name(MechanismKind kind) {
  switch (kind) {
    case MechanismKind::grant: return "grant";
    case MechanismKind::contract: return "contract";
    case MechanismKind::partnership: return "partnership";
    case MechanismKind::aqp: return "aqp";
    case MechanismKind::pooled: return "pooled";
  }
  return "";
}

struct Mechanism {
  std::string name;  // as the register writes it: "Partnership agreement"
  MechanismKind kind = MechanismKind::grant;
  std::string description;
  /// Contracts: a single tender action above this needs the approver's sign-off.
  bool has_single_tender_threshold = false;
  Money single_tender_threshold;
  std::string single_tender_approver;  // "Chief Finance Officer"
};

struct Area {
  std::string name;
  std::string code;           // ONS geography code, if known
  std::vector<int> contains;  // indices of the areas inside this one
};

struct Organisation {
  std::string name;
  std::string org_id;  // org-id.guide identifier ("GB-CHC-1234567")
  std::string charity_number;
  std::string company_number;
  /// The name stands for no recipient yet ("To be confirmed", "Various"): set
  /// by the check stage from fundpress.json's "not_a_recipient" patterns.
  bool placeholder = false;
  /// The recipient is a person (fundpress.json "personal_data"): in a public
  /// build the name is "Individual recipient"; never a 360Giving grant.
  bool individual = false;
  /// The money stays with the publisher (its force, its office): matched by
  /// the publisher's own names and "threesixtygiving" "internal" patterns; never a grant.
  bool internal = false;
};

/// Where a value came from, for messages and for "see row N of the source".
struct SourceRef {
  int file = 0;  // index into Project::source_files
  int line = 0;
};

/// A term of "3+1": three years, then extension options of one year in all.
struct Term {
  int initial_years = 0;  // 0: no term given
  int extension_years = 0;
};

/// The texts of a line that most registers leave empty (note, conditions,
/// procurement route, ...), kept out of the record: a million lines then hold
/// one short vector each rather than a score of empty strings, so an Award
/// stays a few hundred bytes.
class AwardTexts {
 public:
  /// The text of `field` as written; "" when the line gives none.
  const std::string& of(Field field) const;
  /// Sets the text of `field`; an empty text is not stored.
  void set(Field field, std::string text);
  /// Every text stored, by field.
  const std::vector<std::pair<Field, std::string>>& all() const { return texts_; }

 private:
  std::vector<std::pair<Field, std::string>> texts_;  // sorted by field
};

/// One budget line or award.
struct Award {
  std::string id;         // stable, unique, slug-safe: the permalink awards/<id>/
  std::string reference;  // the publisher's own reference, as given (may be empty)
  FinancialYear year;
  int section = 0;  // index into Project::sections
  int organisation = -1;
  int area = -1;
  int fund = -1;
  std::vector<int> priorities;  // the first is the primary: rollups count the line there
  /// The focus area of the primary priority the line names ("1a"), an index
  /// into that priority's focus_areas; -1 when it names the priority itself.
  int focus_area = -1;
  std::string service;  // the name of the service or project
  std::string description;
  Money amount;
  bool amount_known = true;  // false: the status says the figure is not yet known
  std::string status;
  std::string mechanism;    // commissioned service, grant, partnership agreement, ...
  int mechanism_kind = -1;  // index into Project::mechanisms when it names one
  Date award_date;
  Date start_date;
  Date end_date;
  Term term;
  bool has_unit_price = false;
  Money unit_price;    // Any Qualified Provider: price of one unit
  Date decision_date;  // of a decision such as decommissioning
  // A crime and disorder reduction grant must publish its recipient, purpose,
  // conditions and the reasons it is expected to reduce crime and disorder.
  bool cdr_grant = false;
  SourceRef source;
  /// Every other text field, as written: organisation (as this line spells
  /// it, when that is an alias of its name in fundpress.json "organisations";
  /// empty otherwise), note (a footnote printed under the report table),
  /// conditions (Specified Information Order 3(f)), term ("3+1"),
  /// procurement_route, approver (of a single tender action),
  /// counterparty_sector, units, co_funders, pcc_share, decision_reason,
  /// decision_url, reporting, payment_stages, cost_category, applicant_type,
  /// cdr_grant ("Yes"), purpose and reasons.
  const std::string& text(Field field) const { return texts.of(field); }
  AwardTexts texts;
};

/// A rule a line or fund breaks that the publisher lets the build publish (a
/// warning): shown on the fund's page so that limits are visible, not only in `check`.
struct Breach {
  std::string rule;     // its code: "fund-limit"
  std::string message;  // with the figures: "£12,000 is above ..."
  int fund = -1;        // the fund it concerns, if any
  int award = -1;       // index into Project::awards, if one line
};

/// A row left out of the published output, and why.
struct Withheld {
  SourceRef source;
  Money amount;
  std::string reason;
};

struct GlossaryTerm {
  std::string term;     // "LLR"
  std::string meaning;  // "Leicester, Leicestershire and Rutland"
};

/// A prose page from pages/*.md.
struct ProsePage {
  std::string slug;      // from the file name: pages/how-to-apply.md -> how-to-apply
  std::string title;     // its first heading, or made from the slug ("How to apply")
  std::string markdown;  // the source text, UTF-8
  int source_file = 0;
};

/// pages/accessibility.md is no page of its own: it replaces the body of the
/// accessibility statement the site generates, at the statement's address.
inline bool replaces_statement(const ProsePage& page) { return page.slug == "accessibility"; }

/// How figures are shown. Sums are always exact; these rules apply only to the
/// figure printed.
struct DisplayRules {
  /// Decimals shown on a row: -1 shows pence only when they are not zero.
  int row_decimals = -1;
  /// Decimals shown on sub-totals and totals (rounded half away from zero).
  int total_decimals = 0;
  /// Negative amounts as "(1,234)" instead of "-1,234".
  bool negative_in_brackets = false;
  /// Pounds per unit figures are shown in: 1, 1000 ("£000s") or 1000000 ("£m").
  int64_t unit = 1;
};

/// Labels for the canonical fields (amount -> "17/18 proposed costs (£)"; see
/// field_label), and every other piece of publisher-specific wording the
/// outputs print.
struct Wording {
  /// A label naming a year is kept as a template (model/year_label.h):
  /// "17/18 proposed costs (£)" -> "{yy/yy} proposed costs (£)".
  std::map<Field, std::string> field_labels;
  /// The register's one year, filled into labels printed without a year of
  /// their own; start 0 when it has several (labels then name none).
  FinancialYear only_year;
  std::string report_title;           // "Commissioning Budget"
  std::vector<Field> report_columns;  // in order; empty: the usual five
  std::string grand_total_label;      // "Grand total"
  std::string licence_name;           // "Open Government Licence v3.0"
  std::string licence_url;
};

/// Options for the website, the downloads and the statement pages that come
/// straight from fundpress.json.
struct SiteOptions {
  int page_size = 50;
  /// Lines a listing page (a section's, a fund's, a year's, ...) lists before
  /// the rest go to pages of their own, so no page holds a whole large year.
  int listing_page_size = 500;
  /// The most rows a part of the register's script data holds
  /// (register/data/<n>.js): small enough to load quickly on a phone.
  int register_shard_rows = 2000;
  /// The most entries a file of the site search's index holds
  /// (search/<key>.js); a word more entries share is split into numbered parts.
  int search_shard_entries = 2000;
  /// The most lines a year's report (its page and its Markdown) holds in one
  /// file; a longer report is split into parts (report.part_lines).
  int report_part_lines = 5000;
  /// Where the site is published, absolute and ending in "/"
  /// ("https://funding.example.org/"); empty when not known. Only the outputs
  /// that must be absolute use it: sitemap.xml and the links of 404.html.
  std::string base_url;
  /// A sentence every page shows above its content ("Illustrative data: ..."); empty: none.
  std::string notice;
  std::string accessibility_contact;       // who to tell about a problem
  std::string accessibility_known_issues;  // empty: none known
  std::string accessibility_tested;        // date the site was last tested, as printed
  std::string threesixtygiving_prefix;     // "360G-leicspcc"
  std::string
      threesixtygiving_funder_id;  // org-id of the funder; empty: publisher.org_id, else the prefix
  /// Patterns of organisation names that name no recipient ("To be confirmed",
  /// "Various*"): such lines are budget, not grants, and stay out of 360Giving.
  /// Case and spacing are ignored; "*" stands for any text.
  std::vector<std::string> not_a_recipient;
  /// Patterns of names that stand for the publisher itself ("Force", "PCC's
  /// office", "* Constabulary"), matched as not_a_recipient is.
  std::vector<std::string> internal_recipients;
};

/// How a printed total compares with the exact sum of what it covers.
enum class Agreement {
  exact,            // the sum, rounded as the total is printed, is the printed figure
  within_rounding,  // off by no more than the rounding of the figures printed in a unit above
                    // pounds
  differs,  // beyond that: published only with a note ("printed_totals": "publish-with-note")
};

/// A total printed in the register's source table, checked against its lines.
/// Printed totals are never lines of the register; they are kept so that the
/// outputs can say how each agreed.
struct PrintedTotal {
  SourceRef source;
  std::string label;         // as printed: "Victims sub-total"
  std::string text;          // the figure as printed: "1,448,239", "£12.3m"
  Money printed;             // its value
  Money computed;            // the exact sum of the lines it covers
  std::size_t lines = 0;     // how many lines it covers
  FinancialYear year;        // the year of the column it stands in
  int section = -1;          // the section it totals, when it totals one section
  bool whole_table = false;  // it covers every line of its column in its file
  Agreement agreement = Agreement::exact;
};

/// What the reader saw, counted before any row was published or withheld.
struct ReadTally {
  std::size_t rows = 0;
  Money amount;  // rows whose amount is not yet known add nothing
};

/// When a change from one year to the next is "significant" (fundpress.json
/// "significant_change"): it reaches either figure. £50,000 or 20% unless set.
struct ChangeThreshold {
  Money amount{5000000};
  int percent = 20;
};

/// The words an internal build (`build --internal`) carries on every page and in every file.
inline const char* const internal_marking = "Internal: not for publication";

/// What a build found of personal data, and (unless internal) took out of
/// the public outputs: see check/personal_data.h. Counted per line of the source.
struct Redactions {
  std::size_t individuals = 0;      // lines whose recipient is a person
  std::size_t fields = 0;           // cells of fields marked personal or sensitive
  std::size_t contact_details = 0;  // e-mail addresses, UK phone numbers and postcodes
  std::size_t total() const { return individuals + fields + contact_details; }
};

/// One language the site is published in: its code ("en", "cy") and its
/// interface text (templates/strings/<code>.json, with the publisher's
/// templates/strings/<code>.json over it): key -> text.
struct Language {
  std::string code;
  std::map<std::string, std::string> strings;
};

struct Project {
  Publisher publisher;
  std::vector<std::string> source_files;  // paths as the user gave them
  std::vector<FinancialYear> years;       // every year with awards, ascending
  std::vector<Section> sections;          // in the configured order
  std::vector<Fund> funds;
  std::string plan_name;   // fundpress.json "plan": {"name"}
  std::vector<Aim> aims;   // the plan's aims; priorities point to theirs
  std::vector<Priority> priorities;
  std::vector<Mechanism> mechanisms;
  /// Years records are kept after the end of funding ("retention_years").
  int retention_years = 6;
  std::vector<Breach> breaches;  // rules broken, published with a warning
  std::vector<Area> areas;
  std::vector<Organisation> organisations;
  std::vector<Award> awards;  // published rows, in source order
  std::vector<Withheld> withheld;
  ReadTally read;
  std::vector<GlossaryTerm> glossary;
  std::vector<ProsePage> pages;
  Measure measure = Measure::proposed;  // of every year a column heading does not say otherwise
  /// Years whose amounts measure something else, as their column heading
  /// says ("2019/20 Actual"): start year -> measure. See measure_of().
  std::map<int, Measure> year_measures;
  std::vector<PrintedTotal> printed_totals;  // in source order
  /// `build --internal`: a finance copy with everything, marked "Internal: not
  /// for publication" on every page and in every file.
  bool internal = false;
  Redactions redacted;
  Date as_of;  // the date the data describes; the only date outputs may print
  /// "Last updated" on every page: as_of, else the latest award date of the
  /// published lines (never the build's clock: rebuilds stay byte-identical).
  Date last_updated;
  DisplayRules display;
  ChangeThreshold significant_change;
  Wording wording;
  SiteOptions site;
  /// The publisher's templates/ folder: path relative to it -> contents.
  std::map<std::string, std::string> template_overrides;
  /// `languages` in fundpress.json, the first the default, published at the
  /// site's root; each other in a folder named by its code.
  std::vector<Language> languages;
  std::size_t language = 0;  // the one this project's pages are planned in
};

/// The interface text of the language the pages are planned in: key -> text.
const std::map<std::string, std::string>& strings_of(const Project& project);

/// The interface text `key` in the language the pages are planned in (the
/// check stage made sure every language has every key).
const std::string& text_of(const Project& project, const std::string& key);

/// A value put into an interface text in place of its "{key}".
struct Placeholder {
  const char* key;
  std::string value;
};

/// `text` with each "{key}" replaced by its value: whole sentences whose words
/// go round names and figures in each language's own order ("{name} website",
/// "Gwefan {name}").
std::string fill(const std::string& text, std::initializer_list<Placeholder> values);

/// The interface text `key`, its placeholders filled.
std::string say(const Project& project, const std::string& key,
                std::initializer_list<Placeholder> values = {});

/// "1 award", "12 awards": the count grouped, then the noun as `noun`'s
/// strings word it for one ("count_<noun>_one") and for any other count
/// ("count_<noun>_other"), each with its "{count}".
std::string count_text(const Project& project, std::size_t count, const std::string& noun);

/// What one line of the register is, by the measure of its amounts: "budget
/// line", "award", "payment"; `count_rows` counts them ("42 budget lines").
std::string row_noun(const Project& project);
const char* row_noun_key(const Project& project);  // "budget_line": count_text's noun
std::string rows_noun(const Project& project);  // "budget lines"
std::string count_rows(const Project& project, std::size_t rows);

/// "proposed", "awarded" or "paid" in the pages' language.
const std::string& measure_text(const Project& project, Measure measure);

/// The wording the check stage gives what the publisher did not word: the
/// report's title, the grand total's label, a section's sub-total label
/// ("Victims sub-total"). The strings' "default_*" keys word them in each
/// language (en.json's the same as these, which a test keeps equal).
std::string default_report_title();
std::string default_grand_total();
std::string default_subtotal(const std::string& section);

/// A copy of `project` whose pages are planned in `languages[language]`: its
/// interface text, and its fields' headings and the default wording above
/// where the publisher set none.
Project in_language(const Project& project, std::size_t language);

/// The folder of `languages[index]` inside the site: "" for the first, "cy/".
std::string language_folder(const Project& project, std::size_t index);

/// The last day a line's records must be kept: the end of its funding (its
/// end date, else the end of its financial year) plus `retention_years`.
inline Date retention_date(const Project& project, const Award& award) {
  Date end = award.end_date.empty() ? Date{award.year.start + 1, 3, 31} : award.end_date;
  Date kept = end;
  kept.year += project.retention_years;
  if (kept.month == 2 && kept.day == 29 && !is_valid_date(kept.year, 2, 29)) kept.day = 28;
  return kept;
}

/// The first year of the envelope period of `fund` that `year` falls in:
/// periods of envelope_years run from the fund's envelope_start, else from
/// the register's earliest year, and back before it in whole periods.
inline FinancialYear envelope_period_of(const Project& project, const Fund& fund,
                                        FinancialYear year) {
  int first = fund.has_envelope_start ? fund.envelope_start.start
              : project.years.empty() ? year.start
                                      : project.years.front().start;
  int span = fund.envelope_years < 1 ? 1 : fund.envelope_years;
  int offset = year.start - first;
  int period = offset >= 0 ? offset / span : -((-offset + span - 1) / span);
  return FinancialYear{first + period * span};
}

/// What the amounts of `year` measure.
inline Measure measure_of(const Project& project, FinancialYear year) {
  auto found = project.year_measures.find(year.start);
  return found == project.year_measures.end() ? project.measure : found->second;
}

}  // namespace fundpress
