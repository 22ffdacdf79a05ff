#include "cli/downloads.h"

#include "render/awards_csv.h"
#include "render/awards_json.h"
#include "render/threesixtygiving.h"
#include "render/workbook.h"
#include "view/workbook_view.h"

namespace fundpress {

bool produce_download(const PlannedOutput& output, const nlohmann::json& context,
                      const Downloads& downloads, std::time_t created, OutputTree& tree,
                      std::string* error) {
  switch (output.kind) {
    case OutputKind::json_file: return tree.write(output.path, context.dump(2) + "\n", error);
    case OutputKind::awards_csv: return tree.write(output.path, render_awards_csv(downloads.register_rows), error);
    case OutputKind::awards_json: return tree.write(output.path, render_awards_json(downloads.register_rows), error);
    case OutputKind::grants_json: return tree.write(output.path, render_threesixtygiving_json(downloads.grants), error);
    case OutputKind::grants_csv: return tree.write(output.path, render_threesixtygiving_csv(downloads.grants), error);
    case OutputKind::workbook: {
      FinancialYear year = output.year;
      WorkbookView view = workbook_view(*downloads.project, year, downloads.layout, xlsx_max_rows);
      std::string real_path;
      if (!tree.reserve(output.path, &real_path, error)) return false;
      if (!write_workbook(view, real_path, created, error)) {
        *error = output.path + ": " + *error;
        return false;
      }
      return tree.finish_reserved(output.path, error);
    }
    default:
      *error = output.path + ": not a download";
      return false;
  }
}

}  // namespace fundpress
