"""The web package stays light until an app is built, and says which extra it needs."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsledger.web
from newsledger.errors import OptionalDependencyError

HEAVY = ("fastapi", "starlette", "uvicorn", "pydantic")


def test_init_import_loads_no_web_framework() -> None:
    code = (
        "import sys, newsledger, newsledger.web\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("missing", ["fastapi", "uvicorn"])
def test_init_missing_extra_names_the_install(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # makes ``import missing`` fail
    with pytest.raises(OptionalDependencyError) as caught:
        if missing == "fastapi":
            newsledger.web.create_app(object())  # type: ignore[arg-type]
        else:
            newsledger.web.serve(object())  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"{missing} is not installed; install it with: pip install 'newsledger[web]'"
    )


def test_init_public_surface() -> None:
    assert newsledger.web.__all__ == ["TOKEN_ENV", "create_app", "serve"]
    assert newsledger.web.TOKEN_ENV == "NEWSLEDGER_TOKEN"
