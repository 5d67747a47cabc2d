"""The parts of ``make bench-web`` that compute (reading wrk's report, medians, tables); the benchmark
itself is not run in the suite: its numbers depend on the machine."""

import io

import pytest

from archive.management.commands import bench_web
from archive.management.commands.bench_web import WrkResult, duration_ms, parse_wrk, summarise, table, wrk_script

REPORT = """\
Running 3s test @ http://127.0.0.1:40123/static/archive/site.3c1a2b.css
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    13.40ms   18.08ms 264.42ms   93.21%
    Req/Sec     1.43k   261.77     1.91k    75.00%
  Latency Distribution
     50%    8.81ms
     75%   12.23ms
     90%   22.71ms
     99%  103.29ms
  8563 requests in 3.01s, 186.01MB read
Requests/sec:   2845.04
Transfer/sec:     61.80MB
"""


def test_wrk_report_read_for_rate_and_percentiles():
    assert parse_wrk(REPORT) == WrkResult(requests_per_second=2845.04, p50_ms=8.81, p99_ms=103.29, requests=8563, bad_responses=0)


def test_wrk_errors_and_non_2xx_answers_are_counted_as_bad():
    report = REPORT.replace(
        "Requests/sec:",
        "  Socket errors: connect 0, read 2, write 0, timeout 5\n  Non-2xx or 3xx responses: 40\nRequests/sec:",
    )
    assert parse_wrk(report).bad_responses == 47


def test_wrk_latencies_in_every_unit():
    assert [duration_ms(text) for text in ("812.00us", "6.20ms", "1.02s", "1.50m")] == pytest.approx([0.812, 6.2, 1020.0, 90000.0])
    with pytest.raises(ValueError, match="not a wrk duration"):
        duration_ms("12 ms")


def test_a_report_without_its_figures_is_refused_naming_what_is_missing():
    with pytest.raises(ValueError, match="Requests/sec"):
        parse_wrk("unable to connect to 127.0.0.1:40123 Connection refused\n")


def test_several_runs_summarised_by_their_medians():
    runs = [WrkResult(1000.0, 5.0, 50.0, 3000, 0), WrkResult(3000.0, 2.0, 20.0, 9000, 1), WrkResult(2000.0, 3.0, 90.0, 6000, 0)]
    assert summarise(runs) == WrkResult(2000.0, 3.0, 50.0, 18000, 1)


def test_table_is_markdown_with_padded_columns():
    assert table(("page", "req/s"), [("/", 1200), ("/organs/", 95)]).splitlines() == [
        "| page     | req/s |",
        "|----------|-------|",
        "| /        | 1200  |",
        "| /organs/ | 95    |",
    ]


def test_mixed_load_script_lists_every_path_quoted():
    script = wrk_script(["/", '/search/?q="a"'])
    assert 'local paths = {"/","/search/?q=\\"a\\""}' in script
    assert "wrk.format(nil, paths[i])" in script


def test_the_report_checks_each_target_and_a_full_sitemap_page_against_itself():
    """The verdicts of the report, from figures made up to pass one target and fail another."""
    pages = [*bench_web.SERVED_PAGES, *bench_web.MORE_PAGES, bench_web.SITEMAP_INDEX, bench_web.SITEMAP_SECTION]
    renders = {scale: {path: (10_000, 5, 10.0, 12.0) for path in pages} for scale in (1, 100, 1000)}
    renders[1000]["/"] = (10_000, 5, 25.0, 30.0)  # 2.5 × its time at 1×: fails
    renders[1][bench_web.SITEMAP_SECTION] = (60_000, 1, 5.0, 5.0)  # a partly filled page at 1×: not what is checked
    renders[1000][bench_web.SITEMAP_INDEX] = (90_000, 0, 60.0, 60.0)  # grows by design: reported, not a target
    stylesheet = WrkResult(5000, 5.0, 20.0, 100, 0)
    served = {
        "without Redis": {
            "pages": {"/static/site.css": (stylesheet, 1.0, True)} | {path: (stylesheet, 0.9, True) for path in bench_web.SERVED_PAGES},
            "stylesheet": "/static/site.css",
            "mixed": stylesheet,
            "rss": (200 * 2**20, 160 * 2**20),  # a worker over 150 MB: fails
        }
    }
    command = bench_web.Command(stdout=io.StringIO())
    command.options = {"gunicorn_args": "--workers 2", "connections": 32, "rounds": 3, "seconds": 3}
    command.report([1, 100, 1000], 100, renders, served)
    output = command.stdout.getvalue()
    failed = [line for line in output.splitlines() if line.startswith("FAIL")]
    assert failed == ["FAIL  / render at 1000× ≤ 2 × at 1× (2.50 ×)", "FAIL  worker RSS ≤ 150 MB under load, without Redis (160 MB)"]
    assert "PASS  /sitemap-event.xml (a full page) render at 1000× ≤ 2 × at 100× (1.00 ×)" in output
    assert "/sitemap.xml names every section page: 88 KB and 60.0 ms at 1000× (6.0 × its time at 1×)" in output
