#include "view/site_plan.h"

#include "view/downloads_page.h"
#include "view/downloads_view.h"
#include "view/grants_view.h"
#include "view/register_description.h"
#include "view/register_view.h"

namespace fundpress {

// The large files are rendered from typed views when they are produced (see
// cli/downloads.h); their plan entries carry only what picks them out.
Downloads prepare_downloads(const Project& project, const WorkbookLayout& layout) {
  return Downloads{&project, register_view(project), grants_view(project), layout};
}

void plan_downloads(const Project& project, const SitePaths& paths, const Downloads& downloads,
                    std::vector<PlannedOutput>* plan) {
  const RegisterView& register_rows = downloads.register_rows;
  const GrantsView& grants = downloads.grants;
  plan->push_back({OutputKind::page, "downloads/index.html", "downloads/index.html.mustache",
                   ready(downloads_page_context(project, paths, register_rows, grants))});
  plan->push_back({OutputKind::awards_csv, "downloads/awards.csv", "", nullptr});
  plan->push_back({OutputKind::json_file, "downloads/awards.csv-metadata.json", "", ready(csvw_metadata(register_rows))});
  plan->push_back({OutputKind::awards_json, "downloads/awards.json", "", nullptr});
  plan->push_back({OutputKind::json_file, "downloads/awards.schema.json", "", ready(awards_schema(register_rows))});
  if (grants.published) {
    plan->push_back({OutputKind::grants_json, "downloads/360giving.json", "", nullptr});
    plan->push_back({OutputKind::grants_csv, "downloads/360giving.csv", "", nullptr});
  }
  for (FinancialYear year : project.years)
    plan->push_back({OutputKind::workbook, workbook_path(year), "", nullptr, year});
}

}  // namespace fundpress
