# `make run` starts Fieldbook, `make test` runs the whole suite. Both set everything up first:
# system libraries (Qt runtime, PostgreSQL for the server's tests), a virtualenv, the project.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

PKG_STAMP := $(VENV)/.package-installed

.PHONY: run test lint typecheck bench screenshots server translations clean system-deps \
	package package-test

run: $(STAMP) translations
	$(BIN)/fieldbook $(ARGS)

server: $(STAMP)
	$(BIN)/fieldbook-server serve $(ARGS)

test: system-deps $(STAMP) translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy protocol server desktop/core

translations: $(STAMP)
	$(BIN)/python -m tools.i18n release

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots screenshots

# The desktop program as one folder for this platform (Linux: dist/Fieldbook-*.tar.gz), then
# its --self-test from the unpacked archive. Not part of `make test`: see docs/packaging.md.
package: $(PKG_STAMP)
	$(BIN)/python packaging/build.py build

package-test: $(PKG_STAMP)
	$(BIN)/python packaging/build.py test

$(PKG_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PKG_STAMP)

system-deps:
	@tools/install-system-deps.sh

$(STAMP): pyproject.toml
	@tools/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache i18n/*.qm
