"""The organ tree through treebeard's manager API only; find_problems() stays empty."""

import pytest

from archive.models import Organ

pytestmark = pytest.mark.django_db


def shape(parent=None):
    return [(node.slug, node.depth) for node in Organ.objects.get_tree(parent)]


def test_tree_built_from_nested_dicts_has_the_expected_shape():
    Organ.objects.load_bulk(
        [
            {
                "data": {"slug": "t-root", "kind": "group", "name_zh": "根"},
                "children": [
                    {"data": {"slug": "t-a", "kind": "meeting", "name_zh": "甲"}},
                    {
                        "data": {"slug": "t-b", "kind": "permanent", "name_zh": "乙"},
                        "children": [{"data": {"slug": "t-b1", "kind": "sub-body", "name_zh": "乙一"}}],
                    },
                ],
            }
        ]
    )
    root = Organ.objects.get(slug="t-root")
    assert shape(root) == [("t-root", 1), ("t-a", 2), ("t-b", 2), ("t-b1", 3)]
    assert not any(Organ.objects.find_problems())


def test_moving_an_organ_under_a_new_parent_keeps_the_tree_valid():
    rats = Organ.objects.get(slug="rats")
    council = Organ.objects.get(slug="rats-council")
    secretariat = Organ.objects.get(slug="sco-secretariat")
    Organ.objects.move(council, secretariat, "last-child")
    council.refresh_from_db()
    assert Organ.objects.get_parent(council).slug == "sco-secretariat"
    assert [c.slug for c in Organ.objects.get_children(rats)] == ["rats-executive-committee"]
    assert not any(Organ.objects.find_problems())


def test_annotated_list_is_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        annotated = Organ.objects.get_annotated_list()
    assert annotated[0][1]["open"]
