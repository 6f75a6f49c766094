"""Numerals: Arabic (half- or full-width), Chinese and mixed, as exact decimals."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from .._util.text import fold

_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def _section(text: str) -> int | None:
    """A Chinese numeral below 10,000 (三千零五, 十二, 两千五)."""
    if not text:
        return 0
    total, digit, last_unit = 0, None, 10_000
    for i, ch in enumerate(text):
        if ch in _DIGIT:
            if digit is not None and _DIGIT[ch]:
                return None
            digit = _DIGIT[ch] or None
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        # elision: 两千五 is 2500, 三百五 is 350 (a trailing digit after a unit, no 零)
        if last_unit < 10_000 and last_unit > 10 and text[-2] in _SMALL:
            return total + digit * last_unit // 10
        total += digit
    return total


def chinese_number(text: str) -> Decimal | None:
    """Value of a Chinese numeral (integers with 万/亿, 点 fractions, digit strings).

    >>> [str(chinese_number(t)) for t in ("八十二", "两千零五", "三万五", "一亿二千万", "零点五", "二〇二五")]
    ['82', '2005', '35000', '120000000', '0.5', '2025']
    """
    if not text:
        return None
    whole, _, frac = text.partition("点")
    if frac:
        if not all(c in _DIGIT for c in frac):
            return None
        base = chinese_number(whole) if whole else Decimal(0)
        if base is None:
            return None
        return base + Decimal("0." + "".join(str(_DIGIT[c]) for c in frac))
    if len(text) > 1 and all(c in _DIGIT and c != "两" for c in text):
        return Decimal("".join(str(_DIGIT[c]) for c in text))
    total = 0
    rest = text
    for big_char, big in (("亿", _BIG["亿"]), ("万", _BIG["万"])):
        if big_char in rest:
            head, _, rest = rest.partition(big_char)
            value = _integer(head)
            if value is None or value == 0 and head:
                return None
            total += (value or 1) * big
            if rest and rest[0] not in "零〇" and len(rest) == 1 and rest in _DIGIT:
                # 三万五 is 35000: a lone digit after 万/亿 is the next unit down
                return Decimal(total + _DIGIT[rest] * big // 10)
    value = _section(rest.lstrip("零〇"))
    if value is None:
        return None
    return Decimal(total + value)


def _integer(text: str) -> int | None:
    """Section value allowing a nested 万 inside 亿 (一亿二千万)."""
    if "万" in text:
        head, _, tail = text.partition("万")
        a, b = _section(head), _section(tail.lstrip("零〇"))
        return None if a is None or b is None else (a or 1) * 10_000 + b
    return _section(text)


def arabic_number(text: str) -> Decimal | None:
    """Value of an Arabic numeral, half- or full-width, with thousands separators
    only where they group by three, and an optional 万/亿 multiplier.

    >>> [str(arabic_number(t)) for t in ("1.2万", "１２３", "1,234", "3万", "2.95")]
    ['12000', '123', '1234', '30000', '2.95']
    >>> arabic_number("1,23") is None
    True
    """
    text = fold(text).replace("，", ",")
    mult = 1
    if text and text[-1] in _BIG:
        mult = _BIG[text[-1]]
        text = text[:-1]
    if "," in text:
        head, *groups = text.split(",")
        if not head or len(head) > 3 or any(len(g.split(".")[0]) != 3 for g in groups):
            return None
        text = text.replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if mult == 1:
        return value
    value *= mult
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


@functools.lru_cache(maxsize=4096)
def number(text: str) -> Decimal | None:
    """Value of any numeral lawgov reads: Arabic, Chinese or mixed (3万余 → 30000).

    >>> [str(number(t)) for t in ("百分之九十", "百分之九十八点五", "3万", "八十二")]
    ['90', '98.5', '30000', '82']
    """
    if text.startswith("百分之"):
        value = chinese_number(text[3:]) if not fold(text[3:])[:1].isdigit() else arabic_number(text[3:])
    elif fold(text)[:1].isdigit():
        value = arabic_number(text)
    else:
        value = chinese_number(text)
    return sane(value)


#: The most digits a figure of a report has, before and after the point: beyond them
#: a number is not a count, amount or rate anyone states (nor does Decimal's default
#: precision of 28 digits compute with it exactly).
INTEGER_DIGITS, DECIMAL_DIGITS = 16, 8


def sane(value: Decimal | None) -> Decimal | None:
    """``value``, or None when it has more digits than a report's figures have."""
    if value is None or not value.is_finite():
        return None
    sign, digits, exponent = value.as_tuple()
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > DECIMAL_DIGITS or len(digits) - decimals > INTEGER_DIGITS:
        return None
    return value


@functools.lru_cache(maxsize=4096)
def to_int(text: str) -> int | None:
    """Value of an integer numeral, Arabic or Chinese; None otherwise.

    >>> [to_int(t) for t in ("12", "１２", "十二", "二〇二五", "1.5", "第")]
    [12, 12, 12, 2025, None, None]
    """
    value = number(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)
