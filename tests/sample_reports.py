"""Report texts for tests, written for lawgov (示例镇 is fictional)."""

COMPLETE = """示例镇关于2025年法治政府建设情况的报告
2025年，示例镇扎实推进法治政府建设，现将有关情况报告如下：
一、2025年推进法治政府建设的主要举措和成效
（一）完善决策机制
重大行政决策全部经过合法性审查，全年审查合同18份。
（二）规范执法行为
开展执法检查25次。
二、2025年党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长带头学法，主持召开专题会议3次。
三、2025年推进法治政府建设存在的不足和原因
执法力量不足，原因在于专业人员少。
四、2026年推进法治政府建设的主要安排
一是加强培训。二是规范执法。
五、其他需要报告的情况
无。
示例镇人民政府
2026年1月20日
"""


def without(text: str, heading_start: str, next_heading_start: str) -> str:
    """``text`` with the part from ``heading_start`` up to ``next_heading_start`` removed."""
    a = text.index(heading_start)
    b = text.index(next_heading_start, a)
    return text[:a] + text[b:]
