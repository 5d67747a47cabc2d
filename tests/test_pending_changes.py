"""An Editor's change to a published record waits for a Publisher; slugs of published records are frozen."""

import re

import pytest
import tablib
from django.contrib.auth.models import Group
from django.urls import reverse
from reversion.models import Version

from archive.models import Event, Instrument, Organ, Participation, PendingChange, SlugRedirect, State, Statistic, Topic
from archive.roles import EDITOR
from archive.transfer.resources import EventResource
from tests.forms import form_data
from tests.helpers import staff_client

pytestmark = pytest.mark.django_db

MEETING = "summit-1996-04-26-shanghai"  # 第一節 壹: the first Shanghai Five meeting


def change_url(record) -> str:
    return reverse(f"admin:archive_{record._meta.model_name}_change", args=[record.pk])


def edit(client, record, **changes):
    """Open the record's change page, change fields as a browser would, and save."""
    data = form_data(client.get(change_url(record)).content.decode(), f"{record._meta.model_name}_form")
    data.update(changes)
    return client.post(change_url(record), data)


def test_an_editors_change_to_a_published_meeting_waits_and_readers_see_the_published_one(editor, client):
    event = Event.objects.get(slug=MEETING)
    before = event.summary_en
    response = edit(editor, event, summary_en="An editor's new summary.")
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.summary_en == before
    pending = PendingChange.objects.get(object_id=str(event.pk))
    assert (pending.author_name, pending.state, pending.base_version) == ("ed", "pending", event.version)
    assert "An editor's new summary." not in client.get(f"/en/events/{event.slug}/").content.decode()


def test_the_author_keeps_editing_their_pending_change(editor):
    event = Event.objects.get(slug=MEETING)
    edit(editor, event, summary_en="First try.")
    page = editor.get(change_url(event)).content.decode()
    assert "First try." in page and "waits for a publisher" in page
    edit(editor, event, summary_en="Second try.")
    pending = PendingChange.objects.get(object_id=str(event.pk))
    assert pending.data["summary_en"] == ["Second try."]
    assert Event.objects.get(pk=event.pk).summary_en != "Second try."


def test_a_publisher_sees_the_diff_and_approves_it_as_a_revision_crediting_the_author(editor, publisher, client):
    event = Event.objects.get(slug=MEETING)
    edit(editor, event, summary_en="Approved summary.")
    pending = PendingChange.objects.get(object_id=str(event.pk))
    queue = publisher.get(reverse("admin:archive_pendingchange_changelist")).content.decode()
    assert pending.object_repr in queue
    review = publisher.get(reverse("admin:archive_pendingchange_change", args=[pending.pk])).content.decode()
    assert "Summary en" in review and "<ins>" in review, "the diff names the field and marks what is added"
    assert "Approve" in review
    assert review_and_approve(publisher, pending).status_code == 200
    event.refresh_from_db()
    assert event.summary_en == "Approved summary."
    pending.refresh_from_db()
    assert (pending.state, pending.reviewer) == ("approved", "pub")
    revision = Version.objects.get_for_object(event).first().revision
    assert revision.user.username == "pub" and "proposed by ed" in revision.comment
    assert "Approved summary." in client.get(f"/en/events/{event.slug}/").content.decode()


def test_a_rejected_change_is_not_applied_and_its_author_reads_why(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    before = event.summary_en
    edit(editor, event, summary_en="Rejected summary.")
    pending = PendingChange.objects.get(object_id=str(event.pk))
    publisher.post(reverse("admin:archive_pendingchange_reject", args=[pending.pk]), {"review_comment": "Footnote 4 says otherwise."})
    assert Event.objects.get(pk=event.pk).summary_en == before
    assert "Footnote 4 says otherwise." in editor.get(change_url(event)).content.decode()


def test_an_editor_cannot_review(editor):
    event = Event.objects.get(slug=MEETING)
    edit(editor, event, summary_en="My own change.")
    pending = PendingChange.objects.get(object_id=str(event.pk))
    assert editor.post(reverse("admin:archive_pendingchange_approve", args=[pending.pk])).status_code == 403
    assert Event.objects.get(pk=event.pk).summary_en != "My own change."


def test_approving_a_change_based_on_a_version_changed_since_is_refused(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    edit(editor, event, summary_en="Based on an old version.")
    edit(publisher, event, summary_zh="出版者的修改。")
    pending = PendingChange.objects.get(object_id=str(event.pk))
    response = review_and_approve(publisher, pending)
    assert "Not approved" in response.content.decode()
    event.refresh_from_db()
    assert (event.summary_en != "Based on an old version.", event.summary_zh) == (True, "出版者的修改。")
    assert PendingChange.objects.get(pk=pending.pk).state == "pending"


def test_a_new_participant_added_by_an_editor_waits_with_the_meeting(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    mongolia = State.objects.get(slug="mongolia")
    data = form_data(editor.get(change_url(event)).content.decode(), "event_form")
    prefix = "participations"
    index = int(data[f"{prefix}-TOTAL_FORMS"]) - 1  # the empty extra row
    data |= {f"{prefix}-{index}-state": str(mongolia.pk), f"{prefix}-{index}-role": "guest"}
    assert editor.post(change_url(event), data).status_code == 302
    assert not Participation.objects.filter(event=event, state=mongolia).exists()
    pending = PendingChange.objects.get(object_id=str(event.pk))
    review_and_approve(publisher, pending)
    assert Participation.objects.filter(event=event, state=mongolia, status="draft").exists()


def test_an_editor_changes_a_draft_directly(editor):
    draft = Event.objects.create(slug="other-2004-pending", kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")
    assert edit(editor, draft, summary_en="Straight in.").status_code == 302
    assert Event.objects.get(pk=draft.pk).summary_en == "Straight in."
    assert not PendingChange.objects.exists()


def test_an_editor_cannot_drag_a_published_organ_elsewhere_in_the_tree(editor):
    organ = Organ.objects.get(slug="rats")
    target = Organ.objects.get_root_nodes().first()
    response = editor.post(
        reverse("admin:archive_organ_changelist") + "move/", {"node": organ.pk, "target": target.pk, "relation": "child"}
    )
    assert response.status_code == 403
    assert Organ.objects.get_parent(Organ.objects.get(pk=organ.pk)) != target


def test_a_published_slug_is_frozen_for_editors(editor):
    topic = Topic.objects.get(slug="border")
    page = editor.get(change_url(topic)).content.decode()
    assert 'name="slug"' not in page


def test_a_publisher_changing_a_published_slug_keeps_the_old_url_as_a_redirect(publisher, client):
    topic = Topic.objects.get(slug="border")
    assert edit(publisher, topic, slug="border-settlement").status_code == 302
    old = client.get("/topics/border/")
    assert old.status_code == 301 and old["Location"] == "/topics/border-settlement/"
    assert client.get("/en/topics/border/")["Location"] == "/en/topics/border-settlement/"
    assert client.get("/topics/border-settlement/").status_code == 200


def test_an_editor_cannot_change_a_published_instruments_slug_from_a_draft_meeting_page(editor):
    meeting = Event.objects.create(slug="other-2004-slug", kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    Instrument.objects.filter(pk=charter.pk).update(event=meeting)
    data = form_data(editor.get(change_url(meeting)).content.decode(), "event_form")
    (prefix,) = {name.split("-")[0] for name, value in data.items() if name.endswith("-id") and value == str(charter.pk)}
    data[f"{prefix}-0-slug"] = "charter-renamed"
    response = editor.post(change_url(meeting), data)
    assert "only a publisher changes" in response.content.decode()
    assert Instrument.objects.get(pk=charter.pk).slug == "charter-2002-06-sco"


def test_a_hand_made_post_cannot_slip_a_status_or_a_slug_into_a_pending_change(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    data = form_data(editor.get(change_url(event)).content.decode(), "event_form")
    index = int(data["participations-TOTAL_FORMS"]) - 1
    mongolia = State.objects.get(slug="mongolia")
    data |= {"slug": "summit-renamed", "status": "draft", f"participations-{index}-state": str(mongolia.pk)}
    data |= {f"participations-{index}-role": "guest", f"participations-{index}-status": "published", "summary_en": "Smuggled."}
    assert editor.post(change_url(event), data).status_code == 302
    pending = PendingChange.objects.get(object_id=str(event.pk))
    assert not {"slug", "status", f"participations-{index}-status"} & set(pending.data)
    review_and_approve(publisher, pending)
    event.refresh_from_db()
    assert (event.summary_en, event.slug, event.status) == ("Smuggled.", MEETING, "published")
    assert Participation.objects.get(event=event, state=mongolia).status == "draft"


# ---- what an independent review of the gate tried ------------------------------------------------


def pending_of(record) -> PendingChange:
    return PendingChange.objects.get(object_id=str(record.pk), state="pending")


def review_and_approve(publisher, pending):
    page = publisher.get(reverse("admin:archive_pendingchange_change", args=[pending.pk]))
    reviewed = re.search(r'name="reviewed" value="([^"]+)"', page.content.decode()).group(1)
    return publisher.post(reverse("admin:archive_pendingchange_approve", args=[pending.pk]), {"reviewed": reviewed}, follow=True)


def test_save_as_new_slipped_into_a_post_saves_the_record_itself(editor, publisher):
    """Save as new is not offered; a hand-made request asking for it must not create a published copy."""
    statistic = Statistic.objects.published().first()
    count = Statistic.objects.count()
    data = form_data(editor.get(change_url(statistic)).content.decode(), "statistic_form") | {"_saveasnew": "x", "note_en": "Edited note."}
    assert editor.post(change_url(statistic), data).status_code == 302
    pending = pending_of(statistic)
    assert "_saveasnew" not in pending.data
    review_and_approve(publisher, pending)
    assert Statistic.objects.count() == count
    assert Statistic.objects.get(pk=statistic.pk).note_en == "Edited note."


def test_approval_refuses_a_change_edited_after_the_publisher_opened_it(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    edit(editor, event, summary_en="Harmless.")
    pending = pending_of(event)
    page = publisher.get(reverse("admin:archive_pendingchange_change", args=[pending.pk])).content.decode()
    reviewed = re.search(r'name="reviewed" value="([^"]+)"', page).group(1)
    edit(editor, event, summary_en="Never reviewed.")
    response = publisher.post(reverse("admin:archive_pendingchange_approve", args=[pending.pk]), {"reviewed": reviewed}, follow=True)
    assert "read it again before approving" in response.content.decode()
    assert Event.objects.get(pk=event.pk).summary_en != "Never reviewed."


def test_approval_refuses_to_undo_a_row_changed_since_and_the_diff_shows_row_changes(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    participation = event.participations.first()
    data = form_data(editor.get(change_url(event)).content.decode(), "event_form")
    (row,) = [
        name[: -len("-id")]
        for name, value in data.items()
        if name.endswith("-id") and name.startswith("participations") and value == str(participation.pk)
    ]
    data |= {f"{row}-capacity_en": "Changed by the editor"}
    assert editor.post(change_url(event), data).status_code == 302
    pending = pending_of(event)
    review = publisher.get(reverse("admin:archive_pendingchange_change", args=[pending.pk])).content.decode()
    assert "Changed by the editor" in review, "the diff shows a change inside an inline row"
    Participation.objects.filter(pk=participation.pk).first().save()  # someone saved the row meanwhile
    response = review_and_approve(publisher, pending)
    assert "changed or deleted since this change was made" in response.content.decode()
    assert Participation.objects.get(pk=participation.pk).capacity_en != "Changed by the editor"


def test_the_author_saves_again_a_pending_change_that_adds_a_row(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    mongolia = State.objects.get(slug="mongolia")
    data = form_data(editor.get(change_url(event)).content.decode(), "event_form")
    index = int(data["participations-TOTAL_FORMS"]) - 1
    data |= {f"participations-{index}-state": str(mongolia.pk), f"participations-{index}-role": "guest"}
    assert editor.post(change_url(event), data).status_code == 302
    page = editor.get(change_url(event)).content.decode()
    again = form_data(page, "event_form") | {"summary_en": "Edited again."}
    response = editor.post(change_url(event), again)
    assert response.status_code == 302, response.content.decode()[:3000]
    review_and_approve(publisher, pending_of(event))
    assert Participation.objects.filter(event=event, state=mongolia).count() == 1
    assert Event.objects.get(pk=event.pk).summary_en == "Edited again."


def test_hand_made_rows_and_versions_cause_no_500(editor, publisher):
    event = Event.objects.get(slug=MEETING)
    editor.raise_request_exception = publisher.raise_request_exception = False
    data = form_data(editor.get(change_url(event)).content.decode(), "event_form")
    data |= {"participations-99-id": "abc", "summary_en": "Odd rows.", "loaded_version": ["abc", data["loaded_version"]]}
    assert editor.post(change_url(event), data).status_code < 500
    assert editor.get(change_url(event)).status_code == 200
    for pending in PendingChange.objects.filter(object_id=str(event.pk)):
        assert publisher.get(reverse("admin:archive_pendingchange_change", args=[pending.pk])).status_code == 200
        assert publisher.post(reverse("admin:archive_pendingchange_approve", args=[pending.pk])).status_code < 500


def test_an_editor_cannot_change_a_published_row_on_a_draft_meetings_page(editor):
    meeting = Event.objects.create(slug="other-2004-row", kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    Instrument.objects.filter(pk=charter.pk).update(event=meeting)
    data = form_data(editor.get(change_url(meeting)).content.decode(), "event_form")
    (prefix,) = {name.split("-")[0] for name, value in data.items() if name.endswith("-id") and value == str(charter.pk)}
    data[f"{prefix}-0-title_en"] = "A title changed live"
    response = editor.post(change_url(meeting), data)
    assert "change it on its own page" in response.content.decode()
    assert Instrument.objects.get(pk=charter.pk).title_en != "A title changed live"


def test_an_editor_cannot_move_a_draft_organ_holding_a_published_one(editor):
    council = Organ.objects.get(slug="rats-council")
    draft = Organ.objects.add_root(create_kwargs={"slug": "draft-holder", "name_zh": "草稿機構", "kind": "group"})
    Organ.objects.move(council, draft, "last-child")
    other = Organ.objects.add_root(create_kwargs={"slug": "draft-other", "name_zh": "另一草稿", "kind": "group"})
    move = {"node": draft.pk, "target": other.pk, "relation": "child"}
    assert editor.post(reverse("admin:archive_organ_changelist") + "move/", move).status_code == 403
    assert Organ.objects.get_parent(Organ.objects.get(pk=draft.pk)) is None


def test_an_editor_cannot_delete_a_former_url(editor, publisher, client):
    topic = Topic.objects.get(slug="border")
    edit(publisher, topic, slug="border-settlement")
    redirect = SlugRedirect.objects.get(old_slug="border")
    assert editor.post(reverse("admin:archive_slugredirect_delete", args=[redirect.pk]), {"post": "yes"}).status_code == 403
    assert client.get("/topics/border/").status_code == 301


def test_a_publisher_renaming_a_row_on_its_meetings_page_keeps_its_old_url(publisher, client):
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    meeting = charter.event
    data = form_data(publisher.get(change_url(meeting)).content.decode(), "event_form")
    (prefix,) = {name.rsplit("-", 1)[0] for name, value in data.items() if name.endswith("-id") and value == str(charter.pk)}
    data[f"{prefix}-slug"] = "charter-2002-06-sco-renamed"
    assert publisher.post(change_url(meeting), data).status_code == 302
    assert client.get("/instruments/charter-2002-06-sco/")["Location"] == "/instruments/charter-2002-06-sco-renamed/"


def test_an_editors_import_of_a_changed_published_record_is_refused(django_user_model):
    user = django_user_model.objects.create_user("ed-import", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    resource = EventResource()
    dataset = resource.export(queryset=Event.objects.filter(slug=MEETING))
    dataset.dict  # noqa: B018  (materialised before editing)
    row = dataset.dict[0] | {"summary_en": "Changed by an import."}
    result = resource.import_data(
        tablib.Dataset(list(row.values()), headers=list(row)), dry_run=False, user=user, rollback_on_validation_errors=True
    )
    errors = [str(error) for invalid in result.invalid_rows for messages in invalid.error_dict.values() for error in messages]
    assert any("only a publisher imports changes" in error and "summary_en" in error for error in errors), errors
    assert Event.objects.get(slug=MEETING).summary_en != "Changed by an import."


def test_a_change_written_in_chinese_is_approved_by_a_publisher_reading_english(django_user_model, publisher):
    """The form is read in its author's language: dates and numbers as that form wrote them."""
    editor_zh = staff_client(django_user_model, "ed-zh", EDITOR, language="zh-hant")
    event = Event.objects.get(slug=MEETING)
    assert edit(editor_zh, event, summary_en="Written in the Chinese admin.").status_code == 302
    response = review_and_approve(publisher, pending_of(event))
    assert "Not approved" not in response.content.decode()
    assert Event.objects.get(pk=event.pk).summary_en == "Written in the Chinese admin."
