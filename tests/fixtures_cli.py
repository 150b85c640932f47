"""Fixtures and helpers shared by the CliRunner tests: one `invoke`, the fake-engine environment, a mixed folder."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, DUTCH_2, ENGLISH, write


def invoke(*args, input=None):
    """Run the real click command in-process; exceptions propagate so a traceback fails the test loudly."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A registry whose models use the fake engines, with caches in tmp_path."""
    return cli_fakes.fake_environment(tmp_path, monkeypatch)


@pytest.fixture
def folder(tmp_path):
    """Dutch, English and Arabic articles, two of them one folder down."""
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "b_en.txt", ENGLISH)
    write(src, "c/ar.txt", ARABIC)
    write(src, "c/d_nl.txt", DUTCH_2)
    return src
