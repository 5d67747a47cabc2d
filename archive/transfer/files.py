"""Spreadsheet files as they arrive: read faithfully or refused with a reason (encoding, shape, size)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import time
import zipfile
from pathlib import Path

import tablib
from django.conf import settings
from import_export.tmp_storages import TempFolderStorage

FORMATS = ("csv", "json", "xlsx")
# A file uploaded in the admin.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024
# A file of a whole archive an operator imports from a folder (import_archive): what export_archive
# writes at a thousand times the seed (the citations, 150,000 rows) fits many times over.
ARCHIVE_MAX_FILE_BYTES = 1024 * 1024 * 1024
ARCHIVE_MAX_ROWS = 5_000_000
ARCHIVE_MAX_XLSX_UNCOMPRESSED = 4 * 1024 * 1024 * 1024


def limits(whole_archive: bool) -> tuple[int, int, int]:
    """(bytes, rows, bytes unpacked from an XLSX) a file may have, read when asked (the tests lower them)."""
    if whole_archive:
        return ARCHIVE_MAX_FILE_BYTES, ARCHIVE_MAX_ROWS, ARCHIVE_MAX_XLSX_UNCOMPRESSED
    return MAX_FILE_BYTES, MAX_ROWS, MAX_XLSX_UNCOMPRESSED


class FileProblem(Exception):
    """A file that cannot be read at all: wrong encoding, corrupt, too big."""


def dataset_bytes(dataset: tablib.Dataset, fmt: str) -> bytes:
    if fmt == "csv":
        return ("\ufeff" + dataset.export("csv")).encode("utf-8")  # BOM: Excel then reads UTF-8
    if fmt == "json":
        return json.dumps(dataset.dict, ensure_ascii=False, indent=1).encode("utf-8")
    return dataset.export("xlsx")


def read_dataset(content: bytes, fmt: str, name: str = "file", *, whole_archive: bool = False) -> tablib.Dataset:
    """Parse one uploaded or exported file; refuse what cannot be read faithfully, with a reason.
    ``whole_archive``: a file of an archive an operator imports, within the larger limits."""
    max_bytes, max_rows, _unpacked = limits(whole_archive)
    if len(content) > max_bytes:
        raise FileProblem(f"{name} is larger than {max_bytes // (1024 * 1024)} MB")
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
        check_xlsx(content, name, whole_archive=whole_archive)
        try:
            dataset = tablib.Dataset().load(content, format="xlsx")
        except Exception:
            raise FileProblem(f"{name} is not a readable XLSX workbook") from None
    else:
        raise FileProblem(f"unknown format “{fmt}” (use one of {', '.join(FORMATS)})")
    if dataset.height > max_rows:
        raise FileProblem(f"{name} has {dataset.height} rows; at most {max_rows} are imported at once")
    return dataset


def check_csv_shape(text: str, name: str) -> None:
    """Every row must have as many cells as the header: a cut-off or hand-damaged file would
    otherwise be padded with empty cells and overwrite real values with blanks."""
    try:
        rows = csv.reader(io.StringIO(text))
        header = next(rows, [])
        for number, row in enumerate(rows, start=2):
            if row and len(row) != len(header):
                raise FileProblem(f"{name}, row {number}: {len(row)} cells, but the header has {len(header)}; nothing was imported")
    except csv.Error as error:
        raise FileProblem(f"{name} is not well-formed CSV ({error})") from None


ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def check_xlsx(content: bytes, name: str, *, whole_archive: bool = False) -> None:
    """openpyxl has no guard against zip bombs and parses a whole sheet before the row limit can be
    checked: look at the members' sizes, then count the sheets' rows in the raw XML (a stream, in
    C), before opening the workbook."""
    _bytes, max_rows, max_unpacked = limits(whole_archive)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            total = sum(member.file_size for member in archive.infolist())
            if total > max_unpacked:
                raise FileProblem(f"{name} unpacks to {total // (1024 * 1024)} MB, more than allowed; nothing was imported")
            sheets = [member for member in archive.infolist() if member.filename.startswith("xl/worksheets/")]
            rows = sum(count_row_tags(archive, member) for member in sheets)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError):
        raise FileProblem(f"{name} is not a readable XLSX workbook") from None
    if rows > max_rows + 1:  # the header row
        raise FileProblem(f"{name} has {rows - 1} rows; at most {max_rows} are imported at once")


def count_row_tags(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    count, tail = 0, b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            count += len(ROW_TAG.findall(data))
            tail = data[-64:]
            count -= len(ROW_TAG.findall(tail))  # counted again with the next chunk
    return count + len(ROW_TAG.findall(tail))


class ImportFileStorage(TempFolderStorage):
    """Where an uploaded spreadsheet waits between the preview and the confirm: a folder of its own,
    names the server made (a confirm naming any other path is refused), removed after the confirm,
    and swept of previews abandoned for longer than IMPORT_PREVIEW_HOURS."""

    NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")

    @staticmethod
    def folder() -> Path:
        folder = Path(settings.IMPORT_PREVIEW_DIR or Path(tempfile.gettempdir()) / "sco-archive-imports")
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder

    def get_full_path(self):
        if not self.NAME.match(self.name or ""):
            raise FileNotFoundError("not a file name this server made")
        return str(self.folder() / self.name)

    def _open(self, mode="r"):
        if not self.name:  # a new upload: written as bytes, as the library's own storage does
            handle, path = tempfile.mkstemp(dir=self.folder(), prefix="import-")
            self.name = os.path.basename(path)
            return os.fdopen(handle, "w+b")
        return open(self.get_full_path(), mode, encoding=self.encoding)

    def exists(self) -> bool:
        try:
            return os.path.isfile(self.get_full_path())
        except FileNotFoundError:
            return False

    def remove(self):
        if self.exists():
            os.remove(self.get_full_path())

    @classmethod
    def sweep(cls) -> int:
        """Remove previews older than IMPORT_PREVIEW_HOURS; returns how many."""
        cutoff = time.time() - settings.IMPORT_PREVIEW_HOURS * 3600
        old = [path for path in cls.folder().glob("import-*") if path.stat().st_mtime < cutoff]
        for path in old:
            path.unlink(missing_ok=True)
        return len(old)
