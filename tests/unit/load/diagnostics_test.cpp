// Where a diagnostic points: file:line:column, or in a workbook the sheet and
// cell as Excel names them.
#include "load/diagnostics.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

std::string at(const Position& where) {
  return format_diagnostic(Diagnostic{where, Severity::error, "message", "xlsx"});
}

TEST(Diagnostics, FilesLinesAndColumns) {
  EXPECT_EQ(at(Position{"awards.csv", 17, 5}), "awards.csv:17:5: error: message [xlsx]");
  EXPECT_EQ(at(Position{"awards.csv", 17, 0}), "awards.csv:17: error: message [xlsx]");
  EXPECT_EQ(at(Position{"awards.csv", 0, 0}), "awards.csv: error: message [xlsx]");
}

TEST(Diagnostics, CellsOfASheet) {
  EXPECT_EQ(at(Position{"awards.xlsx", 7, 3, "Sheet1"}),
            "awards.xlsx:Sheet1!C7: error: message [xlsx]");
  EXPECT_EQ(at(Position{"awards.xlsx", 7, 0, "Sheet1"}),
            "awards.xlsx:Sheet1!7:7: error: message [xlsx]");
  EXPECT_EQ(at(Position{"awards.xlsx", 0, 0, "Sheet1"}), "awards.xlsx: error: message [xlsx]");
  EXPECT_EQ(at(Position{"a.xlsx", 1048576, 16384, "Grants_2017"}),
            "a.xlsx:Grants_2017!XFD1048576: error: message [xlsx]");
  EXPECT_EQ(at(Position{"a.xlsx", 2, 28, "My sheet"}),
            "a.xlsx:'My sheet'!AB2: error: message [xlsx]");
  EXPECT_EQ(at(Position{"a.xlsx", 2, 27, "O'Brien & Co"}),
            "a.xlsx:'O''Brien & Co'!AA2: error: message [xlsx]");
  EXPECT_EQ(at(Position{"a.xlsx", 2, 26, "Café"}), "a.xlsx:'Café'!Z2: error: message [xlsx]");
}

TEST(Diagnostics, PositionsInAFileReadFromASheetNameTheSheet) {
  Diagnostics diagnostics;
  diagnostics.read_from_sheet("awards.xlsx", "Register");
  diagnostics.error(Position{"awards.xlsx", 9, 5}, "amount is empty", "money");
  diagnostics.warning(Position{"awards.xlsx", 0, 0}, "whole file", "columns");
  diagnostics.error(Position{"fundpress.json", 9, 5}, "another file", "config");
  std::vector<std::string> printed;
  for (const Diagnostic& d : diagnostics.all()) printed.push_back(format_diagnostic(d));
  EXPECT_EQ(printed,
            (std::vector<std::string>{"awards.xlsx:Register!E9: error: amount is empty [money]",
                                      "awards.xlsx: warning: whole file [columns]",
                                      "fundpress.json:9:5: error: another file [config]"}));
}

}  // namespace
}  // namespace fundpress
