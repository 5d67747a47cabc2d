"""Restore a backup written by `manage.py backup` into an empty migrated database: all or nothing."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupProblem, restore_backup
from archive.planner import analyze


class Command(BaseCommand):
    help = (
        "Restore FILE (written by `manage.py backup`) into this database: migrated to the backup's "
        "migration state and holding no archive rows, history or users (the groups migrate creates are "
        "replaced). Primary keys are kept; content types and permissions are matched by natural key. "
        "Every row is checked before anything is written; any problem, and nothing is restored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--replace", action="store_true", help="Delete the archive, its history, users and groups of this database first."
        )
        parser.add_argument("--dry-run", action="store_true", help="Check and load everything, then roll it back.")

    def handle(self, *args, file, replace, dry_run, **options):
        started = time.monotonic()
        try:
            restored = restore_backup(file, replace=replace, dry_run=dry_run)
        except BackupProblem as problem:
            raise CommandError("Nothing was restored:\n  " + "\n  ".join(problem.problems)) from None
        if not dry_run:
            analyze()
        if options["verbosity"] >= 2:
            for name, count in restored.items():
                self.stdout.write(f"  {name}: {count}")
        what = "Checked (dry run, nothing kept)" if dry_run else "Restored"
        self.stdout.write(self.style.SUCCESS(f"{what} {sum(restored.values())} rows from {file} in {time.monotonic() - started:.1f} s."))
