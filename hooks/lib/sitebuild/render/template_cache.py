"""Material's templates compiled once, not on every build: Jinja's bytecode cache.

Reads nothing of the project's data and emits nothing. Each language's build (and each rebuild of
``mkdocs serve``) makes a new Jinja environment, which compiled Material's ~90 templates again, about a
fifth of a build. Jinja keeps each compiled template under a key of its name and source and checks the
source's checksum before using it, so a changed template (overrides/, or a new Material) is compiled
again; the output is the same either way. Kept in the environment's build cache (``sitebuild.cache``),
or in memory for this process when that cache is off.
"""

from __future__ import annotations

from jinja2 import BytecodeCache, FileSystemBytecodeCache

from sitebuild import cache


class _InMemory(BytecodeCache):
    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_memory = _InMemory()  # when the build cache is off: this process's compiled templates (mkdocs serve)


def use_cache(env) -> None:
    """From ``on_env``: the environment's templates compiled from the cache when they were compiled before."""
    where = cache.folder("templates")
    env.bytecode_cache = FileSystemBytecodeCache(str(where)) if where is not None else _memory
