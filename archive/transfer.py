"""Whole-archive export and import through the resources: CSV, JSON or XLSX files plus a manifest.

An import runs every file in dependency order inside ONE transaction: any error in any file, or a
dry run, rolls all of it back, and later files always see the rows of earlier ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import tablib
from django.db import transaction

from archive.history import history_models, recorded
from archive.resources import ARCHIVE_RESOURCES

FORMAT_VERSION = 1
FORMATS = ("csv", "json", "xlsx")
MANIFEST = "manifest.json"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024


class FileProblem(Exception):
    """A file that cannot be read at all: wrong encoding, corrupt, too big."""


def dataset_bytes(dataset: tablib.Dataset, fmt: str) -> bytes:
    if fmt == "csv":
        return ("\ufeff" + dataset.export("csv")).encode("utf-8")  # BOM: Excel then reads UTF-8
    if fmt == "json":
        return json.dumps(dataset.dict, ensure_ascii=False, indent=1).encode("utf-8")
    return dataset.export("xlsx")


def read_dataset(content: bytes, fmt: str, name: str = "file") -> tablib.Dataset:
    """Parse one uploaded or exported file; refuse what cannot be read faithfully, with a reason."""
    if len(content) > MAX_FILE_BYTES:
        raise FileProblem(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if fmt in ("csv", "json"):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileProblem(
                f"{name} is not UTF-8 text: save it as “CSV UTF-8” (or as XLSX) and import again; nothing was imported"
            ) from None
        if fmt == "csv":
            check_csv_shape(text, name)
            dataset = tablib.Dataset().load(text, format="csv")
        else:
            try:
                rows = json.loads(text)
            except json.JSONDecodeError as error:
                raise FileProblem(f"{name} is not valid JSON ({error.msg}, line {error.lineno})") from None
            if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
                raise FileProblem(f"{name} must be a JSON list of objects, one per row")
            dataset = tablib.Dataset()
            if rows:
                dataset.headers = list(rows[0])
                for number, row in enumerate(rows, start=1):
                    if list(row) != dataset.headers:
                        raise FileProblem(f"{name}, row {number}: its keys differ from the first row's")
                    dataset.append([row[key] for key in dataset.headers])
    elif fmt == "xlsx":
        check_xlsx(content, name)
        try:
            dataset = tablib.Dataset().load(content, format="xlsx")
        except Exception:
            raise FileProblem(f"{name} is not a readable XLSX workbook") from None
    else:
        raise FileProblem(f"unknown format “{fmt}” (use one of {', '.join(FORMATS)})")
    if dataset.height > MAX_ROWS:
        raise FileProblem(f"{name} has {dataset.height} rows; at most {MAX_ROWS} are imported at once")
    return dataset


def check_csv_shape(text: str, name: str) -> None:
    """Every row must have as many cells as the header: a cut-off or hand-damaged file would
    otherwise be padded with empty cells and overwrite real values with blanks."""
    import csv
    import io

    try:
        rows = csv.reader(io.StringIO(text))
        header = next(rows, [])
        for number, row in enumerate(rows, start=2):
            if row and len(row) != len(header):
                raise FileProblem(f"{name}, row {number}: {len(row)} cells, but the header has {len(header)}; nothing was imported")
    except csv.Error as error:
        raise FileProblem(f"{name} is not well-formed CSV ({error})") from None


def check_xlsx(content: bytes, name: str) -> None:
    """openpyxl has no guard against zip bombs: look at the members' sizes before opening."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            total = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        raise FileProblem(f"{name} is not a readable XLSX workbook") from None
    if total > MAX_XLSX_UNCOMPRESSED:
        raise FileProblem(f"{name} unpacks to {total // (1024 * 1024)} MB, more than allowed; nothing was imported")


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


def check_headers(dataset: tablib.Dataset, resource, name: str) -> list[str]:
    expected = resource.get_export_headers()
    headers = list(dataset.headers or [])
    problems = [f"{name}: column “{column}” is missing" for column in expected if column not in headers]
    problems += [
        f"{name}: column “{column}” is not one of this file's columns ({', '.join(expected)})"
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
            shown = ", ".join(f"{column} “{value}”" for column, value in zip(key_columns, key, strict=True))
            problems.append(f"{name}, row {number}: same {shown} as row {seen[key]}")
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
            shown = f" (value “{str(value)[:80]}”)" if value not in ("", None) else ""
            for message in messages:
                problems.append(f"{name}, row {invalid.number + 1}, column {column}: {message}{shown}")
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
    if manifest.get("format_version") != FORMAT_VERSION:
        report.errors.append(f"{MANIFEST}: format version {manifest.get('format_version')} is not {FORMAT_VERSION}")
        return report
    known = {name for name, _ in ARCHIVE_RESOURCES}
    report.errors += [f"{MANIFEST}: unknown file “{name}”" for name in listed if name not in known]
    # The revision is saved inside the transaction, so a rolled-back import leaves no versions behind.
    with transaction.atomic():
        with recorded(user=user, comment=f"Imported with import_archive from {directory.name}", models_=history_models()):
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
                    dataset = read_dataset(content, fmt, entry["name"])
                except OSError as error:
                    file_report.errors.append(f"{entry['name']}: cannot be read ({error.strerror})")
                    continue
                except FileProblem as problem:
                    file_report.errors.append(str(problem))
                    continue
                resource = resource_class()
                header_problems = check_headers(dataset, resource, entry["name"]) or duplicate_keys(dataset, resource, entry["name"])
                if header_problems:
                    file_report.errors += header_problems
                    continue
                result = resource.import_data(dataset, dry_run=False, use_transactions=True, rollback_on_validation_errors=True)
                file_report.counts = {key.lower(): value for key, value in result.totals.items()}
                file_report.errors += describe_row_problems(result, resource, entry["name"])
        if dry_run or not report.ok:
            transaction.set_rollback(True)
    return report
