#include "view/register_page.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>

#include "model/areas.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/format.h"
#include "view/page.h"
#include "view/pagination.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

// For each area, itself and every area that contains it, directly or not: a
// row filtered by an area matches when its own area is inside that area.
std::vector<std::vector<int>> areas_around(const Project& project) {
  std::vector<std::vector<int>> around(project.areas.size());
  for (std::size_t outer = 0; outer < project.areas.size(); ++outer) {
    around[outer].push_back(static_cast<int>(outer));
    for (int inner : areas_within(project.areas, static_cast<int>(outer)))
      around[inner].push_back(static_cast<int>(outer));
  }
  return around;
}

// The amount bands the register filters by, whole pounds, each from its
// floor up to the next band's: the same for every office, so a reader can
// compare sites. Amounts not yet known are a band of their own.
struct AmountBand {
  const char* slug;
  std::int64_t floor_pence;  // the least amount in the band
};

const std::vector<AmountBand>& amount_bands() {
  static const std::vector<AmountBand> bands = {
      {"under-10k", INT64_MIN},         {"10k-50k", 1000000},     {"50k-100k", 5000000},
      {"100k-250k", 10000000},          {"250k-500k", 25000000},  {"500k-plus", 50000000},
      {"not-known", 0},
  };
  return bands;
}

// "Under £10,000", "£10,000 to £49,999.99", "£500,000 or more", in the pages' language.
std::string band_label(const Project& project, std::size_t b) {
  const std::vector<AmountBand>& bands = amount_bands();
  if (b + 1 == bands.size()) return text_of(project, "band_unknown");
  auto pounds = [](std::int64_t pence) { return format_pounds(Money{pence}, pence % 100 ? 2 : 0); };
  if (b == 0) return say(project, "band_under", {{"amount", pounds(bands[1].floor_pence)}});
  if (b + 2 == bands.size()) return say(project, "band_over", {{"amount", pounds(bands[b].floor_pence)}});
  return say(project, "band_between", {{"from", pounds(bands[b].floor_pence)},
                                       {"to", pounds(bands[b + 1].floor_pence - 1)}});
}

const AmountBand* band_of(const Award& award) {
  const std::vector<AmountBand>& bands = amount_bands();
  if (!award.amount_known) return &bands.back();
  const AmountBand* found = &bands.front();
  for (std::size_t b = 0; b + 1 < bands.size(); ++b)
    if (award.amount.pence >= bands[b].floor_pence) found = &bands[b];
  return found;
}

constexpr std::size_t max_filter_options = 300;

// The filters the script offers: one list per dimension, only values with rows.
nlohmann::json filters(const Project& project, const SitePaths& paths,
                       const std::vector<std::size_t>& awards) {
  nlohmann::json list = nlohmann::json::array();
  std::vector<Dimension> offered = {Dimension::year, Dimension::section, Dimension::organisation,
                                    Dimension::area};
  for (Dimension d : paths.listed())
    if (d == Dimension::fund) offered.push_back(d);
  for (Dimension dimension : offered) {
    const DimensionNames& names = names_of(dimension);
    std::vector<int> keys;
    if (dimension == Dimension::area) {
      std::vector<std::vector<std::size_t>> within = awards_within_each_area(project, awards);
      for (std::size_t key = 0; key < within.size(); ++key)
        if (!within[key].empty()) keys.push_back(static_cast<int>(key));
    } else {
      for (const Group& group : group_by(project, awards, dimension)) keys.push_back(group.key);
    }
    nlohmann::json options = nlohmann::json::array();
    for (int key : keys) {
      options.push_back(
          {{"value", paths.slug(dimension, key)}, {"label", name_of(project, dimension, key)}});
    }
    // One value filters nothing out; past a few hundred, a list is no help
    // (and every page of a large register would carry it): the text search finds them.
    if (options.size() < 2 || options.size() > max_filter_options) continue;
    list.push_back({{"field", field_info(names.field).name},
                    {"label", field_label(project.wording, names.field)},
                    {"all", text_of(project, std::string("filter_all_") + names.key)},
                    {"options", options}});
  }
  nlohmann::json bands = nlohmann::json::array();
  for (std::size_t b = 0; b < amount_bands().size(); ++b)
    for (std::size_t i : awards)
      if (band_of(project.awards[i]) == &amount_bands()[b]) {
        bands.push_back({{"value", amount_bands()[b].slug}, {"label", band_label(project, b)}});
        break;
      }
  if (bands.size() > 1)
    list.push_back({{"field", "band"},
                    {"label", text_of(project, "col_amount")},
                    {"all", text_of(project, "filter_any_amount")},
                    {"options", bands}});
  return list;
}

// One row for assets/register.js, which filters, sorts and adds up in the
// browser. Amounts travel as strings of whole pence and are added as BigInt,
// so the script's totals are exact and agree with these pages to the penny.
nlohmann::json register_row(const Project& project, const SitePaths& paths,
                            const std::vector<std::vector<int>>& around, const Award& award,
                            const std::vector<AwardColumn>& columns) {
  nlohmann::json cells = nlohmann::json::array(), links = nlohmann::json::array(),
                 sort = nlohmann::json::array();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // The same cells as the pages' tables, as text (the script writes text).
    Field field = columns[c].field;
    cells.push_back(award_cell_text(project, award, field));
    links.push_back(award_cell_url(project, paths, award, field));
    if (field == Field::start_date) sort.push_back(format_iso_date(award.start_date));
    else if (field == Field::end_date) sort.push_back(format_iso_date(award.end_date));
    else sort.push_back(nullptr);
  }
  // The values each filter (named by its field, as in filters()) matches.
  nlohmann::json keys = nlohmann::json::object();
  nlohmann::json& areas = keys[field_info(Field::area).name] = nlohmann::json::array();
  if (award.area >= 0)
    for (int a : around[award.area]) areas.push_back(paths.slug(Dimension::area, a));
  nlohmann::json& funds = keys[field_info(Field::fund).name] = nlohmann::json::array();
  if (award.fund >= 0) funds.push_back(paths.slug(Dimension::fund, award.fund));
  keys[field_info(Field::section).name] = {paths.slug(Dimension::section, award.section)};
  keys[field_info(Field::year).name] = {
      paths.slug(Dimension::year, year_key(project, award.year))};
  nlohmann::json& organisation = keys[field_info(Field::organisation).name] =
      nlohmann::json::array();
  if (award.organisation >= 0)
    organisation.push_back(paths.slug(Dimension::organisation, award.organisation));
  keys["band"] = {band_of(award)->slug};
  return {{"cells", std::move(cells)},
          {"links", std::move(links)},
          {"sort", std::move(sort)},
          {"pence", award.amount_known ? nlohmann::json(std::to_string(award.amount.pence))
                                       : nlohmann::json(nullptr)},
          {"keys", std::move(keys)}};
}

// What every page of the register and its data share, kept once for all their makers.
struct RegisterBasis {
  std::vector<std::size_t> awards;
  std::vector<AwardColumn> columns;
  std::string status;
  nlohmann::json offered;
  std::vector<std::vector<int>> around;  // areas_around()
  /// The parts of the script's data, each of at most site.register_shard_rows
  /// rows: 1 is register/awards.js alone with every row, as for any small
  /// register; 0 is no data at all, the register being too large to filter
  /// in a browser (register_filter_limit).
  std::size_t parts = 0;
};

// The rows of the register from `first` up to `last`, in the register's order.
nlohmann::json register_rows(const Project& project, const SitePaths& paths,
                             const RegisterBasis& basis, std::size_t first, std::size_t last) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = first; r < last; ++r)
    rows.push_back(
        register_row(project, paths, basis.around, project.awards[basis.awards[r]], basis.columns));
  return rows;
}

// register/awards.js: the settings the script formats figures by and the
// columns, then every row or, in parts, the row count and where each part is.
nlohmann::json register_data(const Project& project, const SitePaths& paths,
                             const RegisterBasis& basis) {
  nlohmann::json headings = nlohmann::json::array();
  for (const AwardColumn& column : basis.columns)
    headings.push_back({{"field", field_info(column.field).name},
                        {"label", column.label},
                        {"numeric", column.numeric}});
  nlohmann::json data = {{"decimals", project.display.total_decimals},
                         {"brackets", project.display.negative_in_brackets},
                         {"unit", project.display.unit},
                         {"columns", headings}};
  if (basis.parts == 1) {
    data["rows"] = register_rows(project, paths, basis, 0, basis.awards.size());
  } else {
    nlohmann::json parts = nlohmann::json::array();
    for (std::size_t part = 1; part <= basis.parts; ++part)
      parts.push_back(SitePaths::register_part(static_cast<int>(part)));
    data["count"] = basis.awards.size();
    data["parts"] = parts;
  }
  return data;
}

std::shared_ptr<const RegisterBasis> register_basis(const Project& project,
                                                    const SitePaths& paths) {
  auto basis = std::make_shared<RegisterBasis>();
  basis->awards = all_awards(project);
  basis->columns = award_columns(project, basis->awards);
  Total total = total_of(project, basis->awards);
  basis->status =
      count_rows(project, total.rows) + ", " + format_total_pounds(total.amount, project.display);
  // Years are never added together: several years get a total each.
  if (project.years.size() > 1) {
    std::string per_year;
    for (const Group& year : group_by(project, basis->awards, Dimension::year))
      per_year += std::string(per_year.empty() ? "" : "; ") + project.years[year.key].label() +
                  " " + grouped(year.total.rows) + ", " +
                  format_total_pounds(year.total.amount, project.display);
    basis->status = count_rows(project, total.rows) + ": " + per_year;
  }
  if (basis->awards.size() <= register_filter_limit) {
    basis->offered = filters(project, paths, basis->awards);
    basis->around = areas_around(project);
    std::size_t shard_rows = static_cast<std::size_t>(project.site.register_shard_rows);
    basis->parts = std::max<std::size_t>(1, (basis->awards.size() + shard_rows - 1) / shard_rows);
  }
  return basis;
}

nlohmann::json register_page_context(const Project& project, const SitePaths& paths,
                                     const Navigation& navigation, const RegisterBasis& basis,
                                     int page, int pages) {
  const std::vector<std::size_t>& awards = basis.awards;
  std::size_t page_size = static_cast<std::size_t>(project.site.page_size);
  std::string path = SitePaths::register_page(page);
  std::string heading = text_of(project, "funding_register");
  std::string of_pages = page_of_pages(project, page, pages);
  std::vector<Crumb> crumbs = {{text_of(project, "nav_home"), SitePaths::home()}};
  add_page_crumbs(project, heading, SitePaths::register_page(1), page, &crumbs);
  nlohmann::json context =
      page_frame(project, path, pages > 1 ? heading + " (" + of_pages + ")" : heading, crumbs);
  navigation.add_to("register", &context);

  auto [first, last] = page_slice(awards.size(), page_size, static_cast<std::size_t>(page));
  std::vector<std::size_t> slice(awards.begin() + first, awards.begin() + last);
  std::initializer_list<Placeholder> shown = {{"heading", heading},
                                              {"rows", rows_noun(project)},
                                              {"first", std::to_string(first + 1)},
                                              {"last", std::to_string(last)},
                                              {"count", std::to_string(awards.size())}};
  AbbreviationMarker abbreviations(project.glossary);
  nlohmann::json intro = {
      {"runs", abbreviations.runs(say(project, "register_intro",
                                      {{"row", row_noun(project)},
                                       {"publisher", project.publisher.name},
                                       {"measure", measure_text(project, project.measure)}}))}};
  // Past the limit no script is offered, and a sentence points to the search and downloads.
  if (basis.parts > 0)
    context["scripts"] = {{{"path", SitePaths::register_data()}},
                          {{"path", SitePaths::asset("register.js")}}};
  context["register"] = {
      {"heading", heading},
      {"intro", intro},
      {"status", basis.status},
      {"paged", pages > 1},
      // The script shows this page's rows until the reader filters or sorts.
      {"page", page},
      {"page_size", page_size},
      {"of_pages", of_pages},
      {"page_note", say(project, pages > 1 ? "register_page_note" : "register_page_note_all", shown)},
      // The script's words, in the page's language (its data is shared by every language).
      {"count_one", text_of(project, std::string("count_") + row_noun_key(project) + "_one")},
      {"count_other", text_of(project, std::string("count_") + row_noun_key(project) + "_other")},
      {"caption_matching", text_of(project, "register_caption_matching")},
      {"loading", text_of(project, "register_loading")},
      {"load_failed", text_of(project, "register_load_failed")},
      {"too_large", basis.parts > 0 ? nlohmann::json(false)
                                    : nlohmann::json{{"text", say(project, "register_too_large",
                                                                  {{"count", count_rows(project, awards.size())}})},
                                                     {"link", text_of(project, "register_too_large_link")},
                                                     {"downloads", SitePaths::downloads_index()}}},
      {"filters", basis.offered},
      {"table", award_table(project, paths, slice, basis.columns, "register-table",
                            pages > 1 ? say(project, "register_caption_page", shown) : heading,
                            abbreviations)},
      {"pagination",
       pagination_context(page, pages, text_of(project, "register_pages"),
                          &SitePaths::register_page)},
  };
  return context;
}

// The register's pages (items 1, 2, ...) or its script data's parts, each a
// slice of the register's lines, from one shared source.
class RegisterSlices : public ContextSource {
 public:
  enum class Kind { pages, parts };
  RegisterSlices(const PlanInputs& in, std::shared_ptr<const RegisterBasis> basis, Kind kind,
                 std::size_t count, std::size_t slice_lines)
      : project_(in.project),
        paths_(in.paths),
        basis_(std::move(basis)),
        kind_(kind),
        count_(count),
        slice_lines_(slice_lines),
        awards_(in.awards),
        navigation_(in.navigation) {
    if (in.digest && awards_ && !in.site_digest.empty())
      shared_ = in.digest([&](InputDigest& digest) { feed_shared(in.site_digest, digest); });
  }

  nlohmann::json context(std::uint32_t item) const override {
    if (kind_ == Kind::pages)
      return register_page_context(project_, paths_, *navigation_, *basis_, static_cast<int>(item),
                                   static_cast<int>(count_));
    auto [first, last] = page_slice(basis_->awards.size(), slice_lines_, item);
    nlohmann::json rows = register_rows(project_, paths_, *basis_, first, last);
    return nlohmann::json{{"part", item}, {"parts", count_}, {"json", rows.dump(-1, ' ', true)}};
  }

  // A slice reads the project (its lines aside), the paths, the basis, how
  // many slices there are, and its own lines.
  bool inputs(std::uint32_t item, InputDigest& digest) const override {
    if (shared_.empty()) return false;
    digest.add(shared_);
    digest.add(std::uint64_t{item});
    auto [first, last] = page_slice(basis_->awards.size(), slice_lines_, item);
    auto lines = basis_->awards.begin();
    feed_awards(*awards_, lines + static_cast<std::ptrdiff_t>(first),
                lines + static_cast<std::ptrdiff_t>(last), digest);
    return true;
  }

 private:
  // What every slice reads alike, digested once: the site's digest, then the register's.
  void feed_shared(const std::string& site, InputDigest& digest) const {
    const RegisterBasis& basis = *basis_;
    InputFeeder(digest).all(site, kind_ == Kind::parts, std::uint64_t{count_},
                            std::uint64_t{slice_lines_}, std::uint64_t{basis.awards.size()},
                            basis.columns, basis.status, basis.offered.dump(), basis.around,
                            std::uint64_t{basis.parts});
  }

  const Project& project_;
  SitePaths paths_;
  std::shared_ptr<const RegisterBasis> basis_;
  Kind kind_;
  std::size_t count_;        // pages or parts
  std::size_t slice_lines_;  // lines a slice holds
  std::shared_ptr<const AwardDigests> awards_;
  std::shared_ptr<const Navigation> navigation_;
  std::string shared_;  // "" when the plan digests nothing
};

}  // namespace

void plan_register_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  std::shared_ptr<const RegisterBasis> basis = register_basis(in.project, in.paths);
  int pages = page_count(basis->awards.size(), in.project.site.page_size);
  auto slices = std::make_shared<const RegisterSlices>(
      in, basis, RegisterSlices::Kind::pages, static_cast<std::size_t>(pages),
      static_cast<std::size_t>(in.project.site.page_size));
  for (int page = 1; page <= pages; ++page)
    plan->push_back(PlannedOutput::from_source(SitePaths::register_page(page), slices,
                                               static_cast<std::uint32_t>(page)));
}

void plan_register_data(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  SitePaths paths = in.paths;
  std::shared_ptr<const RegisterBasis> basis = register_basis(project, paths);
  if (basis->parts == 0) return;
  plan->push_back(PlannedOutput::from_context(SitePaths::register_data(), [&project, paths, basis] {
    nlohmann::json data = register_data(project, paths, *basis);
    return nlohmann::json{{"json", data.dump(-1, ' ', true)}};
  }));
}

void plan_register_parts(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  std::shared_ptr<const RegisterBasis> basis = register_basis(in.project, in.paths);
  if (basis->parts < 2) return;
  auto slices = std::make_shared<const RegisterSlices>(
      in, basis, RegisterSlices::Kind::parts, basis->parts,
      static_cast<std::size_t>(in.project.site.register_shard_rows));
  for (std::size_t part = 1; part <= basis->parts; ++part)
    plan->push_back(PlannedOutput::from_source(SitePaths::register_part(static_cast<int>(part)),
                                               slices, static_cast<std::uint32_t>(part)));
}

}  // namespace fundpress
