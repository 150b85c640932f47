# The two commands of the README:  `make demo`  and  `make test`.
# Both create .venv and install pinned dependencies first, so they work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# torch is pinned to the CPU build this machine carries; see README "Set-up".
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-models bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -r requirements.lock
	@# setuptools boxes an "Editable installation ... folders with the same name as your package may take
	@# precedence" notice around every editable install of a flat layout: informational, but it read as a failure
	PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on seeds/: Key Takeaways of every article on the terminal, records and markdown in out/demo/.
# Online, the pinned translation models are fetched once (`models pull`); offline (or not yet pinned) the
# English articles are still summarised and each Dutch/Arabic one says which model to pull: exit code 1
# ("some articles failed") is expected then, 2 (usage/config error) is not.
# The pull's own errors go to $(DEMO_OUT)/models-pull.log: each article that needs a missing model says so below, and
# printing the pull's error too showed every missing-model error twice.
DEMO_OUT ?= out/demo
demo: $(STAMP)
	@mkdir -p $(DEMO_OUT)
	@echo "newsbrief: fetching the translation models once (can take minutes online; quick when cached)" >&2
	@$(VENV)/bin/newsbrief models pull -q 2>$(DEMO_OUT)/models-pull.log || echo "newsbrief: translation" \
	  "models not fetched (why: $(DEMO_OUT)/models-pull.log); English articles are still summarised, Dutch" \
	  "and Arabic ones name the model to pull" >&2
	@$(VENV)/bin/newsbrief summarise seeds/ --format text -o $(DEMO_OUT); rc=$$?; test $$rc -le 1
	@echo "records (.json) and readable briefs (.md) are in $(DEMO_OUT)/" >&2

test: $(STAMP)
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
