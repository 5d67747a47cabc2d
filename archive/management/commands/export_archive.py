"""Export the whole archive: one file per model (CSV, JSON or XLSX) plus a manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand

from archive.transfer.archive import export_archive
from archive.transfer.files import FORMATS


class Command(BaseCommand):
    help = "Export the archive to DIR: one file per model and manifest.json (row counts, SHA-256, format version)."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--format", choices=FORMATS, default="csv")

    def handle(self, *args, directory, format, **options):
        def progress(filename, rows):
            if options["verbosity"] >= 1:
                self.stdout.write(f"  {filename}: {rows} rows")

        manifest = export_archive(directory, format, progress=progress)
        total = sum(entry["rows"] for entry in manifest["files"])
        self.stdout.write(self.style.SUCCESS(f"Exported {total} rows in {len(manifest['files'])} {format} files to {directory}."))
