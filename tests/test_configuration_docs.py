""".env.example and the README's configuration table name every variable the settings read."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def variables_read_by_settings() -> set[str]:
    source = (ROOT / "sco_site" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'(?:os\.environ\.get|env_bool|env_list)\(\s*"([A-Z][A-Z0-9_]*)"', source))
    # dj_database_url.config() reads DATABASE_URL without naming it.
    return names | {"DATABASE_URL"}


def env_example() -> dict[str, str]:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_env_example_names_every_variable_the_settings_read_and_no_other():
    assert len(variables_read_by_settings()) > 10
    assert set(env_example()) == variables_read_by_settings()


def test_readme_configuration_table_names_every_variable_the_settings_read():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration (environment)", 1)[1].split("\n## ", 1)[0]
    assert {name for name in variables_read_by_settings() if f"`{name}`" not in table} == set()


def test_env_example_is_safe_to_deploy_except_for_its_placeholder_secret_key():
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "sco_site.settings", **env_example()},
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.findall(r"\((security\.\w+)\)", output) == ["security.W009"]
