"""Check that the built API reference shows every public name of the package.

    mkdocs build --strict -d site && python tools/check_reference.py site

Public names are what each public module lists in ``__all__`` (for a module without
``__all__``: the functions and classes it defines), plus the names the package exports.
Each must have an anchor on the API page, which mkdocstrings writes as the dotted path
(``pytest_patter_trace.checks.tree.parse_tree``). Exit code 1 lists what is missing.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

PACKAGE = "pytest_patter_trace"
API_PAGE = Path("reference") / "api" / "index.html"


def public_names() -> Iterator[str]:
    """Dotted paths of every public name, module by module, through the role folders."""
    package = importlib.import_module(PACKAGE)
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{PACKAGE}."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        module = importlib.import_module(info.name)
        names = getattr(module, "__all__", None)
        if names is None:
            names = [
                name
                for name, value in vars(module).items()
                if not name.startswith("_")
                and (inspect.isfunction(value) or inspect.isclass(value))
                and getattr(value, "__module__", None) == module.__name__
            ]
        if info.ispkg and not names:
            continue  # a role folder: only its docstring, nothing to document
        yield module.__name__
        for name in names:
            yield f"{module.__name__}.{name}"
    homes: dict[str, str] = package._homes()
    for name, module_name in homes.items():
        # Names from private modules are documented where users import them from.
        private = any(part.startswith("_") for part in module_name.split("."))
        value = getattr(package, name)
        if inspect.ismodule(value):
            yield value.__name__
        elif private:
            # Either where users import it from, or its module's own page section.
            yield f"{PACKAGE}.{name}|{PACKAGE}.{module_name}.{name}"
        else:
            yield f"{PACKAGE}.{module_name}.{name}"


def main(argv: Sequence[str] | None = None) -> int:
    """Compare the public names with the anchors of the built API page."""
    args = sys.argv[1:] if argv is None else list(argv)
    site = Path(args[0] if args else "site")
    page = site / API_PAGE
    if not page.is_file():
        sys.stderr.write(f"{page} not found: build the site first (mkdocs build -d {site})\n")
        return 2
    anchors = set(re.findall(r'id="([^"]+)"', page.read_text(encoding="utf-8")))
    # A name with alternatives (a|b) is documented when any of them is.
    missing = sorted(
        {name.split("|")[0] for name in public_names() if anchors.isdisjoint(name.split("|"))}
    )
    if missing:
        sys.stderr.write(
            f"{len(missing)} public name(s) missing from the API reference ({page}):\n"
            + "".join(f"  {name}\n" for name in missing)
            + "Add the module to docs/reference/api.md, or document the name.\n"
        )
        return 1
    print(f"API reference: every public name of {PACKAGE} is documented ({len(anchors)} anchors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
