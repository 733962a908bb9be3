# SafeSteps — make run | make test | make dist. Needs only Python >= 3.11 (and make).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := packaging/requirements-lock.txt
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES := $(wildcard app/*.py app/ui/*.py)

.PHONY: run test test-fast venv translations lupdate benchmarks dist lock clean

venv: $(STAMP)

# (Re)create .venv when the lock or pyproject changes: pinned packages first, then SafeSteps itself.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SafeSteps needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# Compiled translations are built from the .ts sources, never edited by hand.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the source (new strings appear as unfinished; removed ones are dropped).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(UI_SOURCES) -ts $(TS)

run: $(STAMP) translations
	$(BIN)/safesteps

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not xvfb and not keyring and not dist" -x -q

benchmarks: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

dist: $(STAMP) translations
	$(BIN)/python packaging/build.py

lock: $(STAMP)
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -viE '^(safesteps|pip)==' > $(LOCK).new
	{ head -2 $(LOCK); cat $(LOCK).new; } > $(LOCK).tmp && rm $(LOCK).new && mv $(LOCK).tmp $(LOCK)

clean:
	rm -rf build dist resources/i18n/*.qm .pytest_cache
