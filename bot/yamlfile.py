"""Reading one YAML file of content/: the same safe loader for every file, errors that name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's loader, when the PyYAML wheel has it: all of content/ in 0.11 s instead of 0.77 s.
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> dict[str, Any]:
    """The mapping at the top of the file; ValueError naming the file if it cannot be read,
    is not valid YAML, or holds something else than a mapping."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)  # noqa: S506 (a safe loader)
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return raw
