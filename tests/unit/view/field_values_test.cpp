#include "view/field_values.h"

#include <gtest/gtest.h>

#include "fixture_project.h"
#include "rollup/rollup.h"

namespace fundpress {
namespace {

class FieldValues : public ::testing::Test {
 protected:
  Project project = load_fixture("every-field-two-years");
  const Award& row(std::size_t i) { return project.awards.at(i); }
};

TEST_F(FieldValues, ResolvesNamesAndJoinsLists) {
  EXPECT_EQ(field_value(project, row(0), Field::organisation).text, "Victim Support");
  EXPECT_EQ(field_value(project, row(0), Field::fund).text, "Victims Fund");
  FieldValue priorities = field_value(project, row(0), Field::priority);
  EXPECT_EQ(priorities.text, "Victims; Value");
  EXPECT_EQ(priorities.items, (std::vector<std::string>{"Victims", "Value"}));
  EXPECT_EQ(field_value(project, row(0), Field::org_id).text, "GB-CHC-1234567");
  EXPECT_EQ(field_value(project, row(1), Field::company_number).text, "09876543");
}

TEST_F(FieldValues, WritesMachineForms) {
  EXPECT_EQ(field_value(project, row(0), Field::id).text, "T-001");  // the reference as given
  EXPECT_EQ(field_value(project, row(0), Field::year).text, "2017/18");
  EXPECT_EQ(field_value(project, row(0), Field::amount).text, "12500.50");
  EXPECT_EQ(field_value(project, row(3), Field::amount).text, "-500.00");
  EXPECT_EQ(field_value(project, row(0), Field::start_date).text, "2017-06-01");
  EXPECT_TRUE(field_value(project, row(1), Field::start_date).date.empty());
  EXPECT_EQ(field_value(project, row(1), Field::start_date).text, "");
}

TEST_F(FieldValues, AnAmountNotYetKnownHasNoText) {
  FieldValue amount = field_value(project, row(5), Field::amount);
  EXPECT_FALSE(amount.has_amount);
  EXPECT_EQ(amount.text, "");
}

TEST_F(FieldValues, PublishesTheFieldsSomeRowFills) {
  std::vector<Field> fields = published_fields(project, all_awards(project));
  // Every field some line fills, in the Field enum's order, and no other.
  std::vector<Field> filled;
  for (int f = 0; f < field_count; ++f)
    for (std::size_t i : all_awards(project))
      if (!field_value(project, project.awards[i], static_cast<Field>(f)).text.empty()) {
        filled.push_back(static_cast<Field>(f));
        break;
      }
  EXPECT_EQ(fields, filled);
  EXPECT_GE(fields.size(), 20u);  // the fixture fills the twenty fields of its header
  std::vector<std::size_t> second_row = {1};
  std::vector<Field> few = published_fields(project, second_row);
  std::vector<Field> expected = {Field::id,
                                 Field::year,
                                 Field::section,
                                 Field::service,
                                 Field::organisation,
                                 Field::description,
                                 Field::amount,
                                 Field::area,
                                 Field::fund,
                                 Field::priority,
                                 Field::status,
                                 Field::mechanism,
                                 Field::company_number};
  EXPECT_EQ(few, expected);
}

}  // namespace
}  // namespace fundpress
