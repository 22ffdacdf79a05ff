// `fundpress init REGISTER`: a publisher folder started from a finance
// export: the register copied in as awards.<ext>, and a fundpress.json with
// what the register's own layout says (check/register_guess.h), each setting
// explained by a comment key ("//..."), for `check` to accept as it stands.
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "check/register_guess.h"
#include "cli/commands.h"
#include "cli/diagnostics_report.h"
#include "load/file.h"
#include "load/json_reader.h"
#include "load/json_rows.h"
#include "load/xlsx_reader.h"
#include "model/text.h"

namespace fundpress {
namespace {

using Json = nlohmann::ordered_json;

bool write_file(const std::string& path, const std::string& bytes, std::string* error) {
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  file.close();
  if (!file) *error = system_error("cannot write " + path);
  return static_cast<bool>(file);
}

// Every row of the register, as check's loaders read it.
bool read_rows(const std::string& path, const std::string& extension, std::vector<Row>* rows,
               Diagnostics& diagnostics) {
  auto keep = [rows](Row& row) { rows->push_back(row); };
  if (extension == "xlsx")
    return read_xlsx(path, path, XlsxOptions{}, keep, diagnostics) != XlsxRead::unreadable &&
           !diagnostics.has_errors();
  std::string bytes, error;
  if (!read_file(path, &bytes, &error)) {
    diagnostics.error(Position{path, 0, 0}, error, "io");
    return false;
  }
  if (extension == "json") {
    JsonDocument document;
    return read_json(bytes, path, &document, diagnostics) &&
           json_rows(document, [&](Row& row) { keep(row); return true; }, diagnostics);
  }
  return read_csv(bytes, path, CsvOptions{}, keep, diagnostics) && !diagnostics.has_errors();
}

std::string from_name(RegisterGuess::From from, const std::string& field) {
  switch (from) {
    case RegisterGuess::From::column: return "the " + field + " column";
    case RegisterGuess::From::headings: return "the column headings";
    case RegisterGuess::From::dates: return "the award dates";
    case RegisterGuess::From::nothing: break;
  }
  return "nothing";
}

std::string listed(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + in_quotes(name);
  return text;
}

Json settings(const RegisterGuess& guess, const std::string& source, const std::string& awards,
              const std::string& publisher) {
  Json config;
  config["//"] = "Settings of this publisher folder, started by fundpress init from " + source +
                 ". A key starting with // is a comment and is ignored. Every setting is in "
                 "fundpress's README.md, under \"fundpress.json\".";
  config["//publisher"] = "Who publishes: the name on every page. Add short_name, area, website.";
  config["publisher"] = {{"name", publisher}};
  config["//awards"] = "The register, copied here from " + source + ".";
  config["awards"] = awards;
  Json columns = Json::object();
  for (const ColumnGuess& column : guess.columns)
    columns[field_info(column.field).name] = column.header;
  if (!columns.empty()) {
    std::string comment =
        "Which column holds each field, by its header (case and spacing ignored).";
    if (!guess.year_columns.empty())
      comment += " The amounts are in the columns whose headings name a financial year (" +
                 listed(guess.year_columns) + "), one a year.";
    if (!guess.unplaced.empty())
      comment += " No field was found for " + listed(guess.unplaced) +
                 ": name one here if it holds a field, or leave it (check warns of it).";
    config["//columns"] = comment;
    config["columns"] = columns;
  }
  if (!guess.sections.empty()) {
    config["//sections"] = "The sections in report order, read from " +
                           from_name(guess.sections_from, "section") +
                           (guess.sections_from == RegisterGuess::From::headings
                                ? " (a heading row is the section of the lines below it)"
                                : std::string()) +
                           ". Each may take a heading and a subtotal_label.";
    Json sections = Json::array();
    for (const std::string& name : guess.sections) sections.push_back({{"name", name}});
    config["sections"] = sections;
  }
  if (!guess.years.empty()) {
    std::string years;
    for (FinancialYear year : guess.years) years += (years.empty() ? "" : ", ") + year.label();
    config["//years"] = "Financial years found (" + years + "), from " +
                        from_name(guess.years_from, "year") + ".";
  }
  if (guess.years.size() == 1) {
    config["//year"] = "The year of rows that say none.";
    config["year"] = guess.years.back().label();
  }
  config["//measure"] =
      "Add \"measure\": what the amounts are: \"proposed\" (a budget, the default), "
      "\"awarded\" or \"paid\". A heading that says (\"2019/20 Actual\") decides for its year.";
  return config;
}

}  // namespace

int run_init(const InitOptions& options, std::ostream& err) {
  const std::string& path = options.register_path;
  std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  std::string extension = ascii_lower(name.substr(name.rfind('.') == std::string::npos
                                                      ? name.size()
                                                      : name.rfind('.') + 1));
  if (extension != "csv" && extension != "json" && extension != "xlsx") {
    err << "fundpress: error: " << path
        << " is not a register fundpress reads: a .csv, .json or .xlsx file\n";
    return 2;
  }
  std::string out = options.out_dir;
  if (out.empty()) out = name.substr(0, name.rfind('.'));
  std::string config_path = out + "/fundpress.json";
  if (is_file(config_path) || is_symlink(config_path)) {
    err << "fundpress: error: " << config_path
        << " exists; init never overwrites one: choose another folder with --out\n";
    return 2;
  }
  Diagnostics diagnostics;
  std::vector<Row> rows;
  RegisterGuess guess;
  bool read = read_rows(path, extension, &rows, diagnostics);
  if (!read || !guess_register(rows, path, &guess, diagnostics)) {
    print_diagnostics(diagnostics, err);
    err << "fundpress: nothing written\n";
    return read ? 1 : 2;
  }
  print_diagnostics(diagnostics, err);

  std::string awards = "awards." + extension, bytes, error;
  std::error_code made;
  std::filesystem::create_directories(out, made);
  if (made) error = "cannot make " + out + ": " + made.message();
  if (made || !read_file(path, &bytes, &error) ||
      !write_file(out + "/" + awards, bytes, &error) ||
      !write_file(config_path,
                  settings(guess, name, awards, options.publisher).dump(2) + "\n", &error)) {
    err << "fundpress: error: " << error << '\n';
    return 2;
  }
  for (const ColumnGuess& column : guess.columns)
    err << "fundpress: init: " << in_quotes(column.header) << " is "
        << field_info(column.field).name << (column.by_word ? " (by a word in its header)" : "")
        << '\n';
  for (const std::string& header : guess.year_columns)
    err << "fundpress: init: " << in_quotes(header) << " is the amount of the year it names\n";
  if (!guess.unplaced.empty())
    err << "fundpress: init: no field found for " << listed(guess.unplaced)
        << ": name them in \"columns\" if they hold one\n";
  if (!guess.sections.empty())
    err << "fundpress: init: " << guess.sections.size() << " sections from "
        << from_name(guess.sections_from, "section") << '\n';
  if (guess.years.empty())
    err << "fundpress: init: no financial year found: set \"year\" (\"2024/25\") in "
        << config_path << '\n';
  err << "fundpress: init: wrote " << config_path << " and " << out << "/" << awards
      << "; set the publisher's name and the measure, then: fundpress check " << out << '\n';
  return 0;
}

}  // namespace fundpress
