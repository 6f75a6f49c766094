"""A jurisdiction pack can be data only: a manifest (pack.toml) and data files in a
package named by a ``lawgov.packs`` entry point, read by the built-in packs plugin.
A wrong manifest costs that pack (LG901 naming its file), never the run."""

from __future__ import annotations

import pytest

import lawgov
from lawgov.packs import DataPack, PackError

MANIFEST = '''name = "demo"
prefix = "DM"
province = "四川省"
aliases = ["四川"]
label_en = "Sichuan (demo)"

[rules]
DM102 = "stale-place-name"
DM104 = { kind = "bilingual-publicity", areas = ["甘孜藏族自治州"] }

[[sources]]
data = "places"
name = "our own survey"
version = "2026-12"
'''
PLACES = ("# demo places\n四川省/甘孜藏族自治州/理塘县/高城镇\n四川省/宜宾市/叙州区\n"
          "renamed\t宜宾县\t叙州区\t2018\tour own note\n")


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """Write a data pack and an installed distribution declaring it; returns a function
    that replaces the manifest."""
    package = tmp_path / "demo_pack"
    (package / "data").mkdir(parents=True)
    (package / "data" / "places.tsv").write_text(PLACES, "utf-8")
    (package / "pack.toml").write_text(MANIFEST, "utf-8")
    info = tmp_path / "demo_pack-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-pack\nVersion: 0.1\n", "utf-8")
    (info / "entry_points.txt").write_text("[lawgov.packs]\ndemo = demo_pack\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return lambda text: (package / "pack.toml").write_text(text, "utf-8")


def manager():
    return lawgov.plugin_manager(autoload=True)


def test_an_installed_data_pack_gives_its_jurisdiction_rules_and_sources(pack):
    pm = manager()
    j = pm.jurisdictions()["demo"]
    assert (j.prefix, j.province, j.label_en, j.plugin) == ("DM", "四川省", "Sichuan (demo)", "demo")
    assert j.sources == (lawgov.DataSource("places", "our own survey", "2026-12"),)
    assert pm.distributions["demo"] == "demo-pack-0.1"
    assert {r.code: r.jurisdiction for r in pm.rules() if r.code.startswith("DM")} == {
        "DM102": "demo", "DM104": "demo"}


def test_its_rules_run_on_reports_from_its_province_and_its_areas_only(pack):
    pm = manager()
    report = "理塘县高城镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n深入开展普法宣传。宜宾县扎实推进。\n"
    assert sorted(f.code for f in lawgov.check(lawgov.parse(report), pm=pm, select=["DM"]).findings) == [
        "DM102", "DM104"]
    elsewhere = report.replace("理塘县高城镇", "叙州区")
    assert [f.code for f in lawgov.check(lawgov.parse(elsewhere), pm=pm, select=["DM"]).findings] == ["DM102"]


@pytest.mark.parametrize("change, says", [
    (lambda m: m.replace('"stale-place-name"', '"no-such-kind"'), "unknown kind 'no-such-kind'"),
    (lambda m: m.replace("DM102 =", "QH102 ="), "rule code 'QH102' must be the prefix DM"),
    (lambda m: m.replace('prefix = "DM"', 'prefix = "LG"'), "prefix must be two or three capital letters"),
    (lambda m: m.replace('province = "四川省"\n', ""), "province is required"),
    (lambda m: m.replace('areas = ["甘孜藏族自治州"]', 'areas = "甘孜"'), "areas must be a list"),
    (lambda m: m.replace("[rules]", "[rules"), "not valid TOML"),
])
def test_a_wrong_manifest_is_reported_naming_the_file_and_the_run_goes_on(pack, change, says):
    pack(change(MANIFEST))
    pm = manager()
    problems = [p for p in pm.problems if p.plugin == "demo"]
    assert [p.code for p in problems] == ["LG901"] and "demo_pack/pack.toml" in problems[0].message
    assert says in problems[0].message and "demo" not in pm.jurisdictions()
    assert "qinghai" in pm.jurisdictions()  # the other packs still load


def test_a_regulations_file_named_in_the_manifest_is_the_one_read(pack, tmp_path):
    (tmp_path / "demo_pack" / "data" / "titles.tsv").write_text(
        "四川省示例管理办法\t\t2020-01-01\t2020-03-01\t四川省示例管理条例\t2024-01-01\tour own note\n", "utf-8")
    pack(MANIFEST.replace('prefix = "DM"', 'prefix = "DM"\nregulations = "data/titles.tsv"')
         .replace("[rules]", '[rules]\nDM101 = "repealed-local-rule"'))
    report = "理塘县高城镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n严格执行《四川省示例管理办法》。\n"
    found = lawgov.check(lawgov.parse(report), pm=manager(), select=["DM101"]).findings
    assert [f.code for f in found] == ["DM101"]


def test_a_missing_places_file_is_named(pack):
    pack(MANIFEST.replace('prefix = "DM"', 'prefix = "DM"\nplaces = "data/missing.tsv"'))
    (problem,) = [p for p in manager().problems if p.plugin == "demo"]
    assert "the places file data/missing.tsv is missing" in problem.message


def test_blocking_the_packs_plugin_leaves_every_data_pack_out(pack):
    pm = lawgov.plugin_manager(["packs"], autoload=True)
    assert pm.jurisdictions() == {} and pm.problems == []


def test_a_pack_is_made_directly_from_its_package(pack):
    made = DataPack("demo_pack")
    assert made.jurisdiction.name == "demo" and [r.code for r in made.rules()] == ["DM102", "DM104"]
    with pytest.raises(PackError, match="cannot read the manifest"):
        DataPack("lawgov.rules")
