// favicon.ico is a well-formed one-image icon: its directory points at a
// 16 x 16, 32-bit bitmap of the stated size, and the picture is the SVG's.
#include "render/favicon.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace fundpress {
namespace {

uint32_t at(const std::string& bytes, std::size_t offset, int size) {
  uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i)
    value = value << 8 | static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(i)]);
  return value;
}

TEST(Favicon, IsOneSixteenPixelIcon) {
  std::string ico = favicon_ico();
  EXPECT_EQ(at(ico, 0, 2), 0u);  // reserved
  EXPECT_EQ(at(ico, 2, 2), 1u);  // an icon, not a cursor
  EXPECT_EQ(at(ico, 4, 2), 1u);  // one image
  EXPECT_EQ(at(ico, 6, 1), 16u);
  EXPECT_EQ(at(ico, 7, 1), 16u);
  EXPECT_EQ(at(ico, 12, 2), 32u);
  uint32_t size = at(ico, 14, 4), offset = at(ico, 18, 4);
  EXPECT_EQ(offset, 22u);
  EXPECT_EQ(offset + size, ico.size());
  EXPECT_EQ(at(ico, offset, 4), 40u);         // BITMAPINFOHEADER
  EXPECT_EQ(at(ico, offset + 8, 4), 32u);     // height counts the mask too
  EXPECT_EQ(at(ico, offset + 14, 2), 32u);    // bits per pixel
  // Bottom-left pixel (row 15 from the top) is the theme's blue, opaque;
  // column 11 of row 3 from the top is the tallest bar's top, white.
  std::size_t pixels = offset + 40;
  EXPECT_EQ(at(ico, pixels, 4), 0xff1d4f91u);
  std::size_t bar_top = pixels + ((15 - 3) * 16 + 11) * 4;
  EXPECT_EQ(at(ico, bar_top, 4), 0xffffffffu);
}

}  // namespace
}  // namespace fundpress
