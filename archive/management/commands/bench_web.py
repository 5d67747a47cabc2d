"""Benchmark the public site as readers meet it: gunicorn as ``make serve`` runs it, measured with wrk.

For each scale of BENCH_SCALE (the seed plus ``generate_archive --scale N``) the database is emptied
(``flush``), seeded and generated, and every page below is rendered in this process with the page
cache off: its size, its queries and the median of its render times. At the serving scale, gunicorn
runs twice on a free port (without and with Redis): wrk measures each page, once kept in the
workers' memory, against the site's stylesheet served by WhiteNoise, then a mixed load over many
records' pages while the workers' memory is read from /proc. Prints the tables and a PASS or FAIL
per target; not part of CI (``make bench-web``).
"""

from __future__ import annotations

import io
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.templatetags.static import static
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from archive.generation import forget_counts
from archive.models import Event, Instrument, Organ, Source, State
from archive.registry import archive_models

# The pages the targets name, kept in memory when served; search queries of two and three characters.
SERVED_PAGES = (
    "/",
    "/chronology/",
    "/chronology/2001/",
    "/events/summit-2001-06-15-shanghai/",
    "/organs/",
    "/en/instruments/",
    "/search/?q=" + quote("上海"),
    "/search/?q=" + quote("上海合"),
)
# Besides them, public pages that could grow with the archive (sizes and render times only).
MORE_PAGES = ("/en/chronology/", "/events/", "/sources/", "/states/", "/statistics/")
# A sitemap section's page is a full list of URLS_PER_PAGE addresses from 100 times the seed on (at
# 1× it holds a few hundred): it must not grow past that. The sitemap index names every section page,
# one line per 500 records, as the sitemap protocol has it: its growth is reported, not a target.
SITEMAP_SECTION, SITEMAP_INDEX = "/sitemap-event.xml", "/sitemap.xml"
BOUNDED_FROM = 100
TARGET_CACHED_RATIO = 0.7
TARGET_PAGE_BYTES = 300 * 1024
TARGET_RENDER_GROWTH = 2.0
TARGET_RSS_BYTES = 150 * 1024 * 1024
PROXY_HEADER = "X-Forwarded-Proto: https"  # as a TLS-terminating proxy in front says (DJANGO_BEHIND_PROXY)
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


# ---- pure parts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad_responses: int  # non-2xx/3xx answers and socket errors


def duration_ms(text: str) -> float:
    """wrk's latency ("812.00us", "6.20ms", "1.02s", "1.50m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


def parse_wrk(output: str) -> WrkResult:
    """The figures of ``wrk --latency``'s report."""

    def find(pattern: str) -> str:
        match = re.search(pattern, output, re.MULTILINE)
        if not match:
            raise ValueError(f"wrk's output has no {pattern!r}:\n{output}")
        return match.group(1)

    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        requests_per_second=float(find(r"^Requests/sec:\s+([\d.]+)")),
        p50_ms=duration_ms(find(r"^\s+50%\s+(\S+)")),
        p99_ms=duration_ms(find(r"^\s+99%\s+(\S+)")),
        requests=int(find(r"^\s+(\d+) requests in")),
        bad_responses=(int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0),
    )


def summarise(results: list[WrkResult]) -> WrkResult:
    """The median of each figure over several runs of one page."""
    return WrkResult(
        requests_per_second=statistics.median(result.requests_per_second for result in results),
        p50_ms=statistics.median(result.p50_ms for result in results),
        p99_ms=statistics.median(result.p99_ms for result in results),
        requests=sum(result.requests for result in results),
        bad_responses=sum(result.bad_responses for result in results),
    )


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def table(header: tuple[str, ...], rows: list[tuple]) -> str:
    """Rows as a Markdown table (the README's), columns padded for the terminal."""
    cells = [tuple(map(str, header))] + [tuple(map(str, row)) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def wrk_script(paths: list[str]) -> str:
    """A wrk Lua script asking the paths in turn (each thread from its own start)."""
    quoted = ",".join('"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"' for path in paths)
    return (
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "function setup(thread) thread:set('offset', math.random(#paths)) end\n"
        "function init(args) i = tonumber(wrk.thread:get('offset')) or 0 end\n"
        "function request()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n"
    )


# ---- the server ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return port if port != 8000 else free_port()


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(entry.name))
    return pids


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class RssSampler(threading.Thread):
    """The gunicorn workers' resident memory, read from /proc every 0.2 s: the largest sum and worker."""

    def __init__(self, master: int):
        super().__init__(daemon=True)
        self.master, self.stopped = master, threading.Event()
        self.max_sum = self.max_worker = 0

    def run(self):
        while not self.stopped.wait(0.2):
            sizes = [rss_bytes(pid) for pid in worker_pids(self.master)]
            self.max_sum = max(self.max_sum, sum(sizes))
            self.max_worker = max(self.max_worker, *sizes, 0)


class Server:
    """gunicorn with ``make serve``'s arguments on a free port, in production settings."""

    def __init__(self, gunicorn_args: str, redis_url: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        environment = {key: value for key, value in os.environ.items() if key not in ("DJANGO_DEBUG", "REDIS_URL")}
        if redis_url:
            environment["REDIS_URL"] = redis_url
        command = [sys.executable, "-m", "gunicorn", "sco_site.wsgi", "--bind", f"127.0.0.1:{self.port}", *gunicorn_args.split()]
        self.process = subprocess.Popen(command, env=environment, cwd=settings.BASE_DIR, stderr=subprocess.DEVNULL)
        self.wait_until_ready()

    def get(self, path: str):
        request = urllib.request.Request(self.base + path, headers=dict([PROXY_HEADER.split(": ")]))
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()

    def wait_until_ready(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CommandError("gunicorn stopped while starting (run `make serve` to see why)")
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise CommandError("gunicorn did not answer /healthz within 60 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def run_wrk(url: str, *, seconds: float, threads: int, connections: int, script: str | None = None) -> WrkResult:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", PROXY_HEADER]
    if script:
        command += ["-s", script]
    finished = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    return parse_wrk(finished.stdout)


# ---- the command -----------------------------------------------------------------------------


class Command(BaseCommand):
    help = "Measure public pages (wrk against gunicorn, cached; in-process renders, uncached) at the scales BENCH_SCALE."

    def add_arguments(self, parser):
        parser.add_argument("--scales", default=os.environ.get("BENCH_SCALE", "1 100 1000"), help='e.g. "1 100 1000"')
        parser.add_argument("--serve-scale", type=int, help="the scale gunicorn serves (default: 100 if measured, else the first)")
        parser.add_argument("--gunicorn-args", default="--workers 2 -k gthread --threads 4")
        parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
        parser.add_argument("--seconds", type=float, default=3, help="each wrk run")
        parser.add_argument("--rounds", type=int, default=3, help="wrk runs of each page")
        parser.add_argument("--connections", type=int, default=32)
        parser.add_argument("--renders", type=int, default=20, help="renders per page for the median")

    def handle(self, *args, **options):
        scales = sorted({int(word) for word in options["scales"].split()})
        serve_scale = options["serve_scale"] or (100 if 100 in scales else scales[0])
        if serve_scale not in scales:
            raise CommandError(f"--serve-scale {serve_scale} is not one of the scales {scales}")
        if any(model.objects.exists() for model in archive_models()):
            raise CommandError("The database holds an archive: run the benchmark on a scratch database (make bench-web makes one).")
        self.options = options
        renders, served = {}, {}
        for scale in scales:
            renders[scale] = self.measure_renders(scale)
            if scale == serve_scale:
                for label, redis_url in (("without Redis", ""), ("with Redis", options["redis_url"])):
                    served[label] = self.measure_served(redis_url)
        self.report(scales, serve_scale, renders, served)

    def progress(self, message: str):
        self.stderr.write(f"[{time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}")

    # -- in-process renders, the page cache off --

    def build(self, scale: int):
        call_command("flush", interactive=False, verbosity=0)
        call_command("load_seed", stdout=io.StringIO())
        started = time.perf_counter()
        call_command("generate_archive", scale=scale, stdout=io.StringIO())
        self.progress(f"scale {scale}: generated in {time.perf_counter() - started:.0f} s")

    def pages(self) -> list[str]:
        """The pages measured, with the records whose pages hold the most rows at this scale."""
        source = Source.objects.published().annotate(n=Count("citations")).order_by("-n", "slug").first()
        state = State.objects.published().annotate(n=Count("participations")).order_by("-n", "slug").first()
        organ = Organ.objects.published().order_by("-numchild", "path").first()
        records = [record.get_absolute_url() for record in (source, state, organ) if record is not None]
        return [*SERVED_PAGES, *MORE_PAGES, SITEMAP_INDEX, SITEMAP_SECTION, *records]

    def measure_renders(self, scale: int) -> dict[str, tuple[int, int, float, float]]:
        """Per page: bytes, queries, median render time in ms (the page cache off), and the time of a
        render with no count kept either (the first reader's after a write: archive.generation.per_generation)."""
        self.build(scale)
        client = Client(headers={"X-Forwarded-Proto": "https"})
        results = {}
        with override_settings(PAGE_CACHE_MAX_BYTES=0):
            for path in self.pages():
                response = client.get(path)
                if response.status_code != 200:
                    raise CommandError(f"{path} answered {response.status_code} at scale {scale}")
                with CaptureQueriesContext(connection) as captured:
                    client.get(path)
                queries = len(captured)  # now: the next request empties the log
                forget_counts()
                started = time.perf_counter()
                client.get(path)
                cold = time.perf_counter() - started
                times = []
                for _ in range(self.options["renders"]):
                    started = time.perf_counter()
                    client.get(path)
                    times.append(time.perf_counter() - started)
                results[path] = (len(response.content), queries, median_ms(times), cold * 1000)
        self.progress(f"scale {scale}: {len(results)} pages rendered")
        return results

    # -- served by gunicorn --

    def measure_served(self, redis_url: str) -> dict:
        """wrk against each page, every page run between two runs of the stylesheet (the machine's
        load moves: a page is compared with the stylesheet measured just before and after it)."""
        options = self.options
        if redis_url:
            import redis

            try:
                redis.Redis.from_url(redis_url, socket_timeout=2).ping()
            except redis.RedisError as error:
                raise CommandError(f"Redis at {redis_url} does not answer ({error}): start it or set REDIS_URL") from None
        server = Server(options["gunicorn_args"], redis_url)
        sampler = RssSampler(server.process.pid)
        sampler.start()
        stylesheet = static("archive/site.css")
        wrk = {"seconds": options["seconds"], "threads": 2, "connections": options["connections"]}
        runs = {path: [] for path in (stylesheet, *SERVED_PAGES)}
        ratios = {path: [] for path in SERVED_PAGES}
        kept = {}
        try:
            for path in runs:
                _status, headers, _body = server.get(path)
                kept[path] = path == stylesheet or "public" in headers.get("Cache-Control", "")
                run_wrk(server.base + path, **{**wrk, "seconds": 1})  # every worker has answered it once
            for _round in range(options["rounds"]):
                before = run_wrk(server.base + stylesheet, **wrk)
                runs[stylesheet].append(before)
                for path in SERVED_PAGES:
                    result = run_wrk(server.base + path, **wrk)
                    after = run_wrk(server.base + stylesheet, **wrk)
                    runs[path].append(result)
                    runs[stylesheet].append(after)
                    around = statistics.mean((before.requests_per_second, after.requests_per_second))
                    ratios[path].append(result.requests_per_second / around)
                    before = after
            self.progress(f"{'with' if redis_url else 'without'} Redis: pages measured")
            with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
                script.write(wrk_script(self.mixed_paths()))
                script.flush()
                mixed = run_wrk(server.base + "/", **{**wrk, "seconds": 4 * options["seconds"]}, script=script.name)
        finally:
            sampler.stopped.set()
            server.stop()
        return {
            "pages": {path: (summarise(results), statistics.median(ratios.get(path, [1.0])), kept[path]) for path, results in runs.items()},
            "stylesheet": stylesheet,
            "mixed": mixed,
            "rss": (sampler.max_sum, sampler.max_worker),
        }

    def mixed_paths(self) -> list[str]:
        """Many records' pages in both languages, lists and year pages: more than the workers keep."""
        paths = [*SERVED_PAGES, *MORE_PAGES]
        for model in (Event, Instrument, Organ, Source, State):
            for record in model.objects.published().order_by("slug")[:800]:
                url = record.get_absolute_url()
                paths += [url, "/en" + url]
        paths += [f"/chronology/{year}/" for year in range(1989, 2005)]
        return paths

    # -- the report --

    def report(self, scales, serve_scale, renders, served):
        out = self.stdout.write
        checks = []
        for label, run in served.items():
            rows = []
            for path, (result, ratio, kept) in run["pages"].items():
                is_page = path != run["stylesheet"]
                if is_page:
                    name = f"{path} kept, ≥ {TARGET_CACHED_RATIO} × stylesheet, {label} ({ratio:.2f})"
                    checks.append((name, ratio >= TARGET_CACHED_RATIO and kept))
                name = path if is_page else "stylesheet (WhiteNoise)"
                bad = f" ({result.bad_responses} bad)" if result.bad_responses else ""
                rate = f"{result.requests_per_second:.0f}{bad}"
                rows.append((name, rate, f"{result.p50_ms:.2f}", f"{result.p99_ms:.2f}", f"{ratio:.2f}"))
            out(
                f"\nServed at scale {serve_scale}, {label} (gunicorn {self.options['gunicorn_args']}; "
                f"wrk -t2 -c{self.options['connections']}, medians of {self.options['rounds']} runs of {self.options['seconds']:g} s)"
            )
            out(table(("page", "req/s", "p50 ms", "p99 ms", "× stylesheet"), rows))
        out("\nUncached renders in process (page cache off): size KB / queries / p50 ms / ms with no count kept (after a write)")
        paths = list(dict.fromkeys(path for scale in scales for path in renders[scale]))
        rows = []
        for path in paths:
            cells = [path]
            for scale in scales:
                size, queries, ms, cold = renders[scale].get(path, (0, 0, 0.0, 0.0))
                cells.append(f"{size / 1024:.0f} / {queries} / {ms:.1f} / {cold:.0f}" if size else "—")
            rows.append(tuple(cells))
        out(table(("page", *(f"{scale}×" for scale in scales)), rows))
        size_scale = 100 if 100 in scales else scales[-1]
        for path, (size, _queries, _ms, _cold) in renders[size_scale].items():
            checks.append((f"{path} ≤ 300 KB at {size_scale}× ({size / 1024:.0f} KB)", size <= TARGET_PAGE_BYTES))
        if len(scales) > 1:
            low, high = scales[0], scales[-1]
            for path in SERVED_PAGES + MORE_PAGES:
                growth = renders[high][path][2] / renders[low][path][2]
                checks.append((f"{path} render at {high}× ≤ 2 × at {low}× ({growth:.2f} ×)", growth <= TARGET_RENDER_GROWTH))
            if BOUNDED_FROM in scales and high > BOUNDED_FROM:
                growth = renders[high][SITEMAP_SECTION][2] / renders[BOUNDED_FROM][SITEMAP_SECTION][2]
                name = f"{SITEMAP_SECTION} (a full page) render at {high}× ≤ 2 × at {BOUNDED_FROM}× ({growth:.2f} ×)"
                checks.append((name, growth <= TARGET_RENDER_GROWTH))
            index_size, _queries, index_ms, _cold = renders[high][SITEMAP_INDEX]
            out(
                f"\n{SITEMAP_INDEX} names every section page: {index_size / 1024:.0f} KB and {index_ms:.1f} ms at {high}× "
                f"({index_ms / renders[low][SITEMAP_INDEX][2]:.1f} × its time at {low}×), one line per 500 records; not a target"
            )
        out("\nWorker memory (RSS, from /proc)")
        rows = []
        for label, run in served.items():
            total, largest = run["rss"]
            mixed = run["mixed"]
            rows.append((label, f"{total / 2**20:.0f}", f"{largest / 2**20:.0f}", f"{mixed.requests_per_second:.0f}", round(mixed.p99_ms)))
            checks.append((f"worker RSS ≤ 150 MB under load, {label} ({largest / 2**20:.0f} MB)", largest <= TARGET_RSS_BYTES))
        out(table(("server", "sum MB", "largest worker MB", "mixed load req/s", "mixed p99 ms"), rows))
        out("\nTargets")
        for name, ok in checks:
            out(f"{verdict(ok)}  {name}")
        failed = sum(not ok for _name, ok in checks)
        out(f"\n{len(checks) - failed} passed, {failed} failed")
