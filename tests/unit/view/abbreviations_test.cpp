#include "view/abbreviations.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

std::string marked(AbbreviationMarker& marker, const std::string& text) {
  std::string out;
  nlohmann::json runs = marker.text(text)["runs"];
  for (const auto& run : runs)
    out += run["abbr"].get<bool>() ? "[" + run["text"].get<std::string>() + "]"
                                   : run["text"].get<std::string>();
  return out;
}

TEST(AbbreviationMarker, MarksTheFirstUseOfWholeTermsOnly) {
  std::vector<GlossaryTerm> glossary = {{"YOS", "Youth Offending Service"},
                                        {"CIC", "Community Interest Company"},
                                        {"C₂ARA", "Conditional Cautioning And Relationship Abuse"},
                                        {"Districts & Boroughs", "Blaby District, ..."}};
  AbbreviationMarker marker(glossary);
  EXPECT_EQ(marked(marker, "Youth Offending Service (YOS) contribution"),
            "Youth Offending Service ([YOS]) contribution");
  EXPECT_EQ(marked(marker, "YOS costs, YOSSARIAN, CICERO, Go-Getta CIC"),
            "YOS costs, YOSSARIAN, CICERO, Go-Getta [CIC]");
  EXPECT_EQ(marked(marker, "(C₂ARA) project; Districts & Boroughs"),
            "([C₂ARA]) project; [Districts & Boroughs]");
  ASSERT_EQ(marker.used().size(), 4u);
  EXPECT_EQ(marker.used()[0].term, "YOS") << "in glossary order";
}

TEST(AbbreviationMarker, EveryRunHasEveryKey) {
  std::vector<GlossaryTerm> glossary = {{"LLR", "Leicester, Leicestershire and Rutland"}};
  AbbreviationMarker marker(glossary);
  nlohmann::json text = marker.text("in LLR");
  EXPECT_EQ(text["text"], "in LLR");
  ASSERT_EQ(text["runs"].size(), 2u);
  for (const auto& run : text["runs"]) {
    EXPECT_TRUE(run.contains("text"));
    EXPECT_TRUE(run.contains("abbr"));
    EXPECT_TRUE(run.contains("title"));
  }
  EXPECT_EQ(text["runs"][1]["title"], "Leicester, Leicestershire and Rutland");
}

}  // namespace
}  // namespace fundpress
