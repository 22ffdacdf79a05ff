// A summary sheet of the annual workbook ("By section", "By organisation"):
// one line per value with its amount as a SUMIFS over every Register sheet and
// its count as a COUNTIFS, each stored with the exact result the rollup
// computed; a total line; and, if asked, a bar chart of the amounts.
#pragma once

#include <string>
#include <vector>

#include "render/register_sheet.h"
#include "render/xlsx_book.h"
#include "view/workbook_view.h"

namespace fundpress {

/// The criterion "=<before><value><after>" as a quoted formula string, with
/// the wildcards * ? ~ in `value` escaped by ~ so that it matches as it is;
/// only `before` and `after` may hold wildcards ("*; ").
std::string criterion_literal(const std::string& before, const std::string& value,
                              const std::string& after);

/// True when a SUMIFS criterion can match `value` exactly as text. Excel reads
/// a criterion as a number, date, boolean or error when it can ("12" matches
/// "0012"; "TRUE"; "#N/A") and cannot match more than 255 characters; values
/// with digits, those words, a leading "#" or that length are totalled with
/// SUMPRODUCT over an exact comparison instead.
bool exact_criterion(const std::string& value);

void write_summary_sheet(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view,
                         const SummarySheet& summary, const std::vector<RegisterPart>& parts);

}  // namespace fundpress
