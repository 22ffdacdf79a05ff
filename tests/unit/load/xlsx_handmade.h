// Workbooks written part by part, for what libxlsxwriter never writes: rich
// text, inline strings, formulas without saved values, 1904 dates, error
// cells, damaged and hostile files. The XML is the test's own, zipped with
// libzip.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <unistd.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "load/xlsx_reader.h"
#include "scratch.h"

namespace fundpress::test {

/// Parts in zip order: name and bytes.
using Parts = std::vector<std::pair<std::string, std::string>>;

/// Writes `parts` as a zip archive at `path`; stored uncompressed when
/// `store`, so that a test can find a part's bytes in the file and spoil them.
inline void write_zip(const std::string& path, const Parts& parts, bool store = false) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  ASSERT_NE(archive, nullptr) << "zip_open " << path << ": " << code;
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    ASSERT_NE(source, nullptr);
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    ASSERT_GE(index, 0) << name;
    if (store) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  ASSERT_EQ(zip_close(archive), 0) << zip_strerror(archive);
}

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* relationships_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* package_ns = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A small workbook, written as Excel writes one. Each sheet's `data` is the
/// inside of its <sheetData> (rows of cells); tabs are listed in order, and
/// sheet i is stored as sheet<i+1>.xml unless `part` says otherwise.
struct HandMadeBook {
  struct Sheet {
    std::string name;
    std::string data;
    std::string dimension;  // <dimension ref>; empty: none
    std::string part;       // "xl/worksheets/sheetN.xml" by default
  };
  std::vector<Sheet> sheets = {{"Sheet1", "", "", ""}};
  std::string shared_strings;  // <si> elements; empty: no shared-strings part
  std::string number_formats;  // <numFmt> elements
  std::string cell_formats = "<xf numFmtId=\"0\"/>";  // <xf> elements of <cellXfs>
  bool date1904 = false;

  Parts parts() const {
    std::string workbook =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") +
        "<workbook xmlns=\"" + main_ns + "\" xmlns:r=\"" + relationships_ns + "\">" +
        (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
    std::string relationships =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"") +
        package_ns + "\">";
    Parts sheet_parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      std::string id = "rId" + std::to_string(i + 1);
      std::string part = sheets[i].part.empty()
                             ? "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml"
                             : sheets[i].part;
      workbook += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + std::to_string(i + 1) +
                  "\" r:id=\"" + id + "\"/>";
      relationships += "<Relationship Id=\"" + id + "\" Type=\"" + relationships_ns +
                       "/worksheet\" Target=\"" + part.substr(3) + "\"/>";
      sheet_parts.emplace_back(part, sheet_xml(sheets[i]));
    }
    workbook += "</sheets></workbook>";
    relationships += std::string("<Relationship Id=\"rIdS\" Type=\"") + relationships_ns +
                     "/styles\" Target=\"styles.xml\"/>";
    if (!shared_strings.empty())
      relationships += std::string("<Relationship Id=\"rIdT\" Type=\"") + relationships_ns +
                       "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    relationships += "</Relationships>";

    Parts parts = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
        {"_rels/.rels",
         std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"") +
             package_ns + "\"><Relationship Id=\"rId1\" Type=\"" + relationships_ns +
             "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels", relationships},
        {"xl/styles.xml",
         std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"") + main_ns +
             "\"><numFmts>" + number_formats +
             "</numFmts><cellStyleXfs><xf numFmtId=\"10\"/></cellStyleXfs><cellXfs>" +
             cell_formats + "</cellXfs></styleSheet>"},
    };
    if (!shared_strings.empty())
      parts.emplace_back("xl/sharedStrings.xml",
                         std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"") +
                             main_ns + "\">" + shared_strings + "</sst>");
    parts.insert(parts.end(), sheet_parts.begin(), sheet_parts.end());
    return parts;
  }

  static std::string sheet_xml(const Sheet& sheet) {
    return std::string(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
               "xmlns=\"") +
           main_ns + "\" xmlns:r=\"" + relationships_ns + "\">" +
           (sheet.dimension.empty() ? "" : "<dimension ref=\"" + sheet.dimension + "\"/>") +
           "<sheetData>" + sheet.data + "</sheetData></worksheet>";
  }
};

/// `parts` with the part `name` replaced by `bytes` (or added).
inline Parts with_part(Parts parts, const std::string& name, const std::string& bytes) {
  for (auto& part : parts)
    if (part.first == name) {
      part.second = bytes;
      return parts;
    }
  parts.emplace_back(name, bytes);
  return parts;
}

/// `parts` without the part `name`.
inline Parts without_part(Parts parts, const std::string& name) {
  Parts kept;
  for (auto& part : parts)
    if (part.first != name) kept.push_back(std::move(part));
  return kept;
}

}  // namespace fundpress::test

namespace fundpress::test {

/// A workbook read back as a test states it: each row as "line: text|text|...",
/// and each diagnostic as printed, with the file called "awards.xlsx".
struct ReadBack {
  XlsxRead result = XlsxRead::stopped;
  std::vector<std::string> rows;
  std::vector<std::string> messages;
};

inline ReadBack read_back(const std::string& path, const XlsxOptions& options = XlsxOptions()) {
  ReadBack back;
  Diagnostics diagnostics;
  back.result = read_xlsx(
      path, "awards.xlsx", options,
      [&](Row& row) {
        std::string line = std::to_string(row.line) + ":";
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
          const Cell& cell = row.cells[i];
          // Every cell says where it is: its row, and its column counted from A.
          EXPECT_EQ(cell.line, row.line);
          EXPECT_EQ(cell.column, static_cast<int>(i) + 1);
          line += (i ? "|" : " ") + cell.text;
        }
        back.rows.push_back(line);
      },
      diagnostics);
  for (const Diagnostic& d : diagnostics.all()) back.messages.push_back(format_diagnostic(d));
  return back;
}

/// A path for one test's workbook in the tests' scratch folder.
inline std::string temp_xlsx(const std::string& name) { return scratch_root() + name + ".xlsx"; }

/// Writes `book` and reads it back.
inline ReadBack read_book(const HandMadeBook& book, const std::string& name,
                          const XlsxOptions& options = XlsxOptions()) {
  std::string path = temp_xlsx(name);
  write_zip(path, book.parts());
  ReadBack back = read_back(path, options);
  std::remove(path.c_str());
  return back;
}

}  // namespace fundpress::test
