#include "view/reports_plan.h"

#include <memory>

#include "rollup/rollup.h"
#include "view/format.h"
#include "view/page.h"
#include "view/report_context.h"
#include "view/year_tables.h"

namespace fundpress {
namespace {

// The page and its Markdown are made from one context, framed as the page, so
// the two cannot disagree. `part` is set for a report in two or more parts.
ContextMaker report_context_maker(const PlanInputs& in, FinancialYear year,
                                  std::shared_ptr<const ReportView> report,
                                  std::shared_ptr<const ReportPart> part) {
  const Project& project = in.project;
  SitePaths paths = in.paths;
  return [&project, paths, year, years = in.years, report, part] {
    nlohmann::json context = report_context(
        project, *report, SitePaths::report_part(year, part ? part->part : 1, ".html"),
        part.get());
    // From the second year on, the report says what changed, as the year's
    // page does: on its first part.
    const YearComparison* comparison =
        years ? years->ending_in(static_cast<std::size_t>(year_key(project, year))) : nullptr;
    context["report"]["changes"] = comparison && (!part || part->part == 1)
                                       ? significant_changes_list(
                                             project, *comparison,
                                             static_cast<std::size_t>(project.site.report_part_lines))
                                       : nlohmann::json(false);
    add_navigation(project, paths, "reports", &context);
    return context;
  };
}

// A year's report at `extension`, in parts of the project's report_part_lines lines.
void plan_report(const PlanInputs& in, const std::string& extension,
                 std::vector<PlannedOutput>* plan) {
  for (const YearLines& lines : in.years->lines) {
    FinancialYear year = lines.year;
    auto report = std::make_shared<const ReportView>(build_report(in.project, lines));
    std::vector<ReportPart> parts = report_parts(
        *report, static_cast<std::size_t>(in.project.site.report_part_lines), extension);
    for (const ReportPart& part : parts) {
      std::shared_ptr<const ReportPart> shown;
      if (parts.size() > 1) shown = std::make_shared<const ReportPart>(part);
      plan->push_back(PlannedOutput::from_context(part.paths[part.part - 1],
                                                  report_context_maker(in, year, report, shown)));
    }
  }
}

}  // namespace

void plan_reports_index(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  std::string path = SitePaths::reports_index();
  nlohmann::json context = page_frame(
      project, path, text_of(project, "reports"),
      {{text_of(project, "nav_home"), SitePaths::home()}, {text_of(project, "reports"), ""}});
  add_navigation(project, in.paths, "reports", &context);
  nlohmann::json years = nlohmann::json::array();
  for (auto it = in.years->lines.rbegin(); it != in.years->lines.rend(); ++it) {
    FinancialYear year = it->year;
    years.push_back({{"title", project.wording.report_title + " " + year.label()},
                     {"html", SitePaths::report(year, ".html")},
                     {"markdown", SitePaths::report(year, ".md")},
                     {"workbook", SitePaths::report(year, ".xlsx")},
                     {"total", format_total_pounds(it->total.amount, project.display)},
                     {"rows", count_of(it->total.rows, "line")}});
  }
  context["reports"] = years;
  plan->push_back(PlannedOutput::from_context(path, ready(std::move(context))));
}

void plan_report_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  plan_report(in, ".html", plan);
}

void plan_report_markdown(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  plan_report(in, ".md", plan);
}

void plan_report_workbooks(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  for (FinancialYear year : in.project.years)
    plan->push_back(PlannedOutput::of_year(SitePaths::report(year, ".xlsx"), year));
}

}  // namespace fundpress
