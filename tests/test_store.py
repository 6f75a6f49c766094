"""The start-up cache: what it keeps, when it is trusted, and that it never changes
an answer."""

import importlib
import json
import os
import subprocess
import sys

import pytest
import regex

from lawgov._util import store
from conftest import EXAMPLES


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LAWGOV_CACHE_DIR", str(folder))
    return folder


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_an_index_is_built_once_and_read_back_after(cache):
    build, calls = counting({"西宁市": ("青海省", "西宁市")})
    assert store.remembered("places-x", "data v1", build) == {"西宁市": ("青海省", "西宁市")}
    assert store.remembered("places-x", "data v1", build) == {"西宁市": ("青海省", "西宁市")}
    assert len(calls) == 1


def test_new_data_makes_a_new_index_and_the_old_one_goes(cache):
    store.remembered("places-x", "data v1", lambda: 1)
    assert store.remembered("places-x", "data v2", lambda: 2) == 2
    assert len([p for p in cache.iterdir() if p.name.startswith("places-x-")]) == 1


def test_an_index_made_by_changed_code_is_made_again(cache, tmp_path, monkeypatch):
    builder = tmp_path / "fake_lawgov_builder.py"
    builder.write_text("def build():\n    return 'old'\n", "utf-8")
    os.utime(builder, ns=(10**18, 10**18))
    monkeypatch.syspath_prepend(str(tmp_path))
    import fake_lawgov_builder

    assert store.remembered("k", "data", fake_lawgov_builder.build) == "old"
    builder.write_text("def build():\n    return 'new'\n", "utf-8")
    os.utime(builder, ns=(2 * 10**18, 2 * 10**18))
    importlib.reload(fake_lawgov_builder)
    assert store.remembered("k", "data", fake_lawgov_builder.build) == "new"
    sys.modules.pop("fake_lawgov_builder")


def test_a_damaged_file_is_built_again(cache):
    store.remembered("k", "data", lambda: "first")
    (kept,) = cache.glob("k-*.pickle")
    kept.write_bytes(b"\x80\x05 not a pickle")
    build, calls = counting("again")
    assert store.remembered("k", "data", build) == "again" and calls == [1]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="ownership and modes are POSIX")
def test_a_file_others_may_write_is_not_read(cache):
    store.remembered("k", "data", lambda: "mine")
    (kept,) = cache.glob("k-*.pickle")
    kept.chmod(0o666)
    build, calls = counting("built")
    assert store.remembered("k", "data", build) == "built" and calls == [1]


@pytest.mark.parametrize("setting", ["off", ""])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, setting):
    monkeypatch.setenv("LAWGOV_CACHE_DIR", setting)
    monkeypatch.chdir(tmp_path)
    build, calls = counting(3)
    store.remembered("k", "data", build)
    store.remembered("k", "data", build)
    assert calls == [1, 1] and store.folder() is None and list(tmp_path.iterdir()) == []


def test_a_cache_folder_that_cannot_be_made_is_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("LAWGOV_CACHE_DIR", str(blocker / "cache"))
    build, calls = counting(4)
    assert store.remembered("k", "data", build) == 4 and store.remembered("k", "data", build) == 4
    assert calls == [1, 1]


def test_toml_is_parsed_once_and_errors_are_value_errors(cache):
    assert store.toml("t", 'name = "示例镇"\n') == {"name": "示例镇"}
    assert store.toml("t", 'name = "示例镇"\n') == {"name": "示例镇"}
    with pytest.raises(ValueError):
        store.toml("t", "name = \n")


def _run(code, cache, *args):
    env = {**os.environ, "LAWGOV_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, check=True).stdout


def test_a_pattern_compiled_by_one_run_is_not_compiled_by_the_next(cache):
    use = ("import sys, regex\n"
           "from lawgov._util.store import compiled\n"
           "if sys.argv[1] == 'second':\n"
           "    def refuse(*a, **k): raise AssertionError('compiled again')\n"
           "    regex.compile = refuse\n"
           "print(compiled(r'(?P<n>\\d+)件', regex.I).search('受理12件')['n'])\n")
    assert _run(use, cache, "first").strip() == "12"
    assert _run(use, cache, "second").strip() == "12"


def test_a_pattern_read_back_is_the_same_pattern(cache):
    first = store._Patterns()
    made = first.compile(r"(?<=较上年)(增长|下降)(\d+)%", regex.V0)
    first.write()
    again = store._Patterns().compile(r"(?<=较上年)(增长|下降)(\d+)%", regex.V0)
    assert again is not made
    assert (again.pattern, again.flags, again.groups) == (made.pattern, made.flags, made.groups)
    assert again.findall("较上年增长12%") == made.findall("较上年增长12%") == [("增长", "12")]


def test_the_answers_are_the_same_with_and_without_the_cache(cache, tmp_path):
    check = ("import sys; from lawgov.cli import main; "
             "sys.exit(main(['check', *sys.argv[1:], '--format', 'json', '--fail-on', 'never']))")
    reports = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    cold = _run(check, cache, *reports)
    warm = _run(check, cache, *reports)
    without = _run(check, "off", *reports)
    assert json.loads(cold)["reports"] and cold == warm == without
    assert {p.name.split("-")[0] for p in cache.iterdir()} >= {"patterns", "places", "divisions", "plans"}
