# okr-coach: `make run` and `make test` install what is missing (libedit-dev, pkg-config), build, and go.
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFT_FLAGS ?=

.PHONY: run test build release bench install uninstall deps clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

## Open the coach, reading the prompts in this checkout so edits to prompts/ show without a rebuild.
run: build
	@OKR_COACH_PROMPTS="$${OKR_COACH_PROMPTS:-$(CURDIR)/prompts}" .build/debug/okr-coach $(ARGS)

## Build, then run every test (unit, transcript, pipe and pseudo-terminal).
test: build
	$(SWIFT) test $(SWIFT_FLAGS)

release: deps
	$(SWIFT) build -c release $(SWIFT_FLAGS)

## Measure start-up, saving, checking and suggesting, and check 1 MB adversarial lines (release build).
## The random lines come from a printed seed; `make bench SEED=N` runs the same ones again.
bench: release
	$(SWIFT) build -c release --product okr-coach-bench $(SWIFT_FLAGS)
	.build/release/okr-coach-bench --binary .build/release/okr-coach $(if $(SEED),--seed $(SEED))

## Install the binary; the default prompts are built into it, so it works from any directory.
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 .build/release/okr-coach "$(DESTDIR)$(PREFIX)/bin/okr-coach"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/okr-coach"

clean:
	$(SWIFT) package clean
