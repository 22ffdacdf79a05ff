#include "model/ons_codes.h"

#include <cctype>
#include <cstring>

namespace fundpress {

bool is_ons_code(const std::string& code) {
  if (code.size() != 9 || std::strchr("EWSNK", code[0]) == nullptr) return false;
  for (std::size_t i = 1; i < code.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(code[i]))) return false;
  return true;
}

std::string geo_code_type(const std::string& code) {
  if (!is_ons_code(code)) return "";
  // From 360Giving's codelists/geoCodeType.csv: the entities a funder's areas are.
  static const struct {
    const char* entity;
    const char* type;
  } types[] = {
      {"E00", "OA"},  {"E01", "LSOA"}, {"E02", "MSOA"}, {"E04", "PAR"},  {"E05", "WD"},
      {"E06", "UA"},  {"E07", "NMD"},  {"E08", "MD"},   {"E09", "LONB"}, {"E10", "CTY"},
      {"E14", "WPC"}, {"E22", "CSP"},  {"E23", "PFA"},  {"W00", "OA"},   {"W01", "LSOA"},
      {"W02", "MSOA"}, {"W05", "WD"},  {"W06", "UA"},   {"W07", "WPC"},  {"W14", "CDRP"},
      {"S12", "CA"},  {"S13", "WD"},   {"S14", "WPC"},  {"N06", "WPC"},
  };
  for (const auto& t : types)
    if (code.compare(0, 3, t.entity) == 0) return t.type;
  return "";
}

}  // namespace fundpress
