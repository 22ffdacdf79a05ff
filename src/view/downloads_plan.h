// The open data, downloads/: the page that describes it, the register as CSV
// and JSON with their descriptions, the 360Giving files and the annual
// workbooks. The large files are made by their writers from the Downloads
// (view/downloads_view.h); their plans carry only where they go.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// downloads/index.html.
void plan_downloads_page(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// downloads/awards.csv and downloads/awards.json.
void plan_awards_csv(const PlanInputs& in, std::vector<PlannedOutput>* plan);
void plan_awards_json(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// Their descriptions, written as JSON: CSV on the Web metadata, JSON Schema.
void plan_csv_metadata(const PlanInputs& in, std::vector<PlannedOutput>* plan);
void plan_awards_schema(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// downloads/360giving.json and .csv, when there are grants to publish.
void plan_grants_json(const PlanInputs& in, std::vector<PlannedOutput>* plan);
void plan_grants_csv(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// downloads/fundpress-<year>.xlsx, one a year.
void plan_workbooks(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
