"""A Content-Security-Policy with nothing inline, and admin login throttling with django-axes."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import reversion
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from archive.models import Event, Instrument, Organ, Person, Place, Source, State
from archive.transfer.resources import PlaceResource
from sco_site.security import client_ip

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
DATA_BLOCK_TYPES = {"application/json", "application/ld+json"}


# --- Content-Security-Policy -------------------------------------------------------------------


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


@pytest.mark.parametrize("path", ["/", "/en/chronology/", "/admin/login/"])
def test_every_page_carries_a_csp_without_inline_code(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    header = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header


def test_the_logged_in_admin_carries_the_csp(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("admin:index"))
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert directives(response)["script-src"] == ["'self'"]


def inline_code_in_template(text: str) -> list[str]:
    problems = [match.group(0) for match in re.finditer(r"\sstyle\s*=|<style\b|\son[a-z]+\s*=", text)]
    for match in re.finditer(r"<script\b([^>]*)>", text):
        attributes = match.group(1)
        is_data = any(f'type="{kind}"' in attributes for kind in DATA_BLOCK_TYPES)
        if "src=" not in attributes and not is_data:
            problems.append(match.group(0))
    return problems


def test_the_template_scanner_finds_what_the_csp_forbids():
    assert inline_code_in_template('<p style="padding: 0">')
    assert inline_code_in_template('<input onchange="go(event)">')
    assert inline_code_in_template("<script>alert(1)</script>")
    assert inline_code_in_template("<style>p {}</style>")
    assert not inline_code_in_template('<script src="/static/a.js"></script><script type="application/json">{}</script>')


@pytest.mark.parametrize(
    "template", sorted(path for path in TEMPLATES_DIR.rglob("*") if path.is_file()), ids=lambda p: str(p.relative_to(TEMPLATES_DIR))
)
def test_no_template_has_inline_scripts_styles_or_handlers(template):
    assert inline_code_in_template(template.read_text(encoding="utf-8")) == []


class InlineCodeFinder(HTMLParser):
    """Every element of a rendered page that the CSP would block: inline script, style or handler."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {name: value or "" for name, value in attrs}
        for name, value in names.items():
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action", "formaction"} and value.strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in names and names.get("type", "") not in DATA_BLOCK_TYPES:
            self.found.append(f"<script {names}>")


def inline_code_in_page(response) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(response.content.decode())
    return finder.found


def public_paths() -> list[str]:
    paths = ["/", "/chronology/", "/events/", "/instruments/", "/organs/", "/states/", "/people/", "/places/", "/sources/"]
    paths += ["/topics/", "/phases/", "/statistics/", "/search/?q=憲章", "/en/", "/en/chronology/", "/en/organs/"]
    for model in (Event, Instrument, Organ, State, Person, Place, Source):
        record = model.objects.published().first()
        paths += [record.get_absolute_url(), "/en" + record.get_absolute_url()]
    return paths


def test_rendered_public_pages_have_no_inline_code(client):
    for path in public_paths():
        response = client.get(path)
        assert response.status_code == 200, path
        assert inline_code_in_page(response) == [], path


READ_ONLY_IN_ADMIN = {"importrecord", "deletion", "pendingchange", "slugredirect", "accessattempt", "accesslog", "accessfailurelog"}


def admin_paths(view: str) -> list[str]:
    """The changelist, add, change or history page of every registered model."""
    paths = []
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}"
        if view == "changelist" or (view == "add" and model._meta.model_name not in READ_ONLY_IN_ADMIN):
            paths.append(reverse(name))
        elif view in {"change", "history"} and (record := model.objects.first()) is not None:
            paths.append(reverse(name, args=[record.pk]))
    return paths


@pytest.mark.parametrize("view", ["changelist", "add", "change", "history"])
@pytest.mark.slow
def test_rendered_admin_pages_have_no_inline_code(admin_client_logged_in, view):
    if view == "history":
        # A version of each record, so that the history pages have an entry to render.
        with reversion.create_revision():
            for model in admin.site._registry:
                if reversion.is_registered(model) and (record := model.objects.first()) is not None:
                    reversion.add_to_revision(record)
    for path in admin_paths(view):
        response = admin_client_logged_in.get(path)
        assert response.status_code == 200, path
        assert inline_code_in_page(response) == [], path


def test_admin_index_import_and_export_pages_have_no_inline_code(admin_client_logged_in):
    paths = [reverse("admin:index")]
    for model_name in ("event", "organ", "instrument"):
        paths += [reverse(f"admin:archive_{model_name}_import"), reverse(f"admin:archive_{model_name}_export")]
    for path in paths:
        response = admin_client_logged_in.get(path)
        assert response.status_code == 200, path
        assert inline_code_in_page(response) == [], path


def test_the_login_page_has_no_inline_code(client):
    response = client.get(reverse("admin:login"))
    assert inline_code_in_page(response) == []


def test_the_import_preview_shows_its_diff_without_inline_colours(admin_client_logged_in):
    dataset = PlaceResource().export()
    name_zh = dataset.headers.index("name_zh")
    row = list(dataset[0])
    row[name_zh] = row[name_zh] + "（改）"
    dataset[0] = row
    upload = SimpleUploadedFile("places.csv", ("\ufeff" + dataset.export("csv")).encode())
    response = admin_client_logged_in.post(reverse("admin:archive_place_import"), {"import_file": upload, "format": "0"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<ins>（改）</ins>" in content, "the change is still marked"
    assert inline_code_in_page(response) == []


# --- Login throttling (django-axes) ------------------------------------------------------------

PASSWORD = "the-right-password-1"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("throttled-editor", password=PASSWORD, is_staff=True)


def log_in(client, username, password, **headers):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}, **headers)


def fail_five_times(client, username, **headers):
    for _ in range(5):
        log_in(client, username, "a-wrong-password", **headers)


def test_five_wrong_passwords_lock_the_user_out_with_a_clear_message(client, editor):
    for _ in range(4):
        assert log_in(client, editor.username, "a-wrong-password", HTTP_ACCEPT_LANGUAGE="en").status_code == 200
    assert log_in(client, editor.username, "a-wrong-password", HTTP_ACCEPT_LANGUAGE="en").status_code == 429
    response = log_in(client, editor.username, PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    content = response.content.decode()
    assert "Sign-in locked" in content
    assert "after 5 wrong passwords, this username is locked at your address" in content
    assert "Try again in 30 minutes." in content
    assert inline_code_in_page(response) == []


def test_the_lockout_message_is_in_traditional_chinese_by_default(client, editor):
    fail_five_times(client, editor.username)
    response = log_in(client, editor.username, PASSWORD)
    assert response.status_code == 429
    content = response.content.decode()
    assert "登入已鎖定" in content
    assert "30 分鐘後再試" in content


def test_another_user_at_the_same_address_can_still_log_in(client, editor, django_user_model):
    fail_five_times(client, editor.username)
    django_user_model.objects.create_user("other-editor", password=PASSWORD, is_staff=True)
    response = log_in(client, "other-editor", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_same_user_at_another_address_is_not_locked(client, editor):
    fail_five_times(client, editor.username, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert log_in(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    response = log_in(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_an_address_the_client_prepends_does_not_unlock(client, editor):
    fail_five_times(client, editor.username, HTTP_X_FORWARDED_FOR="203.0.113.5")
    # The proxy appends the address it saw; what the client sent before it is only a claim.
    response = log_in(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5")
    assert response.status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_a_forged_forwarded_for_header_does_not_unlock(client, editor):
    for number in range(5):
        log_in(client, editor.username, "a-wrong-password", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    response = log_in(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("proxy_count", "forwarded_for", "expected"),
    [
        (0, "198.51.100.7", "10.0.0.2"),  # no proxy: the header is the client's own claim
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "203.0.113.1, 198.51.100.7", "198.51.100.7"),  # the proxy appended the real address
        (2, "203.0.113.1, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (2, "198.51.100.7", "10.0.0.2"),  # fewer entries than proxies: not through the proxies
        (1, "", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address_behind_trusted_proxies(rf, settings, proxy_count, forwarded_for, expected):
    settings.TRUSTED_PROXY_COUNT = proxy_count
    request = rf.get("/admin/login/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_ip(request) == expected


def test_a_successful_login_is_logged_with_user_and_address(client, editor, caplog):
    # No caplog.at_level: the project's LOGGING itself must let axes' INFO lines through.
    response = log_in(client, editor.username, PASSWORD)
    assert response.status_code == 302
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("axes")]
    assert any("Successful login" in line and editor.username in line and "127.0.0.1" in line for line in lines), lines


def test_failures_and_the_lockout_are_logged(client, editor, caplog):
    fail_five_times(client, editor.username)
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("axes")]
    assert any("login failure" in line and editor.username in line for line in lines), lines
    assert any("Locking out" in line and editor.username in line for line in lines), lines
