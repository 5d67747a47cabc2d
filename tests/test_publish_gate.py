"""The publish gate: import, export and draft preview need permissions; every deletion path checks the
rows it would delete."""

import csv
import io
import os
import time

import pytest
import tablib
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from archive.history.recording import recorded
from archive.models import Citation, Deletion, Event, ImportRecord, Instrument, Organ, Participation, Place, State
from archive.registry import ARCHIVE
from archive.roles import EDITOR, PUBLISHER
from archive.transfer import files
from archive.transfer.columns import escape_formula, unescape_formula
from archive.transfer.files import ImportFileStorage, dataset_bytes
from archive.transfer.resources import EventResource, PlaceResource
from tests.forms import form_data
from tests.helpers import staff_client

pytestmark = pytest.mark.django_db

SPREADSHEET_MODELS = [entry.model for entry in ARCHIVE if entry.spreadsheet]


@pytest.fixture
def no_group(client, django_user_model):
    """Staff with no group and no permission of its own."""
    client.force_login(django_user_model.objects.create_user("nobody", is_staff=True))
    return client


def admin_url(model, action: str, *args) -> str:
    return reverse(f"admin:archive_{model._meta.model_name}_{action}", args=args)


def draft_event(slug="other-2004-gate") -> Event:
    return Event.objects.create(slug=slug, kind="other", title_zh="草稿", held_on="2004-01-01", held_precision="year")


# ---- import, export, preview ---------------------------------------------------------------------


@pytest.mark.parametrize("model", SPREADSHEET_MODELS, ids=lambda model: model._meta.model_name)
def test_staff_without_a_group_can_neither_import_nor_export(no_group, model):
    assert no_group.get(admin_url(model, "import")).status_code == 403
    assert no_group.post(admin_url(model, "process_import"), {"import_file_name": "x.csv", "format": "0"}).status_code == 403
    assert no_group.get(admin_url(model, "export")).status_code == 403
    assert no_group.post(admin_url(model, "export"), {"format": "0"}).status_code == 403


@pytest.mark.parametrize("model", SPREADSHEET_MODELS, ids=lambda model: model._meta.model_name)
def test_an_editor_imports_and_exports(editor, model):
    assert editor.get(admin_url(model, "import")).status_code == 200
    assert editor.get(admin_url(model, "export")).status_code == 200


def test_a_view_only_account_exports_but_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-for-tests-only", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_state"))
    client.force_login(user)
    assert client.get(admin_url(State, "export")).status_code == 200
    assert client.get(admin_url(State, "import")).status_code == 403


def test_a_draft_is_previewed_only_by_staff_who_may_view_it(client, no_group, django_user_model):
    event = draft_event()
    url = event.get_absolute_url()
    assert no_group.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 404
    response = staff_client(django_user_model, "ed", EDITOR).get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


# ---- deletions ---------------------------------------------------------------------------------


def test_an_editor_cannot_delete_a_published_instrument_from_a_draft_meeting_page(editor):
    """The inline's delete looks at the row deleted, not at the draft meeting whose page it is on."""
    meeting = draft_event()
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    charter.event = meeting
    charter.save()
    page = editor.get(admin_url(Event, "change", meeting.pk)).content.decode()
    data = form_data(page, "event_form")
    (prefix,) = {name.split("-")[0] for name, value in data.items() if name.endswith("-id") and value == str(charter.pk)}
    data[f"{prefix}-0-DELETE"] = "on"
    response = editor.post(admin_url(Event, "change", meeting.pk), data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200, "refused: the page comes back with the error"
    assert "Only a publisher may delete published records" in response.content.decode()
    assert Instrument.objects.filter(pk=charter.pk).exists()


def test_an_editor_deletes_a_draft_row_from_a_draft_meeting_page(editor):
    meeting = draft_event()
    draft = Instrument.objects.create(
        slug="statement-2004-gate", kind="statement", title_zh="草稿聲明", signed_on="2004-01-01", signed_precision="year", event=meeting
    )
    data = form_data(editor.get(admin_url(Event, "change", meeting.pk)).content.decode(), "event_form")
    (prefix,) = {name.split("-")[0] for name, value in data.items() if name.endswith("-id") and value == str(draft.pk)}
    data[f"{prefix}-0-DELETE"] = "on"
    response = editor.post(admin_url(Event, "change", meeting.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Instrument.objects.filter(pk=draft.pk).exists()


def test_deleting_a_draft_organ_that_would_take_a_published_sub_organ_is_refused_with_what_it_takes(editor, publisher):
    """treebeard deletes a node's whole subtree: the RATS Council under a draft would go with it."""
    council = Organ.objects.get(slug="rats-council")
    draft = Organ.objects.add_root(create_kwargs={"slug": "draft-parent", "name_zh": "草稿機構", "kind": "group"})
    Organ.objects.move(council, draft, "last-child")
    page = editor.get(admin_url(Organ, "delete", draft.pk)).content.decode()
    assert str(council) in page
    assert editor.post(admin_url(Organ, "delete", draft.pk), {"post": "yes"}).status_code == 403
    assert Organ.objects.filter(pk=council.pk).exists()
    assert publisher.post(admin_url(Organ, "delete", draft.pk), {"post": "yes"}).status_code == 302
    assert not Organ.objects.filter(pk=council.pk).exists()


def test_a_bulk_delete_that_would_take_published_participations_is_refused(editor):
    meeting = draft_event()
    Participation.objects.create(event=meeting, state=State.objects.get(slug="china"), status="published")
    data = {"action": "delete_selected", "_selected_action": [meeting.pk], "post": "yes"}
    response = editor.post(admin_url(Event, "changelist"), data)
    assert response.status_code == 403
    assert Event.objects.filter(pk=meeting.pk).exists()


def test_a_bulk_delete_of_drafts_only_goes_through(editor):
    meeting = draft_event()
    Participation.objects.create(event=meeting, state=State.objects.get(slug="china"))
    data = {"action": "delete_selected", "_selected_action": [meeting.pk], "post": "yes"}
    assert editor.post(admin_url(Event, "changelist"), data).status_code == 302
    assert not Event.objects.filter(pk=meeting.pk).exists()


# ---- imports -------------------------------------------------------------------------------------


def import_event_with_an_added_citation(user) -> Citation:
    """The 1996 Shanghai meeting's row, with one more citation line (the chapter, 第一節 壹 ¶1)."""
    resource = EventResource()
    dataset = resource.export(queryset=Event.objects.filter(slug="summit-1996-04-26-shanghai"))
    row = dataset.dict[0]
    row["citations"] += "\nthesis-chapter-2 |  |  | 第一節 壹 ¶99"
    dataset = tablib.Dataset(list(row.values()), headers=list(row))
    result = resource.import_data(dataset, dry_run=False, user=user, rollback_on_validation_errors=True)
    assert not result.has_errors() and not result.has_validation_errors(), [row.error_dict for row in result.invalid_rows]
    return Citation.objects.get(event__slug="summit-1996-04-26-shanghai", section="第一節 壹 ¶99")


def test_a_citation_an_editor_imports_onto_a_published_meeting_stays_a_draft(django_user_model):
    user = django_user_model.objects.create_user("ed", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    assert import_event_with_an_added_citation(user).status == "draft"


def test_a_citation_a_publisher_imports_goes_live_with_its_published_meeting(django_user_model):
    user = django_user_model.objects.create_user("pub", is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER))
    assert import_event_with_an_added_citation(user).status == "published"


def test_a_title_a_spreadsheet_would_run_as_a_formula_is_escaped_in_the_chronology_csv(client):
    Event.objects.create(
        slug="other-2004-formula", kind="other", title_zh="=1+1", title_en="@SUM(A1)", held_on="2004-01-01", held_precision="year",
        status="published",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(client.get("/chronology.csv?year_from=2004").getvalue().decode("utf-8-sig"))))
    row = next(row for row in rows if row["url"].endswith("/events/other-2004-formula/"))
    assert (row["title_zh"], row["title_en"]) == ("'=1+1", "'@SUM(A1)")


def preview_places(client, content: bytes):
    """Upload a places CSV for its preview; returns the confirm form's data."""
    url = admin_url(Place, "import")
    preview = client.post(url, {"import_file": SimpleUploadedFile("places.csv", content), "format": "0"}, HTTP_ACCEPT_LANGUAGE="en")
    confirm_form = preview.context["confirm_form"]
    return {
        name: field.initial if field.initial is not None else confirm_form.initial.get(name) for name, field in confirm_form.fields.items()
    }


def places_csv_with(slug: str) -> bytes:
    dataset = PlaceResource().export(queryset=Place.objects.none())
    row = dict.fromkeys(dataset.headers, "") | {"slug": slug, "status": "draft", "name_zh": "新地點", "kind": "city"}
    dataset.append([row[header] for header in dataset.headers])
    return dataset_bytes(dataset, "csv")


def test_the_import_log_names_the_uploaded_file_and_the_waiting_copy_is_removed_after_the_confirm(editor):
    data = preview_places(editor, places_csv_with("place-logged"))
    waiting = ImportFileStorage(name=data["import_file_name"])
    assert waiting.exists()
    data["original_file_name"] = "a name the client chose.csv"
    assert editor.post(admin_url(Place, "process_import"), data).status_code == 302
    assert ImportRecord.objects.get(file_name="places.csv").new == 1
    assert not waiting.exists()


def test_a_confirm_naming_a_file_the_server_did_not_make_is_refused(editor, tmp_path):
    outside = tmp_path / "elsewhere.csv"
    outside.write_bytes(places_csv_with("place-outside"))
    data = preview_places(editor, places_csv_with("place-previewed"))
    data["import_file_name"] = str(outside)
    response = editor.post(admin_url(Place, "process_import"), data, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "no longer available" in response.content.decode()
    assert outside.exists()
    assert not Place.objects.filter(slug__in=["place-outside", "place-previewed"]).exists()


def test_previews_abandoned_for_a_day_are_swept(editor, settings):
    data = preview_places(editor, places_csv_with("place-abandoned"))
    waiting = ImportFileStorage(name=data["import_file_name"])
    old = time.time() - (settings.IMPORT_PREVIEW_HOURS * 3600 + 60)
    os.utime(waiting.get_full_path(), (old, old))
    assert ImportFileStorage.sweep() >= 1
    assert not waiting.exists()


def test_a_restore_needs_the_publish_permission_of_every_model_it_brings_back(client, django_user_model):
    """Publishing events but not citations: the meeting deleted with its citations stays deleted."""
    user = django_user_model.objects.create_user("events-only", is_staff=True)
    codenames = ["view_event", "change_event", "delete_event", "publish_event"]
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="archive", codename__in=codenames))
    client.force_login(user)
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    assert event.citations.exists()
    event.instruments.update(event=None)  # an instrument's meeting is protected from deletion
    pk = event.pk
    with recorded(user=user, comment="deleted in a test"):
        event.delete()
    deletion = Deletion.objects.get(model="archive.Event", object_id=str(pk))
    response = client.post(admin_url(Event, "restore", deletion.pk), follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "only a publisher of citations may restore one" in response.content.decode()
    assert not Event.objects.filter(pk=pk).exists()


def test_an_xlsx_over_the_row_limit_is_refused_from_its_raw_rows_before_it_is_parsed(monkeypatch):
    dataset = tablib.Dataset(*[(f"place-{i}", "城") for i in range(10)], headers=["slug", "name_zh"])
    content = dataset.export("xlsx")
    monkeypatch.setattr(files, "MAX_ROWS", 5)
    monkeypatch.setattr(tablib.Dataset, "load", lambda *args, **kwargs: pytest.fail("the workbook was parsed"))
    with pytest.raises(files.FileProblem, match="has 10 rows; at most 5 are imported at once"):
        files.read_dataset(content, "xlsx", "places.xlsx")


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("上海\x00", "holds a NUL character, which no database can store"),
        ("\ud800", "holds a lone surrogate (half of a UTF-16 pair), which no database can store"),
        ("長" * 20001, "a cell holds at most 20000"),
    ],
    ids=["nul", "lone-surrogate", "too-long"],
)
def test_an_imported_cell_the_database_cannot_store_is_a_row_error_and_nothing_is_written(cell, message):
    dataset = PlaceResource().export(queryset=Place.objects.none())
    row = dict.fromkeys(dataset.headers, "") | {"slug": "place-bad-cell", "status": "draft", "name_zh": "城", "note_en": cell}
    dataset.append([row[header] for header in dataset.headers])
    result = PlaceResource().import_data(dataset, dry_run=False, rollback_on_validation_errors=True)
    errors = [str(error) for invalid in result.invalid_rows for messages in invalid.error_dict.values() for error in messages]
    assert any(message in error for error in errors), errors
    assert not Place.objects.filter(slug="place-bad-cell").exists()


@pytest.mark.parametrize("value", ["'=1+1", "''=x", "'plain", "=SUM(A1)", "@here", "'"])
def test_a_cell_survives_export_and_import_exactly(value):
    assert unescape_formula(escape_formula(value)) == value


# ---- sessions, passwords, request size -----------------------------------------------------------


def test_wrong_old_passwords_lock_the_password_change_like_failed_logins(client, django_user_model, settings):
    user = django_user_model.objects.create_user("changer", password="an-old-password-123", is_staff=True)
    client.force_login(user)
    url = reverse("admin:password_change")
    wrong = {"old_password": "not-it", "new_password1": "a-new-password-456", "new_password2": "a-new-password-456"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, wrong, HTTP_ACCEPT_LANGUAGE="en")
    right = wrong | {"old_password": "an-old-password-123"}
    response = client.post(url, right, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == settings.AXES_HTTP_RESPONSE_CODE
    user.refresh_from_db()
    assert user.check_password("an-old-password-123"), "the right old password changes nothing while locked"


def test_a_password_shorter_than_twelve_characters_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("short", password="an-old-password-123", is_staff=True)
    client.force_login(user)
    data = {"old_password": "an-old-password-123", "new_password1": "Zx9!short", "new_password2": "Zx9!short"}
    response = client.post(reverse("admin:password_change"), data, HTTP_ACCEPT_LANGUAGE="en")
    assert "at least 12 characters" in response.content.decode()


def test_admin_sessions_end_when_idle_and_with_the_browser(settings):
    assert settings.SESSION_COOKIE_AGE == 120 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_a_body_over_the_limit_is_refused_before_it_is_read(editor, settings):
    response = editor.generic("POST", admin_url(Place, "import"), b"", CONTENT_LENGTH=str(settings.MAX_REQUEST_BYTES + 1))
    assert response.status_code == 413
