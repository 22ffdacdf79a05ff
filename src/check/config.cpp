#include "check/config.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "check/json_fields.h"
#include "check/parse_date.h"
#include "check/parse_money.h"
#include "model/areas.h"
#include "model/ons_codes.h"
#include "model/text.h"
#include "model/year_label.h"

namespace fundpress {
namespace {

using nlohmann::json;

bool is_web_address(const std::string& url) {
  return starts_with(url, "https://") || starts_with(url, "http://");
}

// "languages": codes such as "en" and "cy", the first the default; each
// other names the folder its pages are published in.
void read_languages(JsonFields& r, Project* project) {
  std::vector<std::string> codes = r.texts("/languages");
  if (r.at("/languages") && codes.empty()) r.error("/languages", "\"languages\" lists no language");
  if (codes.empty()) codes = {"en"};
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const std::string& code = codes[i];
    bool plain = code.size() >= 2 && code.size() <= 3 &&
                 code.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
    bool repeated = false;
    for (std::size_t j = 0; j < i; ++j) repeated |= codes[j] == code;
    if (!plain)
      r.error("/languages", "\"" + code +
                                "\" is not a language code: two or three lower-case letters "
                                "(\"en\", \"cy\")");
    else if (repeated)
      r.error("/languages", "\"" + code + "\" is listed twice");
    else
      project->languages.push_back(Language{code, {}});
  }
}

// The published site's address: absolute, http(s), no query or fragment (the
// site's own paths are appended to it), and ending in "/".
void read_base_url(JsonFields& r, SiteOptions* site) {
  std::string url = r.text("/site/base_url");
  if (url.empty()) return;  // the build says what that costs
  std::size_t host = url.find("://") + 3;
  if (!is_web_address(url) || url.size() <= host || url[host] == '/')
    r.error("/site/base_url",
            "\"base_url\" must be an absolute address starting with https:// "
            "or http://, e.g. \"https://funding.example.org/\"");
  else if (url.find_first_of("?#\"<>\\ ") != std::string::npos)
    r.error("/site/base_url",
            "\"base_url\" must be a plain folder address: no query, fragment, "
            "spaces, quotes or angle brackets");
  else site->base_url = url.back() == '/' ? url : url + "/";
}

void read_publisher(JsonFields& r, Publisher* p) {
  if (!r.is_object("/publisher", true)) return;
  r.only_keys("/publisher",
              {"name", "short_name", "area", "plan", "website", "email", "address", "org_id"});
  p->name = r.text("/publisher/name", true);
  p->short_name = r.text("/publisher/short_name");
  if (p->short_name.empty()) p->short_name = p->name;
  p->area = r.text("/publisher/area");
  p->plan = r.text("/publisher/plan");
  p->website = r.text("/publisher/website");
  if (!p->website.empty() && !is_web_address(p->website))
    r.error("/publisher/website", "\"website\" must start with https:// or http://");
  p->email = r.text("/publisher/email");
  p->address = r.text("/publisher/address");
  p->org_id = r.text("/publisher/org_id");
}

// The entries of the list at `pointer`, each with its own pointer: an entry
// is a name alone ("Victims") or an object with a "name" and the other `keys`,
// which `fill` reads. Entries without a name are left out (and reported).
template <typename T, typename Fill>
std::vector<std::pair<T, std::string>> named_entries(JsonFields& r, const std::string& pointer,
                                                     std::initializer_list<const char*> keys,
                                                     Fill fill) {
  std::vector<std::pair<T, std::string>> entries;
  if (!r.is_array(pointer)) return entries;
  for (std::size_t i = 0; i < r.at(pointer)->size(); ++i) {
    std::string at = pointer + "/" + std::to_string(i);
    T entry;
    if (r.at(at)->is_string()) {
      entry.name = r.at(at)->get<std::string>();
    } else if (r.is_object(at, true)) {
      r.only_keys(at, keys);
      entry.name = r.text(at + "/name", true);
      fill(at, &entry);
    }
    if (!entry.name.empty()) entries.emplace_back(std::move(entry), at);
  }
  return entries;
}

void read_sections(JsonFields& r, std::vector<Section>* sections) {
  std::set<std::string> seen;
  for (auto& [section, at] :
       named_entries<Section>(r, "/sections", {"name", "heading", "subtotal_label"},
                              [&](const std::string&at, Section*s) {
                                s->heading = r.text(at + "/heading");
                                s->subtotal_label = r.text(at + "/subtotal_label");
                              })) {
    if (section.heading.empty()) section.heading = section.name;
    if (section.subtotal_label.empty()) section.subtotal_label = default_subtotal(section.name);
    if (!seen.insert(section.name).second)
      r.error(at, "section \"" + section.name + "\" is listed twice");
    sections->push_back(section);
  }
}

// A fund's setting that is one of `allowed`, reported otherwise.
std::string one_of(JsonFields& r, const std::string& pointer,
                   std::initializer_list<const char*> allowed) {
  std::string value = r.text(pointer);
  if (value.empty()) return value;
  std::string names;
  for (const char* name : allowed) {
    if (value == name) return value;
    names += (names.empty() ? "\"" : ", \"") + std::string(name) + "\"";
  }
  r.error(pointer, "\"" + JsonFields::name(pointer) + "\" must be one of " + names);
  return "";
}

void read_funds(JsonFields& r, const YearRange& years, std::vector<Fund>* funds) {
  if (!r.is_array("/funds")) return;
  for (std::size_t i = 0; i < r.at("/funds")->size(); ++i) {
    std::string at = "/funds/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    r.only_keys(at, {"name", "description", "source", "ring_fenced", "administered_by",
                     "min_award", "max_award", "envelope", "envelope_years", "envelope_start",
                     "rounds_per_year", "eligible_applicants", "eligible_costs",
                     "ineligible_costs", "duration", "status", "url"});
    Fund fund;
    fund.name = r.text(at + "/name", true);
    fund.description = r.text(at + "/description");
    fund.source = r.text(at + "/source");
    if (const nlohmann::json* ring = r.at(at + "/ring_fenced")) {
      if (ring->is_boolean()) {
        fund.has_ring_fenced = true;
        fund.ring_fenced = ring->get<bool>();
      } else {
        r.error(at + "/ring_fenced", "\"ring_fenced\" must be true or false");
      }
    }
    fund.administered_by = r.text(at + "/administered_by");
    for (auto [key, has, money] :
         {std::make_tuple("min_award", &fund.has_min_award, &fund.min_award),
          std::make_tuple("max_award", &fund.has_max_award, &fund.max_award),
          std::make_tuple("envelope", &fund.has_envelope, &fund.envelope)}) {
      std::string limit = r.text(at + "/" + key);
      if (limit.empty()) continue;
      std::string error;
      if (parse_money(limit, 1, money, &error)) *has = true;
      else r.error(at + "/" + key, error);
    }
    int64_t number = 1;
    if (r.integer(at + "/envelope_years", 1, 10, &number))
      fund.envelope_years = static_cast<int>(number);
    std::string start = r.text(at + "/envelope_start");
    std::string error;
    if (!start.empty()) {
      if (parse_financial_year(start, &fund.envelope_start, &error, years))
        fund.has_envelope_start = true;
      else r.error(at + "/envelope_start", error);
    }
    if (r.integer(at + "/rounds_per_year", 1, 52, &number))
      fund.rounds_per_year = static_cast<int>(number);
    fund.eligible_applicants = r.texts(at + "/eligible_applicants");
    fund.eligible_costs = r.texts(at + "/eligible_costs");
    fund.ineligible_costs = r.texts(at + "/ineligible_costs");
    std::string duration =
        one_of(r, at + "/duration", {"one-off", "one-year-only", "multi-year"});
    if (duration == "one-off") fund.duration = FundDuration::one_off;
    else if (duration == "one-year-only") fund.duration = FundDuration::one_year_only;
    else if (duration == "multi-year") fund.duration = FundDuration::multi_year;
    fund.status = one_of(r, at + "/status", {"open", "closed", "under review"});
    fund.url = r.text(at + "/url");
    if (!fund.url.empty() && !is_web_address(fund.url))
      r.error(at + "/url", "\"url\" must start with https:// or http://");
    if (fund.has_min_award && fund.has_max_award && fund.max_award < fund.min_award)
      r.error(at, "fund \"" + fund.name + "\" has a maximum award below its minimum");
    funds->push_back(fund);
  }
}

// "mechanisms": how money is given, each of a kind whose rules fundpress checks.
void read_mechanisms(JsonFields& r, std::vector<Mechanism>* mechanisms) {
  if (!r.is_array("/mechanisms")) return;
  for (std::size_t i = 0; i < r.at("/mechanisms")->size(); ++i) {
    std::string at = "/mechanisms/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    r.only_keys(at, {"name", "kind", "description", "single_tender_threshold",
                     "single_tender_approver"});
    Mechanism mechanism;
    mechanism.name = r.text(at + "/name", true);
    mechanism.description = r.text(at + "/description");
    std::string kind =
        one_of(r, at + "/kind", {"grant", "contract", "partnership", "aqp", "pooled"});
    if (r.at(at + "/kind") == nullptr) r.error(at, "a mechanism needs its \"kind\"");
    for (MechanismKind k : {MechanismKind::grant, MechanismKind::contract,
                            MechanismKind::partnership, MechanismKind::aqp, MechanismKind::pooled})
      if (kind == mechanism_kind_name(k)) mechanism.kind = k;
    std::string threshold = r.text(at + "/single_tender_threshold");
    std::string error;
    if (!threshold.empty()) {
      if (parse_money(threshold, 1, &mechanism.single_tender_threshold, &error))
        mechanism.has_single_tender_threshold = true;
      else r.error(at + "/single_tender_threshold", error);
    }
    mechanism.single_tender_approver = r.text(at + "/single_tender_approver");
    if ((mechanism.has_single_tender_threshold || !mechanism.single_tender_approver.empty()) &&
        mechanism.kind != MechanismKind::contract)
      r.error(at, "only a contract has a single tender threshold and approver");
    if (!mechanism.name.empty()) mechanisms->push_back(mechanism);
  }
}

// "rules": {"fund-limit": "warning", ...}.
void read_rules(JsonFields& r, RuleSettings* settings) {
  if (!r.is_object("/rules", false)) return;
  for (const auto& item : r.at("/rules")->items()) {
    std::string at = pointer_append("/rules", item.key());
    Rule rule;
    if (!rule_by_code(item.key(), &rule)) {
      r.error(at, "\"" + item.key() + "\" is not a rule fundpress knows (rules: " +
                      rule_codes() + ")");
      continue;
    }
    std::string severity = one_of(r, at, {"error", "warning", "off"});
    if (severity == "error") settings->severity[static_cast<int>(rule)] = RuleSeverity::error;
    else if (severity == "warning")
      settings->severity[static_cast<int>(rule)] = RuleSeverity::warning;
    else if (severity == "off") settings->severity[static_cast<int>(rule)] = RuleSeverity::off;
  }
}

// "significant_change": {"amount": "50,000", "percent": 20}: a change from one
// year to the next that reaches either is listed as significant.
void read_significant_change(JsonFields& r, ChangeThreshold* threshold) {
  if (!r.is_object("/significant_change", false)) return;
  r.only_keys("/significant_change", {"amount", "percent"});
  std::string amount = r.text("/significant_change/amount");
  std::string error;
  Money money;
  if (!amount.empty()) {
    if (!parse_money(amount, 1, &money, &error)) r.error("/significant_change/amount", error);
    else if (money.pence < 0)
      r.error("/significant_change/amount", "the amount of a significant change is not negative");
    else threshold->amount = money;
  }
  int64_t percent;
  if (r.integer("/significant_change/percent", 0, 1000, &percent))
    threshold->percent = static_cast<int>(percent);
}

void read_priorities(JsonFields& r, std::vector<Priority>* priorities) {
  for (auto& [priority, at] :
       named_entries<Priority>(r, "/priorities", {"name", "number", "description"},
                               [&](const std::string&at, Priority*p) {
                                 p->number = r.text(at + "/number");
                                 p->description = r.text(at + "/description");
                               }))
    priorities->push_back(priority);
}

// "plan": aims -> priorities -> focus areas, each keeping the plan's numbering.
// Its priorities join the flat "priorities" list, pointing to their aim.
void read_plan(JsonFields& r, Project* project) {
  if (!r.is_object("/plan", false)) return;
  r.only_keys("/plan", {"name", "aims"});
  project->plan_name = r.text("/plan/name");
  if (!r.is_array("/plan/aims")) return;
  for (std::size_t a = 0; a < r.at("/plan/aims")->size(); ++a) {
    std::string aim_at = "/plan/aims/" + std::to_string(a);
    if (!r.is_object(aim_at, true)) continue;
    r.only_keys(aim_at, {"number", "name", "priorities"});
    Aim aim{r.text(aim_at + "/number"), r.text(aim_at + "/name", true)};
    project->aims.push_back(aim);
    int aim_index = static_cast<int>(project->aims.size()) - 1;
    for (auto& [priority, at] : named_entries<Priority>(
             r, aim_at + "/priorities", {"name", "number", "description", "focus_areas"},
             [&](const std::string& p_at, Priority* p) {
               p->number = r.text(p_at + "/number");
               p->description = r.text(p_at + "/description");
               for (auto& [focus, f_at] :
                    named_entries<FocusArea>(r, p_at + "/focus_areas", {"name", "number"},
                                             [&](const std::string& at2, FocusArea* f) {
                                               f->number = r.text(at2 + "/number");
                                             }))
                 p->focus_areas.push_back(focus);
             })) {
      priority.aim = aim_index;
      project->priorities.push_back(priority);
    }
  }
}

// Areas may contain others; containment must not loop.
void read_areas(JsonFields& r, std::vector<Area>* areas) {
  if (!r.is_array("/areas")) return;
  std::vector<std::vector<std::string>> contains_names;
  for (std::size_t i = 0; i < r.at("/areas")->size(); ++i) {
    std::string at = "/areas/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    r.only_keys(at, {"name", "code", "contains"});
    Area area;
    area.name = r.text(at + "/name", true);
    area.code = r.text(at + "/code");
    if (!area.code.empty() && !is_ons_code(area.code))
      r.error(at + "/code", "\"code\" " + in_quotes(area.code) +
                                " is not an ONS geography code: a letter for the nation and eight "
                                "digits, e.g. \"E23000021\" (Leicestershire's police force area)");
    areas->push_back(area);
    contains_names.push_back(r.texts(at + "/contains"));
  }
  auto find = [&](const std::string& name) {
    for (std::size_t i = 0; i < areas->size(); ++i)
      if ((*areas)[i].name == name) return static_cast<int>(i);
    return -1;
  };
  // Areas named only inside "contains" are areas too.
  for (std::size_t i = 0; i < contains_names.size(); ++i) {
    for (const std::string& name : contains_names[i]) {
      int child = find(name);
      if (child < 0) {
        areas->push_back(Area{name, "", {}});
        child = static_cast<int>(areas->size()) - 1;
      }
      (*areas)[i].contains.push_back(child);
    }
  }
  // A walk from each area must never come back to it.
  for (std::size_t start = 0; start < contains_names.size(); ++start) {
    bool loops = false;
    areas_within(*areas, static_cast<int>(start), &loops);
    if (!loops) continue;
    r.error("/areas/" + std::to_string(start),
            "area \"" + (*areas)[start].name + "\" contains itself through \"contains\"");
    (*areas)[start].contains.clear();
  }
}

void read_display(JsonFields& r, DisplayRules* display) {
  if (!r.is_object("/display", false)) return;
  r.only_keys("/display", {"row_decimals", "total_decimals", "negative", "unit"});
  const json* rows = r.at("/display/row_decimals");
  if (rows) {
    if (rows->is_string() && rows->get<std::string>() == "auto") display->row_decimals = -1;
    else if (rows->is_number_integer() && (*rows == 0 || *rows == 2))
      display->row_decimals = rows->get<int>();
    else
      r.error("/display/row_decimals",
              "\"row_decimals\" must be \"auto\" (pence when not zero), 0 or 2");
  }
  int64_t totals = 0;
  if (r.integer("/display/total_decimals", 0, 2, &totals)) {
    if (totals == 1) r.error("/display/total_decimals", "\"total_decimals\" must be 0 or 2");
    else display->total_decimals = static_cast<int>(totals);
  }
  int64_t unit = 0;
  if (r.integer("/display/unit", 1, 1000000, &unit)) {
    if (unit == 1 || unit == 1000 || unit == 1000000) display->unit = unit;
    else r.error("/display/unit", "\"unit\" must be 1 (pounds), 1000 (£000s) or 1000000 (£m)");
  }
  std::string negative = r.text("/display/negative");
  if (negative == "brackets") display->negative_in_brackets = true;
  else if (!negative.empty() && negative != "minus")
    r.error("/display/negative", "\"negative\" must be \"minus\" or \"brackets\"");
}

// {"2019/20": "Actual 19-20", ...}: a wide table's amount column for each year.
void read_amount_by_year(JsonFields& r, const std::string& at, const YearRange& years,
                         ColumnRules* columns) {
  for (const auto& item : r.at(at)->items()) {
    std::string year_at = pointer_append(at, item.key());
    FinancialYear year;
    std::string error;
    if (!parse_financial_year(item.key(), &year, &error, years)) {
      r.error(year_at, error);
      continue;
    }
    std::string header = r.text(year_at, true);
    if (!header.empty()) columns->amount_by_year.emplace_back(year, header);
  }
}

// Calls `use` with each key of the object at `pointer` that names a field,
// and that key's pointer; reports the keys that name none, with the names
// that do when `list_fields`.
template <typename Use>
void field_keys(JsonFields& r, const std::string& pointer, bool list_fields, Use use) {
  if (!r.is_object(pointer, false)) return;
  for (const auto& item : r.at(pointer)->items()) {
    std::string at = pointer_append(pointer, item.key());
    Field field;
    if (field_by_name(item.key(), &field)) use(field, at);
    else
      r.error(at, "\"" + item.key() + "\" is not a field fundpress knows" +
                      (list_fields ? " (fields: " + field_names() + ")" : ""));
  }
}

void read_columns(JsonFields& r, const std::string& pointer, const YearRange& years,
                  ColumnRules* columns) {
  field_keys(r, pointer, true, [&](Field field, const std::string& at) {
    if (field == Field::amount && r.at(at)->is_object()) {
      read_amount_by_year(r, at, years, columns);
      return;
    }
    std::vector<std::string> names = r.texts(at);
    if (!names.empty()) columns->aliases[field] = names;
  });
}

bool read_measure(JsonFields& r, const std::string& at, Measure* measure) {
  std::string text = r.text(at);
  if (text == "awarded") *measure = Measure::awarded;
  else if (text == "paid") *measure = Measure::paid;
  else if (text == "proposed") *measure = Measure::proposed;
  else if (!text.empty()) r.error(at, "\"measure\" must be \"proposed\", \"awarded\" or \"paid\"");
  return text == "awarded" || text == "paid" || text == "proposed";
}

// A name in the project folder: a file, or a folder of register files.
bool plain_name(JsonFields& r, const std::string& at, const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos || name == ".." || name == ".") {
    r.error(at,
            "an \"awards\" entry must name a file or folder in the project folder, without "
            "a path");
    return false;
  }
  return true;
}

// "awards": "2018-19.csv", "registers" (a folder), or a list of names and
// {"file", "year", "columns", "measure", "sheet"} objects.
void read_awards(JsonFields& r, InputRules* rules) {
  const nlohmann::json* awards = r.at("/awards");
  if (!awards) return;
  auto add = [&](const std::string& at) {
    AwardsEntry entry;
    entry.where = r.position(at);
    if (r.at(at)->is_string()) {
      entry.name = r.text(at);
    } else if (r.at(at)->is_object()) {
      r.only_keys(at, {"file", "year", "columns", "measure", "sheet"});
      entry.name = r.text(at + "/file", true);
      std::string year = r.text(at + "/year"), error;
      if (!year.empty()) {
        if (parse_financial_year(year, &entry.year, &error, rules->years)) entry.has_year = true;
        else r.error(at + "/year", error);
      }
      if (r.at(at + "/columns")) {
        entry.has_columns = true;
        entry.columns = rules->columns;  // what the entry does not name is read as at the top
        read_columns(r, at + "/columns", rules->years, &entry.columns);
      }
      entry.has_measure = read_measure(r, at + "/measure", &entry.measure);
      entry.sheet = r.text(at + "/sheet");
    } else {
      r.error(at, "an \"awards\" entry is a file name or {\"file\": ..., \"year\": ...}");
      return;
    }
    if (plain_name(r, at, entry.name)) rules->awards.push_back(std::move(entry));
  };
  if (awards->is_array()) {
    if (awards->empty()) r.error("/awards", "\"awards\" lists no file");
    for (std::size_t i = 0; i < awards->size(); ++i) add("/awards/" + std::to_string(i));
  } else {
    add("/awards");
  }
}

// "totals": ["Net expenditure", {"label": "Total expenditure", "covers": "section"}].
void read_totals(JsonFields& r, InputRules* rules) {
  for (std::size_t i = 0; r.is_array("/totals") && i < r.at("/totals")->size(); ++i) {
    std::string at = "/totals/" + std::to_string(i);
    ConfiguredTotal total;
    if (r.at(at)->is_string()) {
      total.label = r.text(at);
    } else if (r.is_object(at, true)) {
      r.only_keys(at, {"label", "covers"});
      total.label = r.text(at + "/label", true);
      const nlohmann::json* covers = r.at(at + "/covers");
      if (covers && covers->is_string() && *covers == "above") {
        total.covers.rule = TotalCovers::Rule::above;
      } else if (covers && covers->is_string() && *covers == "section") {
        total.covers.rule = TotalCovers::Rule::section;
      } else if (covers) {
        total.covers.names = r.texts(at + "/covers");
        total.covers.rule = TotalCovers::Rule::named;
        if (total.covers.names.empty())
          r.error(at + "/covers",
                  "\"covers\" is \"above\" (every line above it), \"section\" "
                  "(the lines since the previous heading or total), or a list of "
                  "sections and totals it adds up");
      }
    } else {
      continue;
    }
    if (total.label.empty()) r.error(at, "a total needs its label, as printed");
    else rules->totals.push_back(total);
  }
  rules->not_totals = r.texts("/not_totals");
  std::string printed = r.text("/printed_totals");
  if (printed == "publish-with-note") rules->publish_differing_totals = true;
  else if (!printed.empty() && printed != "error")
    r.error("/printed_totals",
            "\"printed_totals\" must be \"error\" (a printed total that "
            "disagrees with its lines stops the build) or \"publish-with-note\"");
  std::string ceiling = r.text("/line_ceiling");
  std::string error;
  if (!ceiling.empty() && !parse_money(ceiling, 1, &rules->line_ceiling, &error))
    r.error("/line_ceiling", error);
}

void read_labels(JsonFields& r, Wording* wording) {
  field_keys(r, "/labels", false, [&](Field field, const std::string& at) {
    wording->field_labels[field] = year_template(r.text(at));
  });
}

void read_withhold(JsonFields& r, InputRules* rules) {
  if (!r.is_array("/withhold")) return;
  for (std::size_t i = 0; i < r.at("/withhold")->size(); ++i) {
    std::string at = "/withhold/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    r.only_keys(at, {"field", "equals", "reason"});
    WithholdRule rule;
    std::string field = r.text(at + "/field", true);
    if (!field.empty() && !field_by_name(field, &rule.field)) {
      r.error(at + "/field", "\"" + field + "\" is not a field fundpress knows");
      continue;
    }
    rule.values = r.texts(at + "/equals");
    rule.reason = r.text(at + "/reason", true);
    rule.where = r.position(at);
    if (rule.values.empty())
      r.error(at, "a withhold rule needs \"equals\": the values to withhold");
    else rules->withhold.push_back(rule);
  }
}

// Placeholders finance systems write where no recipient is chosen yet. The
// patterns match whole names, so "Various Voices Choir" is a recipient.
const char* const default_not_a_recipient[] = {"*to be confirmed*",
                                               "*to be agreed*",
                                               "*to be decided*",
                                               "*to be determined*",
                                               "*not yet known*",
                                               "tbc",
                                               "tbc *",
                                               "tba",
                                               "tbd",
                                               "various",
                                               "various -*",
                                               "various \xE2\x80\x93*",
                                               "various:*",
                                               "various (*",
                                               "unknown",
                                               "not known",
                                               "n/a",
                                               "none",
                                               "unallocated*"};

// Names that stand for the publisher's own force or office: its money, kept.
const char* const default_internal[] = {"force",
                                        "the force",
                                        "* constabulary",
                                        "constabulary",
                                        "* police",
                                        "police",
                                        "pcc",
                                        "opcc",
                                        "pcc's office",
                                        "pcc office",
                                        "office of the pcc",
                                        "office of the police and crime commissioner*",
                                        "police and crime commissioner*"};

void read_threesixtygiving(JsonFields& r, SiteOptions* site) {
  site->not_a_recipient.assign(std::begin(default_not_a_recipient),
                               std::end(default_not_a_recipient));
  site->internal_recipients.assign(std::begin(default_internal), std::end(default_internal));
  if (!r.is_object("/threesixtygiving", false)) return;
  r.only_keys("/threesixtygiving", {"prefix", "funder_id", "not_a_recipient", "internal"});
  if (r.at("/threesixtygiving/internal")) {
    site->internal_recipients = r.texts("/threesixtygiving/internal");
    for (const std::string& pattern : site->internal_recipients)
      if (pattern.find_first_not_of(" *") == std::string::npos)
        r.error("/threesixtygiving/internal",
                "pattern \"" + pattern + "\" would match every organisation; list names such as "
                "\"Force\" or \"PCC's office\"");
  }
  site->threesixtygiving_prefix = r.text("/threesixtygiving/prefix");
  const std::string& prefix = site->threesixtygiving_prefix;
  if (!prefix.empty() && !starts_with(prefix, "360G-"))
    r.error("/threesixtygiving/prefix", "a 360Giving prefix starts \"360G-\"");
  site->threesixtygiving_funder_id = r.text("/threesixtygiving/funder_id");
  if (r.at("/threesixtygiving/not_a_recipient")) {
    site->not_a_recipient = r.texts("/threesixtygiving/not_a_recipient");
    for (const std::string& pattern : site->not_a_recipient)
      if (pattern.find_first_not_of(" *") == std::string::npos)
        r.error("/threesixtygiving/not_a_recipient",
                "pattern \"" + pattern +
                    "\" would match every organisation; list names such as "
                    "\"To be confirmed\" or \"Various*\"");
  }
}

}  // namespace

bool check_config(const JsonDocument& config, Project* project, InputRules* rules,
                  Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  JsonFields r(config, diagnostics);
  if (!config.value.is_object()) {
    r.error("", "fundpress.json must be an object: { \"publisher\": { \"name\": ... }, ... }");
    return false;
  }
  r.only_keys("", {"publisher",
                   "as_of",
                   "measure",
                   "year",
                   "amount_unit",
                   "csv",
                   "xlsx",
                   "awards",
                   "columns",
                   "labels",
                   "sections",
                   "funds",
                   "priorities",
                   "areas",
                   "organisations",
                   "display",
                   "report",
                   "unknown_amount_statuses",
                   "withhold",
                   "personal_data",
                   "site",
                   "accessibility",
                   "licence",
                   "languages",
                   "threesixtygiving",
                   "totals",
                   "not_totals",
                   "printed_totals",
                   "line_ceiling",
                   "year_range",
                   "plan",
                   "mechanisms",
                   "retention_years",
                   "rules",
                   "significant_change"});
  read_publisher(r, &project->publisher);
  // First: every date and year below is read within it.
  if (r.is_array("/year_range")) {
    int64_t from = 0, to = 0;
    bool read = r.at("/year_range")->size() == 2 && r.integer("/year_range/0", 1900, 2200, &from) &&
                r.integer("/year_range/1", 1900, 2200, &to);
    if (read && from < to) rules->years = YearRange{static_cast<int>(from), static_cast<int>(to)};
    else
      r.error("/year_range",
              "\"year_range\" must be two years, the earliest and the latest, e.g. [1985, 2100]");
  }

  std::string as_of = r.text("/as_of");
  std::string error;
  if (!as_of.empty() && !parse_date(as_of, &project->as_of, &error, rules->years))
    r.error("/as_of", error);

  read_measure(r, "/measure", &project->measure);

  std::string year = r.text("/year");
  if (!year.empty()) {
    if (parse_financial_year(year, &rules->default_year, &error, rules->years))
      rules->has_default_year = true;
    else r.error("/year", error);
  }
  int64_t unit;
  if (r.integer("/amount_unit", 1, 1000000, &unit)) {
    if (unit == 1 || unit == 1000 || unit == 1000000) rules->amount_unit = unit;
    else r.error("/amount_unit", "\"amount_unit\" must be 1, 1000 or 1000000");
  }
  if (r.is_object("/csv", false)) {
    r.only_keys("/csv", {"delimiter"});
    std::string delimiter = r.text("/csv/delimiter");
    if (delimiter == "\\t" || delimiter == "\t") rules->delimiter = '\t';
    else if (delimiter.size() == 1 && delimiter != "\"" && delimiter != "\n" && delimiter != "\r")
      rules->delimiter = delimiter[0];
    else if (!delimiter.empty()) r.error("/csv/delimiter", "\"delimiter\" must be one character");
  }
  if (r.is_object("/xlsx", false)) {
    r.only_keys("/xlsx", {"sheet"});
    rules->xlsx_sheet = r.text("/xlsx/sheet");
  }
  read_columns(r, "/columns", rules->years, &rules->columns);
  read_awards(r, rules);
  read_totals(r, rules);
  read_labels(r, &project->wording);
  read_sections(r, &project->sections);
  read_funds(r, rules->years, &project->funds);
  rules->funds_at = r.position("/funds");
  if (r.at("/columns/section")) rules->section_column_at = r.position("/columns/section");
  read_priorities(r, &project->priorities);
  read_plan(r, project);
  read_mechanisms(r, &project->mechanisms);
  int64_t retention = 0;
  if (r.integer("/retention_years", 1, 100, &retention))
    project->retention_years = static_cast<int>(retention);
  read_rules(r, &rules->rule_settings);
  read_areas(r, &project->areas);
  read_organisations(r, &rules->organisations);
  read_display(r, &project->display);
  read_significant_change(r, &project->significant_change);

  if (r.is_object("/report", false)) {
    r.only_keys("/report", {"title", "grand_total_label", "columns", "part_lines"});
    int64_t part_lines;
    if (r.integer("/report/part_lines", 10, 1000000, &part_lines))
      project->site.report_part_lines = static_cast<int>(part_lines);
    project->wording.report_title = r.text("/report/title");
    for (const std::string& name : r.texts("/report/columns")) {
      Field field;
      if (!field_by_name(name, &field))
        r.error("/report/columns", "\"" + name + "\" is not a field fundpress knows");
      else if (field == Field::year || field == Field::section || field == Field::note)
        r.error("/report/columns",
                "\"" + name + "\" is shown by the table's layout, not as a column");
      else project->wording.report_columns.push_back(field);
    }
    if (r.at("/report/columns") &&
        std::find(project->wording.report_columns.begin(), project->wording.report_columns.end(),
                  Field::amount) == project->wording.report_columns.end())
      r.error("/report/columns", "the report's columns must include \"amount\"");
    project->wording.grand_total_label = r.text("/report/grand_total_label");
  }
  if (project->wording.report_title.empty()) project->wording.report_title = default_report_title();
  if (project->wording.grand_total_label.empty())
    project->wording.grand_total_label = default_grand_total();

  rules->unknown_amount_statuses = r.texts("/unknown_amount_statuses");
  read_withhold(r, rules);
  read_personal_data(r, &rules->personal_data);

  if (r.is_object("/site", false)) {
    r.only_keys("/site", {"page_size", "listing_page_size", "register_shard_rows",
                          "search_shard_entries", "base_url", "notice"});
    int64_t page_size;
    if (r.integer("/site/page_size", 5, 1000, &page_size))
      project->site.page_size = static_cast<int>(page_size);
    if (r.integer("/site/listing_page_size", 50, 100000, &page_size))
      project->site.listing_page_size = static_cast<int>(page_size);
    int64_t shard_rows;
    if (r.integer("/site/register_shard_rows", 10, 100000, &shard_rows))
      project->site.register_shard_rows = static_cast<int>(shard_rows);
    if (r.integer("/site/search_shard_entries", 10, 100000, &shard_rows))
      project->site.search_shard_entries = static_cast<int>(shard_rows);
    project->site.notice = r.text("/site/notice");
  }
  read_base_url(r, &project->site);
  if (r.is_object("/accessibility", false)) {
    r.only_keys("/accessibility", {"contact", "known_issues", "last_tested"});
    project->site.accessibility_contact = r.text("/accessibility/contact");
    project->site.accessibility_known_issues = r.text("/accessibility/known_issues");
    project->site.accessibility_tested = r.text("/accessibility/last_tested");
  }
  if (r.is_object("/licence", false)) {
    r.only_keys("/licence", {"name", "url"});
    project->wording.licence_name = r.text("/licence/name");
    project->wording.licence_url = r.text("/licence/url");
    if (!project->wording.licence_url.empty() && !is_web_address(project->wording.licence_url))
      r.error("/licence/url", "\"url\" must start with https:// or http://");
  }
  if (project->wording.licence_name.empty()) {
    project->wording.licence_name = "Open Government Licence v3.0";
    project->wording.licence_url =
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
  }
  read_threesixtygiving(r, &project->site);
  read_languages(r, project);
  return diagnostics.error_count() == errors_before;
}

}  // namespace fundpress
