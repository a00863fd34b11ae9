# Samnytta: the commands a newcomer needs. `make demo` runs the main job, `make test` all tests.
SWIFT ?= swift
EXAMPLE ?= Docs/examples/typfall-trampolinen.json
PREFIX ?= /usr/local

.PHONY: all build release demo test bench fuzz format lint docs deps test-deps install uninstall golden-update clean

all: build

## What `make demo` and `make build` need beyond the Swift toolchain: the system SQLite library.
deps:
	@if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then \
	  echo "installing libsqlite3-dev"; \
	  (apt-get update -qq && apt-get install -y -qq libsqlite3-dev sqlite3) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq libsqlite3-dev sqlite3); \
	fi

## What only the tests need besides: Chromium and a font for the report's browser test (Debian's packages).
test-deps: deps
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then \
	  echo "installing chromium and fonts-dejavu-core (for the report's browser test)"; \
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

test: test-deps
	$(SWIFT) test

## Installs a release `samnytta` as PREFIX/bin/samnytta and its models as PREFIX/share/samnytta/Models,
## where the installed command finds them from any folder. `make uninstall` removes both.
install: deps
	$(SWIFT) build -c release --product samnytta
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/samnytta/Models"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/samnytta" "$(DESTDIR)$(PREFIX)/bin/samnytta"
	install -m 644 Models/*.json "$(DESTDIR)$(PREFIX)/share/samnytta/Models/"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/samnytta and its models in $(DESTDIR)$(PREFIX)/share/samnytta/Models"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/samnytta"
	rm -rf "$(DESTDIR)$(PREFIX)/share/samnytta/Models"
	rmdir "$(DESTDIR)$(PREFIX)/share/samnytta" 2>/dev/null || true

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

golden-update: test-deps
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter SamnyttaCLITests || true

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Fuzz Package.swift

## Fails on any swift-format warning (the house style is .swift-format); `make format` fixes most.
lint:
	$(SWIFT) format lint --strict -r Sources Tests Benchmarks Fuzz Package.swift

clean:
	rm -rf .build .build-fuzz
