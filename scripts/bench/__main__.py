"""``python -m bench``: run the benchmark (bench.cli)."""

from bench.cli import main

main()
