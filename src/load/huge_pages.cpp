#include "load/huge_pages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
// Weak: the library and its tests do not link mimalloc, and then these are null.
#pragma weak mi_option_is_enabled
#pragma weak mi_option_set_enabled
#define FUNDPRESS_HAS_MIMALLOC_H 1
#endif

namespace fundpress {

void prefer_huge_pages(void* data, std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const std::uintptr_t huge = std::uintptr_t{2} << 20;
  std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data);
  std::uintptr_t first = (start + huge - 1) & ~(huge - 1);
  std::uintptr_t end = (start + size) & ~(huge - 1);
  // The hint's result does not matter: the memory works the same either way.
  if (first < end) (void)madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
#else
  (void)data;
  (void)size;
#endif
}

HeapPrefersHugePages::HeapPrefersHugePages() {
#ifdef FUNDPRESS_HAS_MIMALLOC_H
  if (&mi_option_is_enabled == nullptr || &mi_option_set_enabled == nullptr) return;
  was_ = mi_option_is_enabled(mi_option_large_os_pages);
  mi_option_set_enabled(mi_option_large_os_pages, true);
  set_ = true;
#endif
}

HeapPrefersHugePages::~HeapPrefersHugePages() {
#ifdef FUNDPRESS_HAS_MIMALLOC_H
  if (set_) mi_option_set_enabled(mi_option_large_os_pages, was_);
#endif
}

}  // namespace fundpress
