"""The optional mypyc build (``make compiled``, tools/compile.py).

The slow test compiles one small module (the calendar arithmetic of the time extractor) into
a temporary folder, loads it in a fresh interpreter and checks that it runs compiled and gives
what the Python module gives. It leaves ``src`` untouched.
``pytest -m slow tests/test_compiled.py``
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.compiled import compiled_modules, describe, stale_modules

ROOT = Path(__file__).resolve().parent.parent
MODULE = "newsledger.extract.timex.calendar"
SOURCE = "src/newsledger/extract/timex/calendar.py"

#: Runs in a fresh interpreter: loads module argv[1] from file argv[2] (its source, or the
#: extension module built from it, with the group's shared library in argv[3]) and prints its
#: results on a grid of inputs as JSON.
PROBE = """
import importlib.util, json, sys
from datetime import date

name, path = sys.argv[1], sys.argv[2]
sys.path[0:0] = sys.argv[3:]
# loaded from this file, whether or not `make compiled` put an extension module by the source
spec = importlib.util.spec_from_file_location(name, path)
module = importlib.util.module_from_spec(spec)
sys.modules[name] = module
spec.loader.exec_module(module)


def call(function, *args):
    try:
        return repr(function(*args))
    except Exception as error:  # the same error in both builds
        return type(error).__name__


m = module
days = [date(2024, 1, 31), date(2024, 2, 29), date(2025, 12, 31), date(1, 1, 1)]
rows = []
for day in days:
    for n in (-13, -1, 0, 1, 25, 10**5):
        rows += [call(m.add_months, day, n), call(m.add_days, day, n)]
        rows += [call(m.shift, day, n, unit) for unit in ("day", "week", "month", "year")]
    rows += [call(m.value_at, day, unit) for unit in ("day", "week", "month", "quarter", "year")]
    for direction in (-1, 0, 1):
        rows += [call(m.year_for_day, day, 2, 29, direction)]
        rows += [call(m.weekday_near, day, 4, direction)]
for count in (None, 0, 1, 2.5, 10, 0.25):
    for unit in ("day", "week", "month", "year", "hour", "minute", "decade"):
        rows.append(call(m.duration_value, count, unit))
for value in ("2025-01-22", "2025-W04", "2025-01", "2025-Q1", "2025", "202", "P10D", "nonsense"):
    rows.append(call(m.parse_value, value))
rows += [call(m.easter, year) for year in (1900, 2024, 2025, 9999)]
results = {"file": module.__file__, "rows": rows}
print(json.dumps(results))
"""


def _probe(path: Path, *library: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, MODULE, str(path), *map(str, library)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_describe_names_the_build() -> None:
    names = compiled_modules()
    assert describe().startswith("compiled" if names else "pure Python")
    assert set(stale_modules()) <= set(names)


@pytest.mark.slow
def test_a_module_compiled_with_mypyc_gives_the_same_results(tmp_path: Path) -> None:
    pytest.importorskip("mypyc.build")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from compile import compile_modules  # tools/compile.py
    finally:
        sys.path.remove(str(ROOT / "tools"))
    out = tmp_path / "lib"
    compile_modules([SOURCE], group="calendar_test", build=tmp_path, jobs=1, out=out)
    compiled = _probe(next(out.rglob("calendar.*.so")), out)
    pure = _probe(ROOT / SOURCE)
    assert str(compiled["file"]).endswith(".so")
    assert str(pure["file"]).endswith(".py")
    assert compiled["rows"] == pure["rows"]
