SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
BIN := .build/release/parley

.PHONY: build run test install uninstall clean

build:
	$(SWIFT) build -c release --product parley

run: build
	$(BIN) corpus

# Swift Testing only: XCTest would close the run with a "0 tests" line.
# The fuzz smoke run comes after the tests, so CI runs it too (README, "Robustness").
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(MAKE) fuzz-smoke

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/parley
	install -d $(DESTDIR)$(PREFIX)/share/parley/themes $(DESTDIR)$(PREFIX)/share/parley/corpus
	install -m 644 Themes/*.toml $(DESTDIR)$(PREFIX)/share/parley/themes/
	install -m 644 corpus/* $(DESTDIR)$(PREFIX)/share/parley/corpus/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parley
	rm -rf $(DESTDIR)$(PREFIX)/share/parley

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build

# Performance suite, in its own package so `make test` never builds it (README, "Performance").
BENCH := Benchmarks/.build/release/parley-bench
.PHONY: bench bench-extract bench-large bench-library bench-startup gen-corpus
bench:
	cd Benchmarks && $(SWIFT) build -c release
	$(SWIFT) build -c release --product parley
	$(BENCH) --out bench/results.json

bench-large:
	cd Benchmarks && $(SWIFT) build -c release
	$(SWIFT) build -c release --product parley
	$(BENCH) --large --out bench/results-large.json

# Extraction throughput alone (1 core, all cores, scaling), 1k and 10k articles: the quick check while tuning.
bench-extract:
	cd Benchmarks && $(SWIFT) build -c release
	$(BENCH) --extract-only --out bench/results-extract.json

# The library's figures alone (index time, size per article, search latency); LARGE=1 adds 100k articles.
bench-library:
	cd Benchmarks && $(SWIFT) build -c release
	$(BENCH) --library-only $(if $(LARGE),--large) --out bench/results-library.json

# The reader's first frame alone (the real binary, best of 3); LARGE=1 adds 100k files and a 100k library,
# indexed once into /tmp and kept for the next run.
bench-startup:
	cd Benchmarks && $(SWIFT) build -c release
	$(SWIFT) build -c release --product parley
	$(BENCH) --startup-only $(if $(LARGE),--large) --out bench/results-startup.json

# make gen-corpus ARTICLES=10000 SEED=1 OUT=/tmp/news
gen-corpus:
	cd Benchmarks && $(SWIFT) build -c release --product gen-corpus
	Benchmarks/.build/release/gen-corpus --articles $(ARTICLES) --seed $(SEED) $(OUT)

# libFuzzer targets in their own folder, built with swiftc -sanitize=fuzzer,address (Fuzz/Makefile).
FUZZ_SECONDS ?= 60
.PHONY: fuzz fuzz-smoke
fuzz:
	$(MAKE) -C Fuzz run FUZZ_SECONDS=$(FUZZ_SECONDS)

fuzz-smoke:
	$(MAKE) -C Fuzz run FUZZ_SECONDS=30
