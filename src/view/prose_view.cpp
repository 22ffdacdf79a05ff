#include "view/prose_view.h"

#include <cctype>

#include "model/slug.h"
#include "model/unique_names.h"
#include "view/page.h"

namespace fundpress {
namespace {

// An address a reader's mail program can open, or "" when `text` is not a
// plain e-mail address (so no other scheme can reach an href).
std::string mailto(const std::string& text) {
  std::size_t at = text.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= text.size() ||
      text.find('@', at + 1) != std::string::npos)
    return "";
  for (char c : text) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
              c == '+' || c == '-' || c == '@';
    if (!ok) return "";
  }
  return "mailto:" + text;
}

nlohmann::json glossary_context(const Project& project) {
  nlohmann::json terms = nlohmann::json::array();
  UniqueNames ids;
  for (const GlossaryTerm& term : project.glossary) {
    std::string id = ids.take("term-" + slugify(term.term, "term"));
    terms.push_back({{"term", term.term}, {"meaning", term.meaning}, {"id", id}});
  }
  return {{"terms", terms}, {"has_terms", !terms.empty()}};
}

// The statement's facts; a publisher's pages/accessibility.md, when there is
// one, is its body instead ("html", filled in when the page is rendered).
nlohmann::json statement_context(const Project& project, bool custom) {
  const SiteOptions& site = project.site;
  std::string contact =
      site.accessibility_contact.empty() ? project.publisher.email : site.accessibility_contact;
  return {{"custom", custom},
          {"site_name", project.publisher.short_name + " funding website"},
          {"contact", contact},
          {"has_contact", !contact.empty()},
          {"contact_mailto", mailto(contact)},
          {"has_contact_mailto", !mailto(contact).empty()},
          {"known_issues", site.accessibility_known_issues},
          {"has_known_issues", !site.accessibility_known_issues.empty()},
          {"last_tested", site.accessibility_tested},
          {"has_last_tested", !site.accessibility_tested.empty()}};
}

// 404.html is served in place of any missing address, at any depth, so its
// links cannot be relative: they start from the path of base_url on the same
// host ("/funding/"), or from the host's root when the site's address is not
// known. Never from base_url's host: the page must request nothing elsewhere.
nlohmann::json not_found_context(const Project& project, const SitePaths& paths) {
  nlohmann::json context = page_frame(
      project, SitePaths::not_found(), text_of(project, "not_found"),
      {{text_of(project, "nav_home"), SitePaths::home()}, {text_of(project, "not_found"), ""}});
  const std::string& base = project.site.base_url;
  std::size_t path = base.empty() ? std::string::npos : base.find('/', base.find("://") + 3);
  std::string site_root = path == std::string::npos ? "/" : base.substr(path);
  std::string root = site_root + language_folder(project, project.language);
  context["root"] = root;
  context["site_root"] = site_root;
  context["shared_folder"] = "";
  for (const char* list : {"alternates", "other_languages"})
    for (nlohmann::json& link : context[list]) {
      std::string href = link["href"];  // relative: leads to <folder>404.html
      link["href"] = site_root + href.substr(href.find_first_not_of("./"));
    }
  context["breadcrumbs"][0]["url"] = root + SitePaths::home();
  add_navigation(project, paths, "", &context);
  return context;
}

// pages/accessibility.md, or nullptr.
const ProsePage* statement_page(const Project& project) {
  for (const ProsePage& page : project.pages)
    if (replaces_statement(page)) return &page;
  return nullptr;
}

}  // namespace

void plan_prose_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  for (const ProsePage& page : project.pages) {
    if (replaces_statement(page)) continue;
    std::string path = SitePaths::prose(page.slug);
    nlohmann::json context =
        page_frame(project, path, page.title,
                   {{text_of(project, "nav_home"), SitePaths::home()}, {page.title, ""}});
    add_navigation(project, in.paths, page.slug, &context);
    context["prose"] = {{"heading", page.title}};
    plan->push_back(PlannedOutput::from_context(path, ready(std::move(context)))
                        .with_prose({page.markdown, &project.glossary, "/prose/html"}));
  }
}

void plan_glossary(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  std::string path = SitePaths::glossary();
  nlohmann::json context = page_frame(
      project, path, text_of(project, "glossary"),
      {{text_of(project, "nav_home"), SitePaths::home()}, {text_of(project, "glossary"), ""}});
  add_navigation(project, in.paths, "glossary", &context);
  context["glossary"] = glossary_context(project);
  plan->push_back(PlannedOutput::from_context(path, ready(std::move(context))));
}

void plan_accessibility(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  const ProsePage* custom = statement_page(project);
  std::string path = SitePaths::accessibility();
  std::string title = custom ? custom->title : text_of(project, "a11y_heading");
  nlohmann::json context = page_frame(
      project, path, title, {{text_of(project, "nav_home"), SitePaths::home()}, {title, ""}});
  add_navigation(project, in.paths, "accessibility", &context);
  context["statement"] = statement_context(project, custom != nullptr);
  PlannedOutput output = PlannedOutput::from_context(path, ready(std::move(context)));
  if (custom)
    output = std::move(output).with_prose({custom->markdown, &project.glossary, "/statement/html"});
  plan->push_back(std::move(output));
}

void plan_not_found(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  plan->push_back(PlannedOutput::from_context(SitePaths::not_found(),
                                              ready(not_found_context(in.project, in.paths))));
}

}  // namespace fundpress
