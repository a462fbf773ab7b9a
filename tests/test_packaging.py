"""What `pip install .` puts in site-packages: the adapters inside the package, nothing top-level."""

from __future__ import annotations

import importlib
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import ROOT

import mideast_statements as ms


def test_the_wheel_maps_adapters_into_the_package(tmp_path: Path) -> None:
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run(
        [*pip_wheel, "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert "adapters" not in top, "adapters/ must install as mideast_statements.adapters"
    for module in ("__init__", "generic", "rt", "anadolu", "telesur"):
        assert f"mideast_statements/adapters/{module}.py" in names
    assert "mideast_statements/schema.json" in names and "mideast_statements/py.typed" in names


def test_every_builtin_adapter_imports_under_the_package() -> None:
    adapters = importlib.import_module("mideast_statements.adapters")  # mapped from adapters/ at install
    assert {cls.id for cls in adapters.BUILTIN} == {cls.id for cls in ms.default_registry()}
    assert adapters.BUILTIN[-1].id == "generic" and list(ms.default_registry())[-1].id == "generic"
