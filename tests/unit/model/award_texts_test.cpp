#include <gtest/gtest.h>

#include "model/project.h"

namespace fundpress {
namespace {

TEST(AwardTexts, ReadsBackWhatWasSetInAnyOrder) {
  Award award;
  award.texts.set(Field::reasons, "Fewer repeat victims");
  award.texts.set(Field::note, "Match funded");
  award.texts.set(Field::term, "3+1");
  EXPECT_EQ(award.text(Field::note), "Match funded");
  EXPECT_EQ(award.text(Field::term), "3+1");
  EXPECT_EQ(award.text(Field::reasons), "Fewer repeat victims");
  EXPECT_EQ(award.text(Field::purpose), "");
}

TEST(AwardTexts, SettingAgainReplacesAndEmptyRemoves) {
  Award award;
  award.texts.set(Field::note, "first");
  award.texts.set(Field::note, "second");
  EXPECT_EQ(award.text(Field::note), "second");
  award.texts.set(Field::note, "");
  EXPECT_EQ(award.text(Field::note), "");
}

}  // namespace
}  // namespace fundpress
