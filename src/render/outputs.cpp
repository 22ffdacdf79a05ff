#include "render/outputs.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <utility>

#include "render/awards_csv.h"
#include "render/awards_json.h"
#include "render/favicon.h"
#include "render/fingerprint.h"
#include "render/free_json.h"
#include "render/internal_marking.h"
#include "render/markdown.h"
#include "render/report_xlsx.h"
#include "render/threesixtygiving.h"
#include "render/workbook.h"
#include "view/award_view.h"
#include "view/downloads_plan.h"
#include "view/fund_view.h"
#include "view/home_view.h"
#include "view/input_digest.h"
#include "view/lazy_list.h"
#include "view/listing_view.h"
#include "view/page.h"
#include "view/prose_view.h"
#include "view/register_page.h"
#include "view/reports_plan.h"
#include "view/search_index.h"
#include "view/workbook_view.h"

namespace fundpress {
namespace {

// A source's inputs, fed into a fingerprint.
class FingerprintDigest : public InputDigest {
 public:
  explicit FingerprintDigest(Fingerprint& fingerprint) : fingerprint_(fingerprint) {}
  void add(std::string_view bytes) override { fingerprint_.add(bytes); }
  void add(std::uint64_t number) override { fingerprint_.add(number); }

 private:
  Fingerprint& fingerprint_;
};

// The layout every page of the site is rendered inside.
const char* const page_layout = "site/layout.html.mustache";

const nlohmann::json& globals_for(const WriteInputs& in, const PlannedOutput& output) {
  if (output.language >= in.globals.size())
    throw std::logic_error("no page globals for the language of " + output.path);
  return in.globals[output.language];
}

bool write_report_workbook(const WriteInputs& in, FinancialYear year, const std::string& real_path,
                           std::string* error) {
  // Its lines are the year's in the rollup the report's page was made from.
  if (!in.years) {
    *error = "the report workbook needs the plan's years rollup";
    return false;
  }
  const YearLines& lines = in.years->lines[static_cast<std::size_t>(year_key(in.project, year))];
  return write_report_xlsx(in.project, build_report(in.project, lines), lines, real_path,
                           in.created, error, in.workbook_lines);
}

bool write_annual_workbook(const WriteInputs& in, FinancialYear year, const std::string& real_path,
                           std::string* error) {
  // Its Changes sheet must be the year page's: never a workbook without it.
  if (!in.years) {
    *error = "the annual workbook needs the plan's years rollup";
    return false;
  }
  auto y = static_cast<std::size_t>(year_key(in.project, year));
  WorkbookView view = workbook_view(in.project, in.years->lines[y], in.downloads.layout,
                                    xlsx_max_rows, in.years->ending_in(y));
  return write_workbook(view, real_path, in.created, error, WorkbookLimits(), in.workbook_lines);
}

// The index in Project::years of a workbook's year, or -1 (with no years
// rollup, or a year the register lacks, its writer fails: nothing to keep;
// with no award, site or years digest, its inputs cannot be fed).
int workbook_year(const Output& output, const WriteInputs& in) {
  int y = year_key(in.project, output.planned.year);
  return in.years && in.awards && !in.site_digest.empty() && !in.years_digest.empty() && y >= 0 &&
                 static_cast<std::size_t>(y) < in.years->lines.size()
             ? y
             : -1;
}

// A report workbook reads the project and its year's lines.
bool report_workbook_inputs(const Output& output, const WriteInputs& in, InputDigest& digest) {
  int y = workbook_year(output, in);
  if (y < 0) return false;
  digest.add(in.site_digest);
  digest.add(in.years_digest);
  feed_awards(*in.awards, in.years->lines[static_cast<std::size_t>(y)].awards, digest);
  return true;
}

// An annual workbook reads the project, the layout, its year's lines and the
// year before's, which its Changes sheet compares.
bool annual_workbook_inputs(const Output& output, const WriteInputs& in, InputDigest& digest) {
  int y = workbook_year(output, in);
  if (y < 0) return false;
  digest.add(in.site_digest);
  feed_layout(in.downloads.layout, digest);
  digest.add(in.years_digest);
  digest.add(std::uint64_t{xlsx_max_rows});
  feed_awards(*in.awards, in.years->lines[static_cast<std::size_t>(y)].awards, digest);
  if (y > 0)
    feed_awards(*in.awards, in.years->lines[static_cast<std::size_t>(y) - 1].awards, digest);
  return true;
}

// A download of every line (CSV, JSON, 360Giving) reads the project and every line.
bool every_line_inputs(const Output&, const WriteInputs& in, InputDigest& digest) {
  if (!in.awards || in.site_digest.empty()) return false;
  std::vector<std::size_t> every(in.project.awards.size());
  std::iota(every.begin(), every.end(), std::size_t{0});
  digest.add(in.site_digest);
  feed_awards(*in.awards, every, digest);
  return true;
}

// This thread's buffer for a rendered page, emptied: kept from page to page, so
// it grows to the largest page once (Templates::render_to).
std::string& render_buffer() {
  thread_local std::string buffer;
  buffer.clear();
  return buffer;
}

}  // namespace

const std::vector<OutputKind>& output_kinds() {
  using K = OutputKind;
  static const std::vector<OutputKind> kinds = {
      // The annual-report appendix, three ways from one view (view/report_view.h).
      K::page("reports index", "reports/index.html", "reports/index.html.mustache",
              plan_reports_index),
      K::page("report",
              "reports/<year>/commissioning-budget.html | "
              "reports/<year>/commissioning-budget-part-<n>.html",
              "reports/commissioning-budget.html.mustache", plan_report_pages),
      K::document("report as Markdown",
                  "reports/<year>/commissioning-budget.md | "
                  "reports/<year>/commissioning-budget-part-<n>.md",
                  "reports/commissioning-budget.md.mustache", plan_report_markdown),
      K::workbook("report as a workbook", "reports/<year>/commissioning-budget.xlsx",
                  plan_report_workbooks, write_report_workbook)
          .kept_by(report_workbook_inputs),
      // The website.
      K::page("home page", "index.html", "site/home.html.mustache", plan_home),
      K::page("register page", "register/index.html | register/page/<n>/index.html",
              "site/register.html.mustache", plan_register_pages),
      K::document("register data", "register/awards.js", "register/awards.js.mustache",
                  plan_register_data),
      K::document("register data part", "register/data/<n>.js", "register/part.js.mustache",
                  plan_register_parts),
      K::document("search index", "search/index.js | search/<shard>.js", "search/shard.js.mustache",
                  plan_search_index),
      K::page("award page", "awards/<id>/index.html", "site/award.html.mustache", plan_award_pages),
      K::page("listing", "<dimension>/index.html | <dimension>/page/<n>/index.html",
              "site/listing-index.html.mustache", plan_listing_indexes),
      K::page("listing item",
              "<dimension>/<slug>/index.html | <dimension>/<slug>/page/<n>/index.html",
              "site/listing-item.html.mustache", plan_listing_items),
      K::page("fund page", "funds/<slug>/index.html | funds/<slug>/page/<n>/index.html",
              "site/fund.html.mustache", plan_fund_pages),
      K::page("prose page", "<page>/index.html", "site/prose.html.mustache", plan_prose_pages),
      K::page("glossary", "glossary/index.html", "site/glossary.html.mustache", plan_glossary),
      K::page("accessibility statement", "accessibility/index.html",
              "site/accessibility.html.mustache", plan_accessibility),
      K::page("not found", "404.html", "site/404.html.mustache", plan_not_found),
      K::asset("asset", "assets/<file>", plan_assets),
      K::bytes("favicon", "favicon.ico", plan_favicon,
               [](const WriteInputs&) { return favicon_ico(); }),
      // The open data (view/downloads_view.h).
      K::page("downloads page", "downloads/index.html", "downloads/index.html.mustache",
              plan_downloads_page)
          .written_last(),
      K::stream("register as CSV", "downloads/awards.csv", plan_awards_csv,
                [](const WriteInputs& in, OutputStream& out, std::string* error) {
                  return render_awards_csv(in.downloads.register_rows, out, error);
                })
          .kept_by(every_line_inputs),
      K::json("CSV on the Web metadata", "downloads/awards.csv-metadata.json", plan_csv_metadata),
      K::stream("register as JSON", "downloads/awards.json", plan_awards_json,
                [](const WriteInputs& in, OutputStream& out, std::string* error) {
                  return render_awards_json(in.downloads.register_rows, out, error);
                })
          .kept_by(every_line_inputs),
      K::json("JSON Schema", "downloads/awards.schema.json", plan_awards_schema),
      K::stream("360Giving JSON", "downloads/360giving.json", plan_grants_json,
                [](const WriteInputs& in, OutputStream& out, std::string* error) {
                  return render_threesixtygiving_json(in.downloads.grants, out, error);
                })
          .kept_by(every_line_inputs),
      K::stream("360Giving CSV", "downloads/360giving.csv", plan_grants_csv,
                [](const WriteInputs& in, OutputStream& out, std::string* error) {
                  return render_threesixtygiving_csv(in.downloads.grants, out, error);
                })
          .kept_by(every_line_inputs),
      K::workbook("annual workbook", "downloads/fundpress-<year>.xlsx", plan_workbooks,
                  write_annual_workbook)
          .kept_by(annual_workbook_inputs),
  };
  return kinds;
}

OutputKind OutputKind::written_last() && {
  last = true;
  return std::move(*this);
}

OutputKind OutputKind::kept_by(decltype(inputs) feed) && {
  inputs = std::move(feed);
  return std::move(*this);
}

OutputKind OutputKind::page(std::string name, std::string path_rule, std::string template_path,
                            Planner plan) {
  Writer write = [template_path](const PlannedOutput& output, const nlohmann::json& context,
                                 const WriteInputs& in, OutputSink* sink, std::string* error) {
    std::string& page = render_buffer();
    in.templates.render_to(&page, page_layout, context, template_path, &globals_for(in, output));
    return sink->write(output.path, page, error);
  };
  OutputKind kind{std::move(name),  std::move(path_rule), plan,
                  std::move(write), template_path,        page_layout};
  kind.from_context = true;
  return kind;
}

OutputKind OutputKind::document(std::string name, std::string path_rule, std::string template_path,
                                Planner plan) {
  Writer write = [template_path](const PlannedOutput& output, const nlohmann::json& context,
                                 const WriteInputs& in, OutputSink* sink, std::string* error) {
    std::string& document = render_buffer();
    in.templates.render_to(&document, template_path, context, "", &globals_for(in, output));
    return sink->write(output.path, document, error);
  };
  OutputKind kind{std::move(name), std::move(path_rule), plan, std::move(write), template_path, ""};
  kind.from_context = true;
  return kind;
}

OutputKind OutputKind::asset(std::string name, std::string path_rule, Planner plan) {
  // An asset's path in the site is its path in the theme.
  Writer write = [](const PlannedOutput& output, const nlohmann::json&, const WriteInputs& in,
                    OutputSink* sink, std::string* error) {
    return sink->write(output.path, in.templates.file(output.path), error);
  };
  return OutputKind{std::move(name), std::move(path_rule), plan, std::move(write), "", "", false};
}

OutputKind OutputKind::json(std::string name, std::string path_rule, Planner plan) {
  Writer write = [](const PlannedOutput& output, const nlohmann::json& context, const WriteInputs&,
                    OutputSink* sink, std::string* error) {
    return sink->write(output.path, context.dump(2) + "\n", error);
  };
  OutputKind kind{std::move(name), std::move(path_rule), plan, std::move(write), "", ""};
  kind.from_context = true;
  return kind;
}

OutputKind OutputKind::bytes(std::string name, std::string path_rule, Planner plan,
                             std::function<std::string(const WriteInputs& in)> make) {
  Writer write = [make](const PlannedOutput& output, const nlohmann::json&, const WriteInputs& in,
                        OutputSink* sink,
                        std::string* error) { return sink->write(output.path, make(in), error); };
  return OutputKind{std::move(name), std::move(path_rule), plan, std::move(write), "", "", false};
}

OutputKind OutputKind::stream(
    std::string name, std::string path_rule, Planner plan,
    std::function<bool(const WriteInputs& in, OutputStream& out, std::string* error)> write_to) {
  Writer write = [write_to](const PlannedOutput& output, const nlohmann::json&,
                            const WriteInputs& in, OutputSink* sink, std::string* error) {
    return sink->write_stream(
        output.path, [&](OutputStream& out, std::string* why) { return write_to(in, out, why); },
        error);
  };
  return OutputKind{std::move(name), std::move(path_rule), plan, std::move(write), "", "", false};
}

OutputKind OutputKind::workbook(
    std::string name, std::string path_rule, Planner plan,
    std::function<bool(const WriteInputs& in, FinancialYear year, const std::string& real_path,
                       std::string* error)>
        write_at) {
  Writer write = [write_at](const PlannedOutput& output, const nlohmann::json&,
                            const WriteInputs& in, OutputSink* sink, std::string* error) {
    return sink->write_file(
        output.path,
        [&](const std::string& real_path, std::string* why) {
          return write_at(in, output.year, real_path, why);
        },
        error);
  };
  OutputKind kind{std::move(name), std::move(path_rule), plan, std::move(write), "", "", false};
  kind.long_running = true;
  return kind;
}

void complete_plan_inputs(PlanInputs* in) {
  if (!in->years) in->years = std::make_shared<const YearsRollup>(roll_up_years(in->project));
  if (!in->digest)
    in->digest = [](const std::function<void(InputDigest&)>& feed) {
      Fingerprint fingerprint;
      FingerprintDigest digest(fingerprint);
      feed(digest);
      return fingerprint.hex();
    };
  if (!in->area_lines)
    in->area_lines = std::make_shared<const AreaLines>(lines_of_each_area(in->project));
  if (!in->awards) in->awards = std::make_shared<const AwardDigests>(in->project, in->digest);
  if (!in->navigation) in->navigation = std::make_shared<const Navigation>(in->project, in->paths);
  if (in->site_digest.empty())
    in->site_digest = in->digest([&](InputDigest& digest) {
      feed_project(in->project, digest);
      in->paths.feed(digest);
    });
  if (in->years_digest.empty())
    in->years_digest = in->digest([&](InputDigest& digest) { feed_years(*in->years, digest); });
}

std::vector<Output> plan_outputs(const PlanInputs& given) {
  PlanInputs in = given;
  complete_plan_inputs(&in);
  // A language other than the default has only the pages and the search index
  // that leads to them, in its own folder: downloads, documents and assets are
  // written once, by the default's plan.
  std::string folder = language_folder(in.project, in.project.language);
  std::vector<std::pair<const OutputKind*, std::vector<PlannedOutput>>> by_kind;
  for (const OutputKind& kind : output_kinds())
    if (folder.empty() || kind.layout == page_layout || kind.name == "search index")
      by_kind.emplace_back(&kind, std::vector<PlannedOutput>());
  // The kinds are planned on every core (or `threads`), each into its own
  // list: planners read the inputs and nothing else, and a large register's
  // (the search index, the award pages) take as long as all the others.
  std::atomic<std::size_t> next{0};
  std::mutex failed_mutex;
  std::exception_ptr failed;
  auto plan_kinds = [&] {
    for (std::size_t k = next++; k < by_kind.size(); k = next++) {
      try {
        by_kind[k].first->plan(in, &by_kind[k].second);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failed_mutex);
        if (!failed) failed = std::current_exception();
      }
    }
  };
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned threads = in.threads ? std::min(in.threads, cores) : cores;
  std::vector<std::thread> helpers;
  try {
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(plan_kinds);
  } catch (const std::system_error&) {
    // A thread that cannot start leaves its share to those that did.
  }
  plan_kinds();
  for (std::thread& helper : helpers) helper.join();
  if (failed) std::rethrow_exception(failed);
  std::size_t count = 0;
  for (const auto& [kind, planned] : by_kind) count += planned.size();
  // Reserved once: a million outputs grown by doubling kept room for a million
  // more, about 100 MB, for the whole build.
  std::vector<Output> outputs;
  outputs.reserve(count);
  for (auto& [kind, planned] : by_kind) {
    for (PlannedOutput& output : planned) {
      output.path = folder + output.path;
      output.language = in.project.language;
      outputs.push_back(Output{kind, std::move(output)});
    }
    std::vector<PlannedOutput>().swap(planned);  // freed as soon as it is moved
  }
  return outputs;
}

namespace {

// The context with its long lists as handles, valid in the caller's LazyListScope.
nlohmann::json lazy_output_context(const Output& output) {
  const PlannedOutput& planned = output.planned;
  nlohmann::json context =
      planned.source ? planned.source->context(planned.item) : nlohmann::json();
  const ProseText* prose = planned.prose.get();
  if (prose && !prose->html_at.empty())
    context[nlohmann::json::json_pointer(prose->html_at)] =
        markdown_to_html(prose->markdown, *prose->abbreviations).html;
  return context;
}

}  // namespace

nlohmann::json output_context(const Output& output) {
  LazyListScope lists;
  nlohmann::json context = lazy_output_context(output);
  expand_lazy_lists(&context);
  return context;
}

namespace {

// A streamed file of an internal build: marked in its first piece, which
// holds its start (a JSON document's "{"); a file left empty is marked too.
class MarkingStream : public OutputStream {
 public:
  MarkingStream(const std::string& path, OutputStream& inner) : path_(path), inner_(inner) {}
  bool write(std::string_view bytes, std::string* error) override {
    if (marked_ || bytes.empty()) return inner_.write(bytes, error);
    return mark(bytes, error);
  }
  bool finish(std::string* error) { return marked_ || mark("", error); }

 private:
  bool mark(std::string_view first, std::string* error) {
    marked_ = true;
    std::string marked;
    return mark_internal(path_, first, &marked, error) && inner_.write(marked, error);
  }

  const std::string& path_;
  OutputStream& inner_;
  bool marked_ = false;
};

// Marks every file of an internal build as it is written (render/internal_marking.h);
// a workbook marks itself, as it is written by libxlsxwriter.
class MarkingSink : public OutputSink {
 public:
  explicit MarkingSink(OutputSink* inner) : inner_(inner) {}
  bool write(const std::string& path, std::string_view bytes, std::string* error) override {
    std::string marked;
    return mark_internal(path, bytes, &marked, error) && inner_->write(path, marked, error);
  }
  bool write_stream(const std::string& path, const StreamWriter& write_to,
                    std::string* error) override {
    return inner_->write_stream(path, marked(path, write_to), error);
  }
  bool write_stream_fingerprinted(const std::string& path, const StreamWriter& write_to,
                                  const std::string& fingerprint, std::string* error) override {
    return inner_->write_stream_fingerprinted(path, marked(path, write_to), fingerprint, error);
  }
  bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error) override {
    return inner_->write_file(path, write_at, error);
  }
  bool keep(const std::string& path, const std::string& fingerprint) override {
    return inner_->keep(path, fingerprint);
  }
  bool write_file_fingerprinted(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      const std::string& fingerprint, std::string* error) override {
    return inner_->write_file_fingerprinted(path, write_at, fingerprint, error);
  }
  bool write_fingerprinted(const std::string& path, std::string_view bytes,
                           const std::string& fingerprint, std::string* error) override {
    std::string marked;
    return mark_internal(path, bytes, &marked, error) &&
           inner_->write_fingerprinted(path, marked, fingerprint, error);
  }

 private:
  static StreamWriter marked(const std::string& path, const StreamWriter& write_to) {
    return [&path, &write_to](OutputStream& out, std::string* why) {
      MarkingStream marking(path, out);
      return write_to(marking, why) && marking.finish(why);
    };
  }
  OutputSink* inner_;
};

// Hands the output's fingerprint on with its bytes.
class FingerprintingSink : public OutputSink {
 public:
  FingerprintingSink(OutputSink* inner, const std::string& fingerprint)
      : inner_(inner), fingerprint_(fingerprint) {}
  bool write(const std::string& path, std::string_view bytes, std::string* error) override {
    return inner_->write_fingerprinted(path, bytes, fingerprint_, error);
  }
  bool write_stream(const std::string& path, const StreamWriter& write_to,
                    std::string* error) override {
    return inner_->write_stream_fingerprinted(path, write_to, fingerprint_, error);
  }
  bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error) override {
    return inner_->write_file_fingerprinted(path, write_at, fingerprint_, error);
  }

 private:
  OutputSink* inner_;
  const std::string& fingerprint_;
};

// What every fingerprint of `output` starts with: the build's shared inputs,
// which writer makes it, where, and in which language.
void add_output(const std::string& build, const Output& output, Fingerprint* fingerprint) {
  fingerprint->add(build);
  fingerprint->add(output.kind->name);
  fingerprint->add(output.planned.path);
  fingerprint->add(static_cast<uint64_t>(output.planned.language));
}

// Everything `output` is made from, its context included.
std::string output_fingerprint(const std::string& build, const Output& output,
                               const nlohmann::json& context) {
  Fingerprint fingerprint;
  add_output(build, output, &fingerprint);
  fingerprint.add("context");
  fingerprint.add_json(context);
  return fingerprint.hex();
}

// The same from what its kind or its source says it is made from, without
// making it or building its context; "" when neither can tell, or the output
// carries prose (converted into its context after it is built).
std::string inputs_fingerprint(const WriteInputs& in, const Output& output) {
  const PlannedOutput& planned = output.planned;
  if (planned.prose || (!output.kind->inputs && !planned.source)) return "";
  Fingerprint fingerprint;
  add_output(in.fingerprint, output, &fingerprint);
  fingerprint.add("inputs");
  FingerprintDigest digest(fingerprint);
  bool told = output.kind->inputs ? output.kind->inputs(output, in, digest)
                                  : planned.source->inputs(planned.item, digest);
  return told ? fingerprint.hex() : "";
}

}  // namespace

bool OutputSink::keep(const std::string&, const std::string&) { return false; }

bool OutputSink::write_fingerprinted(const std::string& path, std::string_view bytes,
                                     const std::string&, std::string* error) {
  return write(path, bytes, error);
}

bool OutputSink::write_stream_fingerprinted(const std::string& path, const StreamWriter& write_to,
                                            const std::string&, std::string* error) {
  return write_stream(path, write_to, error);
}

bool OutputSink::write_file_fingerprinted(
    const std::string& path,
    const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
    const std::string&, std::string* error) {
  return write_file(path, write_at, error);
}

bool write_output(const Output& output, const WriteInputs& in, bool dump_context, OutputSink* sink,
                  std::string* error) {
  MarkingSink marking(sink);
  if (in.project.internal) sink = &marking;
  const PlannedOutput& planned = output.planned;
  // Only an output made from its context alone, or whose kind says what it is
  // made from, can be known unchanged before it is made.
  bool fingerprinted = !in.fingerprint.empty() && !dump_context &&
                       (output.kind->from_context || output.kind->inputs);
  std::string fingerprint = fingerprinted ? inputs_fingerprint(in, output) : "";
  if (!fingerprint.empty() && sink->keep(planned.path, fingerprint)) return true;
  // Built here, on the render thread, and freed as soon as it is rendered;
  // its lists live as long.
  LazyListScope lists;
  nlohmann::json context = lazy_output_context(output);
  if (dump_context && !context.is_null()) {
    // As the template sees it: with what every page reads beside it.
    nlohmann::json seen = context;
    expand_lazy_lists(&seen);
    if (context.is_object()) add_page_globals(globals_for(in, planned), &seen);
    if (!sink->write(planned.path + ".context.json", seen.dump(2) + "\n", error)) return false;
  }
  bool made;
  if (!fingerprint.empty()) {
    FingerprintingSink fingerprinting(sink, fingerprint);
    made = output.kind->write(planned, context, in, &fingerprinting, error);
  } else if (fingerprinted && output.kind->from_context) {
    expand_lazy_lists(&context);  // fingerprinted by its rows, not by their handles
    fingerprint = output_fingerprint(in.fingerprint, output, context);
    FingerprintingSink fingerprinting(sink, fingerprint);
    made = sink->keep(planned.path, fingerprint) ||
           output.kind->write(planned, context, in, &fingerprinting, error);
  } else {
    made = output.kind->write(planned, context, in, sink, error);
  }
  free_json(context);
  return made;
}

std::set<std::string> site_names() {
  std::set<std::string> names;
  for (const OutputKind& kind : output_kinds()) {
    std::string rule = kind.path_rule;
    for (std::size_t start = 0; start <= rule.size();) {
      std::size_t end = rule.find(" | ", start);
      if (end == std::string::npos) end = rule.size();
      std::string first = rule.substr(start, std::min(end, rule.find('/', start)) - start);
      if (first == "<dimension>") {
        for (Dimension dimension : all_dimensions) names.insert(names_of(dimension).key);
      } else if (first.find('<') == std::string::npos) {
        names.insert(first.substr(0, first.find('.')));  // "index.html" takes "index"
      }
      start = end + 3;
    }
  }
  return names;
}

}  // namespace fundpress
