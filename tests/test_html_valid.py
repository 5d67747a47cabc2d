"""Every public page is valid HTML: the Nu HTML Checker (vnu.jar, pinned in .ci/package.json and
installed by `npm ci --prefix .ci`) reports no error on any of them, in both languages, on the error
pages, and on pages with query strings. One JVM start checks every page at once."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from sco_site.page_cache import STORE
from tests.helpers import public_pages

pytestmark = [pytest.mark.django_db, pytest.mark.sweep]

VNU_JAR = Path(os.environ.get("VNU_JAR", Path(__file__).resolve().parent.parent / ".ci/node_modules/vnu-jar/build/dist/vnu.jar"))

# The pages a reader meets when something is wrong: a malformed filter (400), no such page (404);
# the 500 and 503 (database unreachable) pages are added below.
ERROR_PAGES = {
    "/chronology/?year_from=abc": 400,
    "/en/chronology/?year_from=abc": 400,
    "/organs/?on=2003-02-30": 400,
    "/en/organs/?on=2003-02-30": 400,
    "/events/no-such-event/": 404,
    "/en/events/no-such-event/": 404,
    # A character no database can store (RefuseUnstorableInputMiddleware's page).
    "/search/?q=%00": 400,
    "/en/chronology/?topic=a%00b&x=%00": 400,
}


def checker_or_skip() -> list[str]:
    java = shutil.which("java")
    missing = [what for what, there in (("java", java), (str(VNU_JAR), VNU_JAR.exists())) if not there]
    if not missing:
        return [java, "-jar", str(VNU_JAR)]
    reason = f"The Nu HTML Checker needs {' and '.join(missing)} (apt-get install default-jre-headless; npm ci --prefix .ci)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"HTML validation is mandatory under CI=true. {reason}")
    pytest.skip(reason)


def server_error_page(client, monkeypatch) -> bytes:
    """The 500 page, as the handler serves it."""
    from archive import views

    def broken(*args, **kwargs):
        raise RuntimeError("the database is down")

    monkeypatch.setattr(views.selectors, "home_counts", broken)
    client.raise_request_exception = False
    STORE.clear()  # the home page rendered earlier is kept in memory (sco_site.page_cache)
    response = client.get("/")
    assert response.status_code == 500
    return response.content


def outage_pages(client, monkeypatch) -> dict[str, bytes]:
    """The 503 page a reader sees while the database does not answer, in both languages."""
    from django.db.utils import OperationalError

    from archive import views

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    pages = {}
    with monkeypatch.context() as patch:
        patch.setattr(views.selectors, "home_counts", unreachable)
        client.raise_request_exception = False
        for path in ("/", "/en/"):
            response = client.get(path)
            assert response.status_code == 503
            pages[f"the 503 page at {path}"] = response.content
    return pages


def test_every_public_page_is_valid_html(tmp_path, monkeypatch):
    command = checker_or_skip()
    client = Client()
    pages: dict[str, str] = {}  # file name → the page it holds
    expected = dict.fromkeys(public_pages(), 200) | ERROR_PAGES
    for number, (url, status) in enumerate(expected.items()):
        response = client.get(url)
        assert response.status_code == status, (url, response.status_code)
        (tmp_path / f"page-{number:04d}.html").write_bytes(response.content)
        pages[f"page-{number:04d}.html"] = url
    (tmp_path / "page-server-error.html").write_bytes(server_error_page(client, monkeypatch))
    pages["page-server-error.html"] = "the 500 page"
    for number, (label, content) in enumerate(outage_pages(client, monkeypatch).items()):
        (tmp_path / f"page-outage-{number}.html").write_bytes(content)
        pages[f"page-outage-{number}.html"] = label

    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *(str(tmp_path / name) for name in pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    # vnu writes its report to stderr and exits with 1 when it reports an error.
    assert result.returncode in (0, 1) and result.stderr.lstrip().startswith("{"), result.stderr[-2000:]
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{pages.get(message.get('url', '').rsplit('/', 1)[-1], message.get('url'))} → line {message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") in ("error", "non-document-error")
    ]
    failing = {error.split(" → ")[0] for error in errors}
    assert not errors, f"{len(errors)} HTML errors on {len(failing)} of {len(pages)} pages:\n" + "\n".join(errors)
