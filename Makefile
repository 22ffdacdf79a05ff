# The two commands of the README: `make site` and `make test`.
# Each installs what is missing, configures, builds, then publishes or tests.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# ON makes every compiler warning an error (CI sets it: .ci/run).
FUNDPRESS_WERROR ?= OFF

.PHONY: site test build configure deps deps-test bench install clean

site: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target fundpress
	./$(BUILD_DIR)/fundpress build data/leicestershire --out site

test: deps-test build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

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
	rm -rf $(BUILD_DIR)
