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

    assert_valid(command, tmp_path, pages)


def assert_valid(command: list[str], folder: Path, pages: dict[str, str]) -> None:
    """The Nu HTML Checker's errors on the files ``pages`` names (file name → the page it holds), none expected."""
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *(str(folder / name) for name in pages)],
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


# Past 50 states the state filter is a text box (archive.filters.SELECT_LIMIT); an organ with more
# sub-bodies than the chart draws under it, paginated on its page (archive.orgchart).
AT_SCALE_PAGES = {
    "/chronology/": 200,
    "/en/chronology/?state=Uzbekistan": 200,
    "/en/chronology/2001/?state=uzbekistan": 200,
    "/chronology/?state=Atlantis": 400,
    "/en/instruments/?state=Atlantis&topic=border": 400,
    "/organs/": 200,
    "/en/organs/html-valid-group/": 200,
    "/en/organs/html-valid-group/?page=2": 200,
}


def test_the_filters_text_boxes_and_the_org_charts_cut_are_valid_html(tmp_path):
    from archive.filters import SELECT_LIMIT
    from archive.models import Organ, State

    command = checker_or_skip()
    for number in range(SELECT_LIMIT + 1 - State.objects.published().count()):
        State.objects.create(slug=f"html-valid-state-{number}", name_zh=f"測試國{number}", status="published")
    group = Organ.objects.add_root(create_kwargs={"slug": "html-valid-group", "kind": "group", "name_zh": "測試組", "status": "published"})
    for number in range(25):
        child = Organ.objects.add_child(
            Organ.objects.get(pk=group.pk),
            create_kwargs={"slug": f"html-valid-{number}", "kind": "meeting", "name_zh": f"測試會議{number}", "status": "published"},
        )
        for level in range(3 if number == 0 else 0):
            child = Organ.objects.add_child(
                child, create_kwargs={"slug": f"html-valid-0-{level}", "kind": "sub-body", "name_zh": f"測試{level}", "status": "published"}
            )
    client, pages = Client(), {}
    for number, (url, status) in enumerate(AT_SCALE_PAGES.items()):
        response = client.get(url)
        assert response.status_code == status, (url, response.status_code)
        (tmp_path / f"page-{number:04d}.html").write_bytes(response.content)
        pages[f"page-{number:04d}.html"] = url
    assert_valid(command, tmp_path, pages)
