// The context the report templates see (templates/reports/): the annual-report
// appendix of view/report_view.h as JSON, framed as a page of the site.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/report_view.h"

namespace fundpress {

/// The page frame of `page_path` plus "report". Glossary terms are marked on
/// their first use in the page.
nlohmann::json report_context(const Project& project, const ReportView& report,
                              const std::string& page_path);

}  // namespace fundpress
