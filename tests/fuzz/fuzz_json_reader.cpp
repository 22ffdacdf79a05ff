// libFuzzer target: any bytes through the position-keeping JSON reader that
// reads registers and fundpress.json.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fundpress::JsonDocument document;
  fundpress::Diagnostics diagnostics;
  if (fundpress::read_json(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json",
                           &document, diagnostics))
    (void)document.position_of("/awards/0/amount");
  return 0;
}
