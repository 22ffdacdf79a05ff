#include "check/personal_data.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "check/check_project.h"
#include "fixture_project.h"

namespace fundpress {
namespace {

// What find_contact_detail sees in `text`: each kind and the text it covers.
std::vector<std::string> details(const std::string& text) {
  std::vector<std::string> found;
  std::size_t from = 0, start = 0, end = 0;
  while (const char* kind = find_contact_detail(text, from, &start, &end)) {
    found.push_back(std::string(kind) + ": " + text.substr(start, end - start));
    from = end;
  }
  return found;
}

TEST(ContactDetails, FindsEmailAddressesPhoneNumbersAndPostcodesAsTyped) {
  EXPECT_EQ(details("Write to jo.bloggs+pcc@example.org.uk."),
            std::vector<std::string>{"an e-mail address: jo.bloggs+pcc@example.org.uk"});
  EXPECT_EQ(details("Call 0116 496 0123 or 07700 900123 (mobile)"),
            (std::vector<std::string>{"a UK phone number: 0116 496 0123",
                                      "a UK phone number: 07700 900123"}));
  EXPECT_EQ(details("tel +44 (0)20 7946 0000; (0116) 4960123"),
            (std::vector<std::string>{"a UK phone number: +44 (0)20 7946 0000",
                                      "a UK phone number: (0116) 4960123"}));
  EXPECT_EQ(details("at LE1 7RH, SW1A 1AA and M11AE"),
            (std::vector<std::string>{"a UK postcode: LE1 7RH", "a UK postcode: SW1A 1AA",
                                      "a UK postcode: M11AE"}));
}

// The scan skips to each "@" or digit: a detail may begin up to three bytes before it.
TEST(ContactDetails, FindsDetailsThatBeginBeforeTheirFirstDigit) {
  EXPECT_EQ(details("Ref 12, see ( 0116 496 0123"),
            std::vector<std::string>{"a UK phone number: ( 0116 496 0123"});
  EXPECT_EQ(details("Lot 7 at SW1A 1AA and AB1 2DE; +44 20 7946 0000"),
            (std::vector<std::string>{"a UK postcode: SW1A 1AA", "a UK postcode: AB1 2DE",
                                      "a UK phone number: +44 20 7946 0000"}));
  EXPECT_EQ(details("2 of jo@example.org"),
            std::vector<std::string>{"an e-mail address: jo@example.org"});
}

TEST(ContactDetails, LeavesFiguresDatesReferencesAndWordsAlone) {
  for (const char* text :
       {"£12,000 awarded 01/04/2017", "Reference PCC-0116496012", "Invoice 2017-0116-4960",
        "Grant of 1234567890", "office @ the station", "user@localhost", "Phase 2 of 3",
        "Room B1 2nd floor", "LE1 only", "ISBN 0116496012X", "Call 0116 496"})
    EXPECT_TRUE(details(text).empty()) << text;
}

TEST(PersonalData, AWarningNamesEachCellAndThePublicRowLeavesThePersonOut) {
  Project project = load_fixture("personal-data", 3);
  Diagnostics diagnostics;
  Project again;
  load_project(fixture_dir("personal-data"), &again, diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(format_diagnostic(d));
  std::string file = fixture_dir("personal-data") + "/awards.csv:5:4: warning: description holds "
                                                    "what looks like ";
  std::string advice =
      ", which public outputs leave out; take it out of the register, or mark the field "
      "\"personal\" in \"personal_data\" [personal-data]";
  EXPECT_EQ(messages, (std::vector<std::string>{file + "an e-mail address" + advice,
                                                file + "a UK phone number" + advice,
                                                file + "a UK postcode" + advice}));

  ASSERT_EQ(project.awards.size(), 4u);
  const Award& person = project.awards[1];
  EXPECT_EQ(project.organisations[person.organisation].name, "Individual recipient");
  EXPECT_TRUE(project.organisations[person.organisation].individual);
  EXPECT_EQ(person.service, "Bravery award for Individual recipient");
  EXPECT_EQ(person.description, "Award to Individual recipient for her work");
  EXPECT_EQ(person.amount.pence, 50000);  // the grant still counts
  EXPECT_EQ(person.text(Field::note), "");
  EXPECT_EQ(person.text(Field::conditions), "");
  EXPECT_EQ(project.organisations[project.awards[2].organisation].name, "Individual recipient");
  EXPECT_EQ(project.awards[3].description,
            "Contact [e-mail address removed] or [phone number removed], office at [postcode "
            "removed]");
  EXPECT_EQ(project.redacted.individuals, 2u);
  EXPECT_EQ(project.redacted.fields, 4u);
  EXPECT_EQ(project.redacted.contact_details, 3u);
}

TEST(PersonalData, AnInternalCopyKeepsEverythingAndStillWarns) {
  Project project;
  project.internal = true;
  Diagnostics diagnostics;
  EXPECT_EQ(load_project(fixture_dir("personal-data"), &project, diagnostics), LoadStatus::ok);
  EXPECT_EQ(diagnostics.all().size(), 3u);
  const Award& person = project.awards[1];
  EXPECT_EQ(project.organisations[person.organisation].name, "Jane Q Example");
  EXPECT_TRUE(project.organisations[person.organisation].individual);
  EXPECT_EQ(person.text(Field::note), "Lives at 4 Acacia Road");
  EXPECT_EQ(project.awards[3].description,
            "Contact jo.bloggs@example.org or 0116 496 0123, office at LE1 7RH");
  EXPECT_EQ(project.redacted.total(), 9u);
}

}  // namespace
}  // namespace fundpress
