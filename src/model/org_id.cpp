#include "model/org_id.h"

#include <cctype>

namespace fundpress {
namespace {

// Upper case, without spaces: registers print "SC 012345" and "sc012345".
std::string compact(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string charity_org_id(const std::string& number) {
  std::string n = compact(number);
  if (n.size() == 8 && n.compare(0, 2, "SC") == 0 && all_digits(n.substr(2))) return "GB-SC-" + n;
  if (n.size() == 9 && n.compare(0, 3, "NIC") == 0 && all_digits(n.substr(3)))
    return "GB-NIC-" + n.substr(3);
  // A linked charity is "1234567-1"; its register entry is the main number.
  std::size_t dash = n.find('-');
  if (dash != std::string::npos && all_digits(n.substr(dash + 1))) n.resize(dash);
  if ((n.size() == 6 || n.size() == 7) && all_digits(n)) return "GB-CHC-" + n;
  return "";
}

std::string company_org_id(const std::string& number) {
  std::string n = compact(number);
  if (all_digits(n) && n.size() <= 8) return "GB-COH-" + std::string(8 - n.size(), '0') + n;
  if (n.size() == 8 && std::isalpha(static_cast<unsigned char>(n[0])) &&
      std::isalpha(static_cast<unsigned char>(n[1])) && all_digits(n.substr(2)))
    return "GB-COH-" + n;
  return "";
}

std::string organisation_org_id(const Organisation& organisation) {
  if (!organisation.org_id.empty()) return organisation.org_id;
  std::string id = charity_org_id(organisation.charity_number);
  if (id.empty()) id = company_org_id(organisation.company_number);
  return id;
}

}  // namespace fundpress
