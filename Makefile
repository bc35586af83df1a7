SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
BIN := .build/release/parley

.PHONY: build run test install uninstall clean

build:
	$(SWIFT) build -c release --product parley

run: build
	$(BIN) extract corpus

# Swift Testing only: XCTest would close the run with a "0 tests" line.
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/parley

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parley

clean:
	rm -rf .build Benchmarks/.build

# Performance suite, in its own package so `make test` never builds it (README, "Performance").
BENCH := Benchmarks/.build/release/parley-bench
.PHONY: bench bench-large bench-library gen-corpus
bench:
	cd Benchmarks && $(SWIFT) build -c release
	$(BENCH) --out bench/results.json

bench-large:
	cd Benchmarks && $(SWIFT) build -c release
	$(BENCH) --large --out bench/results-large.json

# The library's figures alone (index time, size per article, search latency); LARGE=1 adds 100k articles.
bench-library:
	cd Benchmarks && $(SWIFT) build -c release
	$(BENCH) --library-only $(if $(LARGE),--large) --out bench/results-library.json

# make gen-corpus ARTICLES=10000 SEED=1 OUT=/tmp/news
gen-corpus:
	cd Benchmarks && $(SWIFT) build -c release --product gen-corpus
	Benchmarks/.build/release/gen-corpus --articles $(ARTICLES) --seed $(SEED) $(OUT)
