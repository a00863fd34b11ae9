# Samnytta: the commands a newcomer needs. `make demo` runs the main job, `make test` all tests.
SWIFT ?= swift
EXAMPLE ?= Docs/examples/typfall-trampolinen.json

.PHONY: all build release demo test bench format lint docs deps golden-update clean

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

golden-update: deps
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter SamnyttaCLITests || true

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks

lint:
	$(SWIFT) format lint -r Sources Tests Benchmarks

clean:
	rm -rf .build
