// One organisation however the register spells it: fundpress.json's aliases
// and numbers, and a warning for names that differ only in punctuation or a
// legal suffix.
#include "check/organisations.h"

#include <gtest/gtest.h>

#include "check/check_project.h"
#include "check/config.h"
#include "checked_folder.h"
#include "view/award_fields.h"
#include "view/grants_view.h"

namespace fundpress {
namespace {

TEST(OrganisationNameKey, DropsPunctuationCaseAndLegalSuffixes) {
  EXPECT_EQ(organisation_name_key("Go-Getta CIC"), "go getta");
  EXPECT_EQ(organisation_name_key("Go-Getta Community Interest Company (CIC)"), "go getta");
  EXPECT_EQ(organisation_name_key("Help Point, Ltd."), "help point");
  EXPECT_EQ(organisation_name_key("The Outreach Project"), "outreach project");
  EXPECT_EQ(organisation_name_key("Acme Holdings Limited"), "acme holdings");
  // The name itself is never emptied: "Ltd" alone is a name.
  EXPECT_EQ(organisation_name_key("Ltd"), "ltd");
  EXPECT_NE(organisation_name_key("Catch 22"), organisation_name_key("Catch 23"));
}

test::CheckedFolder load(const std::string& name) { return test::check_folder("check", name); }

const Organisation* named(const Project& project, const std::string& name) {
  for (const Organisation& o : project.organisations)
    if (o.name == name) return &o;
  return nullptr;
}

TEST(Organisations, AliasesAreOneOrganisationWithItsNumbers) {
  test::CheckedFolder l = load("organisation-spellings");
  ASSERT_EQ(l.status, LoadStatus::ok);
  const Project& p = l.project;
  ASSERT_TRUE(named(p, "Go-Getta CIC"));
  EXPECT_FALSE(named(p, "Go-Getta Community Interest Company (CIC)"));
  EXPECT_EQ(p.awards[0].organisation, p.awards[1].organisation);
  EXPECT_EQ(p.awards[2].organisation, p.awards[2].organisation);
  ASSERT_TRUE(named(p, "Safe Homes Trust"));  // "safe homes trust" in the register
  EXPECT_EQ(p.organisations.size(), 8u);

  // The report reproduces the table as printed; every other output names the organisation.
  EXPECT_EQ(printed_field_text(p, p.awards[0], Field::organisation),
            "Go-Getta Community Interest Company (CIC)");
  EXPECT_EQ(award_field_text(p, p.awards[0], Field::organisation), "Go-Getta CIC");
  EXPECT_EQ(printed_field_text(p, p.awards[1], Field::organisation), "Go-Getta CIC");

  // 360Giving links the recipients by their register numbers, and says what kind of place.
  GrantsView view = grants_view(p);
  ASSERT_EQ(view.grants.size(), 9u);
  std::vector<Grant> grants;
  for (std::size_t i = 0; i < 3; ++i) grants.push_back(grant_of(view, view.grants[i]));
  EXPECT_EQ(grants[0].recipient_id, "GB-COH-09876543");
  EXPECT_EQ(grants[1].recipient_id, "GB-COH-09876543");
  EXPECT_EQ(grants[2].recipient_id, "GB-CHC-1164883");
  EXPECT_EQ(grants[2].charity_number, "1164883");
  EXPECT_EQ(grants[0].location_code, "E23000099");
  EXPECT_EQ(grants[0].location_code_type, "PFA");
}

TEST(Organisations, WarnsOfNamesThatDifferOnlyInPunctuationOrASuffix) {
  test::CheckedFolder l = load("organisation-spellings");
  // Riverside Youth Ltd and LLP are both listed, so fundpress.json says they are two.
  EXPECT_EQ(l.messages(),
            (std::vector<std::string>{
                "F/awards.csv:8:2: warning: organisation \"Help Point\" differs from \"Help "
                "Point, Ltd.\" only in punctuation or a suffix such as \"CIC\" or \"Ltd\"; if they "
                "are one organisation, list one as an alias of the other in fundpress.json's "
                "\"organisations\", else list both there [similar-name]",
                "F/awards.csv:10:2: warning: organisation \"Outreach Project\" differs from \"The "
                "Outreach Project\" only in punctuation or a suffix such as \"CIC\" or \"Ltd\"; if "
                "they are one organisation, list one as an alias of the other in fundpress.json's "
                "\"organisations\", else list both there [similar-name]"}));
}

TEST(Organisations, ConfigRefusesNumbersOutOfFormAndASpellingTwice) {
  Project project;
  Diagnostics diagnostics;
  JsonDocument document;
  ASSERT_TRUE(read_json(R"({"publisher": {"name": "P"}, "organisations": [
    {"name": "A", "charity_number": "12AB", "company_number": "123456789"},
    {"name": "B", "aliases": ["a", "B"]}],
    "areas": [{"name": "X", "code": "E2300002"}]})",
                        "fundpress.json", &document, diagnostics));
  InputRules rules;
  EXPECT_FALSE(check_config(document, &project, &rules, diagnostics));
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(format_diagnostic(d));
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "fundpress.json:4:37: error: \"code\" \"E2300002\" is not an ONS geography code: a "
                "letter for the nation and eight digits, e.g. \"E23000021\" (Leicestershire's "
                "police force area) [config]",
                "fundpress.json:2:37: error: charity number \"12AB\" is not in a register's form: "
                "6 or 7 digits (England and Wales), SC and 6 digits (Scotland) or NIC and 6 digits "
                "(Northern Ireland) [config]",
                "fundpress.json:2:63: error: company number \"123456789\" is not in Companies "
                "House's form: up to 8 digits, or 2 letters and 6 digits [config]",
                "fundpress.json:3:30: error: \"a\" is already a name or alias of \"A\"; a spelling "
                "may stand for one organisation only [config]",
                "fundpress.json:3:30: error: \"B\" is already listed for this organisation; a "
                "spelling may stand for one organisation only [config]"}));
}

}  // namespace
}  // namespace fundpress
