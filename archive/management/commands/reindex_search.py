"""Re-derive the stored search text of every searchable record (after the search normaliser changes)."""

from django.core.management.base import BaseCommand

from archive.services import search_text_reindex


class Command(BaseCommand):
    help = "Re-derive every record's search_text from its name forms, aliases and slug, as saving it would."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report how many rows would change; write nothing.")

    def handle(self, *args, dry_run, **options):
        changed = search_text_reindex(dry_run=dry_run)
        if options["verbosity"] >= 2:
            for label, count in changed.items():
                self.stdout.write(f"{label}: {count}")
        verb = "would change" if dry_run else "re-derived"
        self.stdout.write(self.style.SUCCESS(f"Search text {verb}: {sum(changed.values())} row(s)."))
