"""Whole-archive export and import through the resources: CSV, JSON or XLSX files plus a manifest.

An import runs every file in dependency order inside ONE transaction: any error in any file, or a
dry run, rolls all of it back, and later files always see the rows of earlier ones.

The export format is versioned (``format_version`` in the manifest). A change of columns adds a
version (``FORMAT_VERSION``) and names the columns it added (``COLUMNS_ADDED``); files of every
earlier version are still read, and a column such a file lacks keeps its default on a new row and
its value on an existing one. A version that renames columns (``COLUMNS_RENAMED``) or changes a
cell's syntax upgrades an older file's dataset to the current form before it is read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import tablib
from django.db import transaction
from django.db.models import Q

from archive.filters import shown
from archive.history.recording import recorded
from archive.locks import IMPORT_BUSY, import_lock_taken
from archive.notes import note_errors
from archive.registry import archive_models
from archive.roles import can_publish
from archive.transfer.base import UpdateOnlyResource
from archive.transfer.columns import upgrade_citations_cell
from archive.transfer.files import FORMATS, FileProblem, dataset_bytes, read_dataset
from archive.transfer.resources import ARCHIVE_RESOURCES

FORMAT_VERSION = 5
# The spreadsheets whose rows carry an editorial note.
NOTED = (
    "states",
    "places",
    "sources",
    "people",
    "organs",
    "events",
    "participations",
    "instruments",
    "instrument_parties",
    "instrument_relations",
    "memberships",
    "organ_seats",
)
# Format version → spreadsheet (resource name) → the columns that version added.
COLUMNS_ADDED: dict[int, dict[str, tuple[str, ...]]] = {
    # The archive's own aliases apart from the chapter's; people's surname-first sort name. (A date
    # column that now takes a range, appointments' "starts" and seats' "decided", still reads a
    # single date: no column was added for it.)
    2: {
        "states": ("aliases_archive",),
        "places": ("aliases_archive",),
        "topics": ("aliases_archive",),
        "people": ("aliases_archive", "sort_name"),
        "organs": ("aliases_archive",),
    },
    # Notes in both languages (``note`` became ``note_en``, see COLUMNS_RENAMED), an appointment's
    # term in Chinese, the statistics' English titles, scopes and units. The citations cell gained
    # a sixth part, the Chinese note (source | footnote | pages | section | note_en | note_zh).
    3: {
        **{name: ("note_zh",) for name in NOTED},
        "appointments": ("note_zh", "term_zh"),
        "statistics": ("note_zh", "dataset_title_en", "scope_en", "unit_en"),
    },
    # When each record was last published and last changed (a round trip keeps them; a file
    # without them leaves them to the import). A citation line may end with the same two dates.
    4: {name: ("published_at", "updated_at") for name, resource in ARCHIVE_RESOURCES if "status" in resource.fields},
    # No column added: a citation line gained a last part, the facts of the record it supports
    # (… | published_at | updated_at | date, places); a line without it names the record as a whole.
    # The sources' "year" became "issued" (SHEET_COLUMNS_RENAMED).
    5: {},
}
# Format version → old column name → its name from that version on (in every file that has it).
COLUMNS_RENAMED: dict[int, dict[str, str]] = {3: {"note": "note_en", "term": "term_en"}}
# Format version → spreadsheet → old column name → its name from that version on, in that file only.
# A source's "year" became "issued", its date at the footnote's precision: a year such as 2001 is
# already a date in the compact form, so an older file's years read as year-precision dates.
SHEET_COLUMNS_RENAMED: dict[int, dict[str, dict[str, str]]] = {5: {"sources": {"year": "issued"}}}
MANIFEST = "manifest.json"


# ---- export -----------------------------------------------------------------------------------


def export_archive(directory: Path, fmt: str, progress=None) -> dict:
    """Write one file per resource plus manifest.json; return the manifest."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format “{fmt}”")
    directory.mkdir(parents=True, exist_ok=True)
    files = []
    for name, resource_class in ARCHIVE_RESOURCES:
        dataset = resource_class().export()
        content = dataset_bytes(dataset, fmt)
        filename = f"{name}.{fmt}"
        (directory / filename).write_bytes(content)
        files.append({"name": filename, "resource": name, "rows": dataset.height, "sha256": hashlib.sha256(content).hexdigest()})
        if progress:
            progress(filename, dataset.height)
    manifest = {
        "format_version": FORMAT_VERSION,
        "format": fmt,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "files": files,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


# ---- import -----------------------------------------------------------------------------------


@dataclass
class FileReport:
    name: str
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dry_run: bool = False
    format: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and not any(f.errors for f in self.files)

    def all_errors(self) -> list[str]:
        return self.errors + [error for f in self.files for error in f.errors]


def readable_versions() -> range:
    return range(1, FORMAT_VERSION + 1)


def unknown_note_references() -> list[str]:
    """Every note in the archive that refers by [[slug]] to a record it lacks (checked after an import)."""
    problems = []
    for model in archive_models():
        if not hasattr(model, "note_en"):
            continue
        for record in model._base_manager.filter(Q(note_en__contains="[[") | Q(note_zh__contains="[[")):
            for column, message in note_errors(record).items():
                problems.append(f"{model._meta.verbose_name} “{record}”, column {column}: {message}")
    return problems


def upgrade_dataset(dataset: tablib.Dataset, version: int, name: str = "") -> None:
    """Bring a file of an older format version to the current columns and cell syntax, in place."""
    for later in range(version + 1, FORMAT_VERSION + 1):
        renamed = COLUMNS_RENAMED.get(later, {}) | SHEET_COLUMNS_RENAMED.get(later, {}).get(name, {})
        dataset.headers = [renamed.get(column, column) for column in dataset.headers or []]
    if version < 3 and "citations" in (dataset.headers or []):
        column = dataset.headers.index("citations")
        for index, row in enumerate(dataset):
            cells = list(row)
            cells[column] = upgrade_citations_cell(str(cells[column] or ""))
            dataset[index] = cells


def columns_added_after(version: int, resource_name: str) -> set[str]:
    """Columns a file of format ``version`` may lack: those later versions added."""
    return {column for later in range(version + 1, FORMAT_VERSION + 1) for column in COLUMNS_ADDED.get(later, {}).get(resource_name, ())}


def check_headers(dataset: tablib.Dataset, resource, name: str, may_lack: set[str] = frozenset()) -> list[str]:
    expected = resource.get_export_headers()
    headers = list(dataset.headers or [])
    problems = [f"{name}: column “{column}” is missing" for column in expected if column not in headers and column not in may_lack]
    problems += [
        f"{name}: column “{shown(str(column))}” is not one of this file's columns ({', '.join(expected)})"
        for column in headers
        if column not in expected
    ]
    return problems


def duplicate_keys(dataset: tablib.Dataset, resource, name: str) -> list[str]:
    """Two rows with the same natural key would silently overwrite each other: refuse them."""
    key_columns = [resource.fields[key].column_name for key in resource.get_import_id_fields()]
    seen: dict[tuple, int] = {}
    problems = []
    for number, row in enumerate(dataset.dict, start=2):
        key = tuple(str(row.get(column) or "").strip() for column in key_columns)
        if key in seen:
            keys = ", ".join(f"{column} “{shown(value)}”" for column, value in zip(key_columns, key, strict=True))
            problems.append(f"{name}, row {number}: same {keys} as row {seen[key]}")
        else:
            seen[key] = number
    return problems


def describe_row_problems(result, resource, name: str) -> list[str]:
    """Every failed row as 'file, row N, column C: message (value “v”)' — never a traceback."""
    columns = {f.attribute: f.column_name for f in resource.get_import_fields() if f.attribute}
    problems = []
    for invalid in result.invalid_rows:
        for attribute, messages in invalid.error_dict.items():
            column = columns.get(attribute, attribute)
            value = invalid.values[list(resource.get_export_headers()).index(column)] if column in resource.get_export_headers() else ""
            quoted = f" (value “{shown(str(value))}”)" if value not in ("", None) else ""
            for message in messages:
                problems.append(f"{name}, row {invalid.number + 1}, column {column}: {message}{quoted}")
    for number, errors in result.row_errors():
        for error in errors:
            problems.append(f"{name}, row {number + 1}: {error.error}")
    for error in result.base_errors:
        problems.append(f"{name}: {error.error}")
    return problems


def import_archive(directory: Path, *, dry_run: bool = False, user=None) -> ImportReport:
    """Import an exported archive: all files or nothing, upserting by natural key, deleting nothing."""
    report = ImportReport(dry_run=dry_run)
    manifest_path = directory / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        fmt = report.format = manifest["format"]
        listed = {entry["resource"]: entry for entry in manifest["files"]}
    except (OSError, ValueError, KeyError, TypeError) as error:
        report.errors.append(f"{manifest_path}: not a readable manifest ({error})")
        return report
    version = manifest.get("format_version")
    if version not in readable_versions():
        readable = ", ".join(map(str, readable_versions()))
        report.errors.append(f"{MANIFEST}: format version {manifest.get('format_version')} is not one this archive reads ({readable})")
        return report
    known = {name for name, _ in ARCHIVE_RESOURCES}
    report.errors += [f"{MANIFEST}: unknown file “{name}”" for name in listed if name not in known]
    dated = set()  # the models whose file brought their rows' dates: their second pass keeps them
    # The revision is saved inside the transaction, so a rolled-back import leaves no versions behind.
    with transaction.atomic():
        if not import_lock_taken():
            report.errors.append(str(IMPORT_BUSY))
            return report
        with recorded(
            user=user,
            comment=f"Imported with import_archive from {directory.name}",
            baseline=[model._base_manager.all() for model in archive_models()],
            bulk=True,
        ):
            for name, resource_class in ARCHIVE_RESOURCES:
                entry = listed.get(name)
                if entry is None:
                    continue
                file_report = FileReport(entry["name"])
                report.files.append(file_report)
                path = directory / entry["name"]
                try:
                    content = path.read_bytes()
                    if entry.get("sha256") and hashlib.sha256(content).hexdigest() != entry["sha256"]:
                        file_report.errors.append(f"{entry['name']}: its checksum differs from the manifest's (edited after export?)")
                        continue
                    dataset = read_dataset(content, fmt, entry["name"], whole_archive=True)
                except OSError as error:
                    file_report.errors.append(f"{entry['name']}: cannot be read ({error.strerror})")
                    continue
                except FileProblem as problem:
                    file_report.errors.append(str(problem))
                    continue
                upgrade_dataset(dataset, version, name)
                resource = resource_class()
                resource.row_diffs = False
                if isinstance(resource, UpdateOnlyResource):
                    resource.keep_dates = resource._meta.model in dated
                elif "updated_at" in (dataset.headers or []) and (user is None or can_publish(user, resource._meta.model)):
                    dated.add(resource._meta.model)
                header_problems = check_headers(dataset, resource, entry["name"], columns_added_after(version, name))
                header_problems = header_problems or duplicate_keys(dataset, resource, entry["name"])
                if header_problems:
                    file_report.errors += header_problems
                    continue
                result = resource.import_data(dataset, dry_run=False, use_transactions=True, rollback_on_validation_errors=True)
                file_report.counts = {key.lower(): value for key, value in result.totals.items()}
                file_report.errors += describe_row_problems(result, resource, entry["name"])
            if report.ok:
                report.errors += unknown_note_references()
        if dry_run or not report.ok:
            transaction.set_rollback(True)
    return report
