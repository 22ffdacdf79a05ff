#include "load/huge_pages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
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

}  // namespace fundpress
