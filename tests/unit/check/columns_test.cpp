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

TEST(NormaliseHeader, IgnoresCaseAndSpacing) {
  EXPECT_EQ(normalise_header("  17/18 Proposed\tcosts (£) "), "17/18 proposed costs (£)");
  EXPECT_EQ(normalise_header("Service_Name"), "service name");
  EXPECT_EQ(normalise_header("Delivery\xC2\xA0Organisation"), "delivery organisation");
}

TEST(MapColumns, AliasesWinOverCommonNames) {
  ColumnMap map;
  Diagnostics diagnostics;
  std::map<Field, std::vector<std::string>> aliases = {{Field::amount, {"17/18 proposed costs (£)"}}};
  ASSERT_TRUE(map_columns(header({"Service name", "Amount", "17/18 PROPOSED  costs (£)",
                                  "Delivery organisation"}),
                          "a.csv", aliases, {Field::service, Field::amount}, &map, diagnostics));
  EXPECT_EQ(map.of(Field::amount), 2);
  EXPECT_EQ(map.of(Field::service), 0);
  EXPECT_EQ(map.of(Field::organisation), 3);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
            "a.csv:1:2: warning: column \"Amount\" is not a field fundpress knows; it is not "
            "published [columns]");
}

TEST(MapColumns, AnAliasMayListAlternatives) {
  ColumnMap map;
  Diagnostics diagnostics;
  std::map<Field, std::vector<std::string>> aliases = {{Field::area, {"Ward", "District"}}};
  ASSERT_TRUE(map_columns(header({"title", "recipient", "value", "district"}), "a.csv", aliases,
                          {Field::service, Field::organisation, Field::amount}, &map, diagnostics));
  EXPECT_EQ(map.of(Field::area), 3);
  EXPECT_EQ(map.of(Field::service), 0);
  EXPECT_EQ(map.of(Field::organisation), 1);
  EXPECT_EQ(map.of(Field::amount), 2);
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(MapColumns, MissingRequiredFieldSaysHowToNameIt) {
  ColumnMap map;
  Diagnostics diagnostics;
  EXPECT_FALSE(map_columns(header({"service", "organisation", "cheque"}), "a.csv", {},
                           {Field::service, Field::organisation, Field::amount}, &map, diagnostics));
  EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
            "a.csv:1: error: no column gives the amount; name the column in fundpress.json, e.g. "
            "\"columns\": {\"amount\": \"<header>\"} [columns]");
}

}  // namespace
}  // namespace fundpress
