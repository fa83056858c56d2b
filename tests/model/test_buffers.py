"""Borrowed I/O buffers (app/model/buffers.py): reused within a thread, never shared between
threads, never handed out again after an error may have kept a slice of it alive."""

from __future__ import annotations

import ctypes
import threading

import pytest

from app.model.buffers import PAGE, borrowed, size_class


def _address(view: memoryview) -> int:
    return ctypes.addressof(ctypes.c_char.from_buffer(view))


def test_sizes_are_page_multiples_and_cover_the_request():
    assert size_class(1) == PAGE
    assert size_class(PAGE) == PAGE
    assert size_class(PAGE + 1) == 2 * PAGE
    assert size_class(262_160) == 512 * 1024


def test_a_buffer_is_reused_by_the_same_thread_and_aligned():
    with borrowed(300_000) as a:
        first = _address(a)
        assert len(a) >= 300_000 and first % 4096 == 0      # what O_DIRECT needs
        with borrowed(300_000) as b:                        # in use: another one
            assert _address(b) != first
    with borrowed(300_000) as c:
        assert _address(c) == first                         # back on top of the list


def test_another_thread_gets_its_own():
    with borrowed(PAGE) as mine:
        here = _address(mine)
    there: list[int] = []

    def other() -> None:
        with borrowed(PAGE) as b:
            there.append(_address(b))

    t = threading.Thread(target=other)
    t.start()
    t.join()
    assert there and there[0] != here
    with borrowed(PAGE) as again:
        assert _address(again) == here


def test_a_buffer_is_dropped_after_an_error():
    with pytest.raises(RuntimeError), borrowed(PAGE) as a:
        first = _address(a)
        kept = a[:10]                     # a traceback could hold a slice like this one
        kept[:] = b"0123456789"
        raise RuntimeError
    with borrowed(PAGE) as b:
        assert _address(b) != first       # never lent again while a slice may live
        b[:10] = b"xxxxxxxxxx"
    assert bytes(kept) == b"0123456789"   # still mapped, still its own
