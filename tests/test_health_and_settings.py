"""/healthz and the environment-driven settings."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db.utils import OperationalError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_healthz_answers_200_with_json_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("archive.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def settings_in_subprocess(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "sco_site.settings", **env},
        capture_output=True,
        text=True,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = settings_in_subprocess({"DJANGO_ALLOWED_HOSTS": "archive.example"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = settings_in_subprocess({"DJANGO_SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_debug_defaults_to_off_and_sqlite_in_the_project_folder():
    result = settings_in_subprocess({"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "archive.example"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"
    assert "sqlite3" in result.stdout


def test_database_url_selects_postgresql():
    result = settings_in_subprocess({"DJANGO_DEBUG": "true", "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres"})
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout


def deploy_check(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "sco_site.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
            "DJANGO_ALLOWED_HOSTS": "archive.example",
            **env,
        },
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_the_deployment_check_without_a_warning():
    result = deploy_check({})
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_turning_https_off_is_a_visible_choice():
    result = deploy_check({"DJANGO_SSL_REDIRECT": "false"})
    assert "security.W008" in result.stdout + result.stderr


def test_hsts_subdomains_and_preload_are_the_operators_choice():
    result = deploy_check({"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "true", "DJANGO_HSTS_PRELOAD": "true"})
    assert "System check identified no issues (0 silenced)" in result.stdout + result.stderr


def test_an_oversized_form_body_is_refused_with_400_not_a_traceback(client, settings):
    """DATA_UPLOAD_MAX_MEMORY_SIZE: a body above the limit is a plain 400."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = client.post("/admin/login/", {"username": "x" * 4096, "password": "y"})
    assert response.status_code == 400
    assert b"Traceback" not in response.content


def test_a_production_like_environment_passes_the_deployment_check_with_its_database_checks(tmp_path):
    """What an operator runs on the server: the suite's database (PostgreSQL in CI's PostgreSQL run),
    Redis, a proxy in front, database checks included, any warning a failure."""
    database = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp_path / 'production.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--database", "default", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in {"DATABASE_URL", "REDIS_URL"}},
            "DJANGO_SETTINGS_MODULE": "sco_site.settings",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
            "DJANGO_ALLOWED_HOSTS": "archive.example,www.archive.example",
            "DATABASE_URL": database,
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "DJANGO_BEHIND_PROXY": "true",
            "DJANGO_TRUSTED_PROXY_COUNT": "1",
            "DJANGO_CONTACT_EMAIL": "archive@example.org",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr
