"""extract() pauses the cyclic garbage collector while it runs, and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from clipper.errors import NotAnArticle
from clipper.extract import extract
from clipper.extract.nogc import nogc

PAGE = (
    "<html><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>"
    + "<p>The harbour publishes its tide tables each spring, and the fishing fleet plans its "
    "season around them, as it has done for a hundred years.</p>" * 4 + "</article></body></html>"
)


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_while_a_page_is_extracted_and_on_after() -> None:
    seen: list[bool] = []

    @nogc
    def work() -> str:
        seen.append(gc.isenabled())
        return "done"

    assert work() == "done"
    assert seen == [False]
    assert gc.isenabled()
    assert "harbour" in extract(PAGE).text
    assert gc.isenabled()


def test_the_collector_comes_back_when_the_page_is_refused() -> None:
    with pytest.raises(NotAnArticle):
        extract("<html><body></body></html>")
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    assert "harbour" in extract(PAGE).text
    assert not gc.isenabled()
