#include "view/reports_plan.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "rollup/rollup.h"
#include "view/format.h"
#include "view/page.h"
#include "view/report_context.h"
#include "view/year_tables.h"

namespace fundpress {
namespace {

// A year's report as pages (or Markdown), a part each. The page and its
// Markdown are made from one context, framed as the page, so the two cannot
// disagree.
class ReportParts : public ContextSource {
 public:
  ReportParts(const PlanInputs& in, std::size_t year_index,
              std::shared_ptr<const ReportView> report, std::vector<ReportPart> parts)
      : project_(in.project),
        years_(in.years),
        year_index_(year_index),
        report_(std::move(report)),
        parts_(std::move(parts)),
        digest_of_(in.digest),
        awards_(in.awards),
        site_(in.site_digest),
        years_digest_(in.years_digest),
        navigation_(in.navigation) {}

  nlohmann::json context(std::uint32_t item) const override {
    // A report of one part is shown whole, without parts.
    const ReportPart* part = parts_.size() > 1 ? &parts_[item] : nullptr;
    FinancialYear year = years_->lines[year_index_].year;
    nlohmann::json context = report_context(
        project_, *report_, SitePaths::report_part(year, part ? part->part : 1, ".html"), part);
    // From the second year on, the report says what changed, as the year's
    // page does: on its first part.
    const YearComparison* comparison = years_->ending_in(year_index_);
    context["report"]["changes"] =
        comparison && (!part || part->part == 1)
            ? significant_changes_list(project_, *comparison,
                                       static_cast<std::size_t>(project_.site.report_part_lines))
            : nlohmann::json(false);
    navigation_->add_to("reports", &context);
    return context;
  }

  // Every part reads the project, the paths, the years rollup, the year's
  // lines and the year before's (its changes name lines of both), digested
  // once for all the parts.
  bool inputs(std::uint32_t item, InputDigest& digest) const override {
    if (!digest_of_ || !awards_ || site_.empty() || years_digest_.empty()) return false;
    std::call_once(digested_, [&] {
      year_ = digest_of_([&](InputDigest& d) {
        d.add(site_);
        d.add(years_digest_);
        feed_awards(*awards_, years_->lines[year_index_].awards, d);
        if (year_index_ > 0) feed_awards(*awards_, years_->lines[year_index_ - 1].awards, d);
      });
    });
    digest.add(year_);
    digest.add(std::uint64_t{item});
    return true;
  }

 private:
  const Project& project_;
  std::shared_ptr<const YearsRollup> years_;
  std::size_t year_index_;  // into years_->lines
  std::shared_ptr<const ReportView> report_;
  std::vector<ReportPart> parts_;
  DigestOf digest_of_;
  std::shared_ptr<const AwardDigests> awards_;
  std::string site_;          // PlanInputs::site_digest
  std::string years_digest_;  // PlanInputs::years_digest
  std::shared_ptr<const Navigation> navigation_;
  mutable std::once_flag digested_;
  mutable std::string year_;
};

// A year's report at `extension`, in parts of the project's report_part_lines lines.
void plan_report(const PlanInputs& in, const std::string& extension,
                 std::vector<PlannedOutput>* plan) {
  for (std::size_t y = 0; y < in.years->lines.size(); ++y) {
    auto report = std::make_shared<const ReportView>(build_report(in.project, in.years->lines[y]));
    std::vector<ReportPart> parts = report_parts(
        *report, static_cast<std::size_t>(in.project.site.report_part_lines), extension);
    std::vector<std::string> paths;
    for (const ReportPart& part : parts) paths.push_back(part.paths[part.part - 1]);
    auto source = std::make_shared<const ReportParts>(in, y, report, std::move(parts));
    for (std::size_t item = 0; item < paths.size(); ++item)
      plan->push_back(PlannedOutput::from_source(std::move(paths[item]), source,
                                                 static_cast<std::uint32_t>(item)));
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
