"""Speed and memory, measured on demand against the reference tools the issues name.

``python -m benchmarks all`` or ``python -m benchmarks NAME``; each ``benchmarks/NAME.py`` has
``main(argv: list[str]) -> int`` and prints articles (or items) per second and peak memory.
Not part of the test suite: timings never appear in assertions.
"""
