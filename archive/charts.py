"""Chart arithmetic for the server-rendered SVG drawings: where each box, bar and label goes."""

from __future__ import annotations

from archive.languages import localized


def chart_layout(chart, *, row_height: int = 56, more_height: int = 36, indent: int = 36) -> list[dict]:
    """Rows of the org chart for the SVG drawing: each box's position and its parent's row; under a
    box with organs not drawn, a row with the link to its page ("more")."""
    rows: list[dict] = []
    bottom = 70

    def walk(nodes, parent):
        nonlocal bottom
        for node in nodes:
            x = 20 + (node.depth - 1) * indent
            row = {"node": node, "x": x, "width": 860 - x, "y": bottom, "parent": parent}
            rows.append(row)
            bottom += row_height
            walk(node.children, row)
            if node.more:
                rows.append({"more": node, "x": x + indent, "y": bottom, "parent": row})
                bottom += more_height

    walk(chart, None)
    return rows


def range_panels(stats, *, width: int = 180) -> list[dict]:
    """One panel per indicator: a bar from low to high for each state (a dot for a single value).

    The bars are ``width`` units long beside 180 units of labels: a drawing 360 units wide, which a
    390 px phone shows at about its own size, so that its 14-unit labels stay above 12 px."""
    panels: dict[str, dict] = {}
    for stat in stats:
        panel = panels.setdefault(
            stat.indicator, {"title_zh": stat.indicator_zh, "title_en": stat.indicator_en, "unit": localized(stat, "unit"), "bars": []}
        )
        panel["bars"].append(stat)
    for panel in panels.values():
        top = max((float(s.high if s.high is not None else s.low) for s in panel["bars"] if s.low is not None), default=1.0)
        scale = width / top
        panel["max"] = top
        panel["width"] = width
        panel["rows"] = [
            {
                "stat": stat,
                "y": 10 + i * 34,
                "x1": round(float(stat.low) * scale, 1) if stat.low is not None else None,
                "x2": round(float(stat.high if stat.high is not None else stat.low) * scale, 1) if stat.low is not None else None,
            }
            for i, stat in enumerate(panel["bars"])
        ]
        panel["height"] = 20 + len(panel["rows"]) * 34
    return list(panels.values())
