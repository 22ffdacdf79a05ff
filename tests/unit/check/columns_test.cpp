#include "check/columns.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

Row header(std::vector<std::string> names) {
  Row row;
  row.line = 1;
  for (std::size_t i = 0; i < names.size(); ++i)
    row.cells.push_back(Cell{names[i], 1, static_cast<int>(i) + 1});
  return row;
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
  return out;
}

TEST(NormaliseHeader, IgnoresCaseAndSpacing) {
  EXPECT_EQ(normalise_header("  17/18 Proposed\tcosts (£) "), "17/18 proposed costs (£)");
  EXPECT_EQ(normalise_header("Service_Name"), "service name");
  EXPECT_EQ(normalise_header("Delivery\xC2\xA0Organisation"), "delivery organisation");
}

TEST(MapColumns, AliasesWinOverCommonNames) {
  ColumnMap map;
  Diagnostics diagnostics;
  ColumnRules rules;
  rules.aliases = {{Field::amount, {"17/18 proposed costs (£)"}}};
  ASSERT_TRUE(map_columns(
      header({"Service name", "Amount", "17/18 PROPOSED  costs (£)", "Delivery organisation"}),
      "a.csv", rules, &map, diagnostics));
  EXPECT_EQ(map.of(Field::amount), 2);
  ASSERT_EQ(map.amounts.size(), 1u);
  EXPECT_TRUE(map.amounts[0].heading.has_year);
  EXPECT_EQ(map.amounts[0].heading.year.start, 2017);
  EXPECT_EQ(map.amounts[0].heading.unit, 1);
  EXPECT_EQ(map.of(Field::service), 0);
  EXPECT_EQ(map.of(Field::organisation), 3);
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{
                "a.csv:1:2: warning: column \"Amount\" is not a field fundpress knows; it is not "
                "published [columns]"}));
}

TEST(MapColumns, AnAliasMayListAlternatives) {
  ColumnMap map;
  Diagnostics diagnostics;
  ColumnRules rules;
  rules.aliases = {{Field::area, {"Ward", "District"}}};
  ASSERT_TRUE(map_columns(header({"title", "recipient", "value", "district"}), "a.csv", rules, &map,
                          diagnostics));
  EXPECT_EQ(map.of(Field::area), 3);
  EXPECT_EQ(map.of(Field::service), 0);
  EXPECT_EQ(map.of(Field::organisation), 1);
  EXPECT_EQ(map.of(Field::amount), 2);
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(MapColumns, MissingRequiredFieldSaysHowToNameIt) {
  ColumnMap map;
  Diagnostics diagnostics;
  EXPECT_FALSE(map_columns(header({"service", "organisation", "cheque"}), "a.csv", ColumnRules(),
                           &map, diagnostics));
  EXPECT_EQ(messages(diagnostics)[0],
            "a.csv:1: error: no column gives the amount; name the column in fundpress.json, e.g. "
            "\"columns\": {\"amount\": \"<header>\"}, or give each year's column a heading that "
            "names the year, such as \"2019/20 £\" [columns]");
}

TEST(MapColumns, OrganisationIsNotRequired) {
  ColumnMap map;
  Diagnostics diagnostics;
  ASSERT_TRUE(map_columns(
      header({"Budget line", "Amount"}), "a.csv",
      ColumnRules{{{Field::service, {"Budget line"}}}, {}, {Field::service, Field::amount}}, &map,
      diagnostics));
  EXPECT_EQ(map.of(Field::organisation), -1);
}

TEST(MapColumns, AnEmptyFirstHeaderIsTheServiceColumn) {
  ColumnMap map;
  Diagnostics diagnostics;
  ASSERT_TRUE(map_columns(header({"", "Amount"}), "a.csv", ColumnRules(), &map, diagnostics));
  EXPECT_EQ(map.of(Field::service), 0);
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(MapColumns, ColumnsAreNamedByPosition) {
  ColumnRules rules;
  rules.aliases = {{Field::organisation, {"column 2"}}, {Field::area, {"C"}}};
  ColumnMap map;
  Diagnostics diagnostics;
  ASSERT_TRUE(map_columns(header({"Service", "", "", "Amount"}), "a.csv", rules, &map, diagnostics))
      << testing::PrintToString(messages(diagnostics));
  EXPECT_EQ(map.of(Field::organisation), 1);
  EXPECT_EQ(map.of(Field::area), 2);

  ColumnMap too_far;
  rules.aliases = {{Field::area, {"column 9"}}};
  EXPECT_FALSE(
      map_columns(header({"Service", "", "", "Amount"}), "a.csv", rules, &too_far, diagnostics));
}

TEST(MapColumns, AWideTableHasAnAmountColumnPerYear) {
  ColumnMap map;
  Diagnostics diagnostics;
  ASSERT_TRUE(map_columns(header({"", "2019/20 £", "2020/21", "Actual Budget 2023-4", "2020/21 %",
                                  "Change 2019/20 to 2020/21"}),
                          "a.csv", ColumnRules(), &map, diagnostics));
  ASSERT_TRUE(map.wide());
  ASSERT_EQ(map.amounts.size(), 3u);
  EXPECT_EQ(map.amounts[0].heading.year.start, 2019);
  EXPECT_EQ(map.amounts[1].heading.year.start, 2020);
  EXPECT_EQ(map.amounts[2].heading.year.start, 2023);
  EXPECT_TRUE(map.amounts[2].heading.has_measure);
  EXPECT_EQ(map.amounts[2].heading.measure, Measure::proposed);
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{"a.csv:1:5: warning: column \"2020/21 %\" is not a field "
                                      "fundpress knows; it is not published "
                                      "[columns]",
                                      "a.csv:1:6: warning: column \"Change 2019/20 to 2020/21\" is "
                                      "not a field fundpress knows; it is "
                                      "not published [columns]"}));
}

TEST(MapColumns, TwoColumnsForOneYearAreAnError) {
  ColumnMap map;
  Diagnostics diagnostics;
  EXPECT_FALSE(
      map_columns(header({"Line", "2020/21 Budget", "2020/21 Forecast"}), "a.csv",
                  ColumnRules{{{Field::service, {"Line"}}}, {}, {Field::service, Field::amount}},
                  &map, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{"a.csv:1:3: error: columns \"2020/21 Budget\" and \"2020/21 "
                                      "Forecast\" both give 2020/21; name "
                                      "the one to publish in fundpress.json, e.g. \"columns\": "
                                      "{\"amount\": {\"2020/21\": \"2020/21 "
                                      "Budget\"}} [columns]"}));

  ColumnRules chosen{{{Field::service, {"Line"}}}, {{FinancialYear{2020}, "2020/21 Forecast"}}, {}};
  ColumnMap one;
  Diagnostics quiet;
  ASSERT_TRUE(map_columns(header({"Line", "2020/21 Budget", "2020/21 Forecast"}), "a.csv", chosen,
                          &one, quiet));
  ASSERT_EQ(one.amounts.size(), 1u);
  EXPECT_EQ(one.amounts[0].column, 2);
  EXPECT_EQ(one.amounts[0].heading.measure, Measure::proposed);
}

}  // namespace
}  // namespace fundpress
