# okr-coach: `make run` and `make test` install what is missing (libedit-dev, pkg-config), build, and go.
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFT_FLAGS ?=
export SWIFT

.PHONY: run test stress build release bench install uninstall deps test-deps man dist dist-test clean

deps:
	@scripts/install-deps.sh

## What the tests need besides the build: bash, zsh and fish (completion scripts), groff (the man page), and
## where apt-get can install them, chromium-headless-shell and poppler-utils (the HTML handout's browser test).
test-deps:
	@scripts/install-deps.sh --test

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

## Open the coach, reading the prompts in this checkout so edits to prompts/ show without a rebuild.
run: build
	@OKR_COACH_PROMPTS="$${OKR_COACH_PROMPTS:-$(CURDIR)/prompts}" .build/debug/okr-coach $(ARGS)

## Build, then run every test (unit, transcript, pipe and pseudo-terminal, completion scripts, man page).
test: build test-deps
	scripts/man-page.sh .build/man/okr-coach.1
	$(SWIFT) test $(SWIFT_FLAGS)

## Kill the coach mid-save and fuzz session files thousands of times (OKR_COACH_STRESS=N sets how many; each
## test prints its seed, and OKR_COACH_SEED=N replays it).
stress: build
	OKR_COACH_STRESS=$${OKR_COACH_STRESS:-2000} $(SWIFT) test $(SWIFT_FLAGS) --filter 'CrashSafetyTests|SessionFuzzTests|ConversationFuzzTests|SessionReaderTests|SessionWriterTests'

release: deps
	$(SWIFT) build -c release $(SWIFT_FLAGS)

## Measure start-up, saving, checking and suggesting, and check 1 MB adversarial lines (release build).
## The random lines come from a printed seed; `make bench SEED=N` runs the same ones again.
bench: release
	$(SWIFT) build -c release --product okr-coach-bench $(SWIFT_FLAGS)
	.build/release/okr-coach-bench --binary .build/release/okr-coach $(if $(SEED),--seed $(SEED))

## The man page, generated from the argument definitions: .build/man/okr-coach.1.
man: build
	scripts/man-page.sh .build/man/okr-coach.1

## Install the binary (the default prompts are built into it, so it works from any directory), its man page,
## the bash, zsh and fish completions and the README.
install: release man
	scripts/install-files.sh install .build/release/okr-coach "$(DESTDIR)$(PREFIX)"

uninstall:
	scripts/install-files.sh uninstall "$(DESTDIR)$(PREFIX)"

## .build/dist/okr-coach-VERSION-linux-ARCH.tar.gz: a binary that runs without Swift installed, with the man
## page, the completions and the README.
dist: deps
	scripts/dist.sh

## Build the tarball, then test it as a machine without Swift would use it (not part of `make test`: slow).
dist-test: deps test-deps
	scripts/dist-test.sh "$$(scripts/dist.sh)"

clean:
	$(SWIFT) package clean
