# cxreport — the two commands a new machine needs:
#   make report   build the sample report into output/
#   make test     run the test suite
# Both first make sure the cmark C library (Debian: libcmark-dev) is installed.

SWIFT ?= swift
RELEASE_BIN = .build/release/cxreport

.PHONY: report test deps build release gallery bench clean

deps:
	@if pkg-config --exists libcmark zlib 2>/dev/null && [ -f /usr/include/cmark.h ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing libcmark-dev and zlib1g-dev (cmark and zlib C libraries) with apt-get"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev zlib1g-dev pkg-config) >/dev/null \
			|| { echo "error: apt-get could not install libcmark-dev zlib1g-dev" >&2; exit 1; }; \
	else \
		echo "error: the cmark or zlib C library is missing. Install them with:" >&2; \
		echo "  sudo apt-get install -y libcmark-dev zlib1g-dev pkg-config" >&2; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product cxreport

report: release
	$(RELEASE_BIN) build --project .
	@echo "open output/index.html"

test: deps
	$(SWIFT) test

gallery: deps
	$(SWIFT) run cxbench gallery output/gallery.html
	@echo "open output/gallery.html"

bench: deps
	bash Benchmarks/run-all.sh

clean:
	rm -rf .build output
