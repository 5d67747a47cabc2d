"""Back up the whole site into one file: the archive, its history, users and groups, with a manifest."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.backup import write_backup


class Command(BaseCommand):
    help = (
        "Write the whole site to FILE (mode 0600: it holds password hashes): the archive, its history "
        "(revisions, deletions, pending changes, import records, admin log), users and groups with their "
        "permissions, and a manifest (rows per model, sha256, format version, migrations applied). "
        "Sessions and login attempts are left out. Restore it with `manage.py restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        if file.is_dir():
            raise CommandError(f"{file} is a folder: give the backup's file name")
        started = time.monotonic()
        try:
            manifest = write_backup(file, using=options.get("database", "default"))
        except OSError as error:
            raise CommandError(f"{file}: cannot be written ({error.strerror})") from None
        rows = sum(manifest["models"].values())
        if options["verbosity"] >= 2:
            for name, count in manifest["models"].items():
                self.stdout.write(f"  {name}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {rows} rows to {file} ({file.stat().st_size / 1e6:.1f} MB, "
                f"{time.monotonic() - started:.1f} s; sha256 of the data {manifest['data']['sha256'][:16]}…)."
            )
        )
