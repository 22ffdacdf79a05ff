#include "view/site_plan.h"

#include "rollup/rollup.h"
#include "view/format.h"
#include "view/page.h"
#include "view/report_view.h"

namespace fundpress {

const char* const page_layout = "site/layout.html.mustache";

namespace {

nlohmann::json reports_index_context(const Project& project);

}  // namespace

nlohmann::json home_context(const Project& project) {
  nlohmann::json context = page_frame(project, "index.html", "What we fund", {{"Home", ""}});
  add_navigation(project, "home", &context);
  FinancialYear latest = project.years.empty() ? FinancialYear{} : project.years.back();
  Total total = total_of(project, awards_in_year(project, latest));
  std::string title = project.wording.report_title + " " + latest.label();
  context["home"] = {
      {"heading", "What " + project.publisher.short_name + " funds"},
      {"intro", "Every service and grant " + project.publisher.name + " funds, with the figures "
                "as published in its annual report."},
      {"total_label", "Total " + std::string(measure_name(project.measure)) + ", " + latest.label()},
      {"total_short", format_short(total.amount)},
      {"total_exact", format_pounds(total.amount, 2)},
      {"report_path", report_path(latest, ".html")},
      {"report_title", title},
  };
  return context;
}

namespace {

nlohmann::json reports_index_context(const Project& project) {
  nlohmann::json context = page_frame(project, "reports/index.html", "Reports",
                                      {{"Home", "index.html"}, {"Reports", ""}});
  add_navigation(project, "reports", &context);
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

void add_navigation(const Project& project, const std::string& current_section,
                    nlohmann::json* context) {
  (void)project;
  struct Link { const char* key; const char* label; const char* path; };
  static const Link nav[] = {
      {"home", "Home", "index.html"},
      {"reports", "Reports", "reports/index.html"},
  };
  nlohmann::json links = nlohmann::json::array();
  for (const Link& link : nav)
    links.push_back({{"label", link.label}, {"path", link.path}, {"current", current_section == link.key}});
  (*context)["nav"] = links;
  (*context)["footer_links"] = nlohmann::json::array();
}

void plan_reports(const Project& project, std::vector<PlannedOutput>* plan) {
  plan->push_back({OutputKind::page, "reports/index.html", "reports/index.html.mustache",
                   reports_index_context(project)});
  for (FinancialYear year : project.years) {
    std::string html = report_path(year, ".html");
    nlohmann::json context = report_context(project, build_report(project, year), html);
    add_navigation(project, "reports", &context);
    plan->push_back({OutputKind::page, html, "reports/commissioning-budget.html.mustache", context});
    plan->push_back({OutputKind::document, report_path(year, ".md"),
                     "reports/commissioning-budget.md.mustache", std::move(context)});
    plan->push_back({OutputKind::report_xlsx, report_path(year, ".xlsx"), "", nullptr, year});
  }
}

std::vector<PlannedOutput> plan_site(const Project& project) {
  std::vector<PlannedOutput> plan;
  plan_reports(project, &plan);
  plan_website(project, &plan);
  plan_downloads(project, &plan);
  return plan;
}

}  // namespace fundpress
