// Every rule of check/rule_codes.h against a fixture that breaks exactly
// that rule (tests/unit/check/fixtures/rules/<code>/): the exact diagnostic at
// its cell, at the rule's default severity and at each severity fundpress.json's
// "rules" can set; and a clean register of each mechanism kind, which passes.
#include "check/award_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "check/check_project.h"
#include "paths.h"
#include "run.h"

namespace fundpress {
namespace {

struct Broken {
  const char* code;
  const char* where;    // relative to the fixture: "awards.csv:3:3"
  const char* message;  // without the severity and the code
};

const Broken broken[] = {
    {"fund-limit", "awards.csv:3:3",
     "£12,000 is above the Community Fund maximum of £10,000 by £2,000"},
    {"fund-envelope", "awards.csv:4:3",
     "awards from the Innovation Fund in 2018/19 to 2019/20 reach £21,000 with this line, above "
     "its envelope of £20,000 by £1,000"},
    {"extension-term", "awards.csv:3:5",
     "term \"2+3\" has extensions of 3 years, longer than its initial term of 2 years by 1 year"},
    {"single-tender-approval", "awards.csv:3:7",
     "single tender action of £180,000 is above the £150,000 that the Chief Finance Officer must "
     "sign off, and names no approver"},
    {"partnership-counterparty", "awards.csv:3:6",
     "partnership agreement with \"Street Pastors Trust\", a voluntary sector body; partnership "
     "agreements are only with public bodies"},
    {"ineligible-cost", "awards.csv:3:6",
     "cost category \"Overtime\" is not eligible for the Community Safety Partnership Grant; it "
     "does not fund \"Police officer pay\", \"Overtime\", \"Partnership running costs\""},
    {"ineligible-applicant", "awards.csv:3:6",
     "applicant type \"Company\" may not apply to the Property Fund; it is open to "
     "\"Community group\", \"Charity\""},
    {"spans-years", "awards.csv:3:7",
     "runs from 2018-10-01 to 2019-06-30, across 2018/19 and 2019/20, but the Police Property "
     "Act Fund funds one year only"},
    {"one-off-repeat", "awards.csv:3:2",
     "\"Village Hall\" already has an award from the PCC Community Fund (line 2); the fund is "
     "one-off"},
    {"cdr-grant-incomplete", "awards.csv:3:8",
     "crime and disorder reduction grant has no reasons; the Specified Information Order "
     "requires its recipient, purpose, conditions and the reasons it is expected to reduce crime "
     "and disorder"},
    {"unknown-fund", "awards.csv:3:5",
     "fund \"Lottery\" is not one of fundpress.json's \"funds\" (\"Community Fund\")"},
    {"unknown-priority", "awards.csv:3:5",
     "priority \"9.9\" is not one of the plan's priorities (\"Tackle antisocial behaviour\")"},
    {"unknown-section", "awards.csv:3:5",
     "section \"Victim\" is not one of fundpress.json's \"sections\" (\"Victims\")"},
    {"unknown-mechanism", "awards.csv:3:5",
     "mechanism \"Loan\" is not one of fundpress.json's \"mechanisms\" (\"Grant\")"},
    {"unknown-area", "awards.csv:3:5",
     "area \"Kendal\" is not one of fundpress.json's \"areas\" (\"Carlisle\")"},
    {"duplicate-id", "awards.csv:3:1", "reference \"A1\" is also used on line 2"},
    {"end-before-start", "awards.csv:3:6",
     "end date 2018-08-31 is before the start date 2018-09-01"},
    {"past-retention", "awards.csv:3:5",
     "funding ended 2019-03-31, so its records were to be kept until 2025-03-31 (6 years after), "
     "before the data's date 2026-04-01"},
    {"impossible-rule", "fundpress.json:7:16",
     "the column read as \"section\" holds the names of funds (\"Property Fund\", \"Community "
     "Fund\"), so no line has a fund and the funds' limits, envelopes and eligibility are never "
     "checked: map that column to \"fund\" (and to \"section\" only if the sections are something "
     "else)"},
};

std::vector<std::string> messages(const std::string& dir, LoadStatus* status) {
  Project project;
  Diagnostics diagnostics;
  *status = load_project(dir, &project, diagnostics);
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) {
    std::string text = format_diagnostic(d);
    if (text.rfind(dir + "/", 0) == 0) text = text.substr(dir.size() + 1);
    out.push_back(text);
  }
  return out;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The fixture copied with "rules": {code: severity} added to its fundpress.json.
std::string with_severity(const std::string& code, const std::string& severity) {
  std::string from = test::fixture("check", "rules/" + code);
  std::string dir = test::scratch_dir("rule-" + code + "-" + severity);
  nlohmann::ordered_json config = nlohmann::ordered_json::parse(read(from + "/fundpress.json"));
  config["rules"][code] = severity;
  std::ofstream(dir + "/fundpress.json") << config.dump(2);
  std::ofstream(dir + "/awards.csv") << read(from + "/awards.csv");
  return dir;
}

class RuleFixture : public testing::TestWithParam<Broken> {};

TEST_P(RuleFixture, BreaksExactlyItsRuleAtItsCellWithTheFigures) {
  const Broken& rule = GetParam();
  Rule known;
  ASSERT_TRUE(rule_by_code(rule.code, &known)) << rule.code;
  bool error = rule_info(known).default_severity == RuleSeverity::error;
  auto expected = [&](const char* severity) {
    return std::string(rule.where) + ": " + severity + ": " + rule.message + " [" + rule.code + "]";
  };
  LoadStatus status;
  EXPECT_EQ(messages(test::fixture("check", std::string("rules/") + rule.code), &status),
            std::vector<std::string>{expected(error ? "error" : "warning")});
  EXPECT_EQ(status, error ? LoadStatus::data_errors : LoadStatus::ok);

  // fundpress.json's "rules" sets the severity: an error stops the build, a warning does not.
  EXPECT_EQ(messages(with_severity(rule.code, "error"), &status),
            std::vector<std::string>{expected("error")});
  EXPECT_EQ(status, LoadStatus::data_errors);
  EXPECT_EQ(messages(with_severity(rule.code, "warning"), &status),
            std::vector<std::string>{expected("warning")});
  EXPECT_EQ(status, LoadStatus::ok);
  EXPECT_EQ(messages(with_severity(rule.code, "off"), &status), std::vector<std::string>{});
  EXPECT_EQ(status, LoadStatus::ok);
}

INSTANTIATE_TEST_SUITE_P(EveryRule, RuleFixture, testing::ValuesIn(broken),
                         [](const testing::TestParamInfo<Broken>& param_info) {
                           std::string name = param_info.param.code;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

TEST(RuleFixture, EveryRuleHasAFixture) {
  std::size_t covered = 0;
  for (int r = 0; r < rule_count; ++r)
    for (const Broken& rule : broken)
      covered += std::string(rule.code) == rule_info(static_cast<Rule>(r)).code;
  EXPECT_EQ(covered, static_cast<std::size_t>(rule_count));
}

class CleanMechanism : public testing::TestWithParam<const char*> {};

// A line of each kind that keeps every rule (limits, envelope, term, approver,
// counterparty, cost, the Specified Information Order) passes with no diagnostic.
TEST_P(CleanMechanism, PassesWithNoDiagnostic) {
  LoadStatus status;
  EXPECT_EQ(messages(test::fixture("check", std::string("rules/clean-") + GetParam()), &status),
            std::vector<std::string>{});
  EXPECT_EQ(status, LoadStatus::ok);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, CleanMechanism,
                         testing::Values("grant", "contract", "partnership", "aqp", "pooled"));

TEST(RuleSettings, AnUnknownCodeOrSeverityIsReportedAtItsSetting) {
  std::string dir = test::scratch_dir("rule-unknown-code");
  std::ofstream(dir + "/fundpress.json")
      << "{\"publisher\": {\"name\": \"Test PCC\"},\n"
         " \"rules\": {\"fund-limits\": \"error\", \"fund-limit\": \"loud\"}}\n";
  std::ofstream(dir + "/awards.csv") << "service,amount,year\nHelpline,1,2018/19\n";
  LoadStatus status;
  std::vector<std::string> got = messages(dir, &status);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0],
            "fundpress.json:2:50: error: \"fund-limit\" must be one of \"error\", \"warning\", "
            "\"off\" [config]");
  EXPECT_EQ(got[1].substr(0, 60),
            "fundpress.json:2:27: error: \"fund-limits\" is not a rule fund");
}

}  // namespace
}  // namespace fundpress
