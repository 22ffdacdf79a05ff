// The Markdown report read back by cmark-gfm: it must parse into one table
// whose rows are exactly the report's rows, sub-totals and total.
#include <gtest/gtest.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "check/check_project.h"
#include "paths.h"
#include "render/templates.h"
#include "view/lazy_list.h"
#include "view/page.h"
#include "view/report_context.h"
#include "year_lines.h"

namespace fundpress {
namespace {

using Table = std::vector<std::vector<std::string>>;

std::string text_of(cmark_node* node) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_literal(n) &&
        (cmark_node_get_type(n) == CMARK_NODE_TEXT || cmark_node_get_type(n) == CMARK_NODE_CODE))
      text += cmark_node_get_literal(n);
  }
  cmark_iter_free(iter);
  return text;
}

// Parses `markdown` with the table extension and returns every table's cells.
std::vector<Table> tables_in(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  std::vector<Table> tables;
  for (cmark_node* block = cmark_node_first_child(document); block;
       block = cmark_node_next(block)) {
    if (std::string(cmark_node_get_type_string(block)) != "table") continue;
    Table table;
    for (cmark_node* row = cmark_node_first_child(block); row; row = cmark_node_next(row)) {
      std::vector<std::string> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
        cells.push_back(text_of(cell));
      table.push_back(cells);
    }
    tables.push_back(table);
  }
  cmark_node_free(document);
  cmark_parser_free(parser);
  return tables;
}

TEST(MarkdownReport, ParsesBackToTheSameRows) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  nlohmann::json context = report_context(
      project, build_report(project, test::year_lines(project, FinancialYear{2017})), "x/y/z.md");
  nlohmann::json globals = page_globals(project);
  std::string markdown =
      Templates().render("reports/commissioning-budget.md.mustache", context, "", &globals);
  std::vector<Table> tables = tables_in(markdown);
  ASSERT_EQ(tables.size(), 1u);

  // What the rows should be, straight from the view model, its rows made whole.
  expand_lazy_lists(&context);
  const nlohmann::json& report = context["report"];
  Table expected;
  std::vector<std::string> header;
  for (const auto& column : report["columns"]) header.push_back(column["label"]);
  expected.push_back(header);
  std::size_t width = header.size();
  auto label_row = [&](const std::string& label, const std::string& amount) {
    std::vector<std::string> row(width);
    row[0] = label;
    row[report["label_span"].get<std::size_t>()] = amount;
    return row;
  };
  for (const auto& section : report["sections"]) {
    std::vector<std::string> heading(width);
    heading[0] = section["heading"];
    expected.push_back(heading);
    for (const auto& line : section["rows"]) {
      std::vector<std::string> row;
      for (const auto& cell : line["cells"])
        row.push_back(
            cell["plain"].get<std::string>() +
            (cell["footnote"].is_object() ? cell["footnote"]["marker"].get<std::string>() : ""));
      expected.push_back(row);
    }
    expected.push_back(label_row(section["subtotal"]["label"], section["subtotal"]["amount"]));
  }
  expected.push_back(label_row(report["total"]["label"], report["total"]["amount"]));
  EXPECT_EQ(tables[0], expected);
  EXPECT_EQ(tables[0].size(), 1u + 42 + 4 + 4 + 1);
  EXPECT_EQ(tables[0].back(), (std::vector<std::string>{"Grand total", "", "", "4,668,359", ""}));
}

// The report in parts of 30 lines: each part parses into its table of lines
// (the first also into the table of totals), and the parts' lines together
// are the report's 42, each once.
TEST(MarkdownReport, PartsParseBackToEveryRowOnce) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  ReportView report = build_report(project, test::year_lines(project, FinancialYear{2017}));
  nlohmann::json globals = page_globals(project);
  std::vector<ReportPart> parts = report_parts(report, 30, ".md");
  ASSERT_EQ(parts.size(), 2u);
  std::vector<std::string> lines;
  for (const ReportPart& part : parts) {
    nlohmann::json context = report_context(project, report, part.paths[part.part - 1], &part);
    std::string markdown =
        Templates().render("reports/commissioning-budget.md.mustache", context, "", &globals);
    std::vector<Table> tables = tables_in(markdown);
    ASSERT_EQ(tables.size(), part.part == 1 ? 2u : 1u) << markdown;
    if (part.part == 1) {
      const Table& summary = tables[0];
      ASSERT_EQ(summary.size(), 1u + report.sections.size() + 1u);
      EXPECT_EQ(summary.back(), (std::vector<std::string>{"Grand total", "4,668,359"}));
    }
    // The rows that are lines: every cell of a heading, sub-total or total row but two is empty.
    for (const std::vector<std::string>& row : tables.back()) {
      std::size_t filled = 0;
      for (const std::string& cell : row) filled += !cell.empty();
      if (filled > 2) lines.push_back(row[0]);
    }
    const std::vector<std::string>& last = tables.back().back();
    if (part.part == parts.size())
      EXPECT_EQ(last[0], "Grand total, over all parts");
    else
      EXPECT_EQ(last[0].find("total"), std::string::npos) << "no part ends on a total of its own lines";
  }
  std::vector<std::string> expected;
  for (const ReportSection& section : report.sections)
    for (const ReportLine& line : section.lines) expected.push_back(project.awards[line.award].service);
  // The header row of each part's table is counted too.
  ASSERT_EQ(lines.size(), expected.size() + parts.size());
  lines.erase(lines.begin() + 30 + 1);
  lines.erase(lines.begin());
  EXPECT_EQ(lines, expected);
}

TEST(MarkdownReport, DataCannotBreakOutOfTheTable) {
  Project project;
  project.sections = {Section{"S", "S", "S sub-total"}};
  project.organisations = {
      Organisation{"Pipes | and \\ backslashes *bold* <b>x</b> [link](http://x)", "", "", ""}};
  project.years = {FinancialYear{2017}};
  Award award;
  award.service = "Line\nbreak | pipe";
  award.organisation = 0;
  award.year = FinancialYear{2017};
  award.amount = Money{100};
  project.awards = {award};
  project.wording.report_title = "Report";
  project.wording.grand_total_label = "Grand total";
  nlohmann::json globals = page_globals(project);
  std::string markdown = Templates().render(
      "reports/commissioning-budget.md.mustache",
      report_context(project, build_report(project, test::year_lines(project, FinancialYear{2017})),
                     "a/b/c.md"),
      "", &globals);
  std::vector<Table> tables = tables_in(markdown);
  ASSERT_EQ(tables.size(), 1u);
  // Header, section heading, the row, sub-total, grand total.
  ASSERT_EQ(tables[0].size(), 5u) << markdown;
  EXPECT_EQ(tables[0][2][0], "Line break | pipe");
  EXPECT_EQ(tables[0][2][1], "Pipes | and \\ backslashes *bold* <b>x</b> [link](http://x)");
}

}  // namespace
}  // namespace fundpress
