# The two commands of README.md, and what they stand on.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Debian packages Qt's window system plugin needs on a desktop (and offscreen in CI).
QT_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
           libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 \
           libfontconfig1 libdbus-1-3 fonts-dejavu-core
# The real Secret Service keyring the tests use (in a private D-Bus session).
TEST_DEBS := gnome-keyring dbus
# PyInstaller and packaging/build.py read ELF files with objdump; the package test validates
# the desktop entry.
PACKAGE_DEBS := binutils desktop-file-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test bench package test-package system-deps test-deps debs venv install install-test lint typecheck unit screenshots translations clean

demo: install                 ## install into .venv and start ClaimDesk in training mode
	$(BIN)/claimdesk --demo

test: install-test lint typecheck   ## install the test tools and run every check and test
	QT_QPA_PLATFORM=offscreen tests/with-keyring $(BIN)/python -m pytest

bench: install-test           ## every benchmark beside its same-run baseline; writes docs/benchmarks.md
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run.py --write docs/benchmarks.md

package: venv                 ## the PyInstaller bundle dist/claimdesk/ and (Linux) dist/claimdesk_*.deb
	@$(MAKE) --no-print-directory debs DEBS="$(PACKAGE_DEBS)"
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/python packaging/build.py

# Installs the .deb with dpkg (root or sudo), runs it offscreen, removes it. Not in `make test`.
test-package: package install-test
	QT_QPA_PLATFORM=offscreen tests/with-keyring $(BIN)/python -m pytest -p no:cacheprovider \
	  -o addopts="-ra --strict-markers" tests/package

system-deps:                  ## Debian packages Qt needs, installed only when missing
	@$(MAKE) --no-print-directory debs DEBS="$(QT_DEBS)"

test-deps:
	@$(MAKE) --no-print-directory debs DEBS="$(TEST_DEBS)"

debs:
	@if command -v dpkg >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || missing="$$missing python3-venv"; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	  fi; \
	fi

$(BIN)/python: | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

venv: $(BIN)/python

install: venv
	$(BIN)/python -m pip install -q -e .

install-test: venv test-deps
	$(BIN)/python -m pip install -q -e '.[test]'

lint:
	$(BIN)/ruff check app tests
	$(BIN)/ruff format --check app tests
	$(BIN)/lint-imports

typecheck:
	$(BIN)/mypy

screenshots: install          ## refresh docs/screenshots (offscreen)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python tests/screenshots.py docs/screenshots

# Every module but the compiled resources (lupdate's Python reader crashes on their long
# byte string, and they hold no text to translate).
SOURCES = $(shell find app/claimdesk -name '*.py' ! -name resources_rc.py | sort)
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language en
translations: install-test    ## collect new strings into resources/i18n, compile them and the icons
	$(LUPDATE) -target-language es $(SOURCES) -ts resources/i18n/claimdesk_es.ts
	$(LUPDATE) -target-language en $(SOURCES) -ts resources/i18n/claimdesk_en.ts
	$(BIN)/pyside6-lrelease -silent resources/i18n/claimdesk_es.ts -qm resources/i18n/claimdesk_es.qm
	$(BIN)/pyside6-rcc resources/claimdesk.qrc -o app/claimdesk/ui/resources_rc.py

clean:
	rm -rf $(VENV) build dist *.egg-info app/*.egg-info .pytest_cache .mypy_cache .ruff_cache
