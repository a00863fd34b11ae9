# Samnytta: the commands a newcomer needs. `make demo` runs the main job, `make test` all tests.
SWIFT ?= swift
EXAMPLE ?= Docs/examples/typfall-trampolinen.json

.PHONY: all build release demo test bench fuzz format lint docs deps golden-update clean

all: build

## Install what the project needs beyond the Swift toolchain: the system SQLite library, and Chromium for the report's browser test.
deps:
	@if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then \
	  echo "installing libsqlite3-dev"; \
	  (apt-get update -qq && apt-get install -y -qq libsqlite3-dev sqlite3) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq libsqlite3-dev sqlite3); \
	fi
	@# The report's browser test renders HTML with headless Chromium (Debian's chromium package).
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then \
	  echo "installing chromium and fonts-dejavu-core"; \
	  (apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-dejavu-core); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Evaluate a bundled example with the default model and print the key figures.
demo: build
	$(SWIFT) run samnytta evaluate $(EXAMPLE)

test: deps
	$(SWIFT) test

## Throughput of the engine on 1 000 000 generated participants beside a read-only baseline, then
## `batch` over a database of 10 000 evaluations beside the sqlite3 tool reading the same rows.
bench: deps
	$(SWIFT) build -c release --product samnytta
	$(SWIFT) run -c release samnytta-bench
	$(SWIFT) run -c release samnytta-dbbench

## Fuzz the readers and the engine with libFuzzer for FUZZ_SECONDS (default 600). Builds in its own
## scratch folder (.build-fuzz, not committed); the growing corpus stays there, and every crash input
## lands in .build-fuzz/crashes (one worker that carries on after a crash; FUZZ_FLAGS to change).
## SWIFT_BACKTRACE=enable=no: Swift's backtracer would hang a crashed worker under the sanitizer.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS ?= -fork=1 -ignore_crashes=1
FUZZ_DIR := .build-fuzz
FUZZ_LIB = $(firstword $(wildcard $(dir $(realpath $(shell command -v swiftc)))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
FUZZ_BUILD = -c release --product samnytta-fuzz --scratch-path $(FUZZ_DIR) -Xswiftc -DSAMNYTTA_FUZZING -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table -Xlinker $(FUZZ_LIB) -Xlinker -lstdc++
fuzz: deps
	@test -n "$(FUZZ_LIB)" || { echo "libclang_rt.fuzzer_no_main not found beside swiftc's toolchain"; exit 1; }
	$(SWIFT) build $(FUZZ_BUILD)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/crashes
	SAMNYTTA_FUZZ_WRITE_SEEDS=$(FUZZ_DIR)/seeds $(FUZZ_DIR)/release/samnytta-fuzz
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/release/samnytta-fuzz -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) -dict=Fuzz/samnytta.dict \
	  -artifact_prefix=$(FUZZ_DIR)/crashes/ $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds
	@ls $(FUZZ_DIR)/crashes | sed 's|^|crash: $(FUZZ_DIR)/crashes/|'; test -z "$$(ls $(FUZZ_DIR)/crashes)"

golden-update: deps
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter SamnyttaCLITests || true

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks

lint:
	$(SWIFT) format lint -r Sources Tests Benchmarks

clean:
	rm -rf .build .build-fuzz
