#include "render/workbook.h"

#include "render/appendix_sheet.h"
#include "render/changes_sheet.h"
#include "render/register_sheet.h"
#include "render/summary_sheet.h"

namespace fundpress {
namespace {

// The table's name, for structured references (=SUM(Register[Amount])): fixed,
// so it is valid whatever finance calls the sheet.
std::string table_name(std::size_t part) {
  return part == 0 ? "Register" : "Register_" + std::to_string(part + 1);
}

void write_appendix_note(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view) {
  book.print_setup(sheet, view.info.company, view.info.title, false, -1);
  lxw_format* wrap = book.add_format();
  format_set_text_wrap(wrap);
  book.text(sheet, 0, 0, view.appendix_note, wrap);
  book.check(worksheet_set_column(sheet, 0, 0, 80, nullptr), "column width");
}

}  // namespace

bool write_workbook(const WorkbookView& view, const std::string& path, std::time_t created,
                    std::string* error, const WorkbookLimits& limits, Meter* lines) {
  std::string register_name;
  for (const WorkbookSheet& sheet : view.sheets)
    if (sheet.type == SheetType::register_rows) register_name = sheet.name;
  std::vector<RegisterPart> parts;
  if (!register_parts(register_name, view.rows.size(), limits.sheet_rows, &parts, error))
    return false;

  bool streaming = view.rows.size() > limits.table_rows;
  XlsxBook book(path, streaming);
  book.count_lines(lines, view.rows.size() + (view.has_report ? report_lines(view.report) : 0));
  XlsxProperties properties;
  properties.title = view.info.title;
  properties.subject = view.info.subject;
  properties.author = view.info.author;
  properties.company = view.info.company;
  properties.keywords = view.info.keywords;
  properties.comments = view.info.comments;
  properties.created = created;
  if (view.project->internal) properties.marking = internal_marking;
  book.set_properties(properties);

  for (const WorkbookSheet& sheet : view.sheets) {
    switch (sheet.type) {
      case SheetType::register_rows:
        for (std::size_t p = 0; p < parts.size(); ++p)
          write_register_part(book, book.add_sheet(parts[p].name), view, parts[p], !streaming,
                              table_name(p));
        break;
      case SheetType::appendix:
        if (!view.has_report) write_appendix_note(book, book.add_sheet(sheet.name), view);
        else
          write_appendix_sheet(book, book.add_sheet(sheet.name), *view.project, view.report,
                               view.appendix_title);
        break;
      case SheetType::summary:
        write_summary_sheet(book, book.add_sheet(sheet.name), view, view.summaries[sheet.summary],
                            parts);
        break;
    }
  }
  if (view.has_changes) write_changes_sheet(book, book.add_sheet(changes_sheet_name), view);
  return book.close(error);
}

}  // namespace fundpress
