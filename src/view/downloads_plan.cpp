#include "view/downloads_plan.h"

#include "view/downloads_page.h"
#include "view/register_description.h"

namespace fundpress {

void plan_downloads_page(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  // Made when it is written, after the files it lists, so it can give their sizes.
  const Project* project = &in.project;
  const Downloads* downloads = &in.downloads;
  plan->push_back(PlannedOutput::from_context(
      SitePaths::downloads_index(), [project, paths = in.paths, downloads, years = in.years] {
        return downloads_page_context(*project, paths, *downloads, years->lines);
      }));
}

void plan_awards_csv(const PlanInputs&, std::vector<PlannedOutput>* plan) {
  plan->push_back(PlannedOutput::from_data(SitePaths::awards_csv()));
}

void plan_awards_json(const PlanInputs&, std::vector<PlannedOutput>* plan) {
  plan->push_back(PlannedOutput::from_data(SitePaths::awards_json()));
}

void plan_csv_metadata(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  plan->push_back(PlannedOutput::from_context(SitePaths::awards_csv_metadata(),
                                              ready(csvw_metadata(in.downloads.register_rows))));
}

void plan_awards_schema(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  plan->push_back(PlannedOutput::from_context(SitePaths::awards_schema(),
                                              ready(awards_schema(in.downloads.register_rows))));
}

void plan_grants_json(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  if (in.downloads.grants.published)
    plan->push_back(PlannedOutput::from_data(SitePaths::grants_json()));
}

void plan_grants_csv(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  if (in.downloads.grants.published)
    plan->push_back(PlannedOutput::from_data(SitePaths::grants_csv()));
}

void plan_workbooks(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  for (FinancialYear year : in.project.years)
    plan->push_back(PlannedOutput::of_year(SitePaths::workbook(year), year));
}

}  // namespace fundpress
