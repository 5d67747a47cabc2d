"""Import an exported archive: every file in one transaction, all or nothing; --dry-run rolls back."""

import getpass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.models import ImportRecord
from archive.transfer.archive import import_archive


class Command(BaseCommand):
    help = "Import DIR (as written by export_archive) in dependency order, in one transaction. Non-zero exit on any error."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Check everything, then roll back.")

    def handle(self, *args, directory, dry_run, **options):
        report = import_archive(directory, dry_run=dry_run)
        totals = {key: sum(f.counts.get(key, 0) for f in report.files) for key in ("new", "update", "skip", "error", "invalid")}
        ImportRecord.objects.create(
            user=getpass.getuser(),
            file_name=str(directory)[:255],
            file_format=report.format,
            target="archive",
            dry_run=dry_run,
            new=totals["new"],
            updated=totals["update"],
            unchanged=totals["skip"],
            errors=totals["error"] + totals["invalid"] + len(report.errors),
        )
        for file_report in report.files:
            counts = ", ".join(f"{key} {value}" for key, value in file_report.counts.items() if value) or "no rows"
            self.stdout.write(f"{file_report.name}: {counts}")
        problems = report.all_errors()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} error(s): nothing was imported.")
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: everything checked, nothing written."))
        else:
            self.stdout.write(self.style.SUCCESS("Imported."))
