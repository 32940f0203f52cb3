"""extract() pauses the cyclic garbage collector while it runs, and leaves it as it found it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from clipper.errors import NotAnArticle
from clipper.extract import extract
from clipper.extract.nogc import COLLECT_EVERY, nogc

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


def test_nested_calls_leave_the_collector_off_until_the_outermost_returns() -> None:
    seen: list[bool] = []

    @nogc
    def inner() -> None:
        seen.append(gc.isenabled())

    @nogc
    def outer() -> None:
        inner()
        seen.append(gc.isenabled())

    outer()
    assert seen == [False, False]
    assert gc.isenabled()


def test_the_first_thread_leaving_never_turns_the_collector_on_under_another() -> None:
    # A comes in first, B second; A leaves while B is still inside: B must go on
    # paused, and the collector is on again only once B has left too.
    a_inside, b_inside = threading.Event(), threading.Event()
    a_may_leave, b_may_leave = threading.Event(), threading.Event()
    seen: dict[str, list[bool]] = {"a": [], "b": []}

    @nogc
    def work(name: str, inside: threading.Event, may_leave: threading.Event) -> None:
        seen[name].append(gc.isenabled())
        inside.set()
        assert may_leave.wait(10)
        seen[name].append(gc.isenabled())

    a = threading.Thread(target=work, args=("a", a_inside, a_may_leave))
    b = threading.Thread(target=work, args=("b", b_inside, b_may_leave))
    try:
        a.start()
        assert a_inside.wait(10)
        b.start()
        assert b_inside.wait(10)
        a_may_leave.set()
        a.join(10)
        assert not gc.isenabled()  # B is still inside
    finally:
        a_may_leave.set()
        b_may_leave.set()
        b.join(10)
    assert seen == {"a": [False, False], "b": [False, False]}
    assert gc.isenabled()


def test_many_threads_extracting_at_once_leave_the_collector_as_they_found_it() -> None:
    seen: list[bool] = []
    lock = threading.Lock()

    def clip() -> None:
        for _ in range(5):
            assert "harbour" in extract(PAGE).text

    @nogc
    def watched() -> None:
        with lock:
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=clip) for _ in range(4)]
    threads += [threading.Thread(target=watched) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert seen == [False] * 4
    assert gc.isenabled()
    gc.disable()
    threads = [threading.Thread(target=clip) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not gc.isenabled()


def test_a_call_that_raises_in_a_thread_still_counts_as_left() -> None:
    @nogc
    def fails() -> None:
        raise ValueError("no page")

    def run() -> None:
        with pytest.raises(ValueError):
            fails()

    t = threading.Thread(target=run)
    t.start()
    t.join(10)
    assert gc.isenabled()


def test_calls_overlapping_without_a_break_still_collect(monkeypatch: pytest.MonkeyPatch) -> None:
    collections: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *a: collections.append(1) or 0)
    holder_inside, holder_may_leave = threading.Event(), threading.Event()

    @nogc
    def hold() -> None:
        holder_inside.set()
        assert holder_may_leave.wait(10)

    @nogc
    def quick() -> None:
        pass

    t = threading.Thread(target=hold)
    t.start()
    assert holder_inside.wait(10)
    for _ in range(2 * COLLECT_EVERY):
        quick()
    holder_may_leave.set()
    t.join(10)
    assert len(collections) == 2
    assert gc.isenabled()
