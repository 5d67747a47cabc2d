"""Playwright driving the system Chromium (Debian's /usr/bin/chromium), mandatory under CI=true, and one
live server for every browser test over the session's database (the seed, loaded once)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.helpers import DatabaseSnapshot

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PASSWORD = "a-long-test-password"


def chromium_or_skip() -> str:
    if Path(CHROMIUM).exists() and shutil.which(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Browser tests are mandatory under CI=true, and {CHROMIUM} is missing.")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium fonts-noto-cjk)")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_or_skip()
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_ARGS, headless=True, viewport=VIEWPORTS["desktop"], locale="zh-TW"
        )
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.bring_to_front()  # Chromium slows the timers of a page that is not in front
    yield page
    page.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="session")
def _shared_live_server(django_db_setup, django_db_blocker):
    """One live server for the session, and the committed database as the browser tests find it.

    pytest-django's ``live_server`` brings ``transactional_db``, which empties the database after each
    test: every browser test then had to load the seed again. Here the seed that ``django_db_setup``
    committed stays, and ``live_site`` puts back whatever a test changed.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        snapshot = DatabaseSnapshot()
    server = LiveServer("localhost")
    yield server, snapshot
    server.stop()


@pytest.fixture
def live_site(_shared_live_server, django_db_blocker):
    """The shared live server. The test and the server read and write the committed database (no
    transaction around the test, so that each sees the other's rows); afterwards every table the test
    changed is put back as it was, so nothing leaks into the next test."""
    from django.db import connection

    server, snapshot = _shared_live_server
    with django_db_blocker.unblock():
        assert not connection.in_atomic_block, (
            "A browser test runs outside any transaction: it must not request the db fixture, nor fixtures that do (django_user_model)."
        )
        try:
            yield server
        finally:
            snapshot.restore()
            # While Playwright runs, the test's code has database connections of its own (Django
            # keeps them per context); close them, or PostgreSQL refuses to drop the test database.
            connection.close()


def new_user(username: str, *, group: str | None = None, superuser: bool = False):
    """A staff member (of ``group``) or a superuser who signs in with ``PASSWORD``."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    users = get_user_model().objects
    if superuser:
        return users.create_superuser(username, "", PASSWORD)
    user = users.create_user(username, password=PASSWORD, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def log_in(page, base_url: str, username: str, password: str = PASSWORD) -> None:
    """Sign in on the admin's login page and wait for the admin's index."""
    from playwright.sync_api import expect

    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def save(page) -> None:
    page.locator('input[name="_save"]').first.click()
    page.wait_for_load_state()
