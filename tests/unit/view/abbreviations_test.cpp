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

// A workbook's glossary lists the terms its texts use, as a page marking the
// same texts would; noting a text marks what making its runs would.
TEST(AbbreviationMarker, NotingMarksWhatRunsWould) {
  std::vector<GlossaryTerm> glossary = {{"YOS", "Youth Offending Service"},
                                        {"CIC", "Community Interest Company"},
                                        {"LLR", "Leicester, Leicestershire and Rutland"}};
  AbbreviationMarker noted(glossary), marked_runs(glossary);
  for (const char* text : {"YOSSARIAN", "Go-Getta CIC", "YOS team", "CICERO"}) {
    noted.note(text);
    marked_runs.runs(text);
  }
  ASSERT_EQ(noted.used().size(), 2u);
  EXPECT_EQ(noted.used()[0].term, "YOS");
  EXPECT_EQ(noted.used()[1].term, "CIC");
  EXPECT_EQ(marked_runs.used().size(), noted.used().size());
  EXPECT_EQ(marked(noted, "YOS and LLR"), "YOS and [LLR]") << "YOS was already explained";
}

// Texts kept for a list made later give, in any order and written over any
// earlier runs, the runs the marker gave them when they were added.
TEST(MarkedTexts, WriteTheRunsTheMarkerMadeWhenTheyWereAdded) {
  std::vector<GlossaryTerm> glossary = {{"YOS", "Youth Offending Service"}};
  AbbreviationMarker marker(glossary), reference(glossary);
  MarkedTexts texts;
  std::vector<nlohmann::json> expected;
  for (const char* text : {"Plain", "", "YOS team", "YOS again"}) {
    texts.add(text, &marker);
    expected.push_back(reference.runs(text));
  }
  texts.add("", nullptr);  // a figure: one run, even when empty
  expected.push_back(unmarked_runs(""));
  texts.add("£1,200", nullptr);
  expected.push_back(unmarked_runs("£1,200"));
  ASSERT_EQ(expected[2].size(), 2u) << "the first YOS is marked";
  nlohmann::json runs;
  for (std::size_t i : {2, 0, 1, 3, 2, 5, 4, 0}) {
    texts.write_runs(i, &runs);
    EXPECT_EQ(runs, expected[i]) << "text " << i;
  }
  EXPECT_EQ(texts.text(2), "YOS team");
}

}  // namespace
}  // namespace fundpress
