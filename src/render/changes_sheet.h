// The annual workbook's "Changes" sheet: the year's significant changes from
// the year before (view/workbook_view.h), each change and per cent a formula
// over the two years' figures, stored with its result.
#pragma once

#include "render/xlsx_book.h"
#include "view/workbook_view.h"

namespace fundpress {

/// The sheet's name.
inline const char* const changes_sheet_name = "Changes";

void write_changes_sheet(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view);

}  // namespace fundpress
