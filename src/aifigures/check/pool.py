"""The processes of one check: started on first use, given work a little ahead of the results, in order.

The per-article stage and the blocks of the rules across articles run in the same processes, so that
each starts (and loads the package and its word lists) once a check. Work is sent a few tasks ahead of
the results taken, so that a corpus read as a stream is never held whole in the queue.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Self, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from concurrent.futures import Future
    from types import TracebackType

__all__ = ["Pool"]

_T = TypeVar("_T")
_R = TypeVar("_R")
_AHEAD = 3
"""Tasks sent per process before the first result is taken."""


class Pool:
    """`jobs` processes for one check, started when first given work; closed by `with`."""

    def __init__(self, jobs: int) -> None:
        """No process is started yet."""
        self.jobs = jobs
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        """The pool, to give work to."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop the processes, if any were started."""
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None

    def ordered(self, fn: Callable[[_T], _R], tasks: Iterable[_T]) -> Iterator[_R]:
        """`fn` of each task in the processes, the results in the order of the tasks."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.jobs)
        pending: deque[Future[_R]] = deque()
        for task in tasks:
            pending.append(self._executor.submit(fn, task))
            if len(pending) >= _AHEAD * self.jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
