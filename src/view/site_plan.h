// The plan of the published folder: every output, where it goes, and the
// context it is rendered from. Adding a page to the site means adding it here.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/downloads_view.h"
#include "view/site_paths.h"

namespace fundpress {

enum class OutputKind {
  page,         // a Mustache template inside the site layout
  document,     // a Mustache template on its own (Markdown, XML, SVG)
  report_xlsx,  // the appendix workbook (render/report_xlsx.h)
  asset,        // a theme file copied as it is
  json_file,    // the context itself, as a JSON file (schemas, CSV on the Web metadata)
  awards_csv,   // downloads/awards.csv (render/awards_csv.h)
  awards_json,  // downloads/awards.json (render/awards_json.h)
  grants_json,  // downloads/360giving.json (render/threesixtygiving.h)
  grants_csv,   // downloads/360giving.csv (render/threesixtygiving.h)
  workbook,     // downloads/fundpress-<year>.xlsx (render/workbook.h)
};

/// Builds an output's context when the output is rendered, on a render
/// thread, so that a register of a million awards never holds a million page
/// contexts at once. Makers keep what they need by value or by shared
/// pointer; the Project outlives them.
using ContextMaker = std::function<nlohmann::json()>;

/// A maker for a context already built (small pages).
ContextMaker ready(nlohmann::json context);

struct PlannedOutput {
  OutputKind kind = OutputKind::page;
  std::string path;           // inside the site: "reports/2017-18/commissioning-budget.html"
  std::string template_path;  // inside templates/: "reports/commissioning-budget.html.mustache"
  ContextMaker context;       // empty for outputs without one
  FinancialYear year;         // the year of a report_xlsx or a workbook
};

/// The layout every page is rendered inside.
extern const char* const page_layout;

/// Every output of `project`, in a fixed order: the reports, the website
/// around them, and the downloads made from `downloads`.
std::vector<PlannedOutput> plan_site(const Project& project, const Downloads& downloads);

/// The parts of the plan, each in a file of its own.
void plan_reports(const Project& project, const SitePaths& paths,
                  std::vector<PlannedOutput>* plan);  // site_plan.cpp
void plan_website(const Project& project, const SitePaths& paths,
                  std::vector<PlannedOutput>* plan);  // website_plan.cpp
void plan_downloads(const Project& project, const SitePaths& paths, const Downloads& downloads,
                    std::vector<PlannedOutput>* plan);  // downloads_plan.cpp

/// The links in every page's header and footer, given the page's frame.
void add_navigation(const Project& project, const SitePaths& paths,
                    const std::string& current_section, nlohmann::json* context);

}  // namespace fundpress
