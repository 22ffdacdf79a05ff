// Where the unit tests put the files and folders they make.
#pragma once

#include <string>

namespace fundpress::test {

/// The one folder that holds every scratch path of this test process:
/// `<TempDir>fundpress-tests-<pid>/` (googletest's TempDir() follows TEST_TMPDIR,
/// then TMPDIR, else /tmp/). Made on first use and removed with all it holds,
/// pass or fail, when the tests of the process end (scratch.cpp), so that a run
/// of the suite leaves nothing behind in the temporary folder. Ends in '/'.
const std::string& scratch_root();

/// A fresh, empty folder `<scratch_root>/<name>` for one test.
std::string scratch_dir(const std::string& name);

}  // namespace fundpress::test
