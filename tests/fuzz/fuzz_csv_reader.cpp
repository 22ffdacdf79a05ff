// libFuzzer target: any bytes through the CSV reader, as a register would be
// read (blank rows kept, for printed tables). Crashes, leaks and undefined
// behaviour are findings; diagnostics are the expected outcome.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fundpress::Diagnostics diagnostics;
  fundpress::CsvOptions options;
  options.keep_blank_rows = true;
  std::size_t cells = 0;
  fundpress::read_csv(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csv", options,
      [&](fundpress::Row& row) { cells += row.cells.size(); }, diagnostics);
  return 0;
}
