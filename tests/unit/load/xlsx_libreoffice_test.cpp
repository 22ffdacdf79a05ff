// A workbook from a real producer: LibreOffice (headless, with a throwaway
// profile) turns a small CSV into an .xlsx, and it reads back exactly. A few
// seconds, as LibreOffice is slow to start: the ctest label is "slow".
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "run.h"
#include "xlsx_handmade.h"

namespace fundpress {
namespace {

TEST(XlsxLibreOffice, AWorkbookLibreOfficeSavedFromCsvReadsBackExactly) {
  ASSERT_EQ(std::system("command -v soffice >/dev/null"), 0)
      << "LibreOffice (soffice) is not installed; run scripts/install-deps.sh test";
  std::string dir = test::scratch_dir("xlsx-libreoffice");
  std::ofstream(dir + "/register.csv")
      << "Section,Organisation,Amount,Share,Awarded,Note\n"
         "Victims,\"Catch 22, Leicester\",307849,4.4%,2017-04-01,\n"
         "Victims,\"The \"\"Quoted\"\" Trust\",1234.55,0.5%,2018-03-31,=1+2\n"
         "Prevention,Youth Works CIC,0.1,,,\"two\nlines\"\n"
         "\n"
         "Prevention,Zeros Ltd,4668358.75,100%,,£1234\n";
  // CSV:44,34,76,1 = comma-separated, double quotes, UTF-8, from line 1.
  std::string command = "cd '" + dir + "' && HOME='" + dir +
                        "' soffice -env:UserInstallation=file://" + dir +
                        "/profile --headless --norestore --infilter=CSV:44,34,76,1 " +
                        "--convert-to xlsx register.csv >soffice.log 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << test::slurp(dir + "/soffice.log");

  test::ReadBack back = test::read_back(dir + "/register.xlsx");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows,
            (std::vector<std::string>{
                "1: Section|Organisation|Amount|Share|Awarded|Note",
                "2: Victims|Catch 22, Leicester|307849|4.4%|2017-04-01|",
                "3: Victims|The \"Quoted\" Trust|1234.55|0.5%|2018-03-31|3",  // the formula's saved
                                                                              // result
                "4: Prevention|Youth Works CIC|0.1|||two\nlines",
                "6: Prevention|Zeros Ltd|4668358.75|100%||£1234"}));
  EXPECT_TRUE(back.messages.empty()) << back.messages[0];
}

}  // namespace
}  // namespace fundpress
