// Tables of awards and of totals, as the context of the partial "table"
// (templates/site/partials/table.html.mustache): {id, caption, columns, rows,
// has_total, total}. Every row and cell has every key the partial reads, so a
// template never picks up a value from the page around it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/fields.h"
#include "model/project.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/site_paths.h"

namespace fundpress {

struct AwardColumn {
  Field field;  // the amount is the figure; every other field is text
  std::string label;
  bool numeric = false;
};

/// Service, organisation, description, amount, area, section, then fund,
/// priority, year, status, mechanism and dates: each only when one of
/// `awards` has it (service, organisation and amount always), without
/// `leave_out` (the field a listing page is about).
std::vector<AwardColumn> award_columns(const Project& project,
                                       const std::vector<std::size_t>& awards,
                                       std::optional<Field> leave_out = std::nullopt);

/// What an award's cell in the column of `field` says: its amount as shown
/// (or its status), or the field's text.
std::string award_cell_text(const Project& project, const Award& award, Field field);
/// The page that cell links to, or "": the award's own page from its
/// service, the page of its organisation, section, area, fund or year.
std::string award_cell_url(const Project& project, const SitePaths& paths, const Award& award,
                           Field field);

/// A cell: `runs` from AbbreviationMarker::runs or unmarked_runs; its
/// "label" is its column's heading, or empty until label_cells.
nlohmann::json table_cell(nlohmann::json runs, const std::string& url, bool numeric,
                          bool row_header, const std::string& label = "");
nlohmann::json plain_cell(const std::string& text, const std::string& url = "",
                          bool numeric = false, bool row_header = false);

/// A table with no rows yet; `columns` are {"label", "numeric"} objects.
nlohmann::json empty_table(const std::string& id, const std::string& caption,
                           const nlohmann::json& columns);

/// One row per award: the service links to the award's page and the
/// organisation, area, section, fund and year to theirs. Text passes through
/// `abbreviations` in reading order. The rows are a handle (view/lazy_list.h),
/// made one at a time as the page is rendered.
nlohmann::json award_table(const Project& project, const SitePaths& paths,
                           const std::vector<std::size_t>& awards,
                           const std::vector<AwardColumn>& columns, const std::string& id,
                           const std::string& caption, AbbreviationMarker& abbreviations);

/// Gives every cell of `table` its column's heading as "label": on a narrow
/// screen a row becomes a card and each value is shown under its heading.
/// Call it once the rows are in (award_table labels its own as it goes).
void label_cells(nlohmann::json* table);

/// Puts `amount` in the table's footer under the column headed
/// `amount_column` (an index into its columns), labelled `label`.
void set_total_row(nlohmann::json* table, std::size_t amount_column, const std::string& label,
                   const std::string& amount);

}  // namespace fundpress
