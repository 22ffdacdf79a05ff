// fundpress: a police and crime commissioner's funding data -> the pages,
// reports and open data the office must publish.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

#ifndef FUNDPRESS_VERSION
#define FUNDPRESS_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  CLI::App app{
      "fundpress: publish a police and crime commissioner's funding data as a website, "
      "annual-report tables and open data"};
  app.set_version_flag("--version", FUNDPRESS_VERSION);
  app.require_subcommand(1);
  app.footer(R"(Examples:
  fundpress check data/leicestershire            check a publisher folder; write nothing
  fundpress check --explain .                    say how every row of the register was read
  fundpress build data/leicestershire --out site build and publish the site into site/
  cd data/leicestershire && fundpress build --out ../../site
                                                 with no folder, the current one (it must
                                                 hold fundpress.json)
  fundpress init budget-2024.xlsx --out data/myoffice
                                                 start a publisher folder from a finance
                                                 export; then check it
  fundpress serve data/leicestershire --port 8080
                                                 preview on http://127.0.0.1:8080/, rebuilt
                                                 on every save; Ctrl-C stops

Settings live in PROJECT_DIR/fundpress.json (the register's columns, sections, funds,
display and site options: see README.md, "fundpress.json"); the register is
PROJECT_DIR/awards.csv, awards.json or awards.xlsx; prose pages PROJECT_DIR/pages/*.md;
template overrides PROJECT_DIR/templates/.

Exit status:
  0    every figure checked; published (warnings may have been printed)
  1    the data has errors: each printed as file:line:column: error: message [code];
       nothing was published and the previous site is untouched
  2    usage error, a file that cannot be read or written, or an internal failure
  130  interrupted (SIGINT); 143 terminated (SIGTERM): nothing was published
       (serve: 0 when stopped while waiting, 130 or 143 during a rebuild)
)");

  fundpress::BuildOptions build;
  CLI::App* build_command = app.add_subcommand(
      "build",
      "Load, check and publish PROJECT_DIR into the output folder (replaced only when "
      "the whole build succeeds)");
  build_command->add_option("PROJECT_DIR", build.project_dir,
                            "Publisher folder (default: the current folder, if it holds "
                            "fundpress.json)");
  build_command->add_option("--out", build.out_dir, "Output folder")->capture_default_str();
  build_command->add_flag("--dump-context", build.dump_context,
                          "Write each output's JSON view model beside it (<file>.context.json)");
  build_command->add_option("--jobs", build.jobs,
                            "Threads that plan and render (default and most: one per core)");
  build_command->add_flag("--internal", build.internal,
                          "Build a finance copy with the personal data a public build leaves out, "
                          "marked \"Internal: not for publication\" on every page and file");
  build_command->add_flag(
      "--quiet", build.quiet,
      "No progress line (a terminal shows one after a second; a log gets a line every 10 s)");

  std::string check_dir;
  CLI::App* check_command =
      app.add_subcommand("check", "Load and check PROJECT_DIR; print diagnostics; write nothing");
  check_command->add_option("PROJECT_DIR", check_dir,
                            "Publisher folder (default: the current folder, if it holds "
                            "fundpress.json)");
  bool explain = false;
  check_command->add_flag("--explain", explain,
                          "Print how every row of the register was read: line, heading, sub-total "
                          "(and the lines it covers), total, percentage, note, spacer");
  bool check_quiet = false;
  check_command->add_flag("--quiet", check_quiet, "No progress line while reading the register");

  fundpress::InitOptions init;
  CLI::App* init_command = app.add_subcommand(
      "init",
      "Start a publisher folder from a finance export: copy the register in and write a "
      "fundpress.json, with comments, from its headers, heading rows and years");
  init_command->add_option("REGISTER", init.register_path, "The register: .csv, .json or .xlsx")
      ->required();
  init_command->add_option("--out", init.out_dir,
                           "Publisher folder to write (default: named after REGISTER)");
  init_command->add_option("--publisher", init.publisher, "The publisher's full name")
      ->capture_default_str();

  fundpress::ServeOptions serve;
  CLI::App* serve_command = app.add_subcommand(
      "serve",
      "Build PROJECT_DIR, serve the site on 127.0.0.1 at its base_url's path, and rebuild "
      "whenever an input file changes (errors show in the terminal and on every page)");
  serve_command->add_option("PROJECT_DIR", serve.project_dir,
                            "Publisher folder (default: the current folder, if it holds "
                            "fundpress.json)");
  serve_command->add_option("--out", serve.out_dir, "Output folder")->capture_default_str();
  serve_command->add_option("--port", serve.port, "Port on 127.0.0.1 (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve_command->add_flag("--quiet", serve.quiet, "No progress line while building");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  try {
    if (*init_command) return fundpress::run_init(init, std::cerr);
    std::string& dir = *build_command   ? build.project_dir
                       : *serve_command ? serve.project_dir
                                        : check_dir;
    std::string error;
    if (!fundpress::resolve_project_dir(&dir, &error)) {
      std::cerr << "fundpress: " << error << '\n';
      return 2;
    }
    if (*build_command) return fundpress::run_build(build, std::cerr);
    if (*serve_command) return fundpress::run_serve(serve, std::cout, std::cerr);
    return fundpress::run_check(check_dir, explain, check_quiet, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "fundpress: internal error: " << e.what() << '\n';
    return 2;
  }
}
