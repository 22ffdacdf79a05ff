#include <memory>

#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/format.h"
#include "view/page.h"
#include "view/pagination.h"
#include "view/report_view.h"
#include "view/table_view.h"
#include "view/website_views.h"

namespace fundpress {
namespace {

const char* const data_path = "register/awards.js";

// For each area, itself and every area that contains it, directly or not: a
// row filtered by an area matches when its own area is inside that area.
std::vector<std::vector<int>> areas_around(const Project& project) {
  std::vector<std::vector<int>> around(project.areas.size());
  for (std::size_t outer = 0; outer < project.areas.size(); ++outer) {
    std::vector<bool> seen(project.areas.size(), false);
    std::vector<int> stack = {static_cast<int>(outer)};
    while (!stack.empty()) {
      int at = stack.back();
      stack.pop_back();
      if (seen[at]) continue;
      seen[at] = true;
      around[at].push_back(static_cast<int>(outer));
      for (int inner : project.areas[at].contains) stack.push_back(inner);
    }
  }
  return around;
}

// The filters the script offers: one list per dimension, only values with rows.
nlohmann::json filters(const Project& project, const SitePaths& paths,
                       const std::vector<std::size_t>& awards) {
  nlohmann::json list = nlohmann::json::array();
  std::vector<Dimension> offered = {Dimension::section, Dimension::area};
  for (Dimension d : listed_dimensions(project))
    if (d == Dimension::fund) offered.push_back(d);
  for (Dimension dimension : offered) {
    const DimensionNames& names = names_of(dimension);
    std::vector<int> keys;
    if (dimension == Dimension::area) {
      for (std::size_t key = 0; key < project.areas.size(); ++key)
        if (!awards_within_area(project, awards, static_cast<int>(key)).empty())
          keys.push_back(static_cast<int>(key));
    } else {
      for (const Group& group : group_by(project, awards, dimension)) keys.push_back(group.key);
    }
    nlohmann::json options = nlohmann::json::array();
    for (int key : keys) {
      options.push_back({{"value", paths.slug(dimension, key)}, {"label", name_of(project, dimension, key)}});
    }
    if (options.size() < 2) continue;  // one value filters nothing out
    list.push_back({{"field", names.field},
                    {"label", field_label(project, names.field)},
                    {"all", std::string("All ") + names.key},
                    {"options", options}});
  }
  return list;
}

// Every row for assets/register.js, which filters, sorts and adds up in the
// browser. Amounts travel as strings of whole pence and are added as BigInt,
// so the script's totals are exact and agree with these pages to the penny.
nlohmann::json register_data(const Project& project, const SitePaths& paths,
                             const std::vector<std::size_t>& awards,
                             const std::vector<AwardColumn>& columns) {
  std::vector<std::vector<int>> around = areas_around(project);
  // The same cells as the pages' tables, without abbreviations (the script writes text).
  static const std::vector<GlossaryTerm> no_terms;
  AbbreviationMarker plain(no_terms);
  nlohmann::json table = award_table(project, paths, awards, columns, "", "", plain);
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < awards.size(); ++r) {
    const Award& award = project.awards[awards[r]];
    nlohmann::json cells = nlohmann::json::array(), links = nlohmann::json::array(),
                   sort = nlohmann::json::array();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const nlohmann::json& cell = table["rows"][r]["cells"][c];
      cells.push_back(cell["text"]);
      links.push_back(cell["url"]);
      const std::string& field = columns[c].field;
      if (field == "start_date") sort.push_back(format_iso_date(award.start_date));
      else if (field == "end_date") sort.push_back(format_iso_date(award.end_date));
      else sort.push_back(nullptr);
    }
    nlohmann::json area_keys = nlohmann::json::array();
    if (award.area >= 0)
      for (int a : around[award.area]) area_keys.push_back(paths.slug(Dimension::area, a));
    nlohmann::json fund_keys = nlohmann::json::array();
    if (award.fund >= 0) fund_keys.push_back(paths.slug(Dimension::fund, award.fund));
    rows.push_back({{"cells", cells},
                    {"links", links},
                    {"sort", sort},
                    {"pence", award.amount_known ? nlohmann::json(std::to_string(award.amount.pence))
                                                 : nlohmann::json(nullptr)},
                    {"keys", {{"section", {paths.slug(Dimension::section, award.section)}},
                              {"area", area_keys},
                              {"fund", fund_keys}}}});
  }
  nlohmann::json headings = nlohmann::json::array();
  for (const AwardColumn& column : columns)
    headings.push_back({{"field", column.field}, {"label", column.label}, {"numeric", column.numeric}});
  return {{"noun", row_noun(project)},
          {"decimals", project.display.total_decimals},
          {"brackets", project.display.negative_in_brackets},
          {"columns", headings},
          {"rows", rows}};
}

}  // namespace

void plan_register(const Project& project, const SitePaths& paths, std::vector<PlannedOutput>* plan) {
  // What every page of the register shares, kept once for all their makers.
  struct Shared {
    std::vector<std::size_t> awards;
    std::vector<AwardColumn> columns;
    std::string status;
    nlohmann::json offered;
  };
  auto shared = std::make_shared<Shared>();
  shared->awards = all_awards(project);
  shared->columns = award_columns(project, shared->awards);
  Total total = total_of(project, shared->awards);
  shared->status = count_rows(project, total.rows) + ", " +
                   format_pounds(total.amount, project.display.total_decimals,
                                 project.display.negative_in_brackets);
  shared->offered = filters(project, paths, shared->awards);
  int pages = page_count(shared->awards.size(), project.site.page_size);

  for (int page = 1; page <= pages; ++page) {
    plan->push_back({OutputKind::page, SitePaths::register_page(page), "site/register.html.mustache",
                     [&project, paths, shared = std::shared_ptr<const Shared>(shared), page, pages] {
      const std::vector<std::size_t>& awards = shared->awards;
      std::size_t page_size = static_cast<std::size_t>(project.site.page_size);
      std::string path = SitePaths::register_page(page);
      std::string heading = "Funding register";
      std::string of_pages = "page " + std::to_string(page) + " of " + std::to_string(pages);
      std::vector<Crumb> crumbs = {{"Home", "index.html"}};
      if (page == 1) crumbs.push_back({heading, ""});
      else crumbs.insert(crumbs.end(), {{heading, SitePaths::register_page(1)}, {"Page " + std::to_string(page), ""}});
      nlohmann::json context =
          page_frame(project, path, pages > 1 ? heading + " (" + of_pages + ")" : heading, crumbs);
      add_navigation(project, paths, "register", &context);

      std::size_t first = (static_cast<std::size_t>(page) - 1) * page_size;
      std::size_t last = std::min(awards.size(), first + page_size);
      std::vector<std::size_t> slice(awards.begin() + first, awards.begin() + last);
      std::string shown = pages > 1 ? ", " + std::to_string(first + 1) + " to " + std::to_string(last) +
                                          " of " + std::to_string(awards.size())
                                    : "";
      AbbreviationMarker abbreviations(project.glossary);
      nlohmann::json intro = abbreviations.text(
          "Every " + row_noun(project) + " published by " + project.publisher.name + ", with its " +
          measure_name(project.measure) + " amount. Select a service to see everything about it.");
      context["scripts"] = {{{"path", data_path}}, {{"path", "assets/register.js"}}};
      context["register"] = {
          {"heading", heading},
          {"intro", intro},
          {"status", shared->status},
          {"paged", pages > 1},
          {"of_pages", of_pages},
          {"page_note", "This page shows " + row_noun(project) + "s" + shown + "."},
          {"filters", shared->offered},
          {"has_filters", !shared->offered.empty()},
          {"data_path", data_path},
          {"table", award_table(project, paths, slice, shared->columns, "register-table",
                                "Funding register" + shown, abbreviations)},
          {"pagination", pagination_context(page, pages, "Pages of the register", &SitePaths::register_page)},
      };
      return context;
    }});
  }
  plan->push_back({OutputKind::document, data_path, "register/awards.js.mustache", [&project, paths, shared] {
    nlohmann::json data = register_data(project, paths, shared->awards, shared->columns);
    return nlohmann::json{{"json", data.dump(-1, ' ', true)}};
  }});
}

}  // namespace fundpress
