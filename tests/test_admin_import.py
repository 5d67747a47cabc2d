"""Spreadsheet import in the admin: preview, confirm, errors in words, nothing written on failure."""

import io
import zipfile

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from archive.models import ImportRecord, Place, State
from archive.transfer.resources import StateResource
from tests.helpers import CSV_FORMAT, XLSX_FORMAT, confirm_data, csv_with_new_place, upload

pytestmark = pytest.mark.django_db


def test_preview_then_confirm_imports_exactly_the_new_row_and_records_it(admin_client_logged_in):
    before = Place.objects.count()
    preview = upload(admin_client_logged_in, "place", "places.csv", csv_with_new_place())
    assert preview.status_code == 200
    assert Place.objects.count() == before, "the preview writes nothing"
    done = admin_client_logged_in.post(reverse("admin:archive_place_process_import"), confirm_data(preview))
    assert done.status_code == 302
    assert Place.objects.count() == before + 1
    assert Place.objects.get(slug="astana-new").state.slug == "kazakhstan"
    record = ImportRecord.objects.get()
    assert (record.new, record.unchanged, record.file_name) == (1, before, "places.csv")


def test_unknown_slug_is_shown_with_row_and_column_and_nothing_is_written(admin_client_logged_in):
    before = Place.objects.count()
    preview = upload(admin_client_logged_in, "place", "places.csv", csv_with_new_place(state="atlantis"))
    html = preview.content.decode()
    assert "atlantis" in html and "state" in html
    assert preview.context.get("confirm_form") is None, "no confirm button for a file with errors"
    assert Place.objects.count() == before


def test_legacy_cp950_csv_is_refused_with_advice(admin_client_logged_in):
    content = "slug,name_zh\nx,上海\n".encode("cp950")
    response = upload(admin_client_logged_in, "state", "states.csv", content)
    assert response.status_code == 200
    assert "CSV UTF-8" in response.content.decode()


def test_corrupt_xlsx_is_refused_with_a_message_not_a_500(admin_client_logged_in):
    response = upload(admin_client_logged_in, "state", "states.xlsx", b"PK\x03\x04garbage", XLSX_FORMAT)
    assert response.status_code == 200
    assert "XLSX" in response.content.decode()


def test_zip_bomb_xlsx_is_refused_before_unpacking(admin_client_logged_in, monkeypatch):
    monkeypatch.setattr("archive.transfer.files.MAX_XLSX_UNCOMPRESSED", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 100_000)
    response = upload(admin_client_logged_in, "state", "states.xlsx", buffer.getvalue(), XLSX_FORMAT)
    assert response.status_code == 200
    assert "unpacks to" in response.content.decode()
    assert State.objects.count() == 10


def test_reimporting_an_export_changes_nothing(admin_client_logged_in):
    content = ("\ufeff" + StateResource().export().export("csv")).encode("utf-8")
    preview = upload(admin_client_logged_in, "state", "states.csv", content)
    result = preview.context["result"]
    assert result.totals["skip"] == State.objects.count()
    assert result.totals["new"] == result.totals["update"] == 0


def editor_client(client, django_user_model, *codenames):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="pw-for-tests-only", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(content_type__app_label="archive", codename__in=codenames))
    client.force_login(editor)
    return client


def test_an_editor_cannot_import_published_rows(client, django_user_model):
    editor = editor_client(client, django_user_model, "view_place", "add_place", "change_place")
    content = csv_with_new_place().replace(b",draft,", b",published,")
    preview = upload(editor, "place", "places.csv", content)
    assert "only a publisher may import" in preview.content.decode()
    assert preview.context.get("confirm_form") is None
    assert not Place.objects.filter(slug="astana-new").exists()


def test_an_editor_may_import_drafts_and_a_publisher_may_publish(client, django_user_model):
    editor = editor_client(client, django_user_model, "view_place", "add_place", "change_place")
    assert upload(editor, "place", "places.csv", csv_with_new_place()).context.get("confirm_form") is not None
    publisher = django_user_model.objects.create_user("publisher", password="pw", is_staff=True)
    from django.contrib.auth.models import Permission

    publisher.user_permissions.set(Permission.objects.filter(codename__in=["view_place", "add_place", "change_place", "publish_place"]))
    client.force_login(publisher)
    content = csv_with_new_place().replace(b",draft,", b",published,")
    assert upload(client, "place", "places.csv", content).context.get("confirm_form") is not None


def test_confirm_is_refused_when_the_archive_changed_since_the_preview(admin_client_logged_in):
    preview = upload(admin_client_logged_in, "place", "places.csv", csv_with_new_place())
    confirm_form = preview.context["confirm_form"]
    Place.objects.filter(slug="almaty").update(name_en="Alma-Ata (changed by another editor)")
    data = {name: confirm_form.initial.get(name) for name in confirm_form.fields}
    response = admin_client_logged_in.post(reverse("admin:archive_place_process_import"), data, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "changed since the preview" in response.content.decode()
    assert not Place.objects.filter(slug="astana-new").exists()
    assert Place.objects.get(slug="almaty").name_en == "Alma-Ata (changed by another editor)"


def test_a_file_with_too_many_rows_is_refused_before_importing(admin_client_logged_in, monkeypatch):
    monkeypatch.setattr("archive.admin.spreadsheets.MAX_ROWS", 5)
    response = upload(admin_client_logged_in, "place", "places.csv", csv_with_new_place())
    assert "at most 5 are imported at once" in response.content.decode()
    assert not Place.objects.filter(slug="astana-new").exists()


def test_a_file_over_the_size_limit_is_refused(admin_client_logged_in, monkeypatch):
    monkeypatch.setattr("archive.admin.spreadsheets.MAX_FILE_BYTES", 100)
    response = upload(admin_client_logged_in, "place", "places.csv", csv_with_new_place())
    assert not Place.objects.filter(slug="astana-new").exists()
    assert response.status_code == 200
    with translation.override("en"):
        assert f"The file is larger than {filesizeformat(100)}; nothing was imported." in response.content.decode()


def test_export_from_the_admin_and_import_back_changes_nothing(admin_client_logged_in):
    resource = StateResource()
    data = {"format": CSV_FORMAT, "resource": "0", "export_items": []}
    data |= {f"{type(resource).__name__.lower()}_{name}": "on" for name in resource.fields}
    export = admin_client_logged_in.post(reverse("admin:archive_state_export"), data)
    assert export.status_code == 200, export.content[:500]
    content = export.content
    assert "中國".encode() in content and b"china" in content
    preview = upload(admin_client_logged_in, "state", "states.csv", content)
    totals = preview.context["result"].totals
    assert totals["skip"] == State.objects.count()
    assert totals["new"] == totals["update"] == totals["error"] == totals["invalid"] == 0
