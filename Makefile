# The two commands of the README: `make site` and `make test`.
# Each installs what is missing, configures, builds, then publishes or tests.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# ON makes every compiler warning an error (CI sets it: .ci/run).
FUNDPRESS_WERROR ?= OFF

# The sanitizer build (clang, AddressSanitizer + UBSan, libFuzzer targets).
SANITIZE_DIR ?= build-sanitize
FUZZ_SECONDS ?= 300

.PHONY: site examples test build configure deps deps-test bench install clean sanitize fuzz fast

site: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target fundpress
	./$(BUILD_DIR)/fundpress build data/leicestershire --out site

# Every publisher folder under data/, each into site/<publisher>/. After `site`,
# so that site/ is a published folder (fundpress never replaces one it did not
# publish) and the next `make site` keeps these beside it.
EXAMPLES ?= cambridgeshire cumbria lancashire leicestershire wiltshire
examples: site
	for publisher in $(EXAMPLES); do \
	  ./$(BUILD_DIR)/fundpress build data/$$publisher --out site/$$publisher || exit 1; \
	done

# The clients, browser and install tests run the optimised build, and so does
# the allocator test, which needs the binary's allocator (mimalloc); the unit
# tests run once, in the sanitizer build, where any ASan or UBSan report fails
# them; then each fuzzer runs briefly. (Compiling the unit tests twice would
# cost minutes and find nothing the sanitized run does not.)
test: deps-test configure sanitize
	cmake --build $(BUILD_DIR) -j $(JOBS) --target fundpress fundpress_large_register fundpress-generate fundpress_allocator_tests
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -LE "unit|fuzz" -E "_NOT_BUILT$$"
	cd $(SANITIZE_DIR) && ctest --output-on-failure -j $(JOBS) -L "unit|fuzz"

# The inner loop while changing code: unit tests and quick clients, no browser, LibreOffice or fuzzing.
fast: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -LE "slow|browser"

sanitize: deps-test
	CC=clang CXX=clang++ cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g0" -DFUNDPRESS_SANITIZE=ON -DFUNDPRESS_FUZZ=ON \
	  -DFUNDPRESS_WERROR=$(FUNDPRESS_WERROR)
	cmake --build $(SANITIZE_DIR) -j $(JOBS) --target fundpress fundpress_tests fuzz_csv_reader fuzz_money \
	  fuzz_json_reader fuzz_printed_table fuzz_markdown_template

# Each fuzzer for FUZZ_SECONDS (default five minutes); findings land in $(SANITIZE_DIR)/fuzz-found/.
fuzz: sanitize
	cd $(SANITIZE_DIR) && cmake -DFUNDPRESS_FUZZ_SECONDS=$(FUZZ_SECONDS) . && ctest --output-on-failure -L fuzz

configure:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DFUNDPRESS_WERROR=$(FUNDPRESS_WERROR)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

deps:
	scripts/install-deps.sh build

deps-test:
	scripts/install-deps.sh test

bench: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target fundpress-bench
	./$(BUILD_DIR)/fundpress-bench

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR)
