#include <cctype>
#include <set>

#include "model/slug.h"
#include "render/markdown.h"
#include "view/page.h"
#include "view/website_views.h"

namespace fundpress {
namespace {

// An address a reader's mail program can open, or "" when `text` is not a
// plain e-mail address (so no other scheme can reach an href).
std::string mailto(const std::string& text) {
  std::size_t at = text.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= text.size() || text.find('@', at + 1) != std::string::npos)
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
  std::set<std::string> ids;
  for (const GlossaryTerm& term : project.glossary) {
    std::string base = "term-" + slugify(term.term, "term");
    std::string id = base;
    for (int n = 2; ids.count(id); ++n) id = base + "-" + std::to_string(n);
    ids.insert(id);
    terms.push_back({{"term", term.term}, {"meaning", term.meaning}, {"id", id}});
  }
  return {{"terms", terms}, {"has_terms", !terms.empty()}};
}

nlohmann::json statement_context(const Project& project, const ConvertedPage* custom) {
  const SiteOptions& site = project.site;
  std::string contact = site.accessibility_contact.empty() ? project.publisher.email
                                                           : site.accessibility_contact;
  return {{"custom", custom != nullptr},
          {"html", custom ? custom->html : ""},
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
  nlohmann::json context = page_frame(project, "404.html", "Page not found",
                                      {{"Home", "index.html"}, {"Page not found", ""}});
  const std::string& base = project.site.base_url;
  std::size_t path = base.empty() ? std::string::npos : base.find('/', base.find("://") + 3);
  std::string root = path == std::string::npos ? "/" : base.substr(path);
  context["root"] = root;
  context["breadcrumbs"][0]["url"] = root + "index.html";
  add_navigation(project, paths, "", &context);
  return context;
}

}  // namespace

std::vector<ConvertedPage> convert_prose_pages(const Project& project) {
  std::vector<ConvertedPage> converted;
  for (const ProsePage& page : project.pages)
    converted.push_back({page.slug, page.title, markdown_to_html(page.markdown, project.glossary).html});
  return converted;
}

void plan_prose_pages(const Project& project, const SitePaths& paths,
                      const std::vector<ConvertedPage>& pages, std::vector<PlannedOutput>* plan) {
  const ConvertedPage* statement = nullptr;
  for (const ConvertedPage& page : pages) {
    if (page.slug == "accessibility") {
      statement = &page;
      continue;
    }
    std::string path = SitePaths::prose(page.slug);
    nlohmann::json context = page_frame(project, path, page.title, {{"Home", "index.html"}, {page.title, ""}});
    add_navigation(project, paths, page.slug, &context);
    context["prose"] = {{"heading", page.title}, {"html", page.html}};
    plan->push_back({OutputKind::page, path, "site/prose.html.mustache", ready(std::move(context))});
  }

  nlohmann::json glossary = page_frame(project, "glossary/index.html", "Glossary",
                                       {{"Home", "index.html"}, {"Glossary", ""}});
  add_navigation(project, paths, "glossary", &glossary);
  glossary["glossary"] = glossary_context(project);
  plan->push_back({OutputKind::page, "glossary/index.html", "site/glossary.html.mustache", ready(std::move(glossary))});

  std::string title = statement ? statement->title : "Accessibility statement";
  nlohmann::json accessibility = page_frame(project, "accessibility/index.html", title,
                                            {{"Home", "index.html"}, {title, ""}});
  add_navigation(project, paths, "accessibility", &accessibility);
  accessibility["statement"] = statement_context(project, statement);
  plan->push_back({OutputKind::page, "accessibility/index.html", "site/accessibility.html.mustache",
                   ready(std::move(accessibility))});

  plan->push_back({OutputKind::page, "404.html", "site/404.html.mustache", ready(not_found_context(project, paths))});
}

}  // namespace fundpress
