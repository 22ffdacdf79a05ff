// The allocator hint as the fundpress binary meets it: this test is its own
// program, linked with mimalloc as fundpress is (tests/CMakeLists.txt); the
// other unit tests keep glibc's allocator, under which the hint does nothing.
#include "load/huge_pages.h"

#include <gtest/gtest.h>
#include <mimalloc.h>

namespace fundpress {
namespace {

bool large_pages() { return mi_option_is_enabled(mi_option_large_os_pages); }

TEST(HeapPrefersHugePages, HoldsForItsLifeAndThenRestoresTheSetting) {
  ASSERT_FALSE(large_pages());  // mimalloc's default, unless MIMALLOC_LARGE_OS_PAGES says so
  {
    HeapPrefersHugePages outer;
    EXPECT_TRUE(large_pages());
    {
      HeapPrefersHugePages inner;
      EXPECT_TRUE(large_pages());
    }
    EXPECT_TRUE(large_pages()) << "an inner hint's end must not end the outer one";
  }
  EXPECT_FALSE(large_pages());
}

TEST(HeapPrefersHugePages, LeavesASettingTheUserMadeAsItWas) {
  mi_option_set_enabled(mi_option_large_os_pages, true);
  { HeapPrefersHugePages hint; }
  EXPECT_TRUE(large_pages());
  mi_option_set_enabled(mi_option_large_os_pages, false);
}

}  // namespace
}  // namespace fundpress
