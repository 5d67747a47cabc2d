"""Editors and publishers: groups from post_migrate, publishing actions, delete rules, draft preview."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from archive.admin.base import EditorialAdminMixin
from archive.models import Event
from archive.roles import EDITOR, PUBLISHER
from tests import factories
from tests.helpers import change_form_data, staff_client

pytestmark = pytest.mark.django_db


def test_groups_exist_with_their_permissions_after_migrate():
    editor = set(Group.objects.get(name=EDITOR).permissions.values_list("codename", flat=True))
    publisher = set(Group.objects.get(name=PUBLISHER).permissions.values_list("codename", flat=True))
    assert {"add_event", "change_event", "view_event"} <= editor
    assert not any(code.startswith("publish_") for code in editor)
    assert {"publish_event", "delete_event", "publish_organ"} <= publisher


def test_editor_sees_status_read_only_and_no_publish_action(editor):
    event = factories.event(published=True)
    page = editor.get(reverse("admin:archive_event_change", args=[event.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'name="status"' not in page
    assert "for publishers" in page
    changelist = editor.get(reverse("admin:archive_event_changelist")).content.decode()
    assert "publish_selected" not in changelist


def test_editor_cannot_delete_a_published_record_but_can_delete_a_draft(editor):
    event = factories.event(published=True)
    response = editor.post(reverse("admin:archive_event_delete", args=[event.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()
    draft = factories.event(title_zh="草稿", held_precision="year")
    assert editor.post(reverse("admin:archive_event_delete", args=[draft.pk]), {"post": "yes"}).status_code == 302
    assert not Event.objects.filter(pk=draft.pk).exists()


def test_publisher_publishes_in_bulk_with_citations_and_participants_and_the_date_is_recorded(publisher):
    event = factories.event(title_zh="新事件", held_precision="year")
    factories.participation(event, factories.state(published=True))
    factories.citation(event, source=factories.source(published=True))
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
    event = factories.event(title_zh="草稿", held_precision="year")
    url = reverse("admin:archive_event_change", args=[event.pk])
    data = change_form_data(editor, url) | {"status": "published", "summary_en": "Saved by an editor."}
    response = editor.post(url, data)
    assert response.status_code == 302, "the rest of the form is saved"
    event.refresh_from_db()
    assert event.summary_en == "Saved by an editor."
    assert event.status == "draft"


def test_staff_preview_a_draft_under_a_banner_and_readers_get_404(client, editor):
    draft = factories.event()
    preview = editor.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert 'class="draft-banner"' in preview.content.decode()
    assert "no-store" in preview["Cache-Control"]
    assert client.get(draft.get_absolute_url()).status_code == 404


def two_publishers_open_the_same_meeting(django_user_model):
    first, second = (staff_client(django_user_model, name, PUBLISHER, language="zh-hant") for name in ("first", "second"))
    event = factories.event(published=True, summary_en="The meeting's summary.", summary_zh="會晤摘要。")
    return first, second, event, reverse("admin:archive_event_change", args=[event.pk])


def test_second_editor_saving_an_older_version_is_refused_and_the_first_edit_is_kept(client, django_user_model):
    first, second, event, url = two_publishers_open_the_same_meeting(django_user_model)
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
    first, second, event, url = two_publishers_open_the_same_meeting(django_user_model)
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
    event = factories.event(published=True)
    staff_page = editor.get(event.get_absolute_url())
    assert staff_page.status_code == 200
    assert "private" in staff_page["Cache-Control"]
    assert "Cookie" in staff_page["Vary"]
    public = client.get(event.get_absolute_url())
    assert public.status_code == 200
    assert "private" not in public.get("Cache-Control", "")
    assert "Cookie" in public["Vary"]
