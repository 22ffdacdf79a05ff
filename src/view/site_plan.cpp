#include "view/site_plan.h"

#include <memory>
#include <utility>

#include "view/json_object.h"
#include "view/page.h"

namespace fundpress {

ContextMaker ready(nlohmann::json context) {
  auto shared = std::make_shared<const nlohmann::json>(std::move(context));
  return [shared] { return *shared; };
}

bool ContextSource::inputs(std::uint32_t, InputDigest&) const { return false; }

namespace {

// The source of one output made by its own maker.
class MakerSource : public ContextSource {
 public:
  explicit MakerSource(ContextMaker make) : make_(std::move(make)) {}
  nlohmann::json context(std::uint32_t) const override { return make_(); }

 private:
  ContextMaker make_;
};

}  // namespace

PlannedOutput PlannedOutput::from_context(std::string path, ContextMaker context) {
  return from_source(std::move(path), std::make_shared<const MakerSource>(std::move(context)), 0);
}

PlannedOutput PlannedOutput::from_source(std::string path,
                                         std::shared_ptr<const ContextSource> source,
                                         std::uint32_t item) {
  PlannedOutput output;
  output.path = std::move(path);
  output.source = std::move(source);
  output.item = item;
  return output;
}

PlannedOutput PlannedOutput::from_data(std::string path) {
  PlannedOutput output;
  output.path = std::move(path);
  return output;
}

PlannedOutput PlannedOutput::of_year(std::string path, FinancialYear year) {
  PlannedOutput output;
  output.path = std::move(path);
  output.year = year;
  return output;
}

PlannedOutput PlannedOutput::with_prose(ProseText text) && {
  prose = std::make_shared<const ProseText>(std::move(text));
  return std::move(*this);
}

void plan_assets(const PlanInputs&, std::vector<PlannedOutput>* plan) {
  for (const char* name : {"site.css", "site.js", "search.js", "register.js", "favicon.svg"})
    plan->push_back(PlannedOutput::from_data(SitePaths::asset(name)));
}

void plan_favicon(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  // An icon cannot carry the marking every file of an internal copy must;
  // its pages link the marked SVG.
  if (in.project.internal) return;
  plan->push_back(PlannedOutput::from_data(SitePaths::favicon_ico()));
}

Navigation::Navigation(const Project& project, const SitePaths& paths) {
  nav_ = nlohmann::json::array();
  auto link = [&](const std::string& key, const std::string& label, const std::string& path) {
    keys_.push_back(key);
    nav_.push_back(JsonObject().add("current", false).add("label", label).add("path", path).take());
  };
  link("home", text_of(project, "nav_home"), SitePaths::home());
  link("register", text_of(project, "nav_register"), SitePaths::register_page(1));
  for (Dimension dimension : paths.listed()) {
    const DimensionNames& names = names_of(dimension);
    link(names.key, title_of(project, dimension), paths.index(dimension));
  }
  link("reports", text_of(project, "reports"), SitePaths::reports_index());
  link("downloads", text_of(project, "downloads"), SitePaths::downloads_index());
  link("glossary", text_of(project, "glossary"), SitePaths::glossary());
  link("accessibility", text_of(project, "nav_accessibility"), SitePaths::accessibility());

  // The footer repeats the pages a reader looks for last: what the words
  // mean, how to report a problem and the data itself (the licence beside
  // them is in the page globals).
  footer_.push_back({text_of(project, "glossary"), SitePaths::glossary()});
  footer_.push_back({text_of(project, "a11y_heading"), SitePaths::accessibility()});
  footer_.push_back({text_of(project, "open_data_downloads"), SitePaths::downloads_index()});
  if (!project.publisher.website.empty())
    footer_.push_back({say(project, "publisher_website", {{"name", project.publisher.short_name}}),
                       project.publisher.website, false});
}

void Navigation::add_to(const std::string& current_section, nlohmann::json* context) const {
  nlohmann::json nav = nav_;
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] == current_section) nav[i]["current"] = true;
  (*context)["nav"] = std::move(nav);

  std::string root = context->value("root", "");
  nlohmann::json links = nlohmann::json::array();
  for (const FooterLink& footer : footer_)
    links.push_back(JsonObject()
                        .add("href", footer.from_root ? root + footer.href : footer.href)
                        .add("label", footer.label)
                        .take());
  (*context)["footer_links"] = std::move(links);
}

void add_navigation(const Project& project, const SitePaths& paths,
                    const std::string& current_section, nlohmann::json* context) {
  Navigation(project, paths).add_to(current_section, context);
}

}  // namespace fundpress
