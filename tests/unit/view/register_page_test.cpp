// The register's script data in parts: register/awards.js lists the parts
// and register/data/<n>.js hold every row once, in the register's order, the
// same rows as the single file a small register gets, adding up to the rollup.
#include <gtest/gtest.h>

#include <string>

#include "check/check_project.h"
#include "rollup/rollup.h"
#include "view/register_page.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

class RegisterData : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/data/leicestershire", &project, diagnostics),
              LoadStatus::ok);
  }
  // The register's data outputs at `shard_rows` rows a part, by path, with the JSON each carries.
  std::vector<std::pair<std::string, nlohmann::json>> data(int shard_rows) {
    project.site.register_shard_rows = shard_rows;
    Downloads downloads;
    PlanInputs in(project, SitePaths(project), downloads);
    std::vector<PlannedOutput> plan;
    plan_register_data(in, &plan);
    plan_register_parts(in, &plan);
    std::vector<std::pair<std::string, nlohmann::json>> made;
    for (const PlannedOutput& output : plan) {
      nlohmann::json context = output.source->context(output.item);
      nlohmann::json json = nlohmann::json::parse(context["json"].get<std::string>());
      if (context.contains("part")) {
        EXPECT_EQ(output.path, "register/data/" + context["part"].dump() + ".js");
        EXPECT_EQ(context["parts"].get<std::size_t>(), plan.size() - 1);
      }
      made.emplace_back(output.path, json);
    }
    return made;
  }
  Project project;
};

TEST_F(RegisterData, ASmallRegisterIsOneFileWithEveryRow) {
  auto made = data(2000);
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0].first, "register/awards.js");
  EXPECT_EQ(made[0].second["rows"].size(), project.awards.size());
  EXPECT_FALSE(made[0].second.contains("parts"));
}

TEST_F(RegisterData, PartsHoldEveryRowOnceInOrderAndAddUpToTheRollup) {
  nlohmann::json whole = data(2000)[0].second["rows"];
  ASSERT_GT(whole.size(), 40u) << "the data set needs three parts of 20 rows";
  auto made = data(20);
  std::size_t parts = (whole.size() + 19) / 20;
  ASSERT_EQ(made.size(), parts + 1);
  const nlohmann::json& index = made[0].second;
  EXPECT_EQ(made[0].first, "register/awards.js");
  EXPECT_FALSE(index.contains("rows"));
  EXPECT_EQ(index["count"].get<std::size_t>(), whole.size());
  ASSERT_EQ(index["parts"].size(), parts);
  nlohmann::json joined = nlohmann::json::array();
  for (std::size_t p = 1; p <= parts; ++p) {
    EXPECT_EQ(index["parts"][p - 1], made[p].first);
    EXPECT_EQ(made[p].first, "register/data/" + std::to_string(p) + ".js");
    EXPECT_LE(made[p].second.size(), 20u);
    for (const nlohmann::json& row : made[p].second) joined.push_back(row);
  }
  EXPECT_EQ(joined, whole) << "every row once, in the register's order";
  Money sum{0};
  for (const nlohmann::json& row : joined)
    if (!row["pence"].is_null()) sum.pence += std::stoll(row["pence"].get<std::string>());
  EXPECT_EQ(sum.pence, total_of(project, all_awards(project)).amount.pence);
}

}  // namespace
}  // namespace fundpress
