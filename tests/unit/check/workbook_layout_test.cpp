#include "check/workbook_layout.h"

#include <gtest/gtest.h>

#include "render/templates.h"

namespace fundpress {
namespace {

struct Checked {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  bool ok = false;
  std::string messages() const {
    std::string all;
    for (const Diagnostic& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
    return all;
  }
};

Checked check(const std::string& text) {
  Checked c;
  JsonDocument document;
  if (read_json(text, "layout.json", &document, c.diagnostics))
    c.ok = check_workbook_layout(document, &c.layout, c.diagnostics);
  return c;
}

const char* const register_sheet =
    R"({"type": "register", "name": "Register", "columns": [{"field": "section"}, {"field": "amount"}]})";

TEST(WorkbookLayout, TheBuiltInLayoutIsValid) {
  Templates templates;
  Checked c = check(templates.file(workbook_layout_path));
  EXPECT_TRUE(c.ok) << c.messages();
  EXPECT_TRUE(c.diagnostics.all().empty()) << c.messages();
  ASSERT_EQ(c.layout.sheets.size(), 7u);
  EXPECT_EQ(c.layout.sheets[0].type, SheetType::register_rows);
  EXPECT_EQ(c.layout.sheets[2].chart, "Spend by section");
}

TEST(WorkbookLayout, ReadsHeadingsWidthsAndFormats) {
  Checked c = check(std::string(R"({"sheets": [{"type": "register", "name": "Lines", "columns": [
      {"field": "amount", "heading": "Cost", "width": 14, "number_format": "#,##0"}]}],
      "count_heading": "Rows"})"));
  ASSERT_TRUE(c.ok) << c.messages();
  const LayoutColumn& column = c.layout.sheets[0].columns[0];
  EXPECT_EQ(column.field, Field::amount);
  EXPECT_EQ(column.heading, "Cost");
  EXPECT_EQ(column.width, 14);
  EXPECT_EQ(column.number_format, "#,##0");
  EXPECT_EQ(c.layout.count_heading, "Rows");
  EXPECT_EQ(c.layout.not_given_label, "Not given");  // the default
}

// Each mistake is an error at its own line, with a message that says what to do.
TEST(WorkbookLayout, ReportsMistakesWhereTheyAre) {
  struct Case {
    std::string sheets;
    std::string message;
  };
  std::vector<Case> cases = {
      {R"({"type": "register", "name": "Register", "columns": [{"field": "amout"}]})",
       "\"amout\" is not a field fundpress knows"},
      {R"({"type": "register", "name": "Register", "columns": [{"field": "amount"}, {"field": "amount"}]})",
       "listed twice"},
      {R"({"type": "register", "name": "Register", "columns": [{"field": "service", "number_format": "0"}, {"field": "amount"}]})",
       "applies to amounts and dates"},
      {R"({"type": "register", "name": "Register", "columns": [{"field": "amount", "width": 0}]})",
       "from 1 to 255"},
      {R"({"type": "register", "name": "Register", "columns": [{"field": "service"}]})",
       "needs an \"amount\" column"},
      {R"({"type": "register", "name": "A very long register name!!", "columns": [{"field": "amount"}]})",
       "longer than 26 characters"},
      {std::string(register_sheet) + R"(, {"type": "summary", "name": "By/area", "by": "section"})",
       "which Excel does not allow"},
      {std::string(register_sheet) +
           R"(, {"type": "summary", "name": "register", "by": "section"})",
       "two sheets are called"},
      {std::string(register_sheet) + R"(, {"type": "summary", "name": "By fund", "by": "fund"})",
       "needs a \"fund\" column"},
      {std::string(register_sheet) +
           R"(, {"type": "summary", "name": "By service", "by": "service"})",
       "not \"service\""},
      {std::string(register_sheet) + R"(, {"type": "chart", "name": "Chart"})", "not \"chart\""},
      {std::string(register_sheet) +
           R"(, {"type": "summary", "name": "S", "by": "section", "chart": "=A1"})",
       "cannot begin with \"=\""},
      {R"({"type": "appendix", "name": "Budget"})", "needs a sheet of \"type\": \"register\""},
  };
  for (const Case& c : cases) {
    Checked checked = check("{\"sheets\": [\n" + c.sheets + "\n]}");
    EXPECT_FALSE(checked.ok) << c.sheets;
    EXPECT_NE(checked.messages().find(c.message), std::string::npos) << checked.messages();
    ASSERT_FALSE(checked.diagnostics.all().empty());
    EXPECT_EQ(checked.diagnostics.all()[0].category, "layout");
    EXPECT_GE(checked.diagnostics.all()[0].where.line, 1) << checked.messages();
  }
}

TEST(WorkbookLayout, WarnsAboutUnknownKeysWithASuggestion) {
  Checked c = check(std::string(R"({"sheets": [)") + register_sheet + R"(], "max_widht": 40})");
  EXPECT_TRUE(c.ok);
  EXPECT_NE(c.messages().find("did you mean \"max_width\""), std::string::npos) << c.messages();
}

TEST(WorkbookLayout, WarnsAboutKeysThatDoNotApplyToTheSheetsType) {
  Checked c = check(std::string(R"({"sheets": [)") + register_sheet +
                    R"(, {"type": "appendix", "name": "Budget", "chart": "Spend"}]})");
  EXPECT_TRUE(c.ok);
  EXPECT_NE(c.messages().find("unknown key \"chart\" is ignored"), std::string::npos)
      << c.messages();
}

}  // namespace
}  // namespace fundpress
