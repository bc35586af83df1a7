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
	rm -rf .build
