"""Word segmentation with jieba, for matching the same figure across two reports.

jieba's dictionary takes about 0.6 s to load, so it is loaded only on first use:
today only the rules comparing this year's report with last year's
(``--previous``) need it. Our own domain dictionary (``data/jieba_domain.txt``,
written for lawgov) keeps terms such as 矛盾纠纷 and 法律顾问 whole.
"""

from __future__ import annotations

import functools
import warnings

from .._util.resources import resource_files
from .._util.text import fold

#: Words that scope or pad a figure without changing what it counts.
_STOP = frozenset("""全年 年内 本年度 今年 当年 全镇 全乡 全区 全县 全市 共计 累计 合计 总计 其中 先后
各类 各项 各级 各种 一共 依法 积极 认真 有效 扎实 持续 进一步 全面 深入 共 累积 已 均""".split())


@functools.lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba imports pkg_resources, deprecated in setuptools
        import jieba
    import logging  # deferred with jieba: ~4 ms at start-up

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()

    with (resource_files("lawgov") / "data" / "jieba_domain.txt").open("rb") as fh:
        tokenizer.load_userdict(fh)
    return tokenizer


@functools.lru_cache(maxsize=16384)
def metric_key(metric: str) -> frozenset[str]:
    """The content words of a metric phrase, in any order.

    >>> metric_key("全年共调解各类矛盾纠纷") == metric_key("调解矛盾纠纷")
    True
    """
    words = _tokenizer().lcut(fold(metric))
    return frozenset(w for w in words if len(w) >= 2 and w not in _STOP and not w.isdigit())
