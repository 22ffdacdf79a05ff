#include "view/site_plan.h"

#include "rollup/rollup.h"
#include "view/format.h"
#include "view/page.h"
#include "view/report_view.h"
#include "view/site_paths.h"

namespace fundpress {

const char* const page_layout = "site/layout.html.mustache";

namespace {

nlohmann::json reports_index_context(const Project& project, const SitePaths& paths) {
  nlohmann::json context = page_frame(project, "reports/index.html", "Reports",
                                      {{"Home", "index.html"}, {"Reports", ""}});
  add_navigation(project, paths, "reports", &context);
  nlohmann::json years = nlohmann::json::array();
  for (auto it = project.years.rbegin(); it != project.years.rend(); ++it) {
    Total total = total_of(project, awards_in_year(project, *it));
    years.push_back({{"label", it->label()},
                     {"title", project.wording.report_title + " " + it->label()},
                     {"html", report_path(*it, ".html")},
                     {"markdown", report_path(*it, ".md")},
                     {"workbook", report_path(*it, ".xlsx")},
                     {"total", format_pounds(total.amount, project.display.total_decimals)},
                     {"rows", count_of(total.rows, "line")}});
  }
  context["reports"] = years;
  return context;
}

}  // namespace

ContextMaker ready(nlohmann::json context) {
  auto shared = std::make_shared<const nlohmann::json>(std::move(context));
  return [shared] { return *shared; };
}

void add_navigation(const Project& project, const SitePaths& paths,
                    const std::string& current_section, nlohmann::json* context) {
  auto link = [&](const std::string& key, const std::string& label, const std::string& path) {
    return nlohmann::json{{"label", label}, {"path", path}, {"current", current_section == key}};
  };
  nlohmann::json nav = nlohmann::json::array();
  nav.push_back(link("home", "Home", "index.html"));
  nav.push_back(link("register", "Register", "register/index.html"));
  for (Dimension dimension : paths.listed()) {
    const DimensionNames& names = names_of(dimension);
    nav.push_back(link(names.key, names.title, std::string(names.key) + "/index.html"));
  }
  nav.push_back(link("reports", "Reports", "reports/index.html"));
  nav.push_back(link("downloads", "Downloads", "downloads/index.html"));
  nav.push_back(link("glossary", "Glossary", "glossary/index.html"));
  nav.push_back(link("accessibility", "Accessibility", "accessibility/index.html"));
  (*context)["nav"] = nav;

  // The footer repeats the pages a reader looks for last: what the words
  // mean, how to report a problem, the data itself, and the licence.
  std::string root = context->value("root", "");
  auto footer = [&](const std::string& label, const std::string& href) {
    return nlohmann::json{{"label", label}, {"href", href}};
  };
  nlohmann::json links = nlohmann::json::array();
  links.push_back(footer("Glossary", root + "glossary/index.html"));
  links.push_back(footer("Accessibility statement", root + "accessibility/index.html"));
  links.push_back(footer("Open data downloads", root + "downloads/index.html"));
  if (!project.publisher.website.empty())
    links.push_back(footer(project.publisher.short_name + " website", project.publisher.website));
  (*context)["footer_links"] = links;
  (*context)["licence"] = {{"name", project.wording.licence_name},
                           {"url", project.wording.licence_url},
                           {"has_url", !project.wording.licence_url.empty()}};
}

void plan_reports(const Project& project, const SitePaths& paths, std::vector<PlannedOutput>* plan) {
  plan->push_back({OutputKind::page, "reports/index.html", "reports/index.html.mustache",
                   ready(reports_index_context(project, paths))});
  for (FinancialYear year : project.years) {
    std::string html = report_path(year, ".html");
    ContextMaker context = [&project, paths, year, html] {
      nlohmann::json context = report_context(project, build_report(project, year), html);
      add_navigation(project, paths, "reports", &context);
      return context;
    };
    plan->push_back({OutputKind::page, html, "reports/commissioning-budget.html.mustache", context});
    plan->push_back({OutputKind::document, report_path(year, ".md"),
                     "reports/commissioning-budget.md.mustache", context});
    plan->push_back({OutputKind::report_xlsx, report_path(year, ".xlsx"), "", nullptr, year});
  }
}

std::vector<PlannedOutput> plan_site(const Project& project, const Downloads& downloads) {
  SitePaths paths(project);
  std::vector<PlannedOutput> plan;
  plan_reports(project, paths, &plan);
  plan_website(project, paths, &plan);
  plan_downloads(project, paths, downloads, &plan);
  return plan;
}

}  // namespace fundpress
