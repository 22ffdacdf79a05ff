#include "check/explanation.h"

namespace fundpress {

std::string format_reading(const RowReading& reading) {
  return format_position(reading.where) + ": " + reading.kind +
         (reading.text.empty() ? "" : ": " + reading.text);
}

}  // namespace fundpress
