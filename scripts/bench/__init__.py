"""The project's benchmark (issues 6, 19 and 20), one module per measure, sharing one runner.

    PYTHONPATH=tests:scripts .venv/bin/python -m bench            # every measure (make benchmark)
    PYTHONPATH=tests:scripts .venv/bin/python -m bench --quick    # fewer runs, no 1,000-page corpus
    PYTHONPATH=tests:scripts .venv/bin/python -m bench --before HEAD~3 --only build   # before | after | ratio

Modules: ``runner`` (project copies, timed commands, paired alternating runs, the machine), ``builds``
(real site against plain Material; ``--profile``), ``preview`` (``mkdocs serve`` save to reload), ``firstview``
(bytes of a first view), ``search`` (index bytes, query latency), ``corpus`` (10/100/1,000 extra pages),
``results`` (the results pages with 2,000 rows), ``suite`` (``make quick`` and ``make test``), ``report``
(Markdown tables), ``cli`` (the options). Nothing runs on the real tree: every build is on a temporary copy.
"""
