"""The national gazetteer: every province, prefecture, county and township, with the
level its code gives and the chain of divisions above it."""

from lawgov._domain.divisions import gazetteer
from lawgov._domain.places import provinces_of


def _chain(name):
    national = gazetteer()
    return ["/".join(d.name for d in national.chain(found)) for found in national.named(name)]


def test_a_township_is_found_with_its_county_prefecture_and_province():
    assert _chain("西仓镇") == ["甘肃省/甘南藏族自治州/碌曲县/西仓镇"]


def test_a_county_of_a_municipality_has_no_prefecture():
    assert _chain("璧山区") == ["重庆市/璧山区"]


def test_the_level_is_the_codes_not_the_suffixs():
    (city,) = gazetteer().named("格尔木市")
    (prefecture,) = gazetteer().named("海西蒙古族藏族自治州")
    assert (city.level, prefecture.level) == ("县", "市")


def test_a_common_township_name_is_found_in_every_province_that_has_it():
    assert len({gazetteer().province(d) for d in gazetteer().named("城关镇")}) > 5


def test_short_forms_of_autonomous_divisions_are_known():
    assert _chain("海西州") == ["青海省/海西蒙古族藏族自治州"]
    assert _chain("张家川县") == ["甘肃省/天水市/张家川回族自治县"]


def test_names_in_several_provinces_are_ambiguous_and_others_are_not():
    assert {"青海省", "广西壮族自治区"} <= provinces_of("城中区")
    assert provinces_of("格尔木市") == frozenset()


def test_a_name_that_is_no_division_is_unknown():
    assert gazetteer().named("示例镇") == () and not gazetteer().known("示例县")
