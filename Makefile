# Samnytta: the commands a newcomer needs. `make demo` runs the main job, `make test` all tests.
SWIFT ?= swift
EXAMPLE ?= Docs/examples/typfall-trampolinen.json
PREFIX ?= /usr/local

.PHONY: all build release demo test bench format lint docs deps test-deps install uninstall golden-update clean

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

golden-update: test-deps
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter SamnyttaCLITests || true

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks

lint:
	$(SWIFT) format lint -r Sources Tests Benchmarks

clean:
	rm -rf .build
