#include "load/xlsx_workbook.h"

#include <map>

#include "model/text.h"

namespace fundpress {
namespace {

struct Relationship {
  std::string type;    // the last word of the type URI: "worksheet", "styles", ...
  std::string target;  // the part it points to, from the package root
};

// A relationship's target, relative to the folder of the part that names it
// (or to the root when it starts with "/"), as a part name. Empty when it
// climbs out of the package.
std::string resolve_target(const std::string& folder, std::string_view target) {
  std::string path = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                         : folder + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return "";
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string part;
  for (const std::string& segment : segments) part += (part.empty() ? "" : "/") + segment;
  return part;
}

std::string folder_of(const std::string& part) {
  std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
std::string relationships_part(const std::string& part) {
  std::string folder = folder_of(part);
  return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

class RelationshipsHandler : public XmlHandler {
 public:
  explicit RelationshipsHandler(std::string folder) : folder_(std::move(folder)) {}

  void start(std::string_view name, const XmlAttributes& a) override {
    if (name != "Relationship" || a.get("TargetMode") == "External") return;
    std::string_view type = a.get("Type");
    type = type.substr(type.rfind('/') + 1);  // rfind's npos + 1 is 0: the whole text
    by_id[std::string(a.get("Id"))] =
        Relationship{std::string(type), resolve_target(folder_, a.get("Target"))};
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  std::map<std::string, Relationship> by_id;

 private:
  std::string folder_;
};

class WorkbookHandler : public XmlHandler {
 public:
  void start(std::string_view name, const XmlAttributes& a) override {
    if (root.empty()) root = std::string(name);
    if (name == "workbookPr") {
      std::string_view flag = a.get("date1904");
      date1904 = flag == "1" || flag == "true";
    } else if (name == "sheet") {
      sheets.push_back(Sheet{std::string(a.get("name")), std::string(a.relationship("id"))});
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  struct Sheet {
    std::string name;
    std::string relationship;
  };
  std::string root;
  bool date1904 = false;
  std::vector<Sheet> sheets;
};

std::string sheet_list(const XlsxWorkbook& workbook) {
  std::string list;
  for (const XlsxSheet& sheet : workbook.sheets)
    list += (list.empty() ? "" : ", ") + in_quotes(sheet.name);
  return list;
}

}  // namespace

bool read_workbook(const XlsxArchive& archive, std::uint64_t max_bytes, XlsxWorkbook* workbook,
                   std::string* error) {
  // The package's relationships name the workbook part; a file without them
  // is read from the part every producer uses.
  std::string workbook_part = "xl/workbook.xml";
  if (archive.has("_rels/.rels")) {
    RelationshipsHandler package("");
    if (!archive.parse("_rels/.rels", max_bytes, package, error)) return false;
    for (const auto& [id, relationship] : package.by_id)
      if (relationship.type == "officeDocument") workbook_part = relationship.target;
  }
  if (!archive.has(workbook_part)) {
    *error = "the file is a zip archive but not an Excel workbook: it has no workbook part (" +
             workbook_part + ")";
    return false;
  }
  WorkbookHandler book;
  if (!archive.parse(workbook_part, max_bytes, book, error)) return false;
  if (book.root != "workbook") {
    *error = "the file is not an Excel workbook: its main part, " + workbook_part + ", holds a " +
             in_quotes(book.root) + " where a workbook holds a \"workbook\"";
    return false;
  }
  if (book.sheets.empty()) {
    *error = "the workbook has no sheets";
    return false;
  }
  std::string relationships = relationships_part(workbook_part);
  RelationshipsHandler parts(folder_of(workbook_part));
  if (!archive.has(relationships)) {
    *error = "the file is damaged: it has no " + relationships +
             ", which says where the sheets are; open it in Excel and save it again";
    return false;
  }
  if (!archive.parse(relationships, max_bytes, parts, error)) return false;

  workbook->date1904 = book.date1904;
  workbook->sheets.clear();
  for (const WorkbookHandler::Sheet& sheet : book.sheets) {
    auto found = parts.by_id.find(sheet.relationship);
    if (found == parts.by_id.end()) workbook->sheets.push_back(XlsxSheet{sheet.name, "", ""});
    else
      workbook->sheets.push_back(XlsxSheet{sheet.name, found->second.target, found->second.type});
  }
  for (const auto& [id, relationship] : parts.by_id) {
    if (relationship.type == "styles") workbook->styles_part = relationship.target;
    if (relationship.type == "sharedStrings") workbook->shared_strings_part = relationship.target;
  }
  return true;
}

const XlsxSheet* choose_sheet(const XlsxWorkbook& workbook, const std::string& name,
                              std::string* error) {
  const XlsxSheet* chosen = nullptr;
  if (name.empty()) {
    chosen = &workbook.sheets.front();
  } else {
    for (const XlsxSheet& sheet : workbook.sheets)
      if (ascii_lower(sheet.name) == ascii_lower(name)) chosen = &sheet;
    if (!chosen) {
      *error = "the workbook has no sheet named " + in_quotes(name) + "; its sheets are " +
               sheet_list(workbook);
      return nullptr;
    }
  }
  if (chosen->part.empty()) {
    *error = "the file is damaged: the workbook does not say where sheet " +
             in_quotes(chosen->name) + " is; open it in Excel and save it again";
    return nullptr;
  }
  if (chosen->type != "worksheet") {
    *error = "sheet " + in_quotes(chosen->name) + " is a " + chosen->type +
             ", not a worksheet of cells; name the sheet that holds the register (\"xlsx\": "
             "{\"sheet\": ...} in fundpress.json); the sheets are " +
             sheet_list(workbook);
    return nullptr;
  }
  return chosen;
}

}  // namespace fundpress
