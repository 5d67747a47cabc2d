"""Editors and publishers: groups from post_migrate, publishing actions, delete rules, draft preview."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from archive.admin.base import EditorialAdminMixin
from archive.models import Citation, Event, Participation
from archive.roles import EDITOR, PUBLISHER

pytestmark = pytest.mark.django_db


def signed_in_staff(client, django_user_model, name: str, group: str):
    """``client`` signed in as a new staff member of ``group`` (Editor or Publisher)."""
    user = django_user_model.objects.create_user(name, password="pw-for-tests-only", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def editor(client, django_user_model):
    return signed_in_staff(client, django_user_model, "ed", EDITOR)


@pytest.fixture
def publisher(client, django_user_model):
    return signed_in_staff(client, django_user_model, "pub", PUBLISHER)


def test_groups_exist_with_their_permissions_after_migrate():
    editor = set(Group.objects.get(name=EDITOR).permissions.values_list("codename", flat=True))
    publisher = set(Group.objects.get(name=PUBLISHER).permissions.values_list("codename", flat=True))
    assert {"add_event", "change_event", "view_event"} <= editor
    assert not any(code.startswith("publish_") for code in editor)
    assert {"publish_event", "delete_event", "publish_organ"} <= publisher


def test_editor_sees_status_read_only_and_no_publish_action(editor):
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    page = editor.get(reverse("admin:archive_event_change", args=[event.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'name="status"' not in page
    assert "for publishers" in page
    changelist = editor.get(reverse("admin:archive_event_changelist")).content.decode()
    assert "publish_selected" not in changelist


def test_editor_cannot_delete_a_published_record_but_can_delete_a_draft(editor):
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    response = editor.post(reverse("admin:archive_event_delete", args=[event.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()
    draft = Event.objects.create(slug="other-2004-draft", kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")
    editor.post(reverse("admin:archive_event_delete", args=[draft.pk]), {"post": "yes"})
    assert not Event.objects.filter(pk=draft.pk).exists()


def test_publisher_publishes_in_bulk_with_citations_and_participants_and_the_date_is_recorded(publisher):
    event = Event.objects.create(slug="other-2004-new", kind="other", title_zh="新事件", held_on="2004-01-01", held_precision="year")
    Participation.objects.create(event=event, state_id=Event.objects.get(slug="summit-1996-04-26-shanghai").host_id)
    Citation.objects.create(source_id=Citation.objects.first().source_id, section="test", event=event)
    response = publisher.post(
        reverse("admin:archive_event_changelist"), {"action": "publish_selected", "_selected_action": [event.pk]}, follow=True
    )
    assert response.status_code == 200
    event.refresh_from_db()
    assert event.is_published and event.published_at is not None
    assert event.participations.get().is_published
    assert event.citations.get().is_published
    publisher.post(reverse("admin:archive_event_changelist"), {"action": "unpublish_selected", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert not event.is_published and event.published_at is None


def test_editor_posting_a_status_change_is_ignored(editor):
    event = Event.objects.create(slug="other-2004-draft2", kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")
    url = reverse("admin:archive_event_change", args=[event.pk])
    page = editor.get(url)
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | tuple)}
    data |= {"status": "published", "held_on": "2004-01-01", "held_until": ""}
    import re

    for prefix in re.findall(r'name="([a-z_]+)-TOTAL_FORMS"', page.content.decode()):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    editor.post(url, data)
    event.refresh_from_db()
    assert event.status == "draft"


def test_staff_preview_a_draft_under_a_banner_and_readers_get_404(client, editor):
    Event.objects.filter(slug="summit-1998-07-03-almaty").update(status="draft")
    preview = editor.get("/events/summit-1998-07-03-almaty/")
    assert preview.status_code == 200
    assert 'class="draft-banner"' in preview.content.decode()
    assert "no-store" in preview["Cache-Control"]
    editor.logout()
    assert client.get("/events/summit-1998-07-03-almaty/").status_code == 404


def change_form_data(client, url):
    import re

    page = client.get(url)
    form = page.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            data[name] = value.pk
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for prefix in re.findall(r'name="([a-z_]+)-TOTAL_FORMS"', page.content.decode()):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data


def two_publishers_open_the_almaty_meeting(django_user_model):
    from django.test import Client

    first, second = (signed_in_staff(Client(), django_user_model, name, PUBLISHER) for name in ("first", "second"))
    event = Event.objects.get(slug="summit-1998-07-03-almaty")
    return first, second, event, reverse("admin:archive_event_change", args=[event.pk])


def test_second_editor_saving_an_older_version_is_refused_and_the_first_edit_is_kept(client, django_user_model):
    first, second, event, url = two_publishers_open_the_almaty_meeting(django_user_model)
    first_data, second_data = change_form_data(first, url), change_form_data(second, url)
    first_data["summary_en"] = "First editor's summary."
    assert first.post(url, first_data).status_code == 302
    second_data["summary_en"] = "Second editor's summary."
    response = second.post(url, second_data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Someone else saved this record" in html
    assert "First editor&#x27;s summary." in html or "First editor's summary." in html
    event.refresh_from_db()
    assert event.summary_en == "First editor's summary."
    # after reloading, the second editor can save
    fresh = change_form_data(second, url)
    fresh["summary_en"] = "Second editor's summary."
    assert second.post(url, fresh).status_code == 302
    event.refresh_from_db()
    assert event.summary_en == "Second editor's summary."


@pytest.mark.parametrize("model", [m for m, a in admin.site._registry.items() if isinstance(a, EditorialAdminMixin)], ids=str)
def test_every_change_form_carries_the_version_it_was_opened_at(admin_client_logged_in, model):
    """The hidden version field is on the page even where the admin lays fields out in fieldsets;
    without it a browser's save would be refused as a conflict."""
    record = model.objects.first()
    page = admin_client_logged_in.get(reverse(f"admin:archive_{model._meta.model_name}_change", args=[record.pk])).content.decode()
    assert f'name="loaded_version" value="{record.version}"' in page


def test_the_refusal_lists_what_the_other_editor_changed_not_the_second_editors_own_edit(client, django_user_model):
    first, second, event, url = two_publishers_open_the_almaty_meeting(django_user_model)
    first_data, second_data = change_form_data(first, url), change_form_data(second, url)
    first.post(url, first_data | {"summary_zh": "第一位編輯的摘要。"})
    html = second.post(url, second_data | {"summary_en": "Second."}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    message = html[html.index("Someone else saved") :][:600]
    assert "第一位編輯的摘要。" in message
    assert "summary (English)" not in message and "summary en" not in message.lower()
    event.refresh_from_db()
    assert event.summary_zh == "第一位編輯的摘要。" and event.summary_en != "Second."


def test_pages_for_a_signed_in_user_are_private_and_every_page_varies_on_the_cookie(client, editor):
    """A shared cache must never hand a staff member's page (drafts, their name) to a reader."""
    staff_page = editor.get("/events/summit-1996-04-26-shanghai/")
    assert "private" in staff_page["Cache-Control"]
    assert "Cookie" in staff_page["Vary"]
    editor.logout()
    public = client.get("/events/summit-1996-04-26-shanghai/")
    assert "private" not in public.get("Cache-Control", "")
    assert "Cookie" in public["Vary"]
