"""Where the repository's parts are, for a test at any depth under ``tests/``.

Tests import it by name (``from _paths import DATA``): the rootdir ``conftest.py`` puts
``tests/`` on ``sys.path``, as it does for ``_releases``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

#: The ``tests/`` folder.
TESTS = Path(__file__).resolve().parent
#: The repository's root.
ROOT = TESTS.parent
#: Test data: corpora, goldens.
DATA = TESTS / "data"
#: The documentation's pages.
DOCS = ROOT / "docs"
#: Scripts that write and check the docs' generated pages.
TOOLS = ROOT / "tools"
#: The package's source.
PACKAGE = ROOT / "pytest_patter_trace"


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """Import a script that is not in a package (a generator, a benchmark) by its path.

    It is registered in ``sys.modules`` under ``name`` (default: the file's stem), where
    dataclasses look their module up; a second load returns the first.
    """
    name = name or path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
