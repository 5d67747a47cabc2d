"""Report organ-tree problems, records without a citation and invalid dates; exit non-zero on any."""

from django.core.management.base import BaseCommand, CommandError

from archive.integrity import archive_problems


class Command(BaseCommand):
    help = "Check the archive: treebeard find_problems(), uncited records, dates out of order. Non-zero exit on problems."

    def handle(self, *args, **options):
        problems = archive_problems()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the archive.")
        self.stdout.write(self.style.SUCCESS("The archive is consistent: tree valid, every record cited, dates in order."))
