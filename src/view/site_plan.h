// What the view hands the renderers for each output: its path and what it is
// made from. Which outputs there are, and which writer makes each, is the
// output registry's (render/outputs.h); each of its rows names a planner of
// this shape, defined in the view file that builds that output's context.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "rollup/years.h"
#include "view/downloads_view.h"
#include "view/input_digest.h"
#include "view/site_paths.h"

namespace fundpress {

/// Builds an output's context when the output is rendered, on a render
/// thread, so that a register of a million awards never holds a million page
/// contexts at once. Makers keep what they need by value or by shared
/// pointer; the Project outlives them.
using ContextMaker = std::function<nlohmann::json()>;

/// The contexts of many outputs made alike (a page per award), each by its
/// number: one source shared by all of them instead of a maker each.
class ContextSource {
 public:
  virtual ~ContextSource() = default;
  /// The context of output `item`, built on the render thread that asks.
  virtual nlohmann::json context(std::uint32_t item) const = 0;
  /// Feeds `digest` everything item's context is made from, so that equal
  /// digests prove equal contexts; false when the source cannot tell, and
  /// the context itself is then fingerprinted.
  virtual bool inputs(std::uint32_t item, InputDigest& digest) const;
};

/// A maker for a context already built (small pages).
ContextMaker ready(nlohmann::json context);

/// Prose a page carries as Markdown. The view hands over the text and the
/// glossary whose terms it marks; the renderer (render/markdown.h) converts
/// it and puts the HTML at `html_at`, a JSON pointer into the page's context.
struct ProseText {
  std::string markdown;
  const std::vector<GlossaryTerm>* abbreviations = nullptr;
  std::string html_at;  // "/prose/html"; empty: the page carries no prose
};

/// One output. Its writer (render/outputs.h) reads what its kind needs: the
/// context of a page, the year of a workbook.
struct PlannedOutput {
  std::string path;  // inside the site: "reports/2017-18/commissioning-budget.html"
  /// Null for outputs made without a context (a download, an asset).
  std::shared_ptr<const ContextSource> source;
  std::uint32_t item = 0;    // its number in `source`
  FinancialYear year;        // for outputs made once a year
  std::size_t language = 0;  // the index of its language in Project::languages
  /// Null for the many outputs without prose: a slot in each was 72 bytes a line.
  std::shared_ptr<const ProseText> prose;

  /// An output rendered from a context: a page, a document, a JSON file.
  static PlannedOutput from_context(std::string path, ContextMaker context);
  /// An output rendered from the context of `item` in `source`.
  static PlannedOutput from_source(std::string path, std::shared_ptr<const ContextSource> source,
                                   std::uint32_t item);
  /// An output its writer makes without a context: from the build's data
  /// (awards.csv) or the theme (an asset).
  static PlannedOutput from_data(std::string path);
  /// An output of one financial year (a report workbook, an annual workbook).
  static PlannedOutput of_year(std::string path, FinancialYear year);
  /// This output, carrying `prose` to convert when it is rendered.
  PlannedOutput with_prose(ProseText prose) &&;
};

/// The links in every page's header and footer, given the page's frame.
void add_navigation(const Project& project, const SitePaths& paths,
                    const std::string& current_section, nlohmann::json* context);

/// add_navigation for many pages: the links' labels and paths are looked up
/// once, then copied into each page. A plan's pages share one (PlanInputs).
class Navigation {
 public:
  Navigation(const Project& project, const SitePaths& paths);
  /// What add_navigation adds; `context` holds the page's frame.
  void add_to(const std::string& current_section, nlohmann::json* context) const;

 private:
  struct FooterLink {
    std::string label;
    std::string href;
    bool from_root = true;  // false: a link to another site, as it is
  };
  nlohmann::json nav_;             // every section's link, none current
  std::vector<std::string> keys_;  // the section of each of nav_'s links
  std::vector<FooterLink> footer_;
};

/// What every planner reads.
struct PlanInputs {
  PlanInputs(const Project& project_, SitePaths paths_, const Downloads& downloads_)
      : project(project_), paths(std::move(paths_)), downloads(downloads_) {}

  const Project& project;
  SitePaths paths;
  const Downloads& downloads;
  /// The year-by-year rollup, computed once per plan (render/outputs.h fills
  /// it when not given); shared, as pages are made after planning.
  std::shared_ptr<const YearsRollup> years;
  /// Each area's own lines, found once per plan (filled as `years` is), so an
  /// area's page finds the wider areas' lines without passing over the register.
  std::shared_ptr<const AreaLines> area_lines;
  /// The fingerprint of what `feed` feeds (filled as `years` is): a source
  /// digests once what all its outputs read alike.
  DigestOf digest;
  /// Each award's digest (filled as `years` is), which a source feeds for the
  /// lines its outputs show.
  std::shared_ptr<const AwardDigests> awards;
  /// The digest of what every output reads alike, the project but its awards
  /// and the paths (filled as `years` is): each source starts from it.
  std::string site_digest;
  /// The digest of `years` (filled as `years` is): what reads the rollup
  /// feeds these bytes, not the whole rollup once per output.
  std::string years_digest;
  /// The links every page shares (filled as `years` is).
  std::shared_ptr<const Navigation> navigation;
  /// The most threads that plan the kinds of output (`--jobs`); 0: one per core.
  unsigned threads = 0;
};

/// Appends the outputs of one kind, in a fixed order.
using Planner = void (*)(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// assets/site.css and assets/register.js: theme files published as they are.
void plan_assets(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// favicon.ico, at the root (not in an internal copy, as it cannot be marked).
void plan_favicon(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
