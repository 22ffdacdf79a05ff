// Hints for the memory large enough that the kernel's page faults show in a
// profile: the register's bytes, its awards and the strings they hold.
#pragma once

#include <cstddef>

namespace fundpress {

/// Asks the kernel to back the whole 2 MiB blocks of [data, data + size) with
/// huge pages (Linux's transparent huge pages, which many systems give only to
/// memory that asks). A buffer filled once then faults once per 2 MiB, not
/// once per 4 KiB: at 100,000 lines that is a tenth of `check`'s time. Call it
/// before the memory is first written. Only a hint: where it is not honoured,
/// or not Linux, nothing changes.
void prefer_huge_pages(void* data, std::size_t size);

/// While one lives, the allocator backs the memory it asks the system for with
/// huge pages too: the register's strings and records, made once and kept for
/// the whole build. Each 4 KiB page faulted in costs some 20-30 µs of system
/// time on a virtual machine, and a million-line register is some 160,000 of
/// them; with huge pages, about 19,000. The hint holds for mimalloc, which the
/// fundpress binary links (README, "National scale"); under another allocator
/// it does nothing. Made before the register is read and ended after it: the
/// pages' contexts, made and freed page by page, keep small pages, which keeps
/// a large build's peak memory where it was.
class HeapPrefersHugePages {
 public:
  HeapPrefersHugePages();
  ~HeapPrefersHugePages();
  HeapPrefersHugePages(const HeapPrefersHugePages&) = delete;
  HeapPrefersHugePages& operator=(const HeapPrefersHugePages&) = delete;

 private:
  bool set_ = false;  // the allocator took the hint
  bool was_ = false;  // the allocator's setting before it
};

}  // namespace fundpress
