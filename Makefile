# Attaché — build, run and test. `make run` and `make test` install missing system packages
# (Debian/Ubuntu) before they start; elsewhere they say what is missing.

GO      ?= go
TAGS    := migrated_fynedo
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml 2>/dev/null)
LDFLAGS := -X attache/internal/buildinfo.Version=$(or $(VERSION),dev)
GOBUILD := $(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)"

# What the GUI build needs (cgo, OpenGL, X11), and what the tests add (Xvfb, screenshots,
# PDF inspection).
BUILD_PACKAGES := gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev \
                  libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PACKAGES  := $(BUILD_PACKAGES) xvfb xauth imagemagick poppler-utils qpdf

.PHONY: all build run cli test test-go smoke vet fmt-check lint bench bench-data clean \
        deps-build deps-test

all: build

deps-build:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

deps-test:
	@scripts/ensure-packages.sh $(TEST_PACKAGES)

build: deps-build
	$(GOBUILD) -o build/attache .
	$(GOBUILD) -o build/attache-cli ./cmd/attache-cli

## run: open the desktop app on the bundled dataset
run: deps-build
	$(GO) run -tags $(TAGS) -ldflags "$(LDFLAGS)" .

## cli: build the command-line tool alone (no cgo needed)
cli:
	CGO_ENABLED=0 $(GOBUILD) -o build/attache-cli ./cmd/attache-cli

## test: what CI runs — formatting, vet, unit tests with the race detector, GUI smoke test
test: deps-test fmt-check vet test-go smoke

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet -tags $(TAGS) ./...

test-go:
	$(GO) test -tags $(TAGS) -race -count=1 ./...

smoke:
	scripts/gui-smoke.sh

lint: fmt-check vet
	$(GO) run honnef.co/go/tools/cmd/staticcheck@2025.1.1 -tags $(TAGS) ./...

## bench: the performance figures, each against the libraries' own floor in the same run
bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem -benchtime 3x ./reports/...

clean:
	rm -rf build
