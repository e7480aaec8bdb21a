# Developer entry points for Ryuk Studio; the README only needs `make run` and `make test`.
# CMake + Ninja do the real work; this file installs dependencies, configures once and runs things.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
CMAKE ?= cmake
CTEST ?= ctest
CLANG_FORMAT ?= clang-format
CTEST_JOBS ?= 2

SAMPLE := $(BUILD_DIR)/sample.ryuk
CTEST_ARGS := --output-on-failure -j$(CTEST_JOBS)

.DEFAULT_GOAL := help
# A half-written sample.ryuk must not survive a failed `ryuk init`.
.DELETE_ON_ERROR:
.PHONY: help deps build run test asan fuzz package clean format

help:
	@echo 'Ryuk Studio targets:'
	@echo '  make run     build, then open $(SAMPLE) in ryuk-studio (creates it from the sample story)'
	@echo '  make test    build, then run the test suites with ctest'
	@echo '  make asan    run the test suites in $(ASAN_DIR)/ with AddressSanitizer and UBSan'
	@echo '  make fuzz    build the libFuzzer targets in $(FUZZ_DIR)/ (clang) and run each for FUZZ_SECONDS'
	@echo '  make build   install missing packages, configure $(BUILD_DIR)/ if needed, build'
	@echo '  make deps    install the missing packages of packaging/debian/build-depends'
	@echo '  make format  clang-format the C++ sources known to git'
	@echo '  make package build, then make the Debian package $(BUILD_DIR)/packages/ryuk-studio_*.deb'
	@echo '  make clean   remove $(BUILD_DIR)/, $(ASAN_DIR)/ and $(FUZZ_DIR)/'
	@echo 'Variables: BUILD_DIR=$(BUILD_DIR) ASAN_DIR=$(ASAN_DIR) FUZZ_DIR=$(FUZZ_DIR) FUZZ_SECONDS=$(FUZZ_SECONDS) CTEST_JOBS=$(CTEST_JOBS)'

deps:
	@bash packaging/install-build-deps.sh

# Configure only when there is no build.ninja: later CMakeLists.txt edits are picked up by
# Ninja's own regeneration step, and re-running cmake here would only cost time.
# `| deps` (order-only) makes sure packages are there first without forcing a reconfigure.
$(BUILD_DIR)/build.ninja: | deps
	$(CMAKE) -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRYUK_WERROR=ON

$(ASAN_DIR)/build.ninja: | deps
	$(CMAKE) -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRYUK_SANITIZE=ON -DRYUK_WERROR=ON

# Only the model library and the targets, with clang: the GUI is not built there.
# -O1 with line tables: quicker to build than -O2 -g, and stacks still name file and line.
$(FUZZ_DIR)/build.ninja: | deps
	$(CMAKE) -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	    '-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG' -DRYUK_FUZZ=ON -DRYUK_WERROR=ON

build: deps $(BUILD_DIR)/build.ninja
	$(CMAKE) --build $(BUILD_DIR)

# Order-only on build: the story is made once and then kept, edits and all.
$(SAMPLE): | build
	$(BUILD_DIR)/bin/ryuk init --sample $@

run: build $(SAMPLE)
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	    echo 'make run: there is no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).' >&2; \
	    echo 'To run ryuk-studio on a virtual X server, use:  xvfb-run -a make run' >&2; \
	    exit 1; \
	fi
	$(BUILD_DIR)/bin/ryuk-studio $(SAMPLE)

# Tests never need a screen, so they always use the offscreen platform.
test: build
	QT_QPA_PLATFORM=offscreen $(CTEST) --test-dir $(BUILD_DIR) $(CTEST_ARGS)

asan: deps $(ASAN_DIR)/build.ninja
	$(CMAKE) --build $(ASAN_DIR)
	QT_QPA_PLATFORM=offscreen \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(CTEST) --test-dir $(ASAN_DIR) $(CTEST_ARGS)

# One line per target, "fuzz NAME: E execs, C crashes"; fails if any target crashed.
fuzz: deps $(FUZZ_DIR)/build.ninja
	$(CMAKE) --build $(FUZZ_DIR)
	bash fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# CMake's package target runs `cpack -G DEB` (packaging/CMakeLists.txt) after building
# everything; dpkg-shlibdeps computes Depends from the binaries.
package: build
	$(CMAKE) --build $(BUILD_DIR) --target package

clean:
	rm -rf -- $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)

# Files git knows about: tracked plus new ones not ignored, so build trees are never touched
# and sources not yet committed get formatted too.
format:
	@command -v $(CLANG_FORMAT) >/dev/null || { echo 'make format: $(CLANG_FORMAT) not found (apt-get install clang-format)' >&2; exit 1; }
	git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h' | xargs -0 -r $(CLANG_FORMAT) -i
