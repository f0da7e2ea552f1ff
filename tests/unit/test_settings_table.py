"""The README's table of every setting names exactly the settings the code reads."""

from __future__ import annotations

import re

from bot.settings import PROJECT_ROOT, Settings


def test_the_readme_table_names_every_setting_and_no_other() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Every setting", 1)[1].split("\n### ", 1)[0]
    in_table = set(re.findall(r"^\| `([A-Z_]+)` \|", section, flags=re.M))
    in_code = {field.alias for field in Settings.model_fields.values()}
    assert in_table == in_code
