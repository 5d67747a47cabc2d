"""No request causes a 500: every public route and every admin page of every archive model, asked with
hostile values in its parameters and its path, by an anonymous reader, an Editor and a Publisher."""

import itertools

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from archive.downloads import CONTENT_TYPES, LISTINGS
from archive.models import Event, Organ, PendingChange
from archive.registry import archive_models, page_models
from archive.roles import EDITOR, PUBLISHER

pytestmark = [pytest.mark.django_db, pytest.mark.sweep]

HOSTILE = [
    "abc",
    "\x00",
    "-1",
    "0",
    "99999999999999999999",
    "²²²²",
    "1999x",
    "'; DROP TABLE archive_event; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%",
    "a" * 2100,
    "1e5",
    "２００１",
]
# Every parameter a public page or the admin reads, and a few it does not.
PUBLIC_PARAMETERS = ["kind", "organ", "state", "topic", "year", "year_from", "year_to", "framework", "q", "type", "page", "on", "x"]
ADMIN_PARAMETERS = ["q", "o", "p", "e", "all", "status", "kind", "held_on_year", "signed_on_year", "_changelist_filters", "organ", "state"]


def values(offset: int, count: int = 4) -> list[str]:
    """A few hostile values per URL, rotating through the whole list across URLs."""
    return list(itertools.islice(itertools.cycle(HOSTILE), offset % len(HOSTILE), offset % len(HOSTILE) + count))


def answer(client, method: str, url: str, data: dict) -> int:
    client.raise_request_exception = False
    response = getattr(client, method)(url, data)
    return response.status_code


def public_urls() -> list[str]:
    urls = [reverse(f"archive:{name}") for name in ("home", "chronology", "search", "statistics")]
    urls += [reverse("archive:download", args=[name, extension]) for name in LISTINGS for extension in CONTENT_TYPES]
    urls += [reverse(f"archive:{name}") for name in ("event-list", "instrument-list", "organ-chart", "organ-chart-svg", "state-list")]
    urls += [reverse(f"archive:{name}") for name in ("person-list", "place-list", "source-list", "topic-list", "phase-list")]
    for entry in page_models():
        record = entry.model.objects.published().first()
        urls += [record.get_absolute_url(), record.get_absolute_url().rstrip("/") + "x" * 300 + "/"]
    urls += ["/en" + url for url in urls]
    return [*urls, "/sitemap.xml", "/robots.txt", "/healthz", "/events/%00/", "/events/%ff%fe/", "/chronology/%C0%AF/"]


def admin_urls() -> list[str]:
    urls = []
    for model in [model for model in admin.site._registry if model._meta.app_label == "archive"]:
        info = f"admin:archive_{model._meta.model_name}"
        pk = model.objects.values_list("pk", flat=True).first() or 1
        urls += [reverse(f"{info}_changelist"), reverse(f"{info}_add"), reverse(f"{info}_change", args=["abc"])]
        urls += [reverse(f"{info}_change", args=[pk]), reverse(f"{info}_history", args=[pk]), reverse(f"{info}_delete", args=[pk])]
        if model in archive_models():
            urls += [reverse(f"{info}_deleted"), reverse(f"{info}_history", args=["%00"])]
        if model in admin.site._registry and hasattr(admin.site._registry[model], "import_action"):
            urls += [reverse(f"{info}_import"), reverse(f"{info}_export")]
    return [*urls, "/admin/archive/organ/children/abc/", "/admin/autocomplete/", "/admin/archive/", "/admin/password_change/"]


def signed_in(django_user_model, group: str) -> Client:
    user = django_user_model.objects.create_user(f"hostile-{group}", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_no_public_route_answers_500_to_hostile_parameters(client):
    failures = []
    for offset, url in enumerate(public_urls()):
        for value in values(offset):
            status = answer(client, "get", url, dict.fromkeys(PUBLIC_PARAMETERS, value))
            if status >= 500:
                failures.append((url[:80], repr(value[:20]), status))
    assert not failures


@pytest.mark.parametrize("group", [EDITOR, PUBLISHER])
def test_no_admin_page_answers_500_to_hostile_parameters(django_user_model, client, group):
    staff = signed_in(django_user_model, group)
    failures = []
    for offset, url in enumerate(admin_urls()):
        for value in values(offset, 2):
            data = dict.fromkeys(ADMIN_PARAMETERS, value)
            for who, requester in (("anonymous", client), (group, staff)):
                status = answer(requester, "get", url, data)
                if status >= 500:
                    failures.append((who, "GET", url, repr(value[:20]), status))
    assert not failures


@pytest.mark.parametrize("group", [EDITOR, PUBLISHER])
def test_no_admin_form_answers_500_to_hostile_posts(django_user_model, group):
    staff = signed_in(django_user_model, group)
    event = Event.objects.first()
    organ = Organ.objects.first()
    pending = PendingChange.objects.create(
        model="archive.Event",
        object_id=str(event.pk),
        object_repr="x",
        author_name="ed",
        base_version=1,
        data={"summary_en": ["abc"], "participations-0-id": ["abc"]},
    )
    posts = [
        (reverse("admin:archive_event_changelist"), {"action": "delete_selected", "_selected_action": ["abc", "\x00", "-1"]}),
        (reverse("admin:archive_event_changelist"), {"action": "publish_selected", "_selected_action": ["99999999999999999999"]}),
        (reverse("admin:archive_event_changelist"), {"action": "no_such_action", "_selected_action": [str(event.pk)]}),
        (reverse("admin:archive_event_process_import"), {"import_file_name": "../x", "format": "99", "resource": "7"}),
        (reverse("admin:archive_event_process_import"), {"import_file_name": "\x00", "format": "abc", "original_file_name": "x"}),
        (reverse("admin:archive_event_import"), {"format": "99", "resource": "abc"}),
        (reverse("admin:archive_event_export"), {"format": "99", "resource": "abc", "export_items": ["x"]}),
        (reverse("admin:archive_event_export"), {"format": "0", "resource": "0", "eventresource_slug": "on", "x": "\x00"}),
        (reverse("admin:archive_organ_changelist") + "move/", {"node": "abc", "target": str(organ.pk), "relation": "child"}),
        (reverse("admin:archive_organ_changelist") + "move/", {"node": str(organ.pk), "target": str(organ.pk), "relation": "x"}),
        (reverse("admin:archive_event_restore", args=[99999]), {}),
        (reverse("admin:archive_event_revert", args=[event.pk, 99999]), {}),
        (reverse("admin:archive_event_change", args=[event.pk]), {"slug": "\x00", "loaded_version": "abc", "held_on": "2001-02-30"}),
        (reverse("admin:archive_event_add"), {"slug": "a" * 500, "kind": "\x00", "title_zh": "\ufffd"}),
        (reverse("admin:archive_pendingchange_approve", args=[99999]), {"reviewed": "\x00"}),
        (reverse("admin:archive_pendingchange_reject", args=[pending.pk]), {"review_comment": "\x00" * 3000}),
        (reverse("admin:archive_pendingchange_approve", args=[pending.pk]), {"reviewed": "abc"}),
        (reverse("admin:archive_slugredirect_delete", args=[1]), {"post": "yes"}),
    ]
    failures = [(url, data, status) for url, data in posts if (status := answer(staff, "post", url, data)) >= 500]
    assert not failures
