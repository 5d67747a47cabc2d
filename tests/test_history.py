"""Every change is a revision (who, when, comment); the history page shows readable diffs; a
publisher reverts, an organ's parent through treebeard; imports and bulk publishing are recorded."""

import pytest
import reversion
from django.urls import reverse
from reversion.models import Revision, Version

from archive.history.diff import version_values
from archive.history.recording import recorded, write_revision
from archive.history.serializer import TREE_PARENT
from archive.models import Citation, Deletion, Event, Organ, Place, Status
from archive.transfer.archive import import_archive
from tests import factories
from tests.helpers import change_form_data, confirm_data, csv_with_new_place, export_files, upload

pytestmark = pytest.mark.django_db

SHANGHAI_1996 = "summit-1996-04-26-shanghai"


# Longer than the history's threshold for marking what changed inside a text.
SUMMARY = "The heads of state met and signed the agreement on confidence-building in the border area."


def meeting(**fields) -> Event:
    """A published meeting of the test's own, with an English summary to edit."""
    return factories.event(**{"published": True, "kind": "summit", "summary_en": SUMMARY} | fields)


def edit(client, record, **changes):
    url = reverse(f"admin:archive_{record._meta.model_name}_change", args=[record.pk])
    data = change_form_data(client, url) | changes
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    record.refresh_from_db()


def history_html(client, record) -> str:
    response = client.get(reverse(f"admin:archive_{record._meta.model_name}_history", args=[record.pk]))
    assert response.status_code == 200
    return response.content.decode()


def revert(client, record, version):
    url = reverse(f"admin:archive_{record._meta.model_name}_revert", args=[record.pk, version.pk])
    return client.post(url, follow=True)


def test_an_admin_save_is_a_revision_with_user_comment_and_a_readable_diff(publisher):
    """An editor's change to a meeting's English summary."""
    event = meeting()
    old_summary = event.summary_en
    edit(publisher, event, summary_en=old_summary + " Revised by an editor.")
    versions = Version.objects.get_for_object(event)
    assert versions.count() == 2, "the state from before the first change is kept as a baseline"
    latest = versions.first()
    assert latest.revision.user.username == "pub"
    assert "Changed" in latest.revision.comment and "summary" in latest.revision.comment.lower()
    html = history_html(publisher, event)
    assert "<ins> Revised by an editor.</ins>" in html
    assert "State before the first recorded change" in html


def test_inline_rows_are_kept_in_the_same_revision(publisher):
    event = meeting()
    factories.participation(event, factories.state(published=True), published=True)
    url = reverse("admin:archive_event_change", args=[event.pk])
    data = change_form_data(publisher, url)
    other_state = factories.state(published=True).pk
    data |= {
        "participations-TOTAL_FORMS": "1",
        "participations-INITIAL_FORMS": "0",
        "participations-0-state": other_state,
        "participations-0-role": "observer",
        "participations-0-status": "draft",
    }
    assert publisher.post(url, data).status_code == 302
    added = event.participations.get(role="observer")
    revision = Version.objects.get_for_object(added).get().revision
    assert Version.objects.get_for_object(event).first().revision == revision


def test_bulk_publish_records_the_record_and_its_cascaded_parts(publisher):
    event = factories.event(title_zh="新事件")
    citation = factories.citation(event, source=factories.source(published=True))
    response = publisher.post(reverse("admin:archive_event_changelist"), {"action": "publish_selected", "_selected_action": [event.pk]})
    assert response.status_code == 302
    revision = Version.objects.get_for_object(event).first().revision
    assert "Published" in revision.comment
    cited = Version.objects.get_for_object(citation).first()
    assert cited.revision == revision and cited.field_dict["status"] == Status.PUBLISHED, "the cascade (queryset.update) is kept too"
    html = history_html(publisher, event)
    assert "<del>draft</del>" in html and "<ins>published</ins>" in html


def test_a_publisher_reverts_and_the_revert_is_itself_a_revision(publisher):
    event = meeting()
    original = event.summary_en
    edit(publisher, event, summary_en="A wrong summary.")
    baseline = Version.objects.get_for_object(event).last()
    response = revert(publisher, event, baseline)
    assert "is back to the version of" in response.content.decode()
    event.refresh_from_db()
    assert event.summary_en == original
    latest = Version.objects.get_for_object(event).first()
    assert latest.revision.comment.startswith("Reverted to the version of") and latest.revision.user.username == "pub"


def test_an_editor_sees_history_but_cannot_revert(editor, publisher):
    event = meeting()
    edit(publisher, event, summary_en="Changed once.")
    html = history_html(editor, event)
    assert "Only publishers can revert" in html and "Revert to this version" not in html
    assert revert(editor, event, Version.objects.get_for_object(event).last()).status_code == 403
    event.refresh_from_db()
    assert event.summary_en == "Changed once."


def test_revert_naming_a_deleted_record_changes_nothing(publisher):
    """A topic removed and deleted since: the revert says so instead of dropping it silently."""
    event = meeting()
    topic = factories.topic()
    event.topics.add(topic)
    edit(publisher, event, summary_en="With the topic.")
    with_topic = Version.objects.get_for_object(event).first()
    event.topics.remove(topic)
    topic.delete()
    edit(publisher, event, summary_en="Without the topic.")
    response = revert(publisher, event, with_topic)
    assert "Nothing was reverted" in response.content.decode() and "no longer exists" in response.content.decode()
    event.refresh_from_db()
    assert event.summary_en == "Without the topic."


def test_revert_that_breaks_a_rule_is_refused_with_the_field(publisher):
    event = factories.event(slug="other-2004-a", title_zh="甲")
    edit(publisher, event, slug="other-2004-b")
    first = Version.objects.get_for_object(event).last()
    factories.event(slug="other-2004-a", title_zh="乙")
    html = revert(publisher, event, first).content.decode()
    assert "Nothing was reverted" in html and "slug" in html.lower()
    event.refresh_from_db()
    assert event.slug == "other-2004-b"


def test_reverting_an_organs_parent_moves_it_back_through_treebeard(publisher):
    """A body with a sub-body of its own under one parent; a wrong drag in the tree is undone."""
    old_parent, target = factories.organ(kind="group"), factories.organ(kind="group")
    organ = factories.organ(old_parent)
    factories.organ(organ, kind="sub-body")
    move = {"node": organ.pk, "target": target.pk, "relation": "child"}
    response = publisher.post(reverse("admin:archive_organ_changelist") + "move/", move)
    assert response.status_code == 200
    organ.refresh_from_db()
    assert Organ.objects.get_parent(organ, update=True) == target
    moved = Version.objects.get_for_object(organ).first()
    assert moved.revision.comment == "Moved in the organ tree"
    assert "parent in the organ tree" in history_html(publisher, organ).lower()
    before_move = Version.objects.get_for_object(organ)[1]
    assert "is back to the version of" in revert(publisher, organ, before_move).content.decode()
    organ.refresh_from_db()
    assert Organ.objects.get_parent(organ, update=True) == old_parent
    assert not any(Organ.objects.find_problems())


def test_admin_import_is_one_revision_by_the_importing_user(publisher):
    preview = upload(publisher, "place", "places.csv", csv_with_new_place())
    assert publisher.post(reverse("admin:archive_place_process_import"), confirm_data(preview)).status_code == 302
    version = Version.objects.get_for_object(Place.objects.get(slug="astana-new")).get()
    assert version.revision.user.username == "pub"
    assert version.revision.comment.startswith("Imported from places.csv: 1 new")


def test_import_archive_records_a_revision_and_a_dry_run_or_failure_records_none(tmp_path):
    """An export of the meetings alone (the whole archive's cycle is tested in test_import_export)."""
    event = meeting()
    factories.citation(event, published=True)
    export_dir = export_files(tmp_path / "again", ["events"])
    event.summary_en = "Edited outside the import."
    event.save()
    before = Revision.objects.count()
    assert import_archive(export_dir, dry_run=True).ok
    assert Revision.objects.count() == before
    broken = export_files(tmp_path / "broken", ["events"])
    (broken / "events.csv").write_text("not,the,header\n", encoding="utf-8")
    assert not import_archive(broken).ok
    assert Revision.objects.count() == before
    event.refresh_from_db()
    assert event.summary_en == "Edited outside the import.", "neither the dry run nor the failure wrote"
    assert import_archive(export_dir).ok
    latest = Version.objects.get_for_object(event).first()
    assert latest.revision.comment == "Imported with import_archive from again"
    assert latest.field_dict["summary_en"] != "Edited outside the import."


def test_a_deleted_summit_comes_back_with_its_participants_and_citations(publisher, editor):
    """A meeting deleted by mistake, with its participants and citations, is restored whole."""
    event = meeting()
    for _ in range(2):
        factories.participation(event, factories.state(published=True), published=True)
        factories.citation(event, published=True)
    participants = set(event.participations.values_list("pk", flat=True))
    citations = set(event.citations.values_list("pk", flat=True))
    assert participants and citations
    assert publisher.post(reverse("admin:archive_event_delete", args=[event.pk]), {"post": "yes"}).status_code == 302
    assert not Event.objects.filter(pk=event.pk).exists()
    listing = publisher.get(reverse("admin:archive_event_deleted")).content.decode()
    assert str(event) in listing
    assert "Deleted records" in publisher.get(reverse("admin:archive_event_changelist")).content.decode()
    deletion = Deletion.objects.get(model="archive.Event", object_id=str(event.pk))
    assert deletion.user == "pub"
    assert editor.post(reverse("admin:archive_event_restore", args=[deletion.pk])).status_code == 403
    response = publisher.post(reverse("admin:archive_event_restore", args=[deletion.pk]), follow=True)
    assert "is restored" in response.content.decode()
    restored = Event.objects.get(pk=event.pk)
    assert restored.slug == event.slug and restored.title_zh == event.title_zh
    assert set(restored.participations.values_list("pk", flat=True)) == participants
    assert set(restored.citations.values_list("pk", flat=True)) == citations
    assert Version.objects.get_for_object(restored).first().revision.comment.startswith("Restored")


def test_a_deleted_organ_comes_back_with_its_sub_bodies_in_place(publisher):
    """An organ with two bodies under it and a citation on one of them, between two other bodies."""
    parent = factories.organ(kind="category")
    factories.organ(parent)
    organ = factories.organ(parent)
    first_child = factories.organ(organ, kind="sub-body")
    factories.organ(organ, kind="sub-body")
    factories.organ(parent)
    factories.citation(first_child, section="二")
    organ.refresh_from_db()
    subtree = {o.pk: Organ.objects.get_parent(o).pk for o in Organ.objects.get_descendants(organ)}
    delete_in_admin(publisher, organ)
    assert not Organ.objects.filter(pk__in=[organ.pk, *subtree]).exists()
    assert "is restored" in restore_in_admin(publisher, organ).content.decode()
    organ = Organ.objects.get(pk=organ.pk)
    assert Organ.objects.get_parent(organ) == parent
    assert {o.pk: Organ.objects.get_parent(o).pk for o in Organ.objects.get_descendants(organ)} == subtree
    assert Citation.objects.filter(organ=first_child, section="二").exists()
    assert not any(Organ.objects.find_problems())


def test_a_restore_whose_slug_was_taken_meanwhile_changes_nothing(publisher):
    event = factories.event(slug="other-2004-gone", title_zh="甲")
    delete_in_admin(publisher, event)
    factories.event(slug="other-2004-gone", title_zh="乙")
    deletion = Deletion.objects.get(model="archive.Event", object_id=str(event.pk))
    response = publisher.post(reverse("admin:archive_event_restore", args=[deletion.pk]), follow=True)
    assert "Nothing was restored" in response.content.decode()
    assert not Event.objects.filter(pk=event.pk).exists()


def test_a_record_without_versions_has_a_history_page_saying_so(publisher):
    """Rows written outside the admin (the seed's loaddata, a shell) have no version until their first change."""
    event = meeting()
    assert not Version.objects.get_for_object(event).exists()
    assert "No version of this record is kept yet" in history_html(publisher, event)


def test_editing_a_published_seed_record_does_not_invent_a_publication_date(publisher):
    event = Event.objects.get(slug=SHANGHAI_1996)
    assert event.is_published and event.published_at is None
    edit(publisher, event, summary_en=event.summary_en + " More.")
    assert event.published_at is None
    assert "Published at" not in history_html(publisher, event)


def delete_in_admin(client, record):
    url = reverse(f"admin:archive_{record._meta.model_name}_delete", args=[record.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302


def restore_in_admin(client, record):
    deletion = Deletion.objects.filter(model=record._meta.label, object_id=str(record.pk)).first()
    return client.post(reverse(f"admin:archive_{record._meta.model_name}_restore", args=[deletion.pk]), follow=True)


def test_restore_brings_back_only_what_the_same_action_deleted(publisher):
    """A citation removed on purpose earlier stays removed when its meeting is restored."""
    event = meeting()
    removed, kept = factories.citation(event, published=True), factories.citation(event, published=True)
    delete_in_admin(publisher, removed)
    delete_in_admin(publisher, event)
    assert "is restored" in restore_in_admin(publisher, event).content.decode()
    assert Citation.objects.filter(pk=kept.pk).exists()
    assert not Citation.objects.filter(pk=removed.pk).exists()


def test_restore_puts_back_the_links_the_deletion_cleared(publisher):
    """Keys set to null (a membership's starting meeting) and many-to-many links (a topic's meetings)."""
    event = factories.event(title_zh="連結")
    membership = factories.membership(factories.state(), began_at=event)
    topic = factories.topic(name_zh="連結主題")
    linked_events = [meeting() for _ in range(3)]
    topic.events.add(*linked_events)
    event.topics.add(topic)
    delete_in_admin(publisher, topic)
    delete_in_admin(publisher, event)
    membership.refresh_from_db()
    assert membership.began_at is None
    html = restore_in_admin(publisher, topic).content.decode()
    assert "is restored" in html and "Not linked again, as deleted since" in html, "the deleted meeting is named"
    assert set(topic.events.all()) == set(linked_events)
    assert "is restored" in restore_in_admin(publisher, event).content.decode()
    membership.refresh_from_db()
    assert membership.began_at_id == event.pk
    assert list(Event.objects.get(pk=event.pk).topics.all()) == [topic], "linked again from the meeting's own data"


def test_revert_leaves_the_status_to_the_publish_actions(publisher):
    """Reverting an unpublished meeting to a published version does not publish it without its parts."""
    event = meeting()
    factories.participation(event, factories.state(published=True), published=True)
    changelist = reverse("admin:archive_event_changelist")
    response = publisher.post(changelist, {"action": "unpublish_selected", "_selected_action": [event.pk]})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == Status.DRAFT
    assert not event.participations.filter(status=Status.PUBLISHED).exists()
    edit(publisher, event, summary_en="Changed while unpublished.")
    published = Version.objects.get_for_object(event).last()
    assert published.field_dict["status"] == Status.PUBLISHED
    assert "is back to the version of" in revert(publisher, event, published).content.decode()
    event.refresh_from_db()
    assert event.summary_en == SUMMARY, "the revert happened"
    assert event.status == Status.DRAFT
    assert not event.participations.filter(status=Status.PUBLISHED).exists()


def test_a_refused_save_records_no_revision(publisher):
    event = meeting()
    edit(publisher, event, summary_en="Saved once.")
    before = Revision.objects.count()
    url = reverse("admin:archive_event_change", args=[event.pk])
    data = change_form_data(publisher, url) | {"title_zh": "", "title_en": "", "title_ru": ""}
    assert publisher.post(url, data).status_code == 200
    assert Revision.objects.count() == before


# ---- revisions written in bulk (import_archive) ---------------------------------------------------


def test_a_version_written_in_bulk_is_the_one_reversion_writes():
    """The same rows kept once by django-reversion and once by the bulk path: the same stored data,
    name, type and format, the tree parent of a sub-body and the parents named by a link row included."""
    parent = factories.organ(kind="group")
    organ = factories.organ(parent)
    event = meeting(organ=organ)
    event.places.set(Place.objects.filter(slug__in=["almaty", "shanghai"]))
    participation = factories.participation(event, factories.state(published=True), published=True)
    citation = factories.citation(organ, published=True)
    rows = [organ, event, participation, citation]
    with reversion.create_revision():
        for row in rows:
            reversion.add_to_revision(row)
    write_revision({type(row): [row.pk] for row in rows}, comment="In bulk")
    for row in rows:
        in_bulk, by_reversion = Version.objects.get_for_object(row)[:2]
        assert in_bulk.revision.comment == "In bulk"
        assert in_bulk.serialized_data == by_reversion.serialized_data, type(row)
        assert (in_bulk.object_repr, in_bulk.content_type, in_bulk.db, in_bulk.format) == (
            by_reversion.object_repr,
            by_reversion.content_type,
            by_reversion.db,
            by_reversion.format,
        )
    assert version_values(Version.objects.get_for_object(organ).first())[TREE_PARENT] == parent.pk
    assert sorted(Version.objects.get_for_object(event).first().field_dict["places"]) == sorted(event.places.values_list("pk", flat=True))


def test_a_record_imported_in_bulk_shows_its_change_in_its_history_and_reverts(tmp_path, publisher):
    """A meeting's summary edited by hand, then brought back by import_archive from an earlier export
    (its revision written in bulk): the history page shows the import and what it changed, and a
    publisher reverts the meeting to the hand edit."""
    event = meeting()
    factories.citation(event, published=True)
    export_dir = export_files(tmp_path / "earlier", ["events"])
    edit(publisher, event, summary_en=SUMMARY + " Edited by hand.")
    assert import_archive(export_dir).ok
    event.refresh_from_db()
    assert event.summary_en == SUMMARY
    imported, hand_edit = Version.objects.get_for_object(event)[:2]
    assert imported.revision.comment == "Imported with import_archive from earlier"
    html = history_html(publisher, event)
    assert "Imported with import_archive from earlier" in html
    assert "<del> Edited by hand.</del>" in html
    assert "is back to the version of" in revert(publisher, event, hand_edit).content.decode()
    event.refresh_from_db()
    assert event.summary_en == SUMMARY + " Edited by hand."
    assert Version.objects.get_for_object(event).count() == 4, "baseline, hand edit, import, revert"


def test_an_organ_imported_in_bulk_reverts_to_its_old_parent_through_treebeard(tmp_path, publisher):
    """An export of an organ under one parent; the organ moved under another; the import moves it back
    (written in bulk, its tree parent in the version), and reverting the import moves it again."""
    old_parent, new_parent = factories.organ(kind="group"), factories.organ(kind="group")
    organ = factories.organ(old_parent)
    factories.citation(organ, published=True)
    export_dir = export_files(tmp_path / "tree", ["organs"])
    organ.place_under(new_parent)
    with reversion.create_revision():
        reversion.add_to_revision(organ)
    assert import_archive(export_dir).ok
    organ.refresh_from_db()
    assert Organ.objects.get_parent(organ, update=True) == old_parent
    imported, moved = Version.objects.get_for_object(organ)[:2]
    assert version_values(imported)[TREE_PARENT] == old_parent.pk and version_values(moved)[TREE_PARENT] == new_parent.pk
    assert "parent in the organ tree" in history_html(publisher, organ).lower()
    assert "is back to the version of" in revert(publisher, organ, moved).content.decode()
    organ.refresh_from_db()
    assert Organ.objects.get_parent(organ, update=True) == new_parent
    assert not any(Organ.objects.find_problems())


def test_a_rolled_back_bulk_revision_leaves_no_versions():
    before = Version.objects.count()
    with pytest.raises(RuntimeError), recorded(comment="Undone", bulk=True):
        meeting()
        raise RuntimeError
    assert Version.objects.count() == before
    assert not Revision.objects.filter(comment="Undone").exists()
